// Work written as generators that yield between steps: the CLI runs it straight through, the server in time slices.
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
