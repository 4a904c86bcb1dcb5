// SCAFFOLD (not implemented yet): frontmatter-missing-field
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'frontmatter-missing-field',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
