// frontmatter-missing-field: a field the cross-checks need (dates, owner, sponsor, exit decision) is not in front matter.
import type { Bilingual, Fix, Lang, Proposal } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { isBlank } from '../util/dates';
import { lineAt } from '../../server/src/model/lines';

interface Options extends Record<string, unknown> {
  /** The fields that must be present and non-empty. */
  fields: string[];
}

const REQUIRED = ['title', 'organisation', 'pilot_start', 'pilot_end', 'owner', 'sponsor', 'exit_decision_date'];

/** Spellings that count as the field (US English). */
const ALIASES: Record<string, string[]> = { organisation: ['organization'] };

const WHY: Record<string, Bilingual> = {
  title: { en: 'name the proposal', nb: 'gi søknaden et navn' },
  organisation: { en: 'say which organisation runs the pilot and will own the service', nb: 'oppgi hvilken virksomhet som driver piloten og skal eie tjenesten' },
  pilot_start: { en: 'the date checks need the pilot period', nb: 'datokontrollene trenger pilotperioden' },
  pilot_end: { en: 'the date checks need the pilot period, and the exit decision must come before it', nb: 'datokontrollene trenger pilotperioden, og beslutningen om videreføring må komme før den' },
  owner: { en: 'name the role and person who answer for the pilot', nb: 'oppgi rollen og personen som står ansvarlig for piloten' },
  sponsor: { en: 'name the sponsor at decision level who commits the organisation', nb: 'oppgi oppdragsgiver på beslutningsnivå som forplikter virksomheten' },
  exit_decision_date: { en: 'say when the decision on continuation is taken', nb: 'oppgi når beslutningen om videreføring tas' },
};

function valueLines(field: string, doc: Proposal, lang: Lang, eol: string): string {
  const date = lang === 'nb' ? '"{{ÅÅÅÅ-MM-DD}}"' : '"{{YYYY-MM-DD}}"';
  const role = lang === 'nb' ? '{{rolle}}' : '{{role}}';
  const name = lang === 'nb' ? '{{navn}}' : '{{name}}';
  switch (field) {
    case 'title':
      return `title: ${doc.title?.heading.text ? JSON.stringify(doc.title.heading.text) : lang === 'nb' ? '"{{tittel}}"' : '"{{title}}"'}`;
    case 'organisation':
      return `organisation: ${lang === 'nb' ? '"{{virksomhet}}"' : '"{{organisation}}"'}`;
    case 'pilot_start':
    case 'pilot_end':
    case 'exit_decision_date':
    case 'date':
      return `${field}: ${date}`;
    case 'owner':
    case 'sponsor':
      return `${field}:${eol}  role: "${role}"${eol}  name: "${name}"`;
    default:
      return `${field}: "{{…}}"`;
  }
}

function isMissing(data: Record<string, unknown>, field: string): boolean {
  return [field, ...(ALIASES[field] ?? [])].every((k) => isBlank(data[k]));
}

export default defineRule<Options>({
  meta: {
    id: 'frontmatter-missing-field',
    description: {
      en: 'Front matter should give title, organisation, pilot_start, pilot_end, owner, sponsor and exit_decision_date.',
      nb: 'Front matter bør oppgi title, organisation, pilot_start, pilot_end, owner, sponsor og exit_decision_date.',
    },
    facet: 'frontmatter',
    defaultSeverity: 'warning',
    fixable: true,
    options: { fields: words('The fields to require.') },
  },
  messages: {
    addField: { en: 'Add `{field}`', nb: 'Legg til `{field}`' },
    fix: { en: 'Insert front matter with the missing fields', nb: 'Sett inn front matter med feltene som mangler' },
    missing: {
      en: 'Front matter has no `{field}`: {why}.',
      nb: 'Front matter mangler `{field}`: {why}.',
    },
    noFrontMatter: {
      en: 'No front matter: add {fields} between --- lines at the top, so dates, ownership and the exit decision can be checked.',
      nb: 'Mangler front matter: legg til {fields} mellom ---linjer øverst, slik at datoer, eierskap og beslutning om videreføring kan kontrolleres.',
    },
  },
  defaultOptions: { fields: REQUIRED },
  check(context) {
    const { doc, lang, options } = context;
    const fields = (Array.isArray(options.fields) ? options.fields : REQUIRED).filter((f): f is string => typeof f === 'string');
    if (fields.length === 0) return;
    const fm = doc.frontMatter;
    const eol = doc.eol;
    if (fm?.error) return;
    if (!fm) {
      const block = `---${eol}${fields.map((f) => valueLines(f, doc, lang, eol)).join(eol)}${eol}---${eol}${eol}`;
      const fix: Fix = {
        title: context.text('fix'),
        edits: [{ start: 0, end: 0, newText: block }],
      };
      context.report({
        messageId: 'noFrontMatter',
        data: { fields: fields.map((f) => `\`${f}\``).join(', ') },
        ...context.missingAnchor(),
        documentLevel: true,
        fix,
      });
      return;
    }
    const data = fm.data ?? {};
    const closing = lineAt(doc.source, fm.end).start;
    const firstLine = { start: fm.start, end: fm.start + 3 };
    for (const field of fields) {
      if (!isMissing(data, field)) continue;
      const lines = valueLines(field, doc, lang, eol);
      // A present but empty key is replaced, not repeated: a second `owner:` would break the YAML.
      const blankKey = field in data ? fm.keyRange(field) : undefined;
      const edit = blankKey
        ? { start: blankKey.start, end: blankKey.end, newText: lines }
        : { start: closing, end: closing, newText: lines + eol };
      const why = WHY[field]?.[lang] ?? (lang === 'nb' ? 'feltet er påkrevd i denne konfigurasjonen' : 'the configuration requires it');
      context.report({
        messageId: 'missing',
        data: { field, why },
        element: field,
        ...firstLine,
        documentLevel: true,
        fix: { title: context.text('addField', { field }), edits: [edit] },
      });
    }
  },
});
