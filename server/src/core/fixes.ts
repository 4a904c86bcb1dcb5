// Applies text edits (fixes) to a source string, and merges several fixes into one non-overlapping edit list.
import type { Fix, TextEdit } from '../../../rules/types';

/** Applies edits given in offsets of `text`; inserts at the same offset keep their given order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let last = 0;
  for (const { e } of sorted) {
    if (e.start < last) continue;
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

/** Every fix's edits, dropping any edit that overlaps one already taken (first fix wins). */
export function mergeFixes(fixes: readonly Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const ordered = [...fixes].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const fix of ordered) {
    const clash = fix.edits.some((e) =>
      taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && t.start === t.end && e.start === t.start && e.newText === t.newText)),
    );
    if (!clash) taken.push(...fix.edits);
  }
  return taken;
}
