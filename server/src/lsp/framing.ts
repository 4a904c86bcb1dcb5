// Re-frames the LSP byte stream so that one message with a wrong Content-Length costs that message, not the session.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER = Buffer.from('Content-Length:', 'latin1');
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A header block longer than this is not a header. */
const MAX_HEADER = 1024;

/**
 * vscode-jsonrpc trusts Content-Length: one wrong value makes it read the next header as body, and every message
 * after that is misaligned for good. This stream sits in front of it and passes on only bodies that are whole JSON:
 * a body whose declared length overruns into the next `Content-Length:` header is cut there, one that is too short
 * is extended up to it, and bytes that are neither are dropped up to the next header. `onProblem` says what was
 * repaired or dropped.
 */
export class FramingRepair extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onProblem: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      const at = this.buffer.indexOf(HEADER);
      if (at < 0) {
        // Keep a tail that may be the start of a header split across chunks.
        if (this.buffer.length > HEADER.length) this.skip(this.buffer.length - HEADER.length, 'bytes outside any message');
        return;
      }
      if (at > 0) this.skip(at, 'bytes before a Content-Length header');
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER) this.skip(HEADER.length, 'a header without an end');
        return;
      }
      if (end > MAX_HEADER) {
        this.skip(HEADER.length, 'a header without an end');
        continue;
      }
      const declared = Number(/^Content-Length:[ \t]*(\d+)/i.exec(this.buffer.subarray(0, end).toString('latin1'))?.[1] ?? NaN);
      const bodyStart = end + HEADER_END.length;
      const available = this.buffer.length - bodyStart;
      const whole = Number.isSafeInteger(declared) && declared <= available;
      if (whole && isJson(this.buffer.subarray(bodyStart, bodyStart + declared))) {
        this.pass(this.buffer.subarray(bodyStart, bodyStart + declared));
        this.buffer = this.buffer.subarray(bodyStart + declared);
        continue;
      }
      // The declared length is wrong, or the body is not all here yet: try the body up to the next header (or the end).
      const next = this.buffer.indexOf(HEADER, bodyStart);
      const candidate = this.buffer.subarray(bodyStart, next < 0 ? this.buffer.length : next);
      if (isJson(candidate)) {
        this.onProblem(`Content-Length ${Number.isNaN(declared) ? '(missing)' : declared} does not match the message (${candidate.length} bytes); read it as ${candidate.length}.`);
        this.pass(candidate);
        this.buffer = this.buffer.subarray(bodyStart + candidate.length);
        continue;
      }
      // Only a body that is all here and still not JSON is dropped; a long one may be arriving in pieces.
      if ((whole || Number.isNaN(declared)) && next >= 0) {
        this.skip(next, 'a message that is not JSON');
        continue;
      }
      return;
    }
  }

  private pass(body: Buffer): void {
    this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]));
  }

  private skip(bytes: number, what: string): void {
    this.onProblem(`Dropped ${bytes} bytes of LSP input: ${what}.`);
    this.buffer = this.buffer.subarray(bytes);
  }
}

function isJson(body: Buffer): boolean {
  // A JSON-RPC message is an object (or a batch): anything else cannot be whole, so skip the parse.
  let last = body.length - 1;
  while (last >= 0 && (body[last] === 0x20 || body[last] === 0x0a || body[last] === 0x0d || body[last] === 0x09)) last--;
  if (last < 0 || (body[last] !== 0x7d && body[last] !== 0x5d)) return false;
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
