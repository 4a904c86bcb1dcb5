// Writes snippets/pilotlint.code-snippets from the section templates, each {{…}} a tab stop (run after editing templates).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildYaml } from './yaml-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
  entryPoints: [`${root}rules/util/templates.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
  plugins: [esbuildYaml],
});
const { renderTemplate, toSnippet, TEMPLATE_TITLE, TEMPLATE_FACET } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const body = (text) => toSnippet(text).split('\n');

const LANG_NAME = { en: 'English', nb: 'Norwegian bokmål' };
const snippets = {};
for (const id of Object.keys(TEMPLATE_TITLE)) {
  for (const lang of ['en', 'nb']) {
    const title = TEMPLATE_TITLE[id][lang];
    snippets[`${id} ${lang}: ${title}`] = {
      prefix: [`pilotlint-${slug(title)}`, `pl-${id.toLowerCase()}-${lang}`],
      description: `pilotlint template ${id} (${TEMPLATE_FACET[id].replace(/_/g, ' ')}), ${LANG_NAME[lang]}`,
      body: body(renderTemplate(id, lang, 2, '\n', true)),
    };
  }
}
const out = `${root}snippets/pilotlint.code-snippets`;
writeFileSync(out, JSON.stringify(snippets, null, 2) + '\n');
console.log(`wrote ${Object.keys(snippets).length} snippets to ${out}`);
