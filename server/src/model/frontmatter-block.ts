// The one front-matter scanner: where the block opens, where its YAML body lies and whether it is closed.
import { breakLength } from './lines';

export interface FrontMatterBlock {
  /** Offset of the opening `---` (1 after a BOM). */
  start: number;
  /** Offset after the opening line. */
  bodyStart: number;
  /** Offset of the closing line, or the end of the scanned text when unclosed. */
  bodyEnd: number;
  /** Offset after the closing `---` or `...` and its trailing blanks (before its line break). */
  end: number;
  closed: boolean;
}

const FENCE = /---[ \t]*/y;
const CLOSE = /(?:---|\.\.\.)[ \t]*/y;

/** The front-matter block at the top of `text`: `---` on line 1, closed by a line `---` or `...`; null if none opens. */
export function scanFrontMatter(text: string): FrontMatterBlock | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  FENCE.lastIndex = start;
  if (!FENCE.exec(text)) return null;
  const brk = breakLength(text, FENCE.lastIndex);
  if (brk === 0) return null;
  const bodyStart = FENCE.lastIndex + brk;
  let at = bodyStart;
  while (at < text.length) {
    CLOSE.lastIndex = at;
    if (CLOSE.exec(text) && (CLOSE.lastIndex === text.length || breakLength(text, CLOSE.lastIndex) > 0)) {
      return { start, bodyStart, bodyEnd: at, end: CLOSE.lastIndex, closed: true };
    }
    let next = at;
    while (next < text.length && breakLength(text, next) === 0) next++;
    at = next + breakLength(text, next);
    if (next >= text.length) break;
  }
  return { start, bodyStart, bodyEnd: text.length, end: text.length, closed: false };
}
