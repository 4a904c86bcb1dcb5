// SCAFFOLD (not implemented yet): risks-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'risks-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
