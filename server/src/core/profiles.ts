// Built-in profiles, chosen by front matter `type:`: which rules matter, and how much, for each kind of document.
import type { SeveritySetting } from '../../../rules/types';

export interface Profile {
  id: string;
  description: string;
  /** Severity overrides applied over rule defaults and under user configuration. */
  rules: Record<string, SeveritySetting>;
}

export const PROFILES: Record<string, Profile> = {
  'pilot-proposal': {
    id: 'pilot-proposal',
    description: 'A new pilot: every facet of scaling must be planned before it starts.',
    rules: {},
  },
  'pilot-extension': {
    id: 'pilot-extension',
    description: 'Extends or repeats a pilot: lessons from the earlier round and a firm exit decision matter most.',
    rules: {
      'repeat-pilot-without-lessons': 'error',
      'exit-decision-date-missing': 'error',
      'stop-criteria-missing': 'warning',
    },
  },
  'scale-up': {
    id: 'scale-up',
    description: 'Takes a proven pilot into operation: funding, ownership, procurement and training are what must hold.',
    rules: {
      'exit-plan-incomplete': 'error',
      'procurement-route-missing': 'error',
      'post-pilot-terms-missing': 'warning',
      'external-funding-only': 'error',
      'implementation-resources-missing': 'error',
      'stop-criteria-missing': 'off',
      'decision-before-evidence': 'off',
    },
  },
};

export const DEFAULT_PROFILE = 'pilot-proposal';

export function profileFor(type: string): Profile {
  return PROFILES[type] ?? PROFILES[DEFAULT_PROFILE];
}
