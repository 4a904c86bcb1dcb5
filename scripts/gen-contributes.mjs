// Writes the settings, commands and JSON validation under package.json `contributes` from the rule registry, with their
// English and Norwegian text in package.nls.json and package.nls.nb.json; --check only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES, docsUrl, headingsSchema, root } from './registry.mjs';

const pkgPath = `${root}package.json`;
const raw = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(raw);
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

/** Every UI string of the manifest, by nls key: VS Code shows the one for its display language. */
const nls = { en: {}, nb: {} };
const t = (key, en, nb) => {
  nls.en[key] = en;
  nls.nb[key] = nb;
  return `%${key}%`;
};

const ruleProperties = Object.fromEntries(
  RULES.map((r) => [
    r.meta.id,
    {
      type: 'string',
      enum: SEVERITIES,
      // Defaults live in the rule docs: they shift with profiles, and repeating them here would need regenerating on every change.
      markdownDescription: t(
        `pilotlint.rules.${r.meta.id}.description`,
        `Severity of [\`${r.meta.id}\`](${docsUrl(r.meta.id)}); unset keeps the rule's default for the document's profile.`,
        `Alvorlighetsgrad for [\`${r.meta.id}\`](${docsUrl(r.meta.id)}); uten verdi gjelder regelens standard for dokumentets profil.`,
      ),
    },
  ]),
);

const generated = {
  configuration: {
    title: 'pilotlint',
    properties: {
      'pilotlint.enable': {
        type: 'boolean',
        default: true,
        scope: 'resource',
        description: t('pilotlint.enable.description', 'Check pilot proposals in this workspace.', 'Kontroller pilotsøknader i dette arbeidsområdet.'),
      },
      'pilotlint.include': {
        type: 'array',
        items: { type: 'string' },
        default: [],
        scope: 'resource',
        markdownDescription: t(
          'pilotlint.include.description',
          'Extra globs (relative to the workspace folder) of Markdown files to check, beyond `*.proposal.md` and files whose front matter says `type: pilot-proposal`, `pilot-extension` or `scale-up`. A `.pilotlintrc` `include` adds to these.',
          'Flere glob-mønstre (relativt til arbeidsområdemappen) for Markdown-filer som skal kontrolleres, i tillegg til `*.proposal.md` og filer der front matter sier `type: pilot-proposal`, `pilot-extension` eller `scale-up`. `include` i en `.pilotlintrc` legger til disse.',
        ),
      },
      'pilotlint.rules': {
        type: 'object',
        default: {},
        scope: 'resource',
        additionalProperties: false,
        markdownDescription: t(
          'pilotlint.rules.description',
          'Severity per rule id. These settings apply below `.pilotlintrc*` files: a config file in the project wins, so the team shares one configuration.',
          'Alvorlighetsgrad per regel-id. Disse innstillingene gjelder under `.pilotlintrc*`-filer: en konfigurasjonsfil i prosjektet vinner, slik at teamet deler én konfigurasjon.',
        ),
        properties: ruleProperties,
      },
      'pilotlint.headings': {
        ...headingsSchema(
          'Extra heading texts per facet id that count as that section, e.g. `{ "exit_plan": ["Life after launch"] }`. A `.pilotlintrc` `headings` wins per facet.',
        ),
        default: {},
        scope: 'resource',
      },
      'pilotlint.language': {
        type: 'string',
        enum: ['auto', 'en', 'nb'],
        enumDescriptions: [
          t('pilotlint.language.auto', 'Follow the document: its `language:` front matter, else the detected language.', 'Følg dokumentet: `language:` i front matter, ellers språket som oppdages.'),
          t('pilotlint.language.en', 'English messages and templates.', 'Meldinger og maler på engelsk.'),
          t('pilotlint.language.nb', 'Norwegian (bokmål) messages and templates.', 'Meldinger og maler på norsk (bokmål).'),
        ],
        default: 'auto',
        scope: 'resource',
        description: t('pilotlint.language.description', 'Language of messages, hovers and inserted section templates.', 'Språk for meldinger, hjelpetekster og innsatte seksjonsmaler.'),
      },
      'pilotlint.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        scope: 'window',
        description: t(
          'pilotlint.trace.server.description',
          'Traces the communication between VS Code and the pilotlint language server (in the pilotlint output channel).',
          'Logger kommunikasjonen mellom VS Code og språktjeneren til pilotlint (i utdatakanalen pilotlint).',
        ),
      },
    },
  },
  commands: [
    { command: 'pilotlint.restartServer', title: t('pilotlint.restartServer.title', 'Restart server', 'Start tjeneren på nytt'), category: 'pilotlint' },
    { command: 'pilotlint.showReadiness', title: t('pilotlint.showReadiness.title', 'Show scaling readiness', 'Vis klarhet for skalering'), category: 'pilotlint' },
  ],
  jsonValidation: [{ fileMatch: '.pilotlintrc.json', url: './schemas/pilotlintrc.schema.json' }],
};

const contributes = pkg.contributes ?? {};
let changed = false;
for (const [key, value] of Object.entries(generated)) {
  if (JSON.stringify(contributes[key]) !== JSON.stringify(value)) changed = true;
  contributes[key] = value;
}
pkg.contributes = contributes;

const nlsFiles = Object.entries({ 'package.nls.json': nls.en, 'package.nls.nb.json': nls.nb }).map(([name, strings]) => {
  const path = `${root}${name}`;
  const text = JSON.stringify(strings, null, 2) + '\n';
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old !== text) changed = true;
  return { path, name, text };
});

if (process.argv.includes('--check')) {
  if (changed) {
    console.error('package.json contributes or package.nls*.json is out of date: run `node scripts/gen-contributes.mjs`.');
    process.exit(1);
  }
} else if (changed) {
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + (raw.endsWith('\n') ? '\n' : ''));
  for (const f of nlsFiles) writeFileSync(f.path, f.text);
}
