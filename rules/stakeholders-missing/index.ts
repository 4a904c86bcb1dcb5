// stakeholders-missing: the proposal has no section on stakeholders or involvement, so nobody beyond the project is engaged.
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';
import { isShiftCare } from '../util/context';
import { levelsIn } from '../util/roles';

/**
 * A paragraph that opens with the label and lists the stakeholders after it (*Interessenter: Utvalg for teknikk og miljø
 * får halvårlig rapport. …*) is the stakeholder section, set in a section about something else (trust18 nb), where it
 * names groups at two levels or more; a label that only promises the section ("Stakeholders: … added later") is none.
 */
const RUN_IN = /^[\s*_]*(?:interessenter|interessentar|interessentene|interessentane|stakeholders|key stakeholders)[*_]*\s*:[*_]*\s*\S/iu;

export default defineRule({
  meta: {
    id: 'stakeholders-missing',
    description: {
      en: 'The proposal needs a stakeholder section: who is affected at each level, what they care about and how they are involved.',
      nb: 'Søknaden trenger en interessentanalyse: hvem som berøres på hvert nivå, hva de er opptatt av og hvordan de involveres.',
    },
    facet: 'stakeholders',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T6',
  },
  messages: {
    missingNoShifts: {
      en: 'No stakeholder section: list the political or decision level, operational managers, frontline staff and their union representative, end users, and support functions (IT, procurement, data protection officer), with how each is involved.',
      nb: 'Mangler interessentanalyse: list opp politisk nivå eller beslutningsnivå, ledere i driften, ansatte i førstelinjen og tillitsvalgte, brukerne, og støttefunksjoner (IKT, innkjøp, personvernombud), og hvordan hver av dem involveres.',
    },
    missing: {
      en: 'No stakeholder section: list the political or decision level, operational managers, frontline staff and their union representative, end users and next of kin, and support functions (IT, procurement, data protection officer), with how each is involved.',
      nb: 'Mangler interessentanalyse: list opp politisk nivå eller beslutningsnivå, ledere i driften, ansatte i førstelinjen og tillitsvalgte, brukere og pårørende, og støttefunksjoner (IKT, innkjøp, personvernombud), og hvordan hver av dem involveres.',
    },
  },
  defaultOptions: {},
  check(context) {
    if (context.doc.blocks.some((b) => b.kind === 'paragraph' && RUN_IN.test(b.text) && levelsIn(b.text).size >= 2)) return;
    // Next of kin and night shifts are asked about only in shift-based care (catalogue E).
    checkPresence(context, 'stakeholders', ['stakeholders', 'stakeholder_analysis'], 'T6', isShiftCare(context.doc) ? 'missing' : 'missingNoShifts');
  },
});
