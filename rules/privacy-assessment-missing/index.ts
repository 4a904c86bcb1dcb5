// SCAFFOLD (not implemented yet): privacy-assessment-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'privacy-assessment-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
