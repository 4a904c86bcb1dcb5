// Entry of the lint worker (dist/lint-worker.js, a node:worker_threads worker of the language server): it owns the
// per-document parse and rule caches and runs lints one at a time, in slices, so a `cancel` for a superseded lint
// arrives between two steps and stops it; between lints of different documents it may collect garbage (collector.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { Collector } from './collector';
import { CachePool, failedLint, KEEP_CACHES, runLintJob, type LintJob, type LintOutcome } from './lint-job';
import { applyTextDelta, type TextDelta } from './text-delta';

/**
 * Main thread → worker. A lint's text comes whole, or as a delta against the text of the document's previous lint
 * (`base`, the id of that message): structured clone of a megabyte of text took 10-25 ms on each keystroke.
 */
export type ToWorker =
  | { type: 'lint'; id: number; job: LintJob }
  | { type: 'lint'; id: number; job: Omit<LintJob, 'text'>; delta: TextDelta; base: number }
  | { type: 'cancel'; id: number }
  | { type: 'forget'; uri: string };
/**
 * Worker → main thread: the outcome, or null when the lint was cancelled, with how many collections the worker has
 * made so far; `resend` when it lacks a delta's base text.
 */
export type FromWorker = { type: 'done'; id: number; outcome: LintOutcome | null; collections: number } | { type: 'resend'; id: number };

/** What the main thread gives the worker at its start. */
export interface WorkerOptions {
  /** Heap growth in bytes after which a lint of another document collects (collector.ts); tests set 0. */
  collectAfter?: number;
}

const port = parentPort;
if (port) {
  const pool = new CachePool();
  const collector = new Collector((workerData as WorkerOptions | null)?.collectAfter);
  let collections = 0;
  /** Per document, the text of its last lint and the id of the message that brought it (a delta's base). */
  const texts = new Map<string, { id: number; text: string }>();
  /** The lint running (the main thread sends the next only after this one is done) and whether it was cancelled. */
  let running = -1;
  let cancelled = false;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') cancelled ||= message.id === running;
    else if (message.type === 'forget') {
      pool.forget(message.uri);
      texts.delete(message.uri);
    } else {
      const { id } = message;
      let job: LintJob;
      if ('delta' in message) {
        const known = texts.get(message.job.uri);
        if (known?.id !== message.base) {
          const reply: FromWorker = { type: 'resend', id };
          port.postMessage(reply);
          return;
        }
        job = { ...message.job, text: applyTextDelta(known.text, message.delta) };
      } else job = message.job;
      texts.delete(job.uri);
      texts.set(job.uri, { id, text: job.text });
      // As many texts as caches (the documents being edited); a delta against one dropped gets `resend`.
      for (const old of texts.keys()) {
        if (texts.size <= KEEP_CACHES) break;
        texts.delete(old);
      }
      running = id;
      cancelled = false;
      void runLintJob(job, pool, () => cancelled && running === id)
        .catch((e: unknown) => failedLint(job, e))
        .then((outcome) => {
          const reply: FromWorker = { type: 'done', id, outcome: outcome ?? null, collections };
          port.postMessage(reply);
          // After the reply, so the collection delays the next lint, never this one's diagnostics.
          if (collector.linted(job.uri)) collections++;
        });
    }
  });
}
