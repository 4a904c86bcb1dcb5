// The contract between the engine and every rule: what a rule declares, what it reads and what it reports.
import type { Bilingual, Facet, Proposal } from '../server/src/model/types';

export type { Bilingual, DocLang, Facet, FrontMatter, Heading, Proposal, Section, TextBlock } from '../server/src/model/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
/** Language of messages and templates. Nynorsk documents get bokmål messages. */
export type Lang = 'en' | 'nb';

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
  /** JSON Schema of each option; the config schema is generated from these, and anything else is `config-invalid`. */
  options?: Record<string, OptionSchema>;
}

/** The part of JSON Schema that rule options use. */
export interface OptionSchema {
  description?: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  items?: OptionSchema;
  enum?: readonly string[];
  minLength?: number;
  minimum?: number;
  pattern?: string;
  properties?: Record<string, OptionSchema>;
  additionalProperties?: false;
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
  /** Other places the finding is about (the placeholders of a fresh template), shown as related information. */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface RuleContext<O = Record<string, unknown>> {
  doc: Proposal;
  options: O;
  /** Language for messages and inserted templates. */
  lang: Lang;
  report(input: ReportInput): void;
  /** A message of this rule's table in the message language (for fix titles and other text a rule builds). */
  text(messageId: string, data?: Record<string, string | number>): string;
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
  /** e.g. "payer" for exit-plan-incomplete. */
  element?: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  documentLevel?: boolean;
  related?: RelatedLocation[];
}
