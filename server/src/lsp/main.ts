// Entry of `pilotlint-ls`: handles --help/--version, defaults the transport to stdio, and starts the server.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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
if (!args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
// A bug in one handler must not take the editor's diagnostics down with it; the connection console reaches the user's log.
process.on('uncaughtException', (e) => connection.console.error(`pilotlint: uncaught error: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`pilotlint: unhandled rejection: ${String(e)}`));
createServer(connection);
