// The editor scenario of `npm run bench`: drives dist/server.js over stdio with typing, hovers and many open proposals.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const EDITS = 50;
/** While a keystroke waits for its diagnostics, a hover is sent at once and then every HOVER_EVERY ms. */
const HOVER_EVERY = 40;
const IDLE_HOVERS = 20;
/**
 * Idle hovers paced as the typing ones are (one every HOVER_EVERY ms), after the typing: the idle figure above is of
 * hovers sent back to back, and a hover after 40 ms of quiet costs more whatever the server does (round 9 of
 * docs/performance.md), so this one tells the pacing's share of the typing figure from the lint's. Not a target.
 */
const PACED_HOVERS = 50;

/** A server process with a client over its stdio; diagnostics are kept by uri and version as they arrive. */
async function startServer(root) {
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  const seen = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version}`;
    seen.set(key, { at: performance.now(), diagnostics: p.diagnostics });
    waiters.get(key)?.();
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pid: child.pid,
    /** Resolves with the arrival time and diagnostics of the publication for this uri and version. */
    diagnostics(uri, version, timeoutMs = 600_000) {
      const key = `${uri}#${version}`;
      if (seen.has(key)) return Promise.resolve(seen.get(key));
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no diagnostics for ${key} within ${timeoutMs} ms`)), timeoutMs);
        waiters.set(key, () => {
          clearTimeout(t);
          waiters.delete(key);
          resolve(seen.get(key));
        });
      });
    },
    forget(uri) {
      for (const k of seen.keys()) if (k.startsWith(`${uri}#`)) seen.delete(k);
    },
    async hover(uri, position) {
      const t = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      return performance.now() - t;
    },
    /** Peak resident set of the server process so far (Linux). */
    peakRssMb() {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => {});
      await connection.sendNotification('exit').catch(() => {});
      connection.dispose();
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    },
  };
}

function position(text, offset) {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}

/** Where to type: the end of a prose line near the middle; where to hover: the last heading before it. */
function spots(text) {
  let at = text.indexOf('\n', text.length >> 1);
  while (at > 0 && !/[A-Za-zæøå.]$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at).replace(/\r$/, ''))) at = text.indexOf('\n', at + 1);
  if (text[at - 1] === '\r') at--;
  const heading = text.lastIndexOf('\n#', at) + 1;
  return { edit: position(text, at), hover: { ...position(text, heading), character: 1 } };
}

export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Open, then EDITS one-character edits in the middle, each waited for, with hovers while it is pending. */
export async function typingScenario(root, label, file) {
  const server = await startServer(root);
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const { edit, hover } = spots(text);
  try {
    const t0 = performance.now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const opened = await server.diagnostics(uri, 1);
    const openMs = opened.at - t0;
    const refused = opened.diagnostics.some((d) => d.code === 'document-too-large');
    const idle = [];
    for (let i = 0; i < IDLE_HOVERS; i++) idle.push(await server.hover(uri, hover));
    const keystroke = [];
    const typing = [];
    for (let i = 0; i < EDITS; i++) {
      const version = i + 2;
      const sent = performance.now();
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { ...edit, character: edit.character + i }, end: { ...edit, character: edit.character + i } }, text: 'x' }],
      });
      const done = server.diagnostics(uri, version);
      let settled = false;
      void done.then(() => (settled = true), () => (settled = true));
      const hovers = [];
      while (!settled) {
        hovers.push(server.hover(uri, hover).then((ms) => typing.push(ms)));
        await Promise.race([done, new Promise((r) => setTimeout(r, HOVER_EVERY))]).catch(() => {});
      }
      const got = await done;
      keystroke.push(got.at - sent);
      await Promise.all(hovers);
    }
    const paced = [];
    for (let i = 0; i < PACED_HOVERS; i++) {
      await new Promise((r) => setTimeout(r, HOVER_EVERY));
      paced.push(await server.hover(uri, hover));
    }
    return {
      size: label,
      bytes: Buffer.byteLength(text),
      refused,
      openMs: round(openMs),
      keystrokeP50Ms: round(percentile(keystroke, 50)),
      keystrokeP95Ms: round(percentile(keystroke, 95)),
      hoverIdleP95Ms: round(percentile(idle, 95)),
      hoverTypingP95Ms: round(percentile(typing, 95)),
      hoverPacedIdleP95Ms: round(percentile(paced, 95)),
      hoversWhileTyping: typing.length,
      peakRssMb: round(server.peakRssMb()),
    };
  } finally {
    await server.stop();
  }
}

/** Hostile inputs of issue 12 that once held the event loop for seconds inside one lint step. */
export const HOSTILE = {
  risks: () => '# P\n\n' + '## Risks\n\nFunding.\n\n'.repeat(Math.ceil(890_000 / 20)),
  directives: () => '# P\n\n' + '<!-- pilotlint-disable placeholder-text -->\nTBD\n'.repeat(Math.ceil(590_000 / 50)),
  deeplist: () => '# P\n\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') + '\n',
};

/** Open `kind`, wait for its diagnostics, type one character, and hover every HOVER_EVERY ms until the re-lint lands. */
export async function hostileScenario(root, kind) {
  const server = await startServer(root);
  const uri = `untitled:hostile-${kind}.proposal.md`;
  const text = HOSTILE[kind]();
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await server.diagnostics(uri, 1);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }],
    });
    const done = server.diagnostics(uri, 2);
    let settled = false;
    void done.then(() => (settled = true), () => (settled = true));
    // One hover at a time, so each figure is how long the server kept a request waiting, not a queue behind it.
    const hovers = [];
    while (!settled) {
      hovers.push(await server.hover(uri, { line: 0, character: 2 }));
      await Promise.race([done, new Promise((r) => setTimeout(r, HOVER_EVERY))]).catch(() => {});
    }
    const got = await done;
    return { kind, bytes: Buffer.byteLength(text), relintMs: round(got.at - sent), hovers: hovers.length, hoverP95Ms: round(percentile(hovers, 95)), hoverMaxMs: round(Math.max(...hovers)) };
  } finally {
    await server.stop();
  }
}

/** Peak RSS of one server with `count` proposals open at once, each linted. */
export async function manyOpenScenario(root, count, texts) {
  const server = await startServer(root);
  try {
    const uris = [];
    for (let i = 0; i < count; i++) {
      const uri = `untitled:bench-${i}.proposal.md`;
      // Distinct texts, so no two documents could share a parse.
      const text = `${texts[i % texts.length]}\n<!-- ${i} -->\n`;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      uris.push(uri);
    }
    for (const uri of uris) await server.diagnostics(uri, 1);
    return { open: count, peakRssMb: round(server.peakRssMb()) };
  } finally {
    await server.stop();
  }
}

function round(n) {
  return Math.round(n * 100) / 100;
}
