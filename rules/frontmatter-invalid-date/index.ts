// SCAFFOLD (not implemented yet): frontmatter-invalid-date
import { defineRule } from '../util/define';

export default defineRule({
  meta: {
    id: 'frontmatter-invalid-date',
    description: { en: 'Not implemented yet', nb: 'Ikke implementert ennå' },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {},
  defaultOptions: {},
  check() {},
});
