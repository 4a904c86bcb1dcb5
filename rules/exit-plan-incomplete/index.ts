// exit-plan-incomplete: the exit plan lacks who pays, who owns, who decides, the trigger, the champion or the stop path.
import type { Proposal, RuleContext, Section, TextBlock } from '../types';
import { defineRule } from '../util/define';
import { subset } from '../util/options';
import { detector, detectorRegex } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { findDates } from '../util/dates';
import { namesDecider, readFacts } from '../util/facts';
import { templateLines } from '../util/templates';
import { memo, regexKey } from '../../server/src/model/memo';
import { proseBlocks } from '../util/commercial';
import { findPlaceholders, labelledSlot } from '../util/placeholders';
import { appendToSection, facetRoots, fmFilled, headingRange, scopeBlocks, sentences, type Piece } from '../util/scope';

const ELEMENTS = ['payer', 'owner', 'decision', 'trigger', 'champion', 'stop'] as const;
type Element = (typeof ELEMENTS)[number];
/** The element detectors, as data (lexicon.yaml `rule_words.exit-plan-incomplete`). */
const WORDS = RULE_WORDS['exit-plan-incomplete'];
/** The order of the elements' lines in T3, so added lines read like the template. */
const TEMPLATE_ORDER: Element[] = ['decision', 'trigger', 'owner', 'champion', 'payer', 'stop'];

export interface ExitPlanOptions extends Record<string, unknown> {
  /** Elements to check; drop one (e.g. "champion") where it does not apply. */
  elements: string[];
}

/** Cues beyond the lexicon detectors, so the ways proposals actually phrase each element count. */
const PAYER = detectorRegex(WORDS.payer);
/**
 * Who pays in words the lexicon's list misses: a cost recovered through a fee however it is named ("recovered through a
 * $90 annual add-on to the permit fee"), or the kit bought from a capital or revenue programme ("Vehicles would be bought
 * from the fleet replacement capital programme") (trust19 en).
 */
const PAYER_MORE = detectorRegex(
  '(recovered|recouped) (through|from|by|via) [^.;]{0,60}\\b(fees?|charges?|levy|surcharge|add-on)\\b|' +
    '(bought|purchased|paid for|funded|financed|replaced) (from|out of|through) the ([\\p{L}-]+ ){0,4}(capital|revenue) (programme|program|budget|fund|allocation)\\b',
);
/**
 * Continuing costs nothing, so no one need pay: "The compressed week has no additional running cost, so no budget
 * provision is needed", "runs at no extra cost", "cost-neutral" (trust25 en). Read apart from the payer cues, whose
 * negation ("no budget has been found") denies a payer; a hope ("should cost nothing") is still no answer.
 */
const COSTS_NOTHING = detectorRegex(
  '\\b(has|have|there is|there are|with|at|carries|involves|adds) (no|zero) (additional|extra|further|new|ongoing|recurring) ([\\p{L}-]+ )?(costs?|spend\\w*)\\b|' +
    '\\bno (additional |extra |further )?(budget|funding) (provision )?(is|will be) (needed|required)\\b|\\bcost[- ]neutral\\b',
);
const OWNER = detectorRegex(WORDS.owner);
const OWNER_INVERTED = detectorRegex(WORDS.owner_inverted);
/** A unit that runs the service after the decision: "we roll the safes out and the Voids Team runs them" (trust19 en). */
const OWNER_RUNS = detectorRegex('\\b(team|unit|service|department|section|directorate|office|desk|hub)s? (runs|will run|would run|operates|will operate|would operate|manages|will manage|would manage) (them|it)\\b');
const DECISION = detectorRegex(WORDS.decision);
/**
 * Weighing new sites is the spread, not the continuation decision: a champion who will *vurdere to nye hentepunkter i
 * 2028* decides nothing about the pilot going on (trust20 nb), so that *vurdere* is no decision cue.
 */
const WEIGHS_SPREAD = /(?<![\p{L}])(?:vurdere|vurdera|consider)\s+(?:(?:\d+|to|tre|fire|fem|seks|flere|fleire|two|three|four|five|more|further)\s+)?(?:nye|new|additional|ytterligere|fleire|flere)(?![\p{L}])/iu;
const TRIGGER = detectorRegex(WORDS.trigger);
/** A person who drives the roll-out; a roll-out date alone has nobody to carry it. */
const CHAMPION = detectorRegex(WORDS.champion);
const STOP = detectorRegex(WORDS.stop);
/** What stopping leads to, and a sentence that stops the pilot: together they give the stop path outside the exit section. */
const STOP_PATH = detectorRegex(WORDS.stop_path);
const STOPPED = detectorRegex(WORDS.stopped);
/**
 * The branch for criteria missed, then what becomes of the kit in its own words: "If the measures are not met, the safes
 * come off and go to the sheltered schemes" (trust19 en); the stop path whatever the kit is called.
 */
const KIT_GOES = detectorRegex(
  'if ([\\p{L}\\d-]+ ){1,4}(is|are) not (met|achieved|reached),[^.;]{0,40}\\b[\\p{L}-]+s (come off|come out|are removed|are taken (down|out|back)|go back|are returned|are reused|are redeployed|are passed|go to)\\b',
);
/** A cue in a sentence that says the thing is not settled does not count ("financing is not yet clarified"). */
const NEGATED = detectorRegex(WORDS.negated);
/** "Will be considered" (catalogue B.3): a promise to think about it later. */
const CONSIDER = detectorRegex(WORDS.consider);
/** A cost weighed against other needs leaves the payer open (reported as such), and promises no consideration of continuation. */
const WEIGHED = detectorRegex(WORDS.weighed);
/** The funding left to be considered: beside a dated continuation decision, that is the open payer alone (trust15 nn). */
const FUNDING_CONSIDERED = detectorRegex(WORDS.funding_considered);
/** A hope or a possibility ("We hope the clubs will carry on", "we may apply to other funders") credits no element (trust9). */
const HEDGED = detectorRegex(WORDS.hedged);
const DATE = detector('date');

const hasDate = (text: string): boolean => DATE.test(text) || findDates(text).length > 0;

/** A cue counts in a sentence that neither denies it nor only hopes for it. */
function affirmed(blocks: readonly TextBlock[], ...res: RegExp[]): boolean {
  return affirmedUnless(blocks, undefined, ...res);
}

/** As `affirmed`, also leaving out sentences that match `unless`. */
function affirmedUnless(blocks: readonly TextBlock[], unless: RegExp | undefined, ...res: RegExp[]): boolean {
  const says = (text: string): boolean => res.some((re) => re.test(text)) && !NEGATED.test(text) && !HEDGED.test(text) && !(unless?.test(text) ?? false);
  // Per sentence and set of cues, as the other readers here are: every exit sentence is asked on every re-lint.
  const stateful = [...res, unless].some((re) => re?.global || re?.sticky);
  const table = `affirmed${res.map(regexKey).join('')}${unless ? `-${regexKey(unless)}` : ''}`;
  return blocks.some((b) => sentences(b).some((s) => (stateful ? says(s.text) : memo(table, s.text, () => says(s.text)))));
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
const AFTER_PILOT = detectorRegex(WORDS.after_pilot);

/**
 * Who pays is often settled in the financial case or the budget section, not under the exit heading: a payer cue in
 * a sentence about running costs after the pilot counts there too.
 */
function payerInBudget(doc: Proposal): boolean {
  const budget = scopeBlocks(doc, facetRoots(doc, 'resources'));
  // The time after the pilot may open the paragraph whose next sentence names the payer: "If rolled out, the price is
  // about £7,400 a year. … these costs can be recovered through driver licence fees" (trust18 en).
  return budget.some((b) => AFTER_PILOT.test(b.text) && sentences(b).some((s) => (AFTER_PILOT.test(s.text) || PAYER_BACK.test(s.text)) && (detector('payer').test(s.text) || PAYER.test(s.text)) && !NEGATED.test(s.text) && !HEDGED.test(s.text)));
}
/** A sentence that points back to the costs just given ("these costs", "this cost"); "the cost" may be the pilot's own. */
const PAYER_BACK = /(?<![\p{L}])(?:these|those|this|that) (?:running |annual |yearly |ongoing )?costs?(?![\p{L}])/iu;

/**
 * The owner in operation named in the financial case beside the running cost ("The Licensing Manager would own the
 * service in operation" under Financial Implications), as payerInBudget reads the payer there (trust18 en). Only with
 * the time after the pilot in the same sentence: the budget section's owner of the pilot is not the service's.
 */
function ownerInBudget(doc: Proposal): boolean {
  const budget = scopeBlocks(doc, facetRoots(doc, 'resources'));
  return budget.some((b) => sentences(b).some((s) => AFTER_PILOT.test(s.text) && (detector('owner').test(s.text) || OWNER.test(s.text)) && !NEGATED.test(s.text) && !HEDGED.test(s.text)));
}

/**
 * The exit plan says who pays is still open (*Hvordan den skal dekkes, er ikke bestemt*): that word on the running cost
 * outweighs a looser payer cue beside it (*anbefales ordinær drift*) or in the budget section, which may cover only part
 * of it (trust12 nb).
 */
function payerDenied(blocks: readonly TextBlock[]): boolean {
  return blocks.some((b) => sentences(b).some((s) => (detector('payer').test(s.text) || PAYER.test(s.text)) && NEGATED.test(s.text)));
}

/**
 * The stop path is often written beside the stop rule, in the criteria section ("Dersom …, blir piloten stoppa og vi går
 * tilbake til papirskjema"): a sentence anywhere that stops the pilot and says what follows counts.
 */
function stopPathElsewhere(doc: Proposal): boolean {
  return proseBlocks(doc).some((b) => sentences(b).some((s) => STOPPED.test(s.text) && STOP_PATH.test(s.text) && !NEGATED.test(s.text) && !HEDGED.test(s.text)));
}

/**
 * A running-cost line left as a template slot ("Kostnader i drift: avklares senere", "Running costs: TBC"), or a slot
 * labelled with the payer, gives the payer's place: the hole is placeholder-text's alone (catalogue E). A slot for the
 * supplier's price ("Pris etter piloten: xx kr per deltakar") is the after-pilot terms' place, not the payer's: how much
 * the licence costs says nothing of whose budget pays it.
 */
function payerSlot(blocks: readonly TextBlock[]): boolean {
  return blocks.some((b) =>
    sentences(b).some(
      (s) =>
        !PRICE_SLOT.test(s.text) &&
        ((findPlaceholders(s.text).length > 0 && AFTER_PILOT.test(s.text)) ||
          [AFTER_PILOT, PAYER, detector('payer'), PAYER_LABEL].some((re) => labelledSlot(s.text, re))),
    ),
  );
}
/**
 * A slot labelled with the decision ("Decision on continuation: [Insert forum and date]") gives the forum's place, as
 * payerSlot gives the payer's: the hole is placeholder-text's alone (catalogue E; trust17 en).
 */
function decisionSlot(blocks: readonly TextBlock[]): boolean {
  return blocks.some((b) => sentences(b).some((s) => [detector('decision'), DECISION].some((re) => labelledSlot(s.text, re))));
}
/** A budget label ("Budget: TBC" on an exit slide) names what the slot stands for: who pays. */
const PAYER_LABEL = detectorRegex(WORDS.payer_label);
/** A line labelled with the licence or price ("Pris etter piloten:", "Licence after the pilot:"). */
const PRICE_SLOT = detectorRegex(WORDS.price_label);

/** The global and sticky copies of the backstop cues, compiled once instead of on every exit section read. */
const FLAGGED = new Map<string, RegExp>();
function flagged(re: RegExp, flags: string): RegExp {
  const key = `${flags}/${re.source}`;
  let copy = FLAGGED.get(key);
  if (!copy) FLAGGED.set(key, (copy = new RegExp(re.source, flags)));
  return copy;
}

/**
 * The liberal backstop (lever19): a cue counts in a sentence that neither denies it, hopes for it nor is excluded as a
 * whole (`notSentence`), unless the cue itself, read from where it stands, is an excluded form (`notCue`).
 */
function looselyNamed(blocks: readonly TextBlock[], cue: RegExp, notSentence: RegExp, notCue: RegExp): boolean {
  const every = flagged(cue, 'giu');
  const here = flagged(notCue, 'iuy');
  return blocks.some((b) =>
    sentences(b).some((s) => {
      if (NEGATED.test(s.text) || HEDGED.test(s.text) || notSentence.test(s.text)) return false;
      for (const m of s.text.matchAll(every)) {
        here.lastIndex = m.index;
        if (!here.test(s.text)) return true;
      }
      return false;
    }),
  );
}
/** No cue form is excluded: the sentence-level exclusion says all. */
const NEVER = /(?!)/u;
/** What the service is called when it is owned, run or taken over (or "it", "them"): any other object is a thing, not the service. */
const SERVICE_WORD =
  '(service|services|scheme|schemes|solution|solutions|system|systems|platform|tool|tools|model|app|programme|program|operation|it|them|teneste\\p{L}*|tjeneste\\p{L}*|tilbod\\p{L}*|tilbud\\p{L}*|ordning\\p{L}*|løysing\\p{L}*|løsning\\p{L}*|system\\p{L}*|plattform\\p{L}*|verktøy\\p{L}*|modell\\p{L}*|tiltak\\p{L}*|drift\\p{L}*)\\b';
/**
 * The liberal backstop for the owner in operation (lever19): the section says at all who has the service afterwards, in
 * any words — owning it or being its owner, responsible or accountable for it, taking it over or having it handed over,
 * running, operating, hosting or maintaining it, business as usual, the line organisation; *eie/eigar, ansvar,
 * overta/tek over, forvalte, drifte, linja*. The precise cues above were tuned on the corpus; each new set words the
 * owner anew, and on four blind sets most owner findings were false alarms. Run "as part of the normal canvass" (the
 * usual, standard or routine work of a named unit) is business as usual too (trust22 en).
 */
const LIBERAL_OWNER = detectorRegex(
  '(?<!(project|pilot|trial|programme|program|their|its|our|his|her|my|your|whose|data|benefits?|budget|risk|asset) )\\b(own|owns|owned|owner|owners|ownership)\\b|\\b(responsib\\w*|accountab\\w*)\\b|' +
    '\\b(take|takes|took|taken|taking) (it |them )?over\\b|\\b(hand|hands|handed|handing) ([\\p{L}-]+ ){0,3}(over|to)\\b|\\b(pass|passes|passed|transfer|transfers|transferred) (it |them )?to\\b|' +
    '\\bbusiness as usual\\b|\\bBAU\\b|\\bmainstream\\w*|\\bas part of (the |its |our |their )?([\\p{L}-]+ ){0,3}(normal|usual|standard|routine|regular|ordinary|everyday|day-to-day|core) [\\p{L}-]+|\\bline (organi[sz]ation|management|service)\\b|' +
    '\\b(run|runs|operated|maintained|hosted|managed) by\\b|\\b(run|runs|operate|operates|maintain|maintains|host|hosts|manage|manages|look after|looks after) (it|them|the [\\p{L}-]+)\\b|' +
    '\\b(eie|eier|eiere|eies|eid|eide|eigar|eigarar|eigd|eigde|eigast|eig|eierskap\\w*|eigarskap\\w*|tjenesteeier\\w*|tenesteeigar\\w*|driftseier\\w*|driftseigar\\w*)\\b|' +
    '\\b(driftsansvar\\w*|ansvar\\w*)\\b|\\b(overta\\w*|overtek|tar over|tek over|ta over|teke over|tatt over|tas over|takast over|overlever\\w*|overfør\\w*)\\b|' +
    '\\b(forvalt\\w*|drifter|driftar|driftes|driftast|driftet|drifta av|linjen|linja|linjeorganisasjonen|linjeleiinga|linjeledelsen)\\b',
);
/** A question (a template's prompt) or a sentence about the time of the pilot ("during the trial the university owns the data"). */
const NOT_OWNER_SENTENCE = detectorRegex(
  '\\?|\\b(during|throughout|for the duration of) the (pilot|trial|project|grant|test)|\\b(i|gjennom) (pilot|prosjekt|test|utprøvings)perioden\\b|\\b(under|i løpet av) (piloten|prosjektet|utprøvinga|utprøvingen|testperioden)\\b',
);
/**
 * The owner, the responsibility or the taking over of a thing that is not the service: "owner of the benefits",
 * *eigar av avtalen*, *Eigar av syklane*, *tek over nøklane*, "runs the evaluation"; and kit owned by the supplier.
 */
const NOT_OWNER = detectorRegex(
  `(owner|owners|ownership|eigar|eier|eiere|eigarar|eierskap\\w*|eigarskap\\w*|responsib\\w*|accountab\\w*|ansvar\\w*|driftsansvar\\w*) (of|av|for|over|til) (?![^.;,]{0,60}\\b${SERVICE_WORD})|` +
    `(own|owns|take over|takes over|took over|taking over|hand|hands|handed|run|runs|operate|operates|maintain|maintains|host|hosts|manage|manages|look after|looks after) (?![^.;,]{0,60}\\b${SERVICE_WORD})(the|a|an|its|their|all|any)\\b|` +
    `(eig|eier|overtar|overtek|overta|tek over|tar over|ta over|teke over|tatt over|tas over|takast over) (?![^.;,]{0,60}\\b${SERVICE_WORD})[\\p{L}]+(en|et|ene|ane|na|a)\\b|` +
    '(owned|eies|eigd|eigast|eid) ([\\p{L}-]+ ){0,2}(by|av) (the )?(supplier|vendor|contractor|leverandør\\w*)',
);

/**
 * The liberal backstop for the trigger (lever19): a condition whose own clause names something measured against its
 * aim — criteria, targets, goals, objectives, measures, indicators, a criterion's id (S1, G2), a level or share in per
 * cent, or a measure moving ("if visits fall as expected"); *mål, kriterium, indikator, andel, prosent, går ned*.
 * Each new set ties the decision to its criteria in new words. Not read: a condition that is only a good result
 * ("Dersom resultatene er gode", "if the pilot goes well": the criteria are not named), one that is only measured
 * (*Når G1 og G2 er målt*), and a sentence whose condition only stops or adjusts.
 */
const LIBERAL_TRIGGER = detectorRegex(
  '(\\b(if|when|once|provided|subject to|depending on|based on|on the basis of|dersom|hvis|viss|når|forutsatt|forutsett|forutsetter|føreset|føresett|på grunnlag av|basert på|på bakgrunn av|(bygger|byggjer|bygges|byggast) på (om|at|hvorvidt|kor vidt))\\b|(^|[,:]\\s*)\\W*([\\p{L}-]+ )?om\\b)[^,.;:]{0,100}' +
    '(\\b(criteria|criterion|targets?|goals?|objectives?|measures|indicators?|KPIs?|thresholds?|benchmarks?|mål|målet|måla|målene|måltal|måltall|resultatmål\\w*|effektmål\\w*|delmål\\w*|kriteri\\w*|indikator\\w*|terskel\\w*|andel\\w*|(S|G|M|K|O|T|SO|E)\\d{1,2})\\b|\\d+ ?(%|per ?cent|prosent)|' +
    '\\b(falls?|drops?|rises?|increases?|decreases?|goes (up|down)|går (ned|opp)|aukar|øker|minkar|minker|reduseres|reduserast|fell|rose))',
);
/** A condition that is only measured, and a sentence whose condition stops or adjusts and continues nothing. */
const NOT_TRIGGER = detectorRegex(
  '\\b(are|is|er|blir|vert|have been|har blitt|har vorte) (measured|målt|evaluated|evaluert|evaluerte|reported|rapportert|rapporterte)\\b|' +
    '^(?!.*\\b(scale\\w*|roll\\w* out|rolled|continu\\w*|extend\\w*|adopt\\w*|permanent\\w*|mainstream\\w*|videref\\w*|vidaref\\w*|innfør\\w*|innføring\\w*|rull\\w* ut|spre\\w*|skaler\\w*|fast|faste|drift|expand\\w*|utvid\\w*|recommend\\w*|anbef\\w*|tilrå\\w*|go ahead|proceed)\\b).*\\b(stop\\w*|halt\\w*|end|ends|ended|discontinu\\w*|terminat\\w*|wound down|wind\\w* down|adjust\\w*|avslutt\\w*|stans\\w*|stopp\\w*|avvikl\\w*|legges ned|juster\\w*)\\b',
);

// The infinitive after a modal (*Teknisk utvalg skal ta stilling til*), and the case sent on to a body (*Saka går til
// formannskapet*, *Saken sendes til kommunestyret*): how Norwegian papers say who decides (trust23 nb).
const DECIDES =
  '(decid\\w*|decision\\w*|approv\\w*|adopt\\w*|agree\\w*|vote\\w*|resol\\w*|sign\\w* off|go/no-go|report\\w* to|recommend\\w* to|put to|submitted to|presented to|(report|reports|reporting|present|presents|presenting|submit|submits|submitting|bring|brings|bringing) (on|its|their|the|our|a|an) [^,;:.]{0,50}? to|avgj\\w*|avgjer\\w*|bestem\\w*|vedt\\w*|beslut\\w*|godkj\\w*|tar stilling|tek stilling|tas stilling|ta stilling|behandl\\w*|handsam\\w*|rapporter\\w* til|legg\\w* fram for|legger fram|leggjer fram|lagt fram for|lagd fram for|innstilling|tilråding|(saka|saken|sakene|sak) (går|gjeng|sendes|sendast|blir sendt|vert send) (vidare |videre )?til)';
const BODY =
  '[\\p{L}-]*(committee|board|council|cabinet|group|panel|forum|executive|director|trustees|assembly|leadership team|management team|executive team|[dcser]mt|[secdr]lt|utval|utvalet|utvalg|utvalget|styre|styret|styringsgrupp\\w*|kommunestyr\\w*|formannskap\\w*|bystyr\\w*|fylkesting\\w*|ledergrupp\\w*|leiargrupp\\w*|direktør\\w*|representantskap\\w*|fellesråd\\w*|sokneråd\\w*|menighetsråd\\w*|rådmann\\w*|klinikkleiing\\w*|ledelse\\w*|leiinga|ledelsen|[\\p{L}]+møte|[\\p{L}]+møtet|meeting)';
/**
 * The liberal backstop for the deciding body (lever19): a body — committee, board, council, cabinet, a group, panel or
 * forum, a director; *utval, styre, styringsgruppe, kommunestyre, formannskap, ledergruppe, direktør* — in the same
 * clause as a word that decides, approves, adopts, votes or agrees, or has the results reported or a recommendation put
 * to it (*avgjer, vedtar, godkjenner, tar stilling, behandlar, rapporteres til, legg fram for*). Each new set names its
 * forum in new words. Not read: a body in another clause than the decision ("We will approach the Board for funding,
 * and a decision will be taken" names nobody), a promise to consider (`considered`'s), and "we".
 */
const LIBERAL_DECISION = detectorRegex(`\\b${BODY}\\b[^,;:]{0,80}\\b${DECIDES}\\b|\\b${DECIDES}\\b[^,;:]{0,80}\\b${BODY}\\b`);

/**
 * The liberal backstop for the payer (lever19): money after the pilot is said to come from one of the organisation's
 * own sources, in any words — paid, funded, covered, met, bought, recovered or charged from, through, out of or within a
 * budget, fund, programme, reserve, account, fee, charge, levy or income (*dekt/dekkes/finansiert/betalt over, innanfor,
 * frå … budsjettet, ramma, gebyret, fondet*). Each new set names its budget line in new words. Not read: a price alone
 * (the supplier's, not whose budget pays it), money still to be sought or considered (*vurderes i budsjettprosessen*,
 * "look for further grants"), and a sentence that denies or only hopes.
 */
const LIBERAL_PAYER = detectorRegex(
  '\\b(paid|pays?|funded|funds?|financed|covered|met|bought|purchased|recovered|recouped|charged|absorbed|shared|split|fordelt|fordeles|fordelast|dekt|dekte|dekket|dekkes|dekkast|dekkjast|dekka|finansiert|finansieres|finansierast|betalt|betales|betalast|tas|takast|teke|tatt)\\b' +
    '[^.;]{0,40}\\b(from|through|out of|within|by|via|over|innanfor|innenfor|frå|fra|gjennom|av)\\b (the |our |its |their |a |an )?([\\p{L}\\d/–-]+ ){0,5}' +
    '[\\p{L}-]*(budget|budgets|fund|programme|program|reserve|account|fees?|charges?|levy|income|revenue|budsjett\\w*|ramme\\w*|ramma|fond\\w*|gebyr\\w*|avgift\\w*|inntekt\\w*|driftsmidl\\w*|kassa|kassen|vederlag\\w*)\\b',
);
/** Money still to be sought or weighed ("look for further grants", "apply for funding"). */
const NOT_PAYER = detectorRegex('\\b(look\\w* for|seek\\w*|apply\\w* for|bid\\w* for|search\\w* for|søk\\w*|søkje|søkt)\\b');

/** The consideration promise and money still to be sought, both left out of the payer backstop. */
const NOT_PAYER_SENTENCE = new RegExp(`${CONSIDER.source}|${NOT_PAYER.source}`, CONSIDER.flags);

const CARRIES =
  '(lead|leads|leading|led|drive|drives|driving|driven|champion\\w*|coordinat\\w*|oversee\\w*|responsible for|in charge of|lede|leder|leiar|leier|leia|leidd|driv|driver|drivar|pådriv\\w*|koordiner\\w*|ansvar\\w* for)';
// The switch to the new way as a whole is the roll-out too: "with the Electoral Services Manager leading the change",
// *leiar omlegginga* (trust22 en).
const SPREADS =
  '(roll\\w*[- ]out|rollout|spread\\w*|extension|extend\\w*|scal\\w*|adoption|implementation|utrull\\w*|spre\\w*|utvid\\w*|innføring\\w*|implementering\\w*|the change(over)?|changeover|switchover|omlegging\\w*|overgang\\w*)';
/**
 * Someone charged with taking the service into use somewhere further: *har ansvaret for å ta modellen i bruk også i
 * kveldsundervisningen*, "is responsible for bringing it into use at the other depots". The carrier is named and so is
 * where it goes next, which is what a champion is; "taken into use" alone, with nobody responsible, is not (trust21 nb).
 */
const TAKES_INTO_USE = detectorRegex(
  '\\b(ansvar\\w*|ansvarlig|ansvarleg) for å (ta|taka|innføre|innføra) ([\\p{L}-]+ ){1,4}i bruk (også |og )?(i|på|for|ved|til|hos)\\b|' +
    '\\bresponsible for (taking|bringing|putting) (it|them|the [\\p{L}-]+) into use (also )?(in|at|for|across|by)\\b',
);
/**
 * The liberal backstop for the champion (lever19): someone carries the roll-out, in any words — leads, drives,
 * champions, coordinates or oversees, is responsible for or in charge of the roll-out, the spread, the extension or the
 * implementation (*leder, leiar, driv, koordinerer, har ansvar for utrullinga, spreiinga, utvidinga, innføringa*). Not
 * read: a roll-out with nobody to carry it, a sentence about the pilot period or a question (`NOT_OWNER_SENTENCE`, as for
 * the owner), and a sentence that denies or only hopes.
 */
// Someone who takes others through it carries it too: "will coach reviewers in the other departments through the
// rollout", *følgjer avdelingane gjennom innføringa* (trust21 en).
const CARRIES_THROUGH = '(coach\\w*|guid\\w*|steer\\w*|walk\\w*|følg\\w*|rettleia\\w*|veiled\\w*)';
// … or a role named for the roll-out: "**Roll-out lead:** Accessibility Officer", "implementation lead", *utrullingsansvarleg* (trust22 en).
const LIBERAL_CHAMPION = detectorRegex(`\\b${SPREADS}[- ](lead|leads|leader|champion|coordinator|manager)\\b|\\b(utrullings|innførings|spreiings|sprednings)(ansvarlig|ansvarleg|leder|leiar|koordinator)\\w*|\\b${CARRIES}\\b[^.;]{0,40}\\b${SPREADS}\\b|\\b${SPREADS}\\b[^.;]{0,20}\\b(led|driven|coordinated|overseen|ledet|leia|leidd|drive|driven) (by|av)\\b|\\b${CARRIES_THROUGH}\\b[^.;]{0,60}\\b(through|gjennom) (the |its |their |den |det )?${SPREADS}\\b`);

/**
 * The liberal backstop for the stop path (lever19): a branch where the service does not go on — a condition with a
 * negative or a stop in it (if … not, neither, otherwise, should it close, *dersom … ikkje*, *ellers*), or a verb-first
 * *Avsluttes/Stoppes …* — and in the same sentence something done with the data, the kit, the licences or the users:
 * returned, removed, deleted, exported, cancelled, switched off, collected, reused, going back (*slettes, eksporteres,
 * sies opp, slås av, demonteres, leveres tilbake, går attende*). Each new set words what stopping leaves behind anew.
 * Kit that joins another stock ("the instruments will join the hub's main loan stock") or is donated is reused too
 * (trust22 en). Not read: the condition alone ("if SO1 is not met, the Board stops the pilot" says nothing of data or kit), a
 * disposal with no branch where the service ends (post-pilot terms: "data can be exported as CSV"), and a sentence
 * that denies or only hopes.
 */
const LIBERAL_STOP = detectorRegex(
  '^(?=.*(\\b(if|should|unless|otherwise|dersom|hvis|viss|ellers|whatever|regardless|uansett|either case)\\b[^.;]{0,80}\\b(not|no|neither|none|stop\\w*|ends?|ended|clos\\w*|withdraw\\w*|discontinu\\w*|ikke|ikkje|ingen|avslutt\\w*|stopp\\w*|stans\\w*|avvikl\\w*|lagt ned|legg\\w* ned|decided|utfall\\w*)\\b|^\\W*(avslutt\\w*|stopp\\w*|stans\\w*|avviklast|avvikles|otherwise|ellers)\\b|' +
    // Norwegian puts a condition verb first, with no *dersom*: *Får vi færre enn 250 samtalar, avsluttar vi …*, *Viser
    // målingane at …, fjernar vi dei som ikkje verkar* (trust26 nn).
    '^\\W*(får|viser|vise|blir|går|kommer|kjem|er|har|ser|gir|gjev|skulle)\\b [^,;.]{3,120},[^.;]*\\b(ikke|ikkje|ingen|avslutt\\w*|stopp\\w*|stans\\w*|avvikl\\w*|legg\\w* ned|lagt ned)\\b|' +
    // The time from the pilot's end, leading the sentence: *Fra piloten slutter til saken er behandlet, går deltakerne
    // tilbake* (trust23 nb); "can export them at any time, including after the pilot ends" is a data right, not the path.
    '^\\W*(from|when|once|after|fra|frå|når|etter at)\\b (the )?(pilot|trial|piloten|prosjektet|forsøket|utprøvinga|utprøvingen)\\b (ends|stops|slutter|sluttar|stopper|stoppar|avsluttes|avsluttast|er slutt)\\b))' +
    '.*\\b(return\\w*|remov\\w*|delet\\w*|export\\w*|cancel\\w*|switch\\w* off|turned off|go(es)? back|revert\\w*|collect|collects|collected|wip\\w*|archiv\\w*|laps\\w*|sold|reused|re-used|redeploy\\w*|join\\w* (the |a |an |its |our |their )?(\\S+ ){0,3}(stock|pool|fleet|collection|stores?|inventory)|donat\\w*|slett\\w*|eksport\\w*|sies opp|seies opp|slås av|demonter\\w*|returner\\w*|tilbake|attende|hent\\w*|arkiver\\w*|fjern\\w*|' +
    // The old kit kept as the fallback: *Hvis maskinen ikke fungerer …, mens dieselmaskinen beholdes som reserve* (trust23 nb).
    'beholdes|beholdast|behaldast|kept|retained|' +
    // Stopping to go on with the old way (*avsluttar vi og held fram med telefonrettleiing*) says what the users get (trust26 nn).
    'held fram med|heldt fram med|holder fram med|fortsetter med|fortset med|fortsett med)\\b',
);

function present(doc: Proposal, blocks: readonly TextBlock[]): Record<Element, boolean> {
  // Only the deciding body is asked for here: the date is exit-decision-date-missing's concern (catalogue E).
  // A decision with nobody to take it ("a decision on continuation will be taken") names no deciding body.
  const decides = blocks.some((b) =>
    sentences(b).some((s) =>
      namesDecider(s.text, (c) => {
        const u = c.replace(WEIGHS_SPREAD, ' ');
        return detector('decision').test(u) || DECISION.test(u);
      }),
    ),
  );
  return {
    // "Vil kommunen vurdere å videreføre tiltaket i ordinær drift" promises to think about it: it names no payer (B.3);
    // "we may apply to other funders" hopes for one (trust9).
    payer:
      !!fmFilled(doc, 'post_pilot_funding') ||
      (!payerDenied(blocks) && (affirmedUnless(blocks, CONSIDER, detector('payer'), PAYER, PAYER_MORE) || payerInBudget(doc))) ||
      payerSlot(blocks) ||
      blocks.some((b) => sentences(b).some((sn) => COSTS_NOTHING.test(sn.text) && !HEDGED.test(sn.text))) ||
      (!payerDenied(blocks) && affirmedUnless(blocks, NOT_PAYER_SENTENCE, LIBERAL_PAYER)),
    // Front-matter `owner` owns the pilot, which is not the same as running the service afterwards.
    owner: affirmed(blocks, detector('owner'), OWNER, OWNER_INVERTED, OWNER_RUNS) || ownerInBudget(doc) || looselyNamed(blocks, LIBERAL_OWNER, NOT_OWNER_SENTENCE, NOT_OWNER),
    decision: decides || !!readFacts(doc).decision_forum || decisionSlot(blocks) || looselyNamed(blocks, LIBERAL_DECISION, NEVER, NEVER),
    trigger: affirmed(blocks, detector('trigger'), TRIGGER) || looselyNamed(blocks, LIBERAL_TRIGGER, NOT_TRIGGER, NEVER),
    champion: affirmed(blocks, CHAMPION, TAKES_INTO_USE) || looselyNamed(blocks, LIBERAL_CHAMPION, NOT_OWNER_SENTENCE, NEVER),
    stop: affirmed(blocks, STOP, KIT_GOES) || stopPathElsewhere(doc) || looselyNamed(blocks, LIBERAL_STOP, NEVER, NEVER),
  };
}

/** A real plan has two or three exit sections; past this many the first stands (see mainRoot). */
const MAX_EXIT_SECTIONS = 8;

/**
 * The exit plan proper, where its missing elements are reported and added: of several exit sections ("4.2 Running
 * costs after the pilot", then "5.6 After the pilot"), the one that states the most elements, the first on a tie.
 * Each section is read on its own, so past a handful (a real plan has two or three) the first stands: thousands of
 * exit headings in one file would make this quadratic.
 */
function mainRoot(doc: Proposal, roots: readonly Section[]): Section {
  if (roots.length === 1 || roots.length > MAX_EXIT_SECTIONS) return roots[0];
  let best = roots[0];
  let most = -1;
  for (const r of roots) {
    const n = Object.values(present(doc, scopeBlocks(doc, [r]))).filter(Boolean).length;
    if (n > most) {
      best = r;
      most = n;
    }
  }
  return best;
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
    const anchor = mainRoot(doc, roots);
    const fix =
      missing.length > 0
        ? appendToSection(
            doc,
            anchor,
            TEMPLATE_ORDER.filter((e) => missing.includes(e)).map((e) => fixLines(e, context.lang)),
            context.text('fix'),
          )
        : undefined;
    for (const element of missing) {
      context.report({ messageId: element, element, ...headingRange(anchor), fix });
    }
    if (has.payer || !wanted.has('payer')) return;
    const dated = has.decision && !!readFacts(doc).exit_decision_date;
    // One concern, one finding: the plan's first promise to consider stands for the rest (*vil kommunen vurdere …*, then
    // *Finansieringen vurderes i budsjettarbeidet*, trust15 nb).
    const promise = blocks
      .flatMap((b) => sentences(b))
      .find((s) => CONSIDER.test(s.text) && !hasDate(s.text) && !WEIGHED.test(s.text) && !(dated && FUNDING_CONSIDERED.test(s.text)));
    if (promise) context.report({ messageId: 'considered', element: 'considered', data: { text: shorten(promise) }, start: promise.start, end: promise.end });
  },
});

function shorten(s: Piece): string {
  const t = s.text.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}
