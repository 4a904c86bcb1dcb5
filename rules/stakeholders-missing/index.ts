// stakeholders-missing: the proposal has no section on stakeholders or involvement, so nobody beyond the project is engaged.
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';

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
    missing: {
      en: 'No stakeholder section: list the political or decision level, operational managers, frontline staff and their union representative, end users and next of kin, and support functions (IT, procurement, data protection officer), with how each is involved.',
      nb: 'Mangler interessentanalyse: list opp politisk nivå eller beslutningsnivå, ledere i driften, ansatte i førstelinjen og tillitsvalgte, brukere og pårørende, og støttefunksjoner (IKT, innkjøp, personvernombud), og hvordan hver av dem involveres.',
    },
  },
  defaultOptions: {},
  check(context) {
    checkPresence(context, 'stakeholders', ['stakeholders', 'stakeholder_analysis'], 'T6');
  },
});
