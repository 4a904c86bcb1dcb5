// SCAFFOLD (not implemented yet): value-tradeoffs-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'value-tradeoffs-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
