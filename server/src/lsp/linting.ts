// Per-document lint results: debounced, incremental, time-sliced re-lint on change; one cache that diagnostics, code
// actions and hovers all read.
//
// Slicing rather than a worker thread: hovers, the outline and completion read the model (sections, findings) on the
// main thread, and a worker would have to copy it back after every lint. The lint is a generator (model/steps.ts)
// that yields after every parsed chunk, every model-building pass and every rule, and the diagnostics are made in
// steps too, so the main thread pauses it every few milliseconds to answer requests, and drops it when a newer edit
// makes it pointless.
//
// Incremental: each document keeps a chunk cache (parse reuse per chunk, model/chunk-cache.ts) and a memo of the text
// functions rules share (model/memo.ts: sentences, role levels, facts per block, cue tests), both keyed by text, so a
// re-lint after an edit redoes parse and rule work only for text that changed; the rules that combine those per-text
// results over the whole document run every time, over the new model.
//
// One lint runs at a time (re-lints of documents being edited go first): with 200 documents opened at once, running
// their lints side by side in slices held 200 syntax trees at the same moment.
//
// Memory: an entry keeps what diagnostics, code actions, hover, outline, completion and readiness read (findings,
// diagnostics, sections), not the syntax tree or prose blocks; the caches that make re-lints incremental are kept
// for the KEEP_CACHES documents linted last, and a document that comes back simply has its next lint done in full.
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang, Proposal } from '../../../rules/types';
import { TextMemo } from '../model/memo';
import { isShiftCare } from '../../../rules/util/context';
import { lintSteps, type LintResult } from '../core/lint';
import { detectLanguage } from '../model/parse';
import { ChunkCache } from '../model/chunk-cache';
import type { Steps } from '../model/steps';
import type { PilotlintConfig } from '../core/config';
import { failureDiagnostic, tooLargeDiagnostic, toDiagnostic } from './diagnostics';

/**
 * Longest document linted in the editor, in UTF-16 code units: the CLI's limit, a guard against a log or an export
 * opened by mistake. It is about memory, not speed (a lint never blocks the editor); docs/cli.md gives the figures.
 */
export const MAX_LINT_LENGTH = 8_000_000;

/** How long the lint runs before it lets queued requests through. */
const SLICE_MS = 4;

/** Documents whose parse and rule caches are kept (the ones being edited); the rest re-lint in full when they change. */
export const KEEP_CACHES = 8;

/** Findings turned into diagnostics per step. */
const DIAGNOSTICS_PER_STEP = 256;

/** What the editor features read of a document's model: its sections and language, not its tree or blocks. */
export type ModelView = Pick<Proposal, 'sections' | 'outline' | 'title' | 'sectionsFor' | 'language' | 'profile' | 'eol'> & {
  /** Shift-based health or care (rules/util/context.ts): inserted templates ask about night shifts only then. */
  shiftCare: boolean;
};

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
}

interface Pending {
  timer: ReturnType<typeof setTimeout> | undefined;
  promise: Promise<LintEntry | undefined>;
  settle(entry: LintEntry | undefined): void;
}

export class LintService {
  private readonly cache = new Map<string, { entry: LintEntry; generation: number }>();
  private readonly pending = new Map<string, Pending>();
  /** Per document, the parsed chunks and memoized rule work of its last lint; in least recently linted order. */
  private readonly caches = new Map<string, DocumentCaches>();
  /** Bumped when settings or config files change, so every cached result goes stale at once. */
  private generation = 0;
  /** Whether a lint holds the turn, and the lints waiting for it. */
  private active = false;
  private readonly waiting: { urgent: boolean; start: () => void }[] = [];

  constructor(private readonly options: LintServiceOptions) {}

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
      pending = { timer: undefined, promise, settle };
      this.pending.set(uri, pending);
    }
    if (pending.timer) clearTimeout(pending.timer);
    const p = pending;
    const fire = (): void => {
      p.timer = undefined;
      void this.run(uri).then((entry) => {
        // A change that arrived while this run awaited its settings or ran has re-armed the timer; wait for that one.
        if (p.timer) return;
        // Dropped for a version or settings that no schedule followed: lint what is there now.
        if (!entry && this.pending.get(uri) === p && this.options.getDocument(uri)) {
          p.timer = setTimeout(fire, 0);
          return;
        }
        if (this.pending.get(uri) === p) this.pending.delete(uri);
        p.settle(entry);
        if (entry) this.options.onResult(entry);
      });
    };
    p.timer = setTimeout(fire, delay);
    return p.promise;
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
    this.caches.delete(uri);
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
    const snapshot = TextDocument.create(uri, doc.languageId, version, doc.getText());
    const caches = this.caches.get(uri) ?? { chunks: new ChunkCache(), memo: new TextMemo() };
    this.caches.delete(uri);
    this.caches.set(uri, caches);
    for (const old of this.caches.keys()) {
      if (this.caches.size <= KEEP_CACHES) break;
      this.caches.delete(old);
    }
    // Superseded: a newer edit (its own run is scheduled), a closed document, or new settings.
    const superseded = (): boolean => this.options.getDocument(uri)?.version !== version || this.generation !== generation;
    const entry = await lintEntry(snapshot, resolution, caches, superseded, (e) => this.options.logError(`pilotlint: linting ${uri} failed: ${describe(e)}`));
    if (!entry) return undefined;
    this.cache.set(uri, { entry, generation });
    return entry;
  }
}

/** The language of a notice given without a model: the configured one if forced, else the text's opening (a cheap stop-word vote). */
export function noticeLanguage(text: string, configured: unknown): Lang {
  if (configured === 'en' || configured === 'nb') return configured;
  return detectLanguage(text) === 'en' ? 'en' : 'nb';
}

interface DocumentCaches {
  chunks: ChunkCache;
  memo: TextMemo;
}

/** Lints `doc` in slices; undefined when `superseded()` turned true on the way. */
async function lintEntry(
  doc: TextDocument,
  resolution: Resolution,
  caches: DocumentCaches,
  superseded: () => boolean,
  onError: (e: unknown) => void,
): Promise<LintEntry | undefined> {
  const text = doc.getText();
  const forced = resolution.config.language === 'en' || resolution.config.language === 'nb' ? resolution.config.language : undefined;
  const lang: Lang = forced ?? 'en';
  const base = { uri: doc.uri, version: doc.version, text, document: doc, config: resolution.config, model: null };
  if (!resolution.selected) return { ...base, selected: false, findings: [], diagnostics: [], lang };
  const noticeLang = (): Lang => noticeLanguage(text, resolution.config.language);
  if (text.length > MAX_LINT_LENGTH) {
    return { ...base, selected: false, findings: [], diagnostics: [tooLargeDiagnostic(text.length, MAX_LINT_LENGTH, noticeLang())], lang };
  }
  let done: { result: LintResult; diagnostics: Diagnostic[] } | undefined;
  try {
    done = await sliced(lintAndConvert(text, resolution.config, caches, doc), superseded);
  } catch (e) {
    onError(e);
    return { ...base, selected: true, findings: [], diagnostics: [failureDiagnostic(e, noticeLang())], lang };
  }
  if (!done) return undefined;
  const { result, diagnostics } = done;
  return { ...base, selected: true, findings: result.findings, diagnostics, lang: result.lang, model: { doc: view(result.doc), shift: result.shift } };
}

/** The lint, then its findings as diagnostics a slice at a time (a 5 MB proposal has thousands). */
function* lintAndConvert(text: string, config: PilotlintConfig, caches: DocumentCaches, doc: TextDocument): Steps<{ result: LintResult; diagnostics: Diagnostic[] }> {
  const result = yield* lintSteps(text, config, { cache: caches.chunks, memo: caches.memo });
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < result.findings.length; i += DIAGNOSTICS_PER_STEP) {
    for (const f of result.findings.slice(i, i + DIAGNOSTICS_PER_STEP)) diagnostics.push(toDiagnostic(f, doc));
    yield;
  }
  return { result, diagnostics };
}

/** The parts of the model the editor features read, so the entry does not keep the tree and blocks alive. */
function view(doc: Proposal): ModelView {
  const { sections, outline, title, sectionsFor, language, profile, eol } = doc;
  return { sections, outline, title, sectionsFor, language, profile, eol, shiftCare: isShiftCare(doc) };
}

/** Runs the steps, yielding to the event loop every SLICE_MS; stops (undefined) once `cancelled()` says so. */
export async function sliced<T>(steps: Steps<T>, cancelled: () => boolean): Promise<T | undefined> {
  let since = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - since < SLICE_MS) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (cancelled()) {
      steps.return(undefined as T);
      return undefined;
    }
    since = performance.now();
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
