// SCAFFOLD (not implemented yet): soft-outcomes-only
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'soft-outcomes-only',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
