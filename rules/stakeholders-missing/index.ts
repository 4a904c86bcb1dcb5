// SCAFFOLD (not implemented yet): stakeholders-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'stakeholders-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
