// The model layer's shared pieces: one front-matter scanner and one line model, agreeing across parse, select and suppress.
import { describe, expect, it } from 'vitest';
import { scanFrontMatter } from '../server/src/model/frontmatter-block';
import { LineIndex, lineAt, lineEnding } from '../server/src/model/lines';
import { parseProposal } from '../server/src/model/parse';
import { frontMatterType } from '../server/src/core/select';
import { waiverEdit } from '../server/src/core/suppress';
import { lint } from '../server/src/core/lint';

describe('front matter', () => {
  const closings = ['---', '...'];
  const breaks = ['\n', '\r\n', '\r'];
  for (const close of closings) {
    for (const br of breaks) {
      const text = ['---', 'type: pilot-proposal', 'title: A', close, '# Plan', ''].join(br);
      it(`closes with ${close} and ${JSON.stringify(br)} line breaks, in the scanner, parse, select and suppress alike`, () => {
        const block = scanFrontMatter(text)!;
        expect(block.closed).toBe(true);
        expect(text.slice(block.bodyStart, block.bodyEnd)).toBe(['type: pilot-proposal', 'title: A', ''].join(br));
        expect(text.slice(block.bodyEnd, block.end)).toBe(close);
        const doc = parseProposal(text);
        expect(doc.frontMatter?.error).toBeUndefined();
        expect(doc.frontMatter?.data).toEqual({ type: 'pilot-proposal', title: 'A' });
        expect(doc.sections.map((s) => s.heading.text)).toEqual(['Plan']);
        expect(frontMatterType(text)).toBe('pilot-proposal');
        expect(waiverEdit(text, 'risks-missing')?.start).toBe(block.bodyEnd);
      });
    }
  }

  it('reports a block without a closing line as unclosed, and a BOM before it as no obstacle', () => {
    expect(scanFrontMatter('---\ntitle: A\n# Plan\n')?.closed).toBe(false);
    expect(scanFrontMatter('\uFEFF---\ntitle: A\n---\n')).toMatchObject({ start: 1, closed: true });
    expect(scanFrontMatter('--- \n')).toMatchObject({ closed: false });
    expect(scanFrontMatter('----\na: 1\n----\n')).toBeNull();
    expect(lint('---\ntitle: A\n# Plan\n').findings.map((f) => f.ruleId)).toContain('frontmatter-invalid-yaml');
  });
});

describe('lines', () => {
  it('counts CRLF, LF and a lone CR as one break each', () => {
    const text = 'a\r\nb\nc\rd';
    const index = new LineIndex(text);
    expect([0, 3, 5, 7].map((o) => index.lineOf(o))).toEqual([0, 1, 2, 3]);
    expect(index.position(8)).toEqual({ line: 4, column: 2 });
    expect([0, 1, 2, 3].map((i) => index.line(i).text)).toEqual(['a', 'b', 'c', 'd']);
    expect(lineAt(text, 6)).toEqual({ start: 5, end: 6, next: 7, text: 'c' });
    expect(lineAt(text, 1)).toEqual({ start: 0, end: 1, next: 3, text: 'a' });
  });

  it('picks the line ending edits use', () => {
    expect(lineEnding('a\r\nb\nc')).toBe('\r\n');
    expect(lineEnding('a\rb')).toBe('\r');
    expect(lineEnding('a\nb')).toBe('\n');
    expect(lineEnding('ab')).toBe('\n');
  });
});

describe('lexicon data', () => {
  it('has the shape the code reads: every facet titled, every detector compiling, only non-empty words', async () => {
    const lexicon = await import('../server/src/model/lexicon');
    const { CANONICAL_ORDER } = await import('../rules/util/templates');
    const { detector } = await import('../server/src/model/match');
    expect([...lexicon.FACETS].sort()).toEqual([...CANONICAL_ORDER].sort());
    expect(Object.keys(lexicon.SECTION_SYNONYMS).sort()).toEqual(CANONICAL_ORDER.filter((f) => f !== 'lessons').sort());
    expect(Object.keys(lexicon.ROLES).sort()).toEqual(['decision', 'end_user', 'frontline', 'operational', 'political', 'support']);
    for (const name of Object.keys(lexicon.DETECTORS) as (keyof typeof lexicon.DETECTORS)[]) expect(detector(name)).toBeInstanceOf(RegExp);
    const lists = [
      ...Object.values(lexicon.SECTION_SYNONYMS).flatMap((w) => [w.en, w.nb]),
      ...Object.values(lexicon.ROLES).flatMap((w) => [w.en, w.nb]),
      lexicon.OUTCOMES.soft.en, lexicon.OUTCOMES.soft.nb, lexicon.OUTCOMES.hard.en, lexicon.OUTCOMES.hard.nb,
      lexicon.PLACEHOLDER_PATTERNS, lexicon.LESSONS_SYNONYMS, [...lexicon.GENERIC_WORDS],
      ...Object.values(lexicon.NYNORSK_SYNONYMS), ...Object.values(lexicon.PLAIN_SYNONYMS),
    ];
    for (const list of lists) {
      expect(Array.isArray(list)).toBe(true);
      for (const word of list!) expect(typeof word === 'string' && word.trim() !== '', JSON.stringify(word)).toBe(true);
    }
  });
});

describe('HTML tables (issue 8: Joplin, OneNote and Word exports)', () => {
  it('reads the rows of an HTML <table> as table blocks whose cells keep their offsets', async () => {
    const { tableCells } = await import('../rules/util/scope');
    const src =
      '# Mandat\r\n\r\n## Roller\r\n\r\n<div><table><tr><th><p>Rolle</p></th><th>Hvem</th></tr>' +
      '<tr><td><p>Prosjekteier</p></td><td>Daglig leder 😀</td></tr></table></div>\r\n';
    const doc = parseProposal(src);
    const rows = doc.blocks.filter((b) => b.kind === 'tableHeader' || b.kind === 'tableRow');
    expect(rows.map((r) => r.kind)).toEqual(['tableHeader', 'tableRow']);
    const cells = tableCells(rows[1]);
    expect(cells.map((c) => c.text)).toEqual(['Prosjekteier', 'Daglig leder 😀']);
    expect(cells.map((c) => src.slice(c.start, c.end))).toEqual(['Prosjekteier', 'Daglig leder 😀']);
    expect(rows[1].section?.heading.text).toBe('Roller');
  });

  it('makes the first row the header when no row has <th>, and ignores HTML that holds no table', () => {
    const doc = parseProposal('# T\n\n<table><tr><td>Role</td><td>Who</td></tr><tr><td>Owner</td><td>Director</td></tr></table>\n\n<div>Owner: no table</div>\n');
    expect(doc.blocks.filter((b) => b.kind !== 'heading').map((b) => b.kind)).toEqual(['tableHeader', 'tableRow']);
  });
});
