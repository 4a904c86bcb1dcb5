// Entry of `pilotlint-ls`: handles --help/--version, defaults the transport to stdio, and starts the server.
import '../node/eager-regexps';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FramingRepair } from './framing';
import { WholeMessageStream } from './stdio-writer';
import { version } from '../../../package.json';
import { createServer } from './server';

const HELP = `pilotlint-ls ${version}: language server for pilot proposals (Markdown).

Usage: pilotlint-ls [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

  --stdio       talk LSP over stdin/stdout (the default)
  --node-ipc    talk LSP over the Node IPC channel (used by the VS Code extension)
  --version     print the version and exit
  --help        print this help and exit

Settings (section "pilotlint"): enable, include, rules, language. See docs/editors.md.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const stdio = args.includes('--stdio') || !args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)));

// Over stdio the byte stream is re-framed first (framing.ts) and each message goes out in one write (stdio-writer.ts);
// the library still exits when stdin ends or closes, and when the parent process given in `initialize` dies.
let connection: Connection;
if (stdio) {
  const framed = new FramingRepair((m) => connection.console.warn(`pilotlint: ${m}`));
  process.stdin.on('end', () => framed.end());
  process.stdin.on('close', () => framed.destroy());
  process.stdin.pipe(framed);
  connection = createConnection(ProposedFeatures.all, framed, new WholeMessageStream(process.stdout));
  // stdout carries the protocol: a stray console.log from a dependency must go to the client's log instead.
  console.log = console.info = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
} else connection = createConnection(ProposedFeatures.all);
// A bug in one handler must not take the editor's diagnostics down with it; the connection console reaches the user's log.
process.on('uncaughtException', (e) => connection.console.error(`pilotlint: uncaught error: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`pilotlint: unhandled rejection: ${String(e)}`));
createServer(connection);
