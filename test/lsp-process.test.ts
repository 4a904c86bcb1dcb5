// The built language server as a process: it survives bad framing and exits when its client or parent is gone.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SERVER = join(__dirname, '..', 'dist', 'server.js');

/** A raw stdio client: writes frames as given (so tests can forge them) and collects the server's messages. */
class RawClient {
  readonly messages: Record<string, unknown>[] = [];
  readonly exited: Promise<number | null>;
  private pending = Buffer.alloc(0);

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      for (;;) {
        const end = this.pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, end).toString())?.[1]);
        if (this.pending.length < end + 4 + length) return;
        this.messages.push(JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString()));
        this.pending = this.pending.subarray(end + 4 + length);
      }
    });
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  frame(message: unknown, lengthDelta = 0): void {
    const body = Buffer.from(JSON.stringify(message));
    this.proc.stdin.write(`Content-Length: ${body.length + lengthDelta}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  async response(id: number, timeoutMs = 15000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = this.messages.find((m) => m.id === id && ('result' in m || 'error' in m));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no response to request ${id} within ${timeoutMs} ms`);
  }
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill();
});

function start(): RawClient {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  running.push(proc);
  return new RawClient(proc);
}

const within = <T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

/** A server past initialize and initialized. */
async function startInitialized(): Promise<RawClient> {
  const client = start();
  client.frame(INIT(null));
  await client.response(1);
  client.frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
  return client;
}

const INIT = (processId: number | null) => ({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId, rootUri: null, capabilities: {} } });
const URI = 'file:///tmp/pilotlint-framing.proposal.md';

describe('language server process', () => {
  it('exits when its stdin closes', async () => {
    const client = start();
    client.frame(INIT(null));
    await client.response(1);
    client.proc.stdin.end();
    expect(await within(client.exited, 10000)).not.toBe('timeout');
  }, 30000);

  it('exits when the parent process named in initialize dies', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const client = start();
    client.frame(INIT(parent.pid!));
    await client.response(1);
    parent.kill();
    // The library polls the parent every 3 s.
    expect(await within(client.exited, 12000)).not.toBe('timeout');
  }, 30000);

  it('reads on after a message with a wrong Content-Length, too long or too short', async () => {
    const client = await startInitialized();
    const open = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: '# Pilot\n\nTBD\n' } } };
    client.frame(open, 25);
    client.frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } });
    const symbols = await client.response(2);
    expect(symbols.result).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Pilot' })]));
    client.frame({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: URI }, position: { line: 0, character: 2 } } }, -7);
    client.frame({ jsonrpc: '2.0', id: 4, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } });
    expect((await client.response(4)).result).toEqual(symbols.result);
    // Garbage between messages is dropped, not read as a header.
    client.proc.stdin.write('garbage without a header\r\n\r\n');
    client.frame({ jsonrpc: '2.0', id: 5, method: 'shutdown' });
    expect(await client.response(5)).toHaveProperty('result', null);
  }, 30000);

  it('answers a hover while a 1 MB lint runs in the lint worker, then publishes that lint', async () => {
    const client = await startInitialized();
    const small = 'file:///tmp/pilotlint-small.proposal.md';
    const big = 'file:///tmp/pilotlint-big.proposal.md';
    const open = (uri: string, text: string) => ({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
    const published = (uri: string) => client.messages.findIndex((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const example = readFileSync(join(__dirname, '..', 'examples', 'weak-en.proposal.md'), 'utf8');
    client.frame(open(small, example));
    client.frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri: small } } });
    await client.response(2);
    const body = example.replace(/^# .*\n/, '');
    const text = '# Big pilot\n\n' + body.repeat(Math.ceil(1_000_000 / body.length));
    expect(text.length).toBeGreaterThan(1_000_000);
    client.frame(open(big, text));
    client.frame({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: small }, position: { line: 0, character: 2 } } });
    const answer = await client.response(3);
    const hoverAt = client.messages.indexOf(answer);
    expect(answer).toHaveProperty('result');
    expect(answer.result).not.toBeNull();
    // The big document's diagnostics come after the hover: it was answered while that lint ran.
    const deadline = Date.now() + 60000;
    while (published(big) < 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(published(big)).toBeGreaterThan(hoverAt);
    const diagnostics = (client.messages[published(big)].params as { diagnostics: { code?: string }[] }).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    // Linted, not refused or failed (those are one notice each), and the worker never fell over on the way.
    expect(diagnostics.some((d) => d.code === 'document-too-large' || d.code === 'internal-error')).toBe(false);
    const logs = client.messages.filter((m) => m.method === 'window/logMessage').map((m) => String((m.params as { message: string }).message));
    expect(logs.filter((l) => l.includes('lint worker'))).toEqual([]);
  }, 90000);

  it('exits with its lint worker when stdin closes in the middle of a lint', async () => {
    const client = await startInitialized();
    const body = readFileSync(join(__dirname, '..', 'examples', 'weak-en.proposal.md'), 'utf8');
    const text = body.repeat(Math.ceil(1_000_000 / body.length));
    client.frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } } });
    await new Promise((r) => setTimeout(r, 300));
    // A shutdown answered in the middle of the lint, then stdin closes: exit code 0 (LSP's clean exit), worker and all.
    client.frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    expect(await client.response(2)).toHaveProperty('result', null);
    expect(client.messages.some((m) => m.method === 'textDocument/publishDiagnostics')).toBe(false);
    client.proc.stdin.end();
    expect(await within(client.exited, 10000)).toBe(0);
  }, 30000);
});
