// A stop or adjust rule written as a clause: the pilot is stopped or changed under a condition. Two rules read it:
// stop-criteria-missing counts it as a stop criterion, and success-criterion-incomplete leaves it out of the success
// criteria when it stands in their list ("Vi stoppar eller justerer opplegget dersom færre enn 30 elevar melder seg
// på", trust9 nn): a criteria list can hold the stop rule beside the targets, and it is read as what it says.
import { detectorRegex } from '../../server/src/model/match';

/** Finite, passive and infinitive forms of stopping (a noun such as *avslutning* or "bus stop" is none). */
const STOP_VERB =
  '(stopper|stoppar|stoppes|stoppast|stoppe|avslutter|avsluttar|avsluttes|avsluttast|avslutte|avbryter|avbryt|avbrytes|avbrytast|avbryte|' +
  'stanser|stansar|stanses|stansast|stanse|stop|stops|stopped|halts?|halted|pauses?|paused|terminates?|terminated|discontinues?|discontinued|' +
  'suspends?|suspended)';
/** Changing course instead of stopping: "stop or adjust", *justerer eller stoppar*. */
const ADJUST_VERB =
  '(justerer|justerar|justeres|justerast|justere|endrer|endrar|endres|endrast|endre|adjusts?|adjusted|changes?|changed|amends?|amended|redesigns?|redesigned)';
const ACTION = `(${ADJUST_VERB} (or|eller) )?${STOP_VERB}( (or|eller) ${ADJUST_VERB})?`;

/**
 * The stop verb, then at most four words (its object), then the condition: "Vi stoppar eller justerer opplegget
 * dersom …", "We stop the pilot if …"; or the condition first: "Dersom færre enn 30 melder seg på, stoppar vi …".
 * When it may happen can stand before the condition: "can stop the pilot at any time if complaints go above 1%",
 * *stoppar piloten straks dersom …* (trust22 en).
 * *Om* and *når* are left out: "avsluttar prosjektet om hausten" and "when the period is over" set no condition.
 */
export const STOP_CLAUSE = detectorRegex(
  `\\b${ACTION}\\b( [\\p{L}-]+){0,4}( (at any (time|point|stage)|immediately|straight away|at once|når som helst|straks|umiddelbart))?,? (if|unless|should|dersom|hvis|viss)\\b|` +
    `^\\W*(if|dersom|hvis|viss)\\b[^.;]{1,150}, ([\\p{L}-]+ ){0,3}${ACTION}\\b`,
);
