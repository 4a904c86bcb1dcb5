// SCAFFOLD (not implemented yet): single-person-governance
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'single-person-governance',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
