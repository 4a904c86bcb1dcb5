// The text deltas the server sends its lint worker rebuild the new text exactly, whatever the edit.
import { describe, expect, it } from 'vitest';
import { applyTextDelta, textDelta } from '../server/src/lsp/text-delta';

describe('text deltas', () => {
  it('rebuild the text after random edits, and leave out what did not change', () => {
    const alphabet = ['a', 'b', '\n', '\r\n', 'é', '😀', ' '];
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 500; round++) {
      let base = '';
      for (let i = random(round < 250 ? 40 : 200_000); i > 0; i--) base += alphabet[random(alphabet.length)];
      const at = random(base.length + 1);
      const cut = Math.min(base.length, at + random(5));
      let added = '';
      for (let i = random(4); i > 0; i--) added += alphabet[random(alphabet.length)];
      const text = base.slice(0, at) + added + base.slice(cut);
      const delta = textDelta(base, text);
      expect(applyTextDelta(base, delta)).toBe(text);
      expect(delta.middle.length).toBeLessThanOrEqual(added.length + 2);
    }
    expect(textDelta('same', 'same')).toEqual({ start: 4, suffix: 0, middle: '' });
    expect(applyTextDelta('abc', textDelta('abc', ''))).toBe('');
    expect(applyTextDelta('', textDelta('', 'xyz'))).toBe('xyz');
  });
});
