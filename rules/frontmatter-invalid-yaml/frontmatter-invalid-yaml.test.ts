// Runs frontmatter-invalid-yaml's cases, checks exact ranges, and that body rules still run on broken YAML.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../index';

const cases: RuleCases = {
  valid: [
    {
      name: 'well-formed front matter with nested fields, lists and dates',
      text:
        '---\ntitle: "Fall sensors: phase 2"\norganisation: Nordby kommune\npilot_start: 2026-01-05\nowner:\n  role: kommunalsjef\n  name: Kari Nordmann\n' +
        'budget:\n  funding_sources: [internal, "Innovasjon Norge"]\n---\n# Fall sensors\n\nText.\n',
    },
    { name: 'no front matter at all', text: '# Pilot\n\nText.\n' },
    { name: 'empty front matter', text: '---\n---\n# Pilot\n\nText.\n' },
    { name: 'a thematic break at the top followed by a blank line is not front matter', text: '---\n\n# Pilot\n\nText.\n' },
    {
      name: 'CRLF and BOM front matter that parses',
      text: '\uFEFF---\r\ntitle: Velferdsteknologi\r\nlanguage: nb\r\n---\r\n# Velferdsteknologi\r\n\r\nTekst.\r\n',
    },
  ],
  invalid: [
    {
      name: 'an unquoted colon in a value (the most common break)',
      text: '---\ntitle: Fall sensors: phase 2\norganisation: Nordby\n---\n# Pilot\n\nText.\n',
      errors: [{ line: 2, severity: 'error', message: 'Nested mappings are not allowed in compact mappings (a value that contains ": " must be in quotes' }],
    },
    {
      name: 'a tab used for indentation',
      text: '---\ntitle: Pilot\nowner:\n\tname: Kari\n---\n# Pilot\n',
      errors: [{ line: 4, message: 'Tabs are not allowed as indentation (indent with spaces, not tabs)' }],
    },
    {
      name: 'a duplicate key is reported on its second occurrence',
      text: '---\ntitle: Pilot\npilot_start: 2026-01-05\npilot_start: 2026-02-01\n---\n# Pilot\n',
      errors: [{ line: 4, message: 'Map keys must be unique' }],
    },
    {
      name: 'an unclosed double quote is reported where it opens (CRLF)',
      text: '---\r\ntitle: "Fall sensors\r\norganisation: Nordby\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 2, message: 'Missing closing "quote (close the quote on this line)' }],
    },
    {
      name: 'an unclosed single quote after a BOM, Norwegian message',
      text: "\uFEFF---\nlanguage: nb\ntitle: 'Velferdsteknologi\n---\n# Velferdsteknologi\n\nKommunen har behov for dette.\n",
      errors: [{ line: 3, message: 'Front matter er ikke gyldig YAML' }],
    },
    {
      name: 'an unclosed flow list',
      text: '---\ntitle: Pilot\nsites: [Nordby, Sørby\nowner: Kari\n---\n# Pilot\n',
      errors: [{ line: 3, message: 'close the bracket' }],
    },
    {
      name: 'bad indentation of a nested field',
      text: '---\ntitle: Pilot\nowner:\n    role: kommunalsjef\n  name: Kari\n---\n# Pilot\n',
      errors: [{ line: 5 }],
    },
    {
      name: 'a value starting with a reserved character',
      text: '---\ntitle: Pilot\nowner: @kari\n---\n# Pilot\n',
      errors: [{ line: 3, message: 'put the value in quotes' }],
    },
    {
      name: 'a value starting with * is an unresolved alias',
      text: '---\ntitle: Pilot\nbudget: *see annex\n---\n# Pilot\n',
      errors: [{ line: 3, message: 'YAML alias' }],
    },
    {
      name: 'a list instead of fields',
      text: '---\n- title: Pilot\n- owner: Kari\n---\n# Pilot\n',
      errors: [{ line: 2, message: 'not a list' }],
    },
    {
      name: 'a missing space after the colon makes the whole block one value',
      text: '---\ntitle:Pilot\n---\n# Pilot\n',
      errors: [{ line: 2, message: 'put a space after the colon' }],
    },
    {
      name: 'front matter without a closing fence (Norwegian)',
      text: '---\nlanguage: nb\ntitle: Velferdsteknologi\n\n# Velferdsteknologi\n\nKommunen har behov for dette og vil prøve det ut.\n',
      errors: [{ line: 1, message: 'Front matter er ikke avsluttet' }],
    },
  ],
};

testRule(rule, cases);

describe('frontmatter-invalid-yaml ranges and isolation', () => {
  it('covers exactly the offending line, shifted past a BOM, without the CR', () => {
    const text = '\uFEFF---\r\ntitle: Pilot\r\nowner: "Kari\r\n---\r\n# Pilot\r\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('owner: "Kari');
  });

  it('reports once, and body rules keep running on a document with broken YAML', () => {
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));
    const text = '---\ntitle: Fall: sensors\n---\n# Pilot\n\n## Risks\n\nBudget: TBD\n\n## Exit plan\n';
    const { findings } = lint(text, {
      rules: { ...rules, 'frontmatter-invalid-yaml': 'error', 'placeholder-text': 'warning', 'empty-section': 'warning' },
    });
    expect(findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`)).toEqual([
      'frontmatter-invalid-yaml title: Fall: sensors',
      'placeholder-text TBD',
      'empty-section ## Exit plan',
    ]);
  });
});
