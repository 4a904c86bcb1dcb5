// scaling-risks-unaddressed: the risk section covers none of the risks that stop pilots from scaling.
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { facetRoots, headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendBlock, findCue } from '../util/commercial';
import { templateLines } from '../util/templates';

export interface ScalingRiskOptions extends Record<string, unknown> {
  /** Extra words that name a scaling risk (plain strings), e.g. a local term for loss of funding. */
  words: string[];
}

/** The catalogue's scaling risks: funding after the pilot, champion or staff leaving, supplier capacity, integration, procurement or law. */
const SCALING = detectorRegex(
  // funding after the pilot
  '(no|lack of|loss of|missing|insufficient) (\\p{L}+ )?(funding|financing|budget|money)|(funding|financing|budget|money)\\w* (\\p{L}+ ){0,4}(after|beyond|for operation|not (be )?(continued|granted|secured|approved)|ends|runs out|stops)|' +
    'running costs? (\\p{L}+ ){0,3}not|not (be )?(funded|financed|budgeted)|' +
    '(manglende|ingen|mangel på|uten|tap av) (\\p{L}+ )?(finansiering|budsjett|midler|penger|driftsmidler)|(finansiering|midlar|midler|driftsmidler)\\w* (\\p{L}+ ){0,3}(etter|i drift|faller bort|uteblir|stopper)|' +
    'ikke (\\p{L}+ )?(finansiere|finansiert|budsjettert|bevilget)|ikkje (\\p{L}+ )?(finansiert|budsjettert)|' +
    // champion leaving, staff turnover
    'turnover|staff (shortage|leave|leaving)|key (staff|people|person|persons|nurses|doctors|users)|champion\\w*|' +
    '(leaves|leave|leaving|quits|resigns|moves on)\\b|recruit\\w*|vacanc\\w*|' +
    'slutter|sluttar|nøkkelperson\\w*|ildsjel\\w*|pådriver\\w*|pådrivar\\w*|gjennomtrekk|rekrutter\\w*|vakan\\w*|bemanningsmangel|mangel på (personell|ansatte|sykepleiere)|' +
    // supplier capacity or continuity
    '(small|an sme|sme|start-?up) (company|supplier|vendor|firm)|supplier\\w* (\\p{L}+ ){0,4}(capacity|cannot|can not|can\'t|may not|not be able|fail|insolven|bankrupt|scale|cope|withdraw|continuity)|' +
    'insolven\\w*|bankrupt\\w*|out of business|vendor lock-?in|lock-?in|supplier dependenc\\w*|' +
    '(lite|lita|liten|lite) (selskap|firma|leverandør)|leverandør\\w* (\\p{L}+ ){0,5}(kapasitet|klarer ikke|ikke klarer|får ikke|kan få problemer|konkurs|levere til hele|stor skala|legger ned)|' +
    'konkurs\\w*|leverandøravhengighet|innelåsing|innlåsing|smb\\b|' +
    // integration and interoperability
    'integrat\\w*|interoperab\\w*|integrasjon\\w*|samhandling\\w*|grensesnitt\\w*|api|hl7|fhir|' +
    // procurement or legal barriers
    'procurement|tender\\w*|legal\\w*|regulat\\w*|legislation|law\\b|gdpr|mdr|ce mark\\w*|' +
    'anskaffelse\\w*|anbud\\w*|konkurranse\\w*|juridisk\\w*|lovverk\\w*|regelverk\\w*|lovhjemmel|hjemmel|forskrift\\w*|personvernlov\\w*',
);


export default defineRule<ScalingRiskOptions>({
  meta: {
    id: 'scaling-risks-unaddressed',
    description: {
      en: 'The risk section covers at least one of the risks that stop pilots from scaling: funding after the pilot, the champion or staff leaving, supplier capacity, integration, or procurement and legal barriers.',
      nb: 'Risikovurderingen dekker minst én av risikoene som hindrer skalering: finansiering etter piloten, at pådriveren eller ansatte slutter, leverandørens kapasitet, integrasjon, eller anskaffelse og regelverk.',
    },
    facet: 'risks',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T8',
    options: { words: words('Extra words or phrases that name a scaling risk.') },
  },
  messages: {
    fix: { en: 'Add the scaling risks (T8)', nb: 'Legg til skaleringsrisikoene (T8)' },
    unaddressed: {
      en: 'The "{heading}" section covers none of the risks that stop pilots from scaling: add funding after the pilot, the champion leaving or staff turnover, the supplier\'s capacity or continuity, integration, and procurement or legal barriers, each with a mitigation.',
      nb: 'Delen «{heading}» dekker ingen av risikoene som hindrer skalering: legg til finansiering etter piloten, at pådriveren slutter eller turnover, leverandørens kapasitet eller konkurs, integrasjon, og anskaffelse eller regelverk, hver med tiltak.',
    },
  },
  defaultOptions: { words: [] },
  check(context) {
    const { doc, options } = context;
    const roots = facetRoots(doc, 'risks');
    if (roots.length === 0) return;
    const pieces = allSentences(scopeBlocks(doc, roots).filter((b) => b.kind !== 'heading' && b.kind !== 'tableHeader'));
    const words = (Array.isArray(options.words) ? options.words : []).filter((w): w is string => typeof w === 'string' && !!w.trim());
    const extra = words.length ? detectorRegex(words.map((w) => escapeRegExp(w.trim()).replace(/ +/g, '\\s+')).join('|')) : undefined;
    if (findCue(pieces, SCALING) || (extra && findCue(pieces, extra))) return;
    const section = roots[0];
    context.report({
      messageId: 'unaddressed',
      data: { heading: section.heading.text.trim() },
      ...headingRange(section),
      fix: appendBlock(doc, section, templateLines('T8', context.lang), context.text('fix')),
    });
  },
});
