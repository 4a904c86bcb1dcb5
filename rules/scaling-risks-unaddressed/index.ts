// SCAFFOLD (not implemented yet): scaling-risks-unaddressed
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'scaling-risks-unaddressed',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
