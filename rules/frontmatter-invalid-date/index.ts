// frontmatter-invalid-date: a front-matter date is not an ISO day (YYYY-MM-DD), or the pilot ends before it starts.
import type { Fix, Proposal } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { DATE_FIELDS, dateField, dottedToIso, findDates, fieldRange, validDate } from '../util/dates';

interface Options extends Record<string, unknown> {
  /** Extra top-level fields that hold a date. */
  fields: string[];
}

/** Replaces the value on the key's line (quotes included) by the ISO day. */
function rewriteFix(doc: Proposal, key: string, iso: string): Fix | undefined {
  const range = doc.frontMatter?.keyRange(key);
  if (!range) return undefined;
  const line = doc.source.slice(range.start, range.end);
  const m = new RegExp(`^[^:]*:[ \\t]*(["']?)([^"'#]*?)\\1[ \\t]*(?:#.*)?$`).exec(line);
  if (!m) return undefined;
  const valueStart = range.start + line.indexOf(':') + 1 + (/^[ \t]*/.exec(line.slice(line.indexOf(':') + 1))?.[0].length ?? 0);
  const valueEnd = valueStart + m[1].length * 2 + m[2].length;
  return { title: `${key}: ${iso}`, edits: [{ start: valueStart, end: valueEnd, newText: iso }] };
}

export default defineRule<Options>({
  meta: {
    id: 'frontmatter-invalid-date',
    description: {
      en: 'Front-matter dates must be ISO days (YYYY-MM-DD), and the pilot must end after it starts.',
      nb: 'Datoer i front matter må være ISO-datoer (ÅÅÅÅ-MM-DD), og piloten må slutte etter at den starter.',
    },
    facet: 'frontmatter',
    defaultSeverity: 'error',
    fixable: true,
    options: { fields: words('Extra top-level fields that hold a date.') },
  },
  messages: {
    notIso: {
      en: '`{field}` is not a date in the form YYYY-MM-DD: "{value}"{hint}. The date checks skip this field until it is.',
      nb: '`{field}` er ikke en dato på formen ÅÅÅÅ-MM-DD: «{value}»{hint}. Datokontrollene hopper over feltet til det er rettet.',
    },
    noSuchDay: {
      en: '`{field}`: "{value}" is not a day in the calendar.',
      nb: '`{field}`: «{value}» er ikke en dag i kalenderen.',
    },
    endNotAfterStart: {
      en: '`pilot_end` ({end}) is not after `pilot_start` ({start}): the pilot has no duration.',
      nb: '`pilot_end` ({end}) er ikke etter `pilot_start` ({start}): piloten har ingen varighet.',
    },
  },
  defaultOptions: { fields: [] },
  check(context) {
    const { doc, lang, options } = context;
    if (!doc.frontMatter?.data) return;
    const extra = Array.isArray(options.fields) ? options.fields.filter((f): f is string => typeof f === 'string') : [];
    for (const field of [...DATE_FIELDS, ...extra]) {
      const f = dateField(doc, field);
      if (f.state !== 'invalid') continue;
      const range = fieldRange(doc, field);
      if (/^\s*\d{4}-\d{2}-\d{2}/.test(f.raw)) {
        context.report({ messageId: 'noSuchDay', data: { field, value: f.raw }, ...range });
        continue;
      }
      const iso = dottedToIso(f.raw);
      const period = iso ? undefined : findDates(f.raw).find((d) => d.from !== d.to);
      let hint = '';
      if (iso) hint = lang === 'nb' ? `; skriv ${iso}` : `; write ${iso}`;
      else if (period) {
        hint = lang === 'nb'
          ? `; en periode trenger en dag, mellom ${period.from} og ${period.to}`
          : `; a period needs a day, between ${period.from} and ${period.to}`;
      }
      const fix = iso ? rewriteFix(doc, field, iso) : undefined;
      context.report({ messageId: 'notIso', data: { field, value: f.raw, hint }, ...range, fix });
    }
    const start = validDate(doc, 'pilot_start');
    const end = validDate(doc, 'pilot_end');
    if (start && end && end <= start) {
      context.report({ messageId: 'endNotAfterStart', data: { start, end }, ...fieldRange(doc, 'pilot_end') });
    }
  },
});
