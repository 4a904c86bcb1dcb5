// A user's path through the installed pilotlint in code-server: squiggles, Problems panel, the readiness view, the
// Ctrl+. menu, a template inserted as a snippet and filled in through its tab stops, save.
// env: CS_URL, WS (workspace folder), OUT (screenshots and browser.json), STEP_TIMEOUT_MS
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklist, launch, quickOpen, readinessFrame, runCommand, stopwatch, workbenchUrl } from './workbench.mjs';

const { CS_URL, WS, OUT } = process.env;
const T = Number(process.env.STEP_TIMEOUT_MS ?? 60000);
const FILE = 'weak-en.proposal.md';
const TITLE = '# AI chatbot for building permit enquiries';
const FIX = 'Insert the "Exit plan" section (T3)';
const FILLED = '## Exit plan\n\n- Decision: Care committee decides on 2027-01-15 (pilot ends {{YYYY-MM-DD}})';
const log = stopwatch();
const { check, finish, broken } = checklist(log);

/** 1-based number of the first line of the file that contains `text`. */
const lineOf = (text) => readFileSync(join(WS, FILE), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
async function goToLine(line) {
  await editor.click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}
/** The cursor's line as the status bar shows it ("Ln 12, Col 3"). */
async function cursorLine() {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  return Number(/Ln (\d+)/.exec(text)?.[1]);
}
async function until(what, fn) {
  const end = Date.now() + T;
  let last;
  while (Date.now() < end) {
    if ((last = await fn())) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const { page, close } = await launch();
const consoleLines = [];
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${FILE}"]`);
const problemRows = page.locator('.markers-panel .monaco-list-row');
const view = readinessFrame(page);
const facetWord = (id) => view.locator(`section[data-facet="${id}"] h2 .word`);

try {
  await check('the workbench opens the workspace with the installed extension', async () => {
    await page.goto(workbenchUrl(CS_URL, WS), { waitUntil: 'domcontentloaded', timeout: T });
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).first().waitFor({ timeout: T });
  });

  await check('a weak proposal shows squiggles', async () => {
    await quickOpen(page, FILE, T);
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

  await check('the readiness view draws the five facets with status words and findings', async () => {
    await page.keyboard.press('Control+j'); // hide the panel: more room for the view
    await runCommand(page, 'pilotlint: Show scaling readiness', T);
    await view.locator('h1', { hasText: 'Scaling readiness' }).waitFor({ timeout: T });
    const facets = await view.locator('section[data-facet]').evaluateAll((els) => els.map((e) => e.dataset.facet));
    if (facets.join() !== 'anchoring,business_criticality,exit_plan,competence,values') throw new Error(`facets: ${facets}`);
    if ((await view.locator('svg rect.bar').count()) !== 5) throw new Error('the chart has no five bars');
    const exit = await facetWord('exit_plan').innerText();
    if (exit !== 'Missing') throw new Error(`exit plan shows "${exit}", not "Missing"`);
    const words = await view.locator('h2 .word').allInnerTexts();
    if (words.some((w) => !['Ready', 'Needs work', 'Missing'].includes(w))) throw new Error(`status words: ${words}`);
    // theme colours reach the page: the body's text colour is the workbench's foreground, not the browser default
    const color = await view.locator('body').evaluate((b) => getComputedStyle(b).color);
    if (color === 'rgb(0, 0, 0)') throw new Error('the view does not take the theme foreground');
    await page.screenshot({ path: join(OUT, 'readiness-view.png') });
  });

  await check('clicking a finding in the readiness view moves the cursor to its line', async () => {
    const links = view.locator('a[data-finding]');
    const texts = await view.locator('li').allInnerTexts();
    const here = await cursorLine();
    const i = texts.findIndex((t) => Number(/line (\d+)/.exec(t)?.[1]) !== here);
    if (i < 0) throw new Error(`no finding off the cursor's line ${here}: ${texts}`);
    const target = Number(/line (\d+)/.exec(texts[i])[1]);
    await links.nth(i).click();
    await until(`the cursor on line ${target}`, async () => (await cursorLine()) === target);
  });

  let titles = [];
  await check('Ctrl+. on the title lists each action once, the exit plan template first', async () => {
    await goToLine(lineOf(TITLE));
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row.focused').first().waitFor({ timeout: T });
    titles = (await menu.locator('.monaco-list-row:not(.group-header)').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    log('quick fix menu:', JSON.stringify(titles));
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    if (dupes.length) throw new Error(`duplicate titles: ${JSON.stringify(dupes)}`);
    if (titles.filter((t) => t.startsWith('Fix all pilotlint problems')).length !== 1) throw new Error('"Fix all pilotlint problems" is not there once');
    if (titles.filter((t) => t.startsWith('Waive')).length > 1) throw new Error('more than one Waive entry');
    const focused = (await menu.locator('.monaco-list-row.focused').innerText()).trim();
    if (!focused.includes(FIX)) throw new Error(`the focused (first) entry is "${focused}", not "${FIX}"`);
    await page.screenshot({ path: join(OUT, 'quickfix-menu.png') });
  });

  await check('applying it inserts the template as a snippet with its first placeholder selected', async () => {
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T });
    // the snippet session highlights its tab stops; the first one is selected
    await editor.locator('.snippet-placeholder, .finish-snippet-placeholder').first().waitFor({ state: 'attached', timeout: T });
    await editor.locator('.view-line', { hasText: 'Decision: {{forum}}' }).waitFor({ timeout: T });
    await page.screenshot({ path: join(OUT, 'snippet.png') });
    // typing replaces the selected {{forum}}; Tab moves to {{YYYY-MM-DD}}
    await page.keyboard.type('Care committee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027-01-15');
    await page.keyboard.press('Escape');
  });

  await check('the readiness view follows the typing: the exit plan is no longer missing', async () => {
    await until('the exit plan to leave "Missing"', async () => (await facetWord('exit_plan').innerText()) === 'Needs work');
    await page.screenshot({ path: join(OUT, 'readiness-after-fix.png') });
  });

  await check('saving writes the filled-in exit plan section to disk', async () => {
    await editor.click({ position: { x: 200, y: 40 } });
    await page.keyboard.press('Control+s');
    const file = join(WS, FILE);
    const disk = await until('the saved section', async () => {
      const text = readFileSync(file, 'utf8');
      return text.includes(FILLED) && text;
    }).catch(() => readFileSync(file, 'utf8'));
    if (!disk.includes(FILLED)) throw new Error(`the saved file has no filled-in exit plan:\n${disk.slice(disk.indexOf('## Exit plan'), disk.indexOf('## Exit plan') + 300)}`);
    if (disk.split('## Exit plan').length !== 2) throw new Error('the exit plan section was inserted more than once');
  });

  await check('the exit-plan-missing problem disappears', async () => {
    await page.keyboard.press('Control+j');
    await problemRows.filter({ hasText: 'success-criteria-missing' }).first().waitFor({ timeout: T });
    await problemRows.filter({ hasText: 'exit-plan-missing' }).first().waitFor({ state: 'detached', timeout: T });
    await page.screenshot({ path: join(OUT, 'after-fix.png') });
  });
} finally {
  if (broken()) await page.screenshot({ path: join(OUT, 'browser-failure.png') }).catch(() => {});
  writeFileSync(join(OUT, 'browser-console.log'), consoleLines.join('\n'));
  await close();
}
process.exit(finish(OUT, 'browser'));
