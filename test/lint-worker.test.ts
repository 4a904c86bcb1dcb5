// The lint worker (dist/lint-worker.js, built by `npm test` before vitest runs): the same entries as an in-thread lint,
// one lint per version, superseded lints stopped inside the worker, and an in-thread fallback when the worker dies.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintService, type LintEntry, type LintServiceOptions } from '../server/src/lsp/linting';
import { completeHeading } from '../server/src/lsp/completion';
import { documentSymbols } from '../server/src/lsp/symbols';
import { hover } from '../server/src/lsp/hover';
import { readiness } from '../server/src/core/readiness';

const WORKER = join(__dirname, '..', 'dist', 'lint-worker.js');
const EXAMPLES = join(__dirname, '..', 'examples');
const LONG = `# Pilot\n\n${Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\nThe care unit tests sensors, part ${i}; owner TBD.\n\n- one\n- two\n`).join('\n')}`;

const services: LintService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.dispose();
});

function service(docs: Map<string, TextDocument>, options: Partial<LintServiceOptions> = {}): LintService {
  const s = new LintService({
    getDocument: (uri) => docs.get(uri),
    resolve: async () => ({ selected: true, config: {} }),
    onResult: () => {},
    logError: (m) => expect.fail(m),
    workerScript: WORKER,
    ...options,
  });
  services.push(s);
  return s;
}

/** What the features read of an entry, without the functions and the TextDocument. */
const plain = (e: LintEntry) => ({ findings: e.findings, diagnostics: e.diagnostics, lang: e.lang, model: JSON.parse(JSON.stringify(e.model, (k, v) => (k === 'parent' ? undefined : v))) });

describe('lint worker', () => {
  beforeAll(() => expect(existsSync(WORKER), `${WORKER} is built by npm test (node scripts/build.mjs)`).toBe(true));

  it('gives the entries of an in-thread lint, with the outline pointing into the sections and sectionsFor rebuilt', async () => {
    for (const name of ['weak-en.proposal.md', 'svak-nb.proposal.md', 'strong-en.proposal.md']) {
      const docs = new Map([['a', TextDocument.create('a', 'markdown', 1, readFileSync(join(EXAMPLES, name), 'utf8'))]]);
      const inWorker = service(docs);
      const inThread = service(docs, { workerScript: null });
      const w = (await inWorker.get('a'))!;
      const t = (await inThread.get('a'))!;
      if (name.includes('weak')) expect(w.findings.length, name).toBeGreaterThan(0);
      expect(plain(w), name).toEqual(plain(t));
      expect(inWorker.stats()).toMatchObject({ workerLints: 1, threadLints: 0, workerAlive: true });
      expect(inThread.stats()).toMatchObject({ workerLints: 0, threadLints: 1 });
      const { sections, outline, title } = w.model!.doc;
      expect(outline[0]).toBe(sections[0]);
      expect(title).toBe(sections[0]);
      expect(sections[1].parent).toBe(sections[0]);
      for (const facet of ['exit_plan', 'risks', 'anchoring'] as const) {
        expect(w.model!.doc.sectionsFor(facet).map((s) => s.index)).toEqual(t.model!.doc.sectionsFor(facet).map((s) => s.index));
      }
    }
  });

  it('lints once per version: hover, outline, completion and readiness send nothing to the worker', async () => {
    const text = readFileSync(join(EXAMPLES, 'weak-en.proposal.md'), 'utf8') + '\n## ';
    const docs = new Map([['a', TextDocument.create('a', 'markdown', 1, text)]]);
    const s = service(docs);
    const entry = (await s.get('a'))!;
    const doc = docs.get('a')!;
    expect(completeHeading(doc, entry, { line: doc.lineCount - 1, character: 3 })?.length).toBeGreaterThan(0);
    expect(documentSymbols(doc, entry)?.length).toBeGreaterThan(0);
    hover(doc, entry, { line: 0, character: 2 });
    readiness(entry.model!.doc, entry.findings, entry.lang);
    expect(await s.get('a')).toBe(entry);
    expect(s.stats()).toMatchObject({ workerLints: 1, threadLints: 0 });
    docs.set('a', TextDocument.create('a', 'markdown', 2, text + 'R'));
    expect((await s.get('a'))!.version).toBe(2);
    expect(s.stats()).toMatchObject({ workerLints: 2, threadLints: 0 });
  });

  it('stops a lint inside the worker once a newer edit supersedes it, and publishes only the newer one', async () => {
    const docs = new Map([['a', TextDocument.create('a', 'markdown', 1, LONG.repeat(4))]]);
    const results: number[] = [];
    const s = service(docs, { onResult: (e) => results.push(e.version), debounceMs: 0 });
    const first = s.schedule('a', 0);
    // Wait until the lint is in the worker (the worker has started and counted it), then type.
    while (s.stats().workerLints === 0) await new Promise((r) => setTimeout(r, 2));
    docs.set('a', TextDocument.create('a', 'markdown', 2, LONG.repeat(4).replace('part 7;', 'part 7x;')));
    void s.schedule('a', 0);
    const entry = await first;
    expect(entry?.version).toBe(2);
    expect(results).toEqual([2]);
    expect(s.stats()).toMatchObject({ workerLints: 2, workerCancelled: 1, threadLints: 0 });
  });

  it('sends edits as text deltas and gives the entries of an in-thread lint of the edited text, also after the worker dropped the base text', async () => {
    const base = readFileSync(join(EXAMPLES, 'weak-en.proposal.md'), 'utf8');
    const docs = new Map([['a', TextDocument.create('a', 'markdown', 1, base)]]);
    const s = service(docs);
    await s.get('a');
    let text = base;
    for (let v = 2; v <= 5; v++) {
      const at = text.indexOf('\n', (text.length * v) / 8);
      text = text.slice(0, at) + (v === 4 ? '\r\n\nTBD' : 'x') + text.slice(at);
      docs.set('a', TextDocument.create('a', 'markdown', v, text));
      // Nine other documents push `a`'s text out of the worker's keeping (KEEP_CACHES): its next delta gets `resend`.
      if (v === 4) for (let i = 0; i < 9; i++) docs.set(`o${i}`, TextDocument.create(`o${i}`, 'markdown', 1, `# O ${i}\n`));
      if (v === 4) for (let i = 0; i < 9; i++) await s.get(`o${i}`);
      const w = (await s.get('a'))!;
      const fresh = new Map([['a', docs.get('a')!]]);
      const t = (await service(fresh, { workerScript: null }).get('a'))!;
      expect(w.version).toBe(v);
      expect(plain(w)).toEqual(plain(t));
    }
    expect(s.stats()).toMatchObject({ workerLints: 14, threadLints: 0 });
  });

  it('collects between lints of different documents, and a document whose caches were dropped lints again to the same diagnostics and hover', async () => {
    const names = ['weak-en.proposal.md', 'svak-nb.proposal.md', 'strong-en.proposal.md'];
    const docs = new Map<string, TextDocument>();
    // More documents than KEEP_CACHES, so the first one's chunk cache, memo and text are gone from the worker.
    for (let i = 0; i < 12; i++) {
      const text = `${readFileSync(join(EXAMPLES, names[i % names.length]), 'utf8')}\n<!-- ${i} -->\n`;
      docs.set(`d${i}`, TextDocument.create(`d${i}`, 'markdown', 1, text));
    }
    const s = service(docs, { collectAfter: 0 });
    for (const uri of docs.keys()) await s.get(uri);
    // Counted as of the worker's last answer: the ten switches from one document to the next before it.
    expect(s.stats().workerCollections).toBeGreaterThanOrEqual(10);
    const before = docs.get('d0')!.getText();
    const at = before.indexOf('\n', before.length >> 1);
    docs.set('d0', TextDocument.create('d0', 'markdown', 2, `${before.slice(0, at)} TBD${before.slice(at)}`));
    const w = (await s.get('d0'))!;
    const t = (await service(new Map([['d0', docs.get('d0')!]]), { workerScript: null }).get('d0'))!;
    expect(w.version).toBe(2);
    expect(w.findings.length).toBeGreaterThan(0);
    expect(plain(w)).toEqual(plain(t));
    const doc = docs.get('d0')!;
    for (const position of [{ line: 0, character: 2 }, w.diagnostics[0].range.start, w.diagnostics[w.diagnostics.length - 1].range.start]) {
      expect(hover(doc, w, position)).toEqual(hover(doc, t, position));
    }
    expect(hover(doc, w, w.diagnostics[0].range.start)).not.toBeNull();
    expect(s.stats()).toMatchObject({ workerLints: 13, threadLints: 0 });
  });

  it('ships in the VS Code extension next to the server bundle (the npm tarball is checked in package.test.ts)', () => {
    const ignore = readFileSync(join(__dirname, '..', '.vscodeignore'), 'utf8').split('\n');
    expect(ignore).toContain('!dist/server.js');
    expect(ignore).toContain('!dist/lint-worker.js');
  });

  describe('when the worker dies', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'pilotlint-worker-'));
      writeFileSync(join(dir, 'dies.js'), "require('node:worker_threads').parentPort.on('message', (m) => { if (m.type === 'lint') process.exit(7); });\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lints on the main thread instead, restarts it three times, then says it lints on the main thread for good', async () => {
      const docs = new Map<string, TextDocument>();
      const errors: string[] = [];
      const s = service(docs, { workerScript: join(dir, 'dies.js'), logError: (m) => errors.push(m) });
      const reference = service(docs, { workerScript: null });
      for (let v = 1; v <= 5; v++) {
        docs.set('a', TextDocument.create('a', 'markdown', v, `${readFileSync(join(EXAMPLES, 'weak-en.proposal.md'), 'utf8')}\n${'More. '.repeat(v)}\n`));
        const entry = (await s.get('a'))!;
        expect(entry.version).toBe(v);
        expect(plain(entry)).toEqual(plain((await reference.get('a'))!));
      }
      expect(s.stats()).toMatchObject({ threadLints: 5, workerAlive: false });
      const stops = errors.filter((e) => e.includes('the lint worker stopped (exit code 7)'));
      expect(stops).toHaveLength(4);
      expect(stops.slice(0, 3).every((e) => e.includes('it restarts for the next lint'))).toBe(true);
      expect(stops[3]).toContain('linting on the main thread from now on');
    });

    // A broken install (the bundle missing, or one that throws as it loads) must cost speed, never diagnostics.
    it.each([
      ['is missing', () => join(dir, 'no-such-worker.js'), /Cannot find module/],
      ['throws as it loads', () => join(dir, 'throws.js'), /Error: broken bundle\n\s+at /],
    ])('lints on the main thread when the script %s, and logs why with the stack', async (_what, script, why) => {
      writeFileSync(join(dir, 'throws.js'), "throw new Error('broken bundle');\n");
      const docs = new Map<string, TextDocument>();
      const errors: string[] = [];
      const s = service(docs, { workerScript: script(), logError: (m) => errors.push(m) });
      const reference = service(docs, { workerScript: null });
      for (let v = 1; v <= 5; v++) {
        docs.set('a', TextDocument.create('a', 'markdown', v, `${readFileSync(join(EXAMPLES, 'svak-nb.proposal.md'), 'utf8')}\n${'Mer. '.repeat(v)}\n`));
        const entry = (await s.get('a'))!;
        expect(entry.version).toBe(v);
        expect(entry.diagnostics.length).toBeGreaterThan(0);
        expect(plain(entry)).toEqual(plain((await reference.get('a'))!));
      }
      expect(s.stats()).toMatchObject({ threadLints: 5, workerAlive: false });
      const failures = errors.filter((e) => e.startsWith('pilotlint: the lint worker failed: '));
      expect(failures).toHaveLength(4);
      expect(failures.every((e) => why.test(e))).toBe(true);
      expect(errors.at(-1)).toContain('linting on the main thread from now on');
    });
  });
});
