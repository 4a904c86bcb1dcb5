// The server's lint cache: edits are debounced per document, results are reused per version, failures become one diagnostic.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintService, MAX_LINT_LENGTH, noticeLanguage, sliced, type LintEntry, type Resolution } from '../server/src/lsp/linting';

const WEAK = '# Pilot\n\n## Background\n\nText.\n';

function setup(resolve: (doc: TextDocument) => Promise<Resolution> = async () => ({ selected: true, config: {} })) {
  const docs = new Map<string, TextDocument>();
  const results: LintEntry[] = [];
  const errors: string[] = [];
  const service = new LintService({
    getDocument: (uri) => docs.get(uri),
    resolve,
    onResult: (e) => results.push(e),
    logError: (m) => errors.push(m),
  });
  const edit = (uri: string, text: string) => {
    const old = docs.get(uri);
    docs.set(uri, TextDocument.create(uri, 'markdown', (old?.version ?? 0) + 1, text));
  };
  return { docs, results, errors, service, edit };
}

/** A service whose every run takes `ms` (of fake time) before it lints, as a re-lint of a long proposal does in all. */
const slowSetup = (ms: number) =>
  setup(async () => {
    await new Promise((r) => setTimeout(r, ms));
    return { selected: true, config: {} };
  });

describe('LintService', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lints a burst of edits once, 200 ms after the last', async () => {
    const { results, service, edit } = setup();
    for (let i = 0; i < 3; i++) {
      edit('a', WEAK + 'x'.repeat(i));
      void service.schedule('a');
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(results).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(results).toHaveLength(1);
    expect(results[0].version).toBe(3);
    expect(results[0].findings.map((f) => f.ruleId)).toContain('exit-plan-missing');
  });

  it('starts the re-lint of a slow document early and holds its diagnostics until the pause is over', async () => {
    const { results, service, edit } = slowSetup(100);
    edit('a', WEAK);
    void service.schedule('a');
    await vi.advanceTimersByTimeAsync(299);
    expect(results).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(results.map((r) => r.version)).toEqual([1]);
    // Now known to take 100 ms: the next run starts 160 ms before the pause ends, is ready at 140 ms and waits.
    edit('a', WEAK + 'x');
    void service.schedule('a');
    await vi.advanceTimersByTimeAsync(199);
    expect(results.map((r) => r.version)).toEqual([1]);
    expect(service.current('a')?.version).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(results.map((r) => r.version)).toEqual([1, 2]);
  });

  it('never publishes a result held for a pause that a newer edit cut short', async () => {
    const { results, service, edit } = slowSetup(100);
    edit('a', WEAK);
    void service.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    edit('a', WEAK + 'x');
    void service.schedule('a');
    // Version 2 is linted by 140 ms and held; the keystroke at 150 ms makes it stale.
    await vi.advanceTimersByTimeAsync(150);
    expect(service.current('a')?.version).toBe(2);
    edit('a', WEAK + 'xy');
    void service.schedule('a');
    await vi.advanceTimersByTimeAsync(199);
    expect(results.map((r) => r.version)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(results.map((r) => r.version)).toEqual([1, 3]);
  });

  it('gives a document whose re-lints are quick no head start', async () => {
    const { results, service, edit } = slowSetup(10);
    for (let v = 1; v <= 3; v++) {
      edit('a', WEAK + 'x'.repeat(v));
      void service.schedule('a');
      await vi.advanceTimersByTimeAsync(209);
      expect(results).toHaveLength(v - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(results.map((r) => r.version).at(-1)).toBe(v);
    }
  });

  it('debounces each document on its own', async () => {
    const { results, service, edit } = setup();
    edit('a', WEAK);
    void service.schedule('a');
    await vi.advanceTimersByTimeAsync(150);
    edit('b', WEAK);
    void service.schedule('b');
    await vi.advanceTimersByTimeAsync(50);
    expect(results.map((r) => r.uri)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(150);
    expect(results.map((r) => r.uri)).toEqual(['a', 'b']);
  });

  it('answers get() from the cache for the same version and lints again after invalidation', async () => {
    let resolves = 0;
    const { service, edit } = setup(async () => {
      resolves++;
      return { selected: true, config: {} };
    });
    edit('a', WEAK);
    const first = service.get('a');
    await vi.advanceTimersByTimeAsync(0);
    const entry = await first;
    expect(await service.get('a')).toBe(entry);
    expect(service.current('a')).toBe(entry);
    expect(resolves).toBe(1);
    service.invalidateAll(['a']);
    expect(service.current('a')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolves).toBe(2);
  });

  it('turns an engine or settings failure into a logged error and a clear result, not a rejection', async () => {
    const { service, edit, errors } = setup(async () => {
      throw new Error('settings exploded');
    });
    edit('a', WEAK);
    const p = service.get('a');
    await vi.advanceTimersByTimeAsync(0);
    const entry = (await p)!;
    expect(entry.selected).toBe(false);
    expect(errors[0]).toMatch(/settings exploded/);
  });

  it('does not lint a document over the size limit and says why', async () => {
    const { service, edit } = setup();
    edit('big', 'x'.repeat(MAX_LINT_LENGTH + 1));
    const p = service.get('big');
    await vi.advanceTimersByTimeAsync(0);
    const entry = (await p)!;
    expect(entry.findings).toEqual([]);
    expect(entry.diagnostics).toHaveLength(1);
    expect(entry.diagnostics[0].code).toBe('document-too-large');
  });

  it('settles pending work as undefined when the document closes', async () => {
    const { service, edit, docs, results } = setup();
    edit('a', WEAK);
    const p = service.schedule('a');
    docs.delete('a');
    service.forget('a');
    expect(await p).toBeUndefined();
    await vi.advanceTimersByTimeAsync(500);
    expect(results).toHaveLength(0);
  });
});

describe('LintService with real time', () => {
  /** A proposal long enough that its lint takes many slices. */
  const LONG = `# Pilot\n\n${Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\nThe care unit tests sensors, part ${i}; owner TBD.\n\n- one\n- two\n`).join('\n')}`;

  it('drops a lint that a newer edit made pointless, and publishes only the newer one', async () => {
    const docs = new Map<string, TextDocument>([['a', TextDocument.create('a', 'markdown', 1, LONG)]]);
    const results: LintEntry[] = [];
    let reads = 0;
    const service = new LintService({
      // The third read is the first check between slices: the user typed while the lint ran.
      getDocument: (uri) => {
        if (++reads === 3) docs.set(uri, TextDocument.create(uri, 'markdown', 2, LONG.replace('part 7;', 'part 7x;')));
        return docs.get(uri);
      },
      resolve: async () => ({ selected: true, config: {} }),
      onResult: (e) => results.push(e),
      logError: (m) => expect.fail(m),
      debounceMs: 0,
    });
    const first = service.schedule('a', 0);
    await new Promise((r) => setTimeout(r, 5));
    void service.schedule('a', 0);
    const entry = await first;
    expect(entry?.version).toBe(2);
    expect(results.map((r) => r.version)).toEqual([2]);
    expect(entry!.findings.some((f) => f.ruleId === 'placeholder-text')).toBe(true);
  });

  it('lints one document at a time, first come first served, with re-lints of edited documents ahead of first lints', async () => {
    const docs = new Map<string, TextDocument>([['long', TextDocument.create('long', 'markdown', 1, LONG)], ['b', TextDocument.create('b', 'markdown', 1, WEAK)]]);
    const order: string[] = [];
    const service = new LintService({
      getDocument: (uri) => docs.get(uri),
      resolve: async () => ({ selected: true, config: {} }),
      onResult: (e) => order.push(`${e.uri}@${e.version}`),
      logError: (m) => expect.fail(m),
    });
    await service.get('b');
    order.length = 0;
    const all = [service.schedule('long', 0)];
    // While the long lint runs: a first lint of c is asked for, then b is edited.
    await new Promise((r) => setTimeout(r, 5));
    docs.set('c', TextDocument.create('c', 'markdown', 1, WEAK));
    all.push(service.schedule('c', 0));
    docs.set('b', TextDocument.create('b', 'markdown', 2, `${WEAK}More.\n`));
    all.push(service.schedule('b', 1));
    await Promise.all(all);
    // Run side by side, the two short lints would have finished before the long one.
    expect(order).toEqual(['long@1', 'b@2', 'c@1']);
  });

  it('keeps the sections of the model, not its syntax tree or blocks', async () => {
    const docs = new Map<string, TextDocument>([['a', TextDocument.create('a', 'markdown', 1, WEAK)]]);
    const service = new LintService({ getDocument: (uri) => docs.get(uri), resolve: async () => ({ selected: true, config: {} }), onResult: () => {}, logError: (m) => expect.fail(m) });
    const entry = await service.get('a');
    expect(entry!.model!.doc.sections.map((s) => s.heading.text)).toEqual(['Pilot', 'Background']);
    expect(entry!.model!.doc.sectionsFor('exit_plan')).toEqual([]);
    expect(Object.keys(entry!.model!.doc)).not.toContain('tree');
    expect(Object.keys(entry!.model!.doc)).not.toContain('blocks');
  });

  it('answers latest() at once with the last result while the next one is pending, its version telling it is stale', async () => {
    const docs = new Map<string, TextDocument>([['a', TextDocument.create('a', 'markdown', 1, WEAK)]]);
    const service = new LintService({ getDocument: (uri) => docs.get(uri), resolve: async () => ({ selected: true, config: {} }), onResult: () => {}, logError: (m) => expect.fail(m) });
    const first = await service.get('a');
    docs.set('a', TextDocument.create('a', 'markdown', 2, WEAK + 'More.\n'));
    void service.schedule('a');
    const stale = await service.latest('a');
    expect(stale).toBe(first);
    expect(stale!.version).toBe(1);
    expect(stale!.document.getText()).toBe(WEAK);
    expect(service.current('a')).toBeUndefined();
    service.forget('a');
  });

  it('runs steps in slices, letting other work through, and stops them when cancelled', async () => {
    let cleanedUp = false;
    let ticks = 0;
    function* steps(): Generator<void, string, void> {
      try {
        for (let i = 0; i < 10_000; i++) {
          const until = performance.now() + 0.05;
          while (performance.now() < until);
          yield;
        }
        return 'done';
      } finally {
        cleanedUp = true;
      }
    }
    const timer = setInterval(() => ticks++, 1);
    const result = await sliced(steps(), () => ticks >= 3);
    clearInterval(timer);
    expect(result).toBeUndefined();
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(cleanedUp).toBe(true);
  });
});

describe('noticeLanguage (failure and too-large notices, which have no model)', () => {
  const NB = '# Pilot\n\nDette er en søknad om en pilot for hjemmetjenesten, og den skal ikke stå på engelsk.\n';
  it('follows the text when no language is configured', () => {
    expect(noticeLanguage(NB, undefined)).toBe('nb');
    expect(noticeLanguage(NB, 'auto')).toBe('nb');
    expect(noticeLanguage(WEAK, undefined)).toBe('en');
    expect(noticeLanguage('', undefined)).toBe('en');
  });
  it('keeps a configured language', () => {
    expect(noticeLanguage(NB, 'en')).toBe('en');
    expect(noticeLanguage(WEAK, 'nb')).toBe('nb');
  });
});
