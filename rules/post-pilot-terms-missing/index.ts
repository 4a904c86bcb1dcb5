// post-pilot-terms-missing: nothing says what the licence costs after the pilot, or who owns and can take the data.
import type { Fix, RuleContext } from '../types';
import { defineRule } from '../util/define';
import { isOwnResult } from '../util/context';
import { findPlaceholders } from '../util/placeholders';
import { detectorRegex } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { memo } from '../../server/src/model/memo';
import { facetRoots, headingRange, inBody, type Piece } from '../util/scope';
import { appendLines, findCue, hasSupplier, proseSentences, suppliedFreeForPilot } from '../util/commercial';
import { templateLines } from '../util/templates';

const WORDS = RULE_WORDS['post-pilot-terms-missing'];

/** A price per unit, which the stated price and a price whose amount is a slot share. */
const UNIT_PRICE =
  '([£€$]\\s?\\d[\\d,.]*|\\d[\\d\\u00a0 ,.]*\\s?(kr|nok|kroner|eur|gbp|pence|p)) (per|pr\\.?|a|an) (?!(year|years|month|months|annum|week|år|året|måned|månad|uke|veke)\\b)\\p{L}{3,}';
/** A licence or price stated for the time after the pilot (a recurring price, a fixed term, or "after the pilot"). */
const PRICE_WORD = detectorRegex(
  // A supplier's quotation names its price: "£14,200 a year (Kerbside quotation, October 2026)" (trust18 en).
  'licen[cs]\\w*|pric\\w*|subscription\\w*|quot(e|es|ed|ation|ations)\\b|lisens\\w*|pris\\w*|abonnement\\w*|lease\\w*|rental|leie\\w*|leige\\w*|' +
    // … and as the last part of a compound, with its amount: *Programvarelisensen … kostar 18 000 kr i året*,
    // *Sensorleien, anslått til 210 000 kr i året* (trust16 nb); *sjukepleie* is care, not rent.
    '\\p{L}+lisens(en|ar|er|ane|ene)?\\b[^.;]{0,60}\\d[\\d\\u00a0 ]*\\s?(kr|kroner|nok)\\b|\\p{L}+(?<!p)(leie|leige)(n|a)?\\b[^.;]{0,60}\\d[\\d\\u00a0 ]*\\s?(kr|kroner|nok)\\b|' +
    // A unit price: "£9 per pupil per year", "690 kr per dispenser per måned" (a running cost "380 000 kr i året" is not one).
    `${UNIT_PRICE}|` +
    // A recurring amount in the agreement with the supplier is its price, per month or year too: *Avtalen … har opsjon på
    // seks måneders forlengelse …, til 2 900 kroner per måned*, "the contract's option … at £900 a month" (trust6 nb).
    '(avtale\\w*|kontrakt\\w*|opsjon\\w*|contracts?|agreements?|options?)\\b[^.;]{0,120}([£€$]\\s?\\d[\\d,.]*|\\d[\\d\\u00a0 ,.]*\\s?(kr|nok|kroner|eur|gbp))\\.? (per|pr\\.?|a|an|i) \\p{L}+',
);
// A bare "fixed price" is the kind of contract ("Evaluation (University of Westmere, fixed price)"), not a price that
// holds after the pilot: that needs its term or its period ("fixed for three years", "a fixed annual licence", trust8 en).
const AFTER = detectorRegex(
  'after the (pilot|scale-up|trial)|post-pilot|after-pilot|in operation|from (20\\d\\d|year)|per (year|month|annum|user|patient|bed|unit|licen[cs]e|pupil|message|site|school|vehicle|household)|annual|yearly|a year|fixed for|fixed (?!price\\b)([\\p{L}-]+ )?(price|licen[cs]e)\\w*|' +
    // The same units as in English: "0,45 kr per melding" is the recurring price as "per message" is (trust9 nn);
    // *minst 1 500 kr i månaden* recurs as *i året* does (trust12 nn).
    'etter pilot\\w*|i drift|fra (20\\d\\d|år)|per (år|måned|månad|bruker|brukar|pasient|enhet|eining|lås|sensor|barn|elev|melding|lisens|skole|skule|seng|plass|bil|kjøretøy|køyretøy|husstand|hushald)|i året|i (måneden|månaden)|årlig|årleg|fast (i|pris)|fast \\p{L}*pris\\w*|fastpris\\w*|' +
    WORDS.after,
);
/** What a service holds that someone can own: data, texts, recordings, responses; data by its kind too (*måledataene*). */
const OWNED = `\\p{L}*data\\w*|dataene|tekst\\w*|lydfil\\w*|opptak\\w*|innspill\\w*|svar(a|ene)?|records?|recordings?|responses|submissions|content|innhald\\w*|innhold\\w*|${WORDS.owned}`;
/** Data ownership and portability, or intellectual property. */
const DATA = detectorRegex(
  'owns? (all |the |its )?([\\p{L}-]+ ){0,2}data|data ownership|ownership of (the |all )?data|data export\\w*|export (of )?(the |all |its )?data|can (be )?export\\w*|portab\\w*|intellectual property|ip rights?|\\bip\\b|' +
    'rights? to (the )?(data|results|workflows|software|code)|licen[cs]e to (the )?([\\p{L}-]+ ){0,2}(rules|workflows|results|developed)|' +
    'eier (alle |dataene|data|\\p{L}*data)|eig (alle |dataene|data|\\p{L}*data)|eierskap\\w* til (dataene|data|resultatene)|' +
    'dataeksport\\w*|(kan|kunne) (\\p{L}+ )?eksportere|' +
    // The passive too: *alle data kan eksporterast i ope format*, *dataene kan eksporteres* (trust14 nn).
    '(kan|kunne) (bli |verte )?eksporter(es|ast)\\b|eksport av (alle )?data\\w*|immaterielle rettigheter|rettigheter\\w*|opphavsrett\\w*|dataportabilitet|' +
    // "Tenant data remain ours", *dataene tilhører kommunen*.
    'data\\w* (belongs?|belonging) to (the |our )?(council|trust|authority|municipality|us|kommunen)|data (remain|remains|stay|stays|is|are) (ours|with (the|us))|(tilhører|tilhøyrer) (kommunen|oss|fylkeskommunen|helseforetaket)|(kommunen|vi) (eier|eig) (alle )?(\\p{L}+ )?data\\w*|' +
    // Ownership of what the service holds, in other words: *helseforetaket eier lydfiler og tekst*, *innspillene eies
    // av kommunen*, *elevane eig tekstane sine*, "responses are owned by the council"; and taking them out: *hente ut alle data*.
    `(eier|eig|eiger|owns?) (alle |all |the |its )?(\\p{L}+ )?(${OWNED})|(${OWNED}),? (\\p{L}+,? ){0,4}(eies|eigast|are owned|is owned|er eigd|blir eid|vert eigd) (av|by)|` +
    // … or belongs to it, whoever it is: *Opptak og flygeloggar tilhøyrer IKS-et* (trust11 nn).
    `(${OWNED}),? (\\p{L}+,? ){0,4}(tilhører|tilhøyrer|belongs? to) |` +
    '(hente|henta|hentar|henter) ut (alle )?(\\p{L}+ )?data\\w*|(take|download|extract|retrieve) (all )?(the |its |their )?(\\p{L}+ )?data\\b|' +
    // An open licence on the result states the rights to it (issue 8): "under the MIT licence", *MIT-lisensen*, CC BY.
    '(mit|apache|gpl|eupl|bsd|open|open-source|open source|creative commons|åpen|åpne|open) ([\\p{L}-]+ )?(licen[cs]e\\w*|lisens\\w*)|(mit|apache|gpl|eupl|bsd|cc)-?lisens\\w*|cc[ -]by\\b|cc0\\b|(åpen|åpne|open) kildekode-?lisens\\w*|' +
    // Handing what the service holds to the organisation or its archive: "give the digitised records to the city
    // archive", "data are transferred to the council", *dataene overføres til arkivet*, *avleverer opptaka til*.
    `(give|gives|hand|hands|transfer|transfers|return|returns|deliver|delivers|pass|passes)( over)? (all |the |its |our |their )?([\\p{L}-]+ ){0,2}(${OWNED}) (back )?to|` +
    `(${OWNED}) (\\p{L}+ ){0,2}(are|is|will be|would be) (handed over|transferred|returned|given|delivered|passed) (back )?to|` +
    `(overfør|avlever|lever|gir|gjev)\\w* (alle )?(\\p{L}+ )?(${OWNED}) til|(${OWNED}) (\\p{L}+ ){0,2}(overføres|overførast|avleveres|avleverast|leveres|leverast) (tilbake )?til|` +
    // Keeping it: "the council retains all data", "data remain the property of the council", "all data stays in the
    // Trust's record", "data can be downloaded as CSV", "the right to our data", *kommunen beholder dataene*.
    `(retains?|keeps?|holds?) (on to )?(all (the )?|the |its |our |their )([\\p{L}-]+ )?(${OWNED})\\b(?! (up to date|updated|current))|(${OWNED}) (\\p{L}+ ){0,2}(remains?|stays?) (the property of|in|within|with|ours)|` +
    // … or stays its owner's by the possessive: "Care data remains the council's", "Student address data stays the
    // district's property", "reports … are council property" (trust16 en).
    `(${OWNED}) (\\p{L}+ ){0,2}(remains?|stays?|will remain|will stay|is|are) (the |our )?\\p{L}+['’]s?(?!\\p{L})(?! (responsibility|job|task|duty|risk|problem|concern|call)\\b)|` +
    `(${OWNED}) ([\\p{L}-]+ ){0,6}(are|is|remain|remains) (the )?(council|trust|district|county|city|borough|authority|school|municipal|public) property\\b|` +
    `(${OWNED}) (\\p{L}+ ){0,2}(is|are) (held|stored|kept) by (the |us)|(returns?|hands? back) (all |the |its |our )?(${OWNED})\\b|can (be )?download\\w*|` +
    `rights? to (our|all|its|their) (data|results|content)|(beholder|beheld|behalder) (alle )?(\\p{L}+ )?(${OWNED})|(${OWNED}) (forblir|blir verande|held seg|er) (kommunens|fylkeskommunens|helseforetakets|vår|våre|vårt|vår eiendom)|` +
    // … and where it stays, the organisation's own place: *Bankdata og logger blir liggende i kommunens egen driftsmiljø*,
    // *dataene ligg på kommunen sine eigne servarar* (resid17).
    `(${OWNED}) (\\p{L}+ ){0,2}(lagres|lagrast|ligger|ligg|blir liggende|blir liggjande|blir værende|blir verande|forblir|held seg) (hos|i|på) (kommunen|oss|fylkeskommunen|helseforetaket|(kommunens|fylkeskommunens|helseforetakets|vår|vårt|våre|(kommunen|fylkeskommunen|helseforetaket) (sin|sitt|sine)) (egen|eget|egne|eigen|eiga|eige|eigne))\\b|${WORDS.kept}|` +
    // What the kit measures goes into a system the organisation owns: "the sensors report to the Council-owned BMS",
    // *sensorane rapporterer til det kommuneeigde systemet* (trust14 en).
    '(reports?|reporting|feeds?|feeding|writes?|writing|sends?|sending|stored|held|kept|flows?)\\b[^.;]{0,30}\\b(council|trust|authority|county|city|borough|school|kommune|fylkeskommune)[-‐]owned\\b|' +
    '(rapporterer|rapporterar|sender|lagres|lagrast)\\b[^.;]{0,30}\\b(kommuneeid|kommuneeigd|kommunalt eid|kommunalt eigd)\\w*',
);
/**
 * Equipment bought outright, with no licence running on: nothing is priced after the pilot ("the hardware is bought
 * outright …, so there is no ongoing licence", *utstyret kjøpes, og det er ingen løpende lisens*; trust14 en).
 */
const OUTRIGHT = detectorRegex(
  '(bought|purchased|acquired) outright|outright purchase|no (ongoing|recurring|annual|continuing|running) (licen[cs]e|subscription)\\w*|' +
    'ingen (løpende|årlig|årleg) (lisens|abonnement)\\w*',
);
/** A term that is left open in its sentence ("price after the pilot is TBD", "not yet agreed", "ukjent"). */
const OPEN = detectorRegex(
  // … "has not yet been agreed" as well (trust18 en).
  'unknown|unclear|not (yet )?(been )?(known|agreed|decided|clear|settled|negotiated|set|fixed|confirmed)|to be (agreed|negotiated|decided)|' +
    // A risk that nothing pays for it states no price: "No funding for the subscription after the pilot" (trust21 en).
    'no (funding|budget|money) (for|to pay for)|ingen (finansiering|midlar|midler|budsjett) (til|for)|' +
    // A supplier that has given no figure yet: "BumpWatch has not yet given a price", *har ikke oppgitt pris* (trust11 en).
    // … or said what it will cost, and a price still to agree ("Agree price before any roll-out decision") (trust24 en).
    '(has|have|had) not (yet )?(given|quoted|named|stated|set|provided|offered|said|confirmed)|\\b(agree|negotiate|obtain|seek|get) (a |the )?(licence |license |subscription )?(price|quote)\\b|(hasn|haven)[\'’]t (yet )?(given|quoted|named|stated|set|provided)|no (price|quote) (has been|was) (given|quoted)|' +
    'ikke (\\p{L}+ )?(oppgitt|gitt|gjeve)|ikkje (\\p{L}+ )?(oppgjeve|oppgitt|gitt|gjeve)|' +
    // Left to a later agreement: "the price after the pilot will be agreed later with the supplier", *prisen avtales
    // senere* (trust16 en).
    '(will|would|is to|are to|shall) be (agreed|negotiated|set|decided|settled|fixed)( [\\p{L}-]+){0,4} (later|afterwards|in due course|at a later (date|stage))\\b|(agreed|negotiated|settled|decided) later\\b|' +
    '(avtales|avtalast|forhandles|forhandlast|fastsettes|fastsetjast|bestemmes|bestemmast) ([\\p{L}-]+ ){0,4}(senere|seinare|etter piloten)|(blir|vert) (avtalt|avtala|forhandlet|forhandla|fastsatt|fastsett) ([\\p{L}-]+ ){0,4}(senere|seinare)|' +
    'ukjent|uklar\\w*|uavklart|ikke (\\p{L}+ )?(avklart|kjent|bestemt|forhandlet|avtalt|fastsatt|klar)|ikkje (\\p{L}+ )?(avklart|kjent|bestemt|forhandla|avtalt|avtala|fastsett|klar)|free (of charge )?during|gratis i pilot\\w*',
);

/**
 * A sentence that costs the pilot itself ("The estimated pilot cost is €186,000: … camera lease (three cameras at €2,100
 * per month)", *Pilotkostnaden er …*, *i pilotperioden*) states the pilot's price, not the one after it, unless it says
 * so (resid17).
 */
const PILOT_OWN = detectorRegex(
  '(estimated |total )?(pilot|trial) (cost|costs|budget)|cost of the (pilot|trial)|(during|for|in) the (pilot|trial)( period| year| season)?\\b|pilotkostnad\\w*|pilotbudsjett\\w*|(kostnaden|kostnadene) (for|i) piloten|i pilotperioden|i prosjektperioden|i pilotåret',
);
const SAYS_AFTER = detectorRegex(`after the (pilot|trial)|post-pilot|after-pilot|in operation|etter pilot\\w*|i drift|${WORDS.after}`);
const pilotOwn = (text: string): boolean => PILOT_OWN.test(text) && !SAYS_AFTER.test(text);

const UNIT_PRICE_RE = detectorRegex(UNIT_PRICE);
/**
 * A price whose amount is a slot ("After the trial: £[TBC] per vehicle per month", "xx kr per bruker etter piloten") is
 * stated: the amount is placeholder-text's to report, not a missing price (catalogue E, trust11 en). A slot with no
 * unit ("The price after the pilot is TBD") leaves the price itself unsaid, and is still reported.
 */
function priceSlot(p: Piece): boolean {
  const hits = findPlaceholders(p.text);
  if (hits.length === 0) return false;
  // The slot becomes a figure and keeps its currency: "£[TBC]" reads "£0", "xx kr" reads "0 kr", and a slot that holds
  // its sign ("£xx per bed per month") keeps it too (trust17 en).
  const figure = (slot: string): string => `${/^[£€$]/u.exec(slot)?.[0] ?? ''}0${/(?<![\p{L}])(?:kr|nok|kroner|eur|gbp)(?![\p{L}])/iu.exec(slot)?.[0].replace(/^/, ' ') ?? ''}`;
  const filled = hits.reduceRight((t, h) => `${t.slice(0, h.start)}${figure(h.text)}${t.slice(h.end)}`, p.text).replace(/[[\]]/g, '');
  return UNIT_PRICE_RE.test(filled) && AFTER.test(filled);
}

/**
 * The liberal data backstop (lever19): a sentence that says, in any words, that what the pilot holds or makes stays
 * with the organisation. The precise DATA cue above was tuned on the corpus, and each new set words the term anew
 * ("Care data remains the council's", "route plans produced belong to the district", *Alle dokumenter lagres i
 * kommunens egen arkivkjerne*, *regelsett … eies av kommunen*); a proposal that settles it is the false alarm a
 * reviewer counts first. Read here: data or a result (data, records, documents, files, content, results, reports,
 * templates, rules, configuration, recordings, logs, plans, lists such as *kandidatlistene* (trust20 nb); en/nb/nn) that remains or stays the organisation's, is
 * owned by it or belongs to it, or is kept in its own system; or the organisation (or "we") that owns or keeps it.
 * Not read: a holder that is not the organisation (the supplier's cloud), data merely "held in the City's system"
 * without "own", a negated term ("will not remain", *ikke eies*), and one left open (the rule's OPEN): those still
 * leave the data term unsaid.
 */
// Camera footage and images are what a camera pilot holds: "Footage and evidence packs are held on the council's own
// evidence system" (trust20 en).
const LIB_DATA_NOUN =
  '(\\p{L}*data\\p{L}*|footage|images?|videos?|photos?|photographs?|records?|documents?|dokument\\p{L}*|files?|filer|filene|filene|content|innhold\\p{L}*|innhald\\p{L}*|results?|resultat\\p{L}*|reports?|rapport(er|ane|ene|ar)?|templates?|maler|malene|malar|malane|\\p{L}*maler|\\p{L}*malar|regelsett\\p{L}*|rules|configurations?|konfigurasjon\\p{L}*|recordings?|opptak\\p{L}*|logs?|logg(er|ar|ane|ene)?|plans|planer|planane|planene|lists|\\p{L}*lister|\\p{L}*listene|\\p{L}*listane|\\p{L}*lista)';
const LIB_ORG =
  "(the |our )?(council|district|trust|authority|municipality|county|city|borough|school|schools|board|department|service)(['’]s)?|" +
  // A council's own venue or unit by its name: "caption files … belong to the Arts Centre" (trust20 en).
  "(the |our )([\\p{L}-]+ ){0,2}(centre|center|venue|library|museum|theatre|gallery|archive|depot)(['’]s)?|ours|us|our|oss|vår|våre|vårt|\\p{L}*kommune\\p{L}*|helseforetak\\p{L}*|sykehus\\p{L}*|sjukehus\\p{L}*|etaten\\p{L}*|bydel\\p{L}*|skolen\\p{L}*|skulen\\p{L}*|barnehage\\p{L}*|\\p{L}*senteret|\\p{L}*seksjonen|\\p{L}*avdelinga?|\\p{L}*eininga";
const LIBERAL_DATA = detectorRegex(
  `\\b${LIB_DATA_NOUN}\\b[^.;]{0,60}\\b(remains?|stays?|forblir|blir|er|vert|will (remain|stay|be)|is|are)\\s+(the )?(property of (the )?(${LIB_ORG})|(${LIB_ORG})['’]s|${LIB_ORG}(['’]s)? property|(${LIB_ORG}) eiendom|(${LIB_ORG}) eigedom)\\b|` +
    `\\b${LIB_DATA_NOUN}\\b[^.;]{0,60}\\b(owned by|belongs? to|belonging to|eies av|eigast av|er eid av|er eigd av|blir eid av|vert eigd av|tilhører|tilhøyrer)\\s+(the )?(${LIB_ORG})\\b|` +
    `\\b${LIB_DATA_NOUN}\\b[^.;]{0,60}\\b(stored|kept|held|retained|lagres|lagrast|lagret|lagra|blir liggende|blir liggjande|ligger|ligg)\\s+(in|on|within|i|på)\\s+(the )?(${LIB_ORG})\\s+(own|egen|eget|egne|eiga|eige|eigne)\\b|` +
    `\\b(${LIB_ORG}|we|vi)\\s+(owns?|retains?|keeps?|eier|eig|beholder|beheld|behalder)\\s+(all |alle |the )?([\\p{L}-]+ ){0,2}${LIB_DATA_NOUN}\\b`,
);
/** A term denied ("will not remain", *ikke eies*) leaves it unsaid. */
const LIBERAL_DATA_NOT = detectorRegex('\\b(not|no longer|never|ikke|ikkje|aldri)\\b');
/** A denial, or a term left open in its sentence (OPEN above): either keeps a sentence from naming the data's owner. */
const LIBERAL_DATA_UNSAID = new RegExp(`${LIBERAL_DATA_NOT.source}|${OPEN.source}`, LIBERAL_DATA_NOT.flags);

export default defineRule({
  meta: {
    id: 'post-pilot-terms-missing',
    description: {
      en: 'When a supplier is involved, the proposal states the licence or price after the pilot, and who owns the data (and IP) and can take it along.',
      nb: 'Når en leverandør er med, sier søknaden hva lisensen eller prisen er etter piloten, og hvem som eier dataene (og rettighetene) og kan ta dem med seg.',
    },
    facet: 'exit_plan',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T3',
  },
  messages: {
    fix: { en: 'Add the after-pilot terms (T3)', nb: 'Legg til vilkår etter piloten (T3)' },
    price: {
      en: 'No licence or price after the pilot: free pilot licences hide the real cost. State the price after the pilot (per user, site or year) and for how long it is fixed.',
      nb: 'Mangler lisens eller pris etter piloten: gratis pilotlisenser skjuler den reelle kostnaden. Oppgi prisen etter piloten (per bruker, sted eller år) og hvor lenge den er fast.',
    },
    data: {
      en: 'Nothing says who owns the data and the results after the pilot: state data ownership, export (portability) and rights to what is developed together.',
      nb: 'Ingenting sier hvem som eier data og resultater etter piloten: oppgi eierskap til data, mulighet for eksport (portabilitet) og rettigheter til det som utvikles sammen.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    if (!hasSupplier(doc)) return;
    const pieces = proseSentences(doc);
    // "Price after the pilot: TBD" is unsettled in words but is a placeholder, which placeholder-text owns (catalogue E).
    const open = (p: Piece): boolean => OPEN.test(p.text) && findPlaceholders(p.text).length === 0;
    // An open-source or in-house result has no licence price after the pilot (catalogue E), unless the document says a
    // licence's price is still open: then something is licensed after all ("The licence price from September 2027 has not
    // yet been agreed" beside materials shared under Creative Commons: trust18 en).
    // Asked only of an own result, and memoized per sentence: over every sentence on every keystroke it made the 1 MB
    // re-lint four times slower (round 12's bench). The price-after reading below is memoized for the same reason.
    const openPrice = (): boolean => pieces.some((p) => memo('open-price', p.text, () => PRICE_WORD.test(p.text) && open(p)));
    // A unit price in the exit plan is what buying or running it afterwards costs ("**Buying:** … ClearLine's current
    // purchase price is £260 a pair"), whether or not the sentence says "after the pilot" (trust20 en).
    const exits = facetRoots(doc, 'exit_plan');
    const inExit = (p: Piece): boolean => inBody(exits, p.start);
    const price =
      (isOwnResult(doc) && !openPrice() && !suppliedFreeForPilot(doc)) || findCue(pieces, OUTRIGHT, OPEN) || pieces.find((p) => memo('price-after', p.text, () => (PRICE_WORD.test(p.text) && AFTER.test(p.text) && !open(p) && !pilotOwn(p.text) && !!findCue([p], PRICE_WORD)) || priceSlot(p))) ||
      pieces.find((p) => inExit(p) && UNIT_PRICE_RE.test(p.text) && !open(p) && !pilotOwn(p.text));
    const data = findCue(pieces, DATA, OPEN) || findCue(pieces, LIBERAL_DATA, LIBERAL_DATA_UNSAID);
    if (price && data) return;
    const exit = facetRoots(doc, 'exit_plan')[0];
    const at = exit ? headingRange(exit) : context.missingAnchor();
    const fix = fixFor(context);
    if (!price) context.report({ messageId: 'price', element: 'price', ...at, documentLevel: !exit, fix });
    if (!data) context.report({ messageId: 'data', element: 'data', ...at, documentLevel: !exit, fix });
  },
});

/** T3's terms line (licence and price, data and IP) at the end of the exit plan, or the whole T3 without one. */
function fixFor(context: RuleContext): Fix {
  const exit = facetRoots(context.doc, 'exit_plan')[0];
  if (!exit) return context.insertTemplate('T3');
  const line = templateLines('T3', context.lang)[5].split(' · ').slice(0, 2).join(' · ');
  return appendLines(context.doc, exit, [line], context.text('fix'));
}
