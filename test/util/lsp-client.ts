// A minimal LSP client for tests: records published diagnostics and answers workspace/configuration with test settings.
import type { Readable, Writable } from 'node:stream';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  readonly applied: WorkspaceEdit[] = [];
  /** What workspace/configuration answers for section `pilotlint`. */
  settings: unknown = {};
  private waiters: (() => void)[] = [];

  constructor(input: Readable, output: Writable) {
    this.connection = createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'pilotlint' ? this.settings : null)),
    );
    this.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applied.push(p.edit);
      return { applied: true };
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities, rootUri: string | null = null, initializationOptions?: unknown) {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities, initializationOptions });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The first publication for `uri` after index `from` (default: any so far) that satisfies `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 20000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(from).find((p) => p.uri === uri && accept(p));
      if (hit) return hit.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  dispose(): void {
    this.connection.dispose();
  }
}

/** Applies a WorkspaceEdit (versioned documentChanges or plain changes) for one document to its text. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const doc = TextDocument.create(uri, 'markdown', 0, text);
  const edits =
    edit.documentChanges?.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : [])) ?? edit.changes?.[uri] ?? [];
  return TextDocument.applyEdits(doc, edits as Parameters<typeof TextDocument.applyEdits>[1]);
}
