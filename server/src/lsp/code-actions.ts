// Code actions from diagnostic data alone: one entry per distinct fix (the one under the cursor first), waive or
// disable what sits at the cursor, fix all.
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { toSnippet } from '../../../rules/util/templates';
import { fixAll } from '../core/fixes';
import { disableLineEdit, waiverEdit } from '../core/suppress';
import { isDiagnosticData, SOURCE, toTextEdits, type DiagnosticData } from './diagnostics';
import type { LintEntry } from './linting';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pilotlint`;
export const FIX_ALL_COMMAND = 'pilotlint.applyFixAll';

export interface CodeActionContext {
  /** Versioned edits let the client refuse an action computed for an older text. */
  documentChanges: boolean;
  /** The client turns `data.snippet` into a snippet edit (our VS Code client says so in its initialization options). */
  snippets?: boolean;
}

/** What a template fix carries for a snippet-capable client: the snippet form of each edit, by index. */
export interface SnippetData {
  snippet: { uri: string; edits: { index: number; snippet: string }[] };
}

export function workspaceEdit(doc: TextDocument, version: number, edits: TextEdit[], ctx: CodeActionContext): WorkspaceEdit {
  return ctx.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version }, edits)] }
    : { changes: { [doc.uri]: edits } };
}

const wants = (only: string[] | undefined, kind: string): boolean =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

type Ours = Omit<Diagnostic, 'data'> & { data: DiagnosticData };

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (r: Range, p: Position): boolean => !before(p, r.start) && !before(r.end, p);
const size = (r: Range): number => (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);

const TEXT = {
  waive: { en: (id: string) => `Waive ${id} with a reason`, nb: (id: string) => `Gjør unntak for ${id} med en begrunnelse` },
  disable: { en: (id: string) => `Disable ${id} for this line`, nb: (id: string) => `Slå av ${id} for denne linjen` },
  disableAll: {
    en: (ids: string[]) => `Disable all ${ids.length} pilotlint rules for this line`,
    nb: (ids: string[]) => `Slå av alle ${ids.length} pilotlint-reglene for denne linjen`,
  },
  fixAll: { en: 'Fix all pilotlint problems', nb: 'Rett alle pilotlint-problemer' },
} as const;

/**
 * The menu for one request, in this order: the fix of the diagnostic under the cursor (preferred), the other
 * distinct fixes (one entry per distinct edit, however many diagnostics offer it), waive and disable for what sits
 * at the cursor, then fix-all once. `entry` is the cached lint result for this version (or undefined when none
 * matches); quick fixes never need it, fix-all reads the findings' fixes from it.
 */
export function codeActions(params: CodeActionParams, doc: TextDocument, entry: LintEntry | undefined, ctx: CodeActionContext): CodeAction[] {
  const only = params.context.only;
  const lang: Lang = entry?.lang ?? 'en';
  const out: CodeAction[] = [];
  const ours = params.context.diagnostics.filter(
    (d): d is Ours => d.source === SOURCE && isDiagnosticData(d.data) && d.data.version === doc.version,
  );
  if (wants(only, CodeActionKind.QuickFix) && ours.length > 0) {
    const cursor = params.range.start;
    // Under the cursor: the narrowest diagnostic holding it, the most severe on a tie; else the first in the range.
    const atCursor = ours.filter((d) => contains(d.range, cursor));
    const ranked = [...(atCursor.length ? atCursor : ours)].sort(
      (a, b) => size(a.range) - size(b.range) || (a.severity ?? 4) - (b.severity ?? 4),
    );
    const primary = ranked[0];
    out.push(...fixes([primary, ...ours.filter((d) => d !== primary)], doc, ctx));
    out.push(...suppressions(doc, primary, atCursor, lang, ctx));
    // A command, not an edit: fix-all lints to a fixed point, too slow to compute for every lightbulb request.
    if (entry && entry.findings.filter((f) => f.fix).length > 1) {
      out.push({ title: TEXT.fixAll[lang], kind: CodeActionKind.QuickFix, command: { title: TEXT.fixAll[lang], command: FIX_ALL_COMMAND, arguments: [doc.uri] } });
    }
  }
  // Asked for by name only (on save, "Fix All" commands): a client that lists every kind would show it twice.
  if (entry && only && wants(only, FIX_ALL_KIND)) {
    const all = fixAllEdit(doc, entry, ctx);
    if (all) out.push({ title: `pilotlint: ${TEXT.fixAll[lang]}`, kind: FIX_ALL_KIND, edit: all });
  }
  return out;
}

/** One quick fix per distinct edit, in the order of the diagnostics given; the first is the preferred one. */
function fixes(diagnostics: Ours[], doc: TextDocument, ctx: CodeActionContext): CodeAction[] {
  const byEdit = new Map<string, CodeAction>();
  for (const d of diagnostics) {
    const fix = d.data.fix;
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    const seen = byEdit.get(key);
    if (seen) {
      seen.diagnostics!.push(d);
      continue;
    }
    const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, doc.version, fix.edits, ctx) };
    if (byEdit.size === 0 && d === diagnostics[0]) action.isPreferred = true;
    if (ctx.snippets && fix.template) {
      const data: SnippetData = { snippet: { uri: doc.uri, edits: fix.edits.map((e, index) => ({ index, snippet: toSnippet(e.newText) })) } };
      action.data = data;
    }
    byEdit.set(key, action);
  }
  return [...byEdit.values()];
}

/** Waive and disable the primary diagnostic's rule; one more entry disables every rule at the cursor at once. */
function suppressions(doc: TextDocument, primary: Ours, atCursor: Ours[], lang: Lang, ctx: CodeActionContext): CodeAction[] {
  const text = doc.getText();
  const out: CodeAction[] = [];
  const edit = (e: { start: number; end: number; newText: string }) => workspaceEdit(doc, doc.version, toTextEdits([e], doc), ctx);
  const id = primary.data.ruleId;
  if (!RULE_MAP.has(id)) return out;
  // A waiver in broken front matter would only add to the damage.
  const waive = id === 'frontmatter-invalid-yaml' ? undefined : waiverEdit(text, id);
  if (waive) out.push({ title: TEXT.waive[lang](id), kind: CodeActionKind.QuickFix, diagnostics: [primary], edit: edit(waive) });
  const offset = doc.offsetAt(primary.range.start);
  const disable = disableLineEdit(text, offset, id);
  if (disable) out.push({ title: TEXT.disable[lang](id), kind: CodeActionKind.QuickFix, diagnostics: [primary], edit: edit(disable) });
  const sameLine = atCursor.filter((d) => RULE_MAP.has(d.data.ruleId) && d.range.start.line === primary.range.start.line);
  const ids = [...new Set(sameLine.map((d) => d.data.ruleId))];
  const all = ids.length > 1 ? disableLineEdit(text, offset, ids.join(', ')) : undefined;
  if (all) out.push({ title: TEXT.disableAll[lang](ids), kind: CodeActionKind.QuickFix, diagnostics: sameLine, edit: edit(all) });
  return out;
}

/**
 * The core fix-all of the cached result's text as one edit over the span that changed; undefined when nothing is
 * fixable or the document is not linted.
 */
export function fixAllEdit(doc: TextDocument, entry: LintEntry, ctx: CodeActionContext): WorkspaceEdit | undefined {
  if (entry.version !== doc.version || !entry.selected || !entry.findings.some((f) => f.fix)) return undefined;
  const before = entry.text;
  const after = fixAll(before, entry.config).text;
  if (after === before) return undefined;
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // Never split a CRLF or a surrogate pair between the kept text and the edit.
  while (head > 0 && /[\r\uD800-\uDBFF]/.test(before[head - 1])) head--;
  while (tail > 0 && /[\n\uDC00-\uDFFF]/.test(before[before.length - tail])) tail--;
  const edit = { start: head, end: before.length - tail, newText: after.slice(head, after.length - tail) };
  return workspaceEdit(doc, doc.version, toTextEdits([edit], doc), ctx);
}
