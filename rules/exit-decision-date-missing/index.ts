// SCAFFOLD (not implemented yet): exit-decision-date-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'exit-decision-date-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
