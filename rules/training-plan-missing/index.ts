// training-plan-missing: the proposal says nothing about training or support, so the service depends on a few enthusiasts.
import { defineRule } from '../util/define';
import { checkPresence } from '../util/presence';

export default defineRule({
  meta: {
    id: 'training-plan-missing',
    description: {
      en: 'The proposal needs a training and support plan: who is trained, how, when, by whom, and what support follows go-live.',
      nb: 'Søknaden trenger en plan for opplæring og brukerstøtte: hvem som får opplæring, hvordan, når, av hvem, og hvilken støtte som finnes etter oppstart.',
    },
    facet: 'training',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T4',
  },
  messages: {
    missing: {
      en: 'No training plan: add a section saying who is trained (including night shift, temporary staff and new hires), in what format and for how many hours, who is responsible, which manual they use, and what support follows go-live.',
      nb: 'Mangler opplæringsplan: legg til en del som sier hvem som får opplæring (også nattevakter, vikarer og nyansatte), i hvilken form og hvor mange timer, hvem som er ansvarlig, hvilken brukerveiledning som brukes, og hvilken brukerstøtte som finnes etter oppstart.',
    },
  },
  defaultOptions: {},
  check(context) {
    checkPresence(context, 'training', ['training_plan'], 'T4');
  },
});
