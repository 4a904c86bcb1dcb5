// Runs frontmatter-invalid-date's cases, and checks that findings sit on the field's line.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { cases } from './cases';
import { run, testRule } from '../../test/util/rule-tester';

testRule(rule, cases);

describe('frontmatter-invalid-date ranges', () => {
  it('covers the key line after a BOM', () => {
    const text = '\uFEFF---\r\ntitle: x\r\npilot_start: 1.3.2026\r\n---\r\n# P\r\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('pilot_start: 1.3.2026');
    expect(f.fix?.edits.map((e) => text.slice(e.start, e.end))).toEqual(['1.3.2026']);
  });
});
