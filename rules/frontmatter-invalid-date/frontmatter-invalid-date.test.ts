// Runs frontmatter-invalid-date's cases, and checks that findings sit on the field's line.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'ISO dates, unquoted and quoted, with a time part',
      text: '---\ndate: 2026-11-01\npilot_start: "2027-01-04"\npilot_end: 2027-12-31T16:00:00+01:00\nexit_decision_date: 2027-10-15\n---\n# Pilot\n',
    },
    {
      name: 'placeholders and empty values are left to placeholder-text and frontmatter-missing-field',
      text: '---\npilot_start: TBD\npilot_end: "{{YYYY-MM-DD}}"\nexit_decision_date:\n---\n# Pilot\n',
    },
    {
      name: 'broken YAML is left to frontmatter-invalid-yaml',
      text: '---\npilot_start: 01.03.2026\ntitle: "x\n---\n# Pilot\n',
    },
    {
      name: 'a one-day difference is a valid pilot',
      text: '---\nlanguage: nb\npilot_start: 2026-03-01\npilot_end: 2026-03-02\n---\n# Pilot\n',
    },
    { name: 'no front matter', text: '# Pilot\n\nStarts 01.03.2026.\n' },
  ],
  invalid: [
    {
      name: 'a Norwegian dotted date gets the ISO form as message and fix',
      text: '---\nlanguage: nb\npilot_start: 01.03.2026\npilot_end: "31.12.2026"\n---\n# Pilot\n',
      errors: [
        { line: 3, severity: 'error', message: '`pilot_start` er ikke en dato på formen ÅÅÅÅ-MM-DD: «01.03.2026»; skriv 2026-03-01' },
        { line: 4, message: 'skriv 2026-12-31' },
      ],
      output: '---\nlanguage: nb\npilot_start: 2026-03-01\npilot_end: 2026-12-31\n---\n# Pilot\n',
    },
    {
      name: 'a quarter is not a day (catalogue D.5: decision "in Q1 2026")',
      text: '---\npilot_end: 2025-12-31\nexit_decision_date: Q1 2026\n---\n# Pilot\n',
      errors: [{ line: 3, message: '"Q1 2026"; a period needs a day, between 2026-01-01 and 2026-03-31' }],
      output: '---\npilot_end: 2025-12-31\nexit_decision_date: Q1 2026\n---\n# Pilot\n',
    },
    {
      name: 'a month name, a bare year and a day that does not exist',
      text: '---\ndate: March 2026\npilot_start: 2026\npilot_end: 2026-02-30\n---\n# Pilot\n',
      errors: [
        { line: 2, message: '`date` is not a date in the form YYYY-MM-DD: "March 2026"' },
        { line: 3, message: '"2026"' },
        { line: 4, message: 'is not a day in the calendar' },
      ],
      output: '---\ndate: March 2026\npilot_start: 2026\npilot_end: 2026-02-30\n---\n# Pilot\n',
    },
    {
      name: 'the pilot ends before it starts',
      text: '---\npilot_start: 2026-09-01\npilot_end: 2026-06-30\n---\n# Pilot\n',
      errors: [{ line: 3, message: '`pilot_end` (2026-06-30) is not after `pilot_start` (2026-09-01)' }],
      output: '---\npilot_start: 2026-09-01\npilot_end: 2026-06-30\n---\n# Pilot\n',
    },
    {
      name: 'same start and end day, CRLF',
      text: '---\r\npilot_start: 2026-09-01\r\npilot_end: 2026-09-01\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 3, message: 'no duration' }],
      output: '---\r\npilot_start: 2026-09-01\r\npilot_end: 2026-09-01\r\n---\r\n# Pilot\r\n',
    },
    {
      name: 'an extra date field from options, with a comment after the value',
      text: '---\ndpia_date: 15.02.2026 # signed\n---\n# Pilot\n',
      options: { fields: ['dpia_date'] },
      errors: [{ line: 2, message: '`dpia_date`' }],
      output: '---\ndpia_date: 2026-02-15 # signed\n---\n# Pilot\n',
    },
  ],
};

testRule(rule, cases);

describe('frontmatter-invalid-date ranges', () => {
  it('covers the key line after a BOM', () => {
    const text = '\uFEFF---\r\ntitle: x\r\npilot_start: 1.3.2026\r\n---\r\n# P\r\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('pilot_start: 1.3.2026');
    expect(f.fix?.edits.map((e) => text.slice(e.start, e.end))).toEqual(['1.3.2026']);
  });
});
