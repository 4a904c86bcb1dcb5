// risks-missing: the proposal has no risk section, so nothing says what could stop the pilot from scaling or how to meet it.
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';

export default defineRule({
  meta: {
    id: 'risks-missing',
    description: {
      en: 'The proposal needs a risk section: the main risks, their likelihood and impact, mitigations and owners.',
      nb: 'Søknaden trenger en risikovurdering: de viktigste risikoene, sannsynlighet og konsekvens, tiltak og ansvarlige.',
    },
    facet: 'risks',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T8',
  },
  messages: {
    missing: {
      en: 'No risk section: add the main risks with likelihood and impact, a mitigation and an owner for each, including funding after the pilot, staff turnover and supplier continuity.',
      nb: 'Mangler risikovurdering: legg til de viktigste risikoene med sannsynlighet og konsekvens, tiltak og ansvarlig for hver, også finansiering etter piloten, turnover og leverandørens kapasitet.',
    },
  },
  defaultOptions: {},
  check(context) {
    checkPresence(context, 'risks', ['risks', 'risk_register', 'risk_assessment'], 'T8');
  },
});
