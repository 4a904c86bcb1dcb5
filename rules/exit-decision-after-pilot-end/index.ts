// SCAFFOLD (not implemented yet): exit-decision-after-pilot-end
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'exit-decision-after-pilot-end',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
