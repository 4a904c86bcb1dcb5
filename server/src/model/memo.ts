// Results of pure text functions (sentences of a block, role levels of a text, facts of a block) kept per document
// across lints, keyed by the text they read, so a re-lint after an edit recomputes them only for text that changed.
//
// Why this cannot go stale: an entry is keyed by every input of a pure function (the text and whatever else the caller
// folds into the key: options, flags), never by position or version, so a hit returns exactly what a fresh call would.
// Offsets are the caller's to store relative to the text and rebase on the way out. Rules and the engine therefore
// give the same findings with or without a memo (test/incremental.test.ts compares against a lint without one).
//
// The engine makes a document's memo current only while a rule runs (synchronously, inside one step), so documents
// whose lints are interleaved in time slices never read each other's entries. Outside a lint nothing is kept.

/** One document's memo tables: what the latest lint used, plus what it added. */
export class TextMemo {
  private entries = new Map<string, Map<string, unknown>>();
  private next = new Map<string, Map<string, unknown>>();

  get<T>(table: string, key: string, compute: () => T): T {
    let used = this.next.get(table);
    if (!used) this.next.set(table, (used = new Map()));
    // Keys are long texts: each lookup compares them whole, so `get` first and `has` only for a stored undefined.
    const hit = used.get(key);
    if (hit !== undefined || used.has(key)) return hit as T;
    const old = this.entries.get(table);
    const known = old?.get(key);
    // Stored under this lint's key string, so an entry never keeps an older version's text alive through its key.
    const value = known !== undefined || old?.has(key) ? (known as T) : compute();
    used.set(key, value);
    return value;
  }

  /** Ends a lint: entries it did not use are dropped, so the memo holds one version's worth. */
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }

  /** Ends a lint that was abandoned half-way: what it reached is kept along with the older entries. */
  abandon(): void {
    for (const [table, used] of this.next) {
      const old = this.entries.get(table);
      if (!old) this.entries.set(table, used);
      else for (const [k, v] of used) old.set(k, v);
    }
    this.next = new Map();
  }

  /** Number of entries kept, for tests. */
  get size(): number {
    let n = 0;
    for (const t of this.entries.values()) n += t.size;
    return n;
  }
}

let current: TextMemo | undefined;

/** Runs `fn` with `memo` as the current document's memo (the engine, around each rule). */
export function withMemo<T>(memo: TextMemo | undefined, fn: () => T): T {
  const outer = current;
  current = memo;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/**
 * `compute()`, or its result from an earlier call with the same table and key in this lint or the document's last
 * one. Table and key together must hold every input `compute` reads: put the small inputs (options, flags) in the
 * table name and the text alone in the key, so the key is a string the model already holds and hashes once.
 * Without a current memo this is just `compute()`.
 */
export function memo<T>(table: string, key: string, compute: () => T): T {
  return current ? current.get(table, key, compute) : compute();
}

const regexIds = new WeakMap<RegExp, number>();
let regexCount = 0;

/** A short stand-in for a regex in memo keys (a detector's source runs to kilobytes). */
export function regexKey(re: RegExp): string {
  let id = regexIds.get(re);
  if (id === undefined) regexIds.set(re, (id = ++regexCount));
  return `/${id}`;
}

/** `re.test(text)`, memoized; a global or sticky regex carries state between tests, so it is always run. */
export function memoTest(re: RegExp, text: string): boolean {
  if (re.global || re.sticky) return re.test(text);
  return memo(`test${regexKey(re)}`, text, () => re.test(text));
}
