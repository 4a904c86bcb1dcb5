// SCAFFOLD (not implemented yet): implementation-resources-missing
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'implementation-resources-missing',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
