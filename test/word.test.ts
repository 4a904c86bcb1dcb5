// The compact spelling of the word class is the same set of characters as the spelled-out one, code point by code point.
import { describe, expect, it } from 'vitest';
import { COMPACT_NON_WORD_CHARS, NON_WORD_CHARS } from '../server/src/model/word';

describe('word class', () => {
  it('the compact spelling is a third of the length', () => {
    expect(COMPACT_NON_WORD_CHARS.length * 2).toBeLessThan(NON_WORD_CHARS.length);
  });

  for (const flags of ['u', 'iu']) {
    it(`matches exactly the code points the spelled-out class matches (flags ${flags})`, () => {
      const spelled = new RegExp(`^[^${NON_WORD_CHARS}]$`, flags);
      const compact = new RegExp(`^[^${COMPACT_NON_WORD_CHARS}]$`, flags);
      const differ: number[] = [];
      let words = 0;
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        const c = String.fromCodePoint(cp);
        const w = spelled.test(c);
        if (w) words++;
        if (compact.test(c) !== w) differ.push(cp);
      }
      expect(differ).toEqual([]);
      // Not vacuous: both word and non-word characters were met.
      expect(words).toBeGreaterThan(100_000);
      expect(words).toBeLessThan(0x110000 - 1000);
    });
  }
});
