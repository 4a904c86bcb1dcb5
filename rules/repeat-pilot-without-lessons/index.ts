// repeat-pilot-without-lessons: a repeated or extended pilot that says nothing about why earlier pilots were not taken into operation.
import { defineRule } from '../util/define';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { detector, detectorRegex } from '../../server/src/model/match';
import { allSentences, findCue, proseSentences } from '../util/commercial';

const WORDS = RULE_WORDS['repeat-pilot-without-lessons'];
/** Repeat-pilot wording beyond the lexicon: later pilot numbers and ordinals, "our previous pilot". */
const REPEAT = detectorRegex(WORDS.repeat);
/** Lessons wording beyond the lexicon: what was learned, and why earlier rounds were not implemented. */
const LESSONS = detectorRegex(WORDS.lessons);
/** Wording that is negated right before ("not a new pilot", "ikke en ny pilot"). */
const NEGATED = detectorRegex(WORDS.negated);
/** An extension offered as an option at the decision or under a condition: a possible next step, not a repeat. */
const OPTIONAL = detectorRegex(WORDS.optional);

export default defineRule({
  meta: {
    id: 'repeat-pilot-without-lessons',
    description: {
      en: 'A repeated or extended pilot explains what earlier pilots taught and why they were not taken into operation.',
      nb: 'En gjentatt eller forlenget pilot forklarer hva tidligere piloter lærte oss, og hvorfor de ikke ble satt i drift.',
    },
    facet: 'lessons',
    defaultSeverity: 'info',
    fixable: false,
  },
  messages: {
    previous: {
      en: 'Front matter says there were {count} earlier pilot(s), but the proposal has no lessons section: say what they showed and why they were not taken into operation, before asking for another round.',
      nb: 'Front matter sier at det har vært {count} tidligere pilot(er), men søknaden har ingen del om erfaringer: si hva de viste og hvorfor de ikke ble satt i drift, før dere ber om en ny runde.',
    },
    wording: {
      en: 'The proposal describes a repeated or extended pilot ("{text}") but has no lessons section: say what the earlier rounds showed and why they were not taken into operation.',
      nb: 'Søknaden beskriver en gjentatt eller forlenget pilot («{text}»), men har ingen del om erfaringer: si hva de tidligere rundene viste og hvorfor de ikke ble satt i drift.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    if (doc.sectionsFor('lessons').length > 0) return;
    const pieces = proseSentences(doc);
    if (findCue(pieces, detector('lessons')) || findCue(pieces, LESSONS)) return;

    const raw = doc.frontMatter?.data?.previous_pilots;
    const previous = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
    if (previous !== undefined && previous > 0) {
      context.report({ messageId: 'previous', data: { count: previous }, ...context.missingAnchor(), documentLevel: true });
      return;
    }
    // `previous_pilots: 0` is the author's statement that this is a first pilot; wording like "a new pilot" then means this one.
    if (previous === 0) return;
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    for (const p of [...allSentences(headings), ...pieces]) {
      const m = detector('repeat_pilot').exec(p.text) ?? REPEAT.exec(p.text);
      if (!m || NEGATED.test(p.text) || OPTIONAL.test(p.text)) continue;
      context.report({ messageId: 'wording', data: { text: m[0] }, ...context.missingAnchor(), documentLevel: true });
      return;
    }
  },
});
