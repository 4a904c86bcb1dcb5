// owner-not-decision-level: ownership rests with frontline staff or one person, not with managers who can decide and fund.
import type { Proposal, RuleContext } from '../types';
import { defineRule } from '../util/define';
import { findPlaceholders, labelledSlot } from '../util/placeholders';
import { wordsPer } from '../util/options';
import { levelsIn, type Level } from '../util/roles';
import { memo } from '../../server/src/model/memo';
import { detectorRegex } from '../../server/src/model/match';
import { readFacts } from '../util/facts';
import { facetRoots, fmRole, headingRange, scopeBlocks, sentences } from '../util/scope';

export interface OwnerOptions extends Record<string, unknown> {
  /** Extra role words per level (plain strings; `*` marks a stem), e.g. `{ decision: ["områdesjef"] }`. */
  roles: Partial<Record<'political' | 'decision' | 'operational' | 'frontline', string[]>>;
}

type Rank = 'decision' | 'operational' | 'frontline' | 'project' | 'unknown';

const L = '[\\p{L}\\p{N}]';
/**
 * The project manager runs the pilot but cannot commit the line organisation, so the title is set aside first. So do
 * an agile team's delivery manager and scrum master (GDS service teams); a council's "Service Delivery Manager" runs
 * a service and stays a manager (trust7 en).
 */
const PROJECT = new RegExp(
  `(?<!${L})(?:(?:sub-?)?project (?:manager|lead(?:er)?|coordinator|owner's representative)s?|(?:del)?prosjekt(?:leder|leiar|koordinator)\\p{L}*|pilot (?:lead(?:er)?|manager|coordinator)|` +
    `(?<!service )(?:agile )?delivery (?:manager|lead)s?|scrum masters?)(?!${L})`,
  'giu',
);
/** Titles the lexicon cannot list one by one: any director or *-sjef decides; any head, manager or *-leder runs a unit. */
const GENERIC_DECISION = new RegExp(`(?<!${L})(?:\\p{L}*direktør\\p{L}*|\\p{L}*sjef(?:er|en|ene)?|directors?|chief|executive|decision-?makers?|beslutningstaker\\p{L}*)(?!${L})`, 'iu');
// Bare *leder*/*leiar* before the project ("Biblioteket leder prosjektet") is the verb: it leads the project, which
// makes it a project lead, not a line manager.
const GENERIC_OPERATIONAL = new RegExp(
  `(?<!${L})(?:head of|\\p{L}*managers?|\\p{L}+leder(?:e|en|ne|ere|erne)?|leder(?:e|en|ne|ere|erne)|\\p{L}+leiar(?:ar|en|ane)?|leiar(?:ar|en|ane)|` +
    `(?:leder|leiar)(?!\\s+(?:prosjekt|arbeid|pilot|konsorti|satsing|utvikling|samarbeid)\\p{L}*)|leaders?|line manager)(?!${L})`,
  'iu',
);
/**
 * Level labels as T1 writes them, nynorsk frontline words the lexicon lacks, and a UK council's singular "… Officer"
 * post ("Community Safety Officer"): decision words ("Chief Officer") are ranked before it (trust8 en).
 */
const FRONTLINE_LABEL = new RegExp(`(?<!${L})(?:front-?line|førstelinje\\p{L}*|tilsette|sjukepleiar\\p{L}*|helsefagarbeidar\\p{L}*|officer)(?!${L})`, 'iu');
const BENEFIT = new RegExp(
  `(?<!${L})(?:benefits? (?:realisation |realization )?owner|gevinstansvarlig\\p{L}*|gevinstansvarleg\\p{L}*|gevinsteier\\p{L}*|ansvarlig for gevinst\\p{L}*|responsible for (?:realising|realizing|delivering) (?:the )?benefits|` +
    // "… Parks Superintendent, who is also accountable for realizing the fuel and maintenance savings" (trust15 en).
    `(?:responsible|accountable) for (?:realising|realizing|delivering|achieving) (?:the )?(?:[\\p{L}-]+ (?:and )?){0,3}(?:benefits|savings)|` +
    // … or for the benefits themselves, with a determiner: "owns the project and is accountable for its benefits once the
    // grant ends" (trust17 en). "Responsible for tracking benefits" names a task, not their owner.
    `(?:responsible|accountable) for (?:the|its|their) (?:[\\p{L}-]+ )?(?:benefits|savings)|` +
    // … or for the benefit as the change it makes: "is responsible for the reduction in clearance costs", "accountable
    // for the increase in bookings" (trust20 en). "Responsible for measuring the reduction" is a task, not the benefit.
    `(?:responsible|accountable) for (?:the|its|their) (?:[\\p{L}-]+ )?(?:reduction|reductions|fall|drop|decrease|increase|rise|improvement|cut)s? in|` +
    // Accountable for the service's results once the pilot ends: "… Head of Adult Services, who … will be accountable for
    // the service and its results once the grant ends" (trust16 en). "Responsible for reporting results" owns none.
    `accountable for (?:the |its |their )?(?:[\\p{L}-]+ and (?:the |its |their )?)?(?:results|outcomes))(?!${L})`,
  'iu',
);
/** A role that owns the benefits, named before the verb. */
const OWNS_BENEFITS = new RegExp(
  // "… owns the service and the benefits", *eier tjenesten og gevinstene*; "owns the pilot and its benefits" (trust10 en).
  // … or the benefit's target: "the Trees and Woodlands Manager has agreed to own the survival target" (trust18 en).
  `^(.{3,80}?)\\s(?:owns|will own|(?:has |have )?agreed to own|agrees to own|eier|eig|skal eie|vil eie) (?:the |all |its |their )?(?:[\\p{L} ]{1,30} (?:and|og) (?:the |all |its |their )?)?(?:benefits|gevinstene|gevinstane|(?:[\\p{L}-]+ )?targets?)(?!${L})`,
  'iu',
);

function extra(options: OwnerOptions): Partial<Record<Level, string[]>> {
  const out: Partial<Record<Level, string[]>> = {};
  const roles = options.roles && typeof options.roles === 'object' ? options.roles : {};
  for (const [level, words] of Object.entries(roles)) {
    if (Array.isArray(words)) out[level as Level] = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
  }
  return out;
}

/** The highest level a role text names; project-management titles rank below any line role. */
/** The body names an owner at frontline level and no sponsor at all. */
function bodyFrontlineOwner(doc: Proposal, more: Partial<Record<Level, string[]>>): boolean {
  const facts = readFacts(doc);
  return !!facts.owner && !facts.sponsor && rank(facts.owner.value, more) === 'frontline';
}

function rank(text: string, more: Partial<Record<Level, string[]>>): Rank {
  const project = new RegExp(PROJECT.source, 'iu').test(text);
  const rest = text.replace(PROJECT, ' ');
  const levels = levelsIn(rest, more);
  if (levels.has('political') || levels.has('decision') || GENERIC_DECISION.test(rest)) return 'decision';
  if (levels.has('operational') || GENERIC_OPERATIONAL.test(rest)) return 'operational';
  if (levels.has('frontline') || FRONTLINE_LABEL.test(rest)) return 'frontline';
  return project ? 'project' : 'unknown';
}

const isLine = (r: Rank): boolean => r === 'decision' || r === 'operational';

/** Decision, operational and frontline levels named in the texts (political counts as decision). */
function levelsNamed(texts: readonly string[], more: Partial<Record<Level, string[]>>): Set<'decision' | 'operational' | 'frontline'> {
  const found = new Set<'decision' | 'operational' | 'frontline'>();
  // Once per distinct text (model/memo.ts): a re-lint reads only the blocks that changed.
  const table = `levelsNamed${JSON.stringify(more)}`;
  for (const t of texts) for (const level of memo(table, t, () => levelsOf(t, more))) found.add(level);
  return found;
}

function levelsOf(text: string, more: Partial<Record<Level, string[]>>): ('decision' | 'operational' | 'frontline')[] {
  const out: ('decision' | 'operational' | 'frontline')[] = [];
  const rest = text.replace(PROJECT, ' ');
  const levels = levelsIn(rest, more);
  if (levels.has('political') || levels.has('decision') || GENERIC_DECISION.test(rest)) out.push('decision');
  if (levels.has('operational') || GENERIC_OPERATIONAL.test(rest)) out.push('operational');
  if (levels.has('frontline') || FRONTLINE_LABEL.test(rest)) out.push('frontline');
  return out;
}

/** A benefit owner who is a line manager: in front matter, or named right after "benefit owner" in the text. */
function hasLineBenefitOwner(doc: Proposal, more: Partial<Record<Level, string[]>>): boolean {
  const fm = fmRole(doc, 'benefit_owner');
  if (fm && isLine(rank(fm, more))) return true;
  const named = (text: string): boolean => {
    const m = BENEFIT.exec(text);
    if (!m) return false;
    // "(line manager)" right after the term is the template's hint, not a name.
    const after = text.slice(m.index + m[0].length).replace(/^\s*\([^)]*\)/, '');
    if (isLine(rank(after, more))) return true;
    // "Gevinstansvarlig: avklares senere": the value is a placeholder, which is placeholder-text's alone (catalogue E).
    if (/^\s*[:–—-]/.test(after) && findPlaceholders(after).length > 0) return true;
    // "The head of home care is benefit owner" and "Head of Social Services (owner, benefit owner)" name the role first.
    const before = text.slice(0, m.index);
    const lead = /(?:is|er|blir|will be|as|som|and|og)\s+(?:also\s+|også\s+|og\s+)?(?:the\s+)?$/iu.test(before) ? before : /\(([^()]*,\s*)?$/.exec(before) ? before.slice(0, before.lastIndexOf('(')) : '';
    return isLine(rank(lead, more));
  };
  // In a table row the role sits in another cell of the same row; a row whose value is still a slot is placeholder-text's.
  const inRow = (text: string): boolean => (BENEFIT.test(text) && isLine(rank(text.replace(BENEFIT, ' '), more))) || labelledSlot(text, BENEFIT);
  // "The Repairs Service Manager owns the benefits": the role that owns them, in other words.
  const owns = (text: string): boolean => {
    const m = OWNS_BENEFITS.exec(text);
    return !!m && isLine(rank(m[1], more));
  };
  return doc.blocks.some((b) => (b.kind === 'tableRow' ? inRow(b.text) : sentences(b).some((s) => named(s.text) || owns(s.text))));
}

/**
 * The liberal backstop (lever19): the levels named in any words. The lexicon learns unit heads and staff titles one
 * set at a time (a *biblioteksjef*, a *kultursjef*, a *BUA-koordinator*, site leads), and each new set names its
 * levels anew: a finding on an anchoring that names a board and a manager, or a director and a unit's *-sjef*, is the
 * false alarm a reviewer counts first. Three tiers are read in the concept's general words: the top (a board,
 * committee, council or cabinet, a director or chief executive, *kommunedirektør, rådmann, kommunestyre, utval*),
 * the middle (a head of, manager, leader or supervisor, *-leder, -leiar, -ansvarleg*, and a unit's *-sjef*: below a
 * named top a *biblioteksjef* or *økonomisjef* runs a unit), and the staff (officers, coordinators, assistants,
 * technicians, super-users, site leads; *tilsette, medarbeidarar, koordinator, superbrukarar*). Two tiers are two
 * levels. Not read as a second tier: a *kommunalsjef* beside the rådmann (both decide), the benefit owner's
 * label (*gevinstansvarleg*, the role, not its level), an adviser (*rådgiver*) who
 * runs the work day to day, and project-management titles, set aside first (PROJECT) as the precise reading does.
 */
const LIBERAL_TOP = detectorRegex(
  '\\b(boards?|committees?|council|cabinet|executive|chief|ceo|\\p{L}*directors?|\\p{L}*direktør\\w*|rådmann\\w*|kommunestyre\\w*|bystyre\\w*|formannskap\\w*|fylkesting\\w*|(?!arbeids|prosjekt)\\p{L}*utval(g|get|et)?|styret|representantskap\\w*)\\b',
);
const LIBERAL_MIDDLE = detectorRegex(
  '\\b(head of|heads of|\\p{L}*managers?|(team |site |service |unit )?leaders?|supervisors?|(?!kommunal|etat|sektor|område)\\p{L}*sjef(en|er|ane|ene)?|\\p{L}+leder(e|en|ne)?|\\p{L}+leiar(ar|en|ane)?|(?!prosjekt|gevinst)\\p{L}+ansvarl(ig|eg)\\w*)\\b',
);
const LIBERAL_STAFF = detectorRegex(
  '\\b(staff|officers?|\\p{L}*coordinators?|\\p{L}*koordinator\\w*|assistants?|technicians?|inspectors?|conservators?|specialists?|workers?|crews?|wardens?|super-?users?|superbruk\\w*|superbrukar\\w*|site leads?|medarbeid\\w*|ansatte|tilsette|\\p{L}+arbeider(e|ne)?|\\p{L}+arbeidar(ar|ane)?|saksbehandler\\w*|sakshandsamar\\w*|fagperson\\w*)\\b',
);
/** Every top-tier mention, taken out before the middle tier is looked for; compiled once, not on every read. */
const LIBERAL_TOP_ALL = new RegExp(LIBERAL_TOP.source, 'giu');

/** How many of the three tiers the texts name in the liberal reading: the top alone makes any *-sjef* no second tier. */
function liberalTiers(texts: readonly string[]): number {
  const text = texts.join('\n').replace(PROJECT, ' ');
  const top = LIBERAL_TOP.test(text);
  // A *-sjef* or director is the top itself when nothing else is: only beside another top title does it run a unit.
  const middle = LIBERAL_MIDDLE.test(top ? text.replace(LIBERAL_TOP_ALL, ' ') : text);
  return [top, middle, LIBERAL_STAFF.test(text)].filter(Boolean).length;
}

/**
 * The liberal backstop (lever19): a line manager who answers for the pilot's benefits, in any words. BENEFIT and
 * OWNS_BENEFITS learn each set's wording in turn ("accountable for the service and its results once the grant ends",
 * "has agreed to own the survival target"); the backstop reads any sentence where a line role (rank) owns, answers
 * for or takes over the benefits, savings, results, outcomes or targets (*gevinstene, resultatene, måla*). It does not
 * read a task about them, which the README documents as no ownership ("responsible for tracking the benefits",
 * "reporting results", *rapportere gevinstene*), nor a promise or denial (no one, not yet, *ingen, ikkje*).
 */
const LIBERAL_BENEFIT_OWNER = detectorRegex(
  '\\b(owns?|own|accountable|responsible|answers?|ansvarleg|ansvarlig|eier|eig|tar over|takes over|take over)\\b[^.;]{0,60}\\b(benefits?|savings|results?|outcomes?|targets?|gevinst\\w*|resultat\\w*|måla|målene|måloppnåing\\w*|innsparing\\w*)\\b',
);
const NOT_BENEFIT_OWNER = detectorRegex(
  '\\b(track\\w*|report\\w*|measur\\w*|monitor\\w*|collect\\w*|record\\w*|rapporter\\w*|måle|måling\\w*|følgje opp|følge opp|registrer\\w*|no one|nobody|not yet|ingen|ikkje|ikke)\\b',
);
/**
 * A sentence that opens on a pronoun speaks of the role the sentence before it named: "Priya Raman, Youth Service
 * Manager, is the project owner. She … will be responsible for making sure the benefits … are delivered" (trust21 en).
 */
const PRONOUN_SUBJECT = /^\W*(?:she|he|they|hun|han|ho|dei|de)\b/iu;
const liberalBenefitOwner = (doc: Proposal, more: Partial<Record<Level, string[]>>): boolean =>
  doc.blocks.some((b) => {
    const ss = sentences(b);
    return ss.some((s, i) => {
      const m = LIBERAL_BENEFIT_OWNER.exec(s.text);
      if (!m || NOT_BENEFIT_OWNER.test(s.text)) return false;
      const lead = s.text.slice(0, m.index);
      return isLine(rank(lead, more)) || (i > 0 && PRONOUN_SUBJECT.test(lead) && isLine(rank(ss[i - 1].text, more)));
    });
  });

export default defineRule<OwnerOptions>({
  meta: {
    id: 'owner-not-decision-level',
    description: {
      en: 'Ownership must sit with line managers who can decide and fund: a decision-level sponsor, an operational manager, a frontline lead and a benefit owner.',
      nb: 'Eierskapet må ligge hos ledere som kan beslutte og finansiere: en prosjekteier på beslutningsnivå, en driftsleder, en leder i førstelinjen og en gevinstansvarlig.',
    },
    facet: 'anchoring',
    defaultSeverity: 'warning',
    fixable: false,
    options: { roles: wordsPer(['political', 'decision', 'operational', 'frontline'], 'Extra role words per level.') },
  },
  messages: {
    owner: {
      en: 'Owner and sponsor are only {roles}: name a sponsor at decision level (e.g. director of health and care, kommunalsjef) and an operational manager who will own the service.',
      nb: 'Eier og prosjekteier er bare {roles}: oppgi en prosjekteier på beslutningsnivå (f.eks. kommunalsjef, klinikksjef) og en driftsleder som skal eie tjenesten.',
    },
    noManager: {
      en: 'The anchoring section names no manager: name the sponsor at decision level (e.g. director of health and care, kommunalsjef) and the operational manager who will own the service.',
      nb: 'Forankringen nevner ingen leder: oppgi prosjekteier på beslutningsnivå (f.eks. kommunalsjef, klinikksjef) og driftslederen som skal eie tjenesten.',
    },
    ownerNoSponsor: {
      en: 'The owner is {roles} and no sponsor is named: name a sponsor at decision level (e.g. director of health and care, kommunalsjef) and an operational manager who will own the service.',
      nb: 'Eieren er {roles}, og ingen prosjekteier er oppgitt: oppgi en prosjekteier på beslutningsnivå (f.eks. kommunalsjef, klinikksjef) og en driftsleder som skal eie tjenesten.',
    },
    levels: {
      en: 'The anchoring names {found}: it needs at least two of decision level (director, committee), operational management (unit manager) and frontline (a lead among the staff).',
      nb: 'Forankringen nevner {found}: den trenger minst to av beslutningsnivå (kommunalsjef, utvalg), driftsledelse (enhetsleder) og førstelinjen (en leder blant de ansatte).',
    },
    foundNone: { en: 'no managers or staff', nb: 'ingen ledere eller ansatte' },
    foundOnly_decision: { en: 'only the decision level', nb: 'bare beslutningsnivået' },
    foundOnly_operational: { en: 'only operational management', nb: 'bare driftsledelsen' },
    foundOnly_frontline: { en: 'only the frontline', nb: 'bare førstelinjen' },
    benefitOwner: {
      en: 'No benefit owner who is a line manager: name the manager in the receiving unit who is accountable for realising the benefits (DFØ: gevinstansvarlig).',
      nb: 'Mangler gevinstansvarlig som er linjeleder: oppgi lederen i enheten som tar imot løsningen og har ansvar for å realisere gevinstene.',
    },
  },
  defaultOptions: { roles: {} },
  check(context: RuleContext<OwnerOptions>) {
    const { doc } = context;
    const more = extra(context.options);
    const data = doc.frontMatter?.data ?? null;
    const roots = facetRoots(doc, 'anchoring');
    const hasFmPeople = !!data && (data.owner !== undefined || data.sponsor !== undefined);
    if (roots.length === 0 && !hasFmPeople) return;
    const blocks = scopeBlocks(doc, roots);
    const fmKey = doc.frontMatter?.keyRange('owner') ?? doc.frontMatter?.keyRange('sponsor');
    const at = roots.length ? headingRange(roots[0]) : fmKey ?? context.missingAnchor();

    const people = (['owner', 'sponsor'] as const).map((k) => fmRole(doc, k)).filter((r): r is string => !!r);
    if (people.length > 0) {
      if (!people.some((r) => isLine(rank(r, more)))) {
        const messageId = fmRole(doc, 'sponsor') ? 'owner' : 'ownerNoSponsor';
        context.report({ messageId, element: 'owner', data: { roles: [...new Set(people)].join(' / ') }, ...(fmKey ?? at) });
      }
    } else if (bodyFrontlineOwner(doc, more)) {
      // Catalogue E: a fact in the body counts as in the front matter. "**Owner:** Jade Okafor (Community Safety
      // Officer)" with no sponsor anywhere leaves ownership with the frontline, whoever else the RACI informs (trust8 en).
      const owner = readFacts(doc).owner!;
      context.report({ messageId: 'ownerNoSponsor', element: 'owner', data: { roles: owner.value }, ...at });
    } else {
      const inSection = levelsNamed(blocks.map((b) => b.text), more);
      if (!inSection.has('decision') && !inSection.has('operational')) context.report({ messageId: 'noManager', element: 'owner', ...at });
    }

    const texts = [...people, fmRole(doc, 'benefit_owner') ?? '', ...blocks.map((b) => b.text)];
    const named = levelsNamed(texts, more);
    if (named.size < 2 && liberalTiers(texts) < 2) {
      const found = context.text(named.size === 0 ? 'foundNone' : `foundOnly_${[...named][0]}`);
      context.report({ messageId: 'levels', element: 'levels', data: { found }, ...at });
    }

    if (!hasLineBenefitOwner(doc, more) && !liberalBenefitOwner(doc, more)) context.report({ messageId: 'benefitOwner', element: 'benefit-owner', ...at });
  },
});
