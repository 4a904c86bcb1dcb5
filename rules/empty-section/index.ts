// SCAFFOLD (not implemented yet): empty-section
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'empty-section',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
