// Hostile input: every CommonMark spec example and junk files lint without a crash and with ranges inside the file.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { lint } from '../server/src/core/lint';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { chunkStarts, parseChunk, parseMarkdown } from '../server/src/model/parse';
import type { Finding } from '../rules/types';

const require = createRequire(import.meta.url);
const spec = require('commonmark-spec') as { tests: { markdown: string; example: number; section: string }[] };

function checkRanges(text: string, findings: Finding[]): string[] {
  const bad: string[] = [];
  for (const f of findings) {
    if (f.ruleId === 'internal-error') bad.push(f.message);
    if (!(f.start >= 0 && f.end >= f.start && f.end <= text.length)) bad.push(`${f.ruleId} ${f.start}-${f.end} of ${text.length}`);
    // A range must not split a surrogate pair (an emoji) or a CRLF.
    for (const at of [f.start, f.end]) {
      const c = text.charCodeAt(at);
      if (at > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) bad.push(`${f.ruleId} splits a surrogate pair at ${at}`);
    }
    for (const e of f.fix?.edits ?? []) if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) bad.push(`${f.ruleId} fix ${e.start}-${e.end}`);
  }
  return bad;
}

describe('CommonMark spec examples', () => {
  it(`lints all ${spec.tests.length} examples without a crash or a range outside the file`, () => {
    const problems: string[] = [];
    for (const t of spec.tests) {
      for (const text of [t.markdown, `---\ntype: pilot-proposal\n---\n${t.markdown}`, `\uFEFF${t.markdown.replace(/\n/g, '\r\n')}`]) {
        const bad = checkRanges(text, lint(text).findings);
        if (bad.length) problems.push(`example ${t.example} (${t.section}): ${bad.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('hostile documents', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only a BOM', '\uFEFF'],
    ['only front matter', '---\ntitle: x\n---'],
    ['unclosed front matter', '---\ntitle: x\nowner: y\n# Heading\n'],
    ['broken YAML', '---\ntitle: "unclosed\nowner: [a, b\n---\n# T\n\n## Exit plan\n\nTBD\n'],
    ['YAML list as front matter', '---\n- a\n- b\n---\n# T\n'],
    ['YAML alias bomb', `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n# T\n`],
    ['binary junk', Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['NUL bytes and lone surrogates', '# T\u0000\n\n## Exit plan \uD800\n\nx\uDC00 TODO\n'],
    ['deep block quote nesting', `${'>'.repeat(2000)} deep\n`],
    ['deep list nesting', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
    ['deep emphasis nesting', `${'*'.repeat(3000)}x${'*'.repeat(3000)}`],
    ['CRLF, BOM, emoji, no trailing newline', '\uFEFF---\r\ntitle: 🚀 Pilot\r\n---\r\n# 🚀 Pilot 👩‍⚕️\r\n\r\n## Exit plan 🧭\r\n\r\nTBD 👍'],
    ['lone CR line endings', '# T\r\r## Exit plan\r\rTODO\r'],
    ['headings only', Array.from({ length: 3000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} H${i}`).join('\n')],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const result = lint(text);
      expect(checkRanges(text, result.findings)).toEqual([]);
    });
  }

  it('lints a 1 MB proposal', () => {
    const section = '## Exit plan\n\nThe committee decides on 2026-10-15. TBD.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n';
    const text = `---\ntitle: Big\n---\n# Big\n\n${section.repeat(Math.ceil(1_000_000 / section.length))}`;
    const result = lint(text);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(checkRanges(text, result.findings)).toEqual([]);
  });
});

describe('chunked parsing', () => {
  /** One remark parse of the whole text, the reference every chunked parse is held to. */
  const whole = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  /** The top-level blocks with their offsets and start lines. */
  const shape = (root: { children: { type: string; position?: { start: { offset?: number; line: number }; end: { offset?: number } } }[] }) =>
    root.children.map((c) => `${c.type}@${c.position?.start.offset}-${c.position?.end.offset}:${c.position?.start.line}`);

  it('leaves a long blank tail out of the parse and still gives the tree of one parse, over every CommonMark example', () => {
    const crafted = ['- a\n  - b\n    - c\n', '> a\n> - b\n', '1. a\n\n   b\n', '```\ncode\n', '    indented\n', '<div>\nx\n', 'a\r\n- b\r\n', 'a\r- b\r', '| a |\n|---|\n| b |\n'];
    const docs = [...spec.tests.map((t) => t.markdown), ...crafted];
    const tails = ['\n'.repeat(12), '   \n'.repeat(6), '  \r\n\t\r\n'.repeat(4), ' \r'.repeat(10)];
    const differ: string[] = [];
    docs.forEach((d, i) => {
      const text = d + tails[i % tails.length];
      // A tail of 8 characters counts as long here, so every example takes the shortened path where it can.
      if (JSON.stringify(parseChunk(text, 8)) !== JSON.stringify(whole.parse(text))) differ.push(JSON.stringify(text.slice(0, 60)));
    });
    expect(differ).toEqual([]);
  });

  it('gives the same top-level blocks as one remark parse over all CommonMark examples joined by headings', () => {
    const text = spec.tests.map((t) => `# Example ${t.example}\n\n${t.markdown}`).join('\n');
    const expected = shape(whole.parse(text) as never);
    expect(expected.length).toBeGreaterThan(600);
    // Cutting before every eligible heading is the hardest case for the chunker.
    expect(chunkStarts(text, 0).length).toBeGreaterThan(200);
    expect(shape(parseMarkdown(text, 0) as never)).toEqual(expected);
    expect(shape(parseMarkdown(text) as never)).toEqual(expected);
  });

  it('counts a lone CR as a line ending when it shifts a chunk, as one parse does (and CRLF once)', () => {
    const lf = spec.tests.slice(0, 150).map((t) => `# Example ${t.example}\n\n${t.markdown}`).join('\n');
    for (const eol of ['\r', '\r\n']) {
      const text = lf.replace(/\n/g, eol);
      expect(chunkStarts(text, 0).length).toBeGreaterThan(50);
      expect(shape(parseMarkdown(text, 0) as never), JSON.stringify(eol)).toEqual(shape(whole.parse(text) as never));
    }
  });

  it('cut at every blank-line block start, still gives the top-level blocks of one parse over all CommonMark examples', () => {
    // Examples joined by blank lines and a plain line, so lists, quotes, fences and HTML blocks run into what follows.
    const text = spec.tests.map((t) => `${t.markdown}\n\nExample ${t.example} ends.\n`).join('\n');
    const expected = shape(whole.parse(text) as never);
    // A soft cut after every character: the hardest case for the rule that decides where a block may start.
    expect(chunkStarts(text, 0, 1).length).toBeGreaterThan(400);
    expect(shape(parseMarkdown(text, 0, 1) as never)).toEqual(expected);
    for (const t of ['Title\n-----\n\nText.\n\n', '1. Part\n\nBody.\n\n', 'Text[^1].\n\n[^1]: Note\n    more\n\n', '- a\n\n  b\n\nc\n\n', '> q\n\n> r\n\n']) {
      const long = t.repeat(50);
      expect(shape(parseMarkdown(long, 0, 1) as never), t).toEqual(shape(whole.parse(long) as never));
    }
  });

  it('cuts before column-0 comments and still gives the tree of one parse after paragraphs, lists, quotes and tables', () => {
    const before = ['para\n', '- a\n  b\n', '> quote\n', '| a | b |\n|---|---|\n| c | d |\n', '[foo]: /url "title\n', 'Title\n', '*emph\n', '1. a\n\n'];
    const text = before.map((b) => `${b}<!-- pilotlint-disable placeholder-text -->\n===\nrest" end*\n\n`).join('');
    // The start, and one cut before each comment.
    expect(chunkStarts(text, 0)).toHaveLength(before.length + 1);
    expect(JSON.stringify(parseMarkdown(text, 0))).toBe(JSON.stringify(whole.parse(text)));
  });
});
