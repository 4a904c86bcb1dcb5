// Runs empty-section's cases, and checks that the finding covers exactly the heading line.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';

testRule(rule, cases);

describe('empty-section ranges', () => {
  it('covers the heading, after a BOM and with emoji', () => {
    const text = '\uFEFF# Pilot\r\n\r\nIntro.\r\n\r\n## 🚀 Exit plan\r\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('## 🚀 Exit plan');
  });
});
