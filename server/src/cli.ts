// Entry of `pilotlint` (bundled to dist/cli.js): runs the CLI on process arguments and sets the exit status.
import './node/eager-regexps';
import { readStdin, run } from './cli/run';

const write = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(s);
const color = !process.env.NO_COLOR && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true);
let status: number;
try {
  status = run(process.argv.slice(2), process.cwd(), { out: write(process.stdout), err: write(process.stderr), color, stdin: readStdin });
} catch (e) {
  process.stderr.write(`pilotlint: internal error: ${(e as Error).stack ?? String(e)}\n`);
  status = 2;
}
// exitCode instead of exit(): a large report piped to another program is flushed before the process ends.
process.exitCode = status;
