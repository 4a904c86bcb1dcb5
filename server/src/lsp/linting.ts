// Per-document lint results: debounced re-lint on change, one cache that diagnostics, code actions and hovers all read.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang, Proposal } from '../../../rules/types';
import { lint } from '../core/lint';
import { detectLanguage } from '../model/parse';
import type { PilotlintConfig } from '../core/config';
import { failureDiagnostic, tooLargeDiagnostic, toDiagnostic } from './diagnostics';

/**
 * Longest document linted in the editor, in UTF-16 code units. Parsing is linear but slow enough that a multi-megabyte
 * file would block every other request for many seconds; real proposals are far below this.
 */
export const MAX_LINT_LENGTH = 1_000_000;

export interface LintEntry {
  uri: string;
  version: number;
  /** The text the findings' offsets refer to. */
  text: string;
  /** False for Markdown that is not a proposal, or when linting is disabled: no diagnostics. */
  selected: boolean;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Language of messages, hovers and inserted templates. */
  lang: Lang;
  /** The configuration the document was linted with (fix-all lints again with it). */
  config: PilotlintConfig;
  /** The model the findings came from (BOM removed) and the offset to add to its positions; null when not linted. */
  model: { doc: Proposal; shift: number } | null;
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
  /** Bumped when settings or config files change, so every cached result goes stale at once. */
  private generation = 0;

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
    p.timer = setTimeout(() => {
      p.timer = undefined;
      void this.run(uri).then((entry) => {
        // A change that arrived while this run awaited its settings has re-armed the timer; keep waiting for that one.
        if (p.timer) return;
        if (this.pending.get(uri) === p) this.pending.delete(uri);
        p.settle(entry);
        if (entry) this.options.onResult(entry);
      });
    }, delay);
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
    doc = this.options.getDocument(uri);
    if (!doc) return undefined;
    const entry = lintEntry(doc, resolution, (e) => this.options.logError(`pilotlint: linting ${uri} failed: ${describe(e)}`));
    this.cache.set(uri, { entry, generation });
    return entry;
  }
}

/** The language of a notice given without a model: the configured one if forced, else the text's opening (a cheap stop-word vote). */
export function noticeLanguage(text: string, configured: unknown): Lang {
  if (configured === 'en' || configured === 'nb') return configured;
  return detectLanguage(text) === 'en' ? 'en' : 'nb';
}

function lintEntry(doc: TextDocument, resolution: Resolution, onError: (e: unknown) => void): LintEntry {
  const text = doc.getText();
  const forced = resolution.config.language === 'en' || resolution.config.language === 'nb' ? resolution.config.language : undefined;
  const lang: Lang = forced ?? 'en';
  const base = { uri: doc.uri, version: doc.version, text, config: resolution.config, model: null };
  if (!resolution.selected) return { ...base, selected: false, findings: [], diagnostics: [], lang };
  const noticeLang = (): Lang => noticeLanguage(text, resolution.config.language);
  if (text.length > MAX_LINT_LENGTH) {
    return { ...base, selected: false, findings: [], diagnostics: [tooLargeDiagnostic(text.length, MAX_LINT_LENGTH, noticeLang())], lang };
  }
  try {
    const result = lint(text, resolution.config);
    return {
      ...base,
      selected: true,
      findings: result.findings,
      diagnostics: result.findings.map((f) => toDiagnostic(f, doc)),
      lang: result.lang,
      model: { doc: result.doc, shift: result.shift },
    };
  } catch (e) {
    onError(e);
    return { ...base, selected: true, findings: [], diagnostics: [failureDiagnostic(e, noticeLang())], lang };
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
