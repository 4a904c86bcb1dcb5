// frontmatter-missing-field: a planning fact the cross-checks need (dates, owner, sponsor) is given neither in front matter nor in the body.
import type { Bilingual, Fix, Proposal, RuleContext } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { isBlank } from '../util/dates';
import { lineAt } from '../../server/src/model/lines';
import { findCue, proseSentences } from '../util/commercial';
import { placeholderFacts, readFacts, type FactKey, type Facts } from '../util/facts';

interface Options extends Record<string, unknown> {
  /** The fields that must be present and non-empty. */
  fields: string[];
}

// exit_decision_date is exit-decision-date-missing's concern alone (catalogue E).
const REQUIRED = ['title', 'organisation', 'pilot_start', 'pilot_end', 'owner', 'sponsor'];

/** Keys that say the front matter is pilotlint's (catalogue E); `title`, `date`, `layout`, `weight`, `type` come from site generators. */
const PLANNING = ['organisation', 'organization', 'pilot_start', 'pilot_end', 'owner', 'sponsor', 'exit_decision_date', 'budget', 'supplier'];

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

/** A field's YAML lines, filled from what the body says where it says it, else with a `{{…}}` value. */
function valueLines(field: string, doc: Proposal, text: RuleContext['text'], eol: string, facts: Facts): string {
  const known = (facts as Record<string, { value: string; from: string } | undefined>)[field];
  if (known?.from === 'body' && field !== 'title') return `${field}: ${JSON.stringify(known.value.replace(/\s+/g, ' '))}`;
  const date = `"${text('placeholderDate')}"`;
  const role = text('placeholderRole');
  const name = text('placeholderName');
  switch (field) {
    case 'title':
      return `title: ${doc.title?.heading.text ? JSON.stringify(doc.title.heading.text) : `"${text('placeholderTitle')}"`}`;
    case 'organisation':
      return `organisation: "${text('placeholderOrganisation')}"`;
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

function inFrontMatter(data: Record<string, unknown>, field: string): boolean {
  return [field, ...(ALIASES[field] ?? [])].some((k) => !isBlank(data[k]));
}

/**
 * A Word export's title: the document opens with a short one-line paragraph that is not a sentence
 * ("Prosjektplan – Digital byggesaksveileder (pilot)"), followed by more text; or with a title block of a few such
 * lines, the document type over its name ("Prosjektmandat", then "Jobbspesialist i psykisk helse og rus (IPS) – pilot
 * i Lundvik kommune", trust9 nb), or a Word title page: organisation, document title, "Version 0.6 | November 2026",
 * with no blank line between them (trust9 en).
 */
function plainTitle(doc: Proposal): boolean {
  const [first, second] = doc.blocks;
  if (!first || !second || first.kind !== 'paragraph') return false;
  const lines = first.text.replace(/[*_]/g, '').split(/\r?\n/).map((l) => l.trim());
  return lines.length <= MAX_TITLE_LINES && lines.every((l) => l !== '' && l.split(/\s+/).length <= 14 && !/[.:;,!?]$/.test(l));
}
/** A title page runs to a few lines; a longer run of short lines is a list or an address block, not a title. */
const MAX_TITLE_LINES = 4;

/**
 * Liberal backstop (lever19): the body names the organisation in words the facts reader has not met. Each new set of
 * proposals names its body anew ("Northgate Libraries", *Kulturetaten*), and a front-matter finding on a proposal
 * whose text gives the organisation is the false alarm reviewers name most often on documents without front matter.
 * A proper name that ends in a kind of public body counts; a post ("the Manager Libraries") and a company form (AS,
 * Ltd: the supplier) do not. Spans of dates and director-level roles were measured too and left out: they undo
 * documented readings (a span that is not the pilot's, a sponsor still to be found).
 */
const LIBERAL_FIELD: Record<string, RegExp> = {
  organisation: new RegExp(
    '\\b(?<!\\b(of|for) )((?!(Manager|Head|Director|Officer|Coordinator|Chair|Lead|Leader|General|Assistant|Deputy|Chief|Senior)\\b)\\p{Lu}[\\p{L}\'’&-]*,? ){1,5}(Council|Borough|County|District|City|Authority|Trust|Board|Service|Services|Department|Directorate|Agency|Partnership|Association|Library|Libraries|Museum|Museums|School|Academy|College|University|Hospital|Police|Fire and Rescue|Housing|Homes|Foundation)\\b|' +
      '\\b\\p{Lu}[\\p{L}-]+( \\p{Lu}?[\\p{L}-]+){0,3} (kommune|fylkeskommune|bydel|IKS|KF|HF|bibliotek|museum)\\b|\\b\\p{Lu}[\\p{L}-]*(etaten|etat|direktoratet|kommune|biblioteket|museet|skolen|skulen|sykehuset|sjukehuset|helseforetak)\\b',
    'u',
  ),
};

/** Given in the body by the liberal backstop (above). */
function liberallyGiven(doc: Proposal, field: string): boolean {
  const re = LIBERAL_FIELD[field === 'organization' ? 'organisation' : field];
  return !!re && !!findCue(proseSentences(doc), re);
}

/** Given in front matter, or (catalogue E) stated in the body: the title heading, a labelled line, a dated decision. */
function isGiven(doc: Proposal, facts: Facts, field: string): boolean {
  if (inFrontMatter(doc.frontMatter?.data ?? {}, field)) return true;
  if (field === 'title') return !!doc.title || plainTitle(doc);
  // A placeholder value counts as present: placeholder-text reports the slot (catalogue E).
  return !!(facts as Record<string, unknown>)[field] || placeholderFacts(doc).has(field as FactKey) || liberallyGiven(doc, field);
}

export default defineRule<Options>({
  meta: {
    id: 'frontmatter-missing-field',
    description: {
      en: 'The proposal should give its title, organisation, pilot start and end, owner and sponsor, in front matter or in the text.',
      nb: 'Søknaden bør oppgi tittel, virksomhet, start og slutt for piloten, eier og oppdragsgiver, i front matter eller i teksten.',
    },
    facet: 'frontmatter',
    defaultSeverity: 'warning',
    fixable: true,
    options: { fields: words('The fields to require.') },
  },
  messages: {
    addFields: { en: 'Add the missing fields', nb: 'Legg til feltene som mangler' },
    fix: { en: 'Insert front matter filled in from the text', nb: 'Sett inn front matter fylt ut fra teksten' },
    missing: {
      en: 'Front matter has no `{field}`, and the text does not say it either: {why}.',
      nb: 'Front matter mangler `{field}`, og teksten sier det heller ikke: {why}.',
    },
    grouped: {
      en: 'Front matter has no {list}, and the text does not say them either: add them so dates and ownership can be checked.',
      nb: 'Front matter mangler {list}, og teksten sier dem heller ikke: legg dem til slik at datoer og eierskap kan kontrolleres.',
    },
    noFrontMatter: {
      en: 'Optional: front matter with {fields} lets pilotlint check dates and ownership; the text does not say them.',
      nb: 'Valgfritt: front matter med {fields} lar pilotlint kontrollere datoer og eierskap; teksten sier dem ikke.',
    },
    whyConfigured: { en: 'the configuration requires it', nb: 'feltet er påkrevd i denne konfigurasjonen' },
    // Placeholders the fix writes, in the template's {{…}} form (format() leaves them alone: no data is passed).
    placeholderTitle: { en: '{{title}}', nb: '{{tittel}}' },
    placeholderOrganisation: { en: '{{organisation}}', nb: '{{virksomhet}}' },
    placeholderDate: { en: '{{YYYY-MM-DD}}', nb: '{{ÅÅÅÅ-MM-DD}}' },
    placeholderRole: { en: '{{role}}', nb: '{{rolle}}' },
    placeholderName: { en: '{{name}}', nb: '{{navn}}' },
  },
  defaultOptions: { fields: REQUIRED },
  check(context) {
    const { doc, lang, options } = context;
    const fields = (Array.isArray(options.fields) ? options.fields : REQUIRED).filter((f): f is string => typeof f === 'string');
    const fm = doc.frontMatter;
    if (fields.length === 0 || fm?.error) return;
    const facts = readFacts(doc);
    const missing = fields.filter((f) => !isGiven(doc, facts, f));
    if (missing.length === 0) return;
    const eol = doc.eol;
    const data = fm?.data ?? {};
    // Warning only where the front matter is pilotlint's; without planning fields the document chose not to use it.
    const severity = PLANNING.some((k) => !isBlank(data[k])) ? 'warning' : 'hint';
    const line1 = { start: 0, end: lineAt(doc.source, 0).end };
    if (!fm) {
      const block = `---${eol}${fields.map((f) => valueLines(f, doc, context.text, eol, facts)).join(eol)}${eol}---${eol}${eol}`;
      const fix: Fix = {
        title: context.text('fix'),
        edits: [{ start: 0, end: 0, newText: block }],
      };
      context.report({
        messageId: 'noFrontMatter',
        data: { fields: missing.map((f) => `\`${f}\``).join(', ') },
        ...line1,
        severity,
        documentLevel: true,
        fix,
      });
      return;
    }
    const closing = lineAt(doc.source, fm.end).start;
    const title = context.text('addFields');
    for (const field of missing) {
      const lines = valueLines(field, doc, context.text, eol, facts);
      // A present but empty key is replaced, not repeated: a second `owner:` would break the YAML.
      const blankKey = field in data ? fm.keyRange(field) : undefined;
      const edit = blankKey ? { start: blankKey.start, end: blankKey.end, newText: lines } : { start: closing, end: closing, newText: lines + eol };
      const fix: Fix = { title, edits: [edit] };
      const why = WHY[field]?.[lang] ?? context.text('whyConfigured');
      context.report({
        messageId: 'missing',
        data: { field, why },
        element: field,
        ...line1,
        severity,
        documentLevel: true,
        fix,
        group: { messageId: 'grouped', part: `\`${field}\`` },
      });
    }
  },
});
