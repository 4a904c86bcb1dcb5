// The extension's own UI with display language nb: run.sh starts code-server with --locale nb and a language pack that
// declares nb without translations (none can be downloaded offline), so the workbench's own menus stay English while
// extensions get vscode.env.language = nb. What is checked is pilotlint's part.
// env: CS_URL, WS (workspace folder), OUT (screenshots and browser-nb.json), STEP_TIMEOUT_MS
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklist, launch, quickOpen, readinessFrame, runCommand, stopwatch, workbenchUrl } from './workbench.mjs';

const { CS_URL, WS, OUT } = process.env;
const T = Number(process.env.STEP_TIMEOUT_MS ?? 60000);
const FILE = 'svak-nb.proposal.md';
const log = stopwatch();
const { check, finish, broken } = checklist(log);

const { page, close } = await launch({ locale: 'nb' });
const consoleLines = [];
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${FILE}"]`);
const view = readinessFrame(page);

try {
  await check('nb: the workbench opens with display language nb', async () => {
    await page.goto(workbenchUrl(CS_URL, WS), { waitUntil: 'domcontentloaded', timeout: T });
    await page.waitForFunction(() => globalThis._VSCODE_NLS_LANGUAGE === 'nb', undefined, { timeout: T });
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).first().waitFor({ timeout: T });
    await quickOpen(page, FILE, T);
    await editor.locator('.squiggly-error, .squiggly-warning').first().waitFor({ state: 'attached', timeout: T });
  });

  await check('nb: the status bar shows readiness in Norwegian', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Klarhet for skalering' }).first();
    await item.waitFor({ timeout: T });
    log('status bar:', JSON.stringify((await item.innerText()).trim()));
  });

  await check('nb: the command palette lists the command under its Norwegian title (package.nls.nb.json)', async () => {
    await runCommand(page, 'pilotlint: Vis klarhet for skalering', T);
  });

  await check('nb: the readiness view speaks Norwegian (l10n bundle) with status words, not ids', async () => {
    await view.locator('h1', { hasText: 'Klarhet for skalering' }).waitFor({ timeout: T });
    const words = await view.locator('h2 .word').allInnerTexts();
    log('status words:', JSON.stringify(words));
    if (words.length !== 5 || words.some((w) => !['Klar', 'Må styrkes', 'Mangler'].includes(w))) throw new Error(`status words: ${words}`);
    const labels = await view.locator('h2').allInnerTexts();
    if (!labels.some((l) => l.includes('Videreføring'))) throw new Error(`facet labels: ${labels}`);
    await page.screenshot({ path: join(OUT, 'nb-ui.png') });
  });
} finally {
  if (broken()) await page.screenshot({ path: join(OUT, 'browser-nb-failure.png') }).catch(() => {});
  writeFileSync(join(OUT, 'browser-nb-console.log'), consoleLines.join('\n'));
  await close();
}
process.exit(finish(OUT, 'browser-nb'));
