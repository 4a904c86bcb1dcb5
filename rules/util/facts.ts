// The planning facts rules cross-check (dates, people, supplier, funding), read once from front matter and the body.
import type { Proposal, Section, TextBlock } from '../types';
import { findDates, isBlank, isoDate } from './dates';
import { detector } from '../../server/src/model/match';
import { findPlaceholders } from './placeholders';
import { fmText, sentences, tableCells } from './scope';
import { memo } from '../../server/src/model/memo';
import { levelsIn } from './roles';

export const FACT_KEYS = [
  'organisation', 'pilot_start', 'pilot_end', 'exit_decision_date', 'decision_forum', 'owner', 'sponsor', 'supplier', 'funding',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface Fact {
  /** As written: an ISO day for dates, the text after the label otherwise. */
  value: string;
  from: 'frontmatter' | 'body';
  start: number;
  end: number;
}

export type Facts = Partial<Record<FactKey, Fact>>;

/** Front-matter keys per fact (the catalogue's names first; `organization` is the US spelling). */
const FM_KEYS: Record<FactKey, string[]> = {
  organisation: ['organisation', 'organization'],
  pilot_start: ['pilot_start'],
  pilot_end: ['pilot_end'],
  exit_decision_date: ['exit_decision_date'],
  decision_forum: ['decision_forum'],
  owner: ['owner'],
  sponsor: ['sponsor'],
  supplier: ['supplier'],
  funding: ['budget', 'post_pilot_funding'],
};

/**
 * Labels that introduce a fact in a "Label: value" line or a two-cell table row, as proposals and grant forms write
 * them. "Prosjekteier" is the sponsor (PRINCE2's executive), "eier" alone the owner; where an oppdragsgiver or a
 * sponsor is named above the prosjekteier, the prosjekteier is the owner.
 */
const LABELS: Partial<Record<FactKey, RegExp>> = {
  // An intermunicipal project's *Vertskommune* (host municipality) runs it (trust14 nn). A form asks for the
  // "Organisation name" (resid17).
  organisation: /^(?:(?:lead |applicant )?organi[sz]ation(?: name)?|name of (?:the )?(?:applicant )?organi[sz]ation|organisasjon(?:snavn|snamn)?|applicant|søker|søkar|virksomhet|verksemd|kommune|vertskommune|prosjektansvarlig(?: organisasjon)?)$/iu,
  // An agile team's product owner owns the service it builds (trust10 en: a README's governance table).
  // An order form's requester (*Bestillers navn*) answers for what is ordered; its approving manager (*Godkjent av
  // virksomhetsleder*, "Approved by") commits the organisation, as a sponsor does (trust14 nb).
  // The owner of the service by its own words (*Eigar av tenesta og gevinstansvarleg: …*), not of the kit (trust19 nn).
  // Whoever answers for it day to day beside the prosjekteigar runs it (*Dagleg ansvarleg: rektor*, trust24 nn).
  // A budget form's measure (*tiltak*) has its owner: *Tiltakseier | Rektor* (trust25 nb).
  owner: /^(?:(?:pilot |project |service |business |benefits? |product )?owner|(?:pilot|project|trial) lead|tjenesteeier|tenesteeigar|eier|eigar|(?:eier|eigar) av (?:tjenesten|tenesta|løsningen|løysinga|tilbudet|tilbodet|ordningen|ordninga)|tiltakseier|tiltakseigar|tiltaksansvarlig|tiltaksansvarleg|owner of the (?:service|solution)|ansvarlig leder|dagl(?:ig|eg) ansvarl(?:ig|eg)|bestiller(?:s navn)?|bestillar)$/iu,
  sponsor: /^(?:(?:executive |project |pilot |senior )?sponsor|senior responsible owner|sro|(?:project )?executive|prosjekteier|prosjekteigar|oppdragsgiver|oppdragsgjevar|oppdragsgivar|(?:godkjent|godkjend) av(?: [\p{L}-]+){1,2}|approved by(?: [\p{L}-]+){0,2})$/iu,
  supplier: /^(?:supplier|vendor|leverandør|leverandørar|leverandører)$/iu,
  funding: /^(?:funding(?: source)?s?|finansiering|finansieringskilde|budget|budsjett)$/iu,
};
// A KTP plan's "| Live trial | 1 October 2027 to 30 September 2028 |" and a GDS "Private beta" row name the pilot's own
// period beside the partnership's (trust13 en).
// A one-page summary labels the span "Dates" ("| Dates | 11 January to 9 April 2027 |", trust24 en).
const PERIOD = /^(?:(?:pilot|project|prosjekt)[ -]?(?:period|periode)|(?:(?:pilot|trial|project) )?dates|periode|pilotperiode|prosjektperiode|duration|varighet|tidsrom|(?:live |field |pilot )?trial(?: period)?|(?:private |public )?beta(?: period)?)$/iu;
const START_LABEL = /^(?:(?:pilot |project )?start(?: date)?|oppstart|startdato|prosjektstart)$/iu;
const END_LABEL = /^(?:(?:pilot |project )?end(?: date)?|slutt(?:dato)?|avslutning|prosjektslutt)$/iu;
/**
 * A milestone row named for the pilot's own start or end, with what else happens then after a comma: *Pilotstart, soner
 * aktivert | 1. mars 2027*, *Pilotslutt | 31. desember 2027* (blind22 nb). Only the pilot's: "Start, phase 2" is not.
 */
// Where it starts may follow without a comma: *Pilotstart på post 3A og 3B | 1. februar 2027* (trust24 nb).
const PILOT_MILESTONE = /^(?:(pilotstart|pilotoppstart|pilot start|start of (?:the )?pilot|oppstart av piloten)|(pilotslutt|pilotavslutning|pilot end|end of (?:the )?pilot|slutt på piloten|avslutning av piloten))(?:\s*[,:–—-]\s*[^,:]{1,40}|\s+(?:på|i|ved|at|on|in)\s+[^,:]{1,40})?$/iu;
/** A timeline's "8 January 2027: trial starts" and "26 March 2027: trial ends": the date is the label. */
const PERIOD_EVENT = /^(?:the )?(?:pilot|trial|project|piloten|prosjektet|utprøvingen|utprøvinga|forsøket|(?:pilot|trial|project) period|pilotperioden|pilotperioda|prosjektperioden|prosjektperioda)\s+(?:(starts|begins|launches|goes live|starter|startar|begynner|byrjar)|(ends|finishes|closes|slutter|sluttar|avsluttes|avsluttast))(?![\p{L}])/iu;
/** A date's bracketed note that it opens or closes the pilot: *(pilotstart)*, "(pilot ends)". */
const PERIOD_MARK = /\(\s*(?:(pilotstart|pilot start|start of (?:the )?pilot|pilot starts|prosjektstart|oppstart av piloten)|(pilotslutt|pilot end|end of (?:the )?pilot|pilot ends|prosjektslutt))\s*\)/iu;
/** Going live opens the pilot: "Go-live", "Go live with first patients", *Oppstart i drift* is START_LABEL's. */
const GO_LIVE = /^go[- ]live(?![\p{L}])/iu;
const DECISION_LABEL = /^(?:exit decision(?: date)?|decision on continuation|go\/no-go(?: date)?|beslutning om videreføring|beslutningsdato|vedtak om vidareføring)$/iu;

/**
 * Inflections the lexicon's decision detector misses ("behandler", "vedtar", "decided"), nynorsk *vedtek*, *handsamar*,
 * a case put to a body (*saken legges fram for kommunestyret*, *innstilling til formannskapet*), and a recommendation or
 * request put to it ("asked in October to make it permanent"), and a report put to a body ("a report to DMT on 20 May",
 * "An evaluation report will come to Cabinet on 15 June 2028").
 */
const DECISION_EXTRA =
  /(?<![\p{L}])(behandl\p{L}*|vedta\p{L}*|vedte(?:k|ke|kne|ken)|handsam\p{L}*|avgj\p{L}*|decid\p{L}*|decision\p{L}*|go\/no-go|sak(?:a|en)? til|(?:legges|leggast|legg|lagt|lagd|lagde) (?:\p{L}+ )?fram|(?:legger|leggjer) fram(?= [^.;]{0,40}(?<![\p{L}])for (?:kommunestyret|bystyret|formannskapet|fylkestinget|\p{L}*utvalget|\p{L}*utvalet|\p{L}*rådet)(?![\p{L}]))|innstilling|tilråding\p{L}*|recommendations?|(?:report|paper)s? (?:(?:will|would|is to|shall) )?(?:(?:come|go|be (?:taken|presented|brought)) (?:back )?)?to|anbefaling\p{L}*|asked(?: [\p{L}\d]+){0,4} to (?:make|approve|agree|decide|continue|adopt|fund|extend))(?![\p{L}])/iu;
/**
 * Results put to a body in the verb's passive, as "a report to DMT" is in the noun: "Results will be reported to the
 * Transportation Committee in October 2027", *Resultata blir rapporterte til formannskapet*. Only with the body named,
 * since progress "reported to the supplier" decides nothing (resid17).
 */
const REPORTED_TO = /(?<![\p{L}])(?:reported|presented|submitted|rapporteres|rapporterast|(?:blir|vert|bli|verte) (?:rapportert|rapporterte|lagt fram|lagd fram)) (?:back |tilbake )?(?:to|til)(?![\p{L}])/iu;
/**
 * … and in the active, with what is put to the body between: "The Force Analysis Unit will report on the pilot to the
 * Force Change Board", "The working group will present its evaluation to the Strategic Leadership Team" (trust25 en).
 * Only with the body named, as above.
 */
const REPORTS_TO = /(?<![\p{L}])(?:report|reports|reporting|present|presents|presenting|submit|submits|submitting|bring|brings|bringing) (?:on |its |their |the |our |a |an |his |her )[^.;,]{0,50}? to(?![\p{L}])/iu;
/**
 * The continuation's cost put into a budget that a body adopts: "will propose this in the 2028–29 budget, which Council
 * adopts in late June 2028", "included in the budget to be approved by Full Council in February". That adoption is the
 * decision (only with the body named; Norwegian *vedtar budsjettet* is DECISION_EXTRA's *vedta*) (resid17).
 */
const BUDGET_ADOPTED =
  /(?<![\p{L}])budget\p{L}*(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:adopts?|adopted|approves?|approved|sets)(?![\p{L}])|(?<![\p{L}])(?:adopts?|adopted|approves?|approved|sets) (?:the |its |our )?(?:[\p{L}\d–-]+ ){0,2}budget(?![\p{L}])/iu;
/** The continuation as the thing decided: *saka om vidareføring*, "the decision on continuation". */
const CONTINUATION = /(?<![\p{L}])(?:(?:saka|saken|sak|vedtak|avgjerd|avgjørelse|beslutning|decision|report) (?:om|on) (?:videreføring|vidareføring|continuation|continuing)|(?:om|whether) (?:å |to )?(?:videreføre|vidareføre|continue))(?![\p{L}])/iu;
/**
 * A deciding body's meeting ("The Property Board meets on [date]") dates the decision as well, its definite form too:
 * *Utvalet får evalueringa i møtet 7. oktober 2027* (trust20 nn).
 */
const FORUM_MEETS = /(?<![\p{L}])(?:meets|will meet|meeting|møtes|møter|møte|møtet)(?![\p{L}])/iu;
/**
 * Bodies that take a continuation decision. UK councils and trusts name their management teams by initials (a
 * directorate's DMT, the corporate CMT, a school's or trust's SLT): those only in capitals, since "emt" or "slt" in
 * lower case is a crew role or a shorthand, not a board.
 */
// A region's leadership or management team is its RLT or RMT (trust15 en: a probation region's RLT approves roll-out).
const FORUM_INITIALS = /(?<![\p{L}])(?:[DCSER]MT|[SECDR]LT)(?![\p{L}])/u;
// A management meeting decides as its group does: *Klinikkens ledermøte beslutter 24. august 2027 om …* (trust24 nb).
const FORUM_NAMED =
  /(?<![\p{L}])(?:\p{L}*(?:committee|council|board|cabinet)|executive (?:team|management)|(?:management|leadership|senior|executive|directors['’]?) (?:team|group)|(?:trust |the )executive|\p{L}*(?:ledelsen|leiinga|ledergruppa|leiargruppa)|steering group|\p{L}*(?:utval|utvalg|utvalet|utvalget|styre|styret|styringsgrupp\p{L}*|råd|rådet)|kommunestyre\p{L}*|fylkesting\p{L}*|bystyre\p{L}*|ledergruppe\p{L}*|ledermøte\p{L}*|leiarmøte\p{L}*|formannskap\p{L}*|kommunedirektør\p{L}*|rådmann\p{L}*)(?![\p{L}])/iu;
/** The deciding body a clause names, if any. */
const forumIn = (clause: string): RegExpExecArray | null => FORUM_INITIALS.exec(clause) ?? FORUM_NAMED.exec(clause);

/** A named unit as the subject of the decision: "Education Services will decide on 1 June 2027" (case-sensitive). */
const NAMED_DECIDER =
  /(?<![\p{L}])(?!(?:It|We|They|This|That|He|She|Who|Which|Vi|De|Dei|Det|Den|Man|Som)(?![\p{L}]))\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3} (?:will |shall |is to |skal |vil )?(?:decides?|approves?|vedtar|vedtek|beslutter|avgjør|avgjer|tar stilling|tek stilling)(?![\p{L}])/u;

/** Main clauses of a sentence: ", and", ", but", ";" (*, og*, *, men*) start a new one. */
const MAIN_CLAUSE = /,\s+(?:and|but|og|men)\s+|;\s*/giu;

/**
 * A clause of the sentence that holds a decision cue (`isDecision`) also names who takes it: a deciding body, or a role
 * at political, decision or management level. "We will approach the Board for funding, and a decision will be taken"
 * names nobody for the decision.
 */
export function namesDecider(text: string, isDecision: (clause: string) => boolean): boolean {
  return text.split(MAIN_CLAUSE).some((clause) => {
    if (!isDecision(clause)) return false;
    if (forumIn(clause) || NAMED_DECIDER.test(clause)) return true;
    const levels = levelsIn(clause);
    return levels.has('political') || levels.has('decision') || levels.has('operational');
  });
}

/** A sentence about the pilot's period ("Pilot from … to …", *Piloten varer fra … til …*). */
// A GDS private or public beta is the pilot ("Private beta runs from 1 November 2027 to …", trust13 en).
// The passive counts as the active does: *Modellen prøves ut fra 1. mars 2027 til 30. september 2027* (trust12 nb).
// A pre-project's report proposes the main project as the pilot: *tilrår eit hovudprosjekt frå 1. mars 2027 til …* (trust15 nn).
// A grant form's "Grant period: July 1, 2027 to June 30, 2028" is the funded project's period (trust16 en).
const PERIOD_PROSE = /(?<![\p{L}])(?:pilot\p{L}*|project|grant period|funding period|award period|prosjekt\p{L}*|hovedprosjekt\p{L}*|hovudprosjekt\p{L}*|trial\p{L}*|(?:private |public )?beta|trying out|try out|testing|tested|utprøving\p{L}*|forsøk\p{L}*|prøveordning\p{L}*|prøveprosjekt\p{L}*|prøveperiode\p{L}*|trial scheme|prøver ut|prøver vi ut|prøves ut|prøvast ut|blir prøvd ut|vert prøvd ut|tester|testar|testes|testast)(?![\p{L}])/iu;
/**
 * A request to extend the pilot to a date: *Søknad: forlenging til 31. desember 2027*, "we ask to extend the pilot until
 * 31 December 2027". The plan under review then ends on that date, not on the period first approved (trust12 nn).
 */
const EXTENSION = /(?<![\p{L}])(?:forlenging|forlengelse|forlengjing|forlenge|forlengje|extension|extend)(?: (?:av|of) (?:the )?(?:pilot|prosjekt|utprøving|trial)\p{L}*| (?:the )?(?:pilot|trial|piloten|prosjektet|utprøvinga|utprøvingen))?(?: period| perioden)? (?:til|to|until|ut|fram til|frem til)\s+(?=\d)/iu;
/** A public body named in prose: capitalised words before Council, Trust, Fire and Rescue Service, kommune, fylkeskommune, HF. */
// A US school or library district is one too: "Riverbend Unified School District · Transportation Department" (trust16 en).
// North American and Australian councils name themselves with "of" first: "City of Lakeview", "Town of …", "Shire of …";
// "a City of Trees" is a slogan (resid17).
// A NAV office is named for its place, with no kind of body after it: *NAV Fjordby* (trust24 nb).
const ORGANISATION =
  /(?<![\p{L}])(NAV \p{Lu}[\p{L}'-]*|(?:\p{Lu}[\p{L}'-]*\s){1,4}(?:(?:District|County|City|Borough|Town)\s)?(?:Council|NHS Trust|Trust|School District|Library District|Park District|Fire District|Fire and Rescue Service|Fire and Rescue Authority|Fire Authority|Combined Authority|Ambulance Service|Health Board|Integrated Care Board|Constabulary|kommune|fylkeskommune|HF|helseforetak|sykehus)|(?<!(?<![\p{L}])(?:a|an|our|your) )(?:City|Town|Township|County|Municipality|Region|Shire|Village) of \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})(?![\p{L}])/u;

/**
 * A public body in a letterhead: capitalised words before the kind of body ("State Revenue Office", "Probation Service"),
 * joined by "and", "of" or "for" where the name is ("Estates and Facilities Directorate, University of …": trust18 en).
 */
const LETTERHEAD =
  /^((?:\p{Lu}[\p{L}'-]*\s(?:(?:and|of|for|&)\s)?){1,4}(?:Office|Service|Agency|Department|Ministry|Directorate|Authority|Commission|Inspectorate|Executive))(?![\p{L}])/u;
const LETTERHEAD_BLOCKS = 4;

/**
 * A Norwegian public company named in prose, whose name runs in lower case before its form: an intermunicipal company
 * (*Midtfjord brann og redning IKS*) or a municipal one (*Vestby bydrift KF*) is the organisation as a kommune is (trust11 nb).
 */
// The church's local bodies are public bodies too, named the same way: *Strandvik kirkelige fellesråd*, *… sokneråd* (trust26 nb).
const PUBLIC_COMPANY = /(?<![\p{L}])(\p{Lu}[\p{L}'-]*(?:\s[\p{L}'-]+){0,4}\s(?:IKS|KF|FKF|fellesråd|sokneråd|menighetsråd|bispedømmeråd))(?![\p{L}])/u;

/**
 * Role words as prose uses them: "The sponsor is …", "Prosjekteier er …", "… er oppdragsgjevar", "… owns the pilot".
 * Nynorsk allows *oppdragsgivar* beside *oppdragsgjevar* (trust20 nn).
 */
const ROLE_WORDS: Record<'owner' | 'sponsor', string> = {
  sponsor: '(?:executive |project |senior )?sponsor|senior responsible owner|sro|oppdragsgiver(?:en)?|oppdragsgjevar(?:en)?|oppdragsgivar(?:en)?|prosjekteier(?:en)?|prosjekteigar(?:en)?',
  // The person answerable for the project in a Norwegian form (*Kommunalsjef … er prosjektansvarleg*) owns it (trust16 nn).
  owner: '(?:pilot |project |service |business |product )?owner|tjenesteeier(?:en)?|tenesteeigar(?:en)?|prosjektansvarlig|prosjektansvarleg' +
    // The owner of the service by its own words in prose, as the label reads it (*Eigar av tenesta … er seksjonsleiar*, trust24 nn).
    '|(?:eier|eigar) av (?:tjenesten|tenesta|løsningen|løysinga|tilbudet|tilbodet)' +
    // … and whoever answers for it day to day, as the label *Dagleg ansvarleg* does (*… er ansvarlig på driftsnivå*).
    '|dagl(?:ig|eg) ansvarl(?:ig|eg)|ansvarl(?:ig|eg) på driftsnivå',
};
const VERB = '(?:is|er|blir|vert|will be)';
/** Norwegian governance puts an oppdragsgiver (or a named sponsor) above the prosjekteier, who then owns the pilot. */
const SPONSOR_ABOVE = /(?<![\p{L}])(?:sponsor|oppdragsgiver\p{L}*|oppdragsgjevar\p{L}*|oppdragsgivar\p{L}*|senior responsible owner)(?![\p{L}])/iu;
const PROSJEKTEIER = /^prosjektei(?:er|gar)(?:en)?$/iu;
/**
 * The chair of the steering group sits above the prosjekteier, as PRINCE2's executive chairs the board: *Styringsgruppa
 * … leia av kommunalsjef for kultur og oppvekst. Prosjekteigar er einingsleiar …* names the sponsor and the owner
 * (trust14 nn). A prosjekteier in the chair is no one above, and a chair named by role ("the project sponsor, …") is
 * the appositive's to read.
 */
const STEERING_CHAIR =
  /(?<![\p{L}])(?:styringsgrupp\p{L}*|steering group|project board)(?:[^.;]{0,60}?)\s(?:leia|leidd|ledet|ledes|ledast|leiast|chaired|led)\s(?:av|by)\s(?!(?:the\s)?(?:prosjektei|project owner|project sponsor|sponsor))(?:the\s)?([^.;,()]{3,80})/iu;
/**
 * The Green Book's senior responsible owner is the sponsor, unless a sponsor is named beside it ("Senior Responsible
 * Owner: Assistant Director. Sponsor: Director"): then the SRO owns the pilot, as a prosjekteier does under an oppdragsgiver.
 */
const SRO = /^(?:senior responsible owner|sro)$/iu;
const SPONSOR_LABEL = /(?<![\p{L}])sponsor(?![\p{L}])/iu;
/** Sections that give the pilot's period in prose without naming the pilot ("from 1 May to 30 November 2027"). */
// A section on what is being tested describes the pilot, so its date span is the pilot's ("What we're testing").
// A portal's field names the period as a compound: *Prosjektperiode*, *Pilotperiode*, *Prøveperiode* (trust15 nb).
const PERIOD_HEADING = /(?<![\p{L}])(?:scope|omfang|period|(?:prosjekt|pilot|prøve|forsøks|utprøvings|test)?periode|timeline|tidsplan|timescales?|duration|varighet|testing|the trial)(?![\p{L}])/iu;
/**
 * A start and an end each with its verb: "The project will start on 1 August 2027 and finish on 30 June 2028",
 * *Prosjektet startar 1. mars 2027 og blir avslutta 28. februar 2028* is a span as "from … to …" is (resid17), also with a
 * note on the first date: "start on 1 September 2027 (start of the school year) and finish on 31 July 2028" (blind22 en).
 */
// The participle too: "a pilot, starting on 1 March 2027 and ending on 31 October 2027" (trust23 en).
const START_BEFORE = /(?<![\p{L}])(?:start(?:s|ed|ing)?|begins?|beginning|commences?|commencing|starter|startar|begynner|byrjar)(?:\s+(?:on|in|den))?[\s*_]*$/iu;
const END_BETWEEN =
  /^[\s*_]*(?:\([^()]{1,60}\)[\s*_]*)?,?\s*(?:and|og)\s+(?:(?:will|shall|is to|vil|skal)\s+)?(?:finish(?:es|ing)?|ends?|ending|closes?|closing|conclude[sd]?|concluding|runs? (?:until|to)|slutter|sluttar|avsluttes|avsluttast|(?:blir|vert) avslutta|(?:blir|vert) avsluttet|varer til|varar til)(?:\s+(?:on|by|in|den))?[\s*_]*$/iu;
/** "from" before a period's first date, with at most five words between (*fra skolestart i august 2028*). */
const FROM_BEFORE = /(?<![\p{L}])(?:fra|frå|from)\s+(?:[\p{L}-]+\s+){0,5}$/iu;
/** A section that describes the measure tried: *Beskrivelse av tiltaket*, "Description of the project", *Kva vi vil prøve*. */
const DESCRIPTION_HEADING = /(?<![\p{L}])(?:beskrivelse|beskriving|skildring|description|what we (?:will|want to) (?:do|try|test)|hva vi (?:vil|skal) (?:gjøre|prøve|teste)|kva vi (?:vil|skal) (?:gjere|prøve|teste)|tiltaket|the proposal|forslaget)(?![\p{L}])/iu;
/** A section that is the pilot itself ("## The pilot", *Om piloten*): its date span is the pilot's (trust11 en). */
// A committee report's "Proposal" section is the pilot it puts to members, so its span is the pilot's (trust25 en).
const PILOT_HEADING = /^(?:the |our |about the |om )?(?:pilot|trial|piloten|utprøvingen|utprøvinga|forsøket|proposal|proposed (?:pilot|trial)|forslaget)$/iu;
/**
 * A paragraph's run-in title, as memos write sub-headings inside the text: "*Pilot design.* Six bikes … from July 1, 2027
 * through March 31, 2028" gives the pilot's period as its section would (trust15 en).
 */
const RUN_IN = /^\s*(\*{1,2}|_{1,2})([^*_\n]{2,40}?)[.:]?\1(?=\s)/u;
const RUN_IN_PILOT = /^(?:the |our )?(?:pilot|trial|piloten|utprøvingen|utprøvinga|forsøket)(?![\p{L}])/iu;
/** The pilot as the subject, managed, led or run by a role: the role answers for it (a clause may come between). */
const PILOT_RUN_BY =
  /^\s*(?:the |our |this )?(?:pilot|project|trial)\s+(?:is|will be)\s+(?:[^.;]{0,120}?\s(?:and\s+)?)?(?:managed|led|run)(?:\s+day[- ]to[- ]day)?\s+by\s+((?:the\s+)?[^,.;()]{3,80})/iu;
const PROSJEKTEIER_WORD = '|prosjekteier(?:en)?|prosjekteigar(?:en)?';

/** A label of one to three words followed by a bracketed gloss: "Prosjektansvarlig (oppdragsgiver)". */
const GLOSSED_LABEL = /^(?:the |our )?[\p{L}-]+(?: [\p{L}-]+){0,2}\s*\(([\p{L} -]{2,40})\)/iu;
/** roleStatement's two regexes per word list, compiled once (it runs on every clause of every sentence). */
const statementCache = new Map<string, { labelFirst: RegExp; nameFirst: RegExp }>();
function statementRegexes(words: string): { labelFirst: RegExp; nameFirst: RegExp } {
  let res = statementCache.get(words);
  if (!res) {
    res = {
      // A role joined to another (*Eigar av tenesta og gevinstansvarleg er …*, trust24 nn) is named as the first alone is.
      labelFirst: new RegExp(`^(?:the |our )?(?:${words})(?: (?:and|og) [\\p{L} ]{1,40})? ${VERB} (.{3,80})$`, 'iu'),
      // The project's own role in the possessive: *… er prosjektets sponsor*, *… er pilotens eier* (trust16 nb).
      nameFirst: new RegExp(`^(.{3,80}?) ${VERB} (?:the |our |its |(?:prosjektets|pilotens|prosjektet sin|piloten sin) )?(?:${words})(?![\\p{L}])`, 'iu'),
    };
    statementCache.set(words, res);
  }
  return res;
}

/** The person or role a sentence names for a role: "The sponsor is the Assistant Director" gives "the Assistant Director". */
function roleStatement(text: string, key: 'owner' | 'sponsor', sponsorAbove: boolean): string | undefined {
  const words = !sponsorAbove ? ROLE_WORDS[key] : key === 'owner' ? ROLE_WORDS.owner + PROSJEKTEIER_WORD : ROLE_WORDS.sponsor.replace(PROSJEKTEIER_WORD, '');
  const bare = text.replace(/\*\*|__/g, '').trim().replace(/[.!]$/, '');
  // A label glossed with the role in brackets names that role: *Prosjektansvarlig (oppdragsgiver) er kommunedirektør
  // Siri Holm*, "Project executive (sponsor) is …" (trust10 nb).
  const gloss = GLOSSED_LABEL.exec(bare);
  const t = gloss ? gloss[1] + bare.slice(gloss[0].length) : bare;
  const { labelFirst: labelRe, nameFirst: nameRe } = statementRegexes(words);
  const labelFirst = labelRe.exec(t);
  if (labelFirst) return labelFirst[1].split(/[,;]| and | og /u)[0];
  const nameFirst = nameRe.exec(t);
  if (nameFirst) return nameFirst[1];
  // "The pilot is sponsored by the Director of Place", "Angela Firth, Assistant Director, sponsors the pilot",
  // "The service is owned by the Head of Customer Services", *piloten eies av kommunalsjefen*.
  const passive = (key === 'sponsor'
    ? /^(?:the |our )?(?:pilot|project|trial|piloten|prosjektet)\s+(?:is|will be|er|blir)\s+(?:sponsored|sponsa|sponset)\s+(?:by|av)\s+(.{3,80})$/iu
    : /^(?:the |our )?(?:pilot|project|trial|service|piloten|prosjektet|tjenesten|tenesta)\s+(?:is|will be)\s+owned\s+by\s+(.{3,80})$|^(?:piloten|prosjektet|tjenesten|tenesta)\s+(?:eies|eigast|blir eid|vert eigd)\s+av\s+(.{3,80})$/iu
  ).exec(t);
  if (passive) return passive[1] ?? passive[2];
  if (key === 'sponsor') {
    const sponsors = /^(.{3,80}?)\s+sponsors\s+(?:the\s+)?(?:pilot|project|trial)(?![\p{L}])/iu.exec(t);
    if (sponsors) return sponsors[1];
  }
  if (key === 'owner') {
    // … or the trial: "The Enforcement Team Leader, Paul Adebayo, owns the trial" (trust20 en).
    const owns = /^(.{3,60}?) (?:owns|eier|eig) (?:the |)(?:pilot|project|service|trial|piloten|prosjektet|tjenesten|tenesta|utprøvingen|utprøvinga|forsøket)(?![\p{L}])/iu.exec(t);
    if (owns) return owns[1];
    // "Facilities Management will own the service", "Youth Service Manager (…), who … will own the chat if it continues":
    // whoever will own what the pilot made (not its data or results).
    const willOwn =
      /^(.{3,80}?)(?:,? who(?: [^,.]{0,60})?)? (?:will own|would own|is to own|skal eie|vil eie|skal eige|vil eige) (?:the |its |it(?![\p{L}])|den(?![\p{L}])|det(?![\p{L}]))(?!data|results|rights|intellectual|copyright|resultat|rettigheter)/iu.exec(t);
    if (willOwn) return willOwn[1].replace(/^\s*(?:[-*+]\s+)?[^:]{2,40}:\s+/u, '');
  }
  return undefined;
}

/**
 * A role named in apposition: "a steering group chaired by the project sponsor, Martin Cole, meets …", "Helen Marsh, the
 * project sponsor, chairs …", *prosjekteier, kommunalsjef Kari Lie,* (a capitalised name beside the role word).
 */
const appositionCache = new Map<string, RegExp>();
function appositive(text: string, key: 'owner' | 'sponsor', sponsorAbove: boolean): string | undefined {
  const words = !sponsorAbove ? ROLE_WORDS[key] : key === 'owner' ? ROLE_WORDS.owner + PROSJEKTEIER_WORD : ROLE_WORDS.sponsor.replace(PROSJEKTEIER_WORD, '');
  const t = text.replace(/\*\*|__/g, '');
  // The role word opens the sentence or follows "the"/"our", so "the benefit owner, Gareth Lewis" names no owner. A
  // possessive stands for "the" ("chaired by the lead partner's sponsor, the Corporate Director …", trust14 en).
  let role = appositionCache.get(words);
  if (!role) appositionCache.set(words, (role = new RegExp(`(?:^\\s*|(?<![\\p{L}])(?:the|our|a|\\p{L}+['’]s) )(?:${words}),\\s+`, 'giu')));
  role.lastIndex = 0;
  for (let m = role.exec(t); m; m = role.exec(t)) {
    const name = NAME_AFTER.exec(t.slice(m.index + m[0].length)) ?? POST_AFTER.exec(t.slice(m.index + m[0].length));
    if (name) return name[1];
    const before = NAME_BEFORE.exec(t.slice(0, m.index));
    if (before) return before[1];
  }
  return undefined;
}
/** A capitalised personal name right after an appositive role ("…, Martin Cole, Head of …"), ended by a comma or bracket. */
const NAME_AFTER = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})(?=,|\s*\(|\s*$)/u;
/**
 * A capitalised post after an appositive role, with its article and small words: "chaired by the project sponsor, the
 * Head of Regulatory Services at Kestrel Shire Council (Joanne Whitley)" (trust12 en).
 */
const POST_AFTER = /^the (\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|at|in|\p{Lu}[\p{L}'’-]*)){1,10})(?=,|\s*\(|\.|\s*$)/u;
/** Whom a sentence names before its relative clause, past a list item's label: "- **ERO:** Dr Fiona Adeyemi, …, who …". */
const RELATIVE_HEAD = /^\s*(?:[-*+]\s+)?(?:[^:,]{2,40}:\s+)?([^:]{3,80}?),\s*(?:who|som)(?![\p{L}])/iu;
/** A capitalised name right before an appositive role ("Helen Marsh, the project sponsor, chairs …"). */
const NAME_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}),\s*$/u;

/** A decision still awaited: "until a decision is taken", "pending the decision", *fram til vedtak er fattet*. */
const AWAITING = /(?<![\p{L}])(?:until|till|pending|awaiting|fram til|frem til|inntil|i påvente av)\s+(?:a |the |en |ei |eit |et )?(?:decision|beslutning\p{L}*|vedtak\p{L}*|avgjerd\p{L}*|avgjørelse\p{L}*)(?:\s+(?:is|has been|er|blir|vert)\s+(?:taken|made|fattet|fatta|teken|tatt))?/giu;

/**
 * A decision that is only the condition of what follows ("If S1 and S2 are met and the decision is to continue,
 * rostering will be rolled out … from January 2028"): the sentence dates the roll-out, not the decision (trust16 en).
 */
const IF_DECIDED = /(?<![\p{L}])(?:if|once|when|where|hvis|dersom|når|viss)\s[^,;]{0,160}?(?:decision|decides|decided|approves|approved|vedtak|vedtar|vedtek|beslutning|beslutter|avgjerd)[^,;]*[,;]/iu;

const cache = new WeakMap<Proposal, Facts>();

/** Every fact the document gives, front matter first (it is the contract), then the body. */
export function readFacts(doc: Proposal): Facts {
  const hit = cache.get(doc);
  if (hit) return hit;
  const facts: Facts = {};
  const data = doc.frontMatter?.data;
  if (data) {
    for (const key of FACT_KEYS) {
      const fmKey = FM_KEYS[key].find((k) => !isBlank(data[k]));
      if (!fmKey) continue;
      const raw = data[fmKey];
      const value = key.startsWith('pilot_') || key === 'exit_decision_date' ? isoDate(raw) ?? fmText(raw) : fmText(raw) || String(raw);
      const at = doc.frontMatter!.keyRange(fmKey) ?? { start: doc.frontMatter!.start, end: doc.frontMatter!.start + 3 };
      facts[key] = { value, from: 'frontmatter', ...at };
    }
  }
  const slots = new Set<FactKey>();
  const set = (key: FactKey, value: string, start: number, end: number): void => {
    if (value.trim() && findPlaceholders(value).length > 0) slots.add(key);
    if (!facts[key] && value.trim() && findPlaceholders(value).length === 0) facts[key] = { value: value.trim(), from: 'body', start, end };
  };
  const sponsorAbove = SPONSOR_ABOVE.test(doc.text) || STEERING_CHAIR.test(doc.text);
  const sponsorNamed = SPONSOR_LABEL.test(doc.text);
  // Each pass reads one block at a time: its finds are memoized by the block's text (model/memo.ts) and replayed in
  // document order, so the first find of a fact wins exactly as if every block were read again.
  const replay = (b: TextBlock, found: readonly Found[]): void => {
    for (const f of found) {
      if (!f.slot) set(f.key, f.value, b.start + f.start, b.start + f.end);
      else if (!facts.exit_decision_date) facts.exit_decision_date = { value: f.value, from: 'body', start: b.start + f.start, end: b.start + f.end };
    }
  };
  for (const b of doc.blocks) {
    // A two-column facts table has its first fact in the header row ("| Sponsor | Director of Place |").
    if (b.kind === 'heading') continue;
    replay(b, blockFinds('labels', b, `${sponsorAbove}/${sponsorNamed}`, (rel, put) => {
      for (const { label, value, start, end } of labelled(rel)) {
        const bare = label.replace(/[*_]/g, '').trim();
        // A compound label ("Prosjekteigar og gevinstansvarleg") names each role it joins, as readLabelled reads it.
        const parts = [bare, ...bare.split(/\s+(?:and|og)\s+|\s*[&/]\s*/u)];
        if ((sponsorAbove && parts.some((p) => PROSJEKTEIER.test(p))) || (sponsorNamed && parts.some((p) => SRO.test(p)))) {
          put('owner', value, start, end);
          // "Prosjekteigar og oppdragsgjevar | Kari Haugland": one person holds both roles, so the row names the sponsor
          // too, and single-person-governance can see it (trust14 nn).
          if (parts.some((p) => !PROSJEKTEIER.test(p) && !SRO.test(p) && LABELS.sponsor!.test(p))) put('sponsor', value, start, end);
        } else readLabelled(label, value, start, end, put);
      }
    }));
  }
  // A form's field as a heading over its answer: "**A1. Organisation name**" over "City of …" is the labelled line
  // "Organisation name: City of …" laid out on two lines (resid17).
  doc.blocks.forEach((b, i) => {
    const field = i > 0 ? fieldAnswer(doc.blocks[i - 1], b) : undefined;
    if (field) readLabelled(field, b.text, b.start, b.end, (key, value, start, end) => FIELD_KEYS.has(key) && set(key, value, start, end));
  });
  // Prose as grant forms and web pages write it: "Harlow Vale District Council … Pilot from 4 January 2027 to 30 June 2027."
  // set() keeps the first value of each fact, so a fact already read needs no more looking for (long documents).
  const proseKeys = ['pilot_start', 'pilot_end', 'organisation', 'sponsor', 'owner'] as const;
  // A subtitle under the title, before any body text, may give the period: a slide deck's "### A six-month trial,
  // September 2027 to February 2028" (trust23 en). Later headings name phases and stay unread.
  let bodySeen = false;
  for (const b of doc.blocks) {
    if (proseKeys.every((k) => facts[k])) break;
    const subtitle = b.kind === 'heading' && !bodySeen;
    if (b.kind === 'paragraph' || b.kind === 'listItem') bodySeen = true;
    if ((b.kind === 'heading' && !subtitle) || b.kind === 'tableHeader' || b.kind === 'tableRow') continue;
    const runIn = RUN_IN.exec(b.text);
    const periodSection =
      (!!b.section && (PERIOD_HEADING.test(b.section.heading.text) || PILOT_HEADING.test(b.section.heading.normalized))) ||
      (!!runIn && (PERIOD_HEADING.test(runIn[2]) || RUN_IN_PILOT.test(runIn[2])));
    replay(b, blockFinds('prose', b, `${sponsorAbove}/${periodSection}`, (rel, put) => {
      for (const sentence of sentences(rel)) {
        // "between 1 May and 31 October 2027" is the span "1 May to 31 October 2027".
        const spanText = sentence.text.replace(/\bbetween\s+(\d{1,2}\.?\s+\p{L}+(?:\s+\d{4})?)\s+and\s+(?=\d)/iu, '$1 to ');
        const dates = findDates(spanText);
        // Two dates joined as a span ("4 January 2027 to 30 June 2027", "1.3.2026–28.2.2027"), not two dates in passing; a
        // month's end is the month's last day, so "from June 2027 to the end of February 2028" is a span too (trust24 en).
        const span =
          dates.length >= 2 &&
          (/^[\s*_]*(?:[-–—]|to|til|till|until|through)(?:\s+(?:the\s+end\s+of|slutten\s+av|utgangen\s+av))?[\s*_]*$/iu.test(spanText.slice(dates[0].end, dates[1].start)) ||
            (START_BEFORE.test(spanText.slice(0, dates[0].start)) && END_BETWEEN.test(spanText.slice(dates[0].end, dates[1].start))));
        // "6 January to 16 July 2027" is one date that spans the period.
        const daySpan = dates.find((d) => /\s(?:to|til|until)\s|[–—-]/iu.test(d.text) && d.from < d.to);
        if (subtitle && !PERIOD_PROSE.test(sentence.text)) continue;
        if (span && (PERIOD_PROSE.test(sentence.text) || periodSection)) {
          put('pilot_start', dates[0].from, sentence.start, sentence.end);
          put('pilot_end', dates[1].to, sentence.start, sentence.end);
        } else if (daySpan && (PERIOD_PROSE.test(sentence.text) || b.kind === 'listItem' || periodSection)) {
          put('pilot_start', daySpan.from, sentence.start, sentence.end);
          put('pilot_end', daySpan.to, sentence.start, sentence.end);
        }
        if (subtitle) continue;
        const chair = STEERING_CHAIR.exec(sentence.text);
        if (chair) put('sponsor', chair[1], sentence.start, sentence.end);
        const org = ORGANISATION.exec(sentence.text) ?? PUBLIC_COMPANY.exec(sentence.text);
        if (org) put('organisation', org[1], sentence.start, sentence.end);
        // "The sponsor is X, and the project owner is Y": each clause can name a role.
        const clauses = [sentence.text, ...sentence.text.split(/[,;]\s*/u).map((c) => c.replace(/^(?:and|og) /iu, ''))];
        for (const key of ['sponsor', 'owner'] as const) {
          let who = clauses.map((c) => roleStatement(c, key, sponsorAbove)).find((w) => w !== undefined) ?? appositive(sentence.text, key, sponsorAbove);
          // A relative clause names the role of whom the sentence names before it: "Dr Fiona Adeyemi, the council's Chief
          // Executive, who approved the pilot … and is its sponsor" (trust22 en).
          if (who && /^(?:who|som)(?![\p{L}])/iu.test(who)) who = RELATIVE_HEAD.exec(sentence.text.replace(/\*\*|__/g, ''))?.[1] ?? who;
          if (who) put(key, who, sentence.start, sentence.end);
        }
        // Whoever manages, leads or runs the pilot day to day answers for it, as a "Pilot lead:" label does: "The pilot
        // will be sponsored by the Director …, and managed day to day by the Senior Executive Officer" (trust25 en).
        const runs = PILOT_RUN_BY.exec(sentence.text.replace(/\*\*|__/g, ''));
        if (runs) put('owner', runs[1], sentence.start, sentence.end);
      }
    }));
  }
  // The last resort for the period (trust25 nb): a budget form's measure says what it does "fra skolestart i august 2028
  // til 20. juni 2029" with no word for a pilot in the sentence. Where no sentence gave the period, the first span
  // opened by "fra"/"from" (a few words may stand before its first date) in the section that describes what is tried
  // is the pilot's. A fallback only, so a baseline's span never wins over the period named as such, and a span under
  // a recommendation or "After the pilot" stays the service's.
  if (!facts.pilot_start && !facts.pilot_end) {
    for (const b of doc.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
      if (!b.section || !DESCRIPTION_HEADING.test(b.section.heading.text)) continue;
      const found = blockFinds('prose-from', b, '', (rel, put) => {
        for (const sentence of sentences(rel)) {
          const dates = findDates(sentence.text);
          if (dates.length < 2 || !FROM_BEFORE.test(sentence.text.slice(0, dates[0].start))) continue;
          if (!/^[\s*_]*(?:[-–—]|to|til|till|until)[\s*_]*$/iu.test(sentence.text.slice(dates[0].end, dates[1].start))) continue;
          if (dates[0].from >= dates[1].to) continue;
          put('pilot_start', dates[0].from, sentence.start, sentence.end);
          put('pilot_end', dates[1].to, sentence.start, sentence.end);
          return;
        }
      });
      if (found.length > 0) {
        replay(b, found);
        break;
      }
    }
  }
  // A title page's bold letterhead names the body that writes: "**Probation Service – Northern Fells Region**",
  // "**State Revenue Office** | Digital Revenue Program" (trust15 en). Only the first blocks, and only in bold.
  // A public body named in the title or in such a letterhead is one too: "# … i Vestdal kommune", "**Storevik kommune –
  // saksframlegg**", which a bold-only line makes a heading that the prose above never reads (trust18 nn).
  if (!facts.organisation) {
    for (const b of doc.blocks.slice(0, LETTERHEAD_BLOCKS)) {
      const bold = /^\s*\*\*([^*\n]{3,80})\*\*/u.exec(b.text);
      const org = (bold && LETTERHEAD.exec(bold[1])) ?? (b.kind === 'heading' ? ORGANISATION.exec(b.text) ?? PUBLIC_COMPANY.exec(b.text) : null);
      if (org) {
        set('organisation', org[1], b.start, b.end);
        break;
      }
    }
  }
  // A slide deck's running footer or header names the body on every slide: Marp's `footer: Fjordby kommune · Brann og
  // redning` (trust20 nb). Only a public body by its kind, as in prose, so a date or a meeting there is nothing. Read
  // as the body reads it ('body'): it is no `organisation` key, and a fix that writes front matter carries it over.
  if (!facts.organisation && data) {
    for (const k of ['footer', 'header']) {
      const org = typeof data[k] === 'string' ? ORGANISATION.exec(data[k] as string) ?? PUBLIC_COMPANY.exec(data[k] as string) : null;
      const at = org && doc.frontMatter!.keyRange(k);
      if (org && at) {
        facts.organisation = { value: org[1], from: 'body', ...at };
        break;
      }
    }
  }
  const end = facts.pilot_end;
  if (end?.from === 'body') {
    for (const b of doc.blocks) {
      if (b.kind === 'heading') continue;
      const m = EXTENSION.exec(b.text);
      const date = m && findDates(b.text.slice(m.index + m[0].length))[0];
      if (!m || !date || date.start > 0 || !/^\d{4}-\d\d-\d\d$/.test(date.to) || date.to <= end.value) continue;
      facts.pilot_end = { value: date.to, from: 'body', start: b.start + m.index, end: b.start + m.index + m[0].length + date.end };
      break;
    }
  }
  for (const b of doc.blocks) {
    if (facts.exit_decision_date && facts.decision_forum) break;
    if (b.kind === 'heading') continue;
    // Outside the exit plan, only a sentence that puts the continuation itself to a body counts: a committee memo's
    // proposed resolution (*Saka om vidareføring vert lagd fram for hovudutvalet 14. oktober 2027*) (trust16 nn).
    const exit = inExitPlan(b.section);
    replay(b, blockFinds('decision', b, String(exit), (rel, put) => {
      for (const s of sentences(rel)) {
        if (!exit && !CONTINUATION.test(s.text)) continue;
        // What holds until the decision ("The pilot ends on 30 September 2027, after which … until a decision is taken")
        // dates the wait, not the decision (trust14 en).
        const decides = (t: string): boolean => {
          const u = t.replace(AWAITING, ' ');
          return detector('decision').test(u) || DECISION_EXTRA.test(u) || ((REPORTED_TO.test(u) || REPORTS_TO.test(u) || BUDGET_ADOPTED.test(u)) && !!forumIn(u));
        };
        if (!decides(s.text) && !(forumIn(s.text) && FORUM_MEETS.test(s.text))) continue;
        const condition = IF_DECIDED.exec(s.text);
        if (condition && findDates(condition[0]).length === 0 && !decides(s.text.replace(condition[0], ' '))) continue;
        // The body named in the clause that decides or meets, not one approached for funding in another clause.
        const clause = s.text.split(MAIN_CLAUSE).find((c) => decides(c) || FORUM_MEETS.test(c)) ?? s.text;
        const forum = forumIn(clause);
        const date = findDates(s.text)[0];
        if (date) put('exit_decision_date', date.from, s.start, s.end);
        // "Decision: {{forum}} decides on {{YYYY-MM-DD}}" gives the date, still to fill in: placeholder-text's (catalogue E).
        const slot = findPlaceholders(s.text)[0];
        if (!date && slot) put('exit_decision_date', slot.text, s.start, s.end, true);
        if (forum) put('decision_forum', forum[0], s.start, s.end);
      }
    }));
  }
  cache.set(doc, facts);
  slotCache.set(doc, slots);
  return facts;
}

/** A fact a block gives, offsets relative to the block; `slot` is a decision date still to fill in (`{{…}}`). */
interface Found {
  key: FactKey;
  value: string;
  start: number;
  end: number;
  slot?: boolean;
}
type Put = (key: FactKey, value: string, start: number, end: number, slot?: boolean) => void;

/** What `read` finds in the block, read at offset 0 and memoized by the pass, the block's kind and text, and `flag`. */
function blockFinds(pass: string, b: TextBlock, flag: string, read: (rel: TextBlock, put: Put) => void): Found[] {
  return memo(`facts/${pass}/${b.kind}/${flag}`, b.text, () => {
    const found: Found[] = [];
    read({ ...b, start: 0, end: b.text.length }, (key, value, start, end, slot) => void found.push({ key, value, start, end, ...(slot && { slot }) }));
    return found;
  });
}

const slotCache = new WeakMap<Proposal, ReadonlySet<FactKey>>();

/** Facts the body labels with a template slot ("Organisation: [Organisation name]"): given, still to fill in. */
export function placeholderFacts(doc: Proposal): ReadonlySet<FactKey> {
  readFacts(doc);
  return slotCache.get(doc) ?? new Set();
}

function readLabelled(label: string, value: string, start: number, end: number, set: (k: FactKey, v: string, s: number, e: number) => void): void {
  const l = label.replace(/[*_]/g, '').trim();
  const dates = findDates(value);
  if (PERIOD.test(l) && dates.length > 0) {
    set('pilot_start', dates[0].from, start, end);
    set('pilot_end', dates[dates.length - 1].to, start, end);
    return;
  }
  // "| Pilot period | <INSERT – START AND END DATES> |": a labelled slot counts as present, and is placeholder-text's.
  if (dates.length === 0 && findPlaceholders(value).length > 0) {
    if (PERIOD.test(l) || START_LABEL.test(l)) set('pilot_start', value, start, end);
    if (PERIOD.test(l) || END_LABEL.test(l)) set('pilot_end', value, start, end);
    if (PERIOD.test(l) || START_LABEL.test(l) || END_LABEL.test(l)) return;
  }
  if (START_LABEL.test(l) && dates[0]) return set('pilot_start', dates[0].from, start, end);
  const milestone = dates.length === 1 ? PILOT_MILESTONE.exec(l) : null;
  if (milestone) return milestone[2] ? set('pilot_end', dates[0].to, start, end) : set('pilot_start', dates[0].from, start, end);
  if (END_LABEL.test(l) && dates[0]) return set('pilot_end', dates[0].to, start, end);
  if (DECISION_LABEL.test(l) && dates[0]) return set('exit_decision_date', dates[0].from, start, end);
  // A milestone table's "| Pilot ends | 29 October 2027 |" and "| Go-live with first women | 3 May 2027 |": the event is
  // the label and the date its value (trust11 en).
  const labelEvent = PERIOD_EVENT.exec(l) ?? GO_LIVE.exec(l);
  if (labelEvent && dates.length === 1) return labelEvent[2] ? set('pilot_end', dates[0].to, start, end) : set('pilot_start', dates[0].from, start, end);
  // …or a milestone whose date is marked as the pilot's start or end: "| Sensorer montert | 1. mars 2027 (pilotstart) |",
  // "| Go-live | 3 May 2027 (pilot start) |" (trust18 nb).
  const marked = dates.length === 1 ? PERIOD_MARK.exec(value) : null;
  if (marked) return marked[2] ? set('pilot_end', dates[0].to, start, end) : set('pilot_start', dates[0].from, start, end);
  const labelDates = findDates(l);
  const event = PERIOD_EVENT.exec(value.trim());
  if (event && labelDates.length === 1 && labelDates[0].text.length >= l.length - 1) {
    return event[1] ? set('pilot_start', labelDates[0].from, start, end) : set('pilot_end', labelDates[0].to, start, end);
  }
  // "Project Executive (sponsor)", "Senior User (project owner)": a PRINCE2 title with the plain role in brackets.
  const forms = [l, ...[...l.matchAll(/\(([^()]+)\)/gu)].map((m) => m[1].trim()), l.replace(/\s*\([^()]*\)/gu, '').trim()];
  // "Service owner and benefits owner", "Eier/ansvarlig leder": each part of a compound label names the role. A slash
  // also joins a label to its options ("Executive/routine: Executive", a committee report's kind of decision), so a
  // slashed label is a compound only where every part is a label itself.
  forms.push(...forms.flatMap(compoundParts));
  // The one answerable for the project (*Prosjektansvarleg | Dagleg leiar i …, Marit Lunde*) owns it, as the prose
  // *… er prosjektansvarleg* does; where the label names a body (*Prosjektansvarlig: Fjellby kommune ved …*) it is the
  // organisation still (trust26 nn).
  if (forms.some((f) => PROJECT_RESPONSIBLE.test(f)) && HOLDS_POST.test(value) && !ORGANISATION.test(value) && !PUBLIC_COMPANY.test(value)) return set('owner', value, start, end);
  for (const [key, re] of Object.entries(LABELS) as [FactKey, RegExp][]) if (forms.some((f) => re.test(f))) return set(key, value, start, end);
}

const PROJECT_RESPONSIBLE = /^prosjektansvarl(?:ig|eg)$/iu;
/** A post held by a person: a leader, head or chief of any kind (*dagleg leiar*, *enhetsleder*, *kommunalsjef*, *rektor*). */
const HOLDS_POST = /(?<![\p{L}])\p{L}*(?:leder|leiar|sjef|rektor|direktør|koordinator)(?![\p{L}])/iu;

/**
 * A form field's number ("A1.", "3.2", "B)"): the label is what follows. Only the facts a form asks for by name are
 * read from a field's heading; its budget or funding answer is the budget section's to read, as prose.
 */
const FIELD_NUMBER = /^(?:\p{L}?\d+(?:\.\d+)*[.):]?|\p{L}[.)])\s+/u;
const FIELD_KEYS: ReadonlySet<FactKey> = new Set(['organisation', 'owner', 'sponsor', 'pilot_start', 'pilot_end']);
/** A filled-in field is a line or two; a longer first paragraph is a section's prose, not an answer. */
const FIELD_ANSWER_MAX = 160;

/** The label of a form field whose heading stands right above its short one-paragraph answer, if `answer` is that. */
function fieldAnswer(heading: TextBlock, answer: TextBlock): string | undefined {
  if (heading.kind !== 'heading' || answer.kind !== 'paragraph' || answer.text.length > FIELD_ANSWER_MAX || answer.text.includes('\n')) return undefined;
  const label = heading.text.replace(/^#+\s*/u, '').replace(/[*_]/g, '').trim().replace(FIELD_NUMBER, '').replace(/[:?]$/u, '').trim();
  return label.length >= 2 && label.length <= 40 ? label : undefined;
}

/** "Label: value" statements of a block, and the label and value of a two-cell table row. */
function labelled(b: TextBlock): { label: string; value: string; start: number; end: number }[] {
  if (b.kind === 'tableRow' || b.kind === 'tableHeader') {
    const cells = tableCells(b);
    if (cells.length === 2) return [{ label: cells[0].text, value: cells[1].text, start: b.start, end: b.end }];
    // A roles table ("| Project Executive (sponsor) | Helen Marsh | Director of Children's Services |"): the first cell
    // is the label and the filled cells after it the value (labels are matched whole, so a risk row names no role).
    const rest = cells.slice(1).map((c) => c.text.trim()).filter((t) => t !== '');
    return cells.length > 2 && rest.length > 0 ? [{ label: cells[0].text, value: rest.join(', '), start: b.start, end: b.end }] : [];
  }
  // A grant form's facts block puts one "**Label:** value" per line in one paragraph: each line is a statement.
  const lines = sentences(b).flatMap((s) => {
    const out: typeof s[] = [];
    // A line break, or the next bold label where the lines were joined ("… Council **Start date:** 1 April 2027").
    const cut = /\r?\n|\s+(?=\*\*[^*\n]{2,40}?:\s*\*\*)/gu;
    let at = 0;
    for (let m: RegExpExecArray | null; (m = cut.exec(s.text)); ) {
      out.push({ ...s, text: s.text.slice(at, m.index), start: s.start + at, end: s.start + m.index });
      at = m.index + m[0].length;
    }
    out.push({ ...s, text: s.text.slice(at), start: s.start + at, end: s.end });
    return out;
  });
  return lines.flatMap((s) => {
    // Bold labels and list bullets are how Word and wiki exports write a facts list: "- **Owner:** …".
    // So is a memo's numbered paragraph: "4.1 Sponsor: Assistant Chief Fire Officer" (round 9).
    const text = s.text
      .replace(/^\s*(?:[-*+]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+/, '')
      .replace(/\*\*|__/g, '')
      // A US memo's italic label, colon inside: "- *Executive sponsor:* Karen Boyd" (trust15 en).
      .replace(/^([*_])([^*_\n]{2,40}?:)\1(?=\s)/u, '$2');
    // READMEs and title pages put several facts on one line: "Owner: … · Sponsor: … · Organisation: …".
    return text.split(/\s[·•|]\s/u).flatMap((part) => {
      const m = /^\s*([^:\n]{2,40}?)\s*[:–—]\s+(.+)$/su.exec(part);
      return m ? [{ label: m[1], value: m[2], start: s.start, end: s.end }] : [];
    });
  });
}

/** The parts of a compound label: joined by "and", *og* or "&", or by slashes where every part is a label of its own. */
function compoundParts(label: string): string[] {
  const parts = label.split(/\s+(?:and|og)\s+|\s*&\s*/u).flatMap((p) => {
    const slashed = p.split(/\s*\/\s*/u);
    const labels = Object.values(LABELS);
    return slashed.length > 1 && slashed.every((x) => labels.some((re) => re.test(x))) ? slashed : [p];
  });
  return parts.length > 1 ? parts.filter((f) => f.length > 1) : [];
}

function inExitPlan(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.facets.includes('exit_plan')) return true;
  return false;
}

/** A planning date as an ISO day, from front matter or the body; undefined when absent or not an exact day. */
export function factDate(doc: Proposal, key: 'pilot_start' | 'pilot_end' | 'exit_decision_date'): string | undefined {
  const value = readFacts(doc)[key]?.value;
  return value !== undefined && isoDate(value) === value ? value : undefined;
}

/** The pilot's end for the cross-checks: undefined when it is not after a known start (a typo). */
export function factPilotEnd(doc: Proposal): string | undefined {
  const end = factDate(doc, 'pilot_end');
  const start = factDate(doc, 'pilot_start');
  return end && (!start || end > start) ? end : undefined;
}

/** Where a finding about a fact sits: its front-matter line or body sentence, else the front matter's first line. */
export function factRange(doc: Proposal, key: FactKey): { start: number; end: number } {
  const f = readFacts(doc)[key];
  if (f) return { start: f.start, end: f.end };
  return { start: doc.frontMatter?.start ?? 0, end: (doc.frontMatter?.start ?? 0) + 3 };
}
