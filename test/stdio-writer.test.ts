// The server's stdout writer sends each message's header and body as one write, and the bytes are the library's own.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StreamMessageWriter } from 'vscode-languageserver/node';
import { WholeMessageStream } from '../server/src/lsp/stdio-writer';

/** A stdout stand-in that keeps each write it was given. */
function sink(): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk);
      done();
    },
  });
  return { stream, writes };
}

describe('WholeMessageStream', () => {
  it('writes each message once, with the same bytes in the same order as the library writing to stdout itself', async () => {
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: 'Hvorfor det betyr noe for skalering 😀' } } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [] } },
      { jsonrpc: '2.0', id: 2, result: null },
    ];
    const whole = sink();
    const plain = sink();
    const ours = new StreamMessageWriter(new WholeMessageStream(whole.stream));
    const library = new StreamMessageWriter(plain.stream);
    // Not awaited one by one: the library orders concurrent writes itself, and so must the stream under it.
    await Promise.all(messages.map((m) => ours.write(m)));
    await Promise.all(messages.map((m) => library.write(m)));
    expect(whole.writes).toHaveLength(messages.length);
    expect(plain.writes).toHaveLength(2 * messages.length);
    expect(Buffer.concat(whole.writes).toString('utf8')).toBe(Buffer.concat(plain.writes).toString('utf8'));
    for (const [i, w] of whole.writes.entries()) expect(w.toString('utf8')).toMatch(new RegExp(`^Content-Length: \\d+\\r\\n\\r\\n\\{.*${i === 1 ? 'publishDiagnostics' : `"id":${i === 0 ? 1 : 2}`}`));
  });

  it('passes on what is not a header as it comes, and reports the transport failing', async () => {
    const out = sink();
    const stream = new WholeMessageStream(out.stream);
    await new Promise<void>((r) => stream.write('not a header', () => r()));
    expect(out.writes.map(String)).toEqual(['not a header']);
    const failed = new Promise((r) => stream.once('error', r));
    out.stream.destroy(new Error('EPIPE'));
    await expect(failed).resolves.toMatchObject({ message: 'EPIPE' });
  });
});
