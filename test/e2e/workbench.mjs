// Drives code-server's web workbench from Debian's chromium with playwright-core: launch, URLs, the test-payload switch.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export async function launch() {
  const profile = mkdtempSync(join(process.env.STATE ?? tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
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
