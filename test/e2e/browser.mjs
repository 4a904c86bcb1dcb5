// A user's path through the installed pilotlint in code-server: squiggles, Problems panel, Ctrl+. quick fix, save.
// env: CS_URL, WS (workspace folder), OUT (screenshots and browser.json), STEP_TIMEOUT_MS
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, stopwatch, workbenchUrl } from './workbench.mjs';

const { CS_URL, WS, OUT } = process.env;
const T = Number(process.env.STEP_TIMEOUT_MS ?? 60000);
const FILE = 'weak-en.proposal.md';
const TITLE = '# AI chatbot for building permit enquiries';
const FIX = 'Insert the "Exit plan" section (T3)';
const SECTION = '## Exit plan (Videreføring etter piloten)\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}}';
const log = stopwatch();

// Each check depends on the ones before it; once one fails, the rest are counted as failed, not skipped.
const checks = [];
let broken = null;
async function check(name, fn) {
  if (broken) {
    checks.push({ name, ok: false, error: `not reached: "${broken}" failed` });
    log('FAIL', name, '(not reached)');
    return;
  }
  try {
    await fn();
    checks.push({ name, ok: true });
    log('PASS', name);
  } catch (e) {
    broken = name;
    checks.push({ name, ok: false, error: e.message.split('\n')[0] });
    log('FAIL', name, '-', e.message.split('\n')[0]);
  }
}

/** 1-based number of the first line of the file that contains `text`. */
const lineOf = (text) => readFileSync(join(WS, FILE), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
async function goToLine(line) {
  await editor.click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

const { page, close } = await launch();
const consoleLines = [];
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${FILE}"]`);
const problemRows = page.locator('.markers-panel .monaco-list-row');

try {
  await check('the workbench opens the workspace with the installed extension', async () => {
    await page.goto(workbenchUrl(CS_URL, WS), { waitUntil: 'domcontentloaded', timeout: T });
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).first().waitFor({ timeout: T });
  });

  await check('a weak proposal shows squiggles', async () => {
    // Quick Open is Ctrl+p; Ctrl+P (shifted) would open the command palette.
    await page.keyboard.press('Control+p');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(FILE);
    await quickInput.locator('.monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await editor.waitFor({ timeout: T });
    await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: T });
    await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: T });
  });

  await check('the Problems panel lists the findings under their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    // errors sort first; the list is virtualised, so only the rows in view exist in the DOM
    for (const id of ['exit-plan-missing', 'success-criteria-missing']) {
      await problemRows.filter({ hasText: id }).first().waitFor({ timeout: T });
    }
    const row = (await problemRows.filter({ hasText: 'exit-plan-missing' }).first().innerText()).replace(/\s+/g, ' ');
    log('Problems row:', JSON.stringify(row));
    if (!/^No exit plan.* pilotlint\W*exit-plan-missing\b/.test(row)) throw new Error(`unexpected row text: ${row}`);
    // every finding row names its rule (the file's own row is the only other kind)
    const texts = (await problemRows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const findings = texts.filter((t) => !t.startsWith(FILE));
    // the parentheses around the code are CSS, so innerText reads "pilotlint rule-id"
    const unnamed = findings.filter((t) => !/ pilotlint\W*[a-z]+(-[a-z]+)+\b/.test(t));
    if (findings.length < 5 || unnamed.length) throw new Error(`rows without a rule id: ${JSON.stringify(unnamed)} of ${findings.length}`);
    await page.screenshot({ path: join(OUT, 'diagnostics.png') });
  });

  await check('the injection grammar colours the TBD placeholder apart from its sentence', async () => {
    await goToLine(lineOf('The price after the pilot is TBD.'));
    // Monaco renders one span per token: TBD is only its own span when a grammar scoped it.
    const tbd = editor.locator('.view-line span > span', { hasText: /^TBD$/ }).first();
    await tbd.waitFor({ timeout: T });
    const [own, before] = await tbd.evaluate((el) => [getComputedStyle(el).color, el.previousElementSibling && getComputedStyle(el.previousElementSibling).color]);
    if (!before || own === before) throw new Error(`TBD is coloured ${own}, like the text before it (${before})`);
    await page.screenshot({ path: join(OUT, 'placeholder.png') });
  });

  await check('Ctrl+. on the title offers the exit plan template and applies it', async () => {
    // the missing-section findings sit on the title
    await goToLine(lineOf(TITLE));
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row').first().waitFor({ timeout: T });
    // The menu holds one fix per finding on the title; walk the focus to ours (clicks are blocked by an overlay).
    const rows = await menu.locator('.monaco-list-row').count();
    for (let i = 0; i <= rows; i++) {
      const focused = (await menu.locator('.monaco-list-row.focused').innerText().catch(() => '')).trim();
      if (focused.includes(FIX)) break;
      if (i === rows) throw new Error(`"${FIX}" not in the quick fix menu: ${await menu.innerText()}`);
      await page.keyboard.press('ArrowDown');
    }
    await page.screenshot({ path: join(OUT, 'quickfix-menu.png') });
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: T });
  });

  await check('saving writes the exit plan section to disk', async () => {
    await page.keyboard.press('Control+s');
    const file = join(WS, FILE);
    const end = Date.now() + T;
    let disk = '';
    while (Date.now() < end && !(disk = readFileSync(file, 'utf8')).includes(SECTION)) await page.waitForTimeout(100);
    if (!disk.includes(SECTION)) throw new Error(`the saved file has no exit plan section:\n${disk.slice(0, 400)}`);
    if (disk.split('## Exit plan (').length !== 2) throw new Error('the exit plan section was inserted more than once');
  });

  await check('the exit-plan-missing problem disappears', async () => {
    await problemRows.filter({ hasText: 'exit-plan-missing' }).first().waitFor({ state: 'detached', timeout: T });
    await problemRows.filter({ hasText: 'success-criteria-missing' }).first().waitFor({ timeout: T });
    await page.screenshot({ path: join(OUT, 'after-fix.png') });
  });
} finally {
  if (broken) await page.screenshot({ path: join(OUT, 'browser-failure.png') }).catch(() => {});
  writeFileSync(join(OUT, 'browser-console.log'), consoleLines.join('\n'));
  await close();
}
const passed = checks.filter((c) => c.ok).length;
writeFileSync(join(OUT, 'browser.json'), JSON.stringify({ passed, failed: checks.length - passed, checks }, null, 2));
process.exit(passed === checks.length ? 0 : 1);
