// value-tradeoffs-missing: no ethics or values section, or one that names no trade-off between values.
import { defineRule } from '../util/define';
import { detector, detectorRegex, matchFacets, termsRegex } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import type { Section } from '../types';
import { checkPresence } from '../util/presence';
import { isShiftCare } from '../util/context';
import { facetRoots, headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendLines, findCue } from '../util/commercial';
import { templateLines } from '../util/templates';
import { findPlaceholders, labelledSlot } from '../util/placeholders';

/**
 * Comparatives and their opposites: a gain that "can mean" its opposite elsewhere is a cost named beside it
 * ("shorter routes can mean longer walks"); "earlier detection can mean fewer claims" sets no good against another.
 */
const OPPOSITES: [string, string][] = [
  ['shorter', 'longer'],
  ['faster|quicker', 'slower'],
  ['higher', 'lower'],
  ['cheaper', 'dearer|costlier'],
  ['bigger|larger', 'smaller'],
  ['wider', 'narrower'],
  ['closer|nearer', 'further|farther'],
  ['earlier', 'later'],
];
const MAY_MEAN = '(can|could|may|might) (also )?(mean|cost|lead to)';
const OPPOSED = OPPOSITES.flatMap(([a, b]) => [
  `\\b(${a})\\b[^.;]{0,80}\\b${MAY_MEAN}\\b[^.;]{0,40}\\b(${b})\\b`,
  `\\b(${b})\\b[^.;]{0,80}\\b${MAY_MEAN}\\b[^.;]{0,40}\\b(${a})\\b`,
]).join('|');

/**
 * Ways proposals name a trade-off beyond the lexicon detector: "we trade X against Y", "X is weighed against Y",
 * "balanced against", a dilemma, "avveie", "opp mot", "X veies mot Y".
 */
const TRADEOFF = detectorRegex(
  // A possessive is one word: "balancing tenants' independence against the risk of a missed dose" (trust8 en).
  "trad(e|es|ed|ing) .{1,80} against|weigh(s|ed|ing)?( .{1,80})? against|balanc(e|es|ed|ing) (between|against)|balanc(e|es|ed|ing) ([\\p{L}'’-]+ ){1,6}against|" +
    // Two goods that pull against each other: "Openness … pull against the feelings of families" (trust18 en).
    'at the cost of|at the price of|dilemma\\w*|tension between|pull(s|ed|ing)? against|' +
    // A balance still to strike between two goods, its verb between: "There is a balance to strike between longer opening
    // hours for the public and staff who cannot work longer days" (trust25 en).
    'balanc(e|es) (is |are )?(to (be )?)?(strike|struck|find|found|draw|drawn|get|got|make|made) between [^.;]{1,160}\\band\\b|' +
    // The choice itself named as two goods set against each other: "The main value choice is speed of escalation against
    // alarm fatigue", "the choice is between reach and depth" (trust7 en).
    '\\b(value (choice|conflict)|tension|balance)s? (is|are|lies|here is) (between )?[^.;,]{1,80}\\bagainst\\b|' +
    '\\b(choice|conflict)s? (is|are|lies) between [^.;]{1,80}\\band\\b|\\b(set|pitted|offset) against\\b|' +
    // A choice of one good over another: "we chose speed for the majority over a single route", *vi velger likeverdig
    // tilgang foran effektivitet*, *vi vel omstilling framfor nedbemanning*.
    // A choice's object runs to a clause ("chose to keep the phone line open for everyone over closing it", trust8 en).
    // Favouring one group over another is a choice too ("This favours the greatest number over the most isolated
    // households"), and so is giving one good up for another ("fewer finds in exchange for fewer false flags", trust12 en).
    '(chose|choose|chooses|choosing|chosen|prioriti[sz]e[sd]?|prioriti[sz]ing|put|puts) ([\\p{L}-]+ ){1,6}(over|ahead of) \\p{L}|' +
    '(?<!in )(favou?r|favou?rs|favou?red|favou?ring) ([\\p{L}-]+ ){1,6}over (?!the (summer|winter|spring|autumn|year|weekend)\\b)\\p{L}|' +
    'in exchange for|in return for|til gjengjeld for|i bytte mot|' +
    // The choice as a tag after a dash, one bare good over another: "slower savings in year one — equity over cost
    // efficiency" (trust17 en). An article or a count after "over" is a span ("– rolled out over three months").
    '[—–]\\s*([\\p{L}-]+ ){0,2}[\\p{L}-]+ over (?!(the|a|an|one|two|three|four|five|six|several|many|all|each|every|\\d)\\b)([\\p{L}-]+ ){0,2}[\\p{L}-]+\\s*[.!]?\\s*$|' +
    '(chose|choose|chooses|choosing|chosen) to ([\\p{L}-]+ ){1,10}over \\p{L}+ing\\b|' +
    '(velger|vel|valde|valgte|valt|valgt|prioriterer|prioriterte|prioritert|setter|set) ([\\p{L}-]+ ){1,6}(foran|framfor|fremfor) \\p{L}|' +
    // The present tense weighs too: *Vi veg ei skånsam undersøking opp mot biletkvaliteten*, *kommunen veier … opp mot*;
    // the noun *veg* ("road") after a determiner is left out (trust6 nb).
    'avve(i|g)\\w*|avvega\\w*|(veie|veies|veier|vege|vurdere|vurderer|vurderar|vurderes|vektar|vekter|balanserer|balanserar) .{1,80} opp mot|' +
    '(?<!(?:ein|en|ny|nye|denne|den|same|kvar|annan|ei) )veg .{1,80} opp mot|(veie|veies|veid|vege|vegast|vekte|vektes) mot|' +
    'opp mot hverandre|' +
    // Weighed or balanced without *opp*: *Vi må vege barnets rett … mot risikoen for …*, *Piloten må balansere
    // framkommelighet … mot ønsket om …*; English says "balance X against Y" the same (trust22 nb).
    '(?<!(?:ein|en|ny|nye|denne|den|same|kvar|annan|ei) )\\b(veie|veier|vege|veg|vekte|vekter|vektar|balansere|balanserer|balanserar|balansera) [^.;:]{1,120}\\bmot\\b|' +
    // A trade-off line that names its two goods, "A mot B", before a colon or a dash that says who decides or what
    // follows (*Ombruk mot eit einsarta preg: kommunedirektøren avgjer*): the form the catalogue's own "(A mot B)" asks for.
    '^\\W*(?!(tiltak|vern|beskyttelse|sikring|sikkerhet|tryggleik|trygghet|forsikring)\\b)([\\p{L}-]+ ){0,3}[\\p{L}-]+ (mot|against) ([\\p{L}-]+ ){0,8}[\\p{L}-]+\\s*(:|[—–]\\s)|' +
    // A choice put as its two options, or made with its cost accepted: "We had to choose between long loans … and short
    // loans …", "We chose six weeks …, accepting a waiting list", "we have accepted this, in favour of testing first
    // where the need is greatest", *vi måtte velge mellom … og …* (trust16 en).
    // Only the author's own choice: "users can choose between paper and the app" is the alternative offered.
    '\\b(we|had to|have to|has to|must|needed to|need to) (choose|chose|decide|decided) between [^.;]{1,160}\\band\\b|' +
    '\\b(chose|chosen|choose|chooses|choosing|decided|opted|prefer|preferred)\\b[^.;]{1,160}, accepting\\b|' +
    // … or made despite its cost: "We have chosen to keep the telephone line open … even though a telephone booking
    // takes three times as long" (trust20 en).
    '\\b(we|i|the council|the trust) (have |has |had )?(chose|chosen|decided|opted)\\b[^.;]{1,160}\\b(even though|even if|although|despite)\\b|' +
    '\\b(vi|kommunen) (har )?(valgt|valt|bestemt|besluttet) [^.;]{1,160}\\b(selv om|sjølv om|til tross for|trass i)\\b|' +
    '\\baccept(s|ed|ing)? (this|that|it|these|those)\\b,? in (favour|favor) of\\b|' +
    '\\b(vi|måtte|må|måtte vi|må vi) (velge|velje|velja|valgte|valde|vel|velger) mellom [^.;]{1,160}\\bog\\b|' +
    // A gain whose cost is named beside it: "Tighter rotas reduce travel but can mean people see more different carers",
    // "Shorter, faster routes can mean fewer stops and longer walks" (trust16 en).
    `\\bbut ${MAY_MEAN}\\b|${OPPOSED}|` +
    'balanse(n|gang)? mellom|på kostnad av|prioriter\\w* mellom|valget står mellom|verdikonflikt\\w*',
);

const VALUE_LABEL = detectorRegex('equality|equalities|eqia|ethic\\w*|trade-?offs?|value choices?|fairness|inclusion|likestilling\\w*|likeverd\\w*|etikk|etisk\\w*|verdival\\w*|verdivalg\\w*|avveiing\\w*|avveging\\w*');

/** Inflected too: "Hva med personvernet?" is a privacy heading (trust6 nb). */
const PRIVACY_HEADING = termsRegex(RULE_WORDS['value-tradeoffs-missing'].privacy_headings, 'giu', true);

/** A values heading that is about privacy alone: nothing of the values facet is left once its privacy words go. */
function privacyOnly(section: Section): boolean {
  const rest = section.heading.normalized.replace(PRIVACY_HEADING, ' ').replace(/\s+/g, ' ').trim();
  return rest !== section.heading.normalized && !matchFacets(rest).includes('values');
}

/**
 * The liberal trade-off backstop (lever19): a sentence in the values section that names, in any words, a good given up
 * or a cost accepted for the choice made. The precise TRADEOFF cue above was tuned on the corpus, and each new set
 * words its choice anew ("accepting a waiting list", "That means slower savings in year one", "not where trees are most
 * valuable", *det betyr at dei andre må vente*); a section that names one is the false alarm a reviewer counts first.
 * Read here: a cost accepted (*accept*, *aksepterer*, *godtar*), a choice's consequence (*means/betyr/inneber* with a
 * loss: slower, later, waiting, losing, not, *ikke*; "fewer" or "less" may be the gain itself), a good set aside
 * (*rather than*, *instead of*, "not where", *i stedet for*, *framfor*, *heller enn*), someone who loses out (*lose
 * out*, "worse off", *taper*, *går glipp av*), or a gain whose cost follows "but" ("but delays payment", *men forsinker*). Not read: the statement that nobody loses ("no adverse impact was
 * identified", *ingen negative konsekvenser*): a section that finds no cost names no trade-off. Only the values section
 * is read, as the README says.
 */
const LIBERAL_TRADEOFF = detectorRegex(
  '\\b(accept(s|ed|ing)?|aksept(erer|erte|ert|erar)|godta(r|tt)?|godtek|tek vi med)\\b[^.;]{0,60}\\b(this|that|it|these|a|an|some|less|fewer|longer|slower|the (risk|cost|delay)|waiting|delays?|det|dette|at|en|ei|eit|et|noe|noko|mindre|færre|lengre|lenger|risiko\\w*|ulemp\\w*|ventetid\\w*)\\b|' +
    '\\b(means?|meaning|will mean|betyr|inneber|innebærer|fører til|førar til|går ut over|gjeng ut over)\\b[^.;]{0,80}\\b(slower|later|wait\\w*|not|won[\'’]t|cannot|lose\\w*|miss\\w*|ikke|ikkje|tregere|seinare|senere|saktere|vente\\w*|venta\\w*|mister|misser|taper|tapar)\\b|' +
    '\\b(rather than|instead of|not where|not those|i stedet for|istedenfor|i staden for|heller enn|snarere enn|framfor|fremfor|ikke der|ikkje der)\\b|' +
    '\\b(lose out|loses out|losing out|miss out|misses out|worse off|at a disadvantage|taper på|tapar på|går glipp av|kjem dårlegare ut|kommer dårligere ut)\\b|' +
    // A gain with its cost after "but": "Holding a flagged invoice protects public money but delays payment" (trust24 en).
    '\\bbut (also )?(delays?|slows?( down)?|costs?|raises?|adds? to|takes? longer)\\b|\\bmen (også |og )?(forsinker|forseinkar|koster|kostar|tar lengre tid|tek lengre tid)\\b',
);
/** Nobody loses: a finding of no cost is no trade-off. */
const NO_COST = detectorRegex(
  '\\b(no|not any) (adverse|negative|disproportionate|differential) (impact|effect)s?|\\bno one (will )?(lose|be disadvantaged)|\\bnobody (loses|will lose)|\\bingen (negative|uheldige|ulemper|vil tape|taper|tapar)|\\bingen negativ\\w*',
);

export default defineRule({
  meta: {
    id: 'value-tradeoffs-missing',
    description: {
      en: 'The proposal needs a section on ethics and value choices that names the trade-off, who decides it, who may lose out and what they are offered instead.',
      nb: 'Søknaden trenger en del om etikk og verdivalg som navngir avveiningen, hvem som avgjør den, hvem som kan tape på den og hvilket alternativ de får.',
    },
    facet: 'values',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T5',
  },
  messages: {
    missingNoShifts: {
      en: 'No section on ethics or value choices: name the trade-off the pilot makes (e.g. efficiency vs personal contact), who decides it, who may be disadvantaged and what alternative they get, and how the people affected are informed.',
      nb: 'Mangler en del om etikk og verdivalg: navngi avveiningen piloten gjør (f.eks. effektivitet mot personlig kontakt), hvem som avgjør den, hvem som kan bli skadelidende og hvilket alternativ de får, og hvordan de berørte informeres.',
    },
    fix: { en: 'Add the trade-off line (T5)', nb: 'Legg til avveiningen (T5)' },
    missing: {
      en: 'No section on ethics or value choices: name the trade-off the pilot makes (e.g. efficiency vs personal contact), who decides it, who may be disadvantaged and what alternative they get, and how users and next of kin are informed.',
      nb: 'Mangler en del om etikk og verdivalg: navngi avveiningen piloten gjør (f.eks. effektivitet mot personlig kontakt), hvem som avgjør den, hvem som kan bli skadelidende og hvilket alternativ de får, og hvordan brukere og pårørende informeres.',
    },
    noTradeoff: {
      en: 'The "{heading}" section names no trade-off: say what is gained at the expense of what (A vs B), who decides, who may be disadvantaged and what alternative they are offered.',
      nb: 'Delen «{heading}» navngir ingen avveining: si hva som vinnes på bekostning av hva (A mot B), hvem som avgjør, hvem som kan bli skadelidende og hvilket alternativ de får.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    // Next of kin and night shifts are asked about only in shift-based care (catalogue E).
    if (!checkPresence(context, 'values', ['values', 'ethics', 'value_choices'], 'T5', isShiftCare(doc) ? 'missing' : 'missingNoShifts')) return;
    const roots = facetRoots(doc, 'values');
    if (roots.length === 0) return;
    const pieces = allSentences(scopeBlocks(doc, roots).filter((b) => b.kind !== 'heading'));
    if (findCue(pieces, detector('tradeoff')) || findCue(pieces, TRADEOFF)) return;
    if (findCue(pieces, LIBERAL_TRADEOFF, NO_COST)) return;
    // The answer left as a labelled slot ("Equality impact: <INSERT – EqIA screening outcome>", *Etiske vurderingar:
    // [Fyll inn]*) beside filled lines (the privacy facts) is the place for the trade-off, unfilled: placeholder-text's
    // alone (catalogue E; trust20 en). A section that is nothing but slots is the engine's unfilled section (concerns.ts).
    const body = scopeBlocks(doc, roots).filter((b) => b.kind !== 'heading');
    if (body.some((b) => labelledSlot(b.text, VALUE_LABEL)) && body.some((b) => findPlaceholders(b.text).length === 0)) return;
    const section = roots.find((r) => !privacyOnly(r)) ?? roots[0];
    // The trade-off line goes into the values section either way (a value-choice section before a privacy one).
    const fix = appendLines(doc, section, [templateLines('T5', context.lang)[0]], context.text('fix'));
    // Only privacy sections and no trade-off in them: the value-choice section is missing, said on the title.
    if (roots.every(privacyOnly)) {
      context.report({ messageId: isShiftCare(doc) ? 'missing' : 'missingNoShifts', ...context.missingAnchor(), documentLevel: true, fix });
      return;
    }
    context.report({ messageId: 'noTradeoff', data: { heading: section.heading.text.trim() }, ...headingRange(section), fix });
  },
});
