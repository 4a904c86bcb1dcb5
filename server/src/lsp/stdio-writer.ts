// The server's stdout as the connection sees it: each message's header and body go out in one write, not two.
import { Writable } from 'node:stream';

const HEADER = Buffer.from('Content-Length:', 'latin1');
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

/**
 * vscode-jsonrpc writes a message's header, waits for that write's callback, then writes its body: two system calls on
 * the pipe and two wake-ups of the client, who reads a header and sleeps again. On a busy machine the first wake-up
 * could give the client the CPU between the two, and the server's main thread then waited for its turn with the
 * response half sent (hovers while typing, docs/performance.md, round 9). Here a header is held (its write reported
 * done at once, so the library goes on to the body) and written together with the body that follows: the same bytes
 * in the same order. Anything that is not a header is written as it comes.
 */
export class WholeMessageStream extends Writable {
  private header: Buffer | undefined;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    // The library listens here for the transport's errors and its closing.
    out.on('error', (e: Error) => this.destroy(e));
    out.on('close', () => this.destroy());
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.header === undefined && isHeader(chunk)) {
      this.header = chunk;
      done();
      return;
    }
    const frame = this.header ? Buffer.concat([this.header, chunk]) : chunk;
    this.header = undefined;
    this.out.write(frame, (e) => done(e));
  }

  /** The connection ending ends stdout, as it did when the library was given stdout itself. */
  override _final(done: (error?: Error | null) => void): void {
    const held = this.header;
    this.header = undefined;
    if (held) this.out.write(held);
    this.out.end(() => done());
  }
}

function isHeader(chunk: Buffer): boolean {
  return chunk.length < 256 && chunk.subarray(0, HEADER.length).equals(HEADER) && chunk.subarray(chunk.length - HEADER_END.length).equals(HEADER_END);
}
