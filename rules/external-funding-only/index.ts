// external-funding-only: the pilot lives on grants alone and nothing says who pays once they run out.
import { defineRule } from '../util/define';
import { isBlank } from '../util/dates';
import { isPlaceholderValue } from '../util/placeholders';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { termsRegex } from '../../server/src/model/match';

/** Names that mark money from outside the owner's own budget. */
const EXTERNAL = termsRegex(RULE_WORDS['external-funding-only'].external, 'iu', false);
/** Names that mark the owner's own money; they win over EXTERNAL ("innovation fund in our own budget"). */
const INTERNAL = termsRegex(RULE_WORDS['external-funding-only'].internal, 'iu', false);

type Kind = 'external' | 'internal' | 'unknown';

function kindOf(entry: unknown): Kind {
  if (typeof entry === 'string') return INTERNAL.test(entry) ? 'internal' : EXTERNAL.test(entry) ? 'external' : 'unknown';
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'unknown';
  const e = entry as Record<string, unknown>;
  const type = typeof e.type === 'string' ? e.type.trim().toLowerCase() : '';
  if (/^(external|ekstern)/.test(type)) return 'external';
  if (/^(internal|intern|own|egen)/.test(type)) return 'internal';
  const name = [e.source, e.name, e.funder, e.kilde].find((v): v is string => typeof v === 'string');
  return name ? kindOf(name) : 'unknown';
}

const label = (entry: unknown): string => {
  if (typeof entry === 'string') return entry;
  const e = (entry ?? {}) as Record<string, unknown>;
  return String([e.source, e.name, e.funder, e.kilde].find((v) => typeof v === 'string') ?? e.type ?? '?');
};

export default defineRule({
  meta: {
    id: 'external-funding-only',
    description: {
      en: 'A pilot paid only by grants needs a statement of who funds the service after the pilot.',
      nb: 'En pilot som bare er finansiert med eksterne midler, må si hvem som finansierer tjenesten etter piloten.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    externalOnly: {
      en: 'Every funding source is external ({sources}) and there is no `post_pilot_funding`: when the grant ends, nothing pays for the service. Name the budget line that takes over.',
      nb: 'All finansiering er ekstern ({sources}), og `post_pilot_funding` mangler: når tilskuddet tar slutt, er det ingen som betaler for tjenesten. Oppgi budsjettposten som overtar.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const data = doc.frontMatter?.data;
    if (!data) return;
    const budget = data.budget && typeof data.budget === 'object' && !Array.isArray(data.budget) ? (data.budget as Record<string, unknown>) : {};
    const sources = budget.funding_sources ?? data.funding_sources;
    const list = Array.isArray(sources) ? sources : typeof sources === 'string' ? [sources] : [];
    if (list.length === 0 || !list.every((s) => kindOf(s) === 'external')) return;
    const after = data.post_pilot_funding ?? budget.post_pilot_funding;
    if (!isBlank(after) && !isPlaceholderValue(after)) return;
    const key = budget.funding_sources !== undefined ? 'budget' : 'funding_sources';
    const range = doc.frontMatter?.keyRange(key) ?? { start: doc.frontMatter!.start, end: doc.frontMatter!.start + 3 };
    context.report({ messageId: 'externalOnly', data: { sources: list.map(label).join('; ') }, ...range });
  },
});
