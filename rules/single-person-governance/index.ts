// single-person-governance: the owner and the sponsor are the same person, so nobody above the pilot is committed.
import { defineRule } from '../util/define';
import { isPlaceholderValue } from '../util/placeholders';
import { readFacts } from '../util/facts';

/** Lower-case, NFC, single spaces, no surrounding punctuation: "Kari  Nordmann " = "kari nordmann". */
const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');

/**
 * The person named in an `owner`/`sponsor` value: `{ role, name }` gives `name`; a string is read as the name
 * before any comma or parenthesis ("Kari Nordmann, enhetsleder").
 */
function personOf(value: unknown): string | undefined {
  let name: unknown = value;
  if (value && typeof value === 'object' && !Array.isArray(value)) name = (value as Record<string, unknown>).name;
  if (typeof name !== 'string' || isPlaceholderValue(name)) return undefined;
  const person = norm(typeof value === 'string' ? name.split(/[,(]/)[0] : name);
  return person.length >= 2 ? person : undefined;
}

export default defineRule({
  meta: {
    id: 'single-person-governance',
    description: {
      en: 'The owner and the sponsor must be different people: one enthusiast cannot anchor a pilot alone.',
      nb: 'Eier og oppdragsgiver må være ulike personer: én ildsjel kan ikke forankre en pilot alene.',
    },
    facet: 'anchoring',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    same: {
      en: '`owner` and `sponsor` are the same person ({name}): when that person leaves or changes job, the pilot has no one left to answer for it. Name a sponsor at decision level above the owner.',
      nb: '`owner` og `sponsor` er samme person ({name}): når vedkommende slutter eller bytter stilling, står ingen igjen med ansvaret. Oppgi en oppdragsgiver på beslutningsnivå over eieren.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    // Front matter when it names both; else what the body says ("Prosjekteier: Kari Nordmann, enhetsleder").
    const facts = readFacts(doc);
    const data = doc.frontMatter?.data;
    const fromFm = !!data && personOf(data.owner) !== undefined && personOf(data.sponsor) !== undefined;
    const ownerValue = fromFm ? data!.owner : facts.owner?.value;
    const sponsorValue = fromFm ? data!.sponsor : facts.sponsor?.value;
    const owner = personOf(ownerValue);
    const sponsor = personOf(sponsorValue);
    if (!owner || owner !== sponsor) return;
    const shown = typeof sponsorValue === 'object' ? String((sponsorValue as Record<string, unknown>).name).trim() : String(sponsorValue).split(/[,(]/)[0].trim();
    const range = fromFm ? doc.frontMatter!.keyRange('sponsor') ?? { start: doc.frontMatter!.start, end: doc.frontMatter!.start + 3 } : facts.sponsor!;
    context.report({ messageId: 'same', data: { name: shown }, start: range.start, end: range.end });
  },
});
