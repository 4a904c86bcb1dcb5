// exit-plan-incomplete: the exit plan lacks who pays, who owns, who decides, the trigger, the champion or the stop path.
import type { Proposal, RuleContext, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { subset } from '../util/options';
import { detector, detectorRegex } from '../../server/src/model/match';
import { findDates } from '../util/dates';
import { readFacts } from '../util/facts';
import { templateLines } from '../util/templates';
import { appendToSection, facetRoots, fmFilled, headingRange, scopeBlocks, sentences, type Piece } from '../util/scope';

const ELEMENTS = ['payer', 'owner', 'decision', 'trigger', 'champion', 'stop'] as const;
type Element = (typeof ELEMENTS)[number];
/** The order of the elements' lines in T3, so added lines read like the template. */
const TEMPLATE_ORDER: Element[] = ['decision', 'trigger', 'owner', 'champion', 'payer', 'stop'];

export interface ExitPlanOptions extends Record<string, unknown> {
  /** Elements to check; drop one (e.g. "champion") where it does not apply. */
  elements: string[];
}

/** Cues beyond the lexicon detectors, so the ways proposals actually phrase each element count. */
const PAYER = detectorRegex(
  'covered (by|from|within|over)|funded (through|over|within|out of)|paid for (by|from|out of)|financed (by|from|through|over)|' +
    'economic plan|financial plan|annual budget|ordinary budget|regular budget|' +
    // "within the existing library budget", "from its planning IT budget": a named budget of the organisation.
    '(in|into|within|from|out of) (the|its|their|our|each) ([\\p{L}-]+ ){0,3}budget|' +
    'budget for \\d{4}|running costs? (is|are|will be) (funded|covered|paid)|who pays|payer\\s*:|funding\\s*:|financing\\s*:|' +
    'innarbeid\\w*|finansiert|dekkes|dekt (av|over)|betaler|over drifts\\w*|ordinær drift|i budsjettet|budsjettet for \\d{4}|' +
    // "absorbed within the Waste Services revenue budget", "mainstreamed into the base budget", *driftsramme*.
    'absorbed (within|into|in)|mainstream\\w*|(revenue|base|core|service|operating|running) budget|medium[- ]term financial (plan|strategy)|driftsramm\\w*|rammen til|' +
    'finansiering\\s*:|kostnadsdekning|(come|comes|paid|met) (from|out of) the ([\\p{L}-]+ ){0,4}budget|' +
    // "tas fra driftsbudsjettet", "vert teken frå biblioteksbudsjettet": compounds name whose budget it is.
    '(tas|takast|teken|tatt|hentes|hentast|henta|hentet) (fra|frå|over) ([\\p{L}-]+ ){0,3}\\p{L}*budsjett\\w*',
);
const OWNER = detectorRegex(
  'owns? (the )?(service|solution|system|platform|product|tool)|owner in operation|owner after the pilot|operational responsibility|' +
    'responsible for (the )?(operation|running|day-to-day|service|solution|system)|takes? over|will be run by|(run|operated|managed) by the|' +
    '(product|process|business) owner|owner\\s*:|hand(ed|s)? over to|transferred to|' +
    'eier (tjenesten|løsningen|systemet)|eig (tenesta|løysinga)|overtar|overtek|ansvar(et|lig|leg)? for (den )?(videre |daglige )?(drift\\w*|tjenesten|tilbudet|løsningen|tenesta|tilbodet|løysinga)|driftsansvarlig|' +
    '(own|owning|owns|run|runs|will run|operate|operates|will operate|keep|keeps|will keep) ([\\p{L}-]+ ){0,3}in operation|' +
    '(eier|eig|eiger) ([\\p{L}-]+ ){0,3}i drift|' +
    'driftes av|forvaltes av|i drift hos|(drifter|driv|drifta) (løsningen|tjenesten|tenesta|løysinga) (i|etter)|legges (inn )?i (linjen|ordinær drift)|overføres til|overleveres til|^\\W*eier\\s*:|^\\W*drift\\s*:',
);
const DECISION = detectorRegex(
  'vedta\\w*|vedtek\\w*|godkjen\\w*|avgjør\\w*|avgjer|behandle[rst]|handsam\\w*|approval|tar stilling|tek stilling|go/no-go',
);
const TRIGGER = detectorRegex(
  '(if|when|provided|once|dersom|hvis|viss|når|forutsatt)\\b.{0,100}\\b(met|meets?|achieved|achieves?|reached|reach(es)?|fulfilled|fulfils|oppfylt|oppfylles|nådd|nås|innfridd)|' +
    // A measured threshold: "if gritting runs fall to 80 or fewer", "if room use rises above 60 %".
    '(if|when|dersom|hvis|viss|når)\\b.{0,80}\\b(falls?|drops?|rises?|stays?|goes|faller|synker|stiger|øker) (to|below|above|under|over|til|under|over) \\D{0,3}\\d|' +
    '\\d+ ?%? or (fewer|more|less|lower|higher)|' +
    // Verb-first conditionals state the same trigger: "Blir målene ... nådd, blir ...", "Should the targets be met".
    '^\\W*(blir|er|vert)\\s.{0,100}\\b(oppfylt|nådd|nådde|innfridd)\\b|^\\W*(nås|oppfylles|oppfyllast|innfris|nåast)\\s|should (the|both|all) .{0,60}\\bbe (met|achieved|reached)|' +
    'success criteri\\w*|suksesskriteri\\w*|scaling (trigger|criteria)|criteria for (scaling|scale-up|continuation)|' +
    'kriterier for (videreføring|skalering|spredning)|skalerings?kriteri\\w*|måloppnåelse|trigger\\s*:',
);
/** A person who drives the roll-out; a roll-out date alone has nobody to carry it. */
const CHAMPION = detectorRegex(
  'champions?|pådriver\\w*|pådrivar\\w*|implementation lead\\w*|change agent|endringsagent\\w*|ambassad\\w*|innføringsleder|innføringsansvarlig|' +
    'led by|ledet av|ledes av|leia av|(will |to )?lead(s|ing)? (the )?(roll-?out|implementation|spread|scale-up)|' +
    // "fagansvarlig tar det videre til pasienter etter hjerneslag innen 2028": someone carries it to new sites by a date.
    '(tar|tek) ([\\p{L}-]+ ){1,2}(videre|vidare) til .{1,80}\\b(innen|innan) [\\p{L}. ]{0,20}\\d|' +
    'drives? the roll-?out|leder (innføringen|spredningen)|leier (innføringa|spreiinga)|' +
    // Someone extends it to further sites or services by a date: "the Head of Revenues extends it to … by April 2028".
    // The date is what makes it a roll-out: "extends the licence … by agreement" is not one.
    '(extends?|expands?|spreads?|offers?|leads? the offer of|leads? the offer) ([\\p{L}-]+ ){0,2}to .{1,80}\\bby [\\p{L} ]{0,20}\\d|' +
    '(utvider|utvidar|sprer|spreier|tilbyr|tilbyd) ([\\p{L}-]+ ){0,5}til .{1,80}\\b(innen|innan) [\\p{L}. ]{0,20}\\d|' +
    '(?<!to |whether to )rolls? (the service |it |the tool |the solution )?out to|ruller (løsningen |tjenesten )?ut (til|på)|rullar (løysinga |tenesta )?ut',
);
const STOP = detectorRegex(
  'if (the |it |we )?([\\p{L}-]+ )?(is |are |gets )?(stopped|stops|stop|discontinued|terminated|not continued|wound down|ended early)|' +
    'in case of (a )?(stop|termination)|should (the|this) (pilot|service|project|trial) (be )?(stop|stopped|end|ended|discontinued|wound down|terminated|closed)|' +
    'if the decision is (to stop|not to continue)|if .{0,60}decides? (to stop|not to continue|against)|exit arrangements|decommission\\w*|' +
    'returned to the supplier|we stop|(we|they) return to|removes? the (sensors|equipment|devices)|' +
    // Who goes back to what, and what becomes of the kit and the data: "crews return to the 2016 routes",
    // "the supplier deletes all data", *bilene går tilbake til faste ruter*, *henter leverandøren sensorene*.
    '[\\p{L}]+ (go back|goes back|return|returns|revert|reverts) to|(deletes?|erases?) (all |the )?([\\p{L}\'-]+ ){0,2}(data|recordings)|' +
    '(går|gå|kjem|kommer) (tilbake|attende) til|(henter|hentar|hentes|hentast|tek|tar) (av )?(leverandøren )?([\\p{L}]+ )?(sensorene|sensorane|utstyret|dispenserne|dispenserane|einingane|enhetene)|' +
    '(slettar|sletter) (leverandøren )?(alle )?(data|opptak)|' +
    '^\\W*(stopper|stoppar|avsluttes|avsluttast|avvikles|avviklast|blir|vert) (piloten|prosjektet|tenesta|tjenesten)|' +
    'returned to the supplier|(equipment|devices|sensors|trackers) (is |are |will be )?(returned|removed)|' +
    '(data|pilot data) (is |are |will be )?(deleted|erased)|users (go back|return) to|' +
    'avviklingsplan|(utstyr\\w*|sensorene) (returneres|fjernes)|data\\w* slettes|brukerne (går|får) tilbake|' +
    '(stoppes|avsluttes|avvikles|stoppast|avsluttast) (piloten|tenesta|tjenesten)|' +
    '(dersom|hvis|viss|om) .{0,60}(vedtar|vedtek|beslutter) å (avslutte|stoppe|ikke videreføre)|ved (en |ei )?(eventuell |eventuelt )?(avslutning|stans|stopp|avvikling|nedleggelse|nedlegging)|' +
    '(dersom|hvis|viss|om) (piloten |tjenesten |tenesta |løsningen )?(vert |blir )?(avsluttes|avslutta|stoppes|stoppa|avvikles|ikke videreføres|legges ned)|' +
    // Verb-first conditionals: "Vert piloten stoppa, …", "Blir modellen ikke videreført, …".
    '^\\W*(vert|blir) ([\\p{L}-]+ ){1,2}(ikke |ikkje )?(stoppa|stoppet|avslutta|avsluttet|avvikla|avviklet|lagt ned|videreført|vidareført)\\b',
);
/** A cue in a sentence that says the thing is not settled does not count ("financing is not yet clarified"). */
const NEGATED = detectorRegex(
  'not (yet )?(been )?(decided|clear|clarified|agreed|known|confirmed|secured|settled|identified|budgeted|funded)|' +
    'unclear|unknown|uncertain|undecided|no (funding|budget|owner)|' +
    'ikke (\\w+ )?(avklart|bestemt|kjent|sikret|besluttet|budsjettert|finansiert)|uavklart|usikker|uvisst|ingen (finansiering|budsjett|eier)',
);
/** "Will be considered" (catalogue B.3): a promise to think about it later. */
const CONSIDER = detectorRegex(
  'will (then |later )?(be )?(consider|considered|evaluated|assessed|explored|looked (at|into))|to be (considered|assessed|decided later)|' +
    'may (then )?consider|vurderes|vurderast|(vil|skal) ([\\p{L}]+ ){0,3}vurdere|ta stilling til|(vil|skal) bli vurdert|blir vurdert|vert vurdert|will (then )?be reviewed',
);
const DATE = detector('date');

const hasDate = (text: string): boolean => DATE.test(text) || findDates(text).length > 0;

/** A cue counts in a sentence that does not deny it. */
function affirmed(blocks: readonly TextBlock[], ...res: RegExp[]): boolean {
  return blocks.some((b) => sentences(b).some((s) => res.some((re) => re.test(s.text)) && !NEGATED.test(s.text)));
}

/** Template line(s) that add an element, split out of T3 (line 3 holds owner and champion, line 6 the stop path). */
function fixLines(element: Element, lang: 'en' | 'nb'): string {
  const t = templateLines('T3', lang);
  const part = (line: string, i: number): string => `- ${line.replace(/^- /, '').split(' · ')[i]}`;
  switch (element) {
    case 'decision':
      return t[0];
    case 'trigger':
      return t[1];
    case 'owner':
      return part(t[2], 0);
    case 'champion':
      return part(t[2], 1);
    case 'payer':
      return t[3];
    case 'stop':
      return part(t[5], 2);
  }
}

/** A budget statement about running the service after the pilot ("From 2028 the running cost … is met from …"). */
const AFTER_PILOT = detectorRegex(
  'running costs?|driftskostnad\\w*|driftsutgift\\w*|in operation|after the pilot|from (20\\d\\d|april|january)|a year|per year|annual|' +
    'i drift|etter piloten|fra (20\\d\\d|og med)|frå (20\\d\\d)|i året|per år|årlig|årleg',
);

/**
 * Who pays is often settled in the financial case or the budget section, not under the exit heading: a payer cue in
 * a sentence about running costs after the pilot counts there too.
 */
function payerInBudget(doc: Proposal): boolean {
  const budget = scopeBlocks(doc, facetRoots(doc, 'resources'));
  return budget.some((b) => sentences(b).some((s) => AFTER_PILOT.test(s.text) && (detector('payer').test(s.text) || PAYER.test(s.text)) && !NEGATED.test(s.text)));
}

function present(doc: Proposal, blocks: readonly TextBlock[]): Record<Element, boolean> {
  // Only the deciding body is asked for here: the date is exit-decision-date-missing's concern (catalogue E).
  const decides = blocks.some((b) => detector('decision').test(b.text) || DECISION.test(b.text));
  return {
    payer: !!fmFilled(doc, 'post_pilot_funding') || affirmed(blocks, detector('payer'), PAYER) || payerInBudget(doc),
    // Front-matter `owner` owns the pilot, which is not the same as running the service afterwards.
    owner: affirmed(blocks, detector('owner'), OWNER),
    decision: decides || !!readFacts(doc).decision_forum,
    trigger: affirmed(blocks, detector('trigger'), TRIGGER),
    champion: affirmed(blocks, CHAMPION),
    stop: affirmed(blocks, STOP),
  };
}

export default defineRule<ExitPlanOptions>({
  meta: {
    id: 'exit-plan-incomplete',
    description: {
      en: 'An exit plan says who pays after the pilot, who owns the service, who decides when, what triggers scaling, who champions the roll-out and what happens if it stops.',
      nb: 'En plan for videreføring sier hvem som betaler etter piloten, hvem som eier tjenesten, hvem som beslutter når, hva som utløser skalering, hvem som driver innføringen og hva som skjer ved avslutning.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T3',
    options: { elements: subset(ELEMENTS, 'The elements to check.') },
  },
  messages: {
    fix: { en: 'Add the missing exit-plan lines (T3)', nb: 'Legg til manglende linjer i planen for videreføring (T3)' },
    payer: {
      en: 'The exit plan does not say who pays after the pilot: name the budget line or funding source (and economic-plan year) and the annual running cost.',
      nb: 'Planen for videreføring sier ikke hvem som betaler etter piloten: oppgi budsjettpost eller finansieringskilde (og økonomiplanår) og årlig driftskostnad.',
    },
    owner: {
      en: 'The exit plan does not say who owns the service in operation: name the unit or line manager that takes it over when the pilot ends.',
      nb: 'Planen for videreføring sier ikke hvem som eier tjenesten i drift: oppgi enheten eller linjelederen som overtar når piloten slutter.',
    },
    decision: {
      en: 'The exit plan does not say who decides on continuation: name the forum (e.g. the committee or the executive board) that takes the decision.',
      nb: 'Planen for videreføring sier ikke hvem som beslutter videreføring: oppgi organet (f.eks. utvalget eller kommunedirektørens ledergruppe) som tar beslutningen.',
    },
    trigger: {
      en: 'The exit plan has no scaling trigger: tie the decision to the success criteria (scale if S1–S3 are met, adjust if …, stop if …).',
      nb: 'Planen for videreføring mangler utløser for skalering: knytt beslutningen til suksesskriteriene (skaler dersom S1–S3 er nådd, juster dersom …, avslutt dersom …).',
    },
    champion: {
      en: 'The exit plan names no adoption champion or roll-out: say who drives the roll-out, to which sites, and by when.',
      nb: 'Planen for videreføring mangler pådriver og plan for spredning: oppgi hvem som driver innføringen, til hvilke steder og innen når.',
    },
    stop: {
      en: 'The exit plan does not say what happens if the pilot stops: what becomes of the data, the equipment and the users.',
      nb: 'Planen for videreføring sier ikke hva som skjer ved avslutning: hva som skjer med data, utstyr og brukerne.',
    },
    considered: {
      en: '"{text}" promises to consider continuation without a date or a payer: say who decides on what date, and who pays.',
      nb: '«{text}» lover å vurdere videreføring uten dato eller betaler: oppgi hvem som beslutter og når, og hvem som betaler.',
    },
  },
  defaultOptions: { elements: [...ELEMENTS] },
  check(context: RuleContext<ExitPlanOptions>) {
    const { doc } = context;
    const roots = facetRoots(doc, 'exit_plan');
    if (roots.length === 0) return;
    const blocks = scopeBlocks(doc, roots);
    const has = present(doc, blocks);
    const wanted = new Set(Array.isArray(context.options.elements) ? context.options.elements : ELEMENTS);
    const missing = ELEMENTS.filter((e) => wanted.has(e) && !has[e]);
    const fix =
      missing.length > 0
        ? appendToSection(
            doc,
            roots[0],
            TEMPLATE_ORDER.filter((e) => missing.includes(e)).map((e) => fixLines(e, context.lang)),
            context.text('fix'),
          )
        : undefined;
    for (const element of missing) {
      context.report({ messageId: element, element, ...headingRange(roots[0]), fix });
    }
    if (has.payer || !wanted.has('payer')) return;
    for (const b of blocks) {
      for (const s of sentences(b)) {
        const m = CONSIDER.exec(s.text);
        if (!m || hasDate(s.text)) continue;
        context.report({ messageId: 'considered', element: 'considered', data: { text: shorten(s) }, start: s.start, end: s.end });
      }
    }
  },
});

function shorten(s: Piece): string {
  const t = s.text.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}
