// `npm run fuzz`: the fuzz suite with many more runs than `npm test` gives it (FUZZ_RUNS, default 1000 documents).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' };
const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz.test.ts'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
