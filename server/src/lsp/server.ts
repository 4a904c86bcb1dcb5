// The language server as a factory over a connection, so it runs the same over stdio, IPC or in-process streams.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionParams,
  type Connection,
  type HoverParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineSafeTextDocument } from './text-document';
import { version } from '../../../package.json';
import { readiness } from '../core/readiness';
import { CONFIG_GLOB, READINESS_REQUEST, type ReadinessParams, type ReadinessResult } from '../protocol';
import { codeActions, fixAllEdit, FIX_ALL_COMMAND, FIX_ALL_KIND } from './code-actions';
import { completeHeading } from './completion';
import { failureDiagnostic } from './diagnostics';
import { hover } from './hover';
import { describe } from './lint-job';
import { LintService, noticeLanguage, type LintEntry } from './linting';
import { documentSymbols } from './symbols';
import { Workspace } from './workspace';

/** Set by our own VS Code client, which watches config files itself. */
interface InitializationOptions {
  watchesConfigFiles?: boolean;
  /** Set by our own VS Code client, which turns a template fix's `data.snippet` into a snippet edit. */
  snippetEdits?: boolean;
  /** Settings for clients that neither answer workspace/configuration nor send didChangeConfiguration (Neovim 0.7's start_client). */
  pilotlint?: unknown;
}

export function createServer(connection: Connection): void {
  const documents = new TextDocuments(lineSafeTextDocument);
  let workspace: Workspace | undefined;
  let pull = false;
  let refreshPull = false;
  let documentChanges = false;
  let snippets = false;
  let registerConfiguration = false;
  let registerWatcher = false;

  const log = (message: string): void => connection.console.error(message);
  // Documents opened before `initialize` are linted once the workspace (settings, folders) is known.
  let ready!: (w: Workspace) => void;
  const initialized = new Promise<Workspace>((r) => (ready = r));
  const lints = new LintService({
    getDocument: (uri) => documents.get(uri),
    resolve: async (doc) => (await initialized).resolve(doc),
    onResult: (entry) => {
      if (!pull) void connection.sendDiagnostics({ uri: entry.uri, version: entry.version, diagnostics: entry.diagnostics });
    },
    logError: log,
  });

  /** Every handler is fenced: an exception is logged and answered with an empty result, never a dead server. */
  const guard =
    <P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>) =>
    async (...args: P): Promise<R> => {
      try {
        return await fn(...args);
      } catch (e) {
        log(`pilotlint: ${name} failed: ${describe(e)}`);
        return fallback;
      }
    };

  const relintAll = (): void => {
    lints.invalidateAll(documents.keys());
    if (pull && refreshPull) connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = caps.textDocument?.diagnostic !== undefined;
    refreshPull = caps.workspace?.diagnostics?.refreshSupport === true;
    documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    registerConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    snippets = options.snippetEdits === true;
    registerWatcher = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options.watchesConfigFiles !== true;
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []);
    workspace = new Workspace(connection, {
      pullSettings: caps.workspace?.configuration === true,
      folders: folders.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : [])),
      onLateSettings: () => relintAll(),
    });
    ready(workspace);
    if (options.pilotlint !== undefined) workspace.settingsChanged({ pilotlint: options.pilotlint });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: ['#', ' '] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
        ...(pull ? { diagnosticProvider: { identifier: 'pilotlint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'pilotlint', version },
    };
  });

  connection.onInitialized(() => {
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pilotlint' });
    if (registerWatcher) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      workspace?.settingsChanged(params.settings);
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, () => {
      workspace?.configFilesChanged();
      relintAll();
    }),
  );

  // The first lint of a document runs at once; edits after that are debounced (open fires before change content).
  const opening = new Set<string>();
  documents.onDidOpen((e) => opening.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    const first = opening.delete(e.document.uri);
    void lints.schedule(e.document.uri, first ? 0 : undefined);
  });
  documents.onDidClose((e) => {
    lints.forget(e.document.uri);
    workspace?.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: 'full' as const, items: [] }, async (params) => {
      try {
        const entry = await lints.get(params.textDocument.uri);
        return { kind: 'full' as const, items: entry?.diagnostics ?? [] };
      } catch (e) {
        log(`pilotlint: linting ${params.textDocument.uri} failed: ${String(e)}`);
        // No resolved config here: the settings' language if forced, else the open text's (empty text reads as English).
        const settings = await workspace?.settingsFor(params.textDocument.uri).catch(() => undefined);
        const text = documents.get(params.textDocument.uri)?.getText() ?? '';
        return { kind: 'full' as const, items: [failureDiagnostic(e, noticeLanguage(text, settings?.language))] };
      }
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      // Quick fixes read diagnostic data only and answer at once; a fix-all asked for by kind (on save) waits for this version's lint.
      const fixAll = params.context.only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) === true;
      const entry = lints.current(doc.uri) ?? (fixAll ? await lints.get(doc.uri) : undefined);
      const current = documents.get(doc.uri);
      return current ? codeActions(params, current, entry, { documentChanges, snippets }) : [];
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', undefined, async (params) => {
      if (params.command !== FIX_ALL_COMMAND) return;
      const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
      const doc = uri ? documents.get(uri) : undefined;
      const entry = uri ? await lints.get(uri) : undefined;
      if (!doc || !entry) return;
      const edit = fixAllEdit(doc, entry, { documentChanges });
      if (edit) await connection.workspace.applyEdit(edit);
    }),
  );

  /**
   * A feature over the last lint result (and model) at once, whatever its version, read against the text that result
   * was made from; null when the document was never linted.
   */
  const withEntry =
    <P extends { textDocument: { uri: string } }, R>(feature: (doc: TextDocument, entry: LintEntry, params: P) => R | null) =>
    async (params: P): Promise<R | null> => {
      const entry = await lints.latest(params.textDocument.uri);
      return entry ? feature(entry.document, entry, params) : null;
    };

  connection.onHover(guard('hover', null, withEntry((doc, entry, params: HoverParams) => hover(doc, entry, params.position))));
  connection.onDocumentSymbol(guard('documentSymbol', null, withEntry(documentSymbols)));
  connection.onCompletion(
    guard('completion', null, async (params: CompletionParams) => {
      const entry = await lints.latest(params.textDocument.uri);
      const doc = documents.get(params.textDocument.uri);
      // The line being typed is read from the editor's text; the model only says which sections are still missing.
      return doc && entry ? completeHeading(doc, entry, params.position) : null;
    }),
  );

  connection.onRequest(
    READINESS_REQUEST,
    guard(
      'readiness',
      null,
      withEntry((doc, entry, _params: ReadinessParams): ReadinessResult | null => {
        if (!entry.model || doc.version !== entry.version) return null;
        const r = readiness(entry.model.doc, entry.findings, entry.lang);
        const items = r.items.map((i) => ({
          ...i,
          details: i.details.map(({ start, end, ...d }) => ({ ...d, range: { start: doc.positionAt(start), end: doc.positionAt(end) } })),
        }));
        return { ...r, items };
      }),
    ),
  );

  documents.listen(connection);
  connection.listen();
}
