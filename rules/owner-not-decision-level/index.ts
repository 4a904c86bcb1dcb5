// SCAFFOLD (not implemented yet): owner-not-decision-level
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'owner-not-decision-level',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
