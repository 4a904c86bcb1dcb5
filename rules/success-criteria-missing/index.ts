// success-criteria-missing: the proposal has no success or evaluation section, so nothing can trigger scaling.
import type { Proposal } from '../types';
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';
import { tableCells } from '../util/scope';
import { targetSections } from '../util/goals';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { termsRegex } from '../../server/src/model/match';

const BASELINE_COLUMN = new RegExp(RULE_WORDS['success-criteria-missing'].baseline_column, 'iu');
const TARGET_COLUMN = termsRegex(RULE_WORDS['success-criteria-missing'].target_column, 'iu', false);

/** A table whose header has both a baseline and a target column holds success criteria, whatever its heading says. */
function hasCriteriaTable(doc: Proposal): boolean {
  return doc.blocks.some((b) => {
    if (b.kind !== 'tableHeader') return false;
    const cells = tableCells(b).map((c) => c.text.replace(/\([^)]*\)/g, ' ').replace(/[*_`]/g, '').trim());
    return cells.some((c) => BASELINE_COLUMN.test(c)) && cells.some((c) => TARGET_COLUMN.test(c));
  });
}

export default defineRule({
  meta: {
    id: 'success-criteria-missing',
    description: {
      en: 'The proposal needs success criteria or an evaluation plan: what will be measured, from what baseline, to what target.',
      nb: 'Søknaden trenger suksesskriterier eller en evalueringsplan: hva som måles, fra hvilket nullpunkt og mot hvilket mål.',
    },
    facet: 'success',
    defaultSeverity: 'error',
    fixable: true,
    template: 'T7',
  },
  messages: {
    missing: {
      en: 'No success criteria: add a section with a few measurable criteria (metric, baseline with date, target, by when, data source) and the stop/adjust criteria that decide whether the pilot scales.',
      nb: 'Mangler suksesskriterier: legg til en del med noen få målbare kriterier (indikator, nullpunkt med dato, mål, innen når, datakilde) og kriteriene for å stoppe eller justere, som avgjør om piloten skal skaleres.',
    },
  },
  defaultOptions: {},
  check(context) {
    if (hasCriteriaTable(context.doc)) return;
    // A goals or objectives section that sets measurable targets for the pilot is where its criteria are set (catalogue E).
    if (targetSections(context.doc).length > 0) return;
    checkPresence(context, 'success', ['success_criteria', 'evaluation_plan'], 'T7');
  },
});
