// Where the quality rules look and how they fix: a facet's sections with subsections, their blocks, cells, front matter.
import type { Facet, Fix, Proposal, Section, TextBlock } from '../types';
import { findPlaceholders } from './placeholders';
import { isBlank } from './dates';
import { memo } from '../../server/src/model/memo';
import { lineEndAt } from '../../server/src/model/lines';
import { partitionPoint } from '../../server/src/model/search';
import { SHARED_WORDS } from '../../server/src/model/lexicon';

/**
 * Whether `offset` is in the body (below the heading) of one of the roots, which are disjoint and in document order as
 * facetRoots gives them: a binary search, not a scan per piece.
 */
export function inBody(roots: readonly Section[], offset: number): boolean {
  const last = partitionPoint(roots.length, (i) => roots[i].heading.end <= offset) - 1;
  return last >= 0 && offset < roots[last].end;
}

/** Sections of a facet that are not nested inside another section of the same facet (subsections belong to them). */
export function facetRoots(doc: Proposal, facet: Facet): Section[] {
  return doc.sectionsFor(facet).filter((s) => {
    for (let p = s.parent; p; p = p.parent) if (p.facets.includes(facet)) return false;
    return true;
  });
}

/**
 * Template guidance left in place: a paragraph wholly in italics that opens with the template's label for it
 * ("*Rettleiing: Kva er problemet, og kva mål i kommuneplanen …?*"). It is the template's question, not the author's
 * answer, so the plan, decision or trade-off it names is not in the section (trust11 nb).
 */
const GUIDANCE = new RegExp(`^([*_])(?![*_\\s])(?:${SHARED_WORDS.guidance_labels})\\s*:[^]*[^*_\\s]\\1$`, 'iu');
export const isGuidance = (b: TextBlock): boolean => b.kind === 'paragraph' && GUIDANCE.test(b.text.trim());

/**
 * Prose blocks inside the roots' bodies (subsections and their headings included, the roots' own headings not),
 * without template guidance.
 */
export function scopeBlocks(doc: Proposal, roots: readonly Section[]): TextBlock[] {
  // Blocks are in document order: each root's run is found by binary search, so a document with thousands of
  // sections costs sections × log(blocks), not sections × blocks.
  const blocks = doc.blocks;
  const ranges = roots.map((r) => [r.heading.end, r.end] as const).sort((a, b) => a[0] - b[0]);
  const out: TextBlock[] = [];
  let done = 0;
  for (const [from, to] of ranges) {
    let lo = done + partitionPoint(blocks.length - done, (i) => blocks[done + i].start < from);
    for (; lo < blocks.length && blocks[lo].start < to; lo++) if (!isGuidance(blocks[lo])) out.push(blocks[lo]);
    done = Math.max(done, lo);
  }
  return out;
}

/** A range covering a section's heading line, where findings about the section as a whole sit. */
export function headingRange(section: Section): { start: number; end: number } {
  return { start: section.heading.start, end: section.heading.end };
}

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Sentences of a block, with offsets into the document and whitespace (soft line breaks included) collapsed in
 * `text`; a full stop inside "1. mars" does not split.
 */
export function sentences(block: Piece): readonly Piece[] {
  // A dozen rules ask for the same block's sentences in one lint: the placed copy is kept per block object, and checked
  // against its text and offset, since a block may be a caller's own piece.
  const kept = placedSentences.get(block);
  if (kept && kept.start === block.start && kept.text === block.text) return kept.pieces;
  // Split once per distinct text (model/memo.ts), offsets kept relative to the block.
  const pieces = memo('sentences', block.text, () => splitSentences({ text: block.text, start: 0, end: block.text.length })).map((p) => ({
    text: p.text,
    start: block.start + p.start,
    end: block.start + p.end,
  }));
  placedSentences.set(block, { start: block.start, text: block.text, pieces });
  return pieces;
}

const placedSentences = new WeakMap<Piece, { start: number; text: string; pieces: readonly Piece[] }>();

function splitSentences(block: Piece): Piece[] {
  const out: Piece[] = [];
  // A new line that starts with "Label:" is a new statement even without a full stop before it.
  const re = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}*_«"(])|\r?\n(?=[ \t]*[\p{Lu}][^:\r\n]{0,40}:\s)/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    const raw = block.text.slice(s, e);
    const lead = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?/.exec(raw)![0].length;
    const trimmed = raw.slice(lead).trimEnd();
    if (trimmed) out.push({ text: trimmed.replace(/\s+/g, ' '), start: block.start + s + lead, end: block.start + s + lead + trimmed.length });
  };
  while ((m = re.exec(block.text))) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, block.text.length);
  return out;
}

/** Cells of a table row, with offsets; escaped pipes (`\|`) stay inside their cell. */
export function tableCells(row: Piece): readonly Piece[] {
  // Kept per row object as sentences are: the criteria readers split every row of every table on every re-lint.
  const kept = placedCells.get(row);
  if (kept && kept.start === row.start && kept.text === row.text) return kept.pieces;
  const cells = splitCells(row);
  placedCells.set(row, { start: row.start, text: row.text, pieces: cells });
  return cells;
}

const placedCells = new WeakMap<Piece, { start: number; text: string; pieces: readonly Piece[] }>();

function splitCells(row: Piece): Piece[] {
  const cells: Piece[] = [];
  const text = row.text;
  let i = text.indexOf('|') === text.search(/\S/) ? text.indexOf('|') + 1 : 0;
  let cellStart = i;
  for (; i <= text.length; i++) {
    if (i === text.length || (text[i] === '|' && text[i - 1] !== '\\')) {
      const raw = text.slice(cellStart, i);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!(i === text.length && t === '' && cells.length > 0)) {
        cells.push({ text: t, start: row.start + cellStart + lead, end: row.start + cellStart + lead + t.length });
      }
      cellStart = i + 1;
    }
  }
  return cells;
}

/** A value that holds nothing a reader can use: empty, a dash, a question mark, "n/a", "unknown" or a placeholder. */
export function isEmptyValue(text: string): boolean {
  const t = text.replace(/[*_`~]/g, '').trim();
  if (/^(?:|[-–—?.…/]+|n\/?a|na|none|unknown|ukjent|ikke kjent|ingen|tbd|tba|tbc)$/iu.test(t)) return true;
  // "None yet", "not measured", "not recorded", *ikke målt ennå*: the cell says the value is still missing.
  if (/^(?:none yet|not yet (?:known|measured|available)|not (?:measured|known|available|recorded|collected)(?: yet)?|not yet (?:recorded|collected)|no data(?: yet)?|ikke registrert(?: ennå)?|ikkje registrert(?: enno)?|ingen ennå|ingen enno|ikke målt(?: ennå)?|ikkje målt(?: enno)?|ikke kjent ennå)$/iu.test(t)) return true;
  return findPlaceholders(t).length > 0;
}

/** A front-matter field as text: strings as they are, `{ role, name }` objects as "role name", lists joined. */
export function fmText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(fmText).join(', ');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(fmText).join(' ');
  return '';
}

/** The text of a front-matter field when it holds a real value (not blank, not TBD or `{{…}}`), else undefined. */
export function fmFilled(doc: Proposal, key: string): string | undefined {
  const data = doc.frontMatter?.data;
  if (!data || !(key in data) || isBlank(data[key])) return undefined;
  const text = fmText(data[key]).trim();
  return text && !isEmptyValue(text) ? text : undefined;
}

/** The role of a person field (`{ role, name }` or a plain string), when it has one. */
export function fmRole(doc: Proposal, key: string): string | undefined {
  const v = doc.frontMatter?.data?.[key];
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const role = (v as Record<string, unknown>).role;
    return typeof role === 'string' && !isEmptyValue(role) ? role.trim() : undefined;
  }
  return typeof v === 'string' && !isEmptyValue(v) ? v.trim() : undefined;
}

/** The name of a person field (`{ role, name }`), when it has one. */
export function fmName(doc: Proposal, key: string): string | undefined {
  const v = doc.frontMatter?.data?.[key];
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const name = (v as Record<string, unknown>).name;
    return typeof name === 'string' && !isEmptyValue(name) ? name.trim() : undefined;
  }
  return undefined;
}

/**
 * An edit that adds lines at the end of a section's own content (before its first subsection), continuing a
 * trailing `-` list, else after a blank line, with the document's line ending.
 */
export function appendToSection(doc: Proposal, section: Section, lines: readonly string[], title: string): Fix {
  const src = doc.source;
  const eol = doc.eol;
  let at = section.ownEnd;
  while (at > section.contentStart && /\s/.test(src[at - 1])) at--;
  // After the last line's trailing spaces, not before them: a line is kept whole ("> " stays "> ").
  if (at > section.contentStart) at = lineEndAt(src, at, section.ownEnd);
  let sep = eol + eol;
  if (at <= section.contentStart) at = section.heading.end;
  else {
    const last = lastBlockBefore(doc.blocks, at, section.contentStart);
    if (last && last.kind === 'listItem' && last.end >= at && /^-[ \t]/.test(src.slice(last.start, last.start + 2))) sep = eol;
  }
  return { title, edits: [{ start: at, end: at, newText: sep + lines.join(eol) }] };
}

/** The last non-heading block starting in [from, before), by binary search over the blocks (in document order). */
function lastBlockBefore(blocks: readonly TextBlock[], before: number, from: number): TextBlock | undefined {
  const lo = partitionPoint(blocks.length, (i) => blocks[i].start < before);
  for (let i = lo - 1; i >= 0 && blocks[i].start >= from; i--) if (blocks[i].kind !== 'heading') return blocks[i];
  return undefined;
}
