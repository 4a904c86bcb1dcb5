// The Markdown caps' pre-checks (model/limits.ts, model/parse.ts) skip a full pass only where it would change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capMarkdown, capScan, mayNeedCuts } from '../server/src/model/limits';
import { mayHoldLongWord } from '../server/src/model/parse';

// Pieces near both limits: container prefixes of spaces, tabs and markers, brackets, escapes, fences, every line break.
const CAP_PIECES = ['[', ']', '\\[', '[[[[[[[[', '[[[[[[[[[[[[[[[[', 'a', ' ', '\t', '> ', '- ', '* ', '+ ', '1. ', '12) ', '    ', '\t\t\t\t',
  '- - - - - - - - - ', '> > > > > > > > > ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \t\n', '```\n', '~~~\n', '---\n', '\u00a0\n'];
const capText = fc.array(fc.constantFrom(...CAP_PIECES), { maxLength: 400 }).map((ps) => ps.join(''));

describe('capMarkdown', () => {
  it('equals its full scan on random text near the nesting and bracket limits', () => {
    fc.assert(
      fc.property(capText, (text) => {
        expect(capMarkdown(text)).toEqual(capScan(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('does the full scan exactly at the limits', () => {
    const deep = (n: number) => `${'>'.repeat(n)} x\n`;
    expect(mayNeedCuts(deep(16))).toBe(false);
    expect(capMarkdown(deep(17)).cuts).toHaveLength(1);
    expect(capMarkdown(`${'\t'.repeat(8)}- x\n`).cuts).toHaveLength(1);
    expect(mayNeedCuts(`${'['.repeat(32)}\n\n${'['.repeat(32)}`)).toBe(false);
    expect(capMarkdown(`${'['.repeat(32)}\r\n[`).cuts).toHaveLength(1);
    expect(capMarkdown(`${'['.repeat(32)}\r\r[`).cuts).toHaveLength(0);
  });
});

describe('mayHoldLongWord', () => {
  const reference = (text: string): boolean => {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) | 0x20;
      if ((c >= 0x61 && c <= 0x7a) || c >= 0xa0) {
        if (++run >= 120) return true;
      } else run = 0;
    }
    return false;
  };
  it('finds a run of 120 letters wherever it starts', () => {
    const word = fc.tuple(fc.constantFrom('a', 'Z', 'ø', '漢', '\ud83d\ude00'), fc.integer({ min: 1, max: 260 })).map(([c, n]) => c.repeat(n).slice(0, n));
    const gap = fc.constantFrom(' ', '\n', '1', '@', '[', '`');
    const text = fc.array(fc.oneof(word, gap), { maxLength: 40 }).map((ps) => ps.join(''));
    fc.assert(fc.property(text, (t) => mayHoldLongWord(t) === reference(t)), { numRuns: 3000 });
    for (let start = 0; start < 250; start++) {
      expect(mayHoldLongWord(' '.repeat(start) + 'x'.repeat(120))).toBe(true);
      expect(mayHoldLongWord(' '.repeat(start) + 'x'.repeat(119) + ' ')).toBe(false);
    }
  });
});
