// Schema builders for rule options, so each rule declares its options' shape in one line of its meta.
import type { OptionSchema } from '../types';

const WORD: OptionSchema = { type: 'string', minLength: 1 };

/** A list of extra words or phrases (plain text). */
export function words(description: string): OptionSchema {
  return { type: 'array', items: WORD, description };
}

/** A subset of fixed names, e.g. the elements a rule checks. */
export function subset(names: readonly string[], description: string): OptionSchema {
  return { type: 'array', items: { type: 'string', enum: names }, description };
}

/** Extra words per key, e.g. role words per organisational level. */
export function wordsPer(keys: readonly string[], description: string): OptionSchema {
  return { type: 'object', additionalProperties: false, properties: Object.fromEntries(keys.map((k) => [k, words(`Extra words for ${k}.`)])), description };
}
