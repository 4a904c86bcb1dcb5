// Binary search over ascending offsets, shared by the chunk cache and the rules that place offsets in sections.

/** The first index whose value is at least `x`, in an ascending array (its length when there is none). */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
