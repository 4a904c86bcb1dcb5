// The vocabulary as typed data: lexicon.yaml, embedded at build time by the YAML plugin (scripts/yaml-plugin.mjs).
import data from './lexicon.yaml';
import type { Bilingual, Facet } from './types';

type Words = { en: readonly string[]; nb: readonly string[] };
type SectionFacet = Exclude<Facet, 'lessons'>;

export type RoleLevel = 'political' | 'decision' | 'operational' | 'frontline' | 'end_user' | 'support';
export type DetectorName =
  | 'payer' | 'owner' | 'decision' | 'date' | 'trigger' | 'procurement' | 'baseline' | 'target' | 'source'
  | 'training_audience' | 'training_format' | 'hours' | 'after_go_live' | 'internal_effort' | 'personal_data'
  | 'privacy_controls' | 'tradeoff' | 'repeat_pilot' | 'lessons';

interface Lexicon {
  sections: Record<SectionFacet, Words>;
  roles: Record<RoleLevel, Words>;
  element_detectors: Record<DetectorName, string>;
  lexicons: { soft_outcomes: Words; hard_outcomes: Words; placeholders: readonly string[] };
  nynorsk: Partial<Record<Facet, readonly string[]>>;
  plain: Partial<Record<Facet, readonly string[]>>;
  lessons: readonly string[];
  generic: readonly string[];
  titles: Record<Facet, Bilingual>;
}

const LEXICON = data as Lexicon;

/** Heading synonyms per facet, English and bokmål (lexicon.yaml `sections`). */
export const SECTION_SYNONYMS = LEXICON.sections;
/** Nynorsk heading spellings merged into the bokmål lists. */
export const NYNORSK_SYNONYMS = LEXICON.nynorsk;
/** Plain-language question headings per facet. */
export const PLAIN_SYNONYMS = LEXICON.plain;
/** Headings that record lessons from earlier pilots. */
export const LESSONS_SYNONYMS = LEXICON.lessons;
/** Words that mean a facet only when they are the whole heading. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(LEXICON.generic);
export const ROLES = LEXICON.roles;
export const DETECTORS = LEXICON.element_detectors;
export const OUTCOMES = { soft: LEXICON.lexicons.soft_outcomes, hard: LEXICON.lexicons.hard_outcomes };
export const PLACEHOLDER_PATTERNS = LEXICON.lexicons.placeholders;
/** The section title of each facet, in both message languages. */
export const FACET_TITLES = LEXICON.titles;
/** Every facet id, as keyed in lexicon.yaml and in the `headings` setting. */
export const FACETS = Object.keys(LEXICON.titles) as Facet[];
