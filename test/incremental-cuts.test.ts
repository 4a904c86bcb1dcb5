// The chunk layout an incremental parse reuses (cuts, lines, texts of chunks an edit left alone) equals a fresh scan's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkCache } from '../server/src/model/chunk-cache';
import { chunkStarts, parseMarkdown, parseMarkdownSteps } from '../server/src/model/parse';
import { drain } from '../server/src/model/steps';

/** Small soft cuts, so a few pieces already hold blank-line cuts as a long section does at SOFT_CUT. */
const SOFT = 40;

const PIECES = [
  '---\ntitle: Fall sensors\n---\n',
  '# Fall sensors in care homes\n\n',
  '## Exit plan\n\nThe municipal director decides on 2027-03-01 whether the service continues.\n\n',
  '### Risks\n\nSensors may fail at night.\n\nA second paragraph, long enough to pass a soft cut.\n\n',
  '```\n## Exit plan inside code\n\nStill code.\n```\n\n',
  '<!-- pilotlint-disable placeholder-text -->\n',
  '<!--\n## in a comment\n-->\n\n',
  '<div>\n# in html\n</div>\n\n',
  '| metric | baseline |\n|---|---|\n| falls | TBD |\n\n',
  '- item one\n- item two\n\n  continued item\n\n',
  'Plain paragraph.\r\n\r\nAnother one with CRLF.\r\n\r\n',
  'Lone CR line.\rNext.\r\r',
];
const SNIPPETS = ['\n## New\n', '# ', '```', '\n```\n', '~~~\n', '<!-- ', ' -->', '<div>', '\n\n', '\n', '\r\n', 'x', '---\n', '- '];

const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((ps) => ps.join(''));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 30 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
});

function apply(text: string, e: { at: number; del: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

/** 1-based line of each offset, counted as CommonMark does (LF, CRLF once, lone CR). */
function lineOf(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g) ?? []).length + 1;
}

/** Parses `text` through `cache` and checks the layout it keeps and the tree against a fresh parse. */
function parseAndCheck(text: string, cache: ChunkCache): void {
  const tree = drain(parseMarkdownSteps(text, cache, 0, SOFT));
  const layout = cache.layout;
  // The whole text parsed at once (a cut inside an open block) keeps no layout.
  if (layout) {
    const cuts = chunkStarts(text, 0, SOFT);
    expect(layout.cuts).toEqual(cuts);
    expect(layout.texts).toEqual(cuts.map((c, i) => text.slice(c, cuts[i + 1] ?? text.length)));
    expect(layout.lines).toEqual(cuts.map((c) => lineOf(text, c)));
  }
  expect(JSON.stringify(tree)).toBe(JSON.stringify(parseMarkdown(text, 0, SOFT)));
}

describe('incremental chunk layout', () => {
  it('gives the cuts, lines and tree of a fresh parse after every edit of a random sequence', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 5 }), (start, edits) => {
        const cache = new ChunkCache();
        let text = start;
        parseAndCheck(text, cache);
        for (const e of edits) {
          text = apply(text, e);
          parseAndCheck(text, cache);
        }
      }),
      { numRuns: 1000 },
    );
  });

  const base = ['# Title\n\n', '## A\n\nAlpha one.\n\nAlpha two.\n\n', '## B\n\nBeta.\n\n', '## C\n\nGamma one.\n\nGamma two.\n\n', '## D\n\nDelta.\n'].join('');

  it('re-cuts only around an edit inside one chunk and keeps the other chunks\u2019 text strings', () => {
    const cache = new ChunkCache();
    parseAndCheck(base, cache);
    const before = cache.layout!;
    parseAndCheck(base.replace('Beta.', 'Beta, more.'), cache);
    const after = cache.layout!;
    const b = before.texts.findIndex((t) => t.startsWith('## B'));
    expect(after.cuts.length).toBe(before.cuts.length);
    // Same strings, not equal copies: the chunk cache's lookups by them compare pointers.
    for (let i = 0; i < before.texts.length; i++) if (i !== b) expect(after.texts[i]).toBe(before.texts[i]);
  });

  it('follows an edit that crosses a chunk boundary', () => {
    const cache = new ChunkCache();
    parseAndCheck(base, cache);
    parseAndCheck(base.replace('Beta.\n\n## C\n\nGamma one.', 'Beta, Gamma one.'), cache);
    parseAndCheck(base, cache);
  });

  it('adds a cut for a typed heading and drops it when the heading goes', () => {
    const cache = new ChunkCache();
    parseAndCheck(base, cache);
    const n = cache.layout!.cuts.length;
    const added = base.replace('Beta.\n', 'Beta.\n\n## B2\n\nMore.\n');
    parseAndCheck(added, cache);
    expect(cache.layout!.cuts.length).toBe(n + 1);
    parseAndCheck(base, cache);
    expect(cache.layout!.cuts.length).toBe(n);
  });

  it('drops the cuts a typed fence swallows and restores them when it closes', () => {
    const cache = new ChunkCache();
    parseAndCheck(base, cache);
    const open = base.replace('Beta.\n', 'Beta.\n\n```\n');
    parseAndCheck(open, cache);
    expect(cache.layout!.cuts.some((c) => c > open.indexOf('```'))).toBe(false);
    parseAndCheck(open.replace('## D', '```\n\n## D'), cache);
    parseAndCheck(base, cache);
  });

  it('scans the whole text when the edit is in the front matter or the first chunk', () => {
    const cache = new ChunkCache();
    const withFm = `---\ntitle: x\n---\n${base}`;
    parseAndCheck(withFm, cache);
    parseAndCheck(withFm.replace('title: x', 'title: y\n## not a heading'), cache);
    parseAndCheck(withFm.replace('---\ntitle', '--\ntitle'), cache);
  });
});
