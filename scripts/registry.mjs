// Loads the rule registry and the docs-URL function for the generator scripts, so they share one derivation of both.
import { build } from 'esbuild';
import { esbuildYaml } from './yaml-plugin.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

// The registry pulls in CommonJS dependencies (yaml), so it is bundled as CommonJS and required from a scratch directory.
const scratch = mkdtempSync(join(tmpdir(), 'pilotlint-registry-'));
const outfile = join(scratch, 'registry.cjs');
await build({
  stdin: {
    contents: "export { RULES } from './rules/index'; export { docsUrl } from './server/src/core/docs'; export { FACET_TITLES } from './server/src/model/lexicon';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  outfile,
  format: 'cjs',
  platform: 'node',
  logLevel: 'warning',
  plugins: [esbuildYaml],
});
const loaded = createRequire(import.meta.url)(outfile);
rmSync(scratch, { recursive: true, force: true });

/** Every registered rule. */
export const RULES = loaded.RULES;
/** The docs URL of a rule id, as the server and the CLI derive it. */
export const docsUrl = loaded.docsUrl;
/** Facet ids (the keys of the `headings` setting) with their English titles. */
export const FACET_TITLES = loaded.FACET_TITLES;

/** The `headings` setting: extra heading texts per facet id, shared by the config schema and the editor settings. */
export const headingsSchema = (description) => ({
  type: 'object',
  additionalProperties: false,
  description,
  properties: Object.fromEntries(
    Object.entries(FACET_TITLES).map(([facet, title]) => [
      facet,
      { type: 'array', items: { type: 'string', minLength: 1 }, description: `Extra heading texts that count as a ${title.en} section.` },
    ]),
  ),
});
