// The server's documents keep a right line table when an edit joins "\r" and "\n" (the library's update does not), and a
// lint result's document over the lint's line index answers as a TextDocument would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../server/src/model/lines';
import { indexedDocument, lineSafeTextDocument } from '../server/src/lsp/text-document';

const lineTable = (d: TextDocument): number[] => Array.from({ length: d.lineCount }, (_, i) => d.offsetAt({ line: i, character: 0 }));

describe('lineSafeTextDocument', () => {
  it('typing "\\r" before a line break gives one line break, as a fresh document has it', () => {
    const make = (): TextDocument => TextDocument.create('file:///a.md', 'markdown', 1, '\n# h\n');
    const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\r' };
    // The library's own update (which changes the document it is given): one line too many.
    expect(TextDocument.update(make(), [change], 2).lineCount).toBe(4);
    const safe = lineSafeTextDocument.update(make(), [change], 2);
    expect(safe.lineCount).toBe(3);
    expect(safe.positionAt(2)).toEqual({ line: 1, character: 0 });
  });

  it('reads each change of one event against the text the changes before it left', () => {
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, 'ab\n# h\n');
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    // The first change removes "ab", so the second one's (0,0) is just before the "\n".
    const changes = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' }, { range: at(0, 0), text: '\r' }];
    const safe = lineSafeTextDocument.update(doc, changes, 2);
    expect(safe.getText()).toBe('\r\n# h\n');
    expect(safe.lineCount).toBe(3);
  });

  it('after any edits of line-break characters, positions equal those of a document made from the text', () => {
    const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', 'bc', '# h', '🚀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), text: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) }), { minLength: 1, maxLength: 6 }), (initial, edits) => {
        let doc = TextDocument.create('file:///a.md', 'markdown', 1, initial.join(''));
        for (const e of edits) {
          const length = doc.getText().length;
          const start = e.at % (length + 1);
          const range = { start: doc.positionAt(start), end: doc.positionAt(Math.min(length, start + e.remove)) };
          doc = lineSafeTextDocument.update(doc, [{ range, text: e.text }], doc.version + 1);
          const fresh = TextDocument.create('file:///a.md', 'markdown', doc.version, doc.getText());
          expect(lineTable(doc)).toEqual(lineTable(fresh));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('indexedDocument', () => {
  it('gives the positions, offsets, ranges and line count of TextDocument, also from line starts sent as a typed array', () => {
    const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', 'bc', '# h', '🚀', '');
    const spot = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(spot, { maxLength: 6 }), fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 6 }), (pieces, spots, offsets) => {
        const text = pieces.join('');
        const expected = TextDocument.create('file:///a.md', 'markdown', 3, text);
        const sent = new LineIndex(text, new LineIndex(text).lineStarts());
        for (const doc of [indexedDocument('file:///a.md', 'markdown', 3, text, new LineIndex(text)), indexedDocument('file:///a.md', 'markdown', 3, text, sent)]) {
          expect(doc.lineCount).toBe(expected.lineCount);
          expect(doc.getText()).toBe(text);
          for (const p of spots) expect(doc.offsetAt(p)).toBe(expected.offsetAt(p));
          for (const o of offsets) expect(doc.positionAt(o)).toEqual(expected.positionAt(o));
          for (let i = 0; i + 1 < spots.length; i++) {
            const range = { start: spots[i], end: spots[i + 1] };
            expect(doc.getText(range)).toBe(expected.getText(range));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
