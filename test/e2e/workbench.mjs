// Drives code-server's web workbench from Debian's chromium with playwright-core: launch, URLs, the test-payload switch.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * Chromium with a fresh profile in a short temporary folder: its SingletonSocket lives there, and a Unix socket path
 * longer than about 107 bytes stops Chromium ("Socket path too long") when the clone sits in a deep folder.
 * `locale` sets navigator.language, which the web workbench reports to extensions as vscode.env.language.
 */
export async function launch({ locale } = {}) {
  const profile = mkdtempSync(join(shortTmp(), 'pl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ...(locale ? { locale } : {}),
    viewport: { width: 1400, height: 900 },
    // chromium writes crash reports and dconf under HOME even with its own profile folder
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, '.config'), XDG_CACHE_HOME: join(profile, '.cache') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A temporary folder whose path is short enough for Unix sockets under it, wherever the clone lives. */
function shortTmp() {
  const candidates = [process.env.E2E_SHORT_TMP, tmpdir(), '/tmp'].filter(Boolean);
  return candidates.find((d) => d.length <= 40) ?? '/tmp';
}

/**
 * VS Code only honours the extensionDevelopmentPath/extensionTestsPath payload when the smoke-test driver is on,
 * and code-server has no flag for it: patch the workbench configuration element before workbench.js reads it.
 * (Rewriting the HTML with page.route breaks the remote WebSocket.)
 */
export async function allowTestPayload(page) {
  await page.addInitScript(() => {
    const patch = (el) => {
      if (el.id !== 'vscode-workbench-web-configuration' || el.__pilotlint) return;
      const config = JSON.parse(el.getAttribute('data-settings'));
      config.developmentOptions = { ...(config.developmentOptions ?? {}), enableSmokeTestDriver: true };
      el.setAttribute('data-settings', JSON.stringify(config));
      el.__pilotlint = true;
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) for (const n of m.addedNodes) if (n.nodeType === 1) patch(n);
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The workbench on `folder`; with `extensionPath` and `testsPath` (absolute paths on the server) it runs a test suite. */
export function workbenchUrl(csUrl, folder, { extensionPath, testsPath } = {}) {
  const authority = new URL(csUrl).host;
  let url = `${csUrl}/?folder=${encodeURIComponent(folder)}`;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`]);
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${testsPath}`]);
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function stopwatch() {
  const t0 = Date.now();
  return (...args) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
}

/**
 * Ordered checks where each depends on the ones before: once one fails, the rest count as failed, not skipped.
 * `finish` writes {passed, failed, checks} to OUT/<part>.json and returns the exit code.
 */
export function checklist(log) {
  const checks = [];
  let broken = null;
  return {
    /** The name of the check that failed, or null. */
    broken: () => broken,
    async check(name, fn) {
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
    },
    finish(out, part) {
      const passed = checks.filter((c) => c.ok).length;
      writeFileSync(join(out, `${part}.json`), JSON.stringify({ passed, failed: checks.length - passed, checks }, null, 2));
      return passed === checks.length ? 0 : 1;
    },
  };
}

/** Opens a quick input with `key`, types `text` and picks the row that shows it. */
async function pick(page, key, text, timeout) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget');
  await input.waitFor({ state: 'visible', timeout });
  await page.keyboard.type(text);
  await input.locator('.monaco-list-row', { hasText: text }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/** Runs a command by its title from the command palette (F1), as a user would. */
export const runCommand = (page, title, timeout) => pick(page, 'F1', title, timeout);

/** Opens a workspace file with Quick Open (Ctrl+p; the shifted Ctrl+P would open the command palette). */
export const quickOpen = (page, file, timeout) => pick(page, 'Control+p', file, timeout);

/** The document inside the readiness webview (VS Code nests the extension's page in an inner iframe). */
export const readinessFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

