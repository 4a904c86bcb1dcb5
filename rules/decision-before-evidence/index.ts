// SCAFFOLD (not implemented yet): decision-before-evidence
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'decision-before-evidence',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
