// training-plan-incomplete: the training plan lacks its audience, format, hours, responsible role, manual or after-go-live support.
import type { RuleContext, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { subset } from '../util/options';
import { isShiftCare } from '../util/context';
import { detector, detectorRegex } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { findDates } from '../util/dates';
import { companyNames } from '../util/commercial';
import { escapeRegExp } from '../../server/src/model/match';
import { templateLines } from '../util/templates';
import { findPlaceholders } from '../util/placeholders';
import { memo } from '../../server/src/model/memo';
import { appendToSection, facetRoots, headingRange, isEmptyValue, scopeBlocks, tableCells } from '../util/scope';

const ELEMENTS = ['audience', 'format', 'hours', 'responsible', 'manual', 'support'] as const;
type Element = (typeof ELEMENTS)[number];
/** The element detectors, as data (lexicon.yaml `rule_words.training-plan-incomplete`). */
const WORDS = RULE_WORDS['training-plan-incomplete'];

export interface TrainingOptions extends Record<string, unknown> {
  /** Elements to check; drop one where it does not apply (e.g. "audience" for a pilot without shifts or temps). */
  elements: string[];
}

/** Who is trained, including the groups most often forgotten (super-users are trainers, so they do not count here). */
const AUDIENCE = detectorRegex(WORDS.audience);
/**
 * Outside shift-based care there are no night shifts or agency pools to forget: naming the staff group that is
 * trained ("the six Permit Office officers get a half day", "Kontaktlærere og rådgivere får et kurs") is the audience.
 */
const TRAINEES = detectorRegex(WORDS.trainees);
/** A counted group being trained, whatever it is called ("the two coaches … will attend", "a session for the 12 volunteers"). */
const TRAINEE_GROUPS = detectorRegex(WORDS.trainee_groups);
/** An audience of permanent staff only; in shift-based care the temporary staff who cover shifts must be named too. */
const PERMANENT_ONLY = detectorRegex(WORDS.permanent_only);
const TEMPORARY = detectorRegex(WORDS.temporary);
const FORMAT = detectorRegex(WORDS.format);
const SCHEDULE = detectorRegex(WORDS.schedule);
const RESPONSIBLE = detectorRegex(WORDS.responsible);
const MANUAL = detectorRegex(WORDS.manual);
const SUPPORT = detectorRegex(WORDS.support);
const HOURS = detector('hours');
const DAY_SHIFTS = detectorRegex(WORDS.day_shifts);
const NIGHT = detectorRegex(WORDS.night);
/** A slot for a duration: "xx timer", "xx days". */
const TIME_SLOT = /time|timar|timer|dag|uke|veke|hour|day|week|min/iu;
const AFTER_GO_LIVE = detector('after_go_live');

/** Header cell → element, for plans written as a table like T4. */
const COLUMNS: [Element, RegExp][] = [
  ['audience', /audience|target group|participants|målgruppe|deltaker|hvem/iu],
  ['responsible', /responsib|ansvarlig|trainer|instruktør|led by/iu],
  ['hours', /hours|timer|schedule|tidsplan|duration|varighet|when|når|dato|date/iu],
  ['manual', /materials?|materiell|manual|veileder|documentation|dokumentasjon/iu],
  ['format', /format|method|metode|opplæringsform|form/iu],
];

/**
 * The supplier's own trainer runs no internal training (catalogue D6): "Memoria's trainer", "a trainer from the
 * supplier" are taken out before the responsible role is looked for.
 */
function withoutSupplierTrainers(text: string, companies: readonly string[]): string {
  const who = [WORDS.supplier_people, ...companies.map(escapeRegExp)].join('|');
  const re = new RegExp(
    `(?:${who})(?:['’]s?|ens|s)? (?:${WORDS.trainer_words})|(?:${WORDS.trainer_words}) (?:from|by|at|fra|frå|hos) (?:the |a |an )?(?:${who})`,
    'giu',
  );
  // "delivered by CodeWorks", "run by the supplier": the supplier's delivery names no internal role either.
  const delivery = new RegExp(`(?:${WORDS.supplier_delivery}) (?:the |a |an |our )?(?:${who})`, 'giu');
  return text.replace(re, ' ').replace(delivery, ' ');
}

/**
 * In shift-based care, trainees named by their day or evening shifts (*alle ansatte på dag- og kveldsvakt*, "the day
 * shift") leave out the night shift unless it is named too; a sentence about support after go-live is not the audience.
 */
function dayShiftsOnly(text: string): boolean {
  if (NIGHT.test(text)) return false;
  return trainingSentence(text, DAY_SHIFTS);
}

/** The sentences of a training section's text, cut where its lines and sentences end. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n/u);
/** Whether a sentence matches `cue` and is about the training itself, not the support after go-live. */
const trainingSentence = (text: string, cue: RegExp): boolean =>
  sentencesOf(text).some((s) => cue.test(s) && !SUPPORT.test(s) && !AFTER_GO_LIVE.test(s));

/**
 * Which elements the blocks hold, once per distinct blocks (model/memo.ts): it reads only their kinds and texts, and
 * ran its dozen patterns over every training section of the document on each re-lint (5-15 ms a megabyte).
 */
function present(blocks: readonly TextBlock[], shifts: boolean, companies: readonly string[]): Record<Element, boolean> {
  const key = blocks.map((b) => `${b.kind}\u0001${b.text}`).join('\u0000');
  return { ...memo(`training-present/${shifts}/${JSON.stringify(companies)}`, key, () => scan(blocks, shifts, companies)) };
}

function scan(blocks: readonly TextBlock[], shifts: boolean, companies: readonly string[]): Record<Element, boolean> {
  // Header cells name columns, not content: an empty Materials column is no manual. A wrapped line is one sentence
  // ("leidd av↵driftsleiar bygg"), so soft line breaks read as spaces.
  const text = blocks.filter((b) => b.kind !== 'tableHeader').map((b) => b.text.replace(/\s+/g, ' ')).join('\n');
  // A slot is placeholder-text's (catalogue E): "(xx timer)" gives the hours their place, and the template's "Fylles ut
  // av prosjektleder" names who writes the plan, not who trains.
  const slots = findPlaceholders(text);
  let unslotted = text;
  for (const p of [...slots].reverse()) unslotted = unslotted.slice(0, p.start) + ' '.repeat(p.end - p.start) + unslotted.slice(p.end);
  const has: Record<Element, boolean> = {
    audience:
      shifts && PERMANENT_ONLY.test(text)
        ? TEMPORARY.test(text)
        : shifts && dayShiftsOnly(text)
          ? false
          : AUDIENCE.test(text) || (!shifts && (TRAINEES.test(text) || TRAINEE_GROUPS.test(text))),
    format: FORMAT.test(text) || detector('training_format').test(text),
    hours: HOURS.test(text) || SCHEDULE.test(text) || findDates(text).length > 0 || slots.some((p) => TIME_SLOT.test(p.text)),
    responsible: RESPONSIBLE.test(withoutSupplierTrainers(unslotted, companies)),
    manual: MANUAL.test(text),
    support: SUPPORT.test(text) || AFTER_GO_LIVE.test(text),
  };
  if (!shifts && !has.audience && liberalAudience(text)) has.audience = true;
  if (!has.hours && liberalHours(text)) has.hours = true;
  if (!has.responsible && liberalResponsible(unslotted, companies)) has.responsible = true;
  // A table column counts when any row fills it (a `{{…}}` cell is left to placeholder-text).
  let cols: (Element | undefined)[] | null = null;
  for (const b of blocks) {
    if (b.kind === 'tableHeader') {
      cols = tableCells(b).map((c) => COLUMNS.find(([, re]) => re.test(c.text))?.[0]);
      continue;
    }
    if (b.kind !== 'tableRow') {
      if (b.kind === 'heading') cols = null;
      continue;
    }
    if (!cols) continue;
    tableCells(b).forEach((c, i) => {
      const e = cols![i];
      if (e && (c.text.includes('{{') || !isEmptyValue(c.text))) has[e] = true;
    });
  }
  return has;
}

/** The T4 line that adds an element: "Header: cell" from the template's table, or its support line. */
function fixLine(element: Element, lang: 'en' | 'nb', care: boolean): string {
  const t = templateLines('T4', lang, care);
  if (element === 'support') return `- ${t[4]}`;
  const i = ['audience', 'format', 'hours', 'responsible', 'manual'].indexOf(element);
  const head = tableCells({ text: t[0], start: 0, end: t[0].length })[i].text;
  const cell = tableCells({ text: t[2], start: 0, end: t[2].length })[i].text;
  return `- ${head}: ${cell}`;
}

/**
 * The liberal backstop (lever19): outside shift-based care, any staff group the plan gives its training to, in any
 * words. The lexicon's trainee words grow with each set of proposals (drivers, hall wardens, quay inspectors), and
 * each new set names its trainees anew: a course "for the six quay inspectors", "Hallvaktene fikk en times
 * gjennomgang", "Sjåfører og ruteplanleggere: én times gjennomgang" names the audience as well as the lexicon's words
 * do. A group after "for"/"to" must be people (an agent noun, staff, a team or a unit: *-ere, -arar, -ørane,
 * -seksjonen*): a walk-through "for the alerts" trains nobody. Not read: shift-based care, where the audience must name
 * the night and temporary staff (catalogue E), and likewise a sentence whose trainees are clinical or care staff
 * (midwives, nurses, *sykepleiere*), whom the care rule asks the same of; a sentence whose trainees are the core team or
 * super-users (trainers, not the audience); a line labelled with another element ("Format: …", "How: …").
 */
const TRAINING_WORD = '(\\p{L}*kurs\\w*|opplæring\\w*|innføring\\w*|gjennomgang\\w*|opplæringsøkt\\w*|samling\\w*|demonstrasjon\\w*|rettleiing\\w*|veiledning\\w*|instruksjon\\w*|introduksjon\\w*|course|courses|sessions?|training|introduction|briefings?|walk-?through|demonstration|demo|workshops?|induction|onboarding|webinar\\w*|refresher|tutorials?|lessons?)';
/** People as a group: agent nouns, staff, teams and units (en, nb, nn). */
const PEOPLE = '\\p{L}*(ers|ors|ists|ians|ants|staff|teams?|crews?|people|employees|colleagues|volunteers|ere|erne|arar|arane|ører|ørene|ørar|ørane|ister|istene|istar|istane|ansatte|tilsette|seksjonen|avdelingen|avdelinga|teamet|kontoret|gruppa|gruppen|etaten|mannskap\\w*|personalet|vaktene|vakter)';
const LIBERAL_AUDIENCE = detectorRegex(
  `\\b${TRAINING_WORD}\\b[^.;]{0,40}\\b(to|for|til)\\s+(the |all |every |each |our |alle |dei |de |våre |kvar |hver )?(\\d+ |(?!å\\b)[\\p{L}-]+ )?${PEOPLE}\\b|` +
    `\\b(?!(we|they|it|this|which|who|vi|dei|de|det|den|som|han|hun|ho)\\b)\\p{L}{3,} (will |shall |skal |vil )?(get|gets|got|receive|receives|received|attend|attends|attended|are trained|were trained|be trained|take part in|took part in|får|fikk|fekk|få|blir lært opp|vert lært opp|blir kursa|blir kurset|deltar på|deltek på|gjennomgår)\\b[^.;]{0,80}\\b${TRAINING_WORD}\\b|` +
    `^\\W*(?!(format|method|metode|how|hvordan|korleis|hours?|duration|varighet|timar|timer|when|når|tidspunkt|schedule|tidsplan|where|hvor|kvar|responsible|ansvarlig|ansvarleg|ansvar|trainers?|by|manual|materials?|materiell|support|støtte|training|opplæring|courses?|kurs|what|hva|kva|costs?|kostnad\\w*|who|hvem|kven)\\b)(?=[^:]{0,60}\\b${PEOPLE}\\b[^:]{0,30}:)\\p{L}[\\p{L} ,-]{2,60}:\\s*[^.]{0,60}\\b${TRAINING_WORD}\\b`,
);
/** The core team and super-users are trainers, not the audience (README); clinical and care staff are care's audience. */
const NOT_LIBERAL_TRAINEES = detectorRegex(
  '\\b(core team|project team|pilot team|super-?users?|superbruk\\w*|superbrukar\\w*|kjerneteam\\w*|prosjektgrupp\\w*|prosjektteam\\w*|key users?|nøkkelbruk\\w*|champions?|midwi\\w*|nurs\\w*|doctors?|clinicians?|physicians?|carers?|care (staff|workers?|assistants?)|health ?care assistants?|therapists?|paramedics?|jordm\\w*|sykepleie\\w*|sjukepleiar\\w*|helsefagarbeid\\w*|omsorgsarbeid\\w*|leger|legar\\w*|legene|terapeut\\w*)\\b',
);
/**
 * Everyone who does what the service asks, as the audience: *oppslag på intranettet for alle som bestiller møblar*, "a
 * video for everyone who books a room" names all its users, not the core team (trust22 nb).
 */
const FOR_ALL_WHO = detectorRegex('\\b(for|til|to) (alle|everyone|everybody|anyone|all those|those) (som|who) \\p{L}{3,}');
const liberalAudience = (text: string): boolean =>
  sentencesOf(text).some((s) => LIBERAL_AUDIENCE.test(s) && !NOT_LIBERAL_TRAINEES.test(s)) || trainingSentence(text, FOR_ALL_WHO);

/**
 * The liberal backstop (lever19): how long, in any words. The lexicon's durations grow with each set of
 * proposals (*en times gjennomgang*, "a two-hour walk-through"); each new set words its duration anew, and a finding on
 * a plan that says how long the training takes is the false alarm a reviewer counts first. Any count or fraction next
 * to a unit of time counts, in any inflection (*en times, to timar, halv dag*, "90-minute", "one afternoon"). A
 * moment with no length (*ved oppstart*, "at go-live") is no duration, and a sentence about the support after go-live
 * ("the helpdesk is open two hours a day") gives no training hours.
 */
const LIBERAL_HOURS = detectorRegex(
  '\\b(\\d+([,.]\\d+)?|an?|one|two|three|four|half|en|ett|én|ein|eitt|éin|to|tre|fire|halv|halve|halvannen|halvanna)[ -]?(times?|timers?|timar\\w*|timen|hours?|hour-long|minutt\\w*|minutes?|min|dag(s|en|ar|er)?|days?|day-long|uke\\w*|veke\\w*|weeks?|kvelds?|mornings?|ettermiddag\\w*|afternoons?)\\b',
);
const liberalHours = (text: string): boolean =>
  trainingSentence(text, LIBERAL_HOURS);

/**
 * The liberal backstop (lever19): someone inside the organisation runs or answers for the training, in any words. The
 * lexicon's trainer words grow with each set of proposals (*holdt av idrettskonsulenten*, "Ruth trains", *har ansvaret
 * for at alle tilsette har gjennomført opplæringa*); each new set words it anew. Read: a role that has the
 * responsibility for the training, a role that trains, runs, leads or gives it, and training held, run or given by a
 * role. Not read: the supplier, in any of these (catalogue D6: it leaves with the pilot), the course itself or a
 * pronoun as the one who gives it (*Kursa gjev innføring i …*), and a responsibility for something other than the
 * training (*ansvaret for at lokalet er ope*, trust16 nn).
 */
const RESPONSIBLE_TRAINING = '(\\p{L}*kurs\\w*|opplæring\\w*|innføring\\w*|gjennomgang\\w*|økta|økten|øktene|øktar|øktane|course|courses|sessions?|training|briefings?|walk-?through|workshops?|induction|onboarding)';
const LIBERAL_RESPONSIBLE = detectorRegex(
  `\\b(har|has|have|takes?|tek|tar)\\s+(the\\s+|overall\\s+)?(hoved|hovud)?ansvar\\w*[^.;]{0,80}\\b${RESPONSIBLE_TRAINING}\\b|` +
    `\\b(has|have|takes?|is|are)\\s+(the\\s+|overall\\s+)?responsib\\w*[^.;]{0,80}\\b${RESPONSIBLE_TRAINING}\\b|` +
    `\\b(trains|will train|train|lærer opp|lærar opp|runs|will run|leads|will lead|delivers|will deliver|gjennomfører|gjennomfører|held|holder|gir|gjev)\\b[^.;]{0,60}\\b${RESPONSIBLE_TRAINING}\\b|` +
    `\\b${RESPONSIBLE_TRAINING}\\b[^.;]{0,60}\\b(holdt|halde|haldne|haldt|run|led|delivered|given|gitt|gjeve|leidd|ledet)\\s+(av|by)\\s+`,
);
const NO_TRAINER = detectorRegex(`^(${RESPONSIBLE_TRAINING}|it|they|this|these|that|which|det|den|dei|de|dette|denne|som)$`);
/** The supplier as the one who trains or answers for it (lexicon supplier words or a company name). */
const liberalResponsible = (text: string, companies: readonly string[]): boolean => {
  const supplier = new RegExp(`(?:${[WORDS.supplier_people, 'leverandør\\p{L}*|supplier\\p{L}*|vendor\\p{L}*', ...companies.map(escapeRegExp)].join('|')})`, 'iu');
  return sentencesOf(text).some((s) => {
    const m = LIBERAL_RESPONSIBLE.exec(s);
    if (!m) return false;
    // Who runs it stands before the verb ("Ruth trains"), or after "held by" ("holdt av idrettskonsulenten").
    const who = /\s(av|by)\s+$/u.test(m[0]) ? s.slice(m.index + m[0].length).split(/[,;.]/u)[0] : s.slice(0, m.index);
    // The course itself ("Kursa gjev innføring i …") or a pronoun before the verb names nobody.
    const last = who.trim().split(/\s+/u).pop() ?? '';
    return last !== '' && !supplier.test(who) && !NO_TRAINER.test(last);
  });
};

export default defineRule<TrainingOptions>({
  meta: {
    id: 'training-plan-incomplete',
    description: {
      en: 'A training plan says who is trained (night shift, temporary staff and new hires included), how, for how long, by whom, with which manual, and what support follows go-live.',
      nb: 'En opplæringsplan sier hvem som får opplæring (også nattevakter, vikarer og nyansatte), hvordan, hvor lenge, av hvem, med hvilken brukerveiledning, og hvilken støtte som finnes etter oppstart.',
    },
    facet: 'training',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T4',
    options: { elements: subset(ELEMENTS, 'The elements to check.') },
  },
  messages: {
    fix: { en: 'Add the missing training-plan lines (T4)', nb: 'Legg til manglende linjer i opplæringsplanen (T4)' },
    audience: {
      en: 'The training plan does not say who is trained beyond the core team: include night shift, temporary staff and new hires.',
      nb: 'Opplæringsplanen sier ikke hvem som får opplæring utover kjerneteamet: ta med nattevakter, vikarer og nyansatte.',
    },
    audienceNoShifts: {
      en: 'The training plan does not say who is trained beyond the core team: include temporary staff, new hires and everyone else who will use it.',
      nb: 'Opplæringsplanen sier ikke hvem som får opplæring utover kjerneteamet: ta med vikarer, nyansatte og alle andre som skal bruke løsningen.',
    },
    format: {
      en: 'The training plan does not say how people are trained: classroom, hands-on or bedside practice, e-learning, buddy shifts.',
      nb: 'Opplæringsplanen sier ikke hvordan opplæringen foregår: klasserom, praktisk trening, e-læring, sidemannsopplæring.',
    },
    hours: {
      en: 'The training plan gives no hours or schedule: say how long each group is trained and when, before go-live.',
      nb: 'Opplæringsplanen mangler timer og tidsplan: si hvor lenge hver gruppe får opplæring og når, før oppstart.',
    },
    responsible: {
      en: 'The training plan names no one responsible: say which role runs the training (e.g. super-users, the team leader), not only the supplier.',
      nb: 'Opplæringsplanen sier ikke hvem som er ansvarlig: oppgi hvilken rolle som driver opplæringen (f.eks. superbrukere, fagleder), ikke bare leverandøren.',
    },
    manual: {
      en: 'The training plan mentions no user manual or routine: say which guide staff use and where it is kept.',
      nb: 'Opplæringsplanen nevner ingen brukerveiledning eller rutine: si hvilken veileder de ansatte bruker og hvor den ligger.',
    },
    support: {
      en: 'The training plan says nothing about support after go-live: who helps on each shift, and how new and temporary staff are trained after the pilot starts.',
      nb: 'Opplæringsplanen sier ikke noe om støtte etter oppstart: hvem som hjelper på hver vakt, og hvordan nyansatte og vikarer læres opp senere.',
    },
    supportNoShifts: {
      en: 'The training plan says nothing about support after go-live: who helps day to day, and how new and temporary staff are trained after the pilot starts.',
      nb: 'Opplæringsplanen sier ikke noe om støtte etter oppstart: hvem som hjelper i det daglige, og hvordan nyansatte og vikarer læres opp senere.',
    },
  },
  defaultOptions: { elements: [...ELEMENTS] },
  check(context: RuleContext<TrainingOptions>) {
    const { doc, lang } = context;
    const roots = facetRoots(doc, 'training');
    if (roots.length === 0) return;
    // Night shifts belong in the question only in shift-based care (catalogue E): an office has none.
    const shifts = isShiftCare(doc);
    const has = present(scopeBlocks(doc, roots), shifts, companyNames(doc));
    const wanted = new Set(Array.isArray(context.options.elements) ? context.options.elements : ELEMENTS);
    const missing = ELEMENTS.filter((e) => wanted.has(e) && !has[e]);
    if (missing.length === 0) return;
    const fix = appendToSection(
      doc,
      roots[0],
      missing.map((e) => fixLine(e, lang, shifts)),
      context.text('fix'),
    );
    for (const element of missing) {
      const messageId = !shifts && (element === 'audience' || element === 'support') ? `${element}NoShifts` : element;
      context.report({ messageId, element, ...headingRange(roots[0]), fix });
    }
  },
});
