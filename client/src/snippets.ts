// Turns a template quick fix that carries its snippet form (`data.snippet`) into a snippet edit, so VS Code puts tab
// stops on the template's placeholders and the cursor in the first (LSP 3.17 has no snippet edits of its own).
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

interface SnippetData {
  snippet: { uri: string; edits: { index: number; snippet: string }[] };
}

function isSnippetData(v: unknown): v is SnippetData {
  const s = (v as Partial<SnippetData> | undefined)?.snippet;
  return !!s && typeof s.uri === 'string' && Array.isArray(s.edits);
}

function asSnippetAction(action: vscode.CodeAction | vscode.Command): vscode.CodeAction | vscode.Command {
  if (!(action instanceof vscode.CodeAction) || !action.edit) return action;
  const data = (action as { data?: unknown }).data;
  if (!isSnippetData(data)) return action;
  const uri = vscode.Uri.parse(data.snippet.uri);
  const plain = action.edit.get(uri);
  if (action.edit.size !== 1 || plain.length !== data.snippet.edits.length) return action;
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    plain.map((e, i) => {
      const snippet = data.snippet.edits.find((s) => s.index === i)?.snippet;
      return snippet === undefined ? e : new vscode.SnippetTextEdit(e.range, new vscode.SnippetString(snippet));
    }),
  );
  action.edit = edit;
  return action;
}

export const snippetMiddleware: Middleware = {
  async provideCodeActions(document, range, context, token, next) {
    const actions = await next(document, range, context, token);
    return actions?.map(asSnippetAction);
  },
};
