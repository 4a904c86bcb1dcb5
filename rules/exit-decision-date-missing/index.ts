// exit-decision-date-missing: nothing says when the decision on continuing after the pilot is taken.
import { defineRule } from '../util/define';
import { readFacts } from '../util/facts';

export default defineRule({
  meta: {
    id: 'exit-decision-date-missing',
    description: {
      en: 'The proposal must say when the decision on continuing after the pilot is taken.',
      nb: 'Søknaden må si når beslutningen om videreføring etter piloten tas.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    missing: {
      en: 'No exit decision date: say on what date the decision on continuation is taken (in the exit plan, or as `exit_decision_date` in front matter), before the pilot ends, so it is planned and not left until the pilot has ended.',
      nb: 'Mangler dato for beslutning om videreføring: oppgi hvilken dato beslutningen om videreføring tas (i planen for videreføring, eller som `exit_decision_date` i front matter), før piloten slutter, slik at beslutningen er planlagt og ikke venter til piloten er slutt.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const fm = doc.frontMatter;
    if (fm?.error) return;
    // Any form of the fact counts: "Q1 2026" is left to frontmatter-invalid-date, "TBD" to placeholder-text.
    if (readFacts(doc).exit_decision_date) return;
    const exit = doc.sectionsFor('exit_plan')[0];
    const range = fm ? { start: fm.start, end: fm.start + 3 } : exit ? { start: exit.heading.start, end: exit.heading.end } : context.missingAnchor();
    context.report({ messageId: 'missing', ...range, documentLevel: true });
  },
});
