// Finds which organisational levels (political, decision, operational, frontline, end user, support) a text names.
import { ROLES, type RoleLevel } from '../../server/src/model/lexicon';
import { termsRegex } from '../../server/src/model/match';
import { memo } from '../../server/src/model/memo';

export type Level = RoleLevel;
export const LEVELS = Object.keys(ROLES) as Level[];

const cache = new Map<string, RegExp>();

function levelRegex(level: Level, extra: readonly string[]): RegExp {
  const key = `${level}\u0000${extra.join('\u0000')}`;
  let re = cache.get(key);
  if (!re) {
    const { en, nb } = ROLES[level];
    re = termsRegex([...en, ...nb, ...extra], 'iu');
    cache.set(key, re);
  }
  return re;
}

/** The memo table of an `extra` object, spelled once per object: rules pass the same one for every text they check. */
const tables = new WeakMap<object, string>();
function tableFor(extra: Partial<Record<Level, readonly string[]>>): string {
  let table = tables.get(extra);
  if (table === undefined) tables.set(extra, (table = `levelsIn${JSON.stringify(extra)}`));
  return table;
}

/** Levels named in the text; `extra` adds configured role words per level. */
export function levelsIn(text: string, extra: Partial<Record<Level, readonly string[]>> = {}): Set<Level> {
  const levels = memo(tableFor(extra), text, () => LEVELS.filter((level) => levelRegex(level, extra[level] ?? []).test(text)));
  return new Set(levels);
}

/** The first role word of a level in the text, with its offset, or undefined. */
export function findLevel(
  text: string,
  level: Level,
  extra: readonly string[] = [],
): { index: number; word: string } | undefined {
  const m = levelRegex(level, extra).exec(text);
  return m ? { index: m.index, word: m[0] } : undefined;
}
