// exit-decision-date-missing: nothing says when the decision on continuing after the pilot is taken.
import type { Proposal, Section } from '../types';
import { defineRule } from '../util/define';
import { dateField, findDates } from '../util/dates';
import { detector } from '../../server/src/model/match';

/** Inflections the lexicon's decision detector misses ("behandler", "vedtar", "decided"). */
const DECISION_EXTRA = /(?<![\p{L}])(behandl\p{L}*|vedta\p{L}*|avgj\p{L}*|decid\p{L}*|decision\p{L}*|go\/no-go)/iu;

function inExitPlan(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.facets.includes('exit_plan')) return true;
  return false;
}

/** A sentence in an exit-plan section that names a decision and a date: "the committee decides on 2026-10-15". */
function bodyDecisionDate(doc: Proposal): boolean {
  return doc.blocks.some((b) => {
    if (b.kind === 'heading' || !inExitPlan(b.section)) return false;
    // Sentences end before a capital letter, so "7. oktober" stays whole.
    return b.text.split(/(?<=[.!?])\s+(?=[\p{Lu}*_])|\r?\n(?=\s*[-*+]\s)/u).some((sentence) => {
      if (!detector('decision').test(sentence) && !DECISION_EXTRA.test(sentence)) return false;
      return findDates(sentence).length > 0;
    });
  });
}

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
      en: 'No exit decision date: set `exit_decision_date` (YYYY-MM-DD, before `pilot_end`) so the decision on continuation is planned, not left until the pilot has ended.',
      nb: 'Mangler dato for beslutning om videreføring: sett `exit_decision_date` (ÅÅÅÅ-MM-DD, før `pilot_end`) slik at beslutningen er planlagt og ikke venter til piloten er slutt.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const fm = doc.frontMatter;
    if (fm?.error) return;
    const field = dateField(doc, 'exit_decision_date');
    // A malformed date ("Q1 2026") is still a decision date; frontmatter-invalid-date asks for the exact day. A
    // placeholder ("{{YYYY-MM-DD}}", as fixes insert) is the field present and still to fill in: placeholder-text's.
    if (field.state === 'valid' || field.state === 'invalid' || field.state === 'placeholder') return;
    // With front matter the field is the contract (catalogue C); without it, a dated decision in the exit plan will do.
    if (!fm && bodyDecisionDate(doc)) return;
    const keyLine = field.state !== 'absent' ? fm?.keyRange('exit_decision_date') : undefined;
    const exit = doc.sectionsFor('exit_plan')[0];
    const range = keyLine ?? (fm ? { start: fm.start, end: fm.start + 3 } : exit ? { start: exit.heading.start, end: exit.heading.end } : context.missingAnchor());
    context.report({ messageId: 'missing', ...range, documentLevel: true });
  },
});
