// implementation-resources-missing: no estimate of internal effort, or the supplier's on-site effort has no equivalent in operation.
import type { Fix, RuleContext, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { detector, detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { facetRoots, headingRange, isEmptyValue, tableCells, type Piece } from '../util/scope';
import { appendLines, findCue, piecesOf, proseBlocks, proseSentences } from '../util/commercial';
import { findPlaceholders } from '../util/placeholders';
import { templateLines } from '../util/templates';
import { memo, memoTest } from '../../server/src/model/memo';

export interface ResourceOptions extends Record<string, unknown> {
  /** Extra words that state internal effort (plain strings), e.g. a local term for released time. */
  effortWords: string[];
}

/**
 * Statements that the pilot takes no extra staff: an estimate of zero. Also read as effort (EFFORT below), so the
 * two lists cannot drift apart.
 */
const NO_EXTRA_SOURCE =
  '(without|no) (extra|additional) staff\\w*|uten (økt|ekstra) bemanning|utan auka bemanning|within (ordinary|normal|existing) (rota|staffing|working hours)|' +
  'ingen ekstra (ressurser|bemanning|stillinger|årsverk)|ikkje ekstra (ressursar|bemanning)|(needs?|requires?) no (extra|additional) (staff|resources|time)|' +
  'i (ordinær|vanlig) turnus|innenfor (dagens|ordinær) bemanning|' +
  // A zero in other words: *krev ingen fleire tilsette*, *trengs ingen nye stillinger*, "no new posts" (trust8 nb).
  '(ingen|no) (fleire|flere|more|nye|new|ekstra|extra|additional) (tilsette|tilsatte|ansatte|medarbeid\\w*|staff|stillingar|stillinger|posts|årsverk|ressursar|ressurser)';
const NO_EXTRA = detectorRegex(NO_EXTRA_SOURCE);
/** Internal effort beyond the lexicon: FTE and percentages of a post, hours per period, person-days, protected time. */
const EFFORT = detectorRegex(
  // The NHS counts posts in WTE and consultant time in programmed activities ("4 consultant PAs a week", trust14 en).
  '\\d+([.,]\\d+)? ?(fte|wte|årsverk|månedsverk|dagsverk|person-?(days|months|hours|years)|man-?(days|hours)|dagsverk)|' +
    '\\d+([.,]\\d+)? ([\\p{L}-]+ )?(programmed activities|PAs)\\b|' +
    '\\d+ ?(%|prosent|percent|per cent) (of (her|his|their|a|one) |av (en|ei|ein) )?(stilling\\w*|position|post|time|tid|frikjøpt|released|protected)|' +
    '\\d+ ?(%|prosent) (\\p{L}+ ){0,3}(frikjøp\\w*|stilling\\w*|allocated to|avsatt)|' +
    // One hour is singular: *1 time i veka per vaktmeister*, "1 hour a week" (trust23 nn).
    '\\d+([.,]\\d+)? ?(hours?|timer?|timar|h) (per|a|each|i|pr\\.?) (week|month|day|shift|uke|uka|veke|veka|måned|måneden|månad|månaden|dag|vakt|år|året|year)|' +
    // Spelled-out and singular amounts: "about one hour a week", "en time i uka", "15 developer days", "3 days of staff time".
    '(one|two|three|four|five|half an?|an?|en|ein|ei|to|tre|fire|fem) (hours?|timer?|timar|days?|dager|dagar|dag) (per|a|an|each|i|pr\\.?) (week|month|day|shift|uke|uka|veke|veka|måned|månad|dag|vakt|år|year)|' +
    '\\d+([.,]\\d+)? (days|dager|dagar) (per|a|each|i|pr\\.?) (week|month|year|uke|uka|måned|månad|år|året)|' +
    '\\d+([.,]\\d+)? ([\\p{L}-]+ )?(days|dager|dagar|weeks|uker|veker) (of|av) ([\\p{L}-]+ ){0,3}(time|tid|effort|innsats)|' +
    '\\d+([.,]\\d+)? (developer|staff|officer|consultant|utvikler|konsulent)[- ]?(days|hours|dager|dagar|timer)|' +
    'protected time|released time|frikjøp\\w*|backfill\\w*|vikarutgift\\w*|stillingsressurs\\w*|egeninnsats\\w*|internal effort|' +
    'innsats\\w* (\\p{L}+ ){0,4}\\d+([.,]\\d+)? ?(årsverk|timer|timar)|' +
    // Hours a team expects to spend, or a task to take, in all: "Electoral Services expects to spend about 60 hours
    // matching numbers before the pilot", "the checks should take about 20 hours per canvass" (trust22 en).
    '\\b(spend|spends|spending|bruke|bruka) (about |around |roughly |approximately |some |up to |om lag |omtrent |rundt |ca\\.? )?\\d+([.,]\\d+)? (hours|days|timer|timar|dager|dagar)\\b|' +
    '\\b(checks?|work|tasks?|job|jobs|arbeidet|oppgåva|oppgaven) (should|will|would|is expected to|are expected to) take (about |around |roughly |approximately |some |up to )?\\d+([.,]\\d+)? (hours|days)\\b|' +
    NO_EXTRA_SOURCE,
);
/**
 * Hours that are not the effort the pilot takes (trust11 en): today's work measured with its dated source ("The crew
 * spends about 54 hours a week on town centre bins (Street Scene rota, October 2026)"), a saving ("the saving is about
 * 19 hours a week", *sparer 10 timer i uka*), and a service's opening hours ("Triage, which is staffed 24 hours a
 * day"). A dated measure in a sentence that says what staff will do is still that effort.
 */
const MEASURED_TODAY = detectorRegex('\\([^()]*\\b(19|20)\\d\\d(/\\d{2})?\\)');
const FUTURE = detectorRegex('\\b(will|would|shall|vil|skal)\\b');
const NOT_EFFORT = detectorRegex(
  '\\b(saving|savings|save|saves|saved|freed|frees up|free up|innsparing\\w*|sparer|sparar|spart|frigjør\\w*|frigjort|frigjer)\\b|' +
    '\\b(staffed|open|opens|manned|bemannet|bemanna|åpent|ope)\\b[^.;]{0,30}\\d+ ?(hours|timer|timar) (a|per|i) (day|døgnet|dag)|24 hours a day|24/7|døgnbemann\\w*|døgnåpen\\w*|' +
    // …and a week's opening hours: *Filialen er i dag open 12 timar i veka*, "open 20 hours a week" (trust16 nn).
    '\\b(open|opens|åpen|åpent|ope)\\b[^.;]{0,30}\\d+ ?(hours|timer|timar) (a|per|i) (week|uke|uka|veke|veka)',
);
/** A placeholder read as a number: "xx timar" keeps its unit (the lexicon's slot takes the unit in), "[TBC]" is the number. */
const figure = (slot: string): string => (/^x{2,}/i.test(slot) ? slot.replace(/^x+/i, '1') : '1');
/**
 * *Frikjøp* priced in kroner only (*Frikjøp TT-kontoret | 170 000 kr* in the pilot's budget) is what the project pays
 * for time released to it, not a rate that holds in operation; *Frikjøp av to lærere, 2 timer per uke* still is a
 * rate (trust23 nb). "Backfilled" stays out: English reports use it of funding beside an FTE for roll-out.
 */
const BACKFILL = /(?<![\p{L}])frikjøp\p{L}*/giu;
const backfillInKroner = (text: string): boolean => {
  BACKFILL.lastIndex = 0;
  if (!BACKFILL.test(text)) return false;
  return !EFFORT.test(text.replace(BACKFILL, ' '));
};
const notEffort = (text: string): boolean => NOT_EFFORT.test(text) || (MEASURED_TODAY.test(text) && !FUTURE.test(text));
/** The supplier doing the work on site (catalogue B.4: over-resourcing that operation will not have). */
const SUPPLIER_ON_SITE = detectorRegex(
  '(supplier|vendor|\\p{Lu}\\p{L}+ (as|ltd|oy))\\b.{0,80}(on site|on-site|onsite|every day|daily|in the ward|på stedet|til stede|hver dag|daglig|på plass)|' +
    '(leverandør\\w*).{0,80}(på stedet|til stede|tilstede|hver dag|daglig|på plass|kvar dag|dagleg)',
);
/** A supplier presence that is denied or ends before operation ("remote support only", "ikke til stede etter oppstart"). */
const REMOTE = detectorRegex('remote (support )?only|only remote|fjernstøtte|bare (til stede )?(den )?første|only (the )?first|ikke til stede|ikkje til stades|not on site');
/** An effort statement about operation: "in operation", *i drift*, after the pilot. */
const OPERATION = detectorRegex(
  'in operation|after the pilot|ongoing|business as usual|i drift|etter piloten|ordinær drift|i ordinær|ordinary rota|turnus|' +
    'once it runs|when it runs|running it|afterwards|thereafter|a year|per year|each year|annually|i året|per år|årleg|årlig|' +
    // The years after the pilot: "In later years the checks should take about 20 hours per canvass" (trust22 en).
    // Parallel running, old and new side by side, is the pilot's work, not the service running (below).
    'in (later|future|following|subsequent) years|from (the )?next year|dei neste åra|de neste årene|seinare år|senere år|' +
    // The service taken into the mainstream or adopted: "in a mainstreamed service, about 0.2 FTE", "if adopted" (trust18 en).
    'mainstream\\w*|(if|once|when) (it is |the service is )?(adopted|extended|rolled out)|' +
    // A role named after operations (*driftsteknikarane*, *driftsleiar*) says nothing of the time after the pilot (trust7 nb).
    'etter prosjekt\\w*|etter oppstart|vidare drift|videre drift|permanent\\w*|drift(?!s?(tekniker|teknikar|leder|leiar|operatør|personell|sjef|ansvarlig|ansvarleg|koordinator|medarbeider|medarbeidar)\\w*)\\w*|operation\\w*|(?<!parallel |side-by-side |dual )running',
);
/** A yearly rate, which holds for a project as well as for operation (trust14 nn). */
const YEARLY = /(?<![\p{L}])(?:a year|per year|each year|annually|i året|per år|årleg|årlig)(?![\p{L}])/giu;
/** An effort figure bounded to the pilot ("during the pilot", *i prosjektperioden*); a bare weekly rate is not. */
const PILOT_ONLY = detectorRegex(
  '(in|during|for|on) the (pilot|trial|project|set-?up)|pilot period|project period|i piloten|i pilotperioden|i prosjektperioden|' +
    'i prosjektet|under piloten|i pilotfasen|i prosjektfasen|prosjektperioden|pilotperioden|i utprøvinga|i utprøvingen|' +
    // A bounded stretch ("0.2 FTE for 12 months") or a project role (*70 % prosjektleiar*, "project officer") is the
    // pilot's effort, not the running service's (reviewer-written corpus).
    // … its length spelled out too: *20 % stilling i sju måneder* (trust14 nb).
    // A total of hours to spend, not a rate, is one stretch of work: "will each spend about 40 hours on training" (trust22 en).
    '\\b(spend|spends|spending|bruke|bruka) (about |around |roughly |approximately |some |up to |om lag |omtrent |rundt |ca\\.? )?\\d+([.,]\\d+)? (hours|days|timer|timar|dager|dagar)\\b(?! (a|an|per|each|every|i|pr\\.?) )|' +
    'for \\d+ (months|weeks)|i (\\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv) (måneder|månader|uker|veker)|(project|pilot) (manager|officer|lead|coordinator)s?|' +
    // Project management is the project's own effort: *Prosjektleiing (20 % stilling i 2027)* (trust16 nn).
    'prosjektleder\\w*|prosjektleiar\\w*|prosjektleiing\\w*|prosjektledelse\\w*|project management|prosjektkoordinator\\w*|pilot (schools?|sites?|wards?)|pilotskul\\w*|pilotskol\\w*|' +
    // Backfill "for training and project time" pays for the pilot's hours, not the running service's (trust8 en).
    '(project|pilot|trial) time|' +
    // "Staff time to coordinate the pilot is … 0.1 FTE … for its duration" (trust15 en).
    'for (its|the) duration|(coordinate|coordinating|run|running|manage|managing|support|supporting) the (pilot|trial|project)|' +
    // Time set aside for the project: *set av 2 timar i veka til prosjektet*, "two hours a week to the project" (trust14 nn).
    // … or spent on it: *bruker om lag 0,3 årsverk på piloten* (trust23 nb).
    '(til|for|på) (prosjektet|piloten|utprøvinga|utprøvingen|forsøket)|to the (pilot|project|trial)|' +
    // The project's own need: *Prosjektet krever i tillegg om lag 300 timer*, "the pilot requires 0.2 FTE" (trust20 nb).
    '(prosjektet|piloten|utprøvinga|utprøvingen|forsøket|the (pilot|project|trial)) (krever|krev|trenger|treng|needs|requires|will (need|require))\\b',
);
/**
 * A labelled slot for the effort that the author left open ("**Staff time:** TBC"): the value is a placeholder, which
 * is placeholder-text's finding alone (catalogue E), not a missing estimate. The template's own `{{…}}` slot
 * ("Egeninnsats: {{årsverk}}") is the skeleton unfilled, which this rule still reports.
 * A slot for the effort in operation (*Ressursbehov i drift: [Fyll inn]*) leaves that estimate to placeholder-text too,
 * beside a filled pilot estimate (trust10 nn).
 */
const EFFORT_SLOT = detectorRegex(
  '^\\W*(staff time|staff effort|staff resources|officer time|internal (effort|time|resources)|ressursbehov|ressursar|ressurser|egeninnsats|bemanning|årsverk|tidsbruk)( [\\p{L}-]+){0,3}\\W*:',
);

export default defineRule<ResourceOptions>({
  meta: {
    id: 'implementation-resources-missing',
    description: {
      en: 'The proposal estimates the internal effort (FTE, hours, backfill) the pilot and its operation take, so the pilot is not run on resources operation will not have.',
      nb: 'Søknaden anslår egeninnsatsen (årsverk, timer, frikjøp) som piloten og driften krever, slik at piloten ikke drives med ressurser driften ikke får.',
    },
    facet: 'resources',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T4',
    options: { effortWords: words('Extra words or phrases that state internal effort.') },
  },
  messages: {
    fix: { en: 'Add the internal effort line (T4)', nb: 'Legg til egeninnsats (T4)' },
    missing: {
      en: 'No estimate of internal effort: say how many FTE or hours staff spend on the pilot and will spend in operation, and how backfill is funded.',
      nb: 'Mangler anslag for egeninnsats: oppgi hvor mange årsverk eller timer de ansatte bruker i piloten og vil bruke i drift, og hvordan frikjøp finansieres.',
    },
    operationMissing: {
      en: 'The effort estimate covers only the pilot: say how many FTE or hours staff will spend once it runs in operation (or that it needs none).',
      nb: 'Anslaget for egeninnsats gjelder bare piloten: oppgi hvor mange årsverk eller timer de ansatte vil bruke når løsningen er i drift (eller at det ikke trengs noe).',
    },
    supplierOnSite: {
      en: 'The supplier works on site during the pilot ("{text}"), but nothing says who does that work in operation: estimate the internal effort after the pilot, or the pilot is over-resourced.',
      nb: 'Leverandøren er til stede i piloten («{text}»), men ingenting sier hvem som gjør det arbeidet i drift: anslå egeninnsatsen etter piloten, ellers er piloten overressursert.',
    },
  },
  defaultOptions: { effortWords: [] },
  check(context) {
    const { doc, options } = context;
    // Hours in the problem statement or in a baseline measure the problem, not the effort the pilot takes.
    const measuring = (b: TextBlock): boolean => {
      for (let s = b.section; s; s = s.parent) if (s.facets.includes('strategic_alignment') || s.facets.includes('success')) return true;
      return false;
    };
    const pieces = proseSentences(doc);
    const words = (Array.isArray(options.effortWords) ? options.effortWords : []).filter((w): w is string => typeof w === 'string' && !!w.trim());
    const extra = words.length ? detectorRegex(words.map((w) => escapeRegExp(w.trim()).replace(/ +/g, '\\s+')).join('|')) : undefined;
    // An effort cue with no quantity ("backfill will be needed") estimates nothing; "without extra staff" says zero.
    const estimates = (text: string): boolean => memoTest(detector('quantity'), text) || memoTest(NO_EXTRA, text);
    // One memo entry per sentence for both readings: every sentence is asked on every re-lint, and five memoized tests
    // apiece were most of this rule's time on a 1 MB proposal (round 13's profile).
    const reading = (text: string): 'effort' | 'slot' | null =>
      memo(`effort-reading${words.length ? `\u0001${words.join('\u0001')}` : ''}`, text, () => {
        const slot = findPlaceholders(text).length > 0;
        if (!slot && (detector('internal_effort').test(text) || EFFORT.test(text) || (extra?.test(text) ?? false)) && estimates(text) && !notEffort(text)) return 'effort';
        // A placeholder where the figure goes (*I drift reknar vi med xx timar per år*) is a slot as much as a label is:
        // read the sentence with a number in its place (trust23 nn).
        // Only where the placeholder is the figure: a sentence with an effort figure of its own beside an open slot
        // ("product manager 0.6 FTE, developers [TBC]") is not the effort left open.
        const figureSlot = (): boolean => !EFFORT.test(text) && EFFORT.test(findPlaceholders(text).reduceRight((t, h) => `${t.slice(0, h.start)}${figure(t.slice(h.start, h.end))}${t.slice(h.end)}`, text));
        return slot && (EFFORT_SLOT.test(text) || figureSlot()) && !text.includes('{{') ? 'slot' : null;
      });
    const effort: Piece[] = [];
    const slots: Piece[] = [];
    for (const b of proseBlocks(doc)) {
      if (measuring(b)) continue;
      for (const p of piecesOf(b)) {
        const r = reading(p.text);
        if (r === 'effort') effort.push(p);
        else if (r === 'slot') slots.push(p);
      }
    }
    if (effort.length === 0 && slots.length > 0) return;
    const onSite = findCue(pieces, SUPPLIER_ON_SITE, REMOTE);
    const anchor = facetRoots(doc, 'resources')[0] ?? facetRoots(doc, 'training')[0];
    const at = anchor ? headingRange(anchor) : context.missingAnchor();
    if (effort.length === 0) {
      context.report({ messageId: 'missing', ...at, documentLevel: !anchor, fix: fixFor(context) });
      return;
    }
    // A yearly rate of the project's own effort (*1,5 årsverk i året: 20 % frikjøp … og 70 % prosjektleiar*) is the
    // pilot's, not operation's: only a stronger cue (*i drift*, after the pilot) makes such a sentence about operation.
    const aboutOperation = (text: string): boolean => OPERATION.test(text) && (!PILOT_ONLY.test(text) || OPERATION.test(text.replace(YEARLY, ' ')));
    const inOperation = effort.some((p) => aboutOperation(p.text)) || slots.some((p) => OPERATION.test(p.text)) || operationColumn(doc.blocks, effort);
    // Catalogue B and T4: effort for the pilot *and* for operation. A pilot estimate alone leaves the running cost of
    // the service unknown ("Prosjektleiar har 50 % stilling i prosjektperioden", nothing after); a rate not bounded
    // to the pilot ("2 hours a week per attendance officer") holds for operation too.
    if (!inOperation && !onSite && effort.every((p) => PILOT_ONLY.test(p.text) || backfillInKroner(p.text))) {
      context.report({ messageId: 'operationMissing', ...at, documentLevel: !anchor, fix: fixFor(context) });
      return;
    }
    if (onSite && !inOperation) {
      const text = onSite.text.replace(/\s+/g, ' ');
      context.report({
        messageId: 'supplierOnSite',
        data: { text: text.length > 80 ? `${text.slice(0, 77)}…` : text },
        start: onSite.start,
        end: onSite.end,
        fix: fixFor(context),
      });
    }
  },
});

/** T4's effort line at the end of the resources (else training) section, or the whole T4 when neither exists. */
/**
 * A costs table gives operation its own column ("| Item | Pilot (Jan–Jun 2027) | Ongoing (per year, from 2027–28) |"): an
 * effort row with a figure under that column is the estimate for operation, though the row itself never says so (trust15 en).
 */
function operationColumn(blocks: readonly TextBlock[], effort: readonly { start: number }[]): boolean {
  let header: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'tableHeader') header = tableCells(b).map((c) => c.text);
    if (b.kind !== 'tableRow' || !effort.some((p) => p.start >= b.start && p.start < b.end)) continue;
    const cells = tableCells(b);
    if (cells.some((c, i) => i > 0 && OPERATION.test(header[i] ?? '') && !PILOT_ONLY.test(header[i] ?? '') && EFFORT.test(c.text) && !isEmptyValue(c.text))) return true;
  }
  return false;
}

function fixFor(context: RuleContext<ResourceOptions>): Fix {
  const section = facetRoots(context.doc, 'resources')[0] ?? facetRoots(context.doc, 'training')[0];
  if (!section) return context.insertTemplate('T4');
  const lines = templateLines('T4', context.lang);
  return appendLines(context.doc, section, [lines[lines.length - 1]], context.text('fix'));
}
