// The main thread's side of the lint worker (lint-worker.ts): one lint at a time, a `cancel` as soon as the lint is
// superseded, and a plain answer when the worker is gone, so the caller lints in-thread instead and nothing hangs.
import { Worker } from 'node:worker_threads';
import { describe, KEEP_CACHES, type LintJob, type LintOutcome } from './lint-job';
import type { FromWorker, ToWorker, WorkerOptions } from './lint-worker';
import { textDelta } from './text-delta';

/** Times a dead worker is started again before the server lints on the main thread for good. */
const MAX_RESTARTS = 3;

/** How often a running lint is checked for being superseded. */
const CANCEL_POLL_MS = 10;

interface Running {
  id: number;
  job: LintJob;
  settle(outcome: LintOutcome | undefined | 'unavailable'): void;
}

export class LintWorker {
  private worker: Worker | undefined;
  private running: Running | undefined;
  private nextId = 0;
  private starts = 0;
  private disposed = false;
  /**
   * Per document, the text last sent to this worker and the id of that message, so the next lint sends the change
   * (lint-worker.ts); the worker keeps as many, and answers `resend` when it has dropped the one a delta needs.
   */
  private readonly sent = new Map<string, { id: number; text: string }>();
  /** Lints handed to the worker (over all its restarts). */
  lints = 0;
  /** Lints the worker stopped on being told they were superseded. */
  cancelled = 0;
  /** Full collections the running worker made between lints of different documents (collector.ts), as of its last answer. */
  collections = 0;

  constructor(
    private readonly script: string,
    private readonly logError: (message: string) => void,
    private readonly options: WorkerOptions = {},
  ) {}

  get alive(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Lints `job` in the worker: the outcome, undefined when `superseded()` turned true on the way (the worker was
   * told to stop), or 'unavailable' when there is no worker (it could not start, died, or failed too often).
   */
  run(job: LintJob, superseded: () => boolean): Promise<LintOutcome | undefined | 'unavailable'> {
    const worker = this.start();
    if (!worker || this.running) return Promise.resolve('unavailable');
    const id = ++this.nextId;
    return new Promise((resolve) => {
      let cancelSent = false;
      const poll = setInterval(() => {
        if (cancelSent || !superseded()) return;
        cancelSent = true;
        this.post(worker, { type: 'cancel', id });
      }, CANCEL_POLL_MS);
      this.running = {
        id,
        job,
        settle: (outcome) => {
          clearInterval(poll);
          this.running = undefined;
          resolve(outcome);
        },
      };
      if (this.post(worker, this.lintMessage(id, job))) this.lints++;
      else this.running.settle('unavailable');
    });
  }

  forget(uri: string): void {
    this.sent.delete(uri);
    if (this.worker) this.post(this.worker, { type: 'forget', uri });
  }

  /** The lint message for `job`: its text as a delta against the text last sent for the document, when there is one. */
  private lintMessage(id: number, job: LintJob): ToWorker {
    const before = this.sent.get(job.uri);
    this.sent.delete(job.uri);
    this.sent.set(job.uri, { id, text: job.text });
    for (const old of this.sent.keys()) {
      if (this.sent.size <= KEEP_CACHES) break;
      this.sent.delete(old);
    }
    if (!before) return { type: 'lint', id, job };
    const { text: _text, ...rest } = job;
    return { type: 'lint', id, job: rest, delta: textDelta(before.text, job.text), base: before.id };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.running?.settle('unavailable');
    await worker?.terminate();
  }

  /** The worker, started (again) if need be; undefined once it is disposed or was restarted MAX_RESTARTS times and died again. */
  private start(): Worker | undefined {
    if (this.worker || this.disposed) return this.worker;
    if (this.starts > MAX_RESTARTS) return undefined;
    this.starts++;
    let worker: Worker;
    try {
      worker = new Worker(this.script, { workerData: this.options });
    } catch (e) {
      this.logError(`pilotlint: could not start the lint worker; linting on the main thread: ${describe(e)}`);
      this.starts = MAX_RESTARTS + 1;
      return undefined;
    }
    // The worker never keeps the server alive: the server ends when its client goes, and the worker with it.
    worker.unref();
    // A new worker has no texts: its first lint of each document sends the whole text.
    this.sent.clear();
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'resend') {
        const running = this.running;
        if (running?.id !== message.id) return;
        this.sent.set(running.job.uri, { id: running.id, text: running.job.text });
        if (!this.post(worker, { type: 'lint', id: running.id, job: running.job })) running.settle('unavailable');
        return;
      }
      if (message.outcome === null) this.cancelled++;
      this.collections = message.collections;
      if (this.running?.id === message.id) this.running.settle(message.outcome ?? undefined);
    });
    worker.on('error', (e) => this.logError(`pilotlint: the lint worker failed: ${describe(e)}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const next = this.starts > MAX_RESTARTS ? 'linting on the main thread from now on' : 'it restarts for the next lint';
      this.logError(`pilotlint: the lint worker stopped (exit code ${code}); ${next}`);
      // The lint it was running is done on the main thread instead.
      this.running?.settle('unavailable');
    });
    this.worker = worker;
    return worker;
  }

  /** False when the message could not be sent (a configuration that does not survive structured clone). */
  private post(worker: Worker, message: ToWorker): boolean {
    try {
      worker.postMessage(message);
      return true;
    } catch (e) {
      this.logError(`pilotlint: could not send a lint to the worker: ${describe(e)}`);
      return false;
    }
  }
}
