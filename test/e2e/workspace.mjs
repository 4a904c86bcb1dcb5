// Builds a fresh e2e workspace folder from the examples (usage: node workspace.mjs DIR); prints the folder's path.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Text that pilotlint would flag (a placeholder, no sections) if it were treated as a proposal. */
const NOT_A_PROPOSAL = '# Build notes\n\nInstall the tools first. Deployment target: TBD.\n';

export function createWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  const weak = readFileSync(join(root, 'examples/weak-en.proposal.md'), 'utf8');
  cpSync(join(root, 'examples/weak-en.proposal.md'), join(dir, 'weak-en.proposal.md'));
  cpSync(join(root, 'examples/svak-nb.proposal.md'), join(dir, 'svak-nb.proposal.md'));
  // One file per test that edits, so tests do not depend on each other's order.
  for (const name of ['quickfix', 'severity', 'fixall', 'onsave']) writeFileSync(join(dir, `${name}.proposal.md`), weak);
  // Positions must survive a BOM, CRLF and a character outside the BMP.
  writeFileSync(
    join(dir, 'crlf-emoji.proposal.md'),
    '\uFEFF' + weak.replace('The price after the pilot is TBD.', 'The price 💶 after the pilot is TBD.').replace(/\n/g, '\r\n'),
  );
  writeFileSync(join(dir, 'README.md'), NOT_A_PROPOSAL);
  writeFileSync(join(dir, 'control.proposal.md'), NOT_A_PROPOSAL);
  writeFileSync(join(dir, '.vscode/settings.json'), '{}\n');
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) throw new Error('usage: node workspace.mjs DIR');
  console.log(createWorkspace(process.argv[2]));
}
