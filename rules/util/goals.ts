// Goal and objective sections that set the pilot's measurable targets: catalogue E reads success criteria there.
import type { Proposal, Section, TextBlock } from '../types';
import { RULE_WORDS, SHARED_WORDS } from '../../server/src/model/lexicon';
import { detectorRegex, termsRegex } from '../../server/src/model/match';
import { scopeBlocks, tableCells } from './scope';
import { findPlaceholders } from './placeholders';

/**
 * Objectives and goals headings (Objectives, Goals for the pilot, Mål, Resultatmål, Formål), at the heading's start or
 * joined after another topic: *Resultat så langt og mål for forlenginga*, "Progress and objectives" (trust12 nn).
 */
export const OBJECTIVES_HEADING = new RegExp(`(?:^|\\s(?:og|and)\\s)(?:${SHARED_WORDS.objective_headings})(?:\\s|$)`, 'u');
/** An item that states a target or a comparison: "≥ 80 %", "at least 20 minutes", "from 118 to 70 a week". */
export const statedTarget = detectorRegex(SHARED_WORDS.stated_target);

const BASELINE_COLUMN = new RegExp(RULE_WORDS['success-criteria-missing'].baseline_column, 'iu');
const TARGET_COLUMN = termsRegex(RULE_WORDS['success-criteria-missing'].target_column, 'iu', false);

/** A table header with both a baseline and a target column: the table holds success criteria, whatever its heading. */
export function isCriteriaHeader(b: TextBlock): boolean {
  if (b.kind !== 'tableHeader') return false;
  const cells = tableCells(b).map((c) => c.text.replace(/\([^)]*\)/g, ' ').replace(/[*_`]/g, '').trim());
  return cells.some((c) => BASELINE_COLUMN.test(c)) && cells.some((c) => TARGET_COLUMN.test(c));
}

const cache = new WeakMap<Proposal, Section[]>();

/**
 * The objectives and goals sections that set at least one measurable target (an item stating a target or a
 * comparison, or a table with baseline and target columns), outermost only and outside the
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
      scopeBlocks(doc, [s]).some((b) => isCriteriaHeader(b) || (b.kind !== 'heading' && b.kind !== 'tableHeader' && statedTarget.test(b.text))),
  );
  const out = goals.filter((s) => !ancestors(s).some((p) => goals.includes(p)));
  cache.set(doc, out);
  return out;
}

/**
 * An objectives or goals section whose content is only a template slot ("<INSERT – DETAILS of SMART objectives>"):
 * the place for the criteria exists and is unfilled, which is placeholder-text's concern alone (catalogue E).
 */
export function hasPlaceholderGoals(doc: Proposal): boolean {
  return doc.sections.some((s) => {
    if (!OBJECTIVES_HEADING.test(s.heading.normalized) && !s.facets.includes('success')) return false;
    const content = scopeBlocks(doc, [s]).filter((b) => b.kind !== 'heading');
    return content.length > 0 && content.every((b) => findPlaceholders(b.text).length > 0);
  });
}

function ancestors(s: Section): Section[] {
  const out: Section[] = [];
  for (let p = s.parent; p; p = p.parent) out.push(p);
  return out;
}
