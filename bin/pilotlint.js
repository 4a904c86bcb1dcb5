#!/usr/bin/env node
// Runs the bundled pilotlint CLI, or says how to build it when dist/ is missing (a fresh clone).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(`pilotlint: ${cli} is missing; run \`npm run build\` in ${join(__dirname, '..')} first.\n`);
  process.exitCode = 2;
} else {
  require(cli);
}
