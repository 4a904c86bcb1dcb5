// Parsed Markdown chunks by their text, so a re-parse after an edit only runs micromark on the chunks that changed.
import type { Nodes, Root, RootContent } from 'mdast';

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

  /** The chunk's top-level nodes placed at `offset` / `line` (1-based line of its first character), if cached. */
  get(text: string, offset: number, line: number): { children: RootContent[]; end: Root['position'] } | undefined {
    const known = this.entries.get(text) ?? this.next.get(text);
    if (!known) return undefined;
    let placed = known.find((e) => e.offset === offset && e.line === line && !this.placed.has(e));
    if (!placed) {
      const free = known.find((e) => !this.placed.has(e));
      placed = free ? moveInPlace(free, offset, line) : copied(known[0], offset, line);
    }
    this.keep(text, placed);
    return placed;
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
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
    this.placed = new Set();
  }

  /** Ends a parse that was abandoned half-way: what it reached replaces the older places, the rest stays. */
  abandon(): void {
    for (const [k, v] of this.next) this.entries.set(k, v);
    this.next = new Map();
    this.placed = new Set();
  }
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
