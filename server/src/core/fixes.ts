// Applies text edits (fixes) to a source string, merges several fixes into one non-overlapping edit list, and fixes all.
import type { Fix, TextEdit } from '../../../rules/types';
import type { PilotlintConfig } from './config';
import { insertsOnlyKnownLines, isInsertion, lineSet, lint } from './lint';

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

/**
 * Every fix's edits, dropping any edit that overlaps one already taken (first fix wins). With `known` (the text's
 * lines, see `lineSet`), a fix whose lines are all known or already added by a fix taken before it is dropped too.
 */
export function mergeFixes(fixes: readonly Fix[], known?: Set<string>): TextEdit[] {
  const taken: TextEdit[] = [];
  const ordered = [...fixes].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const fix of ordered) {
    if (known && insertsOnlyKnownLines(fix, known)) continue;
    const clash = fix.edits.some((e) =>
      taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && t.start === t.end && e.start === t.start && e.newText === t.newText)),
    );
    if (clash) continue;
    taken.push(...fix.edits);
    if (known) for (const e of fix.edits) for (const l of lineSet(e.newText)) known.add(l);
  }
  return taken;
}

export interface FixAllResult {
  text: string;
  /** Lint passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
}

/** More passes than any chain of fixes needs (a section, then a line inside it); a guard, not a budget. */
const MAX_PASSES = 10;

/**
 * Applies every insert-only fix, re-linting until no fix is left: the one fix-all of the editor and the CLI.
 * Fixes that replace text are left to the user, so the original text survives character for character; a fix
 * never repeats a line the text already has, so a second run changes nothing.
 */
export function fixAll(text: string, config: PilotlintConfig = {}): FixAllResult {
  let current = text;
  let passes = 0;
  let applied = 0;
  while (passes < MAX_PASSES) {
    const fixes = lint(current, config).findings.flatMap((f) => (f.fix && isInsertion(f.fix) ? [f.fix] : []));
    const edits = mergeFixes(fixes, lineSet(current));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    passes++;
    applied += new Set(fixes.filter((f) => f.edits.some((e) => edits.includes(e)))).size;
  }
  return { text: current, passes, applied };
}
