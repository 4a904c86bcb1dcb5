// exit-plan-missing: the proposal has no section on what happens after the pilot (who continues, pays, decides).
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';

export default defineRule({
  meta: {
    id: 'exit-plan-missing',
    description: {
      en: 'The proposal needs an exit or continuation plan: what happens to the service when the pilot ends.',
      nb: 'Søknaden trenger en plan for videreføring: hva som skjer med tjenesten når piloten slutter.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'error',
    fixable: true,
    template: 'T3',
  },
  messages: {
    missing: {
      en: 'No exit plan: say who decides on continuation and when, who owns and pays for the service after the pilot, and what triggers scaling.',
      nb: 'Mangler plan for videreføring: beskriv hvem som beslutter videreføring og når, hvem som eier og betaler for tjenesten etter piloten, og hva som utløser skalering.',
    },
  },
  defaultOptions: {},
  check(context) {
    checkPresence(context, 'exit_plan', ['exit_plan', 'exit-plan', 'continuation_plan'], 'T3');
  },
});
