// decision-before-evidence: the continuation decision is due before the success criteria can be measured.
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { detectorRegex, termsRegex } from '../../server/src/model/match';
import type { Proposal, Section, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { findDates, type ProseDate } from '../util/dates';
import { factDate, factRange } from '../util/facts';
import { isCriteriaHeader, targetSections } from '../util/goals';
import { sentences } from '../util/scope';

/** Header cells that hold a criterion's time frame ("By", "Frist"); baseline columns are excluded by BASELINE. */
const TIME_FRAME = termsRegex(RULE_WORDS['decision-before-evidence'].time_frame_columns, 'iu', false);
const BASELINE = new RegExp(RULE_WORDS['decision-before-evidence'].baseline_columns, 'iu');
const PILOT_PERIOD = detectorRegex(RULE_WORDS['decision-before-evidence'].pilot_period);

/**
 * The text without its sentences that give the pilot's own period: those dates bound no criterion. A sentence that
 * names both the pilot's start and its end gives the period in any words ("approve a fifteen-month pilot … from
 * 1 July 2027 to 30 September 2028", round 9).
 */
const withoutPilotPeriod = (text: string, period: readonly string[]): string =>
  sentences({ text, start: 0, end: text.length })
    .filter((sentence) => !PILOT_PERIOD.test(sentence.text) && !namesPeriod(sentence.text, period))
    .map((sentence) => sentence.text)
    .join(' ');

const namesPeriod = (text: string, period: readonly string[]): boolean => {
  if (period.length < 2) return false;
  const days = new Set(findDates(text).flatMap((d) => [d.from, d.to]));
  return period.every((day) => days.has(day));
};

const cells = (row: string): string[] => row.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|');

/**
 * The nearest enclosing success section of a block (itself or an ancestor of its section); a goal section that sets
 * measurable targets counts as one (catalogue E: criteria are read there).
 */
function successSection(block: TextBlock, goals: ReadonlySet<Section>): Section | null {
  for (let s = block.section; s; s = s.parent) if (s.facets.includes('success') || goals.has(s)) return s;
  return null;
}

/** Dates that bound when each success criterion can be known, with the offset of the block they sit in. */
function criterionDates(doc: Proposal): { date: ProseDate; offset: number }[] {
  const out: { date: ProseDate; offset: number }[] = [];
  let timeColumn = -1;
  // A table with baseline and target columns sets criteria under any heading (*Gevinsttabell*), as
  // success-criterion-incomplete reads it: its time-frame column bounds them too (trust18 nb).
  let criteriaTable = false;
  const goals = new Set(targetSections(doc));
  const period = [factDate(doc, 'pilot_start'), factDate(doc, 'pilot_end')].filter((d): d is string => d !== undefined);
  for (const block of doc.blocks) {
    if (block.kind === 'tableHeader') criteriaTable = isCriteriaHeader(block);
    else if (block.kind !== 'tableRow') criteriaTable = false;
    const section = successSection(block, goals);
    if (!section && criteriaTable) {
      if (block.kind === 'tableHeader') timeColumn = cells(block.text).findIndex((c) => TIME_FRAME.test(c) && !BASELINE.test(c));
      else if (timeColumn >= 0) for (const date of findDates(cells(block.text)[timeColumn] ?? '')) out.push({ date, offset: block.start });
      continue;
    }
    if (!section || block.kind === 'heading') continue;
    // "Gevinstrealisering" is also an exit plan: there only a criteria table's time-frame column is evidence.
    const mixed = section.facets.includes('exit_plan');
    if (block.kind === 'tableHeader') {
      timeColumn = cells(block.text).findIndex((c) => TIME_FRAME.test(c) && !BASELINE.test(c));
      continue;
    }
    let text = block.text;
    if (block.kind === 'tableRow' && timeColumn >= 0) text = cells(block.text)[timeColumn] ?? '';
    else if (mixed) continue;
    else text = withoutPilotPeriod(text, period);
    for (const date of findDates(text)) out.push({ date, offset: block.start });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'decision-before-evidence',
    description: {
      en: 'The exit decision should come after the success criteria are due, so it rests on the evidence.',
      nb: 'Beslutningen om videreføring bør komme etter fristene for suksesskriteriene, slik at den bygger på resultatene.',
    },
    facet: 'success',
    defaultSeverity: 'info',
    fixable: false,
  },
  messages: {
    early: {
      en: '`exit_decision_date` ({decision}) comes before a success criterion is due ({due}, line {line}): the decision would be taken without that evidence. Move the decision after the last measurement, or bring the time frame forward.',
      nb: '`exit_decision_date` ({decision}) kommer før fristen for et suksesskriterium ({due}, linje {line}): beslutningen tas da uten det resultatet. Flytt beslutningen til etter siste måling, eller flytt fristen frem.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const decision = factDate(doc, 'exit_decision_date');
    if (!decision) return;
    // A period ("Q4 2026") is known only by its end; the decision is early for certain only before the period starts.
    let latest: { date: ProseDate; offset: number } | undefined;
    for (const d of criterionDates(doc)) if (!latest || d.date.from > latest.date.from) latest = d;
    if (!latest || decision >= latest.date.from) return;
    const line = doc.lines().lineOf(latest.offset) + 1;
    context.report({
      messageId: 'early',
      data: { decision, due: latest.date.text, line },
      ...factRange(doc, 'exit_decision_date'),
    });
  },
});
