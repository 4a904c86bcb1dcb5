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
  const names = (d: Directive, id: string): boolean => d.ids.length === 0 || d.ids.includes(id);

  const silence = (d: Directive, id: string): false => {
    d.used.add(id);
    return false;
  };
  const kept = findings.filter((f) => {
    const fileLevel = directives.find((d) => d.kind === 'disable-file' && names(d, f.ruleId));
    if (fileLevel) return silence(fileLevel, f.ruleId);
    const line = lines.lineOf(f.start);
    const nextLine = directives.find(
      (d) => d.kind === 'disable-next-line' && names(d, f.ruleId) && lines.lineOf(d.end) + 1 === line,
    );
    if (nextLine) return silence(nextLine, f.ruleId);
    // A document-level finding (a missing section) honours a disable anywhere; others the last directive before them.
    let state: Directive | null = null;
    for (const d of directives) {
      if ((d.kind !== 'disable' && d.kind !== 'enable') || !names(d, f.ruleId)) continue;
      if (f.documentLevel) {
        if (d.kind === 'disable') {
          state = d;
          break;
        }
      } else if (d.end <= f.start) state = d.kind === 'disable' ? d : null;
    }
    return state ? silence(state, f.ruleId) : true;
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
