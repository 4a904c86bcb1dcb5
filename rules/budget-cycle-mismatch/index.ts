// SCAFFOLD (not implemented yet): budget-cycle-mismatch
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'budget-cycle-mismatch',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
