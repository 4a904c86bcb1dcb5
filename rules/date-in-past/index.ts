// SCAFFOLD (not implemented yet): date-in-past
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'date-in-past',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
