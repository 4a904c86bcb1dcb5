// SCAFFOLD (not implemented yet): training-plan-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'training-plan-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
