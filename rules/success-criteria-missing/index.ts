// SCAFFOLD (not implemented yet): success-criteria-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'success-criteria-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
