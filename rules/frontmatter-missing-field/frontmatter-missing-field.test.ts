// Runs frontmatter-missing-field's cases, and checks that the inserted fields parse and satisfy the rule.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';

testRule(rule, cases);

describe('frontmatter-missing-field fixes', () => {
  it('produce front matter that parses and has every field (after a BOM too)', () => {
    for (const text of ['\uFEFF# Pilot\r\n\r\nText.\r\n', '---\ntitle: x\n---\n# Pilot\n', '---\ntitle: x\nowner:\n---\n']) {
      const fixed = applyEdits(text, mergeFixes(run(rule, { name: '', text }).flatMap((f) => (f.fix ? [f.fix] : []))));
      expect(run(rule, { name: '', text: fixed })).toEqual([]);
    }
  });
});
