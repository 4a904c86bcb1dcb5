// Entry of the lint worker (dist/lint-worker.js, a node:worker_threads worker of the language server): it owns the
// per-document parse and rule caches and runs lints one at a time, in slices, so a `cancel` for a superseded lint
// arrives between two steps and stops it.
import { parentPort } from 'node:worker_threads';
import { CachePool, failedLint, runLintJob, type LintJob, type LintOutcome } from './lint-job';

/** Main thread → worker. */
export type ToWorker = { type: 'lint'; id: number; job: LintJob } | { type: 'cancel'; id: number } | { type: 'forget'; uri: string };
/** Worker → main thread: the outcome, or null when the lint was cancelled. */
export type FromWorker = { type: 'done'; id: number; outcome: LintOutcome | null };

const port = parentPort;
if (port) {
  const pool = new CachePool();
  /** The lint running (the main thread sends the next only after this one is done) and whether it was cancelled. */
  let running = -1;
  let cancelled = false;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') cancelled ||= message.id === running;
    else if (message.type === 'forget') pool.forget(message.uri);
    else {
      const { id, job } = message;
      running = id;
      cancelled = false;
      void runLintJob(job, pool, () => cancelled && running === id)
        .catch((e: unknown) => failedLint(job, e))
        .then((outcome) => {
          const reply: FromWorker = { type: 'done', id, outcome: outcome ?? null };
          port.postMessage(reply);
        });
    }
  });
}
