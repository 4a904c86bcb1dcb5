// SCAFFOLD (not implemented yet): success-criterion-incomplete
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'success-criterion-incomplete',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
