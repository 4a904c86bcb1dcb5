// strategic-alignment-missing: no problem statement or strategic fit, or one that cites neither a plan nor a number.
import type { Proposal, Section } from '../types';
import { defineRule } from '../util/define';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { END, escapeRegExp, START, termsRegex } from '../../server/src/model/match';
import { headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendLines } from '../util/commercial';
import { templateLines } from '../util/templates';

const WORDS = RULE_WORDS['strategic-alignment-missing'];
/** English headings the lexicon leaves out although its bokmål twin ("bakgrunn") is in: "Background", "Context". */
const LOCAL_HEADING = new RegExp(`^(?:${termsRegex(WORDS.local_headings, 'u', false).source})(?:\\s|$)`, 'u');
/** Introductions and summaries, where a proposal without a case section often states its fit ("Executive summary"). */
const INTRO_HEADING = new RegExp(`^(?:${termsRegex(WORDS.intro_headings, 'u', false).source})(?:\\s|$)`, 'u');

/**
 * A named strategy, plan or steering document: a compound (*handlingsplan*, *digitaliseringsstrategi*), a steering
 * document by kind (*oppdragsdokument*, white paper), a numbered goal or measure, or a capitalised English name
 * ("Dementia Plan", "Nursing and Midwifery Strategy"). "We plan to" and "tidsplan" are not plans.
 */
const PLAN = new RegExp(`${START}(?:${WORDS.plan})${END}`, 'iu');
const NAMED = new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?\\s+(?:${WORDS.named_plan_kinds.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** A number that sizes the problem: not a year, a date, a plan period, or the number of a goal or measure. */
const NUMBER = /(?<![\p{L}\p{N}.,/-])\d[\d\u00a0\u202f ]*(?:[.,]\d+)?(?![\p{N}])(?:\s?(?:%|prosent|percent|per cent))?/gu;

function quantified(text: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0].trim();
    const value = Number(raw.replace(/[\s\u00a0\u202f%]|prosent|percent|per cent/gu, '').replace(',', '.'));
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    const before = text.slice(Math.max(0, m.index! - 14), m.index!).toLowerCase();
    if (/%|prosent|percent/.test(raw)) return true;
    if (/^[–—-]\d|^\.\d|^-\d/.test(after) || /[–—-]\s*$/.test(before)) continue;
    if (/(goal|measure|tiltak|mål|målet|kapittel|chapter|section|punkt|del|step|fase|phase|pilot|versjon|version|§|nr\.?|no\.?|trinn|year|years|klasse)\s*$/u.test(before)) continue;
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && raw.length === 4) continue;
    if (value >= 10 || /^\d+$/.test(raw) === false) return true;
  }
  return false;
}

/** The sections that state the case: lexicon strategic-alignment headings plus "Background"-style ones. */
function caseSections(doc: Proposal): Section[] {
  const hits = doc.sections.filter((s) => s.facets.includes('strategic_alignment') || LOCAL_HEADING.test(s.heading.normalized));
  return hits.filter((s) => !hits.some((o) => o !== s && isInside(s, o)));
}

const isInside = (s: Section, o: Section): boolean => {
  for (let p = s.parent; p; p = p.parent) if (p === o) return true;
  return false;
};

/** Whether the text under the title (before its first subsection) or an introduction names a plan or sizes the problem. */
function statedInIntro(doc: Proposal): boolean {
  const first = doc.sections[0];
  const intro = doc.sections.filter((s) => INTRO_HEADING.test(s.heading.normalized));
  const blocks = scopeBlocks(doc, intro.filter((s) => !intro.some((o) => o !== s && isInside(s, o))));
  const before = first ? doc.blocks.filter((b) => b.start < first.heading.start || (b.start >= first.heading.end && b.start < first.ownEnd)) : doc.blocks;
  const pieces = allSentences([...before, ...blocks].filter((b) => b.kind !== 'heading'));
  return pieces.some((p) => PLAN.test(p.text) || NAMED.test(p.text) || quantified(p.text));
}

export default defineRule({
  meta: {
    id: 'strategic-alignment-missing',
    description: {
      en: 'The proposal states the problem and its strategic fit: a goal cited from a named plan or strategy, the size of the problem as a number with its source, and the cost of doing nothing.',
      nb: 'Søknaden beskriver problemet og den strategiske forankringen: et mål fra en navngitt plan eller strategi, problemets størrelse som tall med kilde, og kostnaden ved å ikke gjøre noe.',
    },
    facet: 'strategic_alignment',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T2',
  },
  messages: {
    fix: { en: 'Add the goal, problem size and cost of doing nothing (T2)', nb: 'Legg til mål, problemstørrelse og kostnad (T2)' },
    missing: {
      en: 'No problem statement or strategic alignment: add a section citing the goal in a named plan or strategy that the pilot serves, the size of the problem today as a number with source and year, and the cost of doing nothing.',
      nb: 'Mangler bakgrunn og strategisk forankring: legg til en del som viser til målet i en navngitt plan eller strategi som piloten skal bidra til, problemets størrelse i dag som tall med kilde og år, og kostnaden ved å ikke gjøre noe.',
    },
    weak: {
      en: 'The "{heading}" section cites neither a named plan or strategy nor a number for the size of the problem: name the goal and the plan it comes from, and give the problem size with source and year.',
      nb: 'Delen «{heading}» viser verken til en navngitt plan eller strategi eller til tall for problemets størrelse: oppgi målet og planen det kommer fra, og problemets størrelse med kilde og år.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const sections = caseSections(doc);
    if (sections.length === 0) {
      const data = doc.frontMatter?.data;
      if (data && ['strategic_alignment', 'problem_statement'].some((k) => typeof data[k] === 'string' && (data[k] as string).trim())) return;
      // An introduction or executive summary that cites the plan or sizes the problem states the fit (issue 8).
      if (statedInIntro(doc)) return;
      context.report({ messageId: 'missing', ...context.missingAnchor(), documentLevel: true, fix: context.insertTemplate('T2') });
      return;
    }
    const pieces = allSentences(scopeBlocks(doc, sections).filter((b) => b.kind !== 'heading'));
    if (pieces.some((p) => PLAN.test(p.text) || NAMED.test(p.text) || quantified(p.text))) return;
    const section = sections[0];
    const lines = templateLines('T2', context.lang);
    context.report({
      messageId: 'weak',
      data: { heading: section.heading.text.trim() },
      ...headingRange(section),
      fix: appendLines(doc, section, lines, context.text('fix')),
    });
  },
});
