// The lint worker's collections (server/src/lsp/collector.ts): only between lints of different documents, and only
// once the heap has grown past the threshold since the last one.
import { describe, expect, it } from 'vitest';
import { Collector } from '../server/src/lsp/collector';

describe('collector', () => {
  it('collects on a switch to another document, never between lints of the same one', () => {
    const c = new Collector(0);
    expect(c.linted('a')).toBe(false);
    expect(c.linted('a')).toBe(false);
    expect(c.linted('b')).toBe(true);
    expect(c.linted('b')).toBe(false);
    expect(c.linted('a')).toBe(true);
  });

  it('waits for the heap to grow past the threshold since its last collection', () => {
    const grow = (): { i: number }[] => Array.from({ length: 2_000_000 }, (_, i) => ({ i }));
    const c = new Collector(16 << 20);
    c.linted('a');
    const held = [grow()];
    expect(c.linted('b')).toBe(true);
    expect(c.linted('c')).toBe(false);
    held.push(grow());
    expect(c.linted('d')).toBe(true);
    expect(held.length).toBe(2);
  });
});
