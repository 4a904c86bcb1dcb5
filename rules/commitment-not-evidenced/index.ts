// commitment-not-evidenced: the anchoring section names people but shows no decision, signature or allocated budget.
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { detectorRegex, escapeRegExp, detector } from '../../server/src/model/match';
import { facetRoots, headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendLines, someSentence } from '../util/commercial';
import { findPlaceholders, labelledSlot, namingSlot } from '../util/placeholders';
import { templateLines } from '../util/templates';
import { memo } from '../../server/src/model/memo';

export interface CommitmentOptions extends Record<string, unknown> {
  /** Extra words that evidence a commitment (plain strings, e.g. a local name for a signed mandate). */
  evidence: string[];
}

/** Decision references, signatures, agreements and allocated budgets (catalogue B.1), in their inflected forms. */
/** Labels of a line that records the commitment: its value may still be a slot ("Approval: <INSERT – DATE AND MINUTE REFERENCE>"). */
// An agreement's line too: *Samarbeidsavtale med barnehagene: [Sett inn dato]* (trust14 nb).
const EVIDENCE_LABEL = detectorRegex('approv\\w*|decision\\w*|vedtak\\w*|godkjen\\w*|mandat\\w*|signatur\\w*|signed|minute\\w*|commitment|forplikt\\w*|letters? of (support|intent)|støttebrev\\w*|samarbeidsavtal\\w*|intensjonsavtal\\w*');
const EVIDENCE = detectorRegex(
  'vedtak\\w*|vedt(a|ar|ok|att|atte|eke|ek|ok)\\b|vedtas|sak( ?nr\\.?)? ?\\d|saksnr\\w*|saksnummer|arkivsak\\w*|(case|ref\\.?|reference)( no\\.?)? ?\\d+(/\\d+)?|' +
    'signert\\w*|signe(d|ert)|signature\\w*|undertegn\\w*|underskreve\\w*|underskrift\\w*|' +
    'intensjonsavtal\\w*|samarbeidsavtal\\w*|letter of intent|loi|memorandum of understanding|mou|' +
    // *Godkjenner* with its subject is a forum approving ("Styringsgruppen godkjenner mandatet"); opening a role's
    // duties ("Godkjenner vesentlige endringer" in a roles table) it describes a power, not a decision taken.
    'godkjen(t|te|d|nte)\\b|(?<!(?:^|[.!?|:;•*-])\\s*)godkjenner\\b|approved|approval (in|on|by|from)|endorsed|ratified|' +
    'budsjettert\\w*|avsatt\\w*|avsett\\w*|bevilg\\w*|løyv\\w*|øremerk\\w*|allocated|budgeted|earmarked|set aside|committed (nok|£|€|\\d)|' +
    // Money already found for the pilot: "£18,000 licence for the pilot, from the Trust's central budget", "funded from
    // the Housing Revenue Account damp and mould budget" (a UK account name runs long, trust7 en).
    '(funded|paid|met|financed) (from|by|out of) (the |its |our )?([\\p{L}\'-]+ ){0,6}(budget|reserve|fund)|(from|out of) the ([\\p{L}\'-]+ ){0,3}(budget|reserve)\\b|' +
    '(finansiert|dekt|dekket) (over|av|fra|frå) ([\\p{L}-]+ ){0,3}\\p{L}*(budsjett\\w*|fond\\w*)|' +
    // As Norwegian søknader record it: money set aside (*har sett av 300 000 kr*), a share worked into the economic plan,
    // a grant awarded (*tilsagn om tilskudd*, *tildelt 300 000 kr*), a written endorsement.
    '(satt|sett|lagt) av ([\\p{L}-]+ ){0,2}\\d|innarbeid(et|a|d|de) i ([\\p{L}-]+ ){0,2}(økonomiplan\\w*|budsjett\\w*|handlingsprogram\\w*)|' +
    // A forum's numbered resolution ("City Council Resolution 2027-041, adopted on January 26, 2027") and an agreement at a
    // named forum on a date ("Agreed at the Property Services DMT on 19 July 2027"); "to be agreed at DMT on …" is
    // only promised (trust19 en).
    '(resolution|ordinance|motion) (no\\.? ?)?\\d{2,4}[-/]\\d+|(?<!(?:to|will|shall|would) be )(agreed|approved|endorsed|signed off) (at|by|in) (the )?([\\p{L}&\'-]+ ){1,5}(meeting )?on (\\d{1,2}(st|nd|rd|th)? \\p{L}+|\\p{L}+ \\d{1,2}(st|nd|rd|th)?,?) 20\\d\\d|' +
    'tilsagn\\w* [^.;]{0,60}\\b(er|ble|vart|vert) (mottatt|motteke|gitt|innvilget|innvilga)|(fått|fekk|fikk|mottatt|motteke) tilsagn|tildelt ([\\p{L}-]+ ){0,2}\\d|(skriftlig|skriftleg) tilslutning|grant (was |has been )?awarded|awarded (a |an )?(grant|£|nok|\\d)',
);
/**
 * A slot that names the evidence (*handsama i leiargruppa, sak [Fyll inn saksnummer]*, "<INSERT – DECISION REFERENCE>"):
 * the author has the reference to fill in, which is placeholder-text's finding alone (catalogue E; trust10 nn).
 */
const EVIDENCE_SLOT = detectorRegex('saksnummer|saksnr\\w*|sak|arkivsak\\w*|case (no|number|ref\\w*)|reference|ref|vedtak\\w*|decision\\w*|minute\\w*|approv\\w*|godkjen\\w*|signatur\\w*');

/**
 * A decision recorded with its reference: "agreed by the Trust Management Executive on 10 November 2026 (minute
 * TME/26/211)", *vedtatt i kommunestyret, sak 45/26*. Where a reviewer finds one, in whatever section, the commitment
 * is visible (trust10 en: a PID's business case held the funding decision and its minute).
 */
const DECISION_REF = detectorRegex(
  'minute[sd]?\\s+(ref(erence)?\\.?\\s*|no\\.?\\s*)?\\p{L}*[/-]?\\d+([/.-]\\d+)+|(sak|saksnr\\.?|saksnummer|arkivsak|case( no\\.?)?|ref\\.?|reference)\\s?\\d+/\\d+',
);
/**
 * An amount set aside in a named year's budget (*200 000 kr avsett i budsjett 2027*, "£40,000 allocated in the 2027/28
 * budget") is money found, wherever the memo states it (trust16 nn: a saksframlegg's proposed resolution). The budget
 * may be named by its service and kind ("allocated in the 2027 Transportation capital budget", *avsatt i
 * driftsbudsjettet for 2027*; resid17).
 */
const SET_ASIDE_IN_BUDGET = detectorRegex(
  '\\d[^.;]{0,40}\\b(avsett|avsatt|budsjettert|allocated|set aside|earmarked) (i|in|over) (the )?(\\p{L}*budsjett(et)?|budget) (for )?(20\\d\\d|\\d{4}/\\d{2})|' +
    '\\d[^.;]{0,40}\\b(allocated|set aside|earmarked) in the (20\\d\\d|\\d{4}/\\d{2}) ([\\p{L}\'-]+ ){0,3}budget',
);
/** A heading that records the decision taken (minutes' *Vedtak*), not one proposed. */
const DECISION_HEADING = /^(?:vedtak|decision|decisions|resolution|resolved)$/iu;
/** A forum's decision verb as minutes write it: *vedtek*, *vedtar*, *vedtok*, "resolved", "agreed". */
const DECIDED = detectorRegex('vedt(ar|ek|ok|eke|att|atte)\\b|resolved|agreed to|decided to');
/** Evidence words that are only promised or denied next to them ("will be approved", "ikke vedtatt", "skal signeres"). */
const NOT_YET = detectorRegex(
  '(not|no|ikke|ikkje|ingen|will|shall|skal|vil|to be|yet to|awaiting|venter på|planned|planlagt)\\s+([\\p{L}-]+\\s+){0,2}' +
    '(vedta\\w*|vedtak\\w*|signe\\w*|approved|approv\\w*|godkjen\\w*|budsjett\\w*|budgeted|allocated|avsett\\w*|avsatt\\w*|bevilg\\w*|behandl\\w*|undertegn\\w*)|' +
    // An approval the money waits for has not happened: "offered …, to be confirmed once this PID is approved", *når
    // prosjektplanen er godkjent* (trust11 en).
    '\\b(once|when|after|until|before|if|når|etter at|dersom|hvis|viss|om) ([\\p{L}-]+\\s+){0,3}(is|are|has been|have been|er|blir|vert|har blitt) (approved|agreed|signed|godkjent|godkjend|vedtatt|vedteke|signert)|' +
    // Money only expected from a budget has not been found: "is expected to come from the existing Forestry operating
    // budget", *er tenkt dekket over driftsbudsjettet* (resid17).
    '\\b(expected|hoped|likely|intended|assumed) to (come|be (funded|met|paid|covered|found|financed)) (from|out of|by)\\b|' +
    '\\b(forventes|forventast|er (tenkt|meint|venta|ventet))( å)?( bli)? (dekket|dekt|finansiert|komme) (over|av|fra|frå)\\b',
);
/**
 * A forum's standing power is no decision taken: "Styringsgruppen møtes hver sjette uke og godkjenner endringer i omfang"
 * approves changes that have not happened yet, as a role's duties do; "Styringsgruppen godkjenner mandatet i møtet 12.
 * mars" is an approval (trust6 nb).
 */
const STANDING_DUTY = detectorRegex(
  '(godkjenner|godkjenn|approves?|signs? off) ([\\p{L}-]+ ){0,2}(endring\\w*|changes?|change requests?|avvik\\w*|deviations?|exceptions?|unntak\\w*)|' +
    '(møtes|møtast|meets?) (hver|kvar|every|each|jevnlig|jamleg|regularly|ved behov|as needed|månedlig|månadleg|monthly|weekly|quarterly|kvartalsvis)\\b[^.;]{0,60}\\b(og|and) (godkjenner|approves?)\\b',
);

/**
 * The liberal backstop (lever19): a commitment already made, in any words and anywhere in the document: money
 * allocated or set aside, a decision, approval or agreement taken, a signature, a forum's numbered resolution. The
 * precise detectors read the anchoring and budget sections in the words the corpus taught them; each new set of
 * proposals records its commitment elsewhere (a memo's proposed resolution, a summary, an annex list) and in other
 * words, and a finding beside a visible commitment is the false alarm a reviewer counts first. A commitment only
 * promised, sought, conditional or denied (NOT_YET, LIBERAL_NOT_DONE) does not count, nor one
 * that commits nobody to the pilot (LIBERAL_COMMITTED_TO), and money merely named as the
 * source ("paid from the operating budget") is no decision.
 */
const LIBERAL_COMMITMENT = detectorRegex(
  '\\b(was|were|has been|have been|had been|already|formally)\\s+([\\p{L}-]+\\s+){0,2}(allocated|approved|agreed|endorsed|ratified|adopted|signed|awarded|granted|secured|earmarked|budgeted|set aside|committed)\\b|' +
    '^\\W*(allocated|approved|agreed|endorsed|ratified|adopted|signed( off)?) (at|by|in|on)\\b|' +
    '\\b(who|which|that) (approved|agreed|endorsed|ratified|adopted|signed|allocated|awarded|granted)\\b|' +
    '\\b(resolution|ordinance|minute|decision)\\s+(no\\.?\\s*|ref\\.?\\s*)?\\p{L}*[/-]?\\d+([/.-]\\d+)*\\b|' +
    // A management team's action or decision log records what it agreed, and a forum that agreed the pilot itself has
    // committed to it: "The … DMT agreed the pilot and its £14,500 budget … (DMT action log 26/88)" (trust22 en).
    '\\b(action|decision|decisions) log\\s+(no\\.?\\s*|ref\\.?\\s*)?\\p{L}*[/-]?\\d+([/.-]\\d+)+\\b|' +
    '(?<!\\b(to|will|shall|would|should|must|may|could|not|be|never) )\\b(agreed|approved|endorsed) (the |its |this |our )(pilot|trial|project|scheme|budget|funding|bid)\\b|' +
    '\\bletters? of (commitment|support|intent)\\b[^.;]{0,40}\\b(signed|attached|enclosed|received|from)\\b|\\bsigned letters? of\\b|' +
    '\\b(avsett|avsatt|sett av|satt av|lagt av|løyvd|løyvt|bevilga|bevilget|bevilgd|øremerk\\w*|tildelt|innvilga|innvilget|vedteke|vedtatt|vedtekne|vedtok|godkjent|godkjend|signert|underskrive\\w*|undertegna|undertegnet)\\b',
);
/** What is committed is the pilot or money for it; a DPIA approved or a *vedtatt reguleringsplan* commits nobody to the pilot. */
const LIBERAL_COMMITTED_TO = detectorRegex(
  '\\b(pilot\\w*|trial\\w*|project\\w*|scheme|proposal|application|bid|funding|funds?|budget\\w*|reserve|grant|resolution|letters?|minutes?|prosjekt\\w*|utprøving\\w*|forsøk\\w*|søknad\\w*|midl(er|ar)|pengar|penger|budsjett\\w*|tilskot\\w*|tilskudd\\w*|fond\\w*|kr|nok)\\b|[£€$]',
);
/** A commitment that is sought, proposed or awaited has not been made: "seeks the Committee's approval", *søkjer om*. */
const LIBERAL_NOT_DONE = detectorRegex(
  '\\b(without|seek\\w*|sought|request\\w*|asks?|asked|apply\\w*|applied for|subject to|pending|awaiting|recommend\\w*|propos\\w*|expected|hope\\w*|intend\\w*|would|could|may|might)\\b|' +
    '\\b(søk(er|jer|te)|søknad om|ber om|bed om|foreslå\\w*|forslag|til godkjenning|til behandling|venta|ventet|forventa|forventet|kan|kunne|ville|ikkje|ikke|ingen|uten|utan)\\b',
);

export default defineRule<CommitmentOptions>({
  meta: {
    id: 'commitment-not-evidenced',
    description: {
      en: 'The anchoring section shows visible commitment: a decision reference, a signature, a letter of intent or an allocated budget.',
      nb: 'Forankringsdelen viser synlig forpliktelse: et vedtak med saksnummer, en signatur, en intensjonsavtale eller et avsatt budsjett.',
    },
    facet: 'anchoring',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T1',
    options: { evidence: words('Extra words or phrases that evidence commitment.') },
  },
  messages: {
    fix: { en: 'Add the decision reference and budget (T1)', nb: 'Legg til vedtak og budsjett (T1)' },
    notEvidenced: {
      en: 'The "{heading}" section shows no visible commitment: add the decision reference (forum, case number, date), a signed mandate or letter of intent, or the budget allocated to the pilot.',
      nb: 'Delen «{heading}» viser ingen synlig forpliktelse: oppgi vedtaket (organ, saksnummer, dato), et signert mandat eller en intensjonsavtale, eller budsjettet som er avsatt til piloten.',
    },
  },
  defaultOptions: { evidence: [] },
  check(context) {
    const { doc, options } = context;
    const roots = facetRoots(doc, 'anchoring');
    if (roots.length === 0) return;
    const extraWords = (Array.isArray(options.evidence) ? options.evidence : []).filter((w): w is string => typeof w === 'string' && !!w.trim());
    const extra = extraWords.length ? detectorRegex(extraWords.map((w) => escapeRegExp(w.trim()).replace(/ +/g, '\\s+')).join('|')) : undefined;
    // Money set aside is often shown under the budget or costs, not under the roles: read those sections too.
    const budgetRoots = facetRoots(doc, 'resources');
    const pieces = allSentences(scopeBlocks(doc, [...roots, ...budgetRoots]).filter((b) => b.kind !== 'heading'));
    const evidenced = pieces.some((p) => {
      if (labelledSlot(p.text, EVIDENCE_LABEL)) return true;
      const slots = findPlaceholders(p.text);
      if (namingSlot(slots, EVIDENCE_SLOT)) return true;
      return slots.length === 0 && (((EVIDENCE.test(p.text) || detector('commitment').test(p.text)) && !onlyPromised(p.text)) || (extra?.test(p.text) ?? false));
    });
    if (evidenced) return;
    // Minutes record the decision under their *Vedtak* heading: *Styringsgruppa vedtek å starte ein pilot …* is a
    // decision taken, wherever the roles are described (trust14 nn). A proposed one (*Forslag til vedtak*) is not.
    const decided = doc.sections.filter((s) => DECISION_HEADING.test(s.heading.normalized));
    if (allSentences(scopeBlocks(doc, decided).filter((b) => b.kind !== 'heading')).some((p) => findPlaceholders(p.text).length === 0 && DECIDED.test(p.text) && !onlyPromised(p.text))) return;
    // Both passes read every sentence of the body on every re-lint: each sentence's answer is memoized, and no copy of
    // all of them is made.
    if (someSentence(doc.blocks, (p) => memo('commitment-ref', p.text, () => (DECISION_REF.test(p.text) || SET_ASIDE_IN_BUDGET.test(p.text)) && !NOT_YET.test(p.text)))) return;
    if (someSentence(doc.blocks, (p) => memo('commitment-liberal', p.text, () => findPlaceholders(p.text).length === 0 && LIBERAL_COMMITMENT.test(p.text) && LIBERAL_COMMITTED_TO.test(p.text) && !NOT_YET.test(p.text) && !LIBERAL_NOT_DONE.test(p.text)))) return;
    const section = roots[0];
    const t1 = templateLines('T1', context.lang);
    const commitmentColumn = t1[0].split('|')[4].trim();
    const decisionRef = t1[2].split('|')[4].trim();
    const budget = t1[t1.length - 1].split(' · ')[1];
    context.report({
      messageId: 'notEvidenced',
      data: { heading: section.heading.text.trim() },
      ...headingRange(section),
      fix: appendLines(
        doc,
        section,
        [`${commitmentColumn}: ${decisionRef} · ${budget}`],
        context.text('fix'),
      ),
    });
  },
});

/** True when every evidence word in the sentence is promised, denied or a standing power rather than done. */
function onlyPromised(text: string): boolean {
  const all = [EVIDENCE, detector('commitment')].reduce((n, re) => n + [...text.matchAll(new RegExp(re.source, 'giu'))].length, 0);
  const promised = [NOT_YET, STANDING_DUTY].reduce((n, re) => n + [...text.matchAll(new RegExp(re.source, 'giu'))].length, 0);
  return promised >= all;
}
