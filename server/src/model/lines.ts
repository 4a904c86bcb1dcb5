// Line breaks, decided once for the whole project: CRLF, LF and a lone CR each end a line, as in LSP.
import { partitionPoint } from './search';

export type LineEnding = '\r\n' | '\n' | '\r';

/** The line ending edits should use: CRLF if the text has any, a lone CR if that is all it has, else LF. */
export function lineEnding(text: string): LineEnding {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** Length of the line break at `offset` (2 for CRLF, 1 for LF or a lone CR, 0 otherwise). */
export function breakLength(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c === 10) return 1;
  if (c === 13) return text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  return 0;
}

export interface Line {
  start: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Offset after the line break. */
  next: number;
  text: string;
}

/** Line starts of a text, for offset ↔ line lookups in logarithmic time. */
export class LineIndex {
  private readonly starts: number[] | Int32Array;

  /** `starts`, when given, are another index's `lineStarts()` for the same text (no pass over the text). */
  constructor(
    private readonly text: string,
    starts?: Int32Array,
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    if (!text.includes('\r')) {
      // indexOf scans for one character many times faster than a charCodeAt loop: 6 ms of a 1 MB re-lint was this pass.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) found.push(i + 1);
      }
    }
    this.starts = found;
  }

  /** The line starts as a typed array, which crosses postMessage as one copy (the lint worker sends them with a result). */
  lineStarts(): Int32Array {
    return Int32Array.from(this.starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    return Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= offset) - 1);
  }

  /**
   * An offset as an LSP position (0-based line and UTF-16 character), exactly as vscode-languageserver-textdocument's
   * `positionAt` gives it: clamped to the text, and moved before a line break it falls inside. The language server
   * turns findings into diagnostics with the index the lint built, instead of a document building a second one.
   */
  lspPosition(offset: number): { line: number; character: number } {
    let at = Math.max(Math.min(offset, this.text.length), 0);
    const line = this.lineOf(at);
    const start = this.starts[line];
    while (at > start && (this.text.charCodeAt(at - 1) === 10 || this.text.charCodeAt(at - 1) === 13)) at--;
    return { line, character: at - start };
  }

  /**
   * An LSP position as an offset, exactly as vscode-languageserver-textdocument's `offsetAt` gives it: a line past the
   * end is the end of the text, a character past the end of its line stops before the line break.
   */
  lspOffset(position: { line: number; character: number }): number {
    const { line, character } = position;
    if (line >= this.starts.length) return this.text.length;
    if (line < 0) return 0;
    const start = this.starts[line];
    if (character <= 0) return start;
    let at = Math.min(start + character, line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length);
    while (at > start && (this.text.charCodeAt(at - 1) === 10 || this.text.charCodeAt(at - 1) === 13)) at--;
    return at;
  }

  /** 1-based line and column (UTF-16 code units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }

  /** The line (0-based) with its offsets and text without the break. */
  line(index: number): Line {
    const start = this.starts[index];
    const next = index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end, next, text: this.text.slice(start, end) };
  }
}

/** The line that holds `offset`, without building an index (for one-off lookups). */
export function lineAt(text: string, offset: number): Line {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || (c === 13 && text.charCodeAt(start) !== 10)) break;
    start--;
  }
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end, next: end + breakLength(text, end), text: text.slice(start, end) };
}

/** Offset of the end of the line holding `from` (before its break), at most `limit`. */
export function lineEndAt(text: string, from: number, limit = text.length): number {
  return Math.min(lineAt(text, from).end, limit);
}
