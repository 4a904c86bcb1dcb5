// Runs suite/index.js inside code-server's extension host against the installed extension; writes $OUT/host.json.
// env: CS_URL, WS (workspace folder), EXT_PATH (the installed extension folder), OUT, TEST_TIMEOUT_MS, VERBOSE
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowTestPayload, launch, stopwatch, workbenchUrl } from './workbench.mjs';

const { CS_URL, WS, EXT_PATH, OUT } = process.env;
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS ?? 300000);
const suite = fileURLToPath(new URL('suite/index.js', import.meta.url));
const log = stopwatch();

let result = null;
const { page, close } = await launch();
let exitCode;
try {
  let done;
  const exited = new Promise((resolve) => (done = resolve));
  // The workbench hands extension-host output and the suite's exit code to these when it runs a test payload.
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = (args ?? []).map(String).join(' ');
    const m = /^\[pilotlint-e2e\] result (\{.*\})/.exec(line);
    if (m) result = JSON.parse(m[1]);
    if (process.env.VERBOSE || line.startsWith('[pilotlint-e2e]')) console.log('  ', line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  await allowTestPayload(page);
  // The installed copy doubles as the development path: the extension host needs one to run a test payload,
  // and it then loads exactly the files the vsix installed.
  await page.goto(workbenchUrl(CS_URL, WS, { extensionPath: EXT_PATH, testsPath: suite }), { waitUntil: 'domcontentloaded' });
  log('workbench opened; running the in-host suite');
  exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  log('in-host suite exit code:', exitCode);
  if (exitCode !== 0) await page.screenshot({ path: join(OUT, 'host-failure.png') }).catch(() => {});
} finally {
  await close();
}
// No result line means the suite never ran to the end (load error, timeout): one failure, not zero tests.
const summary = result ?? { passed: 0, failed: 1, error: `suite did not report (exit ${exitCode})` };
if (result && exitCode !== 0 && result.failed === 0) summary.failed = 1;
writeFileSync(join(OUT, 'host.json'), JSON.stringify(summary, null, 2));
process.exit(exitCode === 0 && summary.failed === 0 ? 0 : 1);
