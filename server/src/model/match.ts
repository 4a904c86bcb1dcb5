// Text matching over the lexicon: heading normalisation, facet matching, Unicode-aware word lists and detectors.
import type { Facet } from './types';
import { DETECTORS, GENERIC_HEADS, GENERIC_WORDS, LESSONS_SYNONYMS, NOT_HEADINGS, NYNORSK_SYNONYMS, PLAIN_PATTERNS, PLAIN_SYNONYMS, SECTION_SYNONYMS, type DetectorName } from './lexicon';
import { WORD_CHAR } from './word';
import { ANSWER_LIMIT } from './headings';

/** A word character of any script (see word.ts): boundaries hold for Latin and non-Latin text alike. */
const W = WORD_CHAR;
export const START = `(?<!${W})`;
export const END = `(?!${W})`;

/** The text as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for one lexicon term: `*` marks a stem; plain words also match common plural/inflected endings. */
export function termSource(term: string, inflect = true): string {
  return `${START}${termBody(term, inflect)}`;
}

/**
 * termSource without its word-start assertion, so a word list can share one; `end: false` leaves out the word-end
 * assertion too, for a list that writes it once after its alternation.
 */
function termBody(term: string, inflect: boolean, end = true): string {
  const t = term.toLowerCase().normalize('NFC');
  if (t.endsWith('*')) return `${escapeRegExp(t.slice(0, -1)).replace(/ /g, '\\s+')}(?:${W}|-)*`;
  const body = escapeRegExp(t).replace(/ /g, '\\s+');
  const suffix = inflect ? '(?:s|es|e|er|ere|erne|ene|en|et|a|ne|r|n)?' : '';
  return end ? `${body}${suffix}${END}` : `${body}${suffix}`;
}

/**
 * One case-insensitive regex matching any of the terms (longest alternatives first). The word-start assertion is
 * written once in front of the alternation, not once per term: the same matches, but V8 then tests one lookbehind per
 * position instead of one per term and position, which made the role lists 10 to 50 times slower on long text.
 */
export function termsRegex(terms: readonly string[], flags = 'giu', inflect = true): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/gu;
  // Without `g` or `y` a regex keeps no state, so callers that build one per lint (from their options) can share it.
  const stateless = !/[gy]/.test(flags);
  const key = `${flags}\u0000${inflect}\u0000${sorted.join('\u0000')}`;
  const hit = stateless ? termsCache.get(key) : undefined;
  if (hit) return hit;
  // The word-end assertion also goes once after the alternation: backtracking tries the same alternatives in the same
  // order, and a stem's greedy `(?:W|-)*` always stops before a non-word character, so the matches are the same. Each
  // copy of the boundary class is some 700 characters, and a role list of 150 terms compiled to 100 KB of regex: V8
  // compiles that on a document's first lint, which was most of a CLI run's time.
  const re = new RegExp(`${START}(?:${sorted.map((t) => termBody(t, inflect, false)).join('|')})${END}`, flags);
  if (stateless) {
    if (termsCache.size >= 256) termsCache.clear();
    termsCache.set(key, re);
  }
  return re;
}
const termsCache = new Map<string, RegExp>();

/**
 * Compiles a lexicon detector: case-insensitive, Unicode, `\b` replaced by a Unicode-aware boundary, each
 * alternative anchored at a word start, and short or digit-final literals also at a word end
 * (`ppi` must not match "stopping", `pilot 2` not "Pilot 2027").
 */
export function detectorRegex(source: string, flags = 'iu'): RegExp {
  const alts = splitTopLevel(source).map((alt) => {
    // A leading `\b` before a letter or digit (one that must be there) can only be a word start, so it becomes the
    // shared word-start assertion: the two-sided boundary, tested at every position, made `\bif\b…` the slowest detector.
    const wordStart = alt.startsWith('\\b') && startsWithWordChar(alt.slice(2));
    let a = (wordStart ? alt.slice(2) : alt).replace(/\\b/g, `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`);
    const literal = /^[\p{L}\p{N} -]+$/u.test(alt);
    if (literal && (alt.length < 5 || /\d$/.test(alt))) a = `${a}${END}`;
    return { source: `(?:${a})`, anchored: wordStart || !(/^\(?\\d/.test(alt) || alt.startsWith('\\')), raw: alt };
  });
  const re = new RegExp(joinAlternatives(alts), flags);
  if (re.source.length <= OPTIMIZED_SOURCE || /[gy]/.test(flags)) return re;
  // A test is whether any alternative matches, so it may ask parts of the alternation one by one; a part whose every
  // alternative needs some literal text is asked only where one of those literals occurs (see requiredLiterals).
  let parts: { re: RegExp; needs: RegExp | null }[] | undefined;
  const test = (text: string): boolean => {
    parts ??= packAlternatives(alts).map((part) => ({ re: new RegExp(joinAlternatives(part), flags), needs: literalFilter(part.map((a) => a.raw), flags) }));
    for (const part of parts) if ((!part.needs || part.needs.test(text)) && part.re.test(text)) return true;
    return false;
  };
  return Object.defineProperty(re, 'test', { value: test });
}

/**
 * V8 stops optimizing a regular expression whose source is longer than 20 KB (no quick checks, no Boyer-Moore scan for
 * the alternatives' first characters). Each \b of a detector spells the word class out four times, so the longest
 * detectors ran to 345 KB and were tested four to nine times slower than their alternatives one by one (round 13: the
 * data-terms detector took 0.3-0.6 ms a sentence). Such a detector tests its alternatives in parts below this size.
 */
const OPTIMIZED_SOURCE = 16_000;

/**
 * Alternatives as one source: each run of word-start-anchored ones shares one assertion, in the original order (see
 * termsRegex).
 */
function joinAlternatives(alts: readonly { source: string; anchored: boolean }[]): string {
  const runs: string[] = [];
  for (let i = 0; i < alts.length; ) {
    let j = i;
    while (j < alts.length && alts[j].anchored === alts[i].anchored) j++;
    const run = alts.slice(i, j).map((a) => a.source);
    runs.push(alts[i].anchored ? `${START}(?:${run.join('|')})` : run.join('|'));
    i = j;
  }
  return runs.join('|');
}

/** The alternatives in runs whose joined source is at most OPTIMIZED_SOURCE where they allow (an alternative is never cut). */
function packAlternatives<A extends { source: string; anchored: boolean }>(alts: readonly A[]): A[][] {
  const parts: A[][] = [];
  let part: A[] = [];
  for (const alt of alts) {
    if (part.length > 0 && joinAlternatives([...part, alt]).length > OPTIMIZED_SOURCE) {
      parts.push(part);
      part = [];
    }
    part.push(alt);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * A regex that matches wherever any of the alternatives could (each needs one of its literals somewhere), or null when
 * one of them needs no literal of three characters or more. With the detector's own flags, so case folds alike.
 */
function literalFilter(raws: readonly string[], flags: string): RegExp | null {
  const all = new Set<string>();
  for (const raw of raws) {
    const needed = requiredLiterals(raw);
    if (!needed) return null;
    for (const l of needed) all.add(l);
  }
  return new RegExp([...all].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), flags.replace(/[gy]/g, ''));
}

/** Characters that repeat what comes before them, or make it optional (lazy or not). */
const QUANTIFIER = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/;

/**
 * Literal texts one of which every match of the regex source contains, or null when it cannot tell (then nothing is
 * filtered). Read: runs of plain characters at the top level, and groups that must match (not optional, not
 * lookaround) whose every branch has such literals; of these, the choice whose shortest literal is longest, at least
 * three characters. Escapes other than of a punctuation character end a run (`\s`, `\p{L}`, `\b`, `\u00e6`), as do
 * classes, `.`, anchors, and a quantifier (its character is left out when it may match zero times).
 */
export function requiredLiterals(source: string): string[] | null {
  const choices: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length >= 3) choices.push([run]);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    let atom: string | null = null;
    let end = i + 1;
    let group: string | null = null;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      end = i + 2;
      if (/[pPu]/.test(next) && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      else if (next === 'u') end = i + 6;
      else if (next === 'x') end = i + 4;
      else if (next === 'c') end = i + 3;
      else if (next === 'k' && source[i + 2] === '<') end = source.indexOf('>', i) + 1;
      else if (/[.*+?^${}()|[\]\\/\- ]/.test(next)) atom = next;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      end = j + 1;
    } else if (c === '(') {
      let depth = 0;
      let j = i;
      let inClass = false;
      for (; j < source.length; j++) {
        const d = source[j];
        if (d === '\\') j++;
        else if (inClass) inClass = d !== ']';
        else if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      end = j + 1;
      const inner = source.slice(i + 1, j);
      group = inner.startsWith('?') ? (inner.startsWith('?:') ? inner.slice(2) : null) : inner;
    } else if (!/[.^$|]/.test(c)) atom = c;
    const q = QUANTIFIER.exec(source.slice(end));
    const optional = !!q && /^(?:[?*]|\{0)/.test(q[0]);
    if (q) end += q[0].length;
    if (atom !== null && !q) run += atom;
    else {
      if (atom !== null && !optional) run += atom;
      endRun();
      if (group !== null && !optional) {
        const branches = splitTopLevel(group).map(requiredLiterals);
        if (branches.every((b) => b !== null)) choices.push([...new Set(branches.flat() as string[])]);
      }
    }
    i = end;
  }
  endRun();
  if (choices.length === 0) return null;
  const shortest = (ls: string[]): number => Math.min(...ls.map((l) => l.length));
  return choices.reduce((best, c) => (shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length) ? c : best));
}

/**
 * True when every match of the regex source starts with a word character: a letter or digit (or `\d`) that is not
 * optional, or a group that is not optional and whose alternatives all start so.
 */
function startsWithWordChar(src: string): boolean {
  const optional = (rest: string): boolean => /^(?:[?*]|\{0)/.test(rest);
  const m = /^(?:[a-zA-Z0-9æøåÆØÅ]|\\d)/.exec(src);
  if (m) return !optional(src.slice(m[0].length));
  if (!src.startsWith('(') || src.startsWith('(?=') || src.startsWith('(?!') || src.startsWith('(?<')) return false;
  const open = src.startsWith('(?:') ? 3 : 1;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') return false; // a class inside the group: not worth reading, keep the general boundary
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return !optional(src.slice(i + 1)) && splitTopLevel(src.slice(open, i)).every(startsWithWordChar);
  }
  return false;
}

/** The top-level alternatives of a regex source (`|` inside groups and classes kept). */
export function splitTopLevel(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      cur += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

export type { DetectorName };
const detectorCache = new Map<string, RegExp>();
/** The compiled lexicon detector of that name (non-global; use `.test`). */
export function detector(name: DetectorName): RegExp {
  let re = detectorCache.get(name);
  if (!re) {
    re = detectorRegex(DETECTORS[name]);
    detectorCache.set(name, re);
  }
  return re;
}

/**
 * Lower-case, NFC, numbering, emoji, "(optional)" and punctuation stripped (catalogue: detection conventions). A
 * spreadsheet exported sheet by sheet numbers its sheets too ("Ark 3 Bakgrunn og mål", "Sheet 2: Benefits").
 */
export function normalizeHeading(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  s = s.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu, ' ');
  s = s.replace(/\((optional|valgfri|valfri|valgfritt)\)/gu, ' ');
  s = s.replace(ANSWER_LIMIT, ' ');
  s = s.trim();
  s = s.replace(
    /^(?:(?:del|part|kapittel|chapter|section|seksjon|vedlegg|appendix|annex|steg|step|ark|sheet)\s+)?(?:\d+(?:\.\d+)*\.?|[a-z]\)|[a-z]\.(?=\s)|[ivxlc]+\.(?=\s))\s*[:.)–—-]?\s+/u,
    '',
  );
  // A grant form's lettered parts count as numbering too: "Section E: Who will be involved", "Del B: Gjennomføring".
  s = s.replace(/^(?:del|part|kapittel|chapter|section|seksjon|vedlegg|appendix|annex)\s+(?:[\divxlc]+|[a-z])\s*[:.–—-]\s*/u, '');
  s = expandContractions(s);
  s = s.replace(/[^\p{L}\p{N}\s\-/&]/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * English contractions written out, so that "Why we're doing this" and "How we'll know it's working" meet the
 * synonyms "why we are doing this" and "how we will know". A possessive 's stays ("the council's plans").
 */
function expandContractions(s: string): string {
  return s
    .replace(/\b(won|can)['’]t\b/gu, (_m, w: string) => (w === 'won' ? 'will not' : 'can not'))
    .replace(/(\p{L})n['’]t\b/gu, '$1 not')
    .replace(/(\p{L})['’]re\b/gu, '$1 are')
    .replace(/(\p{L})['’]ve\b/gu, '$1 have')
    .replace(/(\p{L})['’]ll\b/gu, '$1 will')
    .replace(/\bi['’]m\b/gu, 'i am')
    .replace(/\b(it|what|where|who|that|there|here|how|when|let)['’]s\b/gu, (_m, w: string) => (w === 'let' ? 'let us' : `${w} is`));
}

interface Synonym {
  facet: Facet;
  /** The term's text up to its first space: a heading that lacks it cannot match, so the regex is not run (or built). */
  probe: string;
  source: string;
  re?: RegExp;
  generic: boolean;
  /** A generic word that also counts as the head noun ending a short heading ("Dashboard partners"). */
  head?: boolean;
}

let baseSynonyms: Synonym[] | null = null;
function synonymsFor(extra: Partial<Record<Facet, readonly string[]>> | undefined): Synonym[] {
  if (!baseSynonyms) {
    baseSynonyms = [];
    for (const [facet, langs] of Object.entries(SECTION_SYNONYMS) as [Facet, { en: readonly string[]; nb: readonly string[] }][]) {
      const all = new Set([...langs.en, ...langs.nb, ...(NYNORSK_SYNONYMS[facet] ?? []), ...(PLAIN_SYNONYMS[facet] ?? [])]);
      for (const term of all) baseSynonyms.push(synonym(facet, term));
    }
    baseSynonyms.push(...LESSONS_SYNONYMS.map((t) => synonym('lessons', t)));
    // A question with a role in it ("Kva må lærarane lære?"): a regex source, probed by its first word's start.
    for (const [facet, sources] of Object.entries(PLAIN_PATTERNS ?? {}) as [Facet, readonly string[]][])
      for (const source of sources) baseSynonyms.push({ facet, probe: '', source: `${START}(?:${source})${END}`, generic: false });
  }
  if (!extra) return baseSynonyms;
  const more: Synonym[] = [];
  for (const [facet, terms] of Object.entries(extra) as [Facet, unknown][]) {
    if (!Array.isArray(terms)) continue;
    // Configured headings are normalised like the headings they must match ("Who gains, who loses", "4.2 Handover").
    for (const t of terms) {
      if (typeof t !== 'string') continue;
      const n = normalizeHeading(t.replace(/\*/g, ''));
      if (n) more.push({ ...synonym(facet, n), generic: false });
    }
  }
  return [...baseSynonyms, ...more];
}

function synonym(facet: Facet, term: string): Synonym {
  const probe = term.toLowerCase().normalize('NFC').replace(/\*$/, '').split(' ')[0];
  return { facet, probe, source: termSource(term), generic: GENERIC_WORDS.has(term), head: GENERIC_HEADS.has(term) };
}

/** What joins the words of a heading ("Continuation and exit", "Costs & resources", *Roller og team*; commas are gone). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'og', '&']);

/**
 * A heading made only of generic words of one facet, joined: "5.8 Continuation and exit", "Roles and team". Each word
 * alone counts only as the whole heading; together they still name nothing else, so the heading is that facet (trust9).
 */
function joinedGeneric(normalized: string, synonyms: readonly Synonym[]): Facet | undefined {
  const parts = normalized.split(' ');
  const words = parts.filter((w) => !JOINERS.has(w));
  if (words.length < 2 || words.length > 4 || words.length === parts.length && words.length > 2) return undefined;
  let shared: Facet[] | undefined;
  for (const w of words) {
    const facets = synonyms.filter((s) => s.generic && w.startsWith(s.probe) && wholeMatch(s, w)).map((s) => s.facet);
    shared = shared ? shared.filter((f) => facets.includes(f)) : facets;
    if (shared.length === 0) return undefined;
  }
  return shared?.length === 1 ? shared[0] : undefined;
}

let notHeadings: { facet: Facet; re: RegExp }[] | null = null;
/** Facets a whole heading is not, though it holds one of their synonyms ("Next steps: private beta"). */
function deniedFacets(normalized: string): Set<Facet> {
  notHeadings ??= (Object.entries(NOT_HEADINGS ?? {}) as [Facet, readonly string[]][]).flatMap(([facet, sources]) =>
    sources.map((source) => ({ facet, re: new RegExp(`^(?:${source})$`, 'u') })),
  );
  return new Set(notHeadings.filter((n) => n.re.test(normalized)).map((n) => n.facet));
}

function wholeMatch(syn: Synonym, text: string): boolean {
  const re = (syn.re ??= new RegExp(syn.source, 'gu'));
  re.lastIndex = 0;
  const m = re.exec(text);
  return !!m && m.index === 0 && m[0].length === text.length;
}

/**
 * Facets a normalised heading belongs to. Longest synonym wins where matches overlap; distinct synonyms on the
 * same span (gevinstrealisering: exit plan and success) all count.
 */
export function matchFacets(normalized: string, extra?: Partial<Record<Facet, readonly string[]>>): Facet[] {
  const hits: { facet: Facet; start: number; end: number }[] = [];
  for (const syn of synonymsFor(extra)) {
    // Some 650 synonyms: compiling each regex on a process's first heading was a third of a cold CLI run's lint.
    if (!normalized.includes(syn.probe)) continue;
    const re = (syn.re ??= new RegExp(syn.source, 'gu'));
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(normalized))) {
      const whole = m.index === 0 && m[0].length === normalized.length;
      // A head noun after one or two qualifiers ends the heading: "Dashboard partners", not "Partners and funding".
      const headed = !!syn.head && m.index + m[0].length === normalized.length && normalized.slice(0, m.index).trim().split(' ').length <= 2;
      if (syn.generic && !whole && !headed) continue;
      hits.push({ facet: syn.facet, start: m.index, end: m.index + m[0].length });
    }
  }
  if (hits.length === 0) {
    const joined = joinedGeneric(normalized, synonymsFor(extra));
    if (joined) hits.push({ facet: joined, start: 0, end: normalized.length });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const facets = new Set<Facet>();
  const denied = deniedFacets(normalized);
  for (const h of hits) {
    const clash = taken.some((t) => h.start < t.end && t.start < h.end && !(t.start === h.start && t.end === h.end));
    if (clash) continue;
    taken.push(h);
    if (!denied.has(h.facet)) facets.add(h.facet);
  }
  return [...facets];
}
