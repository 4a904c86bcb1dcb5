// The binary searches that place offsets in chunks and sections agree with a scan from the start.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound, partitionPoint } from '../server/src/model/search';

const sorted = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a - b));

describe('search', () => {
  it('partitionPoint is the first index where the predicate fails, n when it never does', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1, max: 51 }), (xs, x) => {
        const scan = xs.findIndex((v) => !(v <= x));
        expect(partitionPoint(xs.length, (i) => xs[i] <= x)).toBe(scan < 0 ? xs.length : scan);
      }),
    );
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('lowerBound is the first index whose value is at least x', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1, max: 51 }), (xs, x) => {
        const scan = xs.findIndex((v) => v >= x);
        expect(lowerBound(xs, x)).toBe(scan < 0 ? xs.length : scan);
      }),
    );
  });
});
