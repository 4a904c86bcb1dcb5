// SCAFFOLD (not implemented yet): commitment-not-evidenced
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'commitment-not-evidenced',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
