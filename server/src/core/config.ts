// The resolved configuration the engine runs with, and how rule settings are read from it.
import type { Facet, Severity, SeveritySetting } from '../../../rules/types';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** Configuration as written in `.pilotlintrc.*` files and merged with editor settings. */
export interface PilotlintConfig {
  /** Stops the upward search for config files. */
  root?: boolean;
  /** Message and template language; `auto` follows the document. */
  language?: 'auto' | 'en' | 'nb';
  /** Extra globs of files to lint beyond `*.proposal.md` and `type: pilot-proposal`. */
  include?: string[];
  /** Globs of files never to lint, from config files and `.pilotlintignore` (anchored at their folder when read). */
  ignores?: string[];
  rules?: Record<string, RuleSetting>;
  /** Extra heading texts per facet id that count as that section, applied once when the document is read. */
  headings?: HeadingSynonyms;
}

export type HeadingSynonyms = Partial<Record<Facet, string[]>>;

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

export interface RuleChoice {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  /** True when the user set the severity (then rule-level escalation does not override it). */
  explicit: boolean;
}

/** One spelling per severity, as the schema says: "warn" and 0/1/2 are `config-invalid` in files and ignored here. */
export function ruleChoice(setting: RuleSetting | undefined, fallback: Severity): RuleChoice {
  if (setting === undefined) return { severity: fallback, options: {}, explicit: false };
  if (Array.isArray(setting)) {
    return {
      severity: isSeveritySetting(setting[0]) ? setting[0] : fallback,
      options: (setting[1] as Record<string, unknown> | undefined) ?? {},
      explicit: true,
    };
  }
  return { severity: isSeveritySetting(setting) ? setting : fallback, options: {}, explicit: true };
}
