// The server's documents, kept in step with the client's edits, with a line table that stays right across edits.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * vscode-languageserver-textdocument updates its line table from the changed text alone, so an edit that joins a
 * "\r" and a "\n" across its boundary (typing "\r" before a line break) leaves two line breaks where the text has one
 * "\r\n", and every position below it is off by a line. Such an edit rebuilds the document from its text.
 */
export const lineSafeTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const joins = changes.some((c) => {
      if (!('range' in c)) return false;
      const start = document.offsetAt(c.range.start);
      const end = document.offsetAt(c.range.end);
      const text = document.getText();
      const before = text[start - 1];
      const after = text[end];
      const first = c.text[0] ?? after;
      const last = c.text[c.text.length - 1] ?? before;
      return (before === '\r' && first === '\n') || (last === '\r' && after === '\n');
    });
    const updated = TextDocument.update(document, changes, version);
    return joins ? TextDocument.create(updated.uri, updated.languageId, version, updated.getText()) : updated;
  },
};
