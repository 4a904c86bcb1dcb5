// SCAFFOLD (not implemented yet): procurement-route-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'procurement-route-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
