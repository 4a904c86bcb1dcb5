// SCAFFOLD (not implemented yet): placeholder-text
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'placeholder-text',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
