// empty-section: a heading with no content before the next heading of the same or higher level.
import type { RootContent } from 'mdast';
import { defineRule } from '../util/define';

/** Nodes that are not content (rumdl MD082, remark-lint-no-empty-sections): comments, link definitions, `---`. */
function isFiller(node: RootContent): boolean {
  if (node.type === 'definition' || node.type === 'thematicBreak') return true;
  return node.type === 'html' && node.value.replace(/<!--[^]*?(?:-->|$)/g, '').trim() === '';
}

/**
 * A deck's closing slide ("Questions?", *Spørsmål?*, "Thank you", *Takk for oppmerksomheten*) is a prompt to the room,
 * not a section left unwritten; it is read so only as the document's last heading (trust24 nn).
 */
const CLOSING = /^(?:(?:any )?questions|q ?& ?a|thank you|thanks|spørsmål(?: og svar)?|takk(?: for (?:oppmerksomheten|merksemda|meg))?)[?!.]*$/iu;

export default defineRule({
  meta: {
    id: 'empty-section',
    description: {
      en: 'A section heading needs content: an empty section reads as a plan that was never written.',
      nb: 'En overskrift trenger innhold: en tom seksjon leses som en plan som aldri ble skrevet.',
    },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    empty: {
      en: 'Section "{heading}" is empty: write what it should say, or remove the heading.',
      nb: 'Seksjonen «{heading}» er tom: skriv innholdet, eller fjern overskriften.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    const nodes = doc.tree.children;
    let i = 0;
    for (const section of doc.sections) {
      // A parent whose content is only subsections is fine; its subsections are checked on their own.
      if (section.children.length > 0) continue;
      while (i < nodes.length && (nodes[i].position?.start.offset ?? -1) < section.heading.start) i++;
      let hasContent = false;
      for (let j = i + 1; j < nodes.length; j++) {
        const node = nodes[j];
        if (node.type === 'heading') break;
        if (!isFiller(node)) {
          hasContent = true;
          break;
        }
      }
      if (!hasContent && section === doc.sections[doc.sections.length - 1] && CLOSING.test(section.heading.text.trim())) continue;
      if (!hasContent) {
        context.report({
          messageId: 'empty',
          data: { heading: section.heading.text || '#'.repeat(section.heading.depth) },
          start: section.heading.start,
          end: section.heading.end,
        });
      }
    }
  },
});
