// SCAFFOLD (not implemented yet): stop-criteria-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'stop-criteria-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
