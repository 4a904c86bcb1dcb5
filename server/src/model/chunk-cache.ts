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
 * parse's worth of nodes and shares them with that parse's tree: nodes are never mutated once made, and a chunk that
 * moved is copied with new positions, so the tree an earlier model holds stays true to that model's text.
 */
export class ChunkCache {
  /** By text, every place the chunk sat in the last parse (repeated boilerplate gives one text several places). */
  private entries = new Map<string, Entry[]>();
  private next = new Map<string, Entry[]>();

  /** The chunk's top-level nodes placed at `offset` / `line` (1-based line of its first character), if cached. */
  get(text: string, offset: number, line: number): { children: RootContent[]; end: Root['position'] } | undefined {
    const known = this.entries.get(text) ?? this.next.get(text);
    if (!known) return undefined;
    const same = known.find((e) => e.offset === offset && e.line === line);
    const placed = same ?? move(known[0], offset, line);
    this.set(text, offset, line, placed.children, placed.end);
    return placed;
  }

  set(text: string, offset: number, line: number, children: RootContent[], end: Root['position']): void {
    const list = this.next.get(text);
    const entry = { children, offset, line, end };
    if (list) list.push(entry);
    else this.next.set(text, [entry]);
  }

  /** Ends a parse: what it did not use is dropped. */
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }

  /** Ends a parse that was abandoned half-way: what it reached replaces the older places, the rest stays. */
  abandon(): void {
    for (const [k, v] of this.next) this.entries.set(k, v);
    this.next = new Map();
  }
}

function move(e: Entry, offset: number, line: number): Entry {
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
