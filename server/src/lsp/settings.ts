// Editor settings (section `pilotlint`), validated once on entry into one typed object; bad values are logged and dropped.
import type { SeveritySetting } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { isSeveritySetting, type HeadingSynonyms, type PilotlintConfig } from '../core/config';
import { FACETS } from '../model/lexicon';
import type { Facet } from '../model/types';
import { globProblem } from '../core/select';

export interface Settings {
  enable: boolean;
  include: string[];
  rules: Record<string, SeveritySetting>;
  language: 'auto' | 'en' | 'nb';
  headings: HeadingSynonyms;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enable: true, include: [], rules: {}, language: 'auto', headings: {} });

const LANGUAGES = ['auto', 'en', 'nb'] as const;
const KNOWN = new Set(['enable', 'include', 'rules', 'language', 'headings', 'trace']);

export function parseSettings(raw: unknown, log: (message: string) => void): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, include: [], rules: {}, headings: {} };
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    log(`pilotlint settings must be an object; got ${JSON.stringify(raw)}. Using defaults.`);
    return out;
  }
  const s = raw as Record<string, unknown>;
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) log(`Ignoring unknown setting pilotlint.${key}.`);

  if (s.enable !== undefined) {
    if (typeof s.enable === 'boolean') out.enable = s.enable;
    else log(`Ignoring pilotlint.enable: expected true or false, got ${JSON.stringify(s.enable)}.`);
  }
  if (s.include !== undefined) {
    if (Array.isArray(s.include)) {
      for (const g of s.include) {
        const why = typeof g === 'string' ? globProblem(g) : undefined;
        if (why) log(`Ignoring pilotlint.include entry ${JSON.stringify(g)}: ${why} could take minutes to match.`);
        else if (typeof g === 'string' && g.trim() !== '') out.include.push(g.trim());
        else log(`Ignoring pilotlint.include entry ${JSON.stringify(g)}: expected a glob string.`);
      }
    } else log(`Ignoring pilotlint.include: expected a list of globs, got ${JSON.stringify(s.include)}.`);
  }
  if (s.language !== undefined) {
    if ((LANGUAGES as readonly unknown[]).includes(s.language)) out.language = s.language as Settings['language'];
    else log(`Ignoring pilotlint.language ${JSON.stringify(s.language)}: expected one of ${LANGUAGES.join(', ')}.`);
  }
  if (s.rules !== undefined) {
    if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) {
      for (const [id, value] of Object.entries(s.rules as Record<string, unknown>)) {
        if (!RULE_MAP.has(id)) log(`Ignoring pilotlint.rules.${id}: no such rule.`);
        else if (!isSeveritySetting(value)) log(`Ignoring pilotlint.rules.${id} ${JSON.stringify(value)}: expected off, hint, info, warning or error.`);
        else out.rules[id] = value;
      }
    } else log(`Ignoring pilotlint.rules: expected an object of rule ids, got ${JSON.stringify(s.rules)}.`);
  }
  if (s.headings !== undefined) {
    if (s.headings && typeof s.headings === 'object' && !Array.isArray(s.headings)) {
      for (const [facet, texts] of Object.entries(s.headings as Record<string, unknown>)) {
        if (!(FACETS as string[]).includes(facet)) log(`Ignoring pilotlint.headings.${facet}: no such facet (${FACETS.join(', ')}).`);
        else if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string' && t.trim() !== '')) {
          log(`Ignoring pilotlint.headings.${facet} ${JSON.stringify(texts)}: expected a list of heading texts.`);
        } else out.headings[facet as Facet] = texts.map((t: string) => t.trim());
      }
    } else log(`Ignoring pilotlint.headings: expected an object of facet ids, got ${JSON.stringify(s.headings)}.`);
  }
  return out;
}

/** Settings as the lowest configuration layer; config files are merged over it. */
export function settingsConfig(s: Settings): PilotlintConfig {
  const config: PilotlintConfig = {};
  if (s.language !== 'auto') config.language = s.language;
  if (s.include.length) config.include = [...s.include];
  if (Object.keys(s.rules).length) config.rules = { ...s.rules };
  if (Object.keys(s.headings).length) config.headings = { ...s.headings };
  return config;
}
