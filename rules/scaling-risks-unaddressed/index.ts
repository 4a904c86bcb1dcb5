// scaling-risks-unaddressed: the risk section covers none of the risks that stop pilots from scaling.
import type { Proposal, Section } from '../types';
import { defineRule } from '../util/define';
import { findPlaceholders } from '../util/placeholders';
import { words } from '../util/options';
import { RULE_WORDS } from '../../server/src/model/lexicon';
import { detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { facetRoots, headingRange, scopeBlocks } from '../util/scope';
import { allSentences, appendBlock, companyNames, findCue } from '../util/commercial';
import { templateLines } from '../util/templates';
import { memo } from '../../server/src/model/memo';

export interface ScalingRiskOptions extends Record<string, unknown> {
  /** Extra words that name a scaling risk (plain strings), e.g. a local term for loss of funding. */
  words: string[];
}

/** The catalogue's scaling risks: funding after the pilot, champion or staff leaving, supplier capacity, integration, procurement or law. */
const SCALING = detectorRegex(Object.values(RULE_WORDS['scaling-risks-unaddressed'].scaling).join('|'));

const RISK_OPENING = detectorRegex(RULE_WORDS['scaling-risks-unaddressed'].risk_opening);

/**
 * A risk heading with no subsections whose risks follow as same-level headings ("# Risiko og usikkerhet", then
 * "# Kompetanseoverføring fra leverandør" opening with "Det er risiko for …"): the run of those headings.
 */
function siblingRisks(doc: Proposal, root: Section): Section[] {
  if (root.children.length > 0) return [];
  const out: Section[] = [];
  for (let i = root.index + 1; i < doc.sections.length; i++) {
    const s = doc.sections[i];
    if (s.heading.depth < root.heading.depth) break;
    if (s.heading.depth > root.heading.depth) continue;
    if (s.parent !== root.parent || !RISK_OPENING.test(s.ownText)) break;
    out.push(s);
  }
  return out;
}

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
    const named = allSentences(scopeBlocks(doc, [...roots, ...roots.flatMap((r) => siblingRisks(doc, r))]).filter((b) => b.kind !== 'heading' && b.kind !== 'tableHeader'));
    // A risk names the supplier by its name ("Pedalworks closes or cannot repair bikes"): read it as the supplier (trust15 en).
    const companies = companyNames(doc);
    const byName = companies.length ? new RegExp(`(?<![\\p{L}])(?:${companies.map(escapeRegExp).join('|')})(?:['’]s?)?(?![\\p{L}])`, 'gu') : undefined;
    // Per sentence and set of names: every risk sentence is rewritten on every re-lint otherwise.
    const table = `by-name\u0000${companies.join('\u0000')}`;
    const pieces = byName ? named.map((p) => ({ ...p, text: memo(table, p.text, () => p.text.replace(byName, 'supplier')) })) : named;
    const words = (Array.isArray(options.words) ? options.words : []).filter((w): w is string => typeof w === 'string' && !!w.trim());
    const extra = words.length ? detectorRegex(words.map((w) => escapeRegExp(w.trim()).replace(/ +/g, '\\s+')).join('|')) : undefined;
    if (findCue(pieces, SCALING) || (extra && findCue(pieces, extra))) return;
    // A risk section that holds only a placeholder ("Fylles inn.") is placeholder-text's alone (catalogue E).
    if (pieces.length > 0 && pieces.every((p) => findPlaceholders(p.text).length > 0)) return;
    const section = roots[0];
    context.report({
      messageId: 'unaddressed',
      data: { heading: section.heading.text.trim() },
      ...headingRange(section),
      fix: appendBlock(doc, section, templateLines('T8', context.lang), context.text('fix')),
    });
  },
});
