// Completes a heading being typed at line start with the templates of the facets the proposal still lacks.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TemplateId } from '../../../rules/types';
import { CANONICAL_ORDER, TEMPLATE_FACET, TEMPLATE_TITLE, renderTemplate } from '../../../rules/util/templates';
import { FACET_INFO } from '../model/facets';
import { lineEnding } from '../model/lines';
import type { LintEntry } from './linting';

const TEMPLATES = Object.keys(TEMPLATE_FACET) as TemplateId[];

/** `entry` may be a version behind `doc` (the heading is being typed): it only tells which sections are missing. */
export function completeHeading(doc: TextDocument, entry: LintEntry, position: Position): CompletionItem[] | null {
  if (!entry.model) return null;
  const lineStart = { line: position.line, character: 0 };
  const before = doc.getText({ start: lineStart, end: position });
  const typed = /^(#{1,6})(?:[ \t]+[^#]*)?$/.exec(before);
  if (!typed) return null;
  const depth = typed[1].length;
  const lineText = doc.getText({ start: lineStart, end: { line: position.line + 1, character: 0 } });
  const lineEnd = { line: position.line, character: lineText.replace(/\r?\n$|\r$/, '').length };
  const proposal = entry.model.doc;
  const eol = lineEnding(entry.text);
  const missing = TEMPLATES.filter((t) => proposal.sectionsFor(TEMPLATE_FACET[t]).length === 0);
  return missing.map((id): CompletionItem => {
    const title = TEMPLATE_TITLE[id][entry.lang];
    const text = renderTemplate(id, entry.lang, depth, eol, proposal.shiftCare).replace(/\r?\n$/, '');
    return {
      label: title,
      kind: CompletionItemKind.Snippet,
      detail: `pilotlint ${id}: ${FACET_INFO[TEMPLATE_FACET[id]].what[entry.lang]}`,
      documentation: { kind: 'markdown', value: '```markdown\n' + text.replace(/\r\n/g, '\n') + '\n```' },
      filterText: `${typed[1]} ${title}`,
      sortText: String(CANONICAL_ORDER.indexOf(TEMPLATE_FACET[id])).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: { start: lineStart, end: lineEnd }, newText: text },
    };
  });
}
