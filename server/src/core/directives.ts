// Inline `<!-- pilotlint-... -->` directives: disable, enable, disable-next-line, disable-file; unused ones are reported.
import type { Html } from 'mdast';
import type { Finding, Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { namedBy, ruleOf } from './concerns';
import { LineIndex } from '../model/lines';
import { engineMessage } from './messages';
import { partitionPoint } from '../model/search';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

interface Directive {
  kind: Kind;
  /** Rule ids named; empty means every rule. */
  ids: string[];
  start: number;
  end: number;
  used: Set<string>;
}

const DIRECTIVE = /<!--\s*pilotlint-(disable-next-line|disable-file|disable|enable)\b([^]*?)-->/g;

export function parseDirectives(html: readonly Html[]): Directive[] {
  const out: Directive[] = [];
  for (const node of html) {
    if (node.position?.start.offset === undefined) continue;
    const base = node.position.start.offset;
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(node.value))) {
      const ids = m[2]
        .replace(/--.*$/s, '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      out.push({ kind: m[1] as Kind, ids, start: base + m.index, end: base + m.index + m[0].length, used: new Set() });
    }
  }
  return out;
}

/** Drops findings that directives silence and adds findings for unknown ids and directives that silenced nothing. */
export function applyDirectives(html: readonly Html[], source: string, findings: Finding[], lang: Lang, lineIndex?: LineIndex): Finding[] {
  const directives = parseDirectives(html);
  if (directives.length === 0) return findings;
  const lines = lineIndex ?? new LineIndex(source);
  const index = indexDirectives(directives, (d) => lines.lineOf(d.end) + 1);
  // A directive may name a rule or one element of it (`rule/element`); a bare directive names every finding.
  const namesOf = (f: Finding): string[] => [f.ruleId, ...(f.elements ?? (f.element ? [f.element] : [])).map((e) => `${f.ruleId}/${e}`)];

  const silence = (d: Directive, f: Finding): false => {
    d.used.add(d.ids.length === 0 ? f.ruleId : namedBy(d.ids, f)!);
    return false;
  };
  const kept = findings.filter((f) => {
    const ids = namesOf(f);
    const fileLevel = index.first('disable-file', ids);
    if (fileLevel) return silence(fileLevel, f);
    const nextLine = index.nextLine(lines.lineOf(f.start), ids);
    if (nextLine) return silence(nextLine, f);
    // A document-level finding (a missing section) honours a disable anywhere; others the last directive before them.
    const state = f.documentLevel ? index.first('disable', ids) : index.lastBefore(f.start, ids);
    return state && state.kind === 'disable' ? silence(state, f) : true;
  });

  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const unknown = d.ids.filter((id) => !RULE_MAP.has(ruleOf(id)));
    for (const id of unknown) {
      kept.push({
        ruleId: 'unknown-rule',
        severity: 'warning',
        message: engineMessage('unknownDirectiveRule', lang, { id }),
        start: d.start,
        end: d.end,
      });
    }
    const known = d.ids.filter((id) => RULE_MAP.has(ruleOf(id)));
    const unused = d.ids.length === 0 ? (d.used.size === 0 ? ['*'] : []) : known.filter((id) => !d.used.has(id));
    for (const id of unused) {
      const what = id === '*' ? engineMessage('anyRule', lang) : id;
      kept.push({
        ruleId: 'unused-disable-directive',
        severity: 'warning',
        message: engineMessage('unusedDirective', lang, { kind: d.kind, what }),
        start: d.start,
        end: d.end,
      });
    }
  }
  return kept;
}

/**
 * Lookups by rule id (`*` for directives that name none), so each finding costs a few map reads and one binary
 * search instead of a pass over every directive: thousands of directives × thousands of findings stay fast.
 */
function indexDirectives(directives: Directive[], targetLine: (d: Directive) => number) {
  const order = new Map(directives.map((d, i) => [d, i]));
  const earlier = (a: Directive | undefined, b: Directive | undefined): Directive | undefined =>
    !a ? b : !b ? a : order.get(a)! < order.get(b)! ? a : b;
  const later = (a: Directive | undefined, b: Directive | undefined): Directive | undefined =>
    !a ? b : !b ? a : order.get(a)! > order.get(b)! ? a : b;
  const firstOf = new Map<string, Directive>();
  const lines = new Map<string, Directive>();
  const toggles = new Map<string, Directive[]>();
  for (const d of directives) {
    for (const id of d.ids.length ? d.ids : ['*']) {
      if (!firstOf.has(`${d.kind} ${id}`)) firstOf.set(`${d.kind} ${id}`, d);
      if (d.kind === 'disable-next-line') {
        const key = `${targetLine(d)} ${id}`;
        if (!lines.has(key)) lines.set(key, d);
      } else if (d.kind === 'disable' || d.kind === 'enable') {
        const list = toggles.get(id) ?? [];
        if (list[list.length - 1] !== d) list.push(d);
        toggles.set(id, list);
      }
    }
  }
  const lastEndingBy = (list: Directive[] | undefined, offset: number): Directive | undefined => {
    if (!list) return undefined;
    const lo = partitionPoint(list.length, (i) => list[i].end <= offset);
    return lo > 0 ? list[lo - 1] : undefined;
  };
  const pick = (ids: readonly string[], get: (id: string) => Directive | undefined, best: typeof earlier): Directive | undefined =>
    [...ids, '*'].reduce<Directive | undefined>((found, id) => best(found, get(id)), undefined);
  return {
    first: (kind: Kind, ids: readonly string[]) => pick(ids, (id) => firstOf.get(`${kind} ${id}`), earlier),
    nextLine: (line: number, ids: readonly string[]) => pick(ids, (id) => lines.get(`${line} ${id}`), earlier),
    /** The last disable or enable naming the finding that ends at or before `offset`. */
    lastBefore: (offset: number, ids: readonly string[]) => pick(ids, (id) => lastEndingBy(toggles.get(id), offset), later),
  };
}
