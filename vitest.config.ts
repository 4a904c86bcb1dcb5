// Test discovery: rule tests live beside their rules, cross-cutting tests under test/.
import { defineConfig } from 'vitest/config';
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 30000,
  },
});
