// Supplier, procurement and cue-sentence helpers shared by the commercial, resource and privacy rules.
import type { Fix, Proposal, Section, TextBlock } from '../types';
import { SHARED_WORDS } from '../../server/src/model/lexicon';
import { detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { findPlaceholders, labelledSlot } from './placeholders';
import { memo, regexKey } from '../../server/src/model/memo';
import { appendToSection, fmFilled, sentences, type Piece } from './scope';
import { statedMatch } from './context';

/** A line of a Word table of contents: "1<TAB>Sammendrag<TAB>1", outline number, title, tab and page number. */
const CONTENTS_LINE = /^\s*(?:[-*+]\s+)?\d+(?:\.\d+)*\.?\t[^\t\n]+\t\d+\s*$/u;

/**
 * Prose blocks of the body. Headings are left out, since a heading names a topic and does not state a fact, and so
 * are the entries of a Word table of contents, which are headings too: "Anbefaling og pilot<TAB>4" is no "pilot 4"
 * (trust12 nb).
 */
export function proseBlocks(doc: Proposal): readonly TextBlock[] {
  let blocks = proseBlocksOf.get(doc);
  if (!blocks) proseBlocksOf.set(doc, (blocks = doc.blocks.filter((b) => b.kind !== 'heading' && !(b.text.includes('\t') && b.text.split(/\r?\n/).every((l) => !l.trim() || CONTENTS_LINE.test(l))))));
  return blocks;
}

/** Once per model, as proseSentences is: five rules ask on every re-lint. Shared, so read-only. */
const proseBlocksOf = new WeakMap<Proposal, readonly TextBlock[]>();

const proseSentencesOf = new WeakMap<Proposal, readonly Piece[]>();

/**
 * allSentences(proseBlocks(doc)), made once per model: several rules read every sentence of the document, and each
 * made its own copy of all of them. Shared, so read-only: rules filter it into arrays of their own.
 */
export function proseSentences(doc: Proposal): readonly Piece[] {
  let pieces = proseSentencesOf.get(doc);
  if (!pieces) proseSentencesOf.set(doc, (pieces = allSentences(proseBlocks(doc))));
  return pieces;
}

/** Sentences (and table rows, list items) of the blocks, with document offsets. */
export function allSentences(blocks: readonly TextBlock[]): Piece[] {
  return blocks.flatMap((b) => piecesOf(b));
}

/** The sentences of one block as allSentences reads them: a table row is one piece. */
export function piecesOf(b: TextBlock): readonly Piece[] {
  return b.kind === 'tableRow' || b.kind === 'tableHeader' ? [b] : sentences(b);
}

/** allSentences(blocks).some(test) without the copy of every sentence (a 1 MB proposal has tens of thousands). */
export function someSentence(blocks: readonly TextBlock[], test: (p: Piece) => boolean): boolean {
  for (const b of blocks) if (b.kind !== 'heading' && piecesOf(b).some(test)) return true;
  return false;
}

/**
 * The first sentence with a cue that is not denied nearby by `negated` ("no DPIA has been done" states nothing). A
 * sentence with a placeholder counts only as a labelled line whose label holds the cue ("Licence price: TBD"): that
 * value is placeholder-text's to report, not a missing element (catalogue E).
 */
export function findCue(pieces: readonly Piece[], cue: RegExp, negated?: RegExp): Piece | undefined {
  const has = (text: string): boolean => {
    if (!cue.test(text) || (negated && negated.test(text))) return false;
    return findPlaceholders(text).length === 0 || labelledSlot(text, cue);
  };
  // A global or sticky regex carries state between tests: only stateless ones are memoized by their source.
  if (cue.global || cue.sticky || negated?.global || negated?.sticky) return pieces.find((p) => has(p.text));
  const table = `cue${regexKey(cue)}${negated ? regexKey(negated) : ''}`;
  return pieces.find((p) => memo(table, p.text, () => has(p.text)));
}


const SUPPLIER_WORD = detectorRegex(SHARED_WORDS.supplier);
/** A company name: capitalised words followed by a company form (case-sensitive, so "as" in prose does not count). */
const COMPANY = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&-]*(?: \\p{Lu}[\\p{L}\\p{N}&-]*){0,3} (?:${SHARED_WORDS.company_forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * A parenthesised list of role labels: "(Contractor, PO)", "(supplier / vendor)". A label holds no separator and
 * starts after the spaces, so the list splits one way only: labels that could hold commas or leading spaces made an
 * unclosed "(" before a run of commas exponential (a 300-character paragraph with masked inline code took 71 s).
 */
const ROLE_LABEL = /\((?:\s*[^(),/\s][^(),/]{0,29}[,/])+\s*[^(),/\s][^(),/]{0,29}\)|\([^()\s]{1,20}\)/gu;

/**
 * A contractor that takes what the service produces is its buyer, not a supplier of the pilot (catalogue E): "Textiles
 * go to the council's existing textile bank contractor …, which already pays for bring-site material", "the recycler
 * buys the sorted paper". A supplier's platform the data goes to ("goes to the supplier's cloud") still supplies.
 */
const OFFTAKER = detectorRegex(
  "\\b(go|goes|are sent|is sent|are sold|is sold|are taken|is taken|are passed|is passed|are delivered|is delivered) to (the |a |an |our |its )?(\\p{L}+['’]s )?([\\p{L}-]+ ){0,4}(contractors?|suppliers?|vendors?)\\b(?!['’])|" +
    "\\b(contractors?|suppliers?|vendors?),? (which |who |that )?(already )?(pays?|buys?|purchases?) (us |the council |the authority )?(for )?(the |all |our |its )?([\\p{L}-]+ ){0,3}(material|materials|waste|textiles|paper|metal|output|tonnage|recyclate)\\b",
);

/**
 * A front-matter supplier, or prose that names a supplier, vendor or a company (`… AS`, `… Ltd`) that delivers the
 * pilot (catalogue E): a role label in parentheses is not a supplier.
 */
/**
 * A named party that keeps the IP in what it licenses, or has yet to give its price, is a supplier though the text never
 * calls it one or gives its company form: "ClearSite keeps the IP in its app", "ClearSite has not yet given a price for
 * use after April 2027" (trust22 en). Only a capitalised name as the subject, so "the council keeps the IP" is none.
 */
const SUPPLIER_DEED =
  /(?<![\p{L}])(?!(?:The|Our|We|It|They|This|Council|Kommunen|Vi)(?![\p{L}]))\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2} (?:keeps|retains|will keep|will retain|beholder|beheld) (?:the |all |its )?(?:IP|intellectual property|immaterielle rettigheter|rettighetene|rettane)(?![\p{L}])|(?<![\p{L}])(?!(?:The|Our|We|It|They|This)(?![\p{L}]))\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2} (?:has|have) not (?:yet )?(?:given|quoted|named|offered) (?:us )?(?:a |its )?(?:price|quote)/u;

export function hasSupplier(doc: Proposal): boolean {
  if (fmFilled(doc, 'supplier')) return true;
  return proseBlocks(doc).some((b) => {
    const text = b.text.replace(ROLE_LABEL, ' ');
    if (!SUPPLIER_WORD.test(text) && !COMPANY.test(text) && !SUPPLIER_DEED.test(text)) return false;
    // A question asks about suppliers ("How do vendors integrate them?"): it names a studied party, not one that
    // delivers the pilot, so only statements count (issue 8, real proposals).
    return sentences(b).some((p) => {
      if (/\?\s*$/u.test(p.text)) return false;
      const t = p.text.replace(ROLE_LABEL, ' ');
      if (OFFTAKER.test(t) && !COMPANY.test(t)) return false;
      // "Det er ingen leverandør av sjølve løysinga", "… ikke leverandør": a denied supplier is none (catalogue E, trust14 nn).
      return statedMatch(t, SUPPLIER_WORD) !== undefined || COMPANY.test(t) || SUPPLIER_DEED.test(t);
    });
  });
}

/**
 * A company or supplier that gives the pilot its kit or licences free for the pilot ("Sensors are supplied by Soilwise
 * Technologies Inc. at no charge for the season", *Leverandøren låner ut sensorane gratis i prosjektperioden*): whatever
 * the pilot builds in the open, that kit is bought afterwards if it goes on, so an open-source part of the result does
 * not make it the organisation's own (catalogue B3: free pilot licences hide the real cost; resid17).
 */
const FREE_FOR_PILOT = detectorRegex(
  '(at no (charge|cost)|free of charge|free|for free|gratis|vederlagsfritt|kostnadsfritt|utan kostnad|uten kostnad)\\b[^.;]{0,30}\\b(for|during|in|through|i|gjennom|under) (the |this )?(pilot|season|trial|project|piloten|pilotperioden|prosjektet|prosjektperioden|utprøvinga|utprøvingen|utprøvingsperioden)\\b',
);

/** A licence or subscription free for the pilot is the supplier's, named in the sentence before or not (*Abonnementet … er gratis i prosjektperioden*). */
const FREE_LICENCE = detectorRegex('licen[cs]e\\w*|subscription\\w*|abonnement\\w*|lisens\\w*');

/** A named company or a supplier gives the pilot something free for the pilot only (its price after it is then asked for). */
export function suppliedFreeForPilot(doc: Proposal): boolean {
  return proseSentences(doc).some((p) => FREE_FOR_PILOT.test(p.text) && (COMPANY.test(p.text) || FREE_LICENCE.test(p.text) || statedMatch(p.text.replace(ROLE_LABEL, ' '), SUPPLIER_WORD) !== undefined));
}

const COMPANY_ALL = new RegExp(COMPANY.source, 'gu');

/**
 * The first word of every company the prose names ("Memoria" of "Memoria Software Ltd"), to know its people by.
 * Each block's names are memoized by its text: the scan runs over the whole document, and a re-lint after an edit
 * otherwise ran COMPANY over every block again (15% of a 1 MB re-lint); now it runs over the changed blocks only.
 */
export function companyNames(doc: Proposal): string[] {
  const names = new Set<string>();
  for (const b of proseBlocks(doc)) for (const n of memo('company-names', b.text, () => blockCompanies(b.text))) names.add(n);
  return [...names];
}

function blockCompanies(text: string): readonly string[] {
  return Array.from(text.matchAll(COMPANY_ALL), (m) => m[0].split(' ')[0]);
}

/** Front matter says the supplier is an SME (`supplier: { sme: true }` or a top-level `sme: true`). */
export function isSme(doc: Proposal): boolean {
  const data = doc.frontMatter?.data;
  if (!data) return false;
  const s = data.supplier;
  if (s && typeof s === 'object' && !Array.isArray(s) && (s as Record<string, unknown>).sme === true) return true;
  return data.sme === true;
}

/**
 * Named procurement routes. Bare "procurement"/"anskaffelse"/"innkjøp" are left out on purpose: they name a
 * department in stakeholder tables and risk owners far more often than a route.
 */
export const ROUTE = detectorRegex(
  'tender\\w*|framework (agreement|contract)s?|innovation partnerships?|pre-commercial procurement|pcp|ppi|' +
    'public procurement of innovation|option to (buy|purchase|acquire|extend)|purchase option|startoff|' +
    'procurement (route|procedure|process|plan|strategy)|procured (through|via|under|in|by|on)|' +
    'competitive (dialogue|procedure|procurement|tendering|bidding)|dynamic purchasing system|call-?offs?|mini-competition|' +
    // A data processing or sharing agreement buys nothing, existing or not: "The existing data processing agreement …
    // covers the module" (trust18 en).
    'existing (?!data (processing|sharing|protection)\\b)([\\p{L}-]+ ){0,2}(agreement|contract)|further competition|g-cloud|(current|present) (?!data (processing|sharing|protection)\\b)([\\p{L}-]+ ){0,2}(agreement|contract)|' +
    'contract variation|variation (to|of) the ([\\p{L}-]+ ){0,2}contract|option (for|in|under) (the )?([\\p{L}-]+ ){0,3}(contract|agreement|modules?)|' +
    // "a further competition under the DfE's edtech framework", "via the regional framework".
    '(under|through|via|on|from) (the |a |an |our |its |\\p{L}+\'s )?([\\p{L}-]+ ){0,3}framework\\b|' +
    // A US city buys through a "competitive Request for Proposals" (RFP), as a UK council tenders (trust15 en).
    'requests? for proposals?|rfps?|' +
    // … or piggybacks on a contract another body let for public buyers: "through the NASPO ValuePoint cooperative
    // contract", "a cooperative purchasing agreement" (trust21 en).
    'co-?operative (purchasing |procurement )?(contracts?|agreements?)|co-?operative purchasing|' +
    // Nynorsk tenders by *anbod* (*open anbodskonkurranse*), as bokmål by *anbud* (resid17).
    'konkurranse\\w*|anbud\\w*|anbod\\w*|rammeavtal\\w*|innovasjonspartnerskap\\w*|før-?kommersiell\\w*|opsjon\\w*|' +
    'anskaffelsesve\\w*|anskaffelsesprosess\\w*|anskaffelsesprosedyre\\w*|anskaffingsve\\w*|' +
    'anskaff(es|ast|est|ast) (gjennom|via|ved|på|i|med|etter)|innkjøpsordning\\w*|avrop\\w*|minikonkurranse\\w*|' +
    // … in Norwegian too: *den eksisterende databehandleravtalen … dekker dette* buys nothing (trust20 nb).
    'dialogbasert\\w*|eksisterende (?!databehandl|datadeling|databeh)[\\p{L}-]*avtale\\w*|eksisterande (?!databehandl|datadeling|databeh)[\\p{L}-]*avtal\\w*|' +
    // A contract already signed is the route the work is bought by (issue 8): "under the signed contract",
    // *inngått avtale med ekstern leverandør*, *Signert avtale mellom …*.
    // A data processing or cooperation agreement buys nothing, so only contracts for the work itself count.
    '(signed|concluded|awarded) (the |a |an |our |its )?(supplier |service |delivery |development )?(contract|agreement)s?|(contract|agreement) (was |has been )(signed|awarded|concluded)|' +
    '(inngått|inngåtte|signert|signerte|underskrevet|underskrevne|undertegnet|undertegna) (\\p{L}+ ){0,2}(avtale|avtalen|avtala|leverandøravtal\\w*|kontrakt\\w*|utviklingsavtal\\w*|tjenesteavtal\\w*|driftsavtal\\w*)|' +
    '(avtalen|avtala|leverandøravtalen|kontrakten) (er |ble |vart |blei )(inngått|signert|underskrevet|undertegnet|undertegna)',
);

/** A route word that is denied or left open in its own sentence ("no tender is planned", "ikke avklart"). */
export const ROUTE_DENIED = detectorRegex(
  '(no|not|without|ingen|ikke|ikkje|uten|utan)\\s+([\\p{L}-]+\\s+){0,3}(tender\\w*|route|procurement|framework|konkurranse\\w*|rammeavtal\\w*|anskaff\\w*|opsjon\\w*)|' +
    'unclear|undecided|not (yet )?(decided|clear|clarified|known|settled)|uavklart|ikke (\\p{L}+ )?(avklart|bestemt|kjent)|ikkje (avklart|bestemt)',
);

export const PROCUREMENT_VALUES = ['pcp', 'ppi', 'innovation-partnership', 'framework-option', 'new-tender', 'startoff'];

/** `procurement_route` from front matter, lower-cased, when it holds a value. */
export function fmRoute(doc: Proposal): string | undefined {
  const v = doc.frontMatter?.data?.procurement_route;
  return typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : undefined;
}

/**
 * Appends plain lines at the end of a section's own content: as list items when the section ends in a `-` list
 * (so the line is not swallowed by the last item), else as a paragraph after a blank line.
 */
export function appendLines(doc: Proposal, section: Section, lines: readonly string[], title: string): Fix {
  const fix = appendToSection(doc, section, lines, title);
  const edit = fix.edits[0];
  const eol = doc.eol;
  if (!edit.newText.startsWith(eol + eol)) {
    edit.newText = eol + lines.map((l) => (l.startsWith('- ') ? l : `- ${l}`)).join(eol);
  }
  return fix;
}

/** Appends a block (a table) at the end of a section's own content, always after a blank line. */
export function appendBlock(doc: Proposal, section: Section, lines: readonly string[], title: string): Fix {
  const fix = appendToSection(doc, section, lines, title);
  const edit = fix.edits[0];
  const eol = doc.eol;
  if (!edit.newText.startsWith(eol + eol)) edit.newText = eol + edit.newText;
  return fix;
}
