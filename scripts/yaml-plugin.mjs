// Embeds `.yaml` imports as plain data at build time, for esbuild (bundles) and vite (vitest), so nothing reads files at run time.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const toModule = (text) => `export default ${JSON.stringify(parse(text))};`;

/** esbuild plugin. */
export const esbuildYaml = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => ({ contents: toModule(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};

/** vite plugin (vitest). */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    return /\.ya?ml$/.test(id) ? { code: toModule(code), map: null } : undefined;
  },
};
