// SCAFFOLD (not implemented yet): external-funding-only
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'external-funding-only',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
