// Per-document lint results: debounced, incremental re-lint on change, run in a worker thread; one cache that
// diagnostics, code actions and hovers all read.
//
// A worker thread rather than slicing on the main thread: hover answers in about 1 ms, but one step of a lint (a chunk
// parse, a rule over a large document) takes 1-30 ms, so a hover that arrives during a sliced lint waits for the step
// that is running, and hover while typing could not come near hover when idle. The worker (lint-worker.ts, bundled as
// dist/lint-worker.js next to dist/server.js) owns the per-document caches and runs the lints; the main thread sends
// the document version, its text (as a change against the text it sent last, text-delta.ts) and its configuration,
// and gets back the findings, the diagnostics and the model as
// plain data (sections without their text, outline, title, language: lint-job.ts), to which it adds the one lookup
// the features call (`sectionsFor`). The worker still runs the lint as a generator (model/steps.ts) in slices of a few milliseconds and
// yields to its event loop between them, so a `cancel` the main thread sends once a newer edit, a closed document or
// new settings make the lint pointless arrives and stops it between two steps.
//
// Fallback: with no worker script (the in-process tests run the server from TypeScript sources) the same lint runs on
// the main thread in slices, as before; a worker that dies hands its lint to the main thread and is started again for
// the next one, three times at most (lint-worker-client.ts), after which the server logs that it lints on the main
// thread from now on. Nothing waits on a dead worker.
//
// Incremental: each document keeps a chunk cache (parse reuse per chunk, model/chunk-cache.ts) and a memo of the text
// functions rules share (model/memo.ts: sentences, role levels, facts per block, cue tests), both keyed by text, so a
// re-lint after an edit redoes parse and rule work only for text that changed; the rules that combine those per-text
// results over the whole document run every time, over the new model. The caches live where the lint runs (lint-job.ts).
//
// Early start: a debounced lint starts as long before the end of the pause as the document's recent lints took, and
// its diagnostics are held until the pause is over. Diagnostics of a 1 MB proposal then come when a 10 KB one's do
// (the pause), not the pause plus a re-lint later; a keystroke inside the head start cancels the lint, so the cost is
// at most that head start of worker time per keystroke, off the main thread. The pause itself stays as it was.
//
// One lint runs at a time (re-lints of documents being edited go first): with 200 documents opened at once, running
// their lints side by side held 200 syntax trees at the same moment.
//
// Memory: an entry keeps what diagnostics, code actions, hover, outline, completion and readiness read (findings,
// diagnostics, sections), not the syntax tree or prose blocks; the caches that make re-lints incremental are kept
// for the KEEP_CACHES documents linted last, and a document that comes back simply has its next lint done in full.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Facet, Finding, Lang } from '../../../rules/types';
import type { PilotlintConfig } from '../core/config';
import { LineIndex } from '../model/lines';
import { facetLookup } from '../model/parse';
import { CachePool, describe, MAX_LINT_LENGTH, runLintJob, type LintJob, type LintOutcome, type PlainView, type ViewSection } from './lint-job';
import { LintWorker } from './lint-worker-client';
import { indexedDocument } from './text-document';

export { KEEP_CACHES, MAX_LINT_LENGTH, noticeLanguage, sliced } from './lint-job';

/** What the editor features read of a document's model: its sections and language, not its tree or blocks. */
export type ModelView = PlainView & { sectionsFor(facet: Facet): ViewSection[] };

export interface LintEntry {
  uri: string;
  version: number;
  /** The text the findings' offsets refer to. */
  text: string;
  /** That text as a document, to turn the entry's offsets into positions even after the editor's text moved on. */
  document: TextDocument;
  /** False for Markdown that is not a proposal, or when linting is disabled: no diagnostics. */
  selected: boolean;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Language of messages, hovers and inserted templates. */
  lang: Lang;
  /** The configuration the document was linted with (fix-all lints again with it). */
  config: PilotlintConfig;
  /** The model the findings came from (BOM removed) and the offset to add to its positions; null when not linted. */
  model: { doc: ModelView; shift: number } | null;
}

export interface Resolution {
  selected: boolean;
  config: PilotlintConfig;
}

export interface LintServiceOptions {
  getDocument(uri: string): TextDocument | undefined;
  /** Settings, config files and file selection for a document (may ask the client, hence async). */
  resolve(doc: TextDocument): Promise<Resolution>;
  /** Called with every fresh result; the push path publishes from here. */
  onResult(entry: LintEntry): void;
  logError(message: string): void;
  debounceMs?: number;
  /**
   * The lint worker's script; null lints on the main thread. By default lint-worker.js next to the server bundle,
   * when it is there (it is not when the server runs from TypeScript sources, as in the in-process tests).
   */
  workerScript?: string | null;
  /** Heap growth in bytes after which the worker collects between lints of different documents (collector.ts); tests set 0. */
  collectAfter?: number;
}

/** The bundled worker next to the bundled server (dist/lint-worker.js beside dist/server.js), if there. */
export function defaultWorkerScript(): string | null {
  const script = typeof __dirname === 'string' ? join(__dirname, 'lint-worker.js') : undefined;
  return script && existsSync(script) ? script : null;
}

/** Re-lints of a document whose durations set its head start, and the margin added. */
const HEAD_START_RUNS = 5;
const HEAD_START_MARGIN_MS = 10;
/** Below this a lint is within the noise of the pause, and starting it early would only lint more often while typing. */
const HEAD_START_FROM_MS = 20;

interface Pending {
  /** The timer that starts the next run, or that publishes a result held until `publishAt`. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the debounce of the last change ends (performance.now()): a result that is ready earlier waits for it. */
  publishAt: number;
  /** Runs started for this pending result and not finished yet. */
  running: number;
  promise: Promise<LintEntry | undefined>;
  settle(entry: LintEntry | undefined): void;
}

export class LintService {
  private readonly cache = new Map<string, { entry: LintEntry; generation: number }>();
  private readonly pending = new Map<string, Pending>();
  /** The lint worker, or null when lints run on the main thread. */
  private readonly worker: LintWorker | null;
  /** Per document, the parsed chunks and memoized rule work of its last in-thread lint (the worker keeps its own). */
  private readonly pool = new CachePool();
  /** Per document, how long its last few runs took (ms), for the early start. */
  private readonly took = new Map<string, number[]>();
  /** Lints run on the main thread (no worker, or it was gone): the tests' view of where work happened. */
  private threadLints = 0;
  /** Bumped when settings or config files change, so every cached result goes stale at once. */
  private generation = 0;
  /** Whether a lint holds the turn, and the lints waiting for it. */
  private active = false;
  private readonly waiting: { urgent: boolean; start: () => void }[] = [];

  constructor(private readonly options: LintServiceOptions) {
    const script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
    this.worker = script ? new LintWorker(script, options.logError, { collectAfter: options.collectAfter }) : null;
  }

  /** How many lints ran in the worker (and how many of those it stopped as superseded, and its collections) and on the main thread. */
  stats(): { workerLints: number; workerCancelled: number; workerCollections: number; threadLints: number; workerAlive: boolean } {
    const worker = this.worker;
    return {
      workerLints: worker?.lints ?? 0,
      workerCancelled: worker?.cancelled ?? 0,
      workerCollections: worker?.collections ?? 0,
      threadLints: this.threadLints,
      workerAlive: worker?.alive ?? false,
    };
  }

  /** Stops the worker (tests; the server process ends with its worker). */
  async dispose(): Promise<void> {
    await this.worker?.dispose();
  }

  /** The result for the document's current version: cached, the pending debounced run, or a fresh run. */
  async get(uri: string): Promise<LintEntry | undefined> {
    const doc = this.options.getDocument(uri);
    if (!doc) return undefined;
    const fresh = this.current(uri);
    if (fresh) return fresh;
    const pending = this.pending.get(uri);
    if (pending) return pending.promise;
    return this.schedule(uri, 0);
  }

  /**
   * The last result whatever its version, at once (hover, outline, completion): `entry.version` against the
   * document's tells whether it is stale. Waits only when the document has never been linted.
   */
  async latest(uri: string): Promise<LintEntry | undefined> {
    return this.cache.get(uri)?.entry ?? this.get(uri);
  }

  /** The last result if it still matches the document's version (for code actions, which must not re-lint). */
  current(uri: string): LintEntry | undefined {
    const doc = this.options.getDocument(uri);
    const cached = this.cache.get(uri);
    return doc && cached && cached.entry.version === doc.version && cached.generation === this.generation ? cached.entry : undefined;
  }

  schedule(uri: string, delay = this.options.debounceMs ?? 200): Promise<LintEntry | undefined> {
    let pending = this.pending.get(uri);
    if (!pending) {
      let settle!: (e: LintEntry | undefined) => void;
      const promise = new Promise<LintEntry | undefined>((r) => (settle = r));
      pending = { timer: undefined, publishAt: 0, running: 0, promise, settle };
      this.pending.set(uri, pending);
    }
    if (pending.timer) clearTimeout(pending.timer);
    const p = pending;
    p.publishAt = performance.now() + delay;
    const publish = (entry: LintEntry | undefined): void => {
      p.timer = undefined;
      if (this.pending.get(uri) === p) this.pending.delete(uri);
      p.settle(entry);
      if (entry) this.options.onResult(entry);
    };
    const fire = (): void => {
      p.timer = undefined;
      p.running++;
      const started = performance.now();
      void this.run(uri).then((entry) => {
        p.running--;
        // Re-lints after an edit only: a first lint parses everything and says nothing of how long a re-lint takes.
        if (entry && delay > 0) this.record(uri, performance.now() - started);
        // A change that arrived while this run awaited its settings or ran has re-armed the timer or started a newer
        // run; wait for that one.
        if (p.timer || p.running > 0) return;
        // Dropped for a version or settings that no schedule followed: lint what is there now.
        if (!entry && this.pending.get(uri) === p && this.options.getDocument(uri)) {
          p.timer = setTimeout(fire, 0);
          return;
        }
        // Started early: held until the pause is over, unless a change comes first (it clears this timer).
        const early = p.publishAt - performance.now();
        if (entry && early > 1) p.timer = setTimeout(() => publish(entry), early);
        else publish(entry);
      });
    };
    p.timer = setTimeout(fire, delay - this.headStart(uri, delay));
    return p.promise;
  }

  /**
   * How long before the end of the pause a lint of the document starts: half as much again as the median of its last
   * re-lints, plus a margin, at most the pause. Nothing before its first re-lint, nor for small documents, whose
   * re-lints take a few milliseconds.
   */
  private headStart(uri: string, delay: number): number {
    const took = this.took.get(uri);
    if (!took || delay <= 0) return 0;
    const median = [...took].sort((a, b) => a - b)[took.length >> 1];
    return median < HEAD_START_FROM_MS ? 0 : Math.min(delay, Math.ceil(median * 1.5) + HEAD_START_MARGIN_MS);
  }

  private record(uri: string, ms: number): void {
    const took = this.took.get(uri) ?? [];
    took.push(ms);
    if (took.length > HEAD_START_RUNS) took.shift();
    this.took.set(uri, took);
  }

  /** Settings or config changed: drop every result and lint all open documents again. */
  invalidateAll(uris: Iterable<string>): void {
    this.generation++;
    for (const uri of uris) void this.schedule(uri, 0);
  }

  forget(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) {
      if (pending.timer) clearTimeout(pending.timer);
      this.pending.delete(uri);
      pending.settle(undefined);
    }
    this.cache.delete(uri);
    this.took.delete(uri);
    this.pool.forget(uri);
    this.worker?.forget(uri);
  }

  private async run(uri: string): Promise<LintEntry | undefined> {
    const generation = this.generation;
    let doc = this.options.getDocument(uri);
    if (!doc) return undefined;
    let resolution: Resolution;
    try {
      resolution = await this.options.resolve(doc);
    } catch (e) {
      this.options.logError(`pilotlint: could not read settings or configuration for ${uri}: ${describe(e)}`);
      resolution = { selected: false, config: {} };
    }
    await this.acquire(this.cache.has(uri));
    try {
      return await this.runNow(uri, generation, resolution);
    } finally {
      this.release();
    }
  }

  /** Waits for the turn to lint; `urgent` (a re-lint after an edit) goes before first lints. */
  private acquire(urgent: boolean): Promise<void> {
    if (!this.active) {
      this.active = true;
      return Promise.resolve();
    }
    return new Promise((start) => {
      const at = urgent ? this.waiting.findIndex((w) => !w.urgent) : -1;
      if (at < 0) this.waiting.push({ urgent, start });
      else this.waiting.splice(at, 0, { urgent, start });
    });
  }

  /** Hands the turn to the next waiting lint. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.active = false;
  }

  private async runNow(uri: string, generation: number, resolution: Resolution): Promise<LintEntry | undefined> {
    const doc = this.options.getDocument(uri);
    if (!doc || this.generation !== generation) return undefined;
    const version = doc.version;
    const job: LintJob = { uri, version, languageId: doc.languageId, text: doc.getText(), selected: resolution.selected, config: resolution.config };
    // Superseded: a newer edit (its own run is scheduled), a closed document, or new settings.
    const superseded = (): boolean => this.options.getDocument(uri)?.version !== version || this.generation !== generation;
    const outcome = await this.lint(job, superseded);
    if (!outcome) return undefined;
    if (outcome.error) this.options.logError(`pilotlint: linting ${uri} failed: ${outcome.error}`);
    const entry = toEntry(job, outcome);
    this.cache.set(uri, { entry, generation });
    return entry;
  }

  /**
   * The lint in the worker; on the main thread, sliced, when there is no worker or it died on the way (it restarts
   * for the next lint, or says it is gone for good). Documents not linted (not selected, too large) never go there.
   */
  private async lint(job: LintJob, superseded: () => boolean): Promise<LintOutcome | undefined> {
    const lints = job.selected && job.text.length <= MAX_LINT_LENGTH;
    if (lints && this.worker) {
      const outcome = await this.worker.run(job, superseded);
      if (outcome !== 'unavailable') return outcome;
    }
    if (lints) this.threadLints++;
    return runLintJob(job, this.pool, superseded);
  }
}

/** The entry for `job` from its outcome; the model view gets its lookup back (functions do not cross postMessage). */
function toEntry(job: LintJob, outcome: LintOutcome): LintEntry {
  const { selected, findings, diagnostics, lang, model, lineStarts } = outcome;
  const document = lineStarts
    ? indexedDocument(job.uri, job.languageId, job.version, job.text, new LineIndex(job.text, lineStarts))
    : TextDocument.create(job.uri, job.languageId, job.version, job.text);
  const base = { uri: job.uri, version: job.version, text: job.text, document, config: job.config, selected, findings, diagnostics, lang };
  if (!model) return { ...base, model: null };
  return { ...base, model: { doc: { ...model.view, sectionsFor: facetLookup(model.view.sections) }, shift: model.shift } };
}
