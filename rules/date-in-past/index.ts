// date-in-past: a draft or submitted proposal plans a start, decision or milestone on a day that has already passed.
import { defineRule } from '../util/define';
import { fieldRange, findDates, today, validDate } from '../util/dates';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { tableCells } from '../util/scope';
import { termsRegex } from '../../server/src/model/match';
import { memo } from '../../server/src/model/memo';

interface Options extends Record<string, unknown> {
  /** The day to compare with when the document has no `date` (YYYY-MM-DD); defaults to the real date. */
  today: string;
}

const WORDS = RULE_WORDS['date-in-past'];
const PLANNING: ReadonlySet<string> = new Set(WORDS.planning_statuses);
const FIELDS = ['pilot_start', 'exit_decision_date', 'pilot_end'] as const;

/** The clause says the date lies ahead ("will start on", "skal vedtas innen")… */
const FUTURE = termsRegex(WORDS.future, 'iu', false);
/** …and the date is a target ("by 1 March"), not a source ("data from 2025-01-01"). */
const TARGET_PREP = new RegExp(`(?:${termsRegex(WORDS.target_prepositions, 'iu', false).source})\\s*$`, 'iu');
const RETROSPECTIVE = termsRegex(WORDS.retrospective, 'iu', false);

/** Dates a block's text gives as future milestones that are before `refDate`, offsets into the text; once per text (model/memo.ts). */
function pastMilestones(text: string, refDate: string): { start: number; text: string }[] {
  return memo(`date-in-past/${refDate}`, text, () => {
    const out: { start: number; text: string }[] = [];
    // Clauses end at sentence ends, semicolons and table cell borders.
    let offset = 0;
    for (const clause of text.split(/(?<=[.!?;|])\s+(?=[\p{Lu}|])|[;|]/u)) {
      const at = text.indexOf(clause, offset);
      offset = at + clause.length;
      if (!FUTURE.test(clause) || RETROSPECTIVE.test(clause)) continue;
      const future = FUTURE.exec(clause)!.index;
      for (const d of findDates(clause)) {
        if (d.start < future || d.to >= refDate || !TARGET_PREP.test(clause.slice(0, d.start))) continue;
        out.push({ start: at + d.start, text: d.text });
      }
    }
    return out;
  });
}

/** A document-control row's label: "| Status | Draft |", "| Date | 14 January 2027 |", *| Dato | 3. mars 2027 |*. */
const STATUS_LABEL = /^[*_\s]*(?:document |dokument)?status[*_\s:]*$/iu;
const DATE_LABEL = /^[*_\s]*(?:document |version |dokument)?(?:date|dato)[*_\s:]*$/iu;

/**
 * The status and date of a document without front matter, from its document-control table (catalogue E: the rules
 * that cross-check dates read them from the body too). A PRINCE2 brief or a council template opens with one (trust14 en).
 */
function documentControl(doc: Parameters<typeof validDate>[0]): { status?: string; date?: string } {
  const out: { status?: string; date?: string } = {};
  for (const b of doc.blocks) {
    if (b.kind !== 'tableRow' && b.kind !== 'tableHeader') continue;
    const cells = tableCells(b).filter((c) => c.text.trim() !== '');
    if (cells.length !== 2) continue;
    const value = cells[1].text.replace(/[*_]/g, '').trim();
    if (!out.status && STATUS_LABEL.test(cells[0].text)) out.status = value.toLowerCase();
    const day = DATE_LABEL.test(cells[0].text) ? findDates(value)[0] : undefined;
    if (!out.date && day && /^\d{4}-\d\d-\d\d$/.test(day.from)) out.date = day.from;
    if (out.status && out.date) break;
  }
  return out;
}

export default defineRule<Options>({
  meta: {
    id: 'date-in-past',
    description: {
      en: 'A draft or submitted proposal should not plan dates that have already passed.',
      nb: 'Et utkast eller en innsendt søknad bør ikke planlegge datoer som allerede er passert.',
    },
    facet: 'hygiene',
    defaultSeverity: 'info',
    fixable: false,
    options: { today: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description: 'Reference day (YYYY-MM-DD) when the document has no date.' } },
  },
  messages: {
    field: {
      en: '`{field}` ({value}) is before {ref}, but the proposal is still {status}: update the plan, or the dates that depend on it.',
      nb: '`{field}` ({value}) er før {ref}, men søknaden har fortsatt status {status}: oppdater planen, eller datoene som henger sammen med den.',
    },
    milestone: {
      en: 'The text plans {value} as a future milestone, but it is before {ref}: update the date.',
      nb: 'Teksten planlegger {value} som en fremtidig milepæl, men datoen er før {ref}: oppdater datoen.',
    },
    refDocument: { en: 'the document date ({date})', nb: 'dokumentets dato ({date})' },
    refToday: { en: 'today ({date})', nb: 'dagens dato ({date})' },
  },
  defaultOptions: { today: '' },
  check(context) {
    const { doc, options } = context;
    const data = doc.frontMatter?.data;
    const control = data ? {} : documentControl(doc);
    const status = typeof data?.status === 'string' ? data.status.trim().toLowerCase() : (control.status ?? '');
    if (!PLANNING.has(status)) return;
    const docDate = validDate(doc, 'date') ?? control.date;
    const refDate = docDate ?? today(options.today);
    const ref = context.text(docDate ? 'refDocument' : 'refToday', { date: refDate });
    for (const field of FIELDS) {
      const value = validDate(doc, field);
      if (value && value < refDate) {
        context.report({ messageId: 'field', data: { field, value, ref, status }, ...fieldRange(doc, field) });
      }
    }
    for (const block of doc.blocks) {
      if (block.kind === 'heading' || block.kind === 'tableHeader') continue;
      for (const d of pastMilestones(block.text, refDate)) {
        const start = block.start + d.start;
        context.report({ messageId: 'milestone', data: { value: d.text, ref }, start, end: start + d.text.length });
      }
    }
  },
});
