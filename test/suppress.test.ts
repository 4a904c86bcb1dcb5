// Waiver and disable-comment edits land where the engine reads them, in every front-matter and block shape.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../server/src/core/fixes';
import { disableLineEdit, waiverEdit } from '../server/src/core/suppress';
import { lint } from '../server/src/core/lint';
import { parseSettings, settingsConfig } from '../server/src/lsp/settings';

const waive = (text: string, id = 'exit-plan-missing') => {
  const edit = waiverEdit(text, id);
  return edit && applyEdits(text, [edit]);
};

describe('waiverEdit', () => {
  it('adds front matter when there is none, after a BOM', () => {
    expect(waive('\uFEFF# Pilot\n')).toBe('\uFEFF---\nwaivers:\n  exit-plan-missing: "{{reason}}"\n---\n\n# Pilot\n');
  });

  it('adds the waivers key before the closing line, keeping CRLF', () => {
    expect(waive('---\r\ntitle: Pilot\r\n---\r\n# Pilot\r\n')).toBe(
      '---\r\ntitle: Pilot\r\nwaivers:\r\n  exit-plan-missing: "{{reason}}"\r\n---\r\n# Pilot\r\n',
    );
  });

  it('adds an entry under an existing block mapping with its indentation, before the next key', () => {
    const text = '---\nwaivers:\n    risks-missing: "covered in annex C"\n    # comment\ntitle: Pilot\n---\n# Pilot\n';
    expect(waive(text)).toBe(
      '---\nwaivers:\n    risks-missing: "covered in annex C"\n    exit-plan-missing: "{{reason}}"\n    # comment\ntitle: Pilot\n---\n# Pilot\n',
    );
  });

  it('replaces an empty flow mapping or null', () => {
    expect(waive('---\nwaivers: {}\n---\n')).toBe('---\nwaivers:\n  exit-plan-missing: "{{reason}}"\n---\n');
    expect(waive('---\nwaivers: ~ # none yet\n---\n')).toBe('---\nwaivers:\n  exit-plan-missing: "{{reason}}"\n---\n');
  });

  it('offers nothing when the id is already waived, waivers is a list, or the block is unclosed', () => {
    expect(waiverEdit('---\nwaivers:\n  exit-plan-missing: ""\n---\n', 'exit-plan-missing')).toBeUndefined();
    expect(waiverEdit('---\nwaivers:\n- exit-plan-missing\n---\n', 'exit-plan-missing')).toBeUndefined();
    expect(waiverEdit('---\nwaivers: {risks-missing: x}\n---\n', 'exit-plan-missing')).toBeUndefined();
    expect(waiverEdit('---\ntitle: x\n# Pilot\n', 'exit-plan-missing')).toBeUndefined();
  });

  it('yields front matter the engine parses and honours once the reason is written', () => {
    const text = '---\ntitle: Pilot\nwaivers:\n  risks-missing: "annex C"\n---\n# Pilot\n\n## Background\n\nText.\n';
    const out = waive(text)!.replace('{{reason}}', 'covered by annex B');
    const result = lint(out);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('exit-plan-missing');
    expect(result.waivers.map((w) => w.ruleId).sort()).toEqual(['exit-plan-missing', 'risks-missing']);
  });
});

describe('disableLineEdit', () => {
  const disable = (text: string, needle: string, id = 'placeholder-text') => {
    const edit = disableLineEdit(text, text.indexOf(needle), id);
    return edit && applyEdits(text, [edit]);
  };

  it('puts the comment on its own line above, in a paragraph', () => {
    expect(disable('# P\n\nBudget: TBD.\n', 'TBD')).toBe('# P\n\n<!-- pilotlint-disable-next-line placeholder-text -->\nBudget: TBD.\n');
  });

  it('indents into the previous list item so the list stays one list', () => {
    expect(disable('- a\n- b TBD\n', 'TBD')).toBe('- a\n  <!-- pilotlint-disable-next-line placeholder-text -->\n- b TBD\n');
    expect(disable('Intro\n\n1. TBD\n', 'TBD')).toBe('Intro\n\n<!-- pilotlint-disable-next-line placeholder-text -->\n1. TBD\n');
  });

  it('keeps block quote markers', () => {
    expect(disable('> a\n> b TBD\n', 'TBD')).toBe('> a\n> <!-- pilotlint-disable-next-line placeholder-text -->\n> b TBD\n');
  });

  it('silences the finding through the engine', () => {
    const text = '# Pilot\n\n## Budget\n\nThe budget is TBD.\n';
    const out = disable(text, 'TBD')!;
    const ids = (t: string) => lint(t).findings.map((f) => f.ruleId);
    expect(ids(text)).toContain('placeholder-text');
    expect(ids(out)).not.toContain('placeholder-text');
    expect(ids(out)).not.toContain('unused-disable-directive');
  });

  it('offers nothing inside a table or the front matter', () => {
    const table = '| a | b |\n|---|---|\n| TBD | 2 |\n';
    expect(disableLineEdit(table, table.indexOf('TBD'), 'placeholder-text')).toBeUndefined();
    const fm = '---\ntitle: TBD\n---\n# P\n';
    expect(disableLineEdit(fm, fm.indexOf('TBD'), 'placeholder-text')).toBeUndefined();
    expect(disable(fm, '# P')).toBe('---\ntitle: TBD\n---\n<!-- pilotlint-disable-next-line placeholder-text -->\n# P\n');
  });
});

describe('parseSettings', () => {
  it('keeps valid values, drops bad ones with a log line each', () => {
    const logs: string[] = [];
    const s = parseSettings(
      {
        enable: 'yes',
        include: ['docs/**/*.md', 3],
        rules: { 'exit-plan-missing': 'hint', 'risks-missing': 'loud', nope: 'off' },
        language: 'nb',
        headings: { exit_plan: ['Life after launch'], risks: 'Threats', 'exit-plan': ['Afterwards'] },
        extra: 1,
      },
      (m) => logs.push(m),
    );
    const headings = { exit_plan: ['Life after launch'] };
    expect(s).toEqual({ enable: true, include: ['docs/**/*.md'], rules: { 'exit-plan-missing': 'hint' }, language: 'nb', headings });
    expect(logs).toHaveLength(7);
    expect(logs.filter((l) => l.includes('pilotlint.headings'))).toHaveLength(2);
    expect(settingsConfig(s)).toEqual({ language: 'nb', include: ['docs/**/*.md'], rules: { 'exit-plan-missing': 'hint' }, headings });
  });

  it('falls back to defaults for a non-object', () => {
    const logs: string[] = [];
    expect(parseSettings('on', (m) => logs.push(m))).toEqual({ enable: true, include: [], rules: {}, language: 'auto', headings: {} });
    expect(logs).toHaveLength(1);
    expect(parseSettings(null, () => {})).toEqual({ enable: true, include: [], rules: {}, language: 'auto', headings: {} });
  });
});
