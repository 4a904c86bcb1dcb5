// Runs the in-host suite in desktop VS Code via @vscode/test-electron, against the packaged vsix (needs to download VS Code).
// env: VSCODE_VERSION (default 1.100.3, the oldest the manifest accepts), E2E_SKIP_BUILD=1 (reuse pilotlint.vsix)
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { createWorkspace } from './workspace.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const state = join(root, '.cache/e2e-electron');
const version = process.env.VSCODE_VERSION ?? '1.100.3';
const finish = (passed, failed) => {
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

let executable;
try {
  executable = await downloadAndUnzipVSCode({ version, cachePath: join(root, '.cache/vscode-test'), timeout: 30000 });
} catch (e) {
  console.error(
    `test:electron could not download VS Code ${version} (${e.message}).\n` +
      'It needs network access to update.code.visualstudio.com. Where that is blocked, use `npm run test:e2e`, ' +
      'which runs the same suite in code-server from the npm registry.',
  );
  finish(0, 1);
}

if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(root, 'pilotlint.vsix'))) {
  execSync('npm run --silent package', { cwd: root, stdio: 'inherit' });
}
rmSync(state, { recursive: true, force: true });
const extensions = join(state, 'extensions');
const userData = join(state, 'user-data');
mkdirSync(extensions, { recursive: true });
const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
const installed = spawnSync(
  cli,
  [...cliArgs, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', join(root, 'pilotlint.vsix')],
  { encoding: 'utf8', stdio: 'inherit' },
);
if (installed.status !== 0) {
  console.error('installing pilotlint.vsix into VS Code failed');
  finish(0, 1);
}
const extensionPath = readdirSync(extensions).find((d) => d.startsWith('pilotlint.pilotlint-'));
if (!extensionPath) {
  console.error(`pilotlint.vsix did not install into ${extensions}`);
  finish(0, 1);
}

// The suite prints its counts on a result line; VS Code forwards extension-host output to our stdout.
let result = null;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const m = /\[pilotlint-e2e\] result (\{.*\})/.exec(String(chunk));
  if (m) result = JSON.parse(m[1]);
  return write(chunk, ...rest);
};

let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath: executable,
    // the installed copy as development path: the test runner needs one, and it is exactly what the vsix installed
    extensionDevelopmentPath: join(extensions, extensionPath),
    extensionTestsPath: fileURLToPath(new URL('suite/index.js', import.meta.url)),
    launchArgs: [
      createWorkspace(join(state, 'ws')),
      '--extensions-dir',
      extensions,
      '--user-data-dir',
      userData,
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (e) {
  console.error(`VS Code exited with an error: ${e.message}`);
}
process.stdout.write = write;
if (!result) finish(0, 1);
finish(result.passed, result.failed + (code !== 0 && result.failed === 0 ? 1 : 0));
