// training-plan-incomplete: the training plan lacks its audience, format, hours, responsible role, manual or after-go-live support.
import type { RuleContext, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { subset } from '../util/options';
import { isShiftCare } from '../util/context';
import { detector, detectorRegex } from '../../server/src/model/match';
import { findDates } from '../util/dates';
import { templateLines } from '../util/templates';
import { appendToSection, facetRoots, headingRange, isEmptyValue, scopeBlocks, tableCells } from '../util/scope';

const ELEMENTS = ['audience', 'format', 'hours', 'responsible', 'manual', 'support'] as const;
type Element = (typeof ELEMENTS)[number];

export interface TrainingOptions extends Record<string, unknown> {
  /** Elements to check; drop one where it does not apply (e.g. "audience" for a pilot without shifts or temps). */
  elements: string[];
}

/** Who is trained, including the groups most often forgotten (super-users are trainers, so they do not count here). */
const AUDIENCE = detectorRegex(
  'night shifts?|nattevakt\\w*|natt\\w*|vikar\\w*|temporary|substitutes?|agency staff|bemanningsbyrå|ekstravakt\\w*|part-time|deltid\\w*|' +
    '(evening|weekend|all) shifts?|kveldsvakt\\w*|helgevakt\\w*|alle vakter|turnus\\w*|shift workers|' +
    'night (staff|nurses)|bank (nurses|staff)|locums?|new starters|nytilsett\\w*|vikarar|' +
    'new (staff|hires|employees)|newly employed|nyansatt\\w*|nye (ansatte|medarbeidere|lærere|tilsette|lærarar)|all (staff|employees|users|advisers|teachers|nurses)|alle (ansatte|medarbeidere|brukere|lærere|sykepleiere)|' +
    'audience\\s*:|målgruppe\\s*:',
);
/**
 * Outside shift-based care there are no night shifts or agency pools to forget: naming the staff group that is
 * trained ("the six Permit Office officers get a half day", "Kontaktlærere og rådgivere får et kurs") is the audience.
 */
const TRAINEES = detectorRegex(
  '(staff|officers|employees|workers|teachers|advisers|advisors|caseworkers|librarians|assistants|planners|engineers|operators|crews|drivers|clerks)\\b' +
    '.{0,60}\\b(get|gets|receive|receives|attend|attends|take|takes|are trained|will be trained|will get|will receive|will attend)\\b|' +
    '(ansatte|medarbeidere|medarbeidarar|tilsette|\\p{L}*lærere|\\p{L}*lærarar|rådgivere|rådgivarar|saksbehandlere|saksbehandlarar|' +
    'bibliotekarer|operatører|sjåfører|\\p{L}*arbeidere)\\b.{0,60}\\b(får|fær|deltar|deltek|gis|givast)\\b',
);
const FORMAT = detectorRegex(
  'e-?learning|e-?læring|classroom|klasserom\\w*|workshops?|hands-on|bedside|simulering\\w*|simulation|video\\w*|webinar\\w*|courses?|kurs\\w*|' +
    'sessions?|opplæringsøkt\\w*|økter|sidemannsopplæring|buddy|shadowing|demonstrasjon\\w*|demonstration|demo|introduksjon\\w*|introduction|lectures?|' +
    'undervisning|nettkurs|practical|praktisk\\w*|in person|format\\s*:|opplæringsform|ferdighetstrening|skills training',
);
const SCHEDULE = detectorRegex(
  'before (go-?live|launch|start)|før (oppstart|go-?live)|weekly|ukentlig|monthly|månedlig|every shift|hver vakt|at shift start|ved vaktstart|' +
    'schedule\\s*:|tidsplan\\s*:|timeplan|(in|i) (week|uke) \\d+|\\d+[- ]?(hours?|h|minutes?|min|days?|timers?|time|timar|minutters?|minutt|dagers?)\\b|' +
    '(full|half)[- ]day|heldag\\w*|halvdag\\w*|' +
    '(one|two|three|four|five|six|eight|half an?|en|ett|to|tre|fire|fem|seks|åtte|ein|eitt|halvannen)[- ](hours?|days?|timer|time|timar|dager|dag|dagar)\\b',
);
const RESPONSIBLE = detectorRegex(
  'responsible|ansvarlig\\w*|fagansvarlig\\w*|ansvar(et)? for (den |det )?(\\p{L}+ )?(opplæring\\w*|kurs\\w*|training)|led by|ledes av|run by|delivered by|given by|holdes av|gjennomføres av|trainers?|' +
    'instruktør\\w*|kursholder\\w*|super-?users?|superbruker\\w*|superbrukar\\w*|fagutvikler\\w*|opplæringsansvarlig\\w*|nøkkelperson\\w*|ressursperson\\w*|' +
    // "the same session from the section manager", "opplæring av pedagogisk leder": a named internal role delivers it.
    '(from|by) (the|a|our|their) ([\\p{L}-]+ ){0,3}(manager|leader|lead|coordinator|super-?user|champion|educator)s?|' +
    '(av|fra) ([\\p{L}-]+ ){0,3}(\\p{L}*leder\\w*|\\p{L}*leiar\\w*|koordinator\\w*|fagutvikler\\w*|superbruker\\w*)',
);
const MANUAL = detectorRegex(
  'manuals?|user guide|quick[- ]guide|quick[- ]reference|reference guide|guide|brukarrettleiing\\w*|rettleiing\\w*|brukerveiledning\\w*|bruksanvisning\\w*|veileder\\w*|hurtigguide\\w*|huskeliste\\w*|' +
    'prosedyre\\w*|procedures?|rutine\\w*|routines?|instructions?|instruks\\w*|e-?learning module|materials?|materiell|kvalitetssystem\\w*|' +
    'quality system|documentation|dokumentasjon|checklists?|sjekkliste\\w*',
);
const SUPPORT = detectorRegex(
  'after (go-?live|launch|start)|ongoing|follow-up|oppfølging|drop-in|refresher|repetisjon\\w*|oppfrisk\\w*|new (staff|hires|employees)|' +
    'newly employed|nyansatt\\w*|nytilsett\\w*|new starters|turnover|service desk|support desk|brukerstøtte|brukarstøtte|support\\s*:|kontinuerlig|fadder\\w*|' +
    'part of (ordinary |the )?onboarding|del av (ordinær )?introduksjon\\w*',
);
const HOURS = detector('hours');
const AFTER_GO_LIVE = detector('after_go_live');

/** Header cell → element, for plans written as a table like T4. */
const COLUMNS: [Element, RegExp][] = [
  ['audience', /audience|target group|participants|målgruppe|deltaker|hvem/iu],
  ['responsible', /responsib|ansvarlig|trainer|instruktør|led by/iu],
  ['hours', /hours|timer|schedule|tidsplan|duration|varighet|when|når|dato|date/iu],
  ['manual', /materials?|materiell|manual|veileder|documentation|dokumentasjon/iu],
  ['format', /format|method|metode|opplæringsform|form/iu],
];

function present(blocks: readonly TextBlock[], shifts: boolean): Record<Element, boolean> {
  // Header cells name columns, not content: an empty Materials column is no manual.
  const text = blocks.filter((b) => b.kind !== 'tableHeader').map((b) => b.text).join('\n');
  const has: Record<Element, boolean> = {
    audience: AUDIENCE.test(text) || (!shifts && TRAINEES.test(text)),
    format: FORMAT.test(text) || detector('training_format').test(text),
    hours: HOURS.test(text) || SCHEDULE.test(text) || findDates(text).length > 0,
    responsible: RESPONSIBLE.test(text),
    manual: MANUAL.test(text),
    support: SUPPORT.test(text) || AFTER_GO_LIVE.test(text),
  };
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
function fixLine(element: Element, lang: 'en' | 'nb'): string {
  const t = templateLines('T4', lang);
  if (element === 'support') return `- ${t[4]}`;
  const i = ['audience', 'format', 'hours', 'responsible', 'manual'].indexOf(element);
  const head = tableCells({ text: t[0], start: 0, end: t[0].length })[i].text;
  const cell = tableCells({ text: t[2], start: 0, end: t[2].length })[i].text;
  return `- ${head}: ${cell}`;
}

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
    const has = present(scopeBlocks(doc, roots), shifts);
    const wanted = new Set(Array.isArray(context.options.elements) ? context.options.elements : ELEMENTS);
    const missing = ELEMENTS.filter((e) => wanted.has(e) && !has[e]);
    if (missing.length === 0) return;
    const fix = appendToSection(
      doc,
      roots[0],
      missing.map((e) => fixLine(e, lang)),
      context.text('fix'),
    );
    for (const element of missing) {
      const messageId = !shifts && (element === 'audience' || element === 'support') ? `${element}NoShifts` : element;
      context.report({ messageId, element, ...headingRange(roots[0]), fix });
    }
  },
});
