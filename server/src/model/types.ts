// The proposal model every rule and editor feature reads: one per document version, built by parse.ts.
import type { Root } from 'mdast';
import type { Document } from 'yaml';
import type { LineEnding, LineIndex } from './lines';

/** Language of the document itself, as declared or detected. */
export type DocLang = 'en' | 'nb' | 'nn';

export type Facet =
  | 'anchoring'
  | 'strategic_alignment'
  | 'exit_plan'
  | 'training'
  | 'resources'
  | 'values'
  | 'stakeholders'
  | 'success'
  | 'risks'
  | 'lessons';

export type Bilingual = { en: string; nb: string };

export interface Heading {
  depth: number;
  /** Heading text as written (inline markup flattened). */
  text: string;
  /** Lower-cased, NFC, numbering/emoji/"(optional)" stripped. */
  normalized: string;
  start: number;
  end: number;
}

export interface Section {
  heading: Heading;
  /** Facets this heading matches through the lexicon (plus any configured synonyms). */
  facets: Facet[];
  /** Offset right after the heading line. */
  contentStart: number;
  /** Offset where this section's own content ends (first subsection heading, or section end). */
  ownEnd: number;
  /** Offset where the section ends, subsections included. */
  end: number;
  parent: Section | null;
  children: Section[];
  /** Plain text of the section's own content and its subsections (code, inline code, HTML comments removed). */
  text: string;
  /** Plain text of the section's own content only. */
  ownText: string;
  /** Index in Proposal.sections. */
  index: number;
}

export interface FrontMatter {
  /** Parsed data, or null when there is no front matter or it did not parse to a mapping. */
  data: Record<string, unknown> | null;
  /** Offsets of the whole block (--- to ---). */
  start: number;
  end: number;
  /** Parse error, with offsets into the source; `kind` tells a YAML syntax error from a non-mapping or an unclosed block. */
  error?: { message: string; start: number; end: number; kind?: 'syntax' | 'not-mapping' | 'unclosed' };
  /** Offsets of a top-level key's line, for pointing at fields. */
  keyRange(key: string): { start: number; end: number } | undefined;
  /** The parsed YAML document, when it parsed to a mapping; its node ranges are relative to `bodyStart`. */
  document?: Document;
  /** Offset of the first line of YAML after the opening `---`. */
  bodyStart: number;
}

export interface TextBlock {
  /** Plain text of a paragraph, list item, table row or heading, with code and comments removed. */
  text: string;
  start: number;
  end: number;
  kind: 'paragraph' | 'listItem' | 'tableRow' | 'tableHeader' | 'heading';
  section: Section | null;
}

export interface Proposal {
  /** The text that was parsed (BOM removed; offsets are into this string). */
  source: string;
  tree: Root;
  frontMatter: FrontMatter | null;
  /** All sections in document order. */
  sections: Section[];
  /** Top-level sections (outline roots). */
  outline: Section[];
  /** The document title heading (first depth-1 heading), if any. */
  title: Section | null;
  /** Prose blocks in document order, for element detectors. */
  blocks: TextBlock[];
  /** Whole-document plain text (code, inline code, HTML comments removed). */
  text: string;
  language: DocLang;
  /** The line ending edits use (lines.ts `lineEnding`), decided once per document. */
  eol: LineEnding;
  /** Front-matter `type`, or 'pilot-proposal'. */
  profile: string;
  /** Sections matching a facet, in document order. */
  sectionsFor(facet: Facet): Section[];
  /** Ranges the rules must treat as non-prose (code, inline code, HTML, front matter). */
  isIgnored(offset: number): boolean;
  /**
   * Line starts of `source`, built on first use and then shared: the engine (concerns, directives, the editor's
   * positions) and rules each built their own, a pass over a megabyte each on every re-lint.
   */
  lines(): LineIndex;
  /**
   * Link and image targets and reference definitions, in document order: URLs, not prose (`https://x.no/TODO`). A
   * link's range starts after its text, an autolink's (`<https://…>`, a bare URL) at its start.
   */
  targets: readonly [number, number][];
  /** Markdown nested too deep to parse quickly, read as blank instead (reported by the engine, not by rules). */
  cuts: readonly { kind: 'nesting' | 'brackets'; start: number; end: number; depth: number; count: number }[];
}
