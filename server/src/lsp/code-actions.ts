// Code actions from diagnostic data alone: the finding's own fix, waive with a reason, disable for a line, fix all.
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { fixAll } from '../core/fixes';
import { disableLineEdit, waiverEdit } from '../core/suppress';
import { isDiagnosticData, SOURCE, toTextEdits } from './diagnostics';
import type { LintEntry } from './linting';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pilotlint`;
export const FIX_ALL_COMMAND = 'pilotlint.applyFixAll';

export interface CodeActionContext {
  /** Versioned edits let the client refuse an action computed for an older text. */
  documentChanges: boolean;
}

export function workspaceEdit(doc: TextDocument, version: number, edits: TextEdit[], ctx: CodeActionContext): WorkspaceEdit {
  return ctx.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version }, edits)] }
    : { changes: { [doc.uri]: edits } };
}

const wants = (only: string[] | undefined, kind: string): boolean =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

/**
 * Quick fixes per diagnostic and the fix-all source action. `entry` is the cached lint result for this version (or
 * undefined when none matches); quick fixes never need it, fix-all reads the findings' fixes from it.
 */
export function codeActions(params: CodeActionParams, doc: TextDocument, entry: LintEntry | undefined, ctx: CodeActionContext): CodeAction[] {
  const only = params.context.only;
  const lang: Lang = entry?.lang ?? 'en';
  const text = doc.getText();
  const out: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) continue;
    const data = diagnostic.data;
    if (data.version !== doc.version) continue;
    if (!wants(only, CodeActionKind.QuickFix)) continue;
    if (data.fix) out.push(quickFix(data.fix.title, diagnostic, workspaceEdit(doc, doc.version, data.fix.edits, ctx), true));
    if (!RULE_MAP.has(data.ruleId)) continue;
    // A waiver in broken front matter would only add to the damage.
    if (data.ruleId !== 'frontmatter-invalid-yaml') {
      const waive = waiverEdit(text, data.ruleId);
      if (waive) {
        const title = lang === 'nb' ? `Gjør unntak for ${data.ruleId} med en begrunnelse` : `Waive ${data.ruleId} with a reason`;
        out.push(quickFix(title, diagnostic, workspaceEdit(doc, doc.version, toTextEdits([waive], doc), ctx)));
      }
    }
    const disable = disableLineEdit(text, doc.offsetAt(diagnostic.range.start), data.ruleId);
    if (disable) {
      const title = lang === 'nb' ? `Slå av ${data.ruleId} for denne linjen` : `Disable ${data.ruleId} for this line`;
      out.push(quickFix(title, diagnostic, workspaceEdit(doc, doc.version, toTextEdits([disable], doc), ctx)));
    }
  }
  if (entry && wants(only, FIX_ALL_KIND)) {
    const fixAll = fixAllEdit(doc, entry, ctx);
    if (fixAll) {
      out.push({
        title: lang === 'nb' ? 'pilotlint: Rett alle problemer som kan rettes automatisk' : 'pilotlint: Fix all auto-fixable problems',
        kind: FIX_ALL_KIND,
        edit: fixAll,
      });
    }
  }
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

function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  if (isPreferred) action.isPreferred = true;
  return action;
}
