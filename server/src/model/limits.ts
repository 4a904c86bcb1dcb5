// Caps the Markdown that micromark cannot parse in near-linear time (deep container nesting, deep bracket nesting).
import type { Proposal } from './types';

/** Deepest list or block-quote nesting parsed: real proposals use 4 or 5 levels; micromark's cost grows with each. */
export const MAX_NESTING = 16;
/** Deepest `[` nesting parsed in one paragraph: link resolution looks back over every open bracket. */
export const MAX_BRACKET_DEPTH = 32;

export type MarkdownCut = Proposal['cuts'][number];

/** The engine's finding per kind of cut; `{depth}`, `{max}` and `{count}` are filled in. */
export const CUT_MESSAGES: Record<MarkdownCut['kind'], Record<'en' | 'nb', string>> = {
  nesting: {
    en: 'Lists or quotes nested {depth} deep (more than {max}): {count} line(s) were not read, so pilotlint stays fast. Flatten the nesting.',
    nb: 'Lister eller sitater nestet {depth} nivåer (mer enn {max}): {count} linje(r) ble ikke lest, så pilotlint forblir rask. Gjør nestingen flatere.',
  },
  brackets: {
    en: 'Brackets nested {depth} deep (more than {max}): links in {count} paragraph(s) were not read, so pilotlint stays fast.',
    nb: 'Hakeparenteser nestet {depth} nivåer (mer enn {max}): lenker i {count} avsnitt ble ikke lest, så pilotlint forblir rask.',
  },
};

/**
 * The text micromark is given: the same length and line breaks as `source` (so every offset holds), with lines nested
 * deeper than MAX_NESTING blanked and the brackets of paragraphs nested deeper than MAX_BRACKET_DEPTH turned into
 * spaces. One pass over the text; fenced code is left alone.
 */
export function capMarkdown(source: string): { text: string; cuts: MarkdownCut[] } {
  return mayNeedCuts(source) ? capScan(source) : { text: source, cuts: [] };
}

/** Line starts with nine container characters; fewer cannot nest past MAX_NESTING (each adds at most 2 levels: a tab). */
const DEEP_CANDIDATE = /(?:^|[\n\r])[\t >*+\-0-9.)]{9}/g;
/** A line of spaces and tabs, matched at the line break before it (a CR before LF is not a break of its own). */
const BLANK_LINE = /(?:\n|\r(?!\n))[ \t]*(?=[\r\n])/g;

/**
 * False only when capScan would cut nothing: no line nests deeper than MAX_NESTING (nestingOf on the few lines with a
 * long container prefix) and no stretch of text between blank lines holds more than MAX_BRACKET_DEPTH `[` (a paragraph
 * lies within one such stretch). It ignores fences, escapes and `]`, so it errs only towards the full scan: the full
 * scan cost 5-10 ms a megabyte on every re-lint, these searches under 1 ms.
 */
export function mayNeedCuts(source: string): boolean {
  DEEP_CANDIDATE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DEEP_CANDIDATE.exec(source)); ) {
    const c = source.charCodeAt(m.index);
    const at = c === 10 || c === 13 ? m.index + 1 : m.index;
    const line = source.slice(at, lineBounds(source, at).end);
    if (!THEMATIC_BREAK.test(line) && nestingOf(line) > MAX_NESTING) return true;
  }
  let open = 0;
  let blank = -1;
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
    if (blank < i) {
      BLANK_LINE.lastIndex = i;
      const b = BLANK_LINE.exec(source);
      if (blank >= 0) open = 0;
      blank = b ? b.index : source.length;
    }
    if (++open > MAX_BRACKET_DEPTH) return true;
  }
  return false;
}

/** capMarkdown's full pass. */
export function capScan(source: string): { text: string; cuts: MarkdownCut[] } {
  const blank: [number, number][] = [];
  const cuts = new Map<MarkdownCut['kind'], MarkdownCut>();
  const note = (kind: MarkdownCut['kind'], start: number, end: number, depth: number): void => {
    const c = cuts.get(kind);
    if (c) c.count++;
    else cuts.set(kind, { kind, start, end, depth, count: 1 });
  };
  let fence: string | null = null;
  let para = { start: -1, depth: 0, max: 0, brackets: [] as number[] };
  const closePara = (): void => {
    if (para.max > MAX_BRACKET_DEPTH) {
      for (const at of para.brackets) blank.push([at, at + 1]);
      note('brackets', para.start, lineBounds(source, para.start).end, para.max);
    }
    para = { start: -1, depth: 0, max: 0, brackets: [] };
  };
  for (let at = 0; at < source.length; ) {
    const { end, next } = lineBounds(source, at);
    // Most lines open with a letter: not blank, no fence, no marker, so only their brackets count (no slice made).
    if (!fence && at < end && plainStart(source.charCodeAt(at))) {
      if (para.start < 0) para.start = at;
      scanBrackets(source, at, end, para);
      at = next;
      continue;
    }
    const line = source.slice(at, end);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = null;
    } else if (line.trim() === '') closePara();
    else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        closePara();
        fence = open[1];
      } else {
        const depth = THEMATIC_BREAK.test(line) ? 0 : nestingOf(line);
        if (depth > MAX_NESTING) {
          blank.push([at, end]);
          note('nesting', at, end, depth);
        } else {
          if (para.start < 0) para.start = at;
          scanBrackets(source, at, end, para);
        }
      }
    }
    at = next;
  }
  closePara();
  if (blank.length === 0) return { text: source, cuts: [] };
  blank.sort((a, b) => a[0] - b[0]);
  let text = '';
  let last = 0;
  for (const [s, e] of blank) {
    if (s < last) continue;
    text += source.slice(last, s) + ' '.repeat(e - s);
    last = e;
  }
  return { text: text + source.slice(last), cuts: [...cuts.values()] };
}

/**
 * A line opening with this ASCII character is not blank (it is no whitespace), opens no fence and no thematic break,
 * and nests nothing (nestingOf reads only spaces, tabs, `>`, `-`, `*`, `+` and digits at the start).
 */
function plainStart(c: number): boolean {
  if (c <= 32 || c >= 127) return false;
  if (c >= 48 && c <= 57) return false; // digit: an ordered list marker
  return c !== 45 && c !== 42 && c !== 43 && c !== 62 && c !== 95 && c !== 96 && c !== 126; // - * + > _ ` ~
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Line end (before `\r\n`, `\n` or a lone `\r`) and the start of the next line. */
function lineBounds(source: string, at: number): { end: number; next: number } {
  let end = at;
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  const next = source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  return { end, next };
}

/**
 * An upper estimate of the containers a line opens or continues: its markers (`>`, `-`, `*`, `+`, `1.`) plus half
 * its indentation (a nested item is indented by at least two columns per level). Lines without a marker never count.
 */
function nestingOf(line: string): number {
  let i = 0;
  let columns = 0;
  let markers = 0;
  for (;;) {
    const c = line[i];
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else if (c === '>') markers++;
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]|^$/.test(line[i + 1] ?? '')) markers++;
    else {
      const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!ordered) break;
      markers++;
      i += ordered[0].length;
      continue;
    }
    i++;
  }
  return markers === 0 ? 0 : markers + (columns >> 1);
}

function scanBrackets(source: string, from: number, to: number, para: { depth: number; max: number; brackets: number[] }): void {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91 /* [ */) {
      para.brackets.push(i);
      if (++para.depth > para.max) para.max = para.depth;
    } else if (c === 93 /* ] */) {
      para.brackets.push(i);
      if (para.depth > 0) para.depth--;
    }
  }
}
