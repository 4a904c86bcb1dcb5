// privacy-assessment-missing: personal, health or sensor data with no DPIA, legal basis, processing agreement or risk assessment.
import type { Severity } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { detector, detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { facetRoots, sentences, tableCells } from '../util/scope';
import { appendLines, findCue, proseSentences } from '../util/commercial';
import { findPlaceholders } from '../util/placeholders';
import { templateLines } from '../util/templates';
import { statedMatch } from '../util/context';

export interface PrivacyOptions extends Record<string, unknown> {
  /** Extra words that mean personal data is processed (plain strings, inflected forms match). */
  dataWords: string[];
  /** Extra words that name a privacy control (plain strings). */
  controlWords: string[];
}

/** Personal data beyond the lexicon: nynorsk, records, recordings, identity numbers. */
const PERSONAL = detectorRegex(
  'personopplysningar\\w*|helseopplysningar\\w*|pasientjournal\\w*|elevopplysning\\w*|health information|patient records?|' +
    'sensitive (personal )?data|special categor(y|ies) of|særlige kategorier|voice recordings?|video recordings?|lydopptak\\w*|' +
    'videoopptak\\w*|biometric\\w*|fødselsnummer\\w*|national identity numbers?|location data|posisjonsdata|lokasjonsdata|' +
    // Identifiers tied to people: "stored with the pupil's name and class", *elevens navn*.
    "(pupil|patient|user|resident|citizen|child|employee|applicant|client)s?'s? (full )?names?|names? and (class|address|addresses|date of birth|phone)|" +
    // A person named by what they do, and contact details collected together: "the reporter's name, email address, a
    // photo", "name and email address", "email address and phone number" (trust7 en).
    "\\p{L}+(er|or|ant|ent|ee|ist)s?['’]s? (full )?names?|names?,? (and )?(e-?mail|postal|home) address(es)?|" +
    // … or one of the two: "an email address or mobile number" (trust18 en).
    'e-?mail address(es)?,? (and |or )?(tele)?(phone|mobile) numbers?|' +
    '(elevens|pasientens|brukerens|beboerens|søkerens|barnets|brukarens) (fulle )?navn|navn(et|ene)? og (klasse|adresse|fødselsdato|personnummer|telefon)|' +
    // A list of what a person enters about themselves, the name and then age, birth date or diagnosis: "legger du inn
    // navn, alder, hvilken funksjonsnedsettelse du har" (trust9 nb).
    '(navn|namn|names?),? (og |and )?(alder|age|fødselsdato|fødselsår|date of birth|diagnose|diagnosis|funksjonsnedsettelse|funksjonsnedsetjing)|' +
    // What a camera in a public place catches of people: faces and number plates, blurred or not (trust11 en).
    '(?<![\\p{L}])(faces|number plates?|licen[cs]e plates?|registration plates?|ansikt(er|ene)?|bilskilt\\w*|kjennemerke\\w*)(?![\\p{L}])',
);
/**
 * A camera that records a public place (a road, a street, a town centre) films the people in it, whoever else is named
 * beside it: "Dashcam-style camera records the road ahead while the lorry is moving" (trust11 en).
 */
const FILMS_PUBLIC = detectorRegex(
  '(camera\\w*|\\p{L}*kamera\\w*|dashcam\\w*|cctv)\\b.{0,60}\\b(records?|recording|films?|filming|captures?|capturing|filmer|filmar|tar opp)\\b.{0,40}\\b(road|roads|street|streets|public|pavements?|town centre|highway|vegen|veien|vegane|veiene|gata|gatene|offentleg\\w*|offentlig\\w*|sentrum)\\b',
);
/**
 * Camera surveillance watches whoever is in the room by what it is: *kameraovervaking i lokalet*, "CCTV in the
 * branch" is personal data without the people being named beside it (trust16 nn).
 */
const SURVEILLANCE = detectorRegex(
  '(kamera|video)(overvåk|overvak)\\w*|(overvåkings|overvakings)kamera\\w*|cctv|(camera|video) surveillance|surveillance cameras?',
);
/** Sensors, cameras, GPS and ID cards (compounds too: *dørsensor*) are personal data when they observe people, not bins or bridges (lexicon.yaml). */
const DEVICE = detectorRegex(RULE_WORDS['privacy-assessment-missing'].devices);
/** The document states that no personal data is collected or processed at all: the rule is silent (lexicon `rule_words`). */
const NO_PERSONAL_DATA = detectorRegex(RULE_WORDS['privacy-assessment-missing'].no_personal_data);
/** Any "no personal data" (stored, held): the author's assessment outweighs a device near a room. */
const SAYS_NONE = detectorRegex(RULE_WORDS['privacy-assessment-missing'].says_none);
const PEOPLE = detectorRegex(
  // A plant, server or meeting room holds no people's data.
  'residents?|patients?|users?|pupils?|children|people|persons?|staff|employees|(?<!(?:plant|meeting|server|boiler|store|storage|machine|comms|switch|control|bin|waste|plant-) )rooms?|homes?|' +
    'beboer\\w*|pasient\\w*|bruker\\w*|brukar\\w*|elev\\w*|barn|barna|personer|ansatte|tilsette|rom|rommene|rommet|' +
    'beboerrom\\w*|hjemme|heime|bolig\\w*|bebuar\\w*|leilighet\\w*|leilegheit\\w*|husvær\\w*|bustad\\w*|omsorgsbolig\\w*|omsorgsbustad\\w*|' +
    'tjenestemottaker\\w*|tenestemottakar\\w*',
);
/** Controls beyond the lexicon: nynorsk spellings, a DPIA split over a line, "risk assessment" of privacy. */
const CONTROLS = detectorRegex(
  'databehandlaravtal\\w*|personvernkonsekvens\\w*|data protection impact|privacy impact assessment|' +
    'lovlig grunnlag|rettslig grunnlag|heimel|hjemmel|samtykke|consent|informasjonssikkerhet\\w* (vurdering|analyse)\\w*|' +
    'risikovurdering av personvern\\w*|ros-analys\\w*|databehandleravtal\\w*',
);
/** A control that is denied right next to it ("no DPIA", "DPIA er ikke gjennomført"), unless it is "not needed". */
const DENIED = detectorRegex(
  '(no|not|without|ingen|ikke|ikkje|uten|utan|missing|mangler|lacks?)\\s+([\\p{L}-]+\\s+){0,3}(dpia|pvk|personvernkonsekvens\\w*|data processing agreement|databehandl\\w*|legal basis|behandlingsgrunnlag|ros-analys\\w*)|' +
    '(dpia|pvk|databehandl\\w*|data processing agreement)\\s+([\\p{L}-]+\\s+){0,3}(not|ikke|ikkje|mangler|missing)\\s+(yet|ennå|enno|done|carried|gjennomført|gjort|signert|signed|laget|utført)',
);

/** A bold-only first line in a quote and the quote marker that opens the next (line breaks read as spaces): a callout's title. */
const CALLOUT_TITLE = /^\s*(?:\*\*|__)[^*_\r\n]{1,30}(?:\*\*|__)\s*>[\s>]*/u;

/** A denied control, or a risk analysis that is not about the pilot's data (a municipality's overall ROS for natural hazards). */
const NOT_COUNTED = new RegExp(`${DENIED.source}|${detectorRegex(RULE_WORDS['privacy-assessment-missing'].not_privacy).source}`, 'iu');

const wordsRegex = (words: readonly string[]): RegExp | undefined => {
  const w = words.filter((x) => typeof x === 'string' && x.trim());
  return w.length ? detectorRegex(w.map((x) => escapeRegExp(x.trim().toLowerCase()).replace(/ +/g, '\\s+') + '\\p{L}*').join('|')) : undefined;
};

/**
 * A control the author names in their own words before a slot for one of its details ("A Privacy Impact Assessment was
 * completed by the privacy team on [date]") is named: the slot is placeholder-text's (catalogue E). A slot before the
 * cue, or a table row (its slot fills another cell), still hides it (trust26 en). Kept to this rule: for a price or a
 * term the slot is the value itself ("price after the pilot is TBD").
 */
function namedBeforeSlot(pieces: readonly { text: string }[], cue: RegExp): boolean {
  const once = new RegExp(cue.source, cue.flags.replace(/[gy]/g, ''));
  return pieces.some((p) => {
    if (/^\s*\|/u.test(p.text)) return false;
    const slots = findPlaceholders(p.text);
    if (slots.length === 0) return false;
    const m = once.exec(p.text.slice(0, slots[0].start));
    return !!m && !NOT_COUNTED.test(p.text);
  });
}

export default defineRule<PrivacyOptions>({
  meta: {
    id: 'privacy-assessment-missing',
    description: {
      en: 'When the pilot processes personal, health, pupil, sensor, camera or location data, the proposal names its DPIA, legal basis, data processing agreement or risk assessment.',
      nb: 'Når piloten behandler person-, helse-, elev-, sensor-, kamera- eller posisjonsdata, viser søknaden til personvernkonsekvensvurdering (DPIA), behandlingsgrunnlag, databehandleravtale eller ROS-analyse.',
    },
    facet: 'values',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T5',
    options: {
      dataWords: words('Extra words that mean personal data is processed.'),
      controlWords: words('Extra words that name a privacy control.'),
    },
  },
  messages: {
    fix: { en: 'Add the privacy line (T5)', nb: 'Legg til personvernlinjen (T5)' },
    text: {
      en: 'The pilot processes personal data ("{word}") but the proposal names no DPIA, legal basis, data processing agreement or risk assessment: say which categories of data, on what legal basis, and the status of the DPIA and the processing agreement.',
      nb: 'Piloten behandler personopplysninger («{word}»), men søknaden viser ikke til DPIA (personvernkonsekvensvurdering), behandlingsgrunnlag, databehandleravtale eller ROS-analyse: oppgi hvilke opplysninger, behandlingsgrunnlaget og status for DPIA og databehandleravtale.',
    },
    frontMatter: {
      en: 'Front matter says `personal_data: true` but gives no `dpia_status`, and the proposal names no DPIA, legal basis or data processing agreement: add `dpia_status` (not-needed, planned or done) and describe the assessment.',
      nb: 'Front matter sier `personal_data: true`, men har ingen `dpia_status`, og søknaden viser ikke til DPIA, behandlingsgrunnlag eller databehandleravtale: legg til `dpia_status` (not-needed, planned eller done) og beskriv vurderingen.',
    },
  },
  defaultOptions: { dataWords: [], controlWords: [] },
  check(context) {
    const { doc, options } = context;
    const data = doc.frontMatter?.data ?? null;
    const dpia = data?.dpia_status;
    if (typeof dpia === 'string' && dpia.trim() && findPlaceholders(dpia).length === 0) return;
    const fmPersonal = data?.personal_data === true;
    // An explicit "no personal data" is the author's assessment: bin sensors and traffic counters are not about people.
    if (data?.personal_data === false) return;

    const pieces = proseSentences(doc);
    // So is the same statement in the text: "the collection should ensure there is no personal data collected" (issue 8).
    if (findCue(pieces, NO_PERSONAL_DATA)) return;
    const extraControls = wordsRegex(Array.isArray(options.controlWords) ? options.controlWords : []);
    // A control named with its value still a slot ("DPIA reference: <INSERT …>") is placeholder-text's (findCue).
    const controlled = [detector('privacy_controls'), CONTROLS, extraControls].some((re) => re && (findCue(pieces, re, NOT_COUNTED) || namedBeforeSlot(pieces, re)));
    if (controlled) return;

    const extraData = wordsRegex(Array.isArray(options.dataWords) ? options.dataWords : []);
    let evidence: { start: number; end: number; word: string } | undefined;
    // A table row is read cell by cell, sentence by sentence: a placeholder in one sentence of a long cell ("see Work
    // Item TBA") does not hide the e-mail addresses named in the sentence before it (issue 8, an OneNote export).
    const statements = pieces.flatMap((p) => ('kind' in p && p.kind === 'tableRow' ? tableCells(p).flatMap((c) => sentences(c)) : [p]));
    const saysNone = statements.some((p) => SAYS_NONE.test(p.text));
    for (const p of statements) {
      if (findPlaceholders(p.text).length > 0) continue;
      // "No personal data is collected" and "if we later store names" state no processing (catalogue E).
      const m =
        statedMatch(p.text, detector('personal_data')) ?? statedMatch(p.text, PERSONAL) ?? (extraData && statedMatch(p.text, extraData));
      let word = m && !DEVICE.test(m[0]) ? m[0] : undefined;
      if (!word && !saysNone) {
        const d = statedMatch(p.text, DEVICE);
        if (d && (statedMatch(p.text, PEOPLE) || FILMS_PUBLIC.test(p.text) || statedMatch(p.text, SURVEILLANCE))) word = d[0].toLowerCase();
      }
      if (word) {
        // A callout's title line ("> **Warning**") is the panel's label, not the statement: the finding sits on the text.
        const title = CALLOUT_TITLE.exec(p.text);
        evidence = { start: p.start + (title ? title[0].length : 0), end: p.end, word };
        break;
      }
    }
    if (!evidence && !fmPersonal) return;

    const severity: Severity | undefined = fmPersonal ? 'error' : undefined;
    const values = facetRoots(doc, 'values')[0];
    const fix = values
      ? appendLines(doc, values, [templateLines('T5', context.lang)[1]], context.text('fix'))
      : context.insertTemplate('T5');
    if (evidence) {
      context.report({ messageId: 'text', data: { word: evidence.word }, start: evidence.start, end: evidence.end, severity, fix });
    } else {
      const at = doc.frontMatter?.keyRange('personal_data') ?? context.missingAnchor();
      context.report({ messageId: 'frontMatter', ...at, severity, fix });
    }
  },
});
