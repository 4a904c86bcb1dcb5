// Shared check for the "<facet>-missing" rules: a matching heading or a front-matter pointer satisfies presence.
import type { Facet, RuleContext, TemplateId } from '../types';

/**
 * Reports `messageId` on the document anchor with a template fix when no section of the facet exists and no
 * front-matter key in `pointers` names where it lives (e.g. `exit_plan: annex-b.md`).
 */
export function checkPresence(
  context: RuleContext,
  facet: Facet,
  pointers: readonly string[],
  template: TemplateId,
  messageId = 'missing',
): boolean {
  const { doc } = context;
  if (doc.sectionsFor(facet).length > 0) return true;
  const data = doc.frontMatter?.data;
  if (data && pointers.some((k) => typeof data[k] === 'string' && (data[k] as string).trim() !== '')) return true;
  context.report({
    messageId,
    ...context.missingAnchor(),
    documentLevel: true,
    fix: context.insertTemplate(template),
  });
  return false;
}
