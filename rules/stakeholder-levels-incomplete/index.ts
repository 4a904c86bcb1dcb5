// SCAFFOLD (not implemented yet): stakeholder-levels-incomplete
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'stakeholder-levels-incomplete',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
