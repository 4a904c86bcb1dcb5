// budget-cycle-mismatch: the continuation decision comes too late for the budget year the service must run in.
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { termsRegex } from '../../server/src/model/match';
import { defineRule } from '../util/define';
import { addDays, daysBetween } from '../util/dates';
import { factDate, factPilotEnd, factRange, readFacts } from '../util/facts';
import type { Proposal } from '../types';

interface Options extends Record<string, unknown> {
  /** Last day (MM-DD) of the year before operation on which the decision still reaches the budget proposal. */
  deadline: string;
}

/** Owners that adopt budgets per calendar year in December (kommuneloven § 14-3), with their common spellings. */
const CALENDAR_SECTORS: ReadonlySet<string> = new Set(RULE_WORDS['budget-cycle-mismatch'].calendar_sectors);
/** Fewer days than this left in the year after the pilot are covered by the current year's budget. */
const BRIDGEABLE_DAYS = 61;
const MUNICIPAL_NAME = termsRegex(RULE_WORDS['budget-cycle-mismatch'].municipal_names, 'iu', false);
const NORWEGIAN_NAME = termsRegex(RULE_WORDS['budget-cycle-mismatch'].norwegian_names, 'iu', false);
const FINANCIAL_YEAR_NAME = termsRegex(RULE_WORDS['budget-cycle-mismatch'].financial_year_names, 'iu', false);

/**
 * Front-matter `sector` decides, unless the organisation is a council named in English. Without one, an organisation named "... kommune" budgets like one, whether the name
 * comes from front matter or from the body ("Sørvik kommune, Helse og omsorg"): most proposals have no front matter.
 */
function appliesTo(doc: Proposal): boolean {
  const data = doc.frontMatter?.data ?? {};
  const sector = data.sector;
  const fact = readFacts(doc).organisation;
  if (typeof sector === 'string' && sector.trim()) {
    return CALENDAR_SECTORS.has(sector.trim().toLowerCase()) && !(fact && FINANCIAL_YEAR_NAME.test(fact.value) && !NORWEGIAN_NAME.test(fact.value));
  }
  if (!fact) return false;
  // From the body only a Norwegian name counts: a UK "County Council" budgets by financial year (April–March). In front
  // matter too an English-named council does, as it does beside `sector` (trust18 en: `organisation: … County Council`).
  const english = FINANCIAL_YEAR_NAME.test(fact.value) && !NORWEGIAN_NAME.test(fact.value);
  return MUNICIPAL_NAME.test(fact.value) && (NORWEGIAN_NAME.test(fact.value) || (fact.from === 'frontmatter' && !english));
}

export default defineRule<Options>({
  meta: {
    id: 'budget-cycle-mismatch',
    description: {
      en: 'For municipal owners, the continuation decision must come before the budget for the first year of operation is proposed.',
      nb: 'For kommunale eiere må beslutningen om videreføring tas før budsjettet for første driftsår legges frem.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'info',
    fixable: false,
    options: { deadline: { type: 'string', pattern: '^\\d{2}-\\d{2}$', description: 'Last day (MM-DD) of the year before operation on which a decision still reaches the budget.' } },
  },
  messages: {
    late: {
      en: 'The service must run from {opStart}, so its running cost has to be in the {opYear} budget, which the council adopts in December {prevYear} after the budget proposal in November. `exit_decision_date` ({decision}) is after {deadline}: decide by then, or plan a budget revision and bridging funding for {opYear}.',
      nb: 'Tjenesten skal driftes fra {opStart}, så driftskostnaden må inn i budsjettet for {opYear}, som vedtas i desember {prevYear} etter budsjettforslaget i november. `exit_decision_date` ({decision}) er etter {deadline}: ta beslutningen innen da, eller planlegg budsjettregulering og mellomfinansiering for {opYear}.',
    },
  },
  defaultOptions: { deadline: '10-31' },
  check(context) {
    const { doc, options } = context;
    if (!appliesTo(doc)) return;
    const decision = factDate(doc, 'exit_decision_date');
    const end = factPilotEnd(doc);
    if (!decision || !end) return;
    const opStart = addDays(end, 1);
    // The last weeks of a year are bridged from the current budget: a pilot ending in November runs on from next year's.
    const startYear = Number(opStart.slice(0, 4));
    const opYear = daysBetween(opStart, `${startYear}-12-31`) < BRIDGEABLE_DAYS ? startYear + 1 : startYear;
    const mmdd = typeof options.deadline === 'string' && /^\d{2}-\d{2}$/.test(options.deadline) ? options.deadline : '10-31';
    const deadline = `${opYear - 1}-${mmdd}`;
    if (decision <= deadline) return;
    context.report({
      messageId: 'late',
      data: { opStart, opYear, prevYear: opYear - 1, decision, deadline },
      ...factRange(doc, 'exit_decision_date'),
    });
  },
});
