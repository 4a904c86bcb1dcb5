// stop-criteria-missing: no criteria for stopping or adjusting the pilot, and no scale/adjust/stop decision options.
import type { Fix, RuleContext } from '../types';
import { defineRule } from '../util/define';
import { detectorRegex } from '../../server/src/model/match';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { facetRoots, headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendLines, findCue, proseSentences } from '../util/commercial';
import { templateLines } from '../util/templates';
import { STOP_CLAUSE } from '../util/stops';

/**
 * Stop criteria ("we stop if", "the pilot is stopped if", *stoppkriterier*, *piloten avsluttes dersom*) and lists of
 * decision options ("scale, adjust or stop", go/no-go). "If the pilot is stopped, the data are deleted" says what
 * happens after a stop, not when to stop, and does not count.
 */
const STOP = detectorRegex(
  'stop(/| or |-)adjust\\w*|stop criteri\\w*|kill criteri\\w*|termination criteri\\w*|criteria for (stopping|ending|terminating|discontinuing)|' +
    'go/no-go|proceed/hold/drop|' +
    '(we|the pilot|it) (will )?(stop|end|terminate|discontinue)s? ([\\p{L}-]+ ){0,3}(early |early if |if |when |unless )|' +
    '(will|would|is|be) (stopped|terminated|discontinued|ended|halted)( early)? (if|when|unless|should)|stop (early )?if [\\p{L}\\p{N}]|' +
    'if .{1,150}(we|the steering group|the board|the committee) (will )?(stop|end|terminate|halt)|' +
    // What happens when the targets are missed is a stop rule: "If the targets are missed, Frostwatch removes the sensors".
    'if (the |both |all |these |our )?(targets?|criteria|goals?|objectives?) (are |is )?(missed|not (met|reached|achieved))|' +
    '(dersom|hvis|viss|om) (måla|målene|måla|kriteria|kriteriene|målet) (ikke|ikkje) (blir |vert )?(nådd|nådde|oppfylt|oppfylte|nås)|' +
    // The pilot as subject: "If missed bins are still above 100 a week in August, the pilot stops".
    'if .{1,150}, (the pilot|the trial|the project|the service|it) (will )?(stops?|ends?|closes|is stopped|is ended)\\b|' +
    // Verb-first conditions: "Går ikkje lesetida opp …, stoppar vi piloten", "Klarer færre enn 15 …, stopper vi piloten".
    '^\\W*(går|blir|er|vert|kjem|kommer|klarer|når|nås|får) .{1,150}, (stopper|stoppar|avslutter|avsluttar|avbryter|avbryt) (vi|kommunen)|' +
    // The Model for Improvement's Act step: "adopt, adapt or abandon", "we abandon it if …" (trust9 en).
    '(adopt|scale|continue|keep)\\w*,? (adapt|adjust|amend|change)\\w*,? (or|and) abandon\\w*|(we|the (pilot|trial|project|test|change)|it) (will )?abandons? ([\\p{L}-]+ ){0,3}(if|when|unless)\\b|' +
    // … also past an aside: "adjust it (for example by changing the band limits) or stop it" (trust13 en).
    'adjust\\w*( [\\p{L}-]+){0,4}( \\([^)]{1,80}\\))?,? or (stop|end|terminate|discontinue)\\w*|' +
    // The options listed as such: "The options are to roll out, to roll out with higher floor levels, or to stop" (trust13 en).
    // … or after a colon: "choose between three options: mainstream …, continue … with changes, or stop" (trust18 en).
    // … or as recommendations, one to a clause: "one of three recommendations: roll out …; extend …; or stop" (trust19 en).
    // … or put to a forum, the last one switching it off: "The options put to it will be to roll out, to extend the pilot
    // for a further quarter, or to switch the suggestions off" (trust20 en).
    // … or a slide's options split by slashes: "**Options:** roll out to all three venues / keep at one / stop" (trust20 en).
    '(the )?options( [\\p{L}-]+){0,3} (are|will be|would be)\\b.{1,150}\\bor (to )?(stop|end|close|discontinue|withdraw|switch ([\\p{L}-]+ ){0,3}off|turn ([\\p{L}-]+ ){0,3}off)\\b|(options|recommendations|choices|outcomes)\\s*:[^.]{1,250}(\\bor |\\s?/\\s?)(to )?(stop|end|close|discontinue|withdraw)\\b|(scale|roll out|continue|extend)\\w*( [\\p{L}-]+){0,5}, adjust\\w*,? (or )?(stop|end)\\w*|' +
    // The options listed as such in Norwegian: *Alternativene som legges fram er å videreføre …, å justere …, eller å
    // avslutte* (trust16 nb).
    '(alternativene|alternativa|valgene|vala|mulighetene|moglegheitene)\\b[^.;]{0,40}\\b(er|blir|vert)\\b[^.;]{1,150}\\beller (å )?(avslutte|stoppe|avvikle|legge ned|leggje ned)\\b|' +
    // … or after a label, as "Options:" is in English: *Alternativ: vidareføre, utvide til fleire lager eller avslutte*
    // (trust22 nn).
    '(alternativ|alternativer|alternativa|alternativene|valg|valgene|val|vala|muligheter|mulighetene|moglegheiter|moglegheitene)\\s*[*_]*\\s*:[^.]{1,250}(\\beller |\\s?/\\s?)(å )?(avslutte|avslutta|stoppe|stoppa|avvikle|avvikla|legge ned|leggje ned|avslutning|avvikling|nedlegging|stans)\\b|' +
    // A slide's imperative as the rule's label: "**Stopp eller juster** hvis mer enn 10 % …" (trust16 nb).
    '(stopp|avslutt|stans)( eller (juster|endre))?[*_:]*\\s+(hvis|dersom|viss)\\b|(juster|endre) eller (stopp|avslutt|stans)[*_:]*\\s+(hvis|dersom|viss)\\b|' +
    'stoppkriteri\\w*|avbruddskriteri\\w*|kriterier for (å )?(stoppe|avslutte|avbryte|justere)|stopp(e)?/juster\\w*|' +
    '(piloten|prosjektet|utprøvingen|tenesta|tjenesten) (stoppes|avsluttes|avbrytes|avsluttast|stoppast|vert stoppa|blir stoppet) (dersom|hvis|om|når|viss)|' +
    '(dersom|hvis|viss|om) .{1,150}(stopper|avslutter|avbryter|stoppar|avsluttar) (vi|kommunen|styringsgruppen)|' +
    '(stopper|avslutter|avbryter) vi (piloten|prosjektet)|' +
    // A result with a number not reached, then an adjustment: *Dersom kjørelengden ikke er redusert med minst 10 % etter seks
    // måneder, justerer vi rutelogikken*, "If calls have not fallen by 20 % by June, we will change the script" (trust13 nb).
    '(dersom|hvis|viss|om) (?=[^.;,]*\\d)[^.;]{1,150}(ikke|ikkje)[^.;]{0,120}, (justerer|justerar|endrer|endrar|tilpasser|tilpassar) (vi|kommunen|styringsgruppen|styringsgruppa)\\b|' +
    'if (?=[^.;,]*\\d)[^.;]{1,150}(not|n[\'’]t)[^.;]{0,120}, we (will |shall )?(adjust|change|revise|rework|redesign|amend)\\b|' +
    // … past an aside as well: *Skalere, justere (andre sensorplasseringer eller terskler) eller avslutte* (trust15 nb).
    '(videreføre|vidareføre|skalere|innføre|spre)\\w*,? (justere|endre)\\w*( \\([^)]{1,80}\\))?,? (eller )?(avslutte|stoppe|avvikle)\\w*|' +
    'juster\\w* ([\\p{L}-]+,? ){0,4}(\\([^)]{1,80}\\) )?eller (avslutt|avslutn|stopp|avbryt|avvikl|stans)\\w*|' +
    // The same options as nouns, a recommendation's words: *tilrå anten vidareføring, endring (til dømes eitt skåp i
    // staden for to) eller avslutning*, "recommend continuation, adjustment or closure" (trust18 nn).
    '(videreføring|vidareføring|skalering|utviding|utvidelse|innføring|spredning|spreiing|continuation|scale-up|roll-?out|expansion)\\w*,? (justering|endring|tilpassing|tilpasning|adjustment|change|modification|amendment)\\w*( \\([^)]{1,80}\\))?,? (eller |or )?(avslutning|avvikling|nedlegging|nedleggelse|stans|closure|termination|discontinuation|decommissioning)\\b|' +
    // The deciding body's options under a condition: "… the Board will decide whether to narrow the project … or stop
    // it", "… the project board will pause the pilot and choose between adjusting … and stopping".
    // "If, at 31 March 2028, …" opens with a comma (trust13 en).
    'if[ ,].{1,200}\\b(or|and) (to )?(stop|stopping|(stop|end|close) (it|the (pilot|project|trial|service)))\\b|if .{1,200}\\b(pause|suspend)s? the (pilot|project|trial|service)|' +
    // A condition followed by the verb-first main clause: "Dersom færre enn 40 % … , justeres piloten; … avsluttes den".
    // … verb-first and negated too: *Nås ikke dette, avsluttes piloten* (trust17 nb); a bare *Når …* is a time, no condition.
    '(dersom|hvis|viss|om|blir|er|(^|;)\\W*(nås|nåast|går|vert|kjem|kommer|klarer|får) [^.;,]{0,40}\\b(ikke|ikkje)\\b[^.;]{0,100}?) .{0,150}, (justeres|avsluttes|stoppes|avbrytes|avsluttast|stoppast) (piloten|den|prosjektet|utprøvingen|tenesta|tjenesten)|' +
    // The same with a periphrastic passive: "Dersom … aukar i meir enn to månader, blir piloten stoppa", "If …, the pilot will be stopped".
    '(dersom|hvis|viss|om) .{1,150}, (blir|vert) (piloten|den|prosjektet|utprøvingen|utprøvinga|tenesta|tjenesten) (stoppa|stoppet|avslutta|avsluttet|avbroten|avbrutt|avvikla|avviklet|lagt ned|justert|justera)\\b|' +
    // … and after a verb-first condition: *Blir ingen av dei nådde, blir piloten avslutta* (trust12 nn).
    '(^|;)\\W*(går|blir|er|vert|kjem|kommer|klarer|når|nås|får) .{1,150}, (blir|vert) (piloten|prosjektet|utprøvingen|utprøvinga|tenesta|tjenesten) (stoppa|stoppet|avslutta|avsluttet|avbroten|avbrutt|avvikla|avviklet|lagt ned)\\b|' +
    'if .{1,150}, (the pilot|the trial|the project|the service|it) (will be|would be|is to be|shall be) (stopped|ended|halted|paused|discontinued|terminated|wound down)\\b',
);

/** The branch for a pilot that does not work, which with the branch that scales states the options (lexicon.yaml). */
const NEGATIVE_BRANCH = detectorRegex(`${RULE_WORDS['stop-criteria-missing'].negative_branch}|${RULE_WORDS['stop-criteria-missing'].decision_refused}`);
/** Stop rules and option lists as proposals write them beyond STOP (lexicon.yaml). */
const STOP_RULES = detectorRegex(RULE_WORDS['stop-criteria-missing'].stop_rules);

/**
 * The liberal backstop (lever19): any condition followed in its sentence by a stop verb, however worded. The precise
 * detectors above were tuned on the corpus; each new set of proposals words its stop rule anew ("if …, officers will
 * wind the scheme down"), and a finding on a proposal that does say when it stops is the false alarm a reviewer counts
 * first. On four blind sets at the commits they arrived at: 15 false alarms to 12, no agreed finding lost. Adjust verbs
 * are left out (a timetable adjusted when a supplier is late is risk handling), and so are "goes back to" and *tilbake
 * til*, which say what follows a decision and on which reviewers differ.
 */
const LIBERAL_STOP = detectorRegex(
  '(\\b(if|unless|otherwise|dersom|hvis|viss|ellers|med mindre)\\b|(^|[,:]\\s*)\\W*(om|should)\\b)[^.;]{0,200}\\b(stop|stops|stopped|stopping|halt\\w*|terminat\\w*|discontinu\\w*|cease\\w*|abandon\\w*|wind\\w* ([\\p{L}-]+ ){0,3}down|withdraw\\w*|revert\\w*|decommission\\w*|pause\\w*|not (be )?(continued|extended|rolled out|scaled|renewed|proceed\\w*)|(end|close|shut) (it|the [\\p{L}-]+|([\\p{L}-]+ ){0,3}down)|avslutt\\w*|avbry\\w*|avvikl\\w*|stans\\w*|stopp\\w*|legg\\w* ([\\p{L}-]+ ){0,2}ned|lagt ned|ikk(e|je) (bli |verte )?(videreført|vidareført|videreføre|vidareføre|innført|innføre))\\b',
);

/**
 * What follows a stop ("if the pilot is stopped, …", *Om piloten blir avslutta, …*, *Hvis piloten stanses, …*: trust24 nb)
 * or its end in time is no criterion.
 */
const AFTER_STOP = detectorRegex(
  '\\b(if|should|dersom|hvis|viss|om)\\s+(the (pilot|trial|project|service|scheme)|piloten|prosjektet|utprøvinga|utprøvingen|tenesta|tjenesten|ordningen|ordninga|we|it)\\s+(is |are |blir |vert |skal |gets |were |has been |har blitt |er )?(be )?(stop|stops|stopped|ended|ends|closed|terminated|discontinued|avslutta|avsluttes|avsluttet|avsluttast|stoppa|stoppes|stoppet|stoppar|stopper|avbrote|avbrutt|avbrytes|lagt ned|avvikla|avviklet|stanses|stansast|stansa|stanset|halted|suspended|paused)\\b|' +
    '\\b(når|etter at|when|after|once) (the (pilot|trial|project)|piloten|prosjektet|utprøvinga|utprøvingen) (er|is|has|har) (avslutta|avsluttet|ended|over|finished|completed|been completed)',
);

/** Norwegian stop verbs and a service not carried on, for the verb-first reading below. */
const V1_STOPS =
  '(avslutt\\w*|avbry\\w*|avbrot\\w*|avvikl\\w*|stans\\w*|stopp\\w*|legg\\w* ([\\p{L}-]+ ){0,2}ned|lagt ned|ikk(e|je) (bli |verte )?(videreført|vidareført|videreføre|vidareføre|innført|innføre))';
/**
 * The structural reading (lever21): a Norwegian condition needs no *dersom* — a sentence that opens with its finite
 * verb and is followed, after the comma, by an inverted main clause is one (*Har oppmøtet ikke økt …, avslutter vi
 * utprøvingen*; *Viser tellerne seg å være upålitelige, anbefales det å avslutte*; *Nås ikke S1, anbefaler gruppa å
 * justere eller å avslutte*). LIBERAL_STOP reads only conditions with a conjunction, and each set words the verb-first
 * one with a new verb. Read: the verb-first clause, a comma, a verb-final word opening the main clause, and a stop in
 * it. Not read: a question, a clause opened by a conjunction, preposition or pronoun (declarative word order), or a
 * main clause without a stop; and (V1_AFTER_STOP) a condition that is itself the stop (*Avsluttes piloten, sletter
 * leverandøren …*, *Vert ordninga ikkje vidareført, …*), which says what follows a stop, not when to stop.
 */
const V1_STOP = detectorRegex(
  `^[^\\p{L}]*(?!(hvis|dersom|om|viss|når|etter|før|for|med|i|på|til|ved|som|det|den|de|dei|vi|eg|jeg|han|hun|ho|du|man|en|ein|ei|et|eit)\\b)\\p{L}+(er|ar|es|ast|r|s)\\b[^.;:?!]{3,200}?,\\s*(?=\\p{L}+(er|ar|es|ast|r|s)\\b)[^.;?!]{0,200}?\\b${V1_STOPS}\\b(?![^?]*\\?)`,
);
/**
 * A verb-first condition that is itself the stop, or the goal reached with no negation (*Nås målet i mars, avsluttes
 * piloten med en sluttrapport*: the pilot ends as planned): what follows, not when to stop (lever21).
 */
const V1_AFTER_STOP = detectorRegex(
  `^[^,]*\\b${V1_STOPS}\\b[^,]*,|^(?![^,]*\\b(ikke|ikkje|ingen|inga)\\b)[^,]*\\b(nås|nåast|nådd|nådde|når|oppnås|oppnådd|oppfylt|oppfylte|oppfylles)\\b[^,]*,`,
);

/**
 * A one-word run-in label before a condition (*Stopp: Vert det ei alvorleg hending, …, stoppar vi hjartesona*,
 * trust24 nn): the label is no part of the sentence's word order, and a stop word in it is no stop that has happened.
 */
const RUN_IN_LABEL = /^\s*(?:\*\*|__)?[\p{L}-]{2,30}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/u;

export default defineRule({
  meta: {
    id: 'stop-criteria-missing',
    description: {
      en: 'The proposal says when the pilot is stopped or adjusted, and which options the decision has (scale, adjust, stop).',
      nb: 'Søknaden sier når piloten stoppes eller justeres, og hvilke alternativer beslutningen har (skalere, justere, avslutte).',
    },
    facet: 'success',
    defaultSeverity: 'info',
    fixable: true,
    template: 'T7',
  },
  messages: {
    fix: { en: 'Add stop/adjust criteria (T7)', nb: 'Legg til stoppkriterier (T7)' },
    missing: {
      en: 'No stop or adjust criteria: say what result makes you stop or change the pilot (e.g. fewer than half of the users after three months), and that the decision options are scale, adjust or stop. Pilots without an exit become permanent pilots.',
      nb: 'Mangler kriterier for å stoppe eller justere: si hvilket resultat som gjør at piloten stoppes eller endres (f.eks. færre enn halvparten av brukerne etter tre måneder), og at alternativene ved beslutningen er å skalere, justere eller avslutte. Piloter uten utgang blir evige piloter.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const prose = proseSentences(doc);
    const stops = (pieces: typeof prose): boolean =>
      !!(findCue(pieces, STOP) || findCue(pieces, STOP_RULES) || findCue(pieces, STOP_CLAUSE) ||
        findCue(pieces, V1_STOP, V1_AFTER_STOP) || findCue(pieces, LIBERAL_STOP, AFTER_STOP));
    if (stops(prose)) return;
    const unlabelled = prose.filter((p) => RUN_IN_LABEL.test(p.text)).map((p) => ({ ...p, text: p.text.replace(RUN_IN_LABEL, '') }));
    if (unlabelled.length > 0 && stops(unlabelled)) return;
    const exitBlocks = scopeBlocks(doc, facetRoots(doc, 'exit_plan'));
    if (findCue(allSentences(exitBlocks), NEGATIVE_BRANCH)) return;
    const success = criteriaRoot(doc);
    const exit = facetRoots(doc, 'exit_plan')[0];
    const at = success ?? exit;
    context.report({
      messageId: 'missing',
      ...(at ? headingRange(at) : context.missingAnchor()),
      documentLevel: !at,
      fix: fixFor(context),
    });
  },
});

/**
 * Where the stop rule belongs: of several success sections, the first that sets criteria (a list item or table row with
 * a figure), since a grant form's "What difference will the project make?" before "How will you measure success?"
 * describes hopes and the criteria come after (trust25 en); else the first.
 */
function criteriaRoot(doc: RuleContext['doc']): ReturnType<typeof facetRoots>[number] | undefined {
  const roots = facetRoots(doc, 'success');
  if (roots.length < 2) return roots[0];
  return roots.find((r) => scopeBlocks(doc, [r]).some((b) => (b.kind === 'listItem' || b.kind === 'tableRow') && /\d/.test(b.text))) ?? roots[0];
}

/** T7's last line (stop/adjust criteria) at the end of the success criteria, or the whole T7 without them. */
function fixFor(context: RuleContext): Fix {
  const success = criteriaRoot(context.doc);
  if (!success) return context.insertTemplate('T7');
  const lines = templateLines('T7', context.lang);
  return appendLines(context.doc, success, [lines[lines.length - 1]], context.text('fix'));
}
