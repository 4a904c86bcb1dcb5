// A minimal test runner for the extension host (mocha is not a dependency): runs async tests in order, counts results.
'use strict';

const PREFIX = '[pilotlint-e2e]';
const log = (...args) => console.log(PREFIX, ...args);

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `tests` ([{ name, fn }]) one after another; every test runs even when an earlier one failed.
 * Logs one line per test and a machine-readable result line, and rejects when any test failed.
 */
async function runTests(tests, { timeoutMs = 90000 } = {}) {
  let passed = 0;
  let failed = 0;
  const metrics = {};
  const context = { metric: (name, value) => ((metrics[name] = value), log(`metric ${name} ${value}`)) };
  for (const { name, fn } of tests) {
    const t0 = Date.now();
    try {
      await withTimeout(Promise.resolve().then(() => fn(context)), timeoutMs, name);
      passed++;
      log(`PASS ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      log(`FAIL ${name} (${Date.now() - t0} ms): ${(e && e.stack) || e}`);
    }
  }
  log(`result ${JSON.stringify({ passed, failed, metrics })}`);
  if (failed > 0) throw new Error(`${failed} of ${passed + failed} pilotlint e2e tests failed`);
}

module.exports = { runTests, log, PREFIX };
