// The contract between the engine and every rule: what a rule declares, what it reads and what it reports.
import type { Root } from 'mdast';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
/** Language of messages and templates. Nynorsk documents get bokmål messages. */
export type Lang = 'en' | 'nb';
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

export interface RuleMeta {
  /** Kebab-case id from the catalogue; equals the folder name and the diagnostic code. */
  id: string;
  description: Bilingual;
  /** The scaling facet or concern the rule belongs to (used by hover and readiness summaries). */
  facet: Facet | 'hygiene' | 'frontmatter';
  defaultSeverity: Severity;
  fixable: boolean;
  /** Catalogue template the fix inserts, when fixable. */
  template?: TemplateId;
}

export type TemplateId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8';

/** A text edit in UTF-16 offsets of the document source as given to lint(). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Canonical section rank of an inserted template, so inserts at one offset keep the proposal's order. */
  rank?: number;
}

export interface ReportInput {
  /** Key into the rule's messages. */
  messageId: string;
  /** Values for {name} placeholders in the message. */
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fix?: Fix;
  /** Overrides the configured severity for this one finding (e.g. escalation inside a key section). */
  severity?: Severity;
  /** Sub-id appended to the rule id in the finding's detail, e.g. "payer" for exit-plan-incomplete/payer. */
  element?: string;
  /** About the document as a whole (a missing section): a disable directive anywhere in the file silences it. */
  documentLevel?: boolean;
  /**
   * Joins this finding with the rule's other findings at the same place that name the same `messageId`: after waivers
   * and directives have had their say per element, the survivors become one finding whose message lists each `part`
   * (a key into the rule's messages, or the text itself when it reads the same in every language, e.g. a field name).
   */
  group?: { messageId: string; part: string };
}

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
  /** Front-matter `type`, or 'pilot-proposal'. */
  profile: string;
  /** Sections matching a facet, in document order. */
  sectionsFor(facet: Facet): Section[];
  /** Ranges the rules must treat as non-prose (code, inline code, HTML, front matter). */
  isIgnored(offset: number): boolean;
}

export interface RuleContext<O = Record<string, unknown>> {
  doc: Proposal;
  options: O;
  /** Language for messages and inserted templates. */
  lang: Lang;
  report(input: ReportInput): void;
  /** The range a "missing section" finding should sit on (the title, else the first line). */
  missingAnchor(): { start: number; end: number };
  /** An edit that inserts a catalogue template at its canonical place, in the document's language. */
  insertTemplate(template: TemplateId): Fix;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  meta: RuleMeta;
  messages: Record<string, Bilingual>;
  defaultOptions: O;
  check(context: RuleContext<O>): void;
}

export interface Finding {
  ruleId: string;
  /** e.g. "payer" for exit-plan-incomplete; for a grouped finding, its elements joined by commas. */
  element?: string;
  /** The sub-ids a grouped finding stands for, each still valid in waivers and directives. */
  elements?: string[];
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  documentLevel?: boolean;
  /** Set while the engine still has to merge the finding with its group: the group's message and this finding's part. */
  group?: { key: string; message: string; part: string };
}
