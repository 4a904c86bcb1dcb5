// The parser skips GFM's autolink-literal pass only on text where that pass cannot change the tree.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { processorFor } from '../server/src/model/parse';

const require = createRequire(import.meta.url);
const spec = require('commonmark-spec') as { tests: { markdown: string }[] };

const full = processorFor('@');
const skipping = processorFor('plain text');
const tree = (p: typeof full, text: string): string => JSON.stringify(p.parse(text));

describe('autolink-literal pass', () => {
  it('runs wherever an autolink literal can be', () => {
    for (const text of ['see www.example.no', 'https://x.no/TODO', 'ole@example.no', 'www&#46;x.no', 'mailto:a\\@b.no', 'WWW.X.NO', 'a://b']) {
      expect(processorFor(text)).toBe(full);
    }
  });

  it('is really left out of the other parser, so the skip saves its cost', () => {
    expect(skipping).not.toBe(full);
    // Micromark links most literals itself; the pass adds those it leaves, e.g. after a quote or inside emphasis. Given
    // such text, the parser without the pass gives another tree: the pass was found and removed.
    for (const text of ['See "www.example.no".', 'Mail _ole@example.no_ today.', 'ole&#64;example.no']) {
      expect(tree(skipping, text)).not.toBe(tree(full, text));
    }
  });

  it('gives the same tree as the full parser on every CommonMark example it skips', () => {
    const skipped = spec.tests.filter((t) => processorFor(t.markdown) === skipping);
    expect(skipped.length).toBeGreaterThan(300);
    for (const t of skipped) expect(tree(skipping, t.markdown)).toBe(tree(full, t.markdown));
  });

  it('gives the same tree as the full parser on random Markdown it skips', () => {
    // Near misses of the patterns ("ww.w", "http:/", "a_b.no"): `@`, `&` and `\\` always select the full parser.
    const alphabet = [...'ww.w:/htps*_[]()<>`|-!~"\'#\n\n  mx1', 'www', 'http', 'ww.', '](', '| a |', '.no', '_x_'];
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        if (processorFor(text) !== skipping) return;
        checked++;
        expect(tree(skipping, text)).toBe(tree(full, text));
      }),
      { numRuns: 1000 },
    );
    expect(checked).toBeGreaterThan(300);
  });
});
