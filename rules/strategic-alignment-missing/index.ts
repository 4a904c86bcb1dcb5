// SCAFFOLD (not implemented yet): strategic-alignment-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'strategic-alignment-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
