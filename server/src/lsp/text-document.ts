// The server's documents, kept in step with the client's edits, with a line table that stays right across edits; and a
// lint result's text as a document over the line table the lint already built.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { LineIndex } from '../model/lines';

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

/**
 * The text a lint result was made from, as a TextDocument whose positions come from `lines`, the index the lint built
 * (the worker sends its line starts with the result). A TextDocument.create here built its line table on the main
 * thread at the first hover after every re-lint, a pass over the whole text (about 1 ms at 100 KB, 7 ms at 1 MB) that
 * a hover typed during the next edit waited for. Same answers as TextDocument (test/text-document.test.ts).
 */
export function indexedDocument(uri: string, languageId: string, version: number, text: string, lines: LineIndex): TextDocument {
  return {
    uri,
    languageId,
    version,
    lineCount: lines.lineCount,
    getText: (range) => (range ? text.substring(lines.lspOffset(range.start), lines.lspOffset(range.end)) : text),
    positionAt: (offset) => lines.lspPosition(offset),
    offsetAt: (position) => lines.lspOffset(position),
  };
}
