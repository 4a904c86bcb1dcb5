// What the text means around a match (negation, hypotheticals) and about the service (sector, what is bought).
import type { Proposal } from '../types';
import { detector, escapeRegExp } from '../../server/src/model/match';
import { SHARED_WORDS } from '../../server/src/model/lexicon';
import { memo } from '../../server/src/model/memo';

/** Clause boundaries: a negation or an "if" before one of these does not reach the match (joiners are lexicon data). */
const CLAUSE = new RegExp(`[,;:()–—]|\\s(?:${SHARED_WORDS.clause_joiners.map(escapeRegExp).join('|')})\\s`, 'giu');

/** The clause of `text` that ends at `index`: from the last clause boundary before it. */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  let from = 0;
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(head))) from = m.index + m[0].length;
  return head.slice(from);
}

/**
 * The first match of `re` in `text` that the sentence states: not under a negation in its clause ("no personal data
 * is collected", *ingen personopplysninger*) and not in a hypothetical ("if we later store names").
 */
export function statedMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  const g = globalOf(re);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    const before = clauseBefore(text, m.index);
    if (!detector('negation').test(before) && !detector('hypothetical').test(before) && !negatedAfter(text, m.index + m[0].length)) return m;
    if (m[0] === '') g.lastIndex++;
  }
  return undefined;
}

/** A global copy of `re`, made once: compiling the large detector regexes on every sentence took seconds (issue 12). */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * "Personal data is not collected", *personopplysninger lagres ikke*: the verb right after the mention is denied; and
 * "names and addresses are stripped at source", *navn fjernes*: the mention is removed before anything is kept.
 */
function negatedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return detector('negated_after').test(after) || detector('removed_after').test(after);
}

const SHIFT_SECTORS = new Set(['hospital', 'care-home', 'care', 'health', 'home-care', 'helse', 'omsorg']);
const OTHER_SECTORS = new Set(['school', 'county', 'state-agency', 'kindergarten', 'infrastructure', 'office']);
const shiftCache = new WeakMap<Proposal, boolean>();
/** A mention that ends in a ward ("in the two wards"). */
const WARD = /wards?$/iu;

/**
 * Shift-based health or care (catalogue E): front-matter `sector` says so, or the text names a care setting, its
 * patients or residents, or its staff. Night shifts and next of kin are asked for only then.
 */
export function isShiftCare(doc: Proposal): boolean {
  const hit = shiftCache.get(doc);
  if (hit !== undefined) return hit;
  const sector = doc.frontMatter?.data?.sector;
  let out: boolean;
  if (typeof sector === 'string' && SHIFT_SECTORS.has(sector.trim().toLowerCase())) out = true;
  else if (typeof sector === 'string' && OTHER_SECTORS.has(sector.trim().toLowerCase())) out = false;
  else out = careSetting(doc.text);
  shiftCache.set(doc, out);
  return out;
}

/**
 * The text names a care setting or care staff once, or keeps naming patients, hospitals or clinics (three mentions of
 * at least two kinds): a council directory that helps "patients awaiting surgery", or a preservation project whose
 * workshops are called clinics, is not care (issue 8).
 */
function careSetting(text: string): boolean {
  const care = globalOf(detector('shift_care'));
  const passing = new RegExp(`^(?:${detector('care_mention').source})$`, 'iu');
  let mentions = 0;
  // Kinds by their first six letters: "clinic" and "clinicians" are one kind, "patients" and "hospital" two; every
  // "in the … wards" is one kind, the ward (trust10 en: a council's electoral wards, named again and again).
  const kinds = new Set<string>();
  care.lastIndex = 0;
  for (let m = care.exec(text); m; m = care.exec(text)) {
    if (leftOut(text, m.index)) continue;
    if (!passing.test(m[0]) && !amongBuildings(text, m.index)) return true;
    mentions++;
    kinds.add(WARD.test(m[0]) ? 'ward' : m[0].toLowerCase().slice(0, 6));
    if (mentions >= 3 && kinds.size >= 2) return true;
    if (m[0] === '') care.lastIndex++;
  }
  return false;
}

/**
 * Kinds of public building, as an estate or energy pilot lists the buildings it covers: a care home among them (*fire
 * skoler, fem barnehager, to idrettshaller, rådhuset og ett sykehjem*) is one more building, not a care setting (trust18 nb).
 */
const BUILDING_KINDS =
  /(?<![\p{L}])(skoler|skolar|skular|skulane|skolene|barnehager|barnehagar|barnehagane|barnehagene|idrettshaller|idrettshallar|idrettshall|rådhuset|rådhus|kulturhuset|kulturhus|svømmehall\p{L}*|symjehall\p{L}*|formålsbygg\p{L}*|kontorbygg\p{L}*|schools|libraries|leisure centres|depots|town hall|civic centre|office buildings)(?![\p{L}])/giu;

/** The sentence around `index` names two or more other kinds of public building beside it. */
function amongBuildings(text: string, index: number): boolean {
  const from = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index)) + 1;
  const stop = text.slice(index).search(/[.!?](?:\s|$)|\n/u);
  const sentence = text.slice(from, stop < 0 ? text.length : index + stop + 1);
  const kinds = new Set([...sentence.matchAll(BUILDING_KINDS)].map((k) => k[1].toLowerCase().slice(0, 5)));
  return kinds.size >= 2;
}

/** The sentence around `index` leaves its subject out of the pilot ("Søknad om omsorgsbolig … er ikke med"). */
function leftOut(text: string, index: number): boolean {
  const from = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n\n', index)) + 1;
  const stop = text.slice(index).search(/[.!?](?:\s|$)|\n\s*\n/u);
  return detector('left_out').test(text.slice(from, stop < 0 ? text.length : index + stop + 1));
}

/** The pilot's result is open source or built in-house, so nothing is bought after the pilot. */
export function isOwnResult(doc: Proposal): boolean {
  const data = doc.frontMatter?.data;
  if (data?.procurement_route === 'none' && !data?.supplier) return true;
  const re = detector('open_source');
  // Once per distinct block text (model/memo.ts): the whole document is read, and a re-lint reads only what changed.
  return doc.blocks.some((b) => b.kind !== 'heading' && memo('own-result', b.text, () => statedMatch(b.text, re) !== undefined));
}
