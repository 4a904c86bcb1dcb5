// VS Code entry point: starts, stops and restarts the pilotlint language server and feeds the readiness view.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_GLOB, READINESS_REQUEST } from '../../server/src/protocol';
import { ReadinessView, type Readiness } from './readiness-view';
import { snippetMiddleware } from './snippets';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: watcher },
    initializationOptions: { watchesConfigFiles: true, snippetEdits: true },
    middleware: snippetMiddleware,
  };
  client = new LanguageClient('pilotlint', 'pilotlint', serverOptions, clientOptions);
  const view = new ReadinessView();

  let last: vscode.Uri | undefined;
  const refresh = async (): Promise<void> => {
    // With the readiness view focused there is no active editor: keep following the last document.
    const doc = vscode.window.activeTextEditor?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === last?.toString());
    let readiness: Readiness | null = null;
    if (client?.isRunning() && doc?.languageId === 'markdown') {
      readiness = await client
        .sendRequest<Readiness | null>(READINESS_REQUEST, { textDocument: { uri: doc.uri.toString() } })
        .then(undefined, () => null);
    }
    last = doc?.uri;
    view.update(readiness, doc?.uri);
  };

  context.subscriptions.push(
    watcher,
    view,
    vscode.commands.registerCommand('pilotlint.restartServer', async () => {
      await client?.restart();
      await refresh();
    }),
    vscode.commands.registerCommand('pilotlint.showReadiness', () => view.show()),
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === last?.toString())) void refresh();
    }),
  );
  await client.start();
  await refresh();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
