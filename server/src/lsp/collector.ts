// Full collections in the lint worker between lints of different documents, so opening many proposals does not leave
// the worker's heap at several times what is live.
//
// Most of what a lint allocates outlives a few scavenges (a lint runs in slices across many of them), so it is
// promoted and dies in the old generation. With a large heap limit (about 4 GB on a machine with 16 GB or more) V8 lets
// the old generation grow to about four times what the last collection left before it collects again: with 200 10 KB
// proposals opened at once, 150-170 MB of garbage against 40-55 MB live, most of the server's 280-320 MB peak. A lower
// heap limit for the worker (resourceLimits.maxOldGenerationSizeMb below 2 GB) halves that factor, but for every
// document: typing in a 1 MB proposal then collected 10-11 times in 60 edits instead of 3, at 15-20 % more CPU per
// keystroke. So the collection is ours and is scoped: lints of one document in a row (someone typing) never collect
// here, and lints that go from document to document (opening many, new settings, config files) collect once the heap
// has grown COLLECT_AFTER past what the last of ours left.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap growth since our last collection that lets a lint of another document collect: 32 MB (16 MB gave 180-186 MB peaks in the bench, 64 MB 230-238 MB; each collection of a 50 MB heap takes 40-80 ms). */
export const COLLECT_AFTER = 32 << 20;

export class Collector {
  private readonly gc: () => void;
  private live = 0;
  private lastUri: string | undefined;

  constructor(private readonly after = COLLECT_AFTER) {
    // How jest's leak detector reaches gc() without a command-line flag: a worker cannot be given V8 flags of its own.
    setFlagsFromString('--expose-gc');
    this.gc = runInNewContext('gc') as () => void;
  }

  /** Called after each lint, with its document; true when it collected. */
  linted(uri: string): boolean {
    const other = this.lastUri !== undefined && uri !== this.lastUri;
    this.lastUri = uri;
    if (!other || getHeapStatistics().used_heap_size < this.live + this.after) return false;
    this.gc();
    this.live = getHeapStatistics().used_heap_size;
    return true;
  }
}
