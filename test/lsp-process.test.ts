// The built language server as a process: it survives bad framing and exits when its client or parent is gone.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
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
    const client = start();
    client.frame(INIT(null));
    await client.response(1);
    client.frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
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
});
