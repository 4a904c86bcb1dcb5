// Placeholders found with the text cut into pieces (per-piece matches kept in the memo) equal one scan of the whole
// text: the cuts are speed only, wherever they fall and whatever the memo holds from an earlier version.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaceholders } from '../rules/util/placeholders';
import { TextMemo, withMemo } from '../server/src/model/memo';

// Placeholders of every pattern, halves of the ones that span lines, and the text around them that their checks read.
const fragments = [
  'TBD', 'tbd', 'TODO', 'Todo:', 'FIXME', 'XXX', 'xx kr', 'kr xx', 'TBC', '???', 'Why???', '{{', '}}', '{{name}}', '<name>',
  '<title>', '</title>', '<br>', '[insert', ' name]', '[Insert date]', 'lorem ipsum', 'avklares', 'avklares senere',
  'fylles inn', 'kommer senere', ' i rapporten', 'ikke avklart', 'avklarast', 'kjem seinare', '202X', '20XX',
  '<INSERT – DPIA', ' REFERENCE>', '£xx', '$XX.XX', 'GBP ', 'x,xxx', '[Organisation name]', '[Navn]', '](<annex b>)', 'Budget: ', '| ', ' |', '- ', '> ',
  '## Heading', 'Setext', '===', ' ', '.', ':', 'æøå', '漢字', '\n', '\n', '\n', '\r\n', '\n\n',
];
const text = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));

const key = (hits: ReturnType<typeof findPlaceholders>): string[] => hits.map((h) => `${h.start}-${h.end}:${h.text}`);
const never = (): boolean => false;

describe('findPlaceholders with cuts', () => {
  it('finds what one scan of the whole text finds, for cuts anywhere (off line starts they are dropped)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (t, raw) => {
        const cuts = [...new Set(raw.map((n) => n % (t.length + 1)))].sort((a, b) => a - b);
        expect(key(findPlaceholders(t, never, cuts))).toEqual(key(findPlaceholders(t, never)));
      }),
      { numRuns: 1000 },
    );
  });

  it('cut at every line start, through one memo across edits, still equals the whole scan', () => {
    const memo = new TextMemo();
    fc.assert(
      fc.property(text, (t) => {
        const cuts = [...t.matchAll(/(?<=\r\n|\n|\r)/g)].map((m) => m.index);
        const got = withMemo(memo, () => findPlaceholders(t, never, cuts));
        memo.commit();
        expect(key(got)).toEqual(key(findPlaceholders(t, never)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the random text reaches placeholders (the comparison is not vacuous)', () => {
    const found = fc.sample(text, { numRuns: 200, seed: 1 }).filter((t) => findPlaceholders(t, never).length > 0);
    expect(found.length).toBeGreaterThan(100);
  });
});
