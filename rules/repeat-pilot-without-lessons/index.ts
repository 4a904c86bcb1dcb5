// SCAFFOLD (not implemented yet): repeat-pilot-without-lessons
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'repeat-pilot-without-lessons',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
