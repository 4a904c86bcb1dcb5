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
    // One change at a time: each change's range is in the text as the changes before it left it.
    let joins = false;
    let doc = document;
    for (const c of changes) {
      if ('range' in c) {
        const text = doc.getText();
        const start = doc.offsetAt(c.range.start);
        const end = doc.offsetAt(c.range.end);
        const first = c.text[0] ?? text[end];
        const last = c.text[c.text.length - 1] ?? text[start - 1];
        joins ||= (text[start - 1] === '\r' && first === '\n') || (last === '\r' && text[end] === '\n');
      }
      doc = TextDocument.update(doc, [c], version);
    }
    return joins ? TextDocument.create(doc.uri, doc.languageId, version, doc.getText()) : doc;
  },
};
