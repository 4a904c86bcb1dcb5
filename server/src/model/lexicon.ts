// The vocabulary as typed data: lexicon.yaml, embedded at build time by the YAML plugin (scripts/yaml-plugin.mjs).
import data from './lexicon.yaml';
import type { Bilingual, Facet } from './types';

type Words = { en: readonly string[]; nb: readonly string[] };
type SectionFacet = Exclude<Facet, 'lessons'>;
/** Terms as in the heading lists (`*` marks a stem). */
type Terms = readonly string[];

export type RoleLevel = 'political' | 'decision' | 'operational' | 'frontline' | 'end_user' | 'support';
export type DetectorName =
  | 'payer' | 'owner' | 'decision' | 'date' | 'trigger' | 'procurement' | 'baseline' | 'target' | 'source'
  | 'training_audience' | 'training_format' | 'hours' | 'after_go_live' | 'internal_effort' | 'personal_data'
  | 'privacy_controls' | 'tradeoff' | 'repeat_pilot' | 'lessons' | 'negation' | 'hypothetical' | 'shift_care'
  | 'open_source' | 'commitment' | 'quantity' | 'removed_after' | 'negated_after' | 'care_mention' | 'left_out';

interface Lexicon {
  sections: Record<SectionFacet, Words>;
  roles: Record<RoleLevel, Words>;
  element_detectors: Record<DetectorName, string>;
  lexicons: { soft_outcomes: Words; hard_outcomes: Words; placeholders: readonly string[] };
  nynorsk: Partial<Record<Facet, readonly string[]>>;
  plain: Partial<Record<Facet, readonly string[]>>;
  plain_patterns: Partial<Record<Facet, readonly string[]>>;
  not_headings: Partial<Record<Facet, readonly string[]>>;
  lessons: readonly string[];
  generic: readonly string[];
  generic_heads: readonly string[];
  titles: Record<Facet, Bilingual>;
  rule_words: RuleWords;
  shared_words: { supplier: string; guidance_labels: string; objective_headings: string; stated_target: string; clause_joiners: Terms; company_forms: Terms; months: Readonly<Record<string, number>> };
}

/** Words single rules read; a string is a regex alternation the rule anchors itself. */
interface RuleWords {
  'date-in-past': { planning_statuses: Terms; future: Terms; target_prepositions: Terms; retrospective: Terms };
  'external-funding-only': { external: Terms; internal: Terms };
  'success-criteria-missing': { baseline_column: string; target_column: Terms };
  'soft-outcomes-only': { hard_compound_endings: Terms };
  'exit-plan-incomplete': Record<
    | 'payer' | 'owner' | 'owner_inverted' | 'decision' | 'trigger' | 'champion' | 'stop' | 'stop_path' | 'stopped' | 'negated'
    | 'consider' | 'weighed' | 'funding_considered' | 'hedged' | 'after_pilot' | 'price_label' | 'payer_label',
    string
  >;
  'training-plan-incomplete': Record<
    | 'audience' | 'trainees' | 'format' | 'schedule' | 'responsible' | 'manual' | 'support'
    | 'permanent_only' | 'temporary' | 'day_shifts' | 'night' | 'supplier_people' | 'trainer_words' | 'trainee_groups' | 'supplier_delivery',
    string
  >;
  'strategic-alignment-missing': { local_headings: Terms; plan: string; named_plan_kinds: Terms; intro_headings: Terms };
  'budget-cycle-mismatch': { calendar_sectors: Terms; municipal_names: Terms; norwegian_names: Terms; financial_year_names: Terms };
  'stop-criteria-missing': { negative_branch: string; decision_refused: string; stop_rules: string };
  'decision-before-evidence': { time_frame_columns: Terms; baseline_columns: string; pilot_period: string };
  'success-criterion-incomplete': { deliverable: string; out_of_scope: string; measure_lead_in: string; scope_lead_in: string; guidance: string; kept_figures: string };
  'repeat-pilot-without-lessons': { repeat: string; lessons: string; negated: string; optional: string };
  'value-tradeoffs-missing': { privacy_headings: Terms };
  'post-pilot-terms-missing': { owned: string; after: string; kept: string };
  'privacy-assessment-missing': { not_privacy: string; no_personal_data: string; says_none: string; devices: string };
  'scaling-risks-unaddressed': {
    scaling: Record<'funding_after_pilot' | 'staff_leaving' | 'supplier_capacity' | 'integration' | 'procurement_or_law', string>;
    risk_opening: string;
  };
}

const LEXICON = data as Lexicon;

/** Heading synonyms per facet, English and bokmål (lexicon.yaml `sections`). */
export const SECTION_SYNONYMS = LEXICON.sections;
/** Nynorsk heading spellings merged into the bokmål lists. */
export const NYNORSK_SYNONYMS = LEXICON.nynorsk;
/** Plain-language question headings per facet. */
export const PLAIN_SYNONYMS = LEXICON.plain;
/** Question headings with a role in them, as regex sources (lexicon.yaml `plain_patterns`). */
export const PLAIN_PATTERNS = LEXICON.plain_patterns;
/** Whole headings that hold a facet's synonym yet are not that section, as regex sources (lexicon.yaml `not_headings`). */
export const NOT_HEADINGS = LEXICON.not_headings;
/** Headings that record lessons from earlier pilots. */
export const LESSONS_SYNONYMS = LEXICON.lessons;
/** Words that mean a facet only when they are the whole heading. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(LEXICON.generic);
/** Generic words that also count as the last word of a short heading ("Dashboard partners"). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(LEXICON.generic_heads);
export const ROLES = LEXICON.roles;
export const DETECTORS = LEXICON.element_detectors;
export const OUTCOMES = { soft: LEXICON.lexicons.soft_outcomes, hard: LEXICON.lexicons.hard_outcomes };
export const PLACEHOLDER_PATTERNS = LEXICON.lexicons.placeholders;
/** The section title of each facet, in both message languages. */
export const FACET_TITLES = LEXICON.titles;
/** Every facet id, as keyed in lexicon.yaml and in the `headings` setting. */
export const FACETS = Object.keys(LEXICON.titles) as Facet[];
/** Words and detectors of single rules, keyed by rule id (lexicon.yaml `rule_words`). */
export const RULE_WORDS = LEXICON.rule_words;
/** Words of the helpers several rules share (lexicon.yaml `shared_words`). */
export const SHARED_WORDS = LEXICON.shared_words;
