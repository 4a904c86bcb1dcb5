// The resolved configuration the engine runs with, and how rule settings are read from it.
import type { Severity, SeveritySetting } from '../../../rules/types';

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
}

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/** Accepts the usual synonyms users bring from other linters ("warn", "information", 0/1/2). */
export function normalizeSeverity(v: unknown): SeveritySetting | undefined {
  if (isSeveritySetting(v)) return v;
  if (v === 'warn' || v === 1) return 'warning';
  if (v === 'information') return 'info';
  if (v === 0 || v === false) return 'off';
  if (v === 2) return 'error';
  return undefined;
}

export interface RuleChoice {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  /** True when the user set the severity (then rule-level escalation does not override it). */
  explicit: boolean;
}

export function ruleChoice(setting: RuleSetting | undefined, fallback: Severity): RuleChoice {
  if (setting === undefined) return { severity: fallback, options: {}, explicit: false };
  if (Array.isArray(setting)) {
    return {
      severity: normalizeSeverity(setting[0]) ?? fallback,
      options: (setting[1] as Record<string, unknown> | undefined) ?? {},
      explicit: true,
    };
  }
  return { severity: normalizeSeverity(setting) ?? fallback, options: {}, explicit: true };
}
