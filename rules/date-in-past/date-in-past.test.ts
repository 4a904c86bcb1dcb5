// Runs date-in-past's cases, and checks the exact range of a body milestone and the real-date default.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';

testRule(rule, cases);

describe('date-in-past details', () => {
  it('covers exactly the date in the body, after a BOM', () => {
    const text = '\uFEFF---\nstatus: draft\ndate: 2026-11-20\n---\n# P 🚀\n\nWe will start on 2026-02-01 at Nordby.\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('2026-02-01');
  });

  it('defaults to the real date when neither a document date nor an option is given', () => {
    const text = '---\nstatus: draft\npilot_start: 2000-01-03\n---\n# P\n';
    expect(run(rule, { name: '', text }).map((f) => f.message)).toEqual([expect.stringMatching(/before today \(\d{4}-\d{2}-\d{2}\)/)]);
    expect(run(rule, { name: '', text: text.replace('2000', '2999') })).toEqual([]);
  });
});
