// Binary search over ascending offsets, shared by the chunk cache and the rules that place offsets in sections.

/**
 * The first index in [0, n) at which `before` is false, where `before` holds for a prefix of the indices and fails for
 * the rest (n when it holds for all).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is at least `x`, in an ascending array (its length when there is none). */
export function lowerBound(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i] < x);
}
