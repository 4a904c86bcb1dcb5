// SCAFFOLD (not implemented yet): post-pilot-terms-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'post-pilot-terms-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
