// Runs frontmatter-missing-field's cases, and checks that the inserted fields parse and satisfy the rule.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';

const FULL =
  'title: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n' +
  'owner:\n  role: enhetsleder\n  name: Ola Hansen\nsponsor: { role: kommunalsjef, name: Kari Nordmann }\nexit_decision_date: 2026-10-15\n';

const cases: RuleCases = {
  valid: [
    { name: 'every required field present', text: `---\n${FULL}---\n# Fall sensors\n\nText.\n` },
    {
      name: 'US spelling organization counts; placeholder values are present (placeholder-text flags them)',
      text: `---\n${FULL.replace('organisation: Nordby kommune', 'organization: "{{organisation}}"')}---\n# Fall sensors\n`,
    },
    {
      name: 'broken YAML is left to frontmatter-invalid-yaml',
      text: '---\ntitle: "Fall sensors\n---\n# Fall sensors\n',
    },
    {
      name: 'a custom field list from options',
      text: '---\ntitle: Pilot\n---\n# Pilot\n',
      options: { fields: ['title'] },
    },
  ],
  invalid: [
    {
      name: 'each missing field on its own, at the first line, with a fix that adds it before the closing fence',
      text: '---\ntitle: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n---\n# Fall sensors\n\nThe pilot tests sensors.\n',
      errors: [
        { line: 1, element: 'owner', severity: 'warning', message: 'Front matter has no `owner`' },
        { line: 1, element: 'sponsor', message: 'decision level' },
        { line: 1, element: 'exit_decision_date', message: 'decision on continuation' },
      ],
      output:
        '---\ntitle: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\nexit_decision_date: "{{YYYY-MM-DD}}"\n---\n# Fall sensors\n\nThe pilot tests sensors.\n',
    },
    {
      name: 'an empty key is replaced rather than repeated (Norwegian, CRLF)',
      text: '---\r\nlanguage: nb\r\ntitle: Velferdsteknologi\r\norganisation: Nordby kommune\r\npilot_start: 2026-01-05\r\npilot_end: 2026-12-31\r\nowner:\r\nsponsor: Kari Nordmann\r\nexit_decision_date: 2026-10-15\r\n---\r\n# Velferdsteknologi\r\n',
      errors: [{ line: 1, element: 'owner', message: 'Front matter mangler `owner`' }],
      output:
        '---\r\nlanguage: nb\r\ntitle: Velferdsteknologi\r\norganisation: Nordby kommune\r\npilot_start: 2026-01-05\r\npilot_end: 2026-12-31\r\n' +
        'owner:\r\n  role: "{{rolle}}"\r\n  name: "{{navn}}"\r\nsponsor: Kari Nordmann\r\nexit_decision_date: 2026-10-15\r\n---\r\n# Velferdsteknologi\r\n',
    },
    {
      name: 'no front matter at all: one finding on the title, listing the fields; the fix adds the block with the title filled in',
      text: '# Fall sensors\n\nThe pilot tests sensors in the care home.\n',
      errors: [{ line: 1, message: 'No front matter: add `title`, `organisation`, `pilot_start`' }],
      output:
        '---\ntitle: "Fall sensors"\norganisation: "{{organisation}}"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\nexit_decision_date: "{{YYYY-MM-DD}}"\n---\n\n' +
        '# Fall sensors\n\nThe pilot tests sensors in the care home.\n',
    },
    {
      name: 'empty front matter: every field missing',
      text: '---\n---\n# Pilot\n',
      options: { fields: ['title', 'pilot_end'] },
      errors: [
        { line: 1, element: 'title' },
        { line: 1, element: 'pilot_end' },
      ],
      output: '---\ntitle: "Pilot"\npilot_end: "{{YYYY-MM-DD}}"\n---\n# Pilot\n',
    },
  ],
};

testRule(rule, cases);

describe('frontmatter-missing-field fixes', () => {
  it('produce front matter that parses and has every field (after a BOM too)', () => {
    for (const text of ['\uFEFF# Pilot\r\n\r\nText.\r\n', '---\ntitle: x\n---\n# Pilot\n', '---\ntitle: x\nowner:\n---\n']) {
      const fixed = applyEdits(text, mergeFixes(run(rule, { name: '', text }).flatMap((f) => (f.fix ? [f.fix] : []))));
      expect(run(rule, { name: '', text: fixed })).toEqual([]);
    }
  });
});
