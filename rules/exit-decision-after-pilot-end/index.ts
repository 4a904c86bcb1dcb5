// exit-decision-after-pilot-end: the continuation decision comes after the pilot has ended (the "pilot cliff").
import { defineRule } from '../util/define';
import { daysBetween } from '../util/dates';
import { factDate, factPilotEnd, factRange } from '../util/facts';

export default defineRule({
  meta: {
    id: 'exit-decision-after-pilot-end',
    description: {
      en: 'The decision on continuing the service must fall before the pilot ends, or the service stops while it waits.',
      nb: 'Beslutningen om videreføring må tas før piloten slutter, ellers stanser tjenesten mens den venter.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    after: {
      en: '`exit_decision_date` ({decision}) is {days} after `pilot_end` ({end}): equipment goes back and staff return to the old routine before anyone decides to continue. Decide before the pilot ends, or extend the pilot to the decision.',
      nb: '`exit_decision_date` ({decision}) er {days} etter `pilot_end` ({end}): utstyret leveres tilbake og de ansatte går tilbake til gammel rutine før noen har besluttet videreføring. Ta beslutningen før piloten slutter, eller forleng piloten frem til beslutningen.',
    },
    oneDay: { en: '1 day', nb: '1 dag' },
    days: { en: '{n} days', nb: '{n} dager' },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const decision = factDate(doc, 'exit_decision_date');
    const end = factPilotEnd(doc);
    if (!decision || !end || decision <= end) return;
    const n = daysBetween(end, decision);
    context.report({
      messageId: 'after',
      data: { decision, end, days: n === 1 ? context.text('oneDay') : context.text('days', { n }) },
      ...factRange(doc, 'exit_decision_date'),
    });
  },
});
