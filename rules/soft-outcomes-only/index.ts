// soft-outcomes-only: the objectives, benefits or success criteria promise satisfaction and well-being but no hard metric.
import type { Proposal, Section } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { OUTCOMES, RULE_WORDS } from '../../server/src/model/lexicon';
import { OBJECTIVES_HEADING } from '../util/goals';
import { END, escapeRegExp, START, termsRegex } from '../../server/src/model/match';
import { headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendBlock } from '../util/commercial';
import { findPlaceholders } from '../util/placeholders';
import { templateLines } from '../util/templates';

export interface SoftOutcomeOptions extends Record<string, unknown> {
  /** Extra soft-outcome words (plain strings; plural and inflected forms match). */
  soft: string[];
  /** Extra hard-outcome words (plain strings), e.g. a domain metric such as "searches". */
  hard: string[];
}

/** Objectives and benefits headings that are not success-criteria facets: Objectives, Goals, Aims; Mål, Målsetting, Formål. */
const OBJECTIVES = OBJECTIVES_HEADING;

/** Norwegian compounds that end in a hard word: saksbehandlingstid, nattbesøk, medisineringsfeil, driftskostnader. */
const HARD_COMPOUND = new RegExp(
  `${START}\\p{L}+(?:${RULE_WORDS['soft-outcomes-only'].hard_compound_endings.map(escapeRegExp).join('|')})${END}`,
  'iu',
);

/**
 * A hard word that only says when something happens measures nothing: "Reassure women and their families between
 * appointments", *mellom besøkene* (trust11 en). "Fewer missed appointments" still counts.
 */
const WHEN_ONLY = /(?<![\p{L}])(?:between|before|after|during|mellom|før|etter|under) (?:the |their |our |her |his |de |dei )?(?:appointments?|visits?|sessions?|timene|timane|besøk(?:ene|a)?|avtalene|avtalane)(?![\p{L}])/giu;

function softHard(options: SoftOutcomeOptions): { soft: RegExp; hard: RegExp } {
  const str = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : []);
  return {
    soft: termsRegex([...OUTCOMES.soft.en, ...OUTCOMES.soft.nb, ...str(options.soft)], 'iu'),
    hard: termsRegex([...OUTCOMES.hard.en, ...OUTCOMES.hard.nb, ...str(options.hard)], 'iu'),
  };
}

/** The objectives, benefits and success sections, outermost only (subsections are read with their parent). */
function outcomeSections(doc: Proposal): Section[] {
  const hits = doc.sections.filter((s) => s.facets.includes('success') || OBJECTIVES.test(s.heading.normalized));
  return hits.filter((s) => !hits.some((o) => o !== s && inside(s, o)));
}

function inside(s: Section, o: Section): boolean {
  for (let p = s.parent; p; p = p.parent) if (p === o) return true;
  return false;
}

export default defineRule<SoftOutcomeOptions>({
  meta: {
    id: 'soft-outcomes-only',
    description: {
      en: 'The objectives, benefits or success criteria include at least one hard operational or financial metric, not only satisfaction or well-being.',
      nb: 'Målene, gevinstene eller suksesskriteriene har minst én hard driftsmessig eller økonomisk indikator, ikke bare tilfredshet eller trivsel.',
    },
    facet: 'success',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T7',
    options: { soft: words('Extra soft-outcome words.'), hard: words('Extra hard-outcome words.') },
  },
  messages: {
    fix: { en: 'Add a hard metric (T7)', nb: 'Legg til en hard indikator (T7)' },
    softOnly: {
      en: 'The "{heading}" section promises only soft outcomes ("{word}"): add at least one hard operational or financial metric (costs, hours or FTE, readmissions, bed-days, waiting time, sick leave, falls, capacity) with a baseline and a target. Satisfaction alone will not win a budget.',
      nb: 'Delen «{heading}» lover bare myke gevinster («{word}»): legg til minst én hard driftsmessig eller økonomisk indikator (kostnader, timer eller årsverk, reinnleggelser, liggedøgn, ventetid, sykefravær, fall, kapasitet) med nullpunkt og mål. Tilfredshet alene vinner ikke budsjettkampen.',
    },
  },
  defaultOptions: { soft: [], hard: [] },
  check(context) {
    const { doc } = context;
    const sections = outcomeSections(doc);
    if (sections.length === 0) return;
    const { soft, hard } = softHard(context.options);
    const pieces = allSentences(scopeBlocks(doc, sections).filter((b) => b.kind !== 'heading')).filter(
      (p) => findPlaceholders(p.text).length === 0,
    );
    // Metric names in subsection headings ("### Ventetid") count as hard too.
    const subHeadings = scopeBlocks(doc, sections).filter((b) => b.kind === 'heading').map((b) => b.text);
    const measured = (t: string): string => t.replace(WHEN_ONLY, ' ');
    if ([...pieces.map((p) => measured(p.text)), ...subHeadings].some((t) => hard.test(t) || HARD_COMPOUND.test(t))) return;
    const first = pieces.map((p) => soft.exec(p.text)).find((m) => m);
    if (!first) return;
    const section = sections.find((s) => pieces.some((p) => p.start >= s.contentStart && p.start < s.end && soft.test(p.text))) ?? sections[0];
    const success = sections.find((s) => s.facets.includes('success'));
    const lines = templateLines('T7', context.lang);
    const title = context.text('fix');
    context.report({
      messageId: 'softOnly',
      data: { heading: section.heading.text.trim(), word: first[0] },
      ...headingRange(section),
      fix: success ? appendBlock(doc, success, lines.slice(0, 3), title) : context.insertTemplate('T7'),
    });
  },
});
