// Goal and objective sections that set the pilot's measurable targets: catalogue E reads success criteria there.
import type { Proposal, Section } from '../types';
import { SHARED_WORDS } from '../../server/src/model/lexicon';
import { detectorRegex } from '../../server/src/model/match';
import { scopeBlocks } from './scope';

/** Objectives and goals headings (Objectives, Goals for the pilot, Mål, Resultatmål, Formål), at the heading's start. */
export const OBJECTIVES_HEADING = new RegExp(`^(?:${SHARED_WORDS.objective_headings})(?:\\s|$)`, 'u');
/** An item that states a target or a comparison: "≥ 80 %", "at least 20 minutes", "from 118 to 70 a week". */
export const statedTarget = detectorRegex(SHARED_WORDS.stated_target);

const cache = new WeakMap<Proposal, Section[]>();

/**
 * The objectives and goals sections that set at least one measurable target, outermost only and outside the
 * success sections: a section that sets measurable targets for the pilot is where its success criteria are set.
 */
export function targetSections(doc: Proposal): Section[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const goals = doc.sections.filter(
    (s) =>
      OBJECTIVES_HEADING.test(s.heading.normalized) &&
      !s.facets.includes('success') &&
      !ancestors(s).some((p) => p.facets.includes('success')) &&
      scopeBlocks(doc, [s]).some((b) => b.kind !== 'heading' && b.kind !== 'tableHeader' && statedTarget.test(b.text)),
  );
  const out = goals.filter((s) => !ancestors(s).some((p) => goals.includes(p)));
  cache.set(doc, out);
  return out;
}

function ancestors(s: Section): Section[] {
  const out: Section[] = [];
  for (let p = s.parent; p; p = p.parent) out.push(p);
  return out;
}
