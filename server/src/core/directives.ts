// Inline `<!-- pilotlint-... -->` directives: disable, enable, disable-next-line, disable-file; unused ones are reported.
import type { Root, Nodes } from 'mdast';
import type { Finding, Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { LineIndex } from '../model/lines';
import { engineMessage } from './messages';

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

export function parseDirectives(tree: Root): Directive[] {
  const out: Directive[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html' && node.position?.start.offset !== undefined) {
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
      return;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}

/** Drops findings that directives silence and adds findings for unknown ids and directives that silenced nothing. */
export function applyDirectives(tree: Root, source: string, findings: Finding[], lang: Lang): Finding[] {
  const directives = parseDirectives(tree);
  if (directives.length === 0) return findings;
  const lines = new LineIndex(source);
  const index = indexDirectives(directives, (d) => lines.lineOf(d.end) + 1);

  const silence = (d: Directive, id: string): false => {
    d.used.add(id);
    return false;
  };
  const kept = findings.filter((f) => {
    const fileLevel = index.first('disable-file', f.ruleId);
    if (fileLevel) return silence(fileLevel, f.ruleId);
    const nextLine = index.nextLine(lines.lineOf(f.start), f.ruleId);
    if (nextLine) return silence(nextLine, f.ruleId);
    // A document-level finding (a missing section) honours a disable anywhere; others the last directive before them.
    const state = f.documentLevel ? index.first('disable', f.ruleId) : index.lastBefore(f.start, f.ruleId);
    return state && state.kind === 'disable' ? silence(state, f.ruleId) : true;
  });

  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const unknown = d.ids.filter((id) => !RULE_MAP.has(id));
    for (const id of unknown) {
      kept.push({
        ruleId: 'unknown-rule',
        severity: 'warning',
        message: engineMessage('unknownDirectiveRule', lang, { id }),
        start: d.start,
        end: d.end,
      });
    }
    const known = d.ids.filter((id) => RULE_MAP.has(id));
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
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1] : undefined;
  };
  return {
    first: (kind: Kind, id: string) => earlier(firstOf.get(`${kind} ${id}`), firstOf.get(`${kind} *`)),
    nextLine: (line: number, id: string) => earlier(lines.get(`${line} ${id}`), lines.get(`${line} *`)),
    /** The last disable or enable naming the rule that ends at or before `offset`. */
    lastBefore: (offset: number, id: string) => later(lastEndingBy(toggles.get(id), offset), lastEndingBy(toggles.get('*'), offset)),
  };
}
