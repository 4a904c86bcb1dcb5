// SCAFFOLD (not implemented yet): exit-plan-incomplete
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'exit-plan-incomplete',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
