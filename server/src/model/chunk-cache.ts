// Parsed Markdown chunks by their text, so a re-parse after an edit only runs micromark on the chunks that changed.
import type { Nodes, Root, RootContent } from 'mdast';
import { lowerBound } from './search';

/**
 * Where the last committed parse cut its text, per chunk: start offset, 1-based line and text (the string the cache
 * keys the chunk by). The next parse finds which chunks an edit left alone from it instead of scanning every line.
 */
export interface ChunkLayout {
  cuts: number[];
  lines: number[];
  texts: string[];
  length: number;
  minChunk: number;
  softCut: number;
  /** The text opened with front matter that was never closed: its extent depends on the whole text. */
  openFrontMatter: boolean;
}

interface Entry {
  children: RootContent[];
  /** Where the chunk sat when these nodes' positions were made. */
  offset: number;
  line: number;
  end: Root['position'];
}

/**
 * One document's chunks, keyed by chunk text. Only the chunks of the latest parse are kept, so the cache holds one
 * parse's worth of nodes and shares them with that parse's tree. A chunk that moved has its positions moved in place,
 * without a copy: the nodes below an edit are most of a long document, and copying them made every keystroke allocate
 * a new half of the tree for the collector. So a tree parsed with a cache describes its text until the next parse
 * with that cache; the engine's callers (the lint job) keep only what they take from the model, never the tree.
 */
export class ChunkCache {
  /** By text, every place the chunk sat in the last parse (repeated boilerplate gives one text several places). */
  private entries = new Map<string, Entry[]>();
  private next = new Map<string, Entry[]>();
  /** Entries in the parse under way: their nodes are in its tree, so they are never moved again, only copied. */
  private placed = new Set<Entry>();
  /** How the parse under way finds entries in the last parse's lists, per list it has read. */
  private finders = new Map<Entry[], Finder>();
  /** The chunks of the last committed parse; none after an abandoned one, whose places are only partly known. */
  layout: ChunkLayout | undefined;

  /** The chunk's top-level nodes placed at `offset` / `line` (1-based line of its first character), if cached. */
  get(text: string, offset: number, line: number): { children: RootContent[]; end: Root['position'] } | undefined {
    const known = this.entries.get(text);
    if (!known) {
      // A text first seen in this parse: every place it has is in the tree already.
      const seen = this.next.get(text);
      if (!seen) return undefined;
      const copy = copied(seen[0], offset, line);
      this.keep(text, copy);
      return copy;
    }
    const only = known.length === 1 ? known[0] : undefined;
    const placed = !only ? this.find(known, offset, line) : this.placed.has(only) ? copied(only, offset, line) : moveInPlace(only, offset, line);
    this.keep(text, placed);
    return placed;
  }

  /**
   * The entry of a repeated chunk for `offset`: the one that sat there, else the first free one (moved), else a copy.
   * A repeated chunk has one entry per place ("## Risks" 44,500 times): searching its list from the start for each
   * chunk made a parse quadratic in the number of repeats (over 20 s for 890 KB), so the entry at `offset` is found
   * by binary search and the first free one by a cursor that only moves forward.
   */
  private find(known: Entry[], offset: number, line: number): Entry {
    let finder = this.finders.get(known);
    if (!finder) this.finders.set(known, (finder = { offsets: known.map((e) => e.offset), free: 0 }));
    const at = lowerBound(finder.offsets, offset);
    const there = known[at];
    if (there && finder.offsets[at] === offset && there.line === line && !this.placed.has(there)) return there;
    while (finder.free < known.length && this.placed.has(known[finder.free])) finder.free++;
    const free = known[finder.free];
    return free ? moveInPlace(free, offset, line) : copied(known[0], offset, line);
  }

  set(text: string, offset: number, line: number, children: RootContent[], end: Root['position']): void {
    this.keep(text, { children, offset, line, end });
  }

  private keep(text: string, entry: Entry): void {
    this.placed.add(entry);
    const list = this.next.get(text);
    if (list) list.push(entry);
    else this.next.set(text, [entry]);
  }

  /** Ends a parse: what it did not use is dropped. */
  commit(layout?: ChunkLayout): void {
    this.layout = layout;
    this.entries = this.next;
    this.next = new Map();
    this.placed = new Set();
    this.finders = new Map();
  }

  /** Ends a parse that was abandoned half-way: what it reached replaces the older places, the rest stays. */
  abandon(): void {
    this.layout = undefined;
    for (const [k, v] of this.next) this.entries.set(k, v);
    this.next = new Map();
    this.placed = new Set();
    this.finders = new Map();
  }
}

/**
 * A list of the last parse as the parse under way reads it. Its entries' offsets are taken before any of them moves:
 * a parse places chunks in order, so the list is sorted by them, and an entry still free has not moved since.
 */
interface Finder {
  offsets: number[];
  /** Entries before this one are all placed (placing only grows during a parse). */
  free: number;
}

/** The entry itself, its nodes' positions moved to `offset` / `line`. */
function moveInPlace(e: Entry, offset: number, line: number): Entry {
  const dOffset = offset - e.offset;
  const dLine = line - e.line;
  if (dOffset !== 0 || dLine !== 0) {
    for (const c of e.children) shiftInPlace(c, dOffset, dLine);
    if (e.end) e.end = shiftPosition(e.end, dOffset, dLine);
  }
  e.offset = offset;
  e.line = line;
  return e;
}

function shiftInPlace(node: Nodes, dOffset: number, dLine: number): void {
  const p = node.position;
  if (p) {
    p.start.line += dLine;
    p.start.offset = (p.start.offset ?? 0) + dOffset;
    p.end.line += dLine;
    p.end.offset = (p.end.offset ?? 0) + dOffset;
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shiftInPlace(c, dOffset, dLine);
}

/** A copy placed at `offset` / `line`, for a chunk whose cached nodes are already in the tree (a repeated chunk). */
function copied(e: Entry, offset: number, line: number): Entry {
  const dOffset = offset - e.offset;
  const dLine = line - e.line;
  return { children: e.children.map((c) => shifted(c, dOffset, dLine) as RootContent), offset, line, end: e.end && shiftPosition(e.end, dOffset, dLine) };
}

/** A copy of the node with every position moved; values other than positions and children are shared. */
function shifted(node: Nodes, dOffset: number, dLine: number): Nodes {
  const copy = { ...node } as Nodes & { children?: Nodes[] };
  if (node.position) copy.position = shiftPosition(node.position, dOffset, dLine);
  if ('children' in node) copy.children = (node.children as Nodes[]).map((c) => shifted(c, dOffset, dLine));
  return copy;
}

function shiftPosition(p: NonNullable<Root['position']>, dOffset: number, dLine: number): NonNullable<Root['position']> {
  return {
    start: { line: p.start.line + dLine, column: p.start.column, offset: (p.start.offset ?? 0) + dOffset },
    end: { line: p.end.line + dLine, column: p.end.column, offset: (p.end.offset ?? 0) + dOffset },
  };
}
