// One lint of one document version, as plain data: the part the lint worker (lint-worker.ts) runs, and the server
// runs in-thread when the worker is not there. Everything in a LintOutcome survives postMessage (structured clone).
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Lang, Proposal, Section } from '../../../rules/types';
import { isShiftCare } from '../../../rules/util/context';
import { lintSteps, type LintResult } from '../core/lint';
import type { PilotlintConfig } from '../core/config';
import { ChunkCache } from '../model/chunk-cache';
import { LineIndex } from '../model/lines';
import { TextMemo } from '../model/memo';
import { detectLanguage } from '../model/parse';
import type { Steps } from '../model/steps';
import { failureDiagnostic, tooLargeDiagnostic, toDiagnostic, type Positions } from './diagnostics';

/**
 * Longest document linted in the editor, in UTF-16 code units: the CLI's limit, a guard against a log or an export
 * opened by mistake. It is about memory, not speed (a lint never blocks the editor); docs/cli.md gives the figures.
 */
export const MAX_LINT_LENGTH = 8_000_000;

/** Documents whose parse and rule caches are kept (the ones being edited); the rest re-lint in full when they change. */
export const KEEP_CACHES = 8;

/** How long the lint runs before it lets queued messages or requests through. */
const SLICE_MS = 4;

/** Findings turned into diagnostics per step. */
const DIAGNOSTICS_PER_STEP = 256;

/**
 * A section as the editor features read it: headings, facets and offsets, without its plain text (nothing on the main
 * thread reads it, and it would be copied there after every lint and kept for every open document).
 */
export type ViewSection = Omit<Section, 'text' | 'ownText' | 'parent' | 'children'> & { parent: ViewSection | null; children: ViewSection[] };

/** What the editor features read of a document's model as plain data: its sections and language, not its tree or blocks. */
export type PlainView = Pick<Proposal, 'language' | 'profile' | 'eol'> & {
  sections: ViewSection[];
  outline: ViewSection[];
  title: ViewSection | null;
  /** Shift-based health or care (rules/util/context.ts): inserted templates ask about night shifts only then. */
  shiftCare: boolean;
};

/** What the main thread sends: one document version and how to lint it. */
export interface LintJob {
  uri: string;
  version: number;
  languageId: string;
  text: string;
  selected: boolean;
  config: PilotlintConfig;
}

export interface LintOutcome {
  selected: boolean;
  findings: Finding[];
  diagnostics: Diagnostic[];
  lang: Lang;
  /** The model view (BOM removed) and the offset to add to its positions; null when not linted. */
  model: { view: PlainView; shift: number } | null;
  /** Line starts of the job's text from the lint's own index, so the main thread's document of it needs no pass over the text. */
  lineStarts?: Int32Array;
  /** Set when the lint threw: the error to log (the diagnostics then hold one failure diagnostic). */
  error?: string;
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

/** Per document, the parsed chunks and memoized rule work of its last lint, for the KEEP_CACHES documents linted last. */
export class CachePool {
  private readonly caches = new Map<string, DocumentCaches>();

  /** The document's caches (new ones if it had none), marked as linted last; the least recently linted beyond KEEP_CACHES go. */
  take(uri: string): DocumentCaches {
    const caches = this.caches.get(uri) ?? { chunks: new ChunkCache(), memo: new TextMemo() };
    this.caches.delete(uri);
    this.caches.set(uri, caches);
    for (const old of this.caches.keys()) {
      if (this.caches.size <= KEEP_CACHES) break;
      this.caches.delete(old);
    }
    return caches;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }

  get size(): number {
    return this.caches.size;
  }
}

/** Lints `job` in slices with the document's caches from `pool`; undefined when `cancelled()` turned true on the way. */
export async function runLintJob(job: LintJob, pool: CachePool, cancelled: () => boolean): Promise<LintOutcome | undefined> {
  const { text, config } = job;
  const lang = entryLanguage(config);
  if (!job.selected) return { selected: false, findings: [], diagnostics: [], lang, model: null };
  const noticeLang = (): Lang => noticeLanguage(text, config.language);
  if (text.length > MAX_LINT_LENGTH) {
    return { selected: false, findings: [], diagnostics: [tooLargeDiagnostic(text.length, MAX_LINT_LENGTH, noticeLang())], lang, model: null };
  }
  let done: { result: LintResult; diagnostics: Diagnostic[]; lines: LineIndex } | undefined;
  try {
    done = await sliced(lintAndConvert(job, pool.take(job.uri)), cancelled);
  } catch (e) {
    return failedLint(job, e);
  }
  if (!done) return undefined;
  const { result, diagnostics, lines } = done;
  return { selected: true, findings: result.findings, diagnostics, lang: result.lang, model: { view: plainView(result.doc), shift: result.shift }, lineStarts: lines.lineStarts() };
}

/** The language of an entry without a model: the configured one if forced, else English. */
function entryLanguage(config: PilotlintConfig): Lang {
  return config.language === 'en' || config.language === 'nb' ? config.language : 'en';
}

/** The outcome of a lint that threw: one failure diagnostic, and the error to log. */
export function failedLint(job: LintJob, e: unknown): LintOutcome {
  const { text, config } = job;
  const lang = entryLanguage(config);
  return { selected: true, findings: [], diagnostics: [failureDiagnostic(e, noticeLanguage(text, config.language))], lang, model: null, error: describe(e) };
}

/**
 * The lint, then its findings as diagnostics a slice at a time (a 5 MB proposal has thousands). Positions come from
 * the line index the lint built: a TextDocument here built a second one, a pass over the whole text on every re-lint
 * (4-8 ms a megabyte). A BOM is the one case where the lint's index (of the text without it) does not fit.
 */
function* lintAndConvert(job: LintJob, caches: DocumentCaches): Steps<{ result: LintResult; diagnostics: Diagnostic[]; lines: LineIndex }> {
  const { text, config } = job;
  const result = yield* lintSteps(text, config, { cache: caches.chunks, memo: caches.memo });
  const lines = result.shift === 0 ? result.lines : new LineIndex(text);
  const doc: Positions = { uri: job.uri, version: job.version, positionAt: (offset) => lines.lspPosition(offset) };
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < result.findings.length; i += DIAGNOSTICS_PER_STEP) {
    for (const f of result.findings.slice(i, i + DIAGNOSTICS_PER_STEP)) diagnostics.push(toDiagnostic(f, doc));
    yield;
  }
  return { result, diagnostics, lines };
}

/** The parts of the model the editor features read, without functions, so it crosses postMessage and leaves the tree behind. */
function plainView(doc: Proposal): PlainView {
  const { language, profile, eol } = doc;
  const sections: ViewSection[] = doc.sections.map(({ text: _text, ownText: _ownText, parent: _parent, children: _children, ...rest }) => ({ ...rest, parent: null, children: [] }));
  doc.sections.forEach((s, i) => {
    sections[i].parent = s.parent ? sections[s.parent.index] : null;
    sections[i].children = s.children.map((c) => sections[c.index]);
  });
  const outline = doc.outline.map((s) => sections[s.index]);
  const title = doc.title ? sections[doc.title.index] : null;
  return { sections, outline, title, language, profile, eol, shiftCare: isShiftCare(doc) };
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

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
