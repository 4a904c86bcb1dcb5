// Finds unfilled placeholder text (lexicon.yaml `placeholders`) with the precision a human reviewer would apply.
import { PLACEHOLDER_PATTERNS } from '../../server/src/model/lexicon';
import { END, START } from '../../server/src/model/match';
import { lineAt } from '../../server/src/model/lines';
import { memo } from '../../server/src/model/memo';

export interface PlaceholderHit {
  start: number;
  end: number;
  text: string;
}

/**
 * HTML elements that Markdown authors actually write (GitHub's allowed set and kin): `<br>`, `<details>`, `<sup>`.
 * Names that are also natural placeholder words (`<title>`, `<date>`-like `<time>`, `<address>`) are in AMBIGUOUS
 * and count as HTML only when the document also closes them.
 */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym area article aside audio b bdi bdo big blockquote body br button caption center cite code col ' +
    'colgroup dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i iframe img input ins kbd legend li link main mark meta meter nav noscript ol optgroup p ' +
    'param picture pre progress q rp rt ruby s samp script section small source span strike strong style sub summary ' +
    'sup table tbody td textarea tfoot th thead tr track tt u ul var video wbr'
  ).split(' '),
);
const AMBIGUOUS = new Set(['title', 'address', 'time', 'data', 'label', 'output', 'object', 'option', 'form', 'select', 'template', 'menu', 'search', 'map']);

interface Pattern {
  re: RegExp;
  /** Returns false to drop a match that a reviewer would not call a placeholder. */
  keep?: (text: string, start: number, end: number) => boolean;
  /** Extends the match end (e.g. over a run of question marks). */
  extend?: (text: string, end: number) => number;
}

/** `\b` in lexicon patterns means a word boundary; JavaScript's ignores æ, ø, å, so it is spelled out. */
function compile(source: string): RegExp {
  let s = source;
  if (s.startsWith('\\b')) s = START + s.slice(2);
  if (s.endsWith('\\b')) s = s.slice(0, -2) + END;
  s = s.replace(/\\b/g, END);
  return new RegExp(s, 'giu');
}

/** The text of the line before `start`, without list markers, quote markers or a task box. */
function linePrefix(text: string, start: number): string {
  return text.slice(lineAt(text, start).start, start);
}

/** The placeholder stands where a value goes: after `Label:`, in a table cell, in brackets, or alone on its line. */
function inValuePosition(text: string, start: number): boolean {
  const before = linePrefix(text, start);
  if (/[:(\[|=–—]\s*$/.test(before)) return true;
  return /^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?$/.test(before);
}

/** The phrase ends its clause: nothing (or only "senere/later") follows before punctuation, a cell border or the line end. */
function endsClause(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  return /^\s*(?:senere|seinare|later)?\s*(?:[.;!?)|]|\r?\n|$)/.test(rest);
}

const upperOrLabel = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end);
  return word === word.toUpperCase() || /^\s*:/.test(text.slice(end, end + 3));
};

function isHtmlTag(inner: string, whole: string): boolean {
  const name = /^[A-Za-z][A-Za-z0-9]*/.exec(inner)?.[0].toLowerCase() ?? '';
  const rest = inner.slice(name.length);
  // `<name>` or `<br/>`, `<br />`: a bare tag; `<unit/role>` or `<organisation name>` is not how HTML is written here.
  if (rest !== '' && !/^\s*\/$/.test(rest) && !/^\s+[a-z-]+(\s+[a-z-]+)*$/.test(rest)) return false;
  if (HTML_ELEMENTS.has(name)) return true;
  if (AMBIGUOUS.has(name)) return new RegExp(`</${name}\\s*>`, 'i').test(whole);
  return false;
}

/** A time or condition after *kommer senere* / *kjem seinare*: a later stage, planned (", etter ny konkurranse i 2029"). */
const LATER_STAGE = /^,?\s+(?:etter|når|innen|innan|fra|frå|i 20\d\d|in 20\d\d|(?:høsten|hausten|våren|sommeren|sommaren|vinteren) 20\d\d)(?![\p{L}])/iu;

function buildPatterns(): Pattern[] {
  const byName: Record<string, Pattern['keep']> = {
    '\\bTODO\\b': upperOrLabel,
    '\\bFIXME\\b': upperOrLabel,
    // "Why???" is emphatic punctuation; "Budget: ???" or "(???)" stands in for a value.
    '\\?\\?\\?': (text, start) => !/[\p{L}\p{N}]/u.test(text[start - 1] ?? ''),
    '<[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå _/-]*>': (text, start, end) => {
      // A link destination in angle brackets (`[x](<annex b>)`) is not prose.
      if (text.slice(Math.max(0, start - 2), start) === '](') return false;
      return !isHtmlTag(text.slice(start + 1, end - 1), text);
    },
    // "avklares med personvernombudet i mars" is a plan; "Gevinstansvarlig: avklares" and "må avklares." are holes.
    '\\bavklares( senere)?\\b': (text, start, end) =>
      /senere$/i.test(text.slice(start, end)) || inValuePosition(text, start) || endsClause(text, end),
    // "Skjemaet fylles inn av brukeren" is prose; "Budsjett: fylles inn" is a hole.
    '\\bfylles inn\\b': (text, start, end) => inValuePosition(text, start) || /^\s+senere/i.test(text.slice(end, end + 10)),
    // "Søknaden fylles ut av søkeren" is prose; "Utarbeidet av: Fylles ut av prosjektleder" is a template's slot.
    '\\b(fylles|fyllast) ut( av \\p{L}+)?\\b': (text, start) => inValuePosition(text, start),
    // "kommer senere i rapporten" is a cross-reference, not a promise to write it later; "Sone 5 og 6 kommer senere,
    // etter ny konkurranse i 2029" is a later stage with its time or condition, not a hole (trust12 nb).
    '\\bkommer senere\\b': (text, _start, end) =>
      !/^\s+(?:i|under|på|nedanfor|nedenfor|in)\b/i.test(text.slice(end, end + 12)) && !LATER_STAGE.test(text.slice(end, end + 40)),
  };
  // "(Registries Workshop TBC)": the status of a named item, in Title Case, closing its parentheses, is no slot;
  // "Date: TBC" and "(room TBC)" still are (issue 8, real proposals).
  const status = (text: string, start: number, end: number): boolean => {
    if (!/^\s*\)/.test(text.slice(end, end + 3))) return true;
    const before = linePrefix(text, start);
    const open = before.lastIndexOf('(');
    if (open < 0 || before.indexOf(')', open) >= 0) return true;
    const words = before.slice(open + 1).trim().split(/\s+/);
    return !(words.length >= 2 && words.slice(-2).every((w) => /^\p{Lu}[\p{L}\p{N}&'-]*$/u.test(w)));
  };
  byName['\\bTBC\\b'] = status;
  byName['\\bTBA\\b'] = status;
  byName['\\bavklarast( seinare)?\\b'] = (text, start, end) =>
    /seinare$/i.test(text.slice(start, end)) || inValuePosition(text, start) || endsClause(text, end);
  byName['\\bkjem seinare\\b'] = byName['\\bkommer senere\\b'];
  // "det er ikkje avklart med frivilligsentralen" reports an open question in prose; "Gevinstansvarleg: ikkje avklart"
  // and "Dette er ikke avklart." leave a hole (trust13 nn).
  byName['\\bikke avklart\\b'] = (text, start, end) => inValuePosition(text, start) || endsClause(text, end);
  byName['\\bikkje avklart\\b'] = byName['\\bikke avklart\\b'];
  // "(kommer)" alone on its line or after a label stands for an answer still to come; "Rapporten (kommer) i mai" is prose.
  byName['\\((kommer|kjem|følger|følgjer|to follow|to come|coming)\\)'] = (text, start, end) =>
    inValuePosition(text, start) && /^\s*(?:[.;|]|\r?\n|$)/.test(text.slice(end, end + 20));
  const patterns: Pattern[] = PLACEHOLDER_PATTERNS.map((p) => ({ re: compile(p), keep: byName[p] }));
  const qm = patterns.find((p) => p.re.source === '\\?\\?\\?');
  if (qm) qm.extend = (text, end) => {
    while (text[end] === '?') end++;
    return end;
  };
  const money = patterns.filter((p) => /xx\+/.test(p.re.source));
  for (const p of money) p.re = new RegExp(`${p.re.source}(?![\\p{L}])`, 'giu');
  return patterns;
}

let patterns: Pattern[] | null = null;

/**
 * Whether nothing in a pattern can match a line break: no class or escape that takes one (`[^…]` unless it leaves out
 * both `\r` and `\n`, `\s`, `\W`, `.`) and no `^` or `$` outside a class. Its matches and its lookarounds then stop
 * at the line's end, so over a piece of text cut after a line break it finds exactly what it finds there in the whole
 * text. A pattern that is not scans the whole text on every re-lint (2-3 ms a megabyte each, round 13).
 */
function lineLocal(re: RegExp): boolean {
  const s = re.source
    .split(START)
    .join('')
    .split(END)
    .join('')
    .replace(/\[\^(?:[^\]\\]|\\.)*\]/g, (cls) => (cls.includes('\\r') && cls.includes('\\n') ? '' : cls))
    // A class of literal characters only (`[£$€]`) takes no line break, and its `$` or `.` is no anchor or wildcard.
    .replace(/\[(?!\^)[^\]\\]*\]/g, '');
  return !/\\[sSWDPnrB]|\[\^|(?<!\\)[.^$]/.test(s);
}

let local: boolean[] | null = null;

/**
 * Placeholders in `text`, in order, overlapping hits merged ("XXX kr" is one). `skip(start, end)` drops hits in
 * ranges the caller knows are not prose (link targets). `cuts` (offsets of line starts, such as section headings)
 * split the text for the line-local patterns, whose matches are then kept per piece in the document's memo, so a
 * re-lint matches them again only in the piece that changed; what a hit means is still judged on the whole text.
 */
export function findPlaceholders(text: string, skip?: (start: number, end: number) => boolean, cuts?: readonly number[]): PlaceholderHit[] {
  if (skip) return scanPlaceholders(text, skip, cuts);
  // Once per distinct text (model/memo.ts); callers get their own copies.
  return memo('placeholders', text, () => scanPlaceholders(text)).map((h) => ({ ...h }));
}

/** The pattern's matches in `text` as [start, end] pairs, extended where the pattern extends them. */
function matches(p: Pattern, text: string, offset = 0): number[] {
  const out: number[] = [];
  p.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = p.re.exec(text))) {
    if (m[0].length === 0) {
      p.re.lastIndex++;
      continue;
    }
    const start = m.index;
    let end = start + m[0].length;
    if (p.extend) {
      end = p.extend(text, end);
      p.re.lastIndex = end;
    }
    out.push(offset + start, offset + end);
  }
  return out;
}

/** Pieces of `text` between the cuts that fall on a line start (a cut elsewhere is dropped). */
function pieces(text: string, cuts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const c of cuts) {
    if (c <= from || c >= text.length) continue;
    const before = text.charCodeAt(c - 1);
    if (before !== 10 && before !== 13) continue;
    out.push([from, c]);
    from = c;
  }
  out.push([from, text.length]);
  return out;
}

function scanPlaceholders(text: string, skip?: (start: number, end: number) => boolean, cuts?: readonly number[]): PlaceholderHit[] {
  patterns ??= buildPatterns();
  local ??= patterns.map((p) => lineLocal(p.re));
  const all = patterns;
  const isLocal = local;
  // Per piece, the matches of every line-local pattern, offsets relative to the piece.
  const perPiece = cuts
    ? pieces(text, cuts).map(([s, e]) => {
        const piece = text.slice(s, e);
        return { at: s, found: memo('placeholder-matches', piece, () => all.map((p, i) => (isLocal[i] ? matches(p, piece) : []))) };
      })
    : null;
  const hits: { start: number; end: number }[] = [];
  all.forEach((p, i) => {
    let found: number[];
    if (perPiece && isLocal[i]) {
      found = [];
      for (const { at, found: f } of perPiece) for (const o of f[i]) found.push(at + o);
    } else found = matches(p, text);
    for (let k = 0; k < found.length; k += 2) {
      const start = found[k];
      const end = found[k + 1];
      if (p.keep && !p.keep(text, start, end)) continue;
      if (skip?.(start, end)) continue;
      hits.push({ start, end });
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PlaceholderHit[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        last.end = h.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });
  }
  return merged;
}

/** True when a front-matter value is (or contains) placeholder text: `TBD`, `{{YYYY-MM-DD}}`, `avklares`. */
export function isPlaceholderValue(value: unknown): boolean {
  return typeof value === 'string' && findPlaceholders(value).length > 0;
}

/**
 * A labelled value still to fill in whose label names the element: "DPIA reference: <INSERT – DPIA REFERENCE>",
 * "Gevinstansvarleg: Fyllast inn", a table row "| Benefit owner | <INSERT – …> |". The slot is placeholder-text's to
 * report; the element it stands for is not also missing (catalogue E).
 */
export function labelledSlot(text: string, label: RegExp): boolean {
  const t = text.replace(/\*\*|__/g, '');
  const colon = /^\s*(?:[-*+]\s+)?([^:|]{2,60}):\s*(.*)$/su.exec(t);
  if (colon) return label.test(colon[1]) && findPlaceholders(colon[2]).length > 0;
  if (!/^\s*\|/.test(t)) return false;
  const cells = t.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/u).map((c) => c.trim());
  return cells.length >= 2 && label.test(cells[0]) && cells.slice(1).some((c) => findPlaceholders(c).length > 0);
}

/**
 * An author's slot whose own words name the element ("[Fyll inn saksnummer]", "<INSERT – PROCUREMENT ROUTE>"): the
 * value is placeholder-text's to report, as with a labelled slot. The template's own `{{…}}` is the skeleton unfilled,
 * not the author's slot, and names nothing.
 */
export function namingSlot(hits: readonly PlaceholderHit[], words: RegExp): boolean {
  return hits.some((h) => !h.text.includes('{{') && words.test(h.text));
}
