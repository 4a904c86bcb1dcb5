// external-funding-only: the pilot lives on grants alone and nothing says who pays once they run out.
import { defineRule } from '../util/define';
import { isBlank } from '../util/dates';
import { isPlaceholderValue } from '../util/placeholders';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { detector, detectorRegex, termsRegex } from '../../server/src/model/match';
import type { Proposal } from '../types';
import { findPlaceholders } from '../util/placeholders';
import { readFacts } from '../util/facts';
import { facetRoots, scopeBlocks, sentences, type Piece } from '../util/scope';

/** Names that mark money from outside the owner's own budget. */
const EXTERNAL = termsRegex(RULE_WORDS['external-funding-only'].external, 'iu', false);
/** Names that mark the owner's own money; they win over EXTERNAL ("innovation fund in our own budget"). */
const INTERNAL = termsRegex(RULE_WORDS['external-funding-only'].internal, 'iu', false);

type Kind = 'external' | 'internal' | 'unknown';

/** "Fund" as a verb ("… and fund backfill", "will fund the licences") names what is paid for, not a fund (trust11 en). */
const FUND_VERB = /(?<![\p{L}])(?:and|or|to|will|would|shall|can|could|may|also) fund(?![\p{L}])/giu;

function kindOf(entry: unknown): Kind {
  if (typeof entry === 'string') {
    const text = entry.replace(FUND_VERB, ' ');
    return INTERNAL.test(text) ? 'internal' : EXTERNAL.test(text) ? 'external' : 'unknown';
  }
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'unknown';
  const e = entry as Record<string, unknown>;
  const type = typeof e.type === 'string' ? e.type.trim().toLowerCase() : '';
  if (/^(external|ekstern)/.test(type)) return 'external';
  if (/^(internal|intern|own|egen)/.test(type)) return 'internal';
  const name = [e.source, e.name, e.funder, e.kilde].find((v): v is string => typeof v === 'string');
  return name ? kindOf(name) : 'unknown';
}

/** Front matter lists the funding sources, so it is the contract for where the pilot's money comes from. */
function hasFmFunding(data: Record<string, unknown>): boolean {
  const budget = data.budget && typeof data.budget === 'object' && !Array.isArray(data.budget) ? (data.budget as Record<string, unknown>) : {};
  return budget.funding_sources !== undefined || data.funding_sources !== undefined;
}

/**
 * Without funding in front matter (catalogue E: facts are read from the body too): the labelled funding line and the
 * sentences of the budget sections that say where money comes from. Every one names outside money (a grant,
 * *skjønnsmidler fra Statsforvalteren*, Enova) and none the owner's own, and the exit sections name no payer.
 */
function bodyCheck(context: Parameters<Parameters<typeof defineRule>[0]['check']>[0], doc: Proposal): void {
  const funding = readFacts(doc).funding;
  const pieces: Piece[] = sectionSentences(doc, 'resources');
  if (funding?.from === 'body') pieces.push({ text: funding.value, start: funding.start, end: funding.end });
  const kinds = pieces.map((p) => ({ p, kind: kindOf(p.text) }));
  const external = kinds.filter((k) => k.kind === 'external');
  if (external.length === 0 || kinds.some((k) => k.kind === 'internal')) return;
  if (bodyPayer(doc)) return;
  const first = external[0].p;
  context.report({ messageId: 'externalOnlyBody', data: { sources: first.text.trim().replace(/\s+/g, ' ').slice(0, 80) }, start: first.start, end: first.end });
}

/**
 * The exit plan's own payer words, so that the two rules agree on who pays: "the cost … will come from the High Street
 * Recovery budget" names the payer for exit-plan-incomplete, and so it does here (trust24 en).
 */
const EXIT_WORDS = RULE_WORDS['exit-plan-incomplete'];
const EXIT_PAYER = detectorRegex(EXIT_WORDS.payer);
/** …read as that rule reads it: not where funding is still to be considered, hoped for or not yet settled. */
const NOT_SETTLED = [EXIT_WORDS.negated, EXIT_WORDS.consider, EXIT_WORDS.funding_considered, EXIT_WORDS.hedged].map((w) => detectorRegex(w));
const exitPayer = (text: string): boolean => EXIT_PAYER.test(text) && !NOT_SETTLED.some((re) => re.test(text));

/** The exit sections name who pays afterwards ("funded from the ICB's planned care budget"), and no slot stands for it. */
function bodyPayer(doc: Proposal): boolean {
  return sectionSentences(doc, 'exit_plan').some((p) => (detector('payer').test(p.text) || exitPayer(p.text)) && findPlaceholders(p.text).length === 0);
}

function sectionSentences(doc: Proposal, facet: 'resources' | 'exit_plan'): Piece[] {
  return scopeBlocks(doc, facetRoots(doc, facet))
    .filter((b) => b.kind !== 'heading' && b.kind !== 'tableHeader')
    .flatMap((b) => sentences(b));
}

const label = (entry: unknown): string => {
  if (typeof entry === 'string') return entry;
  const e = (entry ?? {}) as Record<string, unknown>;
  return String([e.source, e.name, e.funder, e.kilde].find((v) => typeof v === 'string') ?? e.type ?? '?');
};

export default defineRule({
  meta: {
    id: 'external-funding-only',
    description: {
      en: 'A pilot paid only by grants needs a statement of who funds the service after the pilot.',
      nb: 'En pilot som bare er finansiert med eksterne midler, må si hvem som finansierer tjenesten etter piloten.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    externalOnlyBody: {
      en: 'The pilot is funded from outside money only ("{sources}") and the exit plan names no budget that pays afterwards: when the grant ends, nothing pays for the service. Name the budget line that takes over.',
      nb: 'Piloten finansieres bare med eksterne midler («{sources}»), og planen for videreføring sier ikke hvilket budsjett som betaler etterpå: når tilskuddet tar slutt, er det ingen som betaler for tjenesten. Oppgi budsjettposten som overtar.',
    },
    externalOnly: {
      en: 'Every funding source is external ({sources}) and there is no `post_pilot_funding`: when the grant ends, nothing pays for the service. Name the budget line that takes over.',
      nb: 'All finansiering er ekstern ({sources}), og `post_pilot_funding` mangler: når tilskuddet tar slutt, er det ingen som betaler for tjenesten. Oppgi budsjettposten som overtar.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const data = doc.frontMatter?.data;
    if (!data || !hasFmFunding(data)) {
      bodyCheck(context, doc);
      return;
    }
    const budget = data.budget && typeof data.budget === 'object' && !Array.isArray(data.budget) ? (data.budget as Record<string, unknown>) : {};
    const sources = budget.funding_sources ?? data.funding_sources;
    const list = Array.isArray(sources) ? sources : typeof sources === 'string' ? [sources] : [];
    if (list.length === 0 || !list.every((s) => kindOf(s) === 'external')) return;
    const after = data.post_pilot_funding ?? budget.post_pilot_funding;
    if (!isBlank(after) && !isPlaceholderValue(after)) return;
    // A payer the body names counts as `post_pilot_funding` (catalogue E: facts are read from the body too).
    if (bodyPayer(doc)) return;
    const key = budget.funding_sources !== undefined ? 'budget' : 'funding_sources';
    const range = doc.frontMatter?.keyRange(key) ?? { start: doc.frontMatter!.start, end: doc.frontMatter!.start + 3 };
    context.report({ messageId: 'externalOnly', data: { sources: list.map(label).join('; ') }, ...range });
  },
});
