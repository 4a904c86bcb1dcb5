// Runs frontmatter-invalid-yaml's cases, checks exact ranges, and that body rules still run on broken YAML.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../index';

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
