// Property-based fuzzing: random Markdown and proposals from the lexicon, random configs, random edits through the server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection } from 'vscode-languageserver/node';
import type { Finding } from '../rules/types';
import { RULES } from '../rules/index';
import { fixAll } from '../server/src/core/fixes';
import { lint } from '../server/src/core/lint';
import { isProposalFile } from '../server/src/core/select';
import { OUTCOMES, PLACEHOLDER_PATTERNS, ROLES, SECTION_SYNONYMS } from '../server/src/model/lexicon';
import { loadConfigFile, validateConfig } from '../server/src/node/config-files';
import { parseSettings } from '../server/src/lsp/settings';
import { createServer } from '../server/src/lsp/server';
import { TestClient } from './util/lsp-client';

/** `npm run fuzz` sets FUZZ_RUNS for a long run; `npm test` keeps each property to a few seconds. */
const scale = Number(process.env.FUZZ_RUNS ?? 0);
const runs = (quick: number): number => (scale > 0 ? Math.max(quick, Math.round((scale * quick) / 40)) : quick);
const TIMEOUT = scale > 0 ? 0 : 60000;
/** Longest any one server request may take before the run counts as a hang (a hang detector, not a speed target). */
const ANSWER_BOUND_MS = 15000;
/**
 * Long synchronous properties give the event loop a turn every half second: a worker that stays busy for a minute
 * without one misses vitest's RPC deadline ("Timeout calling onTaskUpdate"), which fails a long FUZZ_RUNS run that passed.
 */
let lastTurn = Date.now();
async function turn(): Promise<void> {
  if (Date.now() - lastTurn < 500) return;
  await new Promise((done) => setImmediate(done));
  lastTurn = Date.now();
}

const spec = (createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string }[] }).tests.map((t) => t.markdown);
const words = (lists: { en: readonly string[]; nb: readonly string[] }[]): string[] => lists.flatMap((l) => [...l.en, ...l.nb]);
const HEADINGS = words(Object.values(SECTION_SYNONYMS));
const BODY_WORDS = [
  ...words(Object.values(ROLES)),
  ...words([OUTCOMES.soft, OUTCOMES.hard]),
  ...PLACEHOLDER_PATTERNS.filter((p) => /^[\p{L} ]+$/u.test(p)),
  'TBD', '{{owner}}', '2026-03-01', '15. mars 2027', 'Q4 2026', '30 %', 'kommunedirektøren', 'DPIA', 'ROS', '🚀', '👩‍⚕️', '试点项目', 'ﬁ', '\u200d', 'Ærlig', 'é',
];

const word = fc.constantFrom(...BODY_WORDS, 'the', 'and', 'og', 'skal', 'will', 'by', 'før', '.', ',', ':');
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...HEADINGS), fc.constantFrom('', '3.2 ', 'Del 4: ', '📊 ')).map(([d, h, pre]) => `${'#'.repeat(d)} ${pre}${h}`);
const list = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), sentence, fc.constantFrom('- ', '* ', '1. ', '- [ ] ')), { minLength: 1, maxLength: 6 }).map((items) =>
  items.map(([depth, s, marker]) => `${'  '.repeat(depth)}${marker}${s}`).join('\n'),
);
const table = fc.array(fc.array(sentence, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) => {
  const width = rows[0].length;
  const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [row(rows[0]), `|${'---|'.repeat(width)}`, ...rows.slice(1).map(row)].join('\n');
});
const directive = fc.constantFrom(
  '<!-- pilotlint-disable-next-line placeholder-text -->',
  '<!-- pilotlint-disable exit-plan-missing -->',
  '<!-- pilotlint-enable -->',
  '<!-- pilotlint-disable-file no-such-rule -->',
);
const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 2, arbitrary: fc.constantFrom(...spec) },
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc
    .record(
      {
        title: sentence,
        organisation: sentence,
        pilot_start: fc.constantFrom('2026-01-05', '2026-13-40', 'TBD'),
        pilot_end: fc.constantFrom('2026-12-31', '2025-01-01', ''),
        owner: fc.record({ role: fc.constantFrom(...words([ROLES.operational, ROLES.frontline])), name: fc.constantFrom('Kari', 'Ola') }),
        waivers: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.meta.id), 'bogus'), fc.constantFrom('covered by annex B', '', 'x')),
        type: fc.constantFrom('pilot-proposal', 'scale-up', 'other'),
      },
      { requiredKeys: [] },
    )
    .map((fields) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`),
  fc.constantFrom('---\ntitle: "unclosed\nowner: [a\n---\n', '---\ntitle: x\n', `---\ndeep: ${'['.repeat(200)}${']'.repeat(200)}\n---\n`),
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
/** A Markdown document: front matter, blocks, any line ending, maybe a BOM, maybe no final line break. */
const proposal = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 16 }), lineEnding, fc.boolean(), fc.boolean(), fc.constantFrom('\n\n', '\n'))
  .map(([fm, blocks, eol, bom, finalBreak, sep]) => {
    const text = `${fm}${blocks.join(sep)}${finalBreak ? '\n' : ''}`.replace(/\r\n|\r|\n/g, eol);
    return bom ? `\uFEFF${text}` : text;
  });

/** Problems with a finding's ranges: outside the text, splitting a surrogate pair or a CRLF. */
function rangeProblems(text: string, findings: Finding[]): string[] {
  const bad: string[] = [];
  const inside = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length;
  const splits = (at: number) =>
    (at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff && text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff) ||
    (text[at - 1] === '\r' && text[at] === '\n');
  for (const f of findings) {
    if (f.ruleId === 'internal-error') bad.push(f.message);
    if (!inside(f.start, f.end)) bad.push(`${f.ruleId} at ${f.start}-${f.end} of ${text.length}`);
    if (splits(f.start) || splits(f.end)) bad.push(`${f.ruleId} splits a character or a line break at ${f.start}-${f.end}`);
    for (const e of f.fix?.edits ?? []) {
      if (!inside(e.start, e.end)) bad.push(`${f.ruleId} fix at ${e.start}-${e.end} of ${text.length}`);
      if (splits(e.start)) bad.push(`${f.ruleId} fix splits a character or a line break at ${e.start}`);
    }
  }
  return bad;
}

describe('fuzz: documents', () => {
  it('random Markdown and proposals lint without throwing, with every range inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(proposal, async (text) => {
        await turn();
        expect(rangeProblems(text, lint(text).findings)).toEqual([]);
      }),
      { numRuns: runs(80) },
    );
  }, TIMEOUT);

  it('fix-all reaches a fixed point and keeps every original line, whatever the line ending', async () => {
    await fc.assert(
      fc.asyncProperty(proposal, async (text) => {
        await turn();
        const once = fixAll(text).text;
        expect(fixAll(once).text).toBe(once);
        expect(once.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        const lines = (t: string): string[] => t.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        const out = lines(once);
        let at = 0;
        for (const line of lines(text)) {
          while (at < out.length && out[at] !== line) at++;
          expect(at).toBeLessThan(out.length);
          at++;
        }
      }),
      { numRuns: runs(8) },
    );
  }, TIMEOUT);
});

describe('fuzz: configurations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pilotlint-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const severity = fc.oneof(fc.constantFrom('off', 'hint', 'info', 'warning', 'error', 'warn', 2, null), fc.anything());
  const glob = fc.stringMatching(/^[a-z*?!+@()[\]{},|/.\\-]{0,24}$/);
  const config = fc.record(
    {
      root: fc.oneof(fc.boolean(), fc.anything()),
      language: fc.constantFrom('auto', 'en', 'nb', 'de', 7),
      include: fc.oneof(fc.array(glob, { maxLength: 4 }), fc.anything()),
      rules: fc.oneof(fc.dictionary(fc.constantFrom(...RULES.map((r) => r.meta.id), 'no-such-rule', '__proto__'), fc.oneof(severity, fc.tuple(severity, fc.anything()))), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('random configs validate without throwing, and the engine and file selection run with what is left', async () => {
    await fc.assert(
      fc.asyncProperty(config, async (raw) => {
        await turn();
        const text = JSON.stringify(raw) ?? 'null';
        const { config: valid, problems } = validateConfig(JSON.parse(text), 'fuzz.json', text);
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
        expect(() => lint('# T\n\n## Risks\n\nTBD\n', valid)).not.toThrow();
        expect(typeof isProposalFile(`/w/${'a'.repeat(60)}/${'ab'.repeat(40)}.md`, '', valid.include ?? [], '/w')).toBe('boolean');
        expect(() => parseSettings(raw, () => undefined)).not.toThrow();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: runs(100) },
    );
  }, TIMEOUT);

  it('random YAML config files load without throwing, with problems at real positions', async () => {
    const yamlText = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ':', ' ', '-', '\n', '\r', '[', ']', '{', '}', '"', "'", '#', '&', '*', '!', '|', '>', 'rules', 'include', '\t'), maxLength: 200 }),
      fc.tuple(fc.integer({ min: 1, max: 1500 }), fc.constantFrom('[', '{a: ', '- ')).map(([n, open]) => `rules:\n  x: ${open.repeat(n)}\n`),
      fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
    );
    let i = 0;
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await turn();
        const file = join(dir, `c${i++}.pilotlintrc.yaml`);
        writeFileSync(file, text);
        const loaded = loadConfigFile(file);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const p of loaded.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: runs(80) },
    );
  }, TIMEOUT);
});

describe('fuzz: edits through the language server', () => {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.integer({ min: 0, max: 12 }),
    insert: fc.oneof(sentence, heading.map((h) => `\n${h}\n`), fc.constantFrom('\r', '\n', '\r\n', '🚀', '\uFEFF', '', '#', '- ', '\u0301')),
  });

  it('answers every request within the bound and keeps every diagnostic inside the document', async () => {
    await fc.assert(
      fc.asyncProperty(proposal, fc.array(edit, { minLength: 1, maxLength: 8 }), async (initial, edits) => {
        const toServer = new PassThrough();
        const toClient = new PassThrough();
        createServer(createConnection(toServer, toClient));
        const client = new TestClient(toClient, toServer);
        const bounded = <T>(p: Promise<T>, what: string): Promise<T> =>
          Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ANSWER_BOUND_MS} ms`)), ANSWER_BOUND_MS))]);
        try {
          await client.initialize({ workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
          const uri = 'file:///tmp/fuzz.proposal.md';
          let doc = TextDocument.create(uri, 'markdown', 1, initial);
          await client.open(uri, initial, 1);
          for (const e of edits) {
            const start = Math.floor(e.at * doc.getText().length);
            const range = { start: doc.positionAt(start), end: doc.positionAt(start + e.remove) };
            // The library's incremental update keeps a wrong line table when an edit joins "\r" and "\n"; the
            // client's view is rebuilt from the text, as an editor's own model is.
            const next = TextDocument.update(doc, [{ range, text: e.insert }], doc.version + 1);
            doc = TextDocument.create(uri, 'markdown', next.version, next.getText());
            await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: e.insert }] });
          }
          const symbols = (await bounded(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 'documentSymbol')) as DocumentSymbol[] | null;
          expect(Array.isArray(symbols) || symbols === null).toBe(true);
          await bounded(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(Math.floor(doc.getText().length / 2)) }), 'hover');
          const diagnostics = await bounded(client.diagnostics(uri, (p) => p.version === doc.version, 0, ANSWER_BOUND_MS), 'diagnostics');
          const text = doc.getText();
          const inside = (p: { line: number; character: number }) => doc.offsetAt(p) <= text.length && doc.positionAt(doc.offsetAt(p)).character === p.character && doc.positionAt(doc.offsetAt(p)).line === p.line;
          for (const d of diagnostics as Diagnostic[]) expect(inside(d.range.start) && inside(d.range.end)).toBe(true);
          const actions = (await bounded(
            client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, context: { diagnostics } }),
            'codeAction',
          )) as CodeAction[];
          for (const a of actions) expect(typeof a.title === 'string' && a.title.length > 0).toBe(true);
        } finally {
          client.dispose();
        }
      }),
      { numRuns: runs(8) },
    );
  }, TIMEOUT);
});
