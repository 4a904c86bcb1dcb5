// The document outline: sections as nested symbols, each with the scaling facets its heading matches in `detail`.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FACET_INFO } from '../model/facets';
import type { ViewSection } from './lint-job';
import type { LintEntry } from './linting';

export function documentSymbols(doc: TextDocument, entry: LintEntry): DocumentSymbol[] | null {
  if (!entry.model || entry.version !== doc.version) return null;
  const { doc: proposal, shift } = entry.model;
  const toSymbol = (s: ViewSection): DocumentSymbol => {
    const symbol: DocumentSymbol = {
      name: s.heading.text.trim() || '#'.repeat(s.heading.depth),
      kind: SymbolKind.String,
      range: { start: doc.positionAt(s.heading.start + shift), end: doc.positionAt(s.end + shift) },
      selectionRange: { start: doc.positionAt(s.heading.start + shift), end: doc.positionAt(s.heading.end + shift) },
      children: s.children.map(toSymbol),
    };
    if (s.facets.length) symbol.detail = s.facets.map((f) => FACET_INFO[f].title[entry.lang]).join(', ');
    return symbol;
  };
  return proposal.outline.map(toSymbol);
}
