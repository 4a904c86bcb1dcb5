// Parses proposal Markdown into the model rules read: front matter, section tree with facets, prose blocks, language.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { promoteHeadings } from './headings';
import { LineIndex } from './lines';
import { isMap } from 'yaml';
import type { Html, Root, RootContent, Nodes, Yaml } from 'mdast';
import type { DocLang, Facet, FrontMatter, Heading, Proposal, Section, TextBlock } from './types';
import { escapeRegExp, matchFacets, normalizeHeading } from './match';
import { scanFrontMatter } from './frontmatter-block';
import { lineAt, lineEndAt, lineEnding } from './lines';
import type { ChunkCache, ChunkLayout } from './chunk-cache';
import { memo, withMemo, type TextMemo } from './memo';
import { drain, type Steps } from './steps';
import { capMarkdown } from './limits';
import { MAX_FRONT_MATTER_LENGTH, parseYamlSafely } from './yaml-limits';
import { partitionPoint } from './search';

export interface ParseOptions {
  /** Extra heading synonyms per facet (from rule options). */
  synonyms?: Partial<Record<Facet, readonly string[]>>;
  /** Forces the document language instead of front matter or detection. */
  language?: DocLang;
  /** Chunks of this document's previous parse, reused (and moved in place) where their text did not change. */
  cache?: ChunkCache;
  /** The document's memo (memo.ts): the front matter's YAML is parsed again only when its text changed. */
  memo?: TextMemo;
}

// Front matter closes with `---` or, as YAML documents may, with `...` (the same rule as scanFrontMatter).
const fullProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', { type: 'yaml', fence: { open: '---', close: '...' } }]);

/**
 * The same parser without GFM's autolink-literal tree pass, which visits every text node with four regexes (a tenth of
 * the parse). Rules read its links (placeholder-text leaves bare URLs alone), so it is skipped only where it can
 * change nothing: each of its patterns needs `://`, `www.` or `@` in one text node, and a text node holds those only
 * if the source does, or spells them with a character reference (`&`) or a backslash escape.
 */
const withoutAutolinkScan = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(function dropAutolinkScan(this: { data(): { fromMarkdownExtensions?: unknown[] } }) {
    // Found by its token handlers, not the transform's function name, so a minified build finds it too.
    for (const ext of (this.data().fromMarkdownExtensions ?? []).flat() as { enter?: object; transforms?: unknown[] }[]) {
      if (ext.enter && 'literalAutolink' in ext.enter) ext.transforms = [];
    }
  })
  .use(remarkFrontmatter, ['yaml', { type: 'yaml', fence: { open: '---', close: '...' } }]);

const AUTOLINK_CANDIDATE = /:\/\/|www\.|[@&\\]/i;

/** The parser for a text: without the autolink-literal pass when the text cannot hold an autolink literal. */
export function processorFor(text: string): typeof fullProcessor {
  return AUTOLINK_CANDIDATE.test(text) ? fullProcessor : withoutAutolinkScan;
}

/**
 * Parses in chunks cut before column-0 ATX headings and HTML comments outside fences and HTML blocks: such a line
 * always starts a new top-level block, so the tree is the same, but micromark's super-linear cases (many lists between
 * paragraphs) stay inside one section instead of growing with the document. Cutting at every such line makes the cuts
 * depend on nearby text only, so after an edit every other chunk has the same text and `cache` gives back its nodes.
 * A section longer than `SOFT_CUT` is also cut at blank-line block starts (see `chunkStarts`), counted from its
 * heading, so an edit moves only the cuts of its own section.
 */
export function parseMarkdown(source: string, minChunk = 0, softCut = SOFT_CUT): Root {
  return drain(parseMarkdownSteps(source, undefined, minChunk, softCut));
}

export function* parseMarkdownSteps(source: string, cache?: ChunkCache, minChunk = 0, softCut = SOFT_CUT): Steps<Root> {
  const plan = cache ? planFromLayout(source, cache.layout, minChunk, softCut) : undefined;
  const cuts = plan?.cuts ?? chunkStarts(source, minChunk, softCut);
  if (cuts.length === 1 && !cache) return parseChunk(source);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  const texts: string[] = [];
  const lines: number[] = [];
  let line = 1;
  let lineShift: number | undefined;
  let prevCut = 0;
  let done = false;
  // Abandoned half-way (a newer edit came), the chunks parsed so far stay for the next parse.
  try {
    for (let i = 0; i < cuts.length; i++) {
      const start = cuts[i];
      const end = cuts[i + 1] ?? source.length;
      const known = plan?.lines[i];
      if (known !== undefined && i < plan!.tail) line = known;
      else if (known !== undefined && lineShift !== undefined) line = known + lineShift;
      else {
        // Line endings as CommonMark counts them: LF, CRLF once, and a lone CR.
        for (let j = prevCut; j < start; j++) {
          const c = source.charCodeAt(j);
          if (c === 10 || (c === 13 && source.charCodeAt(j + 1) !== 10)) line++;
        }
        if (known !== undefined) lineShift = line - known;
      }
      prevCut = start;
      const text = plan?.texts[i] ?? source.slice(start, end);
      texts.push(text);
      lines.push(line);
      let part = cache?.get(text, start, line);
      if (!part) {
        const parsed = parseChunk(text);
        if (start > 0) shiftPositions(parsed, start, line - 1);
        part = { children: parsed.children, end: parsed.position };
        cache?.set(text, start, line, parsed.children, parsed.position);
      }
      yield;
      // A chunk that ends inside an open fence or HTML block means the cut was wrong: parse the whole text instead.
      const last = part.children[part.children.length - 1];
      if (i < cuts.length - 1 && last && !closedBlock(last, source.slice(last.position!.start.offset!, last.position!.end.offset!))) {
        return processorFor(source).parse(source) as Root;
      }
      root.children.push(...part.children);
      if (i === cuts.length - 1) root.position!.end = part.end!.end;
    }
    done = true;
  } finally {
    if (done) cache?.commit({ cuts, lines, texts, length: source.length, minChunk, softCut, openFrontMatter: scanFrontMatter(source)?.closed === false });
    else cache?.abandon();
  }
  return root;
}

/**
 * The cuts of `source` from the last parse's layout, or undefined to scan it whole. Chunks at the start whose text
 * is unchanged keep their cuts, and so do chunks at the end (moved by the change in length): `chunkStarts` is run
 * again only from the last unchanged chunk before the edit, and stops at the first cut it makes that an unchanged
 * tail chunk made before, since the scan's state after a cut depends only on the text from there. Those chunks also
 * keep their text strings, so the chunk cache finds them without hashing and comparing their text again, and their
 * lines (the tail's moved by the edit's lines).
 */
function planFromLayout(
  source: string,
  old: ChunkLayout | undefined,
  minChunk: number,
  softCut: number,
): { cuts: number[]; texts: (string | undefined)[]; lines: (number | undefined)[]; tail: number } | undefined {
  if (!old || old.minChunk !== minChunk || old.softCut !== softCut || old.openFrontMatter) return undefined;
  const n = old.cuts.length;
  const delta = source.length - old.length;
  // A slice compared with `===` is a memcmp; `startsWith` compared character by character, 15 times slower.
  const sameAt = (i: number, at: number): boolean => source.slice(at, at + old.texts[i].length) === old.texts[i];
  let k = 0;
  while (k < n && sameAt(k, old.cuts[k]) && (k + 1 < n || delta === 0)) k++;
  if (k === n) return { cuts: old.cuts, texts: old.texts, lines: old.lines, tail: n };
  // The first chunk holds the front matter and the scan's start: an edit there is scanned whole.
  if (k === 0) return undefined;
  let m = n;
  while (m - 1 >= k && old.cuts[m - 1] + delta >= old.cuts[k] && sameAt(m - 1, old.cuts[m - 1] + delta)) m--;
  const cuts = old.cuts.slice(0, k);
  const texts: (string | undefined)[] = old.texts.slice(0, k - 1);
  const lines: (number | undefined)[] = old.lines.slice(0, k);
  let synced = -1;
  // From the first chunk the scan starts where chunkStarts does, after the (unchanged, closed) front matter.
  const fm = k === 1 ? scanFrontMatter(source) : null;
  const from = k === 1 ? (fm?.closed ? fm.end : 0) : old.cuts[k - 1];
  scanCuts(source, from, cuts, minChunk, softCut, (at) => {
    if (m === n || at < old.cuts[m] + delta) return false;
    const lo = m + partitionPoint(n - m, (i) => old.cuts[m + i] + delta < at);
    if (lo === n || old.cuts[lo] + delta !== at) return false;
    synced = lo;
    return true;
  });
  // The chunk before the edit keeps its text only if its end did not move.
  texts.push(cuts[k] === old.cuts[k] ? old.texts[k - 1] : undefined);
  while (texts.length < cuts.length) texts.push(undefined);
  while (lines.length < cuts.length) lines.push(undefined);
  const tail = cuts.length;
  if (synced >= 0) {
    for (let j = synced; j < n; j++) {
      if (j > synced) cuts.push(old.cuts[j] + delta);
      texts[cuts.length - 1] = old.texts[j];
      lines[cuts.length - 1] = old.lines[j];
    }
  }
  return { cuts, texts, lines, tail: synced >= 0 ? tail - 1 : tail };
}

/** Blank tails at least this long are not handed to micromark (see parseChunk). */
export const LONG_BLANK_TAIL = 65536;

/**
 * Parses one chunk. Blank lines at the end of a chunk add no node, yet capped deep nesting (model/limits.ts) can leave
 * megabytes of them, which micromark takes seconds to scan: a long blank tail is left out and only the root's end is
 * set past it. Fenced code and HTML blocks can hold blank lines, so a chunk that ends in one is parsed whole.
 */
export function parseChunk(text: string, longTail = LONG_BLANK_TAIL): Root {
  let last = text.length - 1;
  while (last >= 0 && /[ \t\r\n]/.test(text[last])) last--;
  if (text.length - 1 - last < longTail) return processorFor(text).parse(text) as Root;
  let body = last + 1;
  while (body < text.length && text[body] !== '\n' && text[body] !== '\r') body++;
  body += text.startsWith('\r\n', body) ? 2 : body < text.length ? 1 : 0;
  const tree = processorFor(text).parse(text.slice(0, body)) as Root;
  const final = tree.children[tree.children.length - 1];
  if (final && (final.type === 'code' || final.type === 'html')) return processorFor(text).parse(text) as Root;
  tree.position = { start: tree.position!.start, end: { ...new LineIndex(text).position(text.length), offset: text.length } };
  return tree;
}

/**
 * Past this many characters since the last cut, a line that starts at column 0 after a blank line, outside fences and
 * HTML blocks, and is not a list item, is cut before too. Such a line cannot continue a list item, quote, footnote,
 * table, paragraph or indented code, so it starts a top-level block (not `-`: a chunk opening with `---` would read
 * as front matter). Without these cuts a long section of setext headings, outline-numbered lines or footnotes was one
 * micromark parse, quadratic in its length (400 KB: over 2 min).
 */
export const SOFT_CUT = 4096;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?\n|\r|$)/;

export function chunkStarts(source: string, minChunk: number, softCut = SOFT_CUT): number[] {
  // The first chunk keeps the front matter whole.
  const fm = scanFrontMatter(source);
  return scanCuts(source, fm?.closed ? fm.end : 0, [0], minChunk, softCut);
}

/**
 * Adds to `cuts` the cuts after `from`, which is 0, the end of the front matter or a cut already in `cuts` (the scan's
 * state there is then known: outside fences and HTML blocks, nothing since the cut). Stops early when `stop(cut)`,
 * after adding that cut.
 */
function scanCuts(source: string, from: number, cuts: number[], minChunk: number, softCut: number, stop?: (cut: number) => boolean): number[] {
  let blankBefore = false;
  const lines = /[^\r\n]*(?:\r\n|\r|\n)?/g;
  let fence: string | null = null;
  let html: RegExp | null = null;
  let sinceCut = 0;
  let m: RegExpExecArray | null;
  const atCut = from > 0 && cuts[cuts.length - 1] === from;
  lines.lastIndex = from;
  while (lines.lastIndex < source.length && (m = lines.exec(source))) {
    const text = m[0];
    if (text.length === 0) break;
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?\\n?$`).test(text)) fence = null;
    } else if (html) {
      if (html.test(text)) html = null;
    } else {
      if (atCut && m.index === from) {
        // Already a cut: its line is read for what it opens, not cut again.
      } else if (/^(?:#{1,6}(?:[ \t]|\r?\n|$)|<!--)/.test(text) && m.index > 0 && sinceCut >= minChunk) {
        // A column-0 comment, like a heading, interrupts a paragraph, so it ends every open block (issue 12: a
        // document of disable directives and no headings was one chunk whose parse held the server for seconds).
        cuts.push(m.index);
        sinceCut = 0;
        if (stop?.(m.index)) return cuts;
      } else if (blankBefore && sinceCut >= Math.max(softCut, minChunk) && /^[^\s-]/.test(text) && !LIST_ITEM.test(text)) {
        cuts.push(m.index);
        sinceCut = 0;
        if (stop?.(m.index)) return cuts;
      }
      const f = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(text);
      if (f) fence = f[1];
      else if (/^ {0,3}<!--/.test(text) && !/-->/.test(text.slice(text.indexOf('<!--') + 4))) html = /-->/;
      else if (/^ {0,3}<(script|pre|style|textarea)[\s>]/i.test(text) && !/<\/(script|pre|style|textarea)>/i.test(text)) html = /<\/(script|pre|style|textarea)>/i;
      else if (/^ {0,3}<\?/.test(text) && !/\?>/.test(text)) html = /\?>/;
      else if (/^ {0,3}<![A-Za-z]/.test(text) && !/>/.test(text.slice(1))) html = />/;
      else if (/^ {0,3}<!\[CDATA\[/.test(text) && !/\]\]>/.test(text)) html = /\]\]>/;
      // Other HTML blocks (type 6/7) run to the next blank line and may hold a `#` line: never cut inside one.
      else if (/^ {0,3}<[A-Za-z/]/.test(text)) html = /^[ \t]*\r?\n?$/;
    }
    sinceCut += text.length;
    blankBefore = !fence && !html && /^[ \t]*(?:\r?\n|\r)?$/.test(text);
  }
  return cuts;
}

/** False for a fenced code block without its closing fence or an HTML comment/raw block left open. */
function closedBlock(node: RootContent, raw: string): boolean {
  if (node.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (!open) return true;
    const lines = raw.split(/\r\n|\r|\n/);
    const close = lines.length > 1 ? lines[lines.length - 1] : '';
    return new RegExp(`^ {0,3}${open[1][0]}{${open[1].length},}[ \\t]*$`).test(close);
  }
  if (node.type === 'html') {
    if (/^ {0,3}<!--/.test(raw)) return raw.includes('-->', raw.indexOf('<!--') + 4);
    if (/^ {0,3}<(script|pre|style|textarea)[\s>]/i.test(raw)) return /<\/(script|pre|style|textarea)>/i.test(raw);
  }
  return true;
}

function shiftPositions(node: Nodes | Root, offset: number, lines: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shiftPositions(c, offset, lines);
}

/**
 * A bare "Next steps" heading names the exit plan only when its text looks past the pilot. A dated list of the
 * pilot's own tasks ending in an evaluation report ("April: install and train", "November: report to committee") plans
 * the trial, not what follows it (trust17 en).
 */
const BARE_NEXT_STEPS = /^(next steps|what happens next|neste steg|vidare steg|videre steg)$/u;
const CONTINUATION = new RegExp(
  '\\b(continu\\w*|scal(e|es|ed|ing)\\b|scale-up|roll(s|ed|ing)?[ -]?out|permanent\\w*|adopt\\w*|extend\\w*|extension|expan\\w*|' +
    'business as usual|in operation|mainstream\\w*|hand(s|ed|ing)? ?over|decid\\w*|decision\\w*|fund\\w*|budget\\w*|after the|' +
    'beyond|spread\\w*|sustain\\w*|go/no-go|procure\\w*|tender\\w*|implement\\w*|city-wide|citywide|' +
    // a phase moved into or the next phase, an old channel switched off, a tool reused by others
    '(move|moves|moved|moving) (in)?to|switch\\w* off|reus\\w*|next phase|neste fase|' +
    'videref\\w*|vidaref\\w*|drift\\w*|skaler\\w*|beslut\\w*|vedta\\w*|vedtek\\w*|avgj\\w*|spre\\w*|anskaff\\w*|' +
    'finansier\\w*|budsjett\\w*|innfør\\w*|etter (piloten|prosjektet|forsøket|utprøvinga|utprøvingen))',
  'iu',
);

export function parseProposal(source: string, options: ParseOptions = {}): Proposal {
  return drain(parseProposalSteps(source, options));
}

export function* parseProposalSteps(source: string, options: ParseOptions = {}): Steps<Proposal> {
  const { text: parsable, cuts } = capMarkdown(source);
  const tree = yield* parseMarkdownSteps(parsable, options.cache);
  promoteHeadings(tree, source);
  const masked = maskSource(source, tree);
  yield;
  const frontMatter = withMemo(options.memo, () => readFrontMatter(source, tree));
  const { sections, outline } = buildSections(source, masked, tree, options.synonyms);
  yield;
  const blocks = collectBlocks(masked, tree, sections);
  yield;
  const title = sections.find((s) => s.heading.depth === 1) ?? null;
  // A lone H1 over sections of its own names the pilot ("Digital bedside handover"), it is not an exit-plan section.
  if (title && sections.filter((s) => s.heading.depth === 1).length === 1 && title.children.some((c) => c.facets.length > 0)) {
    title.facets = [];
  }
  for (const s of sections) {
    if (s.facets.includes('exit_plan') && BARE_NEXT_STEPS.test(s.heading.normalized) && !CONTINUATION.test(s.text)) {
      s.facets = s.facets.filter((f) => f !== 'exit_plan');
    }
  }
  const data = frontMatter?.data;
  const language = options.language ?? declaredLanguage(data?.language) ?? detectLanguage(masked);
  const profile = typeof data?.type === 'string' && data.type.trim() ? data.type.trim() : 'pilot-proposal';
  const ignored = ignoredRanges(tree);
  const targets = treeIndex(tree).targets;
  return {
    source,
    tree,
    frontMatter,
    sections,
    outline,
    title,
    blocks,
    text: masked,
    language,
    eol: lineEnding(source),
    profile,
    ...lookups(source, sections, ignored),
    targets,
    cuts,
  };
}

/**
 * The model's two lookups, made outside the generator: a closure made inside it keeps the generator's whole scope
 * alive, syntax tree included, so an editor that keeps only the sections would still hold every tree.
 */
function lookups(source: string, sections: Section[], ignored: [number, number][]): Pick<Proposal, 'sectionsFor' | 'isIgnored' | 'lines'> {
  let index: LineIndex | undefined;
  return {
    lines: () => (index ??= new LineIndex(source)),
    sectionsFor: facetLookup(sections),
    isIgnored: (offset) => inRanges(ignored, offset),
  };
}

/** A document's sections of one facet, in document order (the model's `sectionsFor`, also rebuilt by the editor). */
export function facetLookup<S extends { facets: readonly Facet[] }>(sections: readonly S[]): (facet: Facet) => S[] {
  // Rules ask dozens of times a lint, each a filter over every section (1,473 at 1 MB): about 5 ms a re-lint. Facets
  // are final once the lookup is made; a copy is handed out so no caller can change another's answer.
  const byFacet = new Map<Facet, S[]>();
  return (facet) => {
    let found = byFacet.get(facet);
    if (!found) byFacet.set(facet, (found = sections.filter((s) => s.facets.includes(facet))));
    return found.slice();
  };
}

function declaredLanguage(value: unknown): DocLang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'en' || v.startsWith('en-') || v === 'english') return 'en';
  if (v === 'nb' || v === 'no' || v === 'nb-no' || v === 'norsk' || v === 'bokmål') return 'nb';
  if (v === 'nn' || v === 'nn-no' || v === 'nynorsk') return 'nn';
  return undefined;
}

const NB_WORDS = /(?<![\p{L}])(og|ikke|som|på|skal|det|å|vil|blir|av|er|med|til|for|en|et|har|kan|ved|etter|fra|hvem|hvordan|må|også|eller|dette|den|vi|våre|vår)(?![\p{L}])/giu;
const NN_WORDS = /(?<![\p{L}])(ikkje|eit|frå|kva|korleis|vere|vert|dei|mykje|berre|eigen|eigarskap|kommunen sin)(?![\p{L}])/giu;
const EN_WORDS = /(?<![\p{L}])(the|and|is|of|to|will|be|are|with|for|a|an|by|on|this|that|who|how|must|also|or|we|our|in)(?![\p{L}])/giu;

/** Stop-word vote over the first 20k characters of prose; ties go to English. */
export function detectLanguage(text: string): DocLang {
  const sample = text.slice(0, 20000);
  const nb = sample.match(NB_WORDS)?.length ?? 0;
  const nn = sample.match(NN_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  if (nb + nn > en) return nn > 3 && nn * 4 > nb ? 'nn' : 'nb';
  return 'en';
}

/** Replaces code, inline code, HTML comments and front matter by spaces, keeping offsets and line breaks. */
function maskSource(source: string, tree: Root): string {
  const ranges = ignoredRanges(tree, true);
  if (ranges.length === 0) return breakLongWords(source);
  let out = '';
  let last = 0;
  for (const [s, e] of ranges) {
    if (s < last) continue;
    out += source.slice(last, s) + source.slice(s, e).replace(/[^\r\n]/g, ' ');
    last = e;
  }
  return breakLongWords(out + source.slice(last));
}

/** Letters in a row that no word of a proposal reaches: LONG_WORD and its pre-check mayHoldLongWord must agree on it. */
const LONG_RUN = 120;
/** A run of letters longer than any word of a proposal: Han text, base64 or junk, never a term. */
const LONG_WORD = new RegExp(`\\p{L}{${LONG_RUN}}`, 'gu');

/**
 * A cheap over-estimate of LONG_WORD (any non-ASCII code unit counts as a letter): the regex costs 75 ms a megabyte.
 * Any 120 consecutive positions hold one multiple of 120, so only the runs through those positions are measured, each
 * once: a loop over every character cost about 5 ms a megabyte on every re-lint, this about 0.3 ms.
 */
export function mayHoldLongWord(text: string): boolean {
  for (let at = 0; at < text.length; at += LONG_RUN) {
    if (!letterish(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && letterish(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && letterish(text.charCodeAt(end))) end++;
    if (end - start >= LONG_RUN) return true;
    at = end - (end % LONG_RUN);
  }
  return false;
}

function letterish(code: number): boolean {
  const c = code | 0x20;
  return (c >= 0x61 && c <= 0x7a) || c >= 0xa0;
}

/**
 * Ends every 120 letters of a run with a space (the same UTF-16 length, so offsets hold). The lexicon's compound
 * patterns (`\p{L}*sensor`) try every start in a run, so one 20,000-letter run of Han cost a minute of lint: with
 * runs cut, that work is bounded by the cut, and no word of English or Norwegian is that long.
 */
function breakLongWords(text: string): string {
  if (!mayHoldLongWord(text)) return text;
  return text.replace(LONG_WORD, (run) => {
    const tail = run.charCodeAt(run.length - 1) >= 0xdc00 && run.charCodeAt(run.length - 1) <= 0xdfff ? 2 : 1;
    return run.slice(0, run.length - tail) + ' '.repeat(tail);
  });
}

/** What one walk over a tree finds: non-prose ranges, link targets, and the HTML nodes (directives live in comments). */
interface TreeIndex {
  all: [number, number][];
  masked: [number, number][];
  targets: [number, number][];
  html: Html[];
}

const indexCache = new WeakMap<Root, TreeIndex>();

/**
 * Per top-level node, what the walk found below it and where the node started then. A chunk that an edit moved is
 * moved whole, every position by the same distance (chunk-cache.ts), so its ranges move by that distance unwalked.
 */
const nodeIndexes = new WeakMap<RootContent, { at: number; index: TreeIndex }>();

const emptyIndex = (): TreeIndex => ({ all: [], masked: [], targets: [], html: [] });

/**
 * The tree's index, made by one walk and kept per tree: the model, placeholder-text's link targets and the engine's
 * directives each walked every node of the tree on every lint. A top-level node seen in an earlier parse (the
 * chunk cache gives back its nodes) is not walked again.
 */
function treeIndex(tree: Root): TreeIndex {
  let cached = indexCache.get(tree);
  if (cached) return cached;
  cached = emptyIndex();
  for (const child of tree.children) {
    const at = child.position?.start.offset;
    let known = at === undefined ? undefined : nodeIndexes.get(child);
    if (!known) {
      const index = emptyIndex();
      walkIndex(child, index);
      if (at === undefined) {
        appendIndex(cached, index, 0);
        continue;
      }
      nodeIndexes.set(child, (known = { at, index }));
    }
    appendIndex(cached, known.index, at! - known.at);
  }
  indexCache.set(tree, cached);
  return cached;
}

function appendIndex(into: TreeIndex, from: TreeIndex, by: number): void {
  const move = (r: [number, number]): [number, number] => (by === 0 ? r : [r[0] + by, r[1] + by]);
  for (const r of from.all) into.all.push(move(r));
  for (const r of from.masked) into.masked.push(move(r));
  for (const r of from.targets) into.targets.push(move(r));
  for (const n of from.html) into.html.push(n);
}

function walkIndex(node: Nodes, into: TreeIndex): void {
  const p = node.position;
  if (p?.start.offset !== undefined && p.end.offset !== undefined) {
    const r: [number, number] = [p.start.offset, p.end.offset];
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') {
      into.all.push(r);
      into.masked.push(r);
      return;
    }
    if (node.type === 'html') {
      into.all.push(r);
      into.html.push(node);
      if (/^\s*<!--/.test(node.value)) into.masked.push(r);
      return;
    }
    if (node.type === 'image' || node.type === 'definition' || node.type === 'imageReference') into.targets.push(r);
    else if (node.type === 'link') {
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      const autolink = node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url.replace(/^mailto:/, '');
      into.targets.push([autolink || last === undefined ? r[0] : last, r[1]]);
    }
  } else if (node.type === 'html') into.html.push(node);
  if ('children' in node) for (const c of node.children as Nodes[]) walkIndex(c, into);
}

/** Offsets of non-prose nodes; with `forMask`, HTML other than comments is kept (placeholders like <name> are HTML). */
function ignoredRanges(tree: Root, forMask = false): [number, number][] {
  const index = treeIndex(tree);
  return forMask ? index.masked : index.all;
}

/** The tree's HTML nodes in document order (for inline directives), found by the model's one walk. */
export function htmlNodes(tree: Root): readonly Html[] {
  return treeIndex(tree).html;
}

function inRanges(ranges: [number, number][], offset: number): boolean {
  // The ranges are sorted and apart: the first one ending after the offset is the only one that can hold it.
  const i = partitionPoint(ranges.length, (k) => ranges[k][1] <= offset);
  return i < ranges.length && ranges[i][0] <= offset;
}

function readFrontMatter(source: string, tree: Root): FrontMatter | null {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || node.position?.start.offset !== 0) return unclosedFrontMatter(source);
  const fm = node as Yaml;
  const start = 0;
  const end = fm.position!.end.offset!;
  const block = scanFrontMatter(source);
  const valueStart = block?.bodyStart ?? 0;
  // The YAML library knows CRLF and LF only; a lone CR becomes LF, which keeps every offset.
  const valueText = source.slice(valueStart, block?.bodyEnd ?? valueStart).replace(/\r(?!\n)/g, '\n');
  const keyRange = keyRangeFinder(source, valueStart, valueText);
  // A pure function of the text: the YAML document is shared with later versions and never changed by its readers.
  const parsed = memo('yaml', valueText, () => parseYamlSafely(valueText, { prettyErrors: false, uniqueKeys: true }, MAX_FRONT_MATTER_LENGTH));
  if (parsed.error) {
    const at = lineAt(source, valueStart + Math.min(parsed.error.at, valueText.length));
    const error = { message: `front matter is ${parsed.error.message}`, start: at.start, end: Math.max(Math.min(at.end, end), at.start), kind: 'syntax' as const };
    return { data: null, start, end, error, keyRange, bodyStart: valueStart };
  }
  const doc = parsed.doc;
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    let pos = Math.min(err.pos[0], valueText.length);
    // Unclosed quotes and brackets are reported where the block (or the next line) ends; the fault is where they opened.
    const atEnd = pos >= valueText.trimEnd().length;
    if (atEnd || /closing|end with a/.test(err.message)) {
      pos = unclosedOpener(valueText.slice(0, Math.max(pos, 1))) ?? (atEnd ? Math.max(0, valueText.trimEnd().length - 1) : pos);
    }
    const at = lineAt(source, valueStart + pos);
    const lineStart = at.start;
    const lineEnd = Math.min(at.end, end);
    const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { data: null, start, end, error: { message, start: lineStart, end: Math.max(lineEnd, lineStart), kind: 'syntax' }, keyRange, bodyStart: valueStart };
  }
  let data: Record<string, unknown> | null = null;
  try {
    const js = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (isMap(doc.contents) && js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    else if (doc.contents !== null) {
      return {
        data: null,
        start,
        end,
        error: { message: 'front matter must be a mapping of fields (key: value)', start: valueStart, end: lineEndAt(source, valueStart, end), kind: 'not-mapping' },
        keyRange,
        bodyStart: valueStart,
      };
    } else data = {};
  } catch (e) {
    const message = String((e as Error).message);
    // An unresolved alias only fails on conversion; point at the `*name` that uses it.
    const alias = /alias.*: (\S+)$/.exec(message);
    const at = alias ? valueText.indexOf(`*${alias[1]}`) : -1;
    const errStart = at < 0 ? 0 : lineAt(source, valueStart + at).start;
    const errEnd = at < 0 ? 3 : lineEndAt(source, valueStart + at, end);
    return { data: null, start, end, error: { message, start: errStart, end: errEnd, kind: 'syntax' }, keyRange, bodyStart: valueStart };
  }
  return { data, start, end, keyRange, document: doc, bodyStart: valueStart };
}

/** A `---` first line with no closing fence is broken front matter, not a thematic break, when fields follow. */
function unclosedFrontMatter(source: string): FrontMatter | null {
  const block = scanFrontMatter(source);
  if (!block) return null;
  const second = source.slice(block.bodyStart, block.bodyStart + 200);
  if (!/^[A-Za-z_][\w-]*\s*:/.test(second)) return null;
  const end = lineEndAt(source, 0, source.length);
  return {
    data: null,
    start: 0,
    end,
    error: { message: 'front matter is not closed: add a line with --- after the last field', start: 0, end, kind: 'unclosed' },
    keyRange: () => undefined,
    bodyStart: block.bodyStart,
  };
}

/** Offset of a quote or flow bracket that is still open at the end of the YAML text, if any. */
function unclosedOpener(text: string): number | undefined {
  const brackets: number[] = [];
  let quote: { ch: string; at: number } | null = null;
  let scalarStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (quote.ch === '"' && c === '\\') i++;
      else if (c === quote.ch && quote.ch === "'" && text[i + 1] === "'") i++;
      else if (c === quote.ch) quote = null;
      continue;
    }
    const next = text[i + 1] ?? '\n';
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if ((c === '"' || c === "'") && scalarStart) quote = { ch: c, at: i };
    else if ((c === '[' || c === '{') && scalarStart) brackets.push(i);
    else if ((c === ']' || c === '}') && brackets.length) brackets.pop();
    else if (c === '\n' || (c === ',' && brackets.length) || ((c === ':' || c === '-') && /\s/.test(next))) scalarStart = true;
    else if (c !== ' ' && c !== '\t' && c !== '\r') scalarStart = false;
  }
  return quote?.at ?? brackets[0];
}

function keyRangeFinder(source: string, valueStart: number, valueText: string): FrontMatter['keyRange'] {
  return (key) => {
    const re = new RegExp(`^${escapeRegExp(key)}[ \\t]*:`, 'm');
    const m = re.exec(valueText);
    if (!m) return undefined;
    const start = valueStart + m.index;
    return { start, end: lineEndAt(source, start, source.length) };
  };
}

function plainText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html' || node.type === 'yaml') return '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** Normalized headings by text: a long document's hundreds of headings are normalized once, not on every lint. */
const normalizedMemo = new Map<string, string>();

function normalizedHeading(text: string): string {
  let normalized = normalizedMemo.get(text);
  if (normalized === undefined) {
    if (normalizedMemo.size >= 10_000) normalizedMemo.clear();
    normalized = normalizeHeading(text);
    normalizedMemo.set(text, normalized);
  }
  return normalized;
}

/** Facets by heading: the lexicon's regexes run once per distinct heading, not once per heading per lint. */
const facetMemo = new Map<string, Facet[]>();

function facetsOf(normalized: string, synonyms: ParseOptions['synonyms']): Facet[] {
  const key = synonyms && Object.keys(synonyms).length ? `${JSON.stringify(synonyms)}\u0000${normalized}` : normalized;
  let facets = facetMemo.get(key);
  if (!facets) {
    if (facetMemo.size >= 10_000) facetMemo.clear();
    facets = matchFacets(normalized, synonyms);
    facetMemo.set(key, facets);
  }
  return [...facets];
}

function buildSections(
  source: string,
  masked: string,
  tree: Root,
  synonyms: ParseOptions['synonyms'],
): { sections: Section[]; outline: Section[] } {
  const sections: Section[] = [];
  const headings = tree.children.filter((n): n is Extract<RootContent, { type: 'heading' }> => n.type === 'heading');
  for (const h of headings) {
    const start = h.position!.start.offset!;
    const end = h.position!.end.offset!;
    const text = plainText(h).trim();
    const normalized = normalizedHeading(text);
    const heading: Heading = { depth: h.depth, text, normalized, start, end };
    const contentStart = lineAt(source, end).next;
    sections.push({
      heading,
      facets: facetsOf(normalized, synonyms),
      contentStart,
      ownEnd: source.length,
      end: source.length,
      parent: null,
      children: [],
      text: '',
      ownText: '',
      index: sections.length,
    });
  }
  const outline: Section[] = [];
  const stack: Section[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const next = sections[i + 1];
    s.ownEnd = next ? next.heading.start : source.length;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].heading.depth <= s.heading.depth) {
        s.end = sections[j].heading.start;
        break;
      }
    }
    while (stack.length && stack[stack.length - 1].heading.depth >= s.heading.depth) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    s.parent = parent;
    if (parent) parent.children.push(s);
    else outline.push(s);
    stack.push(s);
    s.contentStart = Math.min(s.contentStart, s.ownEnd);
    s.text = masked.slice(s.contentStart, s.end);
    s.ownText = masked.slice(s.contentStart, s.ownEnd);
  }
  return { sections, outline };
}

/**
 * Per block node, the text its block had in the last lint. Rules memoize their work by block text (memo.ts), and a
 * fresh slice of the masked text is a new string each lint: every memo table hashed it and compared it whole with
 * the last lint's key, about 10 MB of characters a 1 MB re-lint. Handing out last lint's string when the text is the
 * same makes those lookups a pointer comparison; the one comparison here stops at the length when the text changed.
 */
const blockTexts = new WeakMap<object, string>();

function sameText(node: object, fresh: string): string {
  const last = blockTexts.get(node);
  if (last === fresh) return last;
  blockTexts.set(node, fresh);
  return fresh;
}

function collectBlocks(masked: string, tree: Root, sections: Section[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const sectionAt = (offset: number): Section | null => {
    const i = partitionPoint(sections.length, (k) => sections[k].heading.start <= offset);
    return i > 0 ? sections[i - 1] : null;
  };
  const push = (node: Nodes, kind: TextBlock['kind']): void => {
    const p = node.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) return;
    const start = p.start.offset;
    const end = p.end.offset;
    blocks.push({ text: sameText(node, masked.slice(start, end)), start, end, kind, section: sectionAt(start) });
  };
  const visit = (node: Nodes, inItem: boolean): void => {
    switch (node.type) {
      case 'heading':
        push(node, 'heading');
        return;
      case 'paragraph':
        if (!inItem) push(node, 'paragraph');
        return;
      case 'listItem': {
        const hasSubList = node.children.some((c) => c.type === 'list');
        if (!hasSubList) {
          push(node, 'listItem');
          return;
        }
        const own = node.children.filter((c) => c.type !== 'list');
        if (own.length) {
          const s = own[0].position!.start.offset!;
          const e = own[own.length - 1].position!.end.offset!;
          blocks.push({ text: sameText(node, masked.slice(s, e)), start: s, end: e, kind: 'listItem', section: sectionAt(s) });
        }
        for (const c of node.children) if (c.type === 'list') visit(c, false);
        return;
      }
      case 'table':
        node.children.forEach((row, i) => push(row, i === 0 ? 'tableHeader' : 'tableRow'));
        return;
      case 'html':
        htmlTableRows(node, masked, (b) => blocks.push({ ...b, section: sectionAt(b.start) }));
        return;
      case 'code':
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) visit(c, inItem);
    }
  };
  visit(tree, false);
  return blocks;
}

const HTML_ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/giu;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/gu;

/**
 * The rows of an HTML `<table>` (Joplin, OneNote and Word exports) as table blocks, read like Markdown rows: the
 * text keeps its offsets, tags become spaces and each cell's closing tag a `|`, so cells split as in a pipe table.
 * Rows of `<th>` cells are headers; without any, the first row is the header, as in Markdown (issue 8).
 */
function htmlTableRows(node: Nodes, masked: string, push: (b: Omit<TextBlock, 'section'>) => void): void {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return;
  const start = p.start.offset;
  const raw = masked.slice(start, p.end.offset);
  if (!/<table\b/i.test(raw)) return;
  const rows: Omit<TextBlock, 'section'>[] = [];
  let header = false;
  for (const m of raw.matchAll(HTML_ROW)) {
    const text = m[0].replace(HTML_TAG, (tag) => (/^<\/t[dh]\b/i.test(tag) ? '|' : ' ').padEnd(tag.length, ' '));
    const th = /<th\b/i.test(m[1]) && !/<td\b/i.test(m[1]);
    header ||= th;
    rows.push({ text, start: start + m.index!, end: start + m.index! + m[0].length, kind: th ? 'tableHeader' : 'tableRow' });
  }
  if (!header && rows.length > 0) rows[0].kind = 'tableHeader';
  rows.forEach(push);
}
