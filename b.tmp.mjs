import { build } from 'esbuild';
import { esbuildYaml } from './scripts/yaml-plugin.mjs';
await build({ entryPoints: ['server/src/core/lint.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: process.argv[2], logLevel: 'warning', plugins: [esbuildYaml] });
