// Runs placeholder-text's cases, and checks exact ranges (BOM, CRLF, front matter, emoji) and escalation rules.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';

testRule(rule, cases);

const spans = (text: string, options?: Record<string, unknown>) =>
  run(rule, { name: '', text, options }).map((f) => text.slice(f.start, f.end));

describe('placeholder-text ranges', () => {
  it('covers exactly the placeholder, after a BOM and with CRLF', () => {
    const text = '\uFEFF---\r\ntitle: Pilot\r\nbudget: TBD\r\n---\r\n# Pilot 🚀\r\n\r\nOwner: {{name}} · cost xx kr\r\n';
    const found = run(rule, { name: '', text });
    expect(found.map((f) => [f.start, f.end])).toEqual([
      [text.indexOf('TBD'), text.indexOf('TBD') + 3],
      [text.indexOf('{{name}}'), text.indexOf('{{name}}') + 8],
      [text.indexOf('xx kr'), text.indexOf('xx kr') + 5],
    ]);
  });

  it('merges overlapping patterns into one finding per occurrence', () => {
    expect(spans('# P\n\nCost: XXX kr, then ????? and TBD/TBA.\n')).toEqual(['XXX kr', '?????', 'TBD', 'TBA']);
  });

  it('points into quoted and nested front-matter values', () => {
    const text = '---\nbudget:\n  amount: "{{amount}}"\n  funding_sources:\n    - name: TBD\n---\n# P\n\nText.\n';
    expect(spans(text)).toEqual(['{{amount}}', 'TBD']);
  });

  it('honours a user-set severity over the escalation', () => {
    const text = '# P\n\n## Exit plan\n\nOwner: TBD\n';
    expect(run(rule, { name: '', text }).map((f) => f.severity)).toEqual(['error']);
    expect(run(rule, { name: '', text, options: {} }).map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not read front matter that failed to parse', () => {
    expect(spans('---\ntitle: "TBD\n---\n# P\n\nText.\n')).toEqual([]);
  });
});
