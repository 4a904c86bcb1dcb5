// success-criteria-missing: the proposal has no success or evaluation section, so nothing can trigger scaling.
import type { Proposal } from '../types';
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';
import { hasPlaceholderGoals, isCriteriaHeader, targetSections } from '../util/goals';

/** A table whose header has both a baseline and a target column holds success criteria, whatever its heading says. */
function hasCriteriaTable(doc: Proposal): boolean {
  return doc.blocks.some(isCriteriaHeader);
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
    // An objectives section that holds only a template slot is placeholder-text's (catalogue E: one concern, one finding).
    if (hasPlaceholderGoals(context.doc)) return;
    checkPresence(context, 'success', ['success_criteria', 'evaluation_plan'], 'T7');
  },
});
