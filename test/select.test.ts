// Which files count as proposals: name, front matter type and include globs, with CRLF, BOM and broken YAML.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TYPES, frontMatterType, globPrefix, isProposalFile } from '../server/src/core/select';
import { PROFILES } from '../server/src/core/profiles';

describe('isProposalFile', () => {
  it('selects *.proposal.md by name, whatever the content', () => {
    expect(isProposalFile('/w/docs/sensor.proposal.md', '', [])).toBe(true);
    expect(isProposalFile('C:\\w\\Docs\\Sensor.Proposal.MD', '# hi', [])).toBe(true);
    expect(isProposalFile('/w/docs/proposal.md', '# Proposal', [])).toBe(false);
  });

  it('selects Markdown whose front matter names a proposal type', () => {
    for (const type of PROPOSAL_TYPES) {
      expect(isProposalFile('/w/a.md', `---\ntitle: X\ntype: ${type}\n---\n# X\n`, []), type).toBe(true);
    }
    expect(isProposalFile('/w/a.md', '---\ntype: "scale-up" # quoted, commented\n---\n', [])).toBe(true);
    expect(isProposalFile('/w/a.md', "---\ntype: 'pilot-extension'\n---\n", [])).toBe(true);
  });

  it('reads front matter with a BOM and CRLF line ends', () => {
    expect(isProposalFile('/w/a.md', '\uFEFF---\r\ntitle: X\r\ntype: pilot-proposal\r\n---\r\n# X\r\n', [])).toBe(true);
  });

  it('still finds the type when the YAML around it is broken, and never throws', () => {
    expect(isProposalFile('/w/a.md', '---\ntitle: [unclosed\ntype: pilot-proposal\n  bad: indent: here\n---\n', [])).toBe(true);
    expect(() => isProposalFile('/w/a.md', '---\n\u0000\u0001:::\n---', [])).not.toThrow();
  });

  it('leaves READMEs, notes and look-alikes alone', () => {
    expect(isProposalFile('/w/README.md', '# Pilot proposals\n\ntype: pilot-proposal\n', [])).toBe(false);
    expect(isProposalFile('/w/notes.md', '---\ntype: meeting-notes\n---\n', [])).toBe(false);
    // Nested keys and values that merely contain the type are not the document type.
    expect(isProposalFile('/w/notes.md', '---\nmeta:\n  type: pilot-proposal\n---\n', [])).toBe(false);
    expect(isProposalFile('/w/notes.md', '---\ntype: pilot-proposal-draft\n---\n', [])).toBe(false);
    // A type line after the front matter, or in a block that never closes, is body text.
    expect(isProposalFile('/w/notes.md', '---\ntitle: x\n---\ntype: pilot-proposal\n', [])).toBe(false);
    expect(isProposalFile('/w/notes.md', '---\ntype: pilot-proposal\n', [])).toBe(false);
    // Only Markdown is selected by front matter.
    expect(isProposalFile('/w/data.txt', '---\ntype: pilot-proposal\n---\n', [])).toBe(false);
  });

  it('matches include globs relative to the base folder, with **/ and dot files', () => {
    const include = ['docs/**/*.md', 'single.md'];
    expect(isProposalFile('/w/docs/a/b/plan.md', '', include, '/w')).toBe(true);
    expect(isProposalFile('/w/docs/plan.md', '', include, '/w')).toBe(true);
    expect(isProposalFile('/w/docs/.hidden/plan.md', '', include, '/w')).toBe(true);
    expect(isProposalFile('/w/single.md', '', include, '/w')).toBe(true);
    expect(isProposalFile('/w/other/plan.md', '', include, '/w')).toBe(false);
    expect(isProposalFile('/elsewhere/docs/plan.md', '', include, '/w')).toBe(false);
    expect(isProposalFile('C:\\w\\docs\\plan.md', '', include, 'C:\\w')).toBe(true);
  });

  it('matches anchored globs (as config files produce) against the absolute path, folder names escaped', () => {
    const include = [globPrefix('/w/odd (1)[x]') + '*.md'];
    expect(isProposalFile('/w/odd (1)[x]/plan.md', '', include, '/unrelated')).toBe(true);
    expect(isProposalFile('/w/odd 1x/plan.md', '', include)).toBe(false);
  });

  it('treats an invalid glob as matching nothing', () => {
    expect(isProposalFile('/w/a.md', '', ['[[[***'], '/w')).toBe(false);
  });

  it('bounds the front-matter scan, so a huge file costs no more than a small one', () => {
    const huge = '---\n' + 'x: y\n'.repeat(200_000) + 'type: pilot-proposal\n---\n';
    expect(frontMatterType(huge)).toBeUndefined();
  });

  it('names exactly the built-in profiles', () => {
    expect([...PROPOSAL_TYPES].sort()).toEqual(Object.keys(PROFILES).sort());
  });
});
