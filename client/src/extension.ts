// VS Code entry point: starts the pilotlint language server over IPC and shows the proposal's scaling readiness.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

interface ReadinessItem {
  id: string;
  label: string;
  status: 'ok' | 'weak' | 'missing';
  findings: string[];
}
interface Readiness {
  items: ReadinessItem[];
  ready: number;
  total: number;
}

const ICON = { ok: '$(pass)', weak: '$(warning)', missing: '$(error)' } as const;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.pilotlintrc{,.json,.yaml,.yml},.pilotlintignore}');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: watcher },
    initializationOptions: { watchesConfigFiles: true },
  };
  client = new LanguageClient('pilotlint', 'pilotlint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('pilotlint.readiness', vscode.StatusBarAlignment.Right, 100);
  status.name = 'pilotlint scaling readiness';
  status.command = 'pilotlint.showReadiness';
  let readiness: Readiness | null = null;
  let readinessUri: vscode.Uri | undefined;

  const refresh = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    readiness = null;
    if (client?.isRunning() && doc?.languageId === 'markdown') {
      readiness = await client
        .sendRequest<Readiness | null>('pilotlint/readiness', { textDocument: { uri: doc.uri.toString() } })
        .then(undefined, () => null);
    }
    readinessUri = doc?.uri;
    if (!readiness) return status.hide();
    status.text = `$(checklist) Scaling readiness ${readiness.ready}/${readiness.total}`;
    status.tooltip = readiness.items.map((i) => `${i.label}: ${i.status}`).join('\n');
    status.show();
  };

  const showReadiness = async (): Promise<void> => {
    if (!readiness || !readinessUri) return void vscode.window.showInformationMessage('pilotlint: open a pilot proposal to see its scaling readiness.');
    const picks = readiness.items.map((i) => ({
      label: `${ICON[i.status]} ${i.label}`,
      description: i.status,
      detail: i.findings.join(', ') || undefined,
      item: i,
    }));
    const chosen = await vscode.window.showQuickPick(picks, { placeHolder: `Scaling readiness ${readiness.ready}/${readiness.total}: what is missing` });
    const rule = chosen?.item.findings[0]?.split('/')[0];
    if (!rule) return;
    const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    const hit = vscode.languages.getDiagnostics(readinessUri).find((d) => d.source === 'pilotlint' && codeOf(d) === rule);
    if (hit) await vscode.window.showTextDocument(readinessUri, { selection: hit.range });
  };

  context.subscriptions.push(
    watcher,
    status,
    vscode.commands.registerCommand('pilotlint.restartServer', async () => {
      await client?.restart();
      await refresh();
    }),
    vscode.commands.registerCommand('pilotlint.showReadiness', showReadiness),
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) void refresh();
    }),
  );
  await client.start();
  await refresh();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
