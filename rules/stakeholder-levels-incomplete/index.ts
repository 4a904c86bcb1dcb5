// stakeholder-levels-incomplete: the stakeholder section leaves out a level (decision, management, frontline, users, support).
import type { Fix, Proposal, Section } from '../types';
import { defineRule } from '../util/define';
import { subset, wordsPer } from '../util/options';
import { isShiftCare } from '../util/context';
import { START, END, detectorRegex } from '../../server/src/model/match';
import { memo } from '../../server/src/model/memo';
import { levelsIn, type Level } from '../util/roles';
import { facetRoots, fmRole, headingRange, scopeBlocks, tableCells } from '../util/scope';
import { allSentences, appendBlock } from '../util/commercial';
import { findPlaceholders } from '../util/placeholders';
import { templateLines } from '../util/templates';

const GROUPS = ['political', 'operational', 'frontline', 'end-user', 'support'] as const;
type Group = (typeof GROUPS)[number];

export interface StakeholderOptions extends Record<string, unknown> {
  /** Groups to check; drop one (e.g. "political" for a hospital ward with no elected body) where it does not apply. */
  groups: string[];
  /** Extra role words per group (plain strings; plural and inflected forms match). */
  roles: Partial<Record<Group, string[]>>;
}

/** Role words the lexicon leaves out, per group: clinicians, nynorsk forms, councils, definite Norwegian plurals. */
const EXTRA: Record<Group, string[]> = {
  political: [
    'political', 'politicians', 'committee', 'board', 'trust board', 'decision level', 'decision-maker', 'decision maker',
    'executive management', 'representantskap*', 'politikere', 'politikarar', 'beslutningsnivå', 'beslutningstaker',
    'hovudutval*', 'kommunestyre*', 'rådmann', 'toppledelse*', 'ledergruppe*', 'head of education', 'head of health',
  ],
  operational: [
    'operational', 'management', 'manager', 'middle management', 'section manager', 'clinic manager', 'head of service',
    'ledelse', 'driftsnivå', 'mellomleder', 'einingsleiar', 'avdelingsleiar', 'teamleiar', 'fagleiar', 'styrere',
  ],
  frontline: [
    'frontline', 'front line', 'førstelinje*', 'frontlinje*', 'nurses', 'doctors', 'physicians', 'clinicians', 'dentists', 'dental hygienists',
    'hygienists', 'dermatologists', 'cardiologists', 'care staff', 'home care', 'drivers', 'caseworkers', 'advisers', 'nattevakt*',
    'helsepersonell', 'tilsette', 'tilsatte', 'hjelpepleier', 'pedagog*', 'sjåfør*', 'lege', 'leger', 'legene', 'dementia team',
  ],
  'end-user': [
    'end user', 'end users', 'sluttbruker*', 'user council', 'user panel', 'user representative', 'patient council', 'patient panel',
    'families', 'relatives', 'households', 'clients', 'children', 'pasient', 'beboer', 'elev', 'bruker', 'brukar*', 'innbygger',
    'brukerutvalg*', 'brukerråd*', 'eldreråd*', 'elevråd*', 'fau', 'barn', 'barna', 'næringsdrivende',
    'bebuar*',
  ],
  support: [
    'support', 'support functions', 'støtte', 'støttefunksjon*', 'digital team', 'information governance', 'it service', 'service desk',
    'hr', 'quality', 'personvernombod', 'tillitsvald*', 'verneombod', 'staff-side', 'ikt-*', 'it-*',
  ],
};
/**
 * Norwegian compounds: *-sjef* and *-direktør* are decision level, and so is an elected *-utvalg* or *-komité*
 * (*levekårsutvalget*, *helse- og omsorgskomiteen*; not an *arbeidsutvalg*); *-leder* (not *prosjektleder*) is
 * operational; *-lege*, *-pleier*, *-lærer*, *-terapeut* frontline, and their nynorsk forms (*-pleiar*, *-arbeidar*).
 */
const COMPOUND: Partial<Record<Group, RegExp>> = {
  political: new RegExp(`${START}(?:\\p{L}+(?:sjef|direktør)(?:en|ene|er|ar|ane)?|(?!arbeids|prosjekt|styrings)\\p{L}+(?:utvalg|utval|komite|komité)(?:et|a|en|ene|ane)?)${END}`, 'iu'),
  operational: new RegExp(`${START}(?!prosjekt)\\p{L}+(?:leder|leiar)(?:e|en|ne|ar|ane|ere|erne)?${END}`, 'iu'),
  // Nynorsk too: *sjukepleiarar*, *helsefagarbeidarane*, *tilsynslegar*, *faglærarar* (trust8 nb).
  frontline: new RegExp(`${START}\\p{L}+(?:(?:lege|pleier|lærer|arbeider|terapeut)(?:e|en|ne|r|er|ere|erne|ar|ane)?|(?:legar|legane|(?:pleiar|lærar|arbeidar)(?:ar|ane|en)?))${END}`, 'iu'),
};
/** A benefit owner or pilot owner named in governance is operational management. */
const BENEFIT_OWNER = /gevinstansvarl\p{L}*|benefit owner|owns the (pilot|service)|eier (piloten|tjenesten)|eig (piloten|tenesta)/iu;
/** "IT" only in capitals: "it" is a pronoun. */
const IT = /(?<![\p{L}\p{N}])(?:IT|IKT)(?![\p{L}\p{N}])/u;

/**
 * Level labels that fill a whole table cell ("Political / governance", "Førstelinje", "Støtte"); a *Nivå* column says
 * *Frontlinje* and *Operativ* as often (trust15 nb).
 */
const LABELS: Record<string, Group> = {
  political: 'political', politisk: 'political', decision: 'political', governance: 'political', beslutning: 'political',
  beslutningsnivå: 'political', management: 'operational', ledelse: 'operational', operational: 'operational', drift: 'operational',
  driftsnivå: 'operational', operativ: 'operational', frontline: 'frontline', 'front line': 'frontline', førstelinje: 'frontline',
  frontlinje: 'frontline', 'end user': 'end-user',
  'end users': 'end-user', users: 'end-user', brukere: 'end-user', brukarar: 'end-user', sluttbruker: 'end-user', sluttbrukere: 'end-user',
  support: 'support', støtte: 'support', støttefunksjoner: 'support', 'support functions': 'support',
};

const LEVEL_OF: Record<Exclude<Level, 'decision'>, Group> = {
  political: 'political', operational: 'operational', frontline: 'frontline', end_user: 'end-user', support: 'support',
};

function groupsIn(text: string, options: StakeholderOptions): Set<Group> {
  return new Set(memo(`stakeholder-groups${JSON.stringify(options.roles ?? {})}`, text, () => [...findGroups(text, options)]));
}

function findGroups(text: string, options: StakeholderOptions): Set<Group> {
  const extra = (g: Group): string[] => [...EXTRA[g], ...strings(options.roles?.[g])];
  const found = new Set<Group>();
  const levels = levelsIn(text, {
    political: extra('political'),
    operational: extra('operational'),
    frontline: extra('frontline'),
    end_user: extra('end-user'),
    support: extra('support'),
  });
  for (const l of levels) found.add(l === 'decision' ? 'political' : LEVEL_OF[l]);
  for (const [g, re] of Object.entries(COMPOUND) as [Group, RegExp][]) if (re.test(text)) found.add(g);
  if (IT.test(text)) found.add('support');
  return found;
}

function mostGroups(doc: Proposal, roots: readonly Section[], options: StakeholderOptions): Section {
  let best = roots[0];
  let most = -1;
  for (const r of roots) {
    const text = scopeBlocks(doc, [r]).filter((b) => b.kind !== 'heading' && b.kind !== 'tableHeader').map((b) => b.text).join('\n');
    const n = groupsIn(text, options).size;
    if (n > most) [best, most] = [r, n];
  }
  return best;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : []);

/** Decision and management roles named in the anchoring section or front matter also count: the map need not repeat governance. */
function governanceGroups(doc: Proposal, options: StakeholderOptions): Set<Group> {
  const texts = scopeBlocks(doc, facetRoots(doc, 'anchoring')).map((b) => b.text);
  for (const key of ['owner', 'sponsor', 'benefit_owner']) {
    const role = fmRole(doc, key);
    if (role) texts.push(role);
  }
  const text = texts.join('\n');
  const found = groupsIn(text, options);
  const out = new Set<Group>();
  if (found.has('political')) out.add('political');
  // The pilot's owner or benefit owner is a line manager (DFØ), whatever the title: *legevaktsjef* owns the service.
  if (found.has('operational') || found.has('political') || BENEFIT_OWNER.test(text)) out.add('operational');
  return out;
}

/**
 * The liberal backstop (lever19): the people the pilot serves, named in any words. The lexicon's end-user roles grow
 * with each set of proposals (permit holders, hytteeiere, the teams that book a hall), and each new set names its
 * users anew: a finding on a stakeholder list that does name them is the false alarm a reviewer counts first. So the
 * concept's general vocabulary counts too: the public and its kinds (residents, passengers, customers, visitors,
 * households, businesses; *innbyggere, deltakarar, kunder, lagene, hytteeiere*), anyone who holds, owns or uses what
 * the service offers ("restaurant owners", "allotment holders", *gardbrukarane*), user groups and target groups.
 * Not read: a community named as a service or committee ("Community Learning and Development staff", "the Community
 * Safety Committee"), "the Public Health team", customer service staff (who serve the customers), words that only
 * end like an owner (*sykepleiere*, *feierne*), an owner or user inside the organisation (benefit or project owner,
 * super-users, system users), and a sentence that says the users are left out ("residents are not consulted").
 */
const LIBERAL_END_USER = detectorRegex(
  '\\b(resident\\w*|citizen\\w*|passenger\\w*|customers?(?!\\s+(service|services|contact|support|care|centre|center)\\b)|patients?|pupils?|students?|visitors?|tenants?|households?|householders?|families|family|parents?|carers?|clients?|members of the public|general public|the public(?=\\s*([,;:.)]|$)|\\s+(and|or|who|in|on|at|through|via|by)\\b)|public (users|groups|members)|(local|affected) communit(y|ies)|communit(y|ies) (groups?|members?|organi[sz]ations?|representatives?|forums?)|participants?|applicants?|claimants?|borrowers?|learners?|travell?ers|commuters?|motorists?|cyclists?|pedestrians?|businesses|traders?|shopkeepers?|subscribers?|ratepayers?|taxpayers?|occupants?|guests?|patrons?|service users?|end[- ]users?|target groups?|(people|those) who (use|visit|live|book|rely)\\w*)\\b|' +
    '\\b(?!(benefit|project|service|process|system|product|risk|budget|data|asset|contract|change|super|power|key|internal|staff|admin\\w*|test|expert)\\b)\\p{L}+ (holders|owners|users)\\b|' +
    '\\b(innbygg\\w*|beboer\\w*|bebuar\\w*|pasient\\w*|elev(er|ar|ane|ene|en|råd\\w*)?|brukere|brukerne|brukarar|brukarane|sluttbruk\\w*|tjenestemottak\\w*|tenestemottak\\w*|deltaker(e|ne)|deltakar(ar|ane)|kunde(r|ne|ar|ane)?|publikum|besøkende|besøkjande|leietak\\w*|husstand\\w*|hushald\\w*|familie\\w*|foreldre|foresatte|pårørende|pårørande|lagene|klubb(er|ar|ane|ene)|foreninge(r|ne)|foreining(ar|ane)|idrettslag\\w*|idrettsråd\\w*|næringsdrivende|næringsliv\\w*|bedrift(er|ene)|verksemder|søkere|søkjarar|trafikant\\w*|passasjer\\w*|reisende|pendler\\w*|pendlar\\w*|abonnent\\w*|låner(e|ne)|lånar(ar|ane)|målgrupp\\w*|innvandrer\\w*|flyktning(er|ene|ar|ane))\\b|' +
    '\\b(?!(prosjekt|gevinst|tjeneste|teneste|system|prosess|risiko|produkt|data|super|nøkkel)\\p{L}*(eier|eigar|bruker|brukar))\\p{L}+(?<![pfl])(eiere|eierne|eigarar|eigarane)|\\p{L}+(brukere|brukerne|brukarar|brukarane)\\b|' +
    // Holders of what the service grants, as "permit holders" are: *bevillingshavere*, *løyvehavarar* (trust21 nb).
    '\\b(?!(rettighets|prosjekt|tjeneste|teneste|system)\\p{L}*havere)\\p{L}+(havere|haverne|havarar|havarane)\\b|' +
    // An internal service's users are staff named by what they ask of it, not by the work they do: *ansatte som sender
    // dem inn* (travel claims), "staff who submit claims", and, as "people who use" above, *dei som sit på stolane*,
    // *de som bruker tilbudet* (trust22 nb).
    '\\b(ansatte|tilsette|tilsatte|medarbeidere|medarbeidarar|employees|staff|colleagues) (som|who) (sender|send|sendar|leverer|søker|søkjer|bestiller|bestillar|submit|submits|claim|claims|order|orders|apply|applies)\\b|' +
    '\\b(de|dei|folk) som (bruker|brukar|besøker|besøkjer|bor|bur|bestiller|sit|sitter|låner|lånar)\\b',
);
/** Users named only to say they are left out are not stakeholders named. */
const END_USER_LEFT_OUT = detectorRegex('\\b(not|no|never|nor|without|ikke|ikkje|ingen|verken|uten|utan)\\b');

export default defineRule<StakeholderOptions>({
  meta: {
    id: 'stakeholder-levels-incomplete',
    description: {
      en: 'The stakeholder section covers every level: political or decision level, operational management, frontline staff, end users and next of kin, and support functions (IT, procurement, finance, DPO, union).',
      nb: 'Interessentanalysen dekker alle nivåer: politisk nivå eller beslutningsnivå, ledere i driften, førstelinjen, brukere og pårørende, og støttefunksjoner (IKT, innkjøp, økonomi, personvernombud, tillitsvalgte).',
    },
    facet: 'stakeholders',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T6',
    options: { groups: subset(GROUPS, 'The groups to check.'), roles: wordsPer(GROUPS, 'Extra role words per group.') },
  },
  messages: {
    fix: { en: 'Add the missing stakeholders (T6)', nb: 'Legg til manglende interessenter (T6)' },
    political: {
      en: 'The stakeholders leave out the political or decision level: name the committee, council or executive who decides on continuation, and how they are kept informed.',
      nb: 'Interessentene mangler politisk nivå eller beslutningsnivå: navngi utvalget, kommunestyret eller direktøren som beslutter videreføring, og hvordan de holdes orientert.',
    },
    operational: {
      en: 'The stakeholders leave out operational management: name the unit or line manager who will run the service.',
      nb: 'Interessentene mangler ledere i driften: navngi enhetslederen eller linjelederen som skal drive tjenesten.',
    },
    frontline: {
      en: 'The stakeholders leave out frontline staff: name the staff groups whose work changes, and how they are involved.',
      nb: 'Interessentene mangler førstelinjen: navngi personellgruppene som får endret arbeidshverdag, og hvordan de involveres.',
    },
    'end-user': {
      en: 'The stakeholders leave out end users: name the patients, residents, pupils or citizens (and next of kin) the pilot serves, and how they are involved.',
      nb: 'Interessentene mangler brukerne: navngi pasientene, beboerne, elevene eller innbyggerne (og pårørende) piloten er for, og hvordan de involveres.',
    },
    'end-user-no-kin': {
      en: 'The stakeholders leave out end users: name the residents, pupils, citizens or businesses the pilot serves, and how they are involved.',
      nb: 'Interessentene mangler brukerne: navngi innbyggerne, elevene, virksomhetene eller andre piloten er for, og hvordan de involveres.',
    },
    support: {
      en: 'The stakeholders leave out support functions: name IT, procurement, finance, the data protection officer and the union representative, who must all say yes before the pilot can scale.',
      nb: 'Interessentene mangler støttefunksjonene: navngi IKT, innkjøp, økonomi, personvernombudet og tillitsvalgte, som alle må si ja før piloten kan skaleres.',
    },
    grouped: {
      en: 'The stakeholders leave out {list}: name each group, what it cares about and how it is involved.',
      nb: 'Interessentene mangler {list}: navngi hver gruppe, hva den er opptatt av og hvordan den involveres.',
    },
    'part-political': { en: 'the political or decision level', nb: 'politisk nivå eller beslutningsnivå' },
    'part-operational': { en: 'operational management', nb: 'ledere i driften' },
    'part-frontline': { en: 'frontline staff', nb: 'førstelinjen' },
    'part-end-user': { en: 'end users', nb: 'brukerne' },
    'part-support': { en: 'support functions (IT, procurement, DPO, union)', nb: 'støttefunksjonene (IKT, innkjøp, personvernombud, tillitsvalgte)' },
  },
  defaultOptions: { groups: [...GROUPS], roles: {} },
  check(context) {
    const { doc, options } = context;
    const roots = facetRoots(doc, 'stakeholders');
    if (roots.length === 0) return;
    const blocks = scopeBlocks(doc, roots).filter((b) => b.kind !== 'heading' && b.kind !== 'tableHeader');
    const pieces = allSentences(blocks).filter((p) => findPlaceholders(p.text).length === 0);
    const found = groupsIn(pieces.map((p) => p.text).join('\n'), options);
    for (const b of blocks) {
      if (b.kind !== 'tableRow') continue;
      for (const cell of tableCells(b)) {
        for (const part of cell.text.toLowerCase().split(/\s*(?:\/|,|\band\b|\bog\b)\s*/u)) {
          const g = LABELS[part.trim()];
          if (g) found.add(g);
        }
      }
    }
    // A list of only frontline staff (and the supplier) is the catalogue's typical weakness: judge it on its own.
    const onlyFrontline = [...found].every((g) => g === 'frontline');
    if (!onlyFrontline) for (const g of governanceGroups(doc, options)) found.add(g);
    if (!found.has('end-user') && pieces.some((p) => LIBERAL_END_USER.test(p.text) && !END_USER_LEFT_OUT.test(p.text))) found.add('end-user');

    const wanted = new Set(strings(options.groups).length ? strings(options.groups) : GROUPS);
    const missing = GROUPS.filter((g) => wanted.has(g) && !found.has(g));
    if (missing.length === 0) return;
    // Of several stakeholder sections ("Who will benefit?", then "How have young people and others been involved?"),
    // the finding sits on the one that names the most groups, the stakeholder map proper; the first on a tie (trust21 en).
    const section: Section = roots.length < 2 ? roots[0] : mostGroups(doc, roots, options);
    const kin = isShiftCare(doc);
    const t6 = templateLines('T6', context.lang, kin);
    // Each member's fix is the table header (the same edit for all, so the engine keeps it once) and its own row at
    // the same place: a group silenced by a directive or waiver takes its row with it, and the survivors' rows follow
    // the header in the template's order.
    const header = appendBlock(doc, section, [t6[0], t6[1]], context.text('fix'));
    const at = header.edits[0].start;
    const fixFor = (g: Group): Fix => ({ ...header, edits: [header.edits[0], { start: at, end: at, newText: doc.eol + t6[2 + GROUPS.indexOf(g)] }] });
    // One finding lists every missing group; each group stays its own sub-id for waivers and directives.
    // Next of kin belong in the question only in shift-based care (catalogue E).
    for (const g of missing) {
      context.report({ messageId: g === 'end-user' && !kin ? 'end-user-no-kin' : g, element: g, ...headingRange(section), fix: fixFor(g), group: { messageId: 'grouped', part: `part-${g}` } });
    }
  },
});
