// SCAFFOLD (not implemented yet): owner-roles-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'owner-roles-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
