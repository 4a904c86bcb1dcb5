// Typed identity helper so a rule's options type flows from defaultOptions into check().
import type { Rule } from '../types';

export function defineRule<O extends Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}
