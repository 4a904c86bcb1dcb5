// Writes the settings, commands and JSON validation under package.json `contributes` from the rule registry; --check only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES, docsUrl, headingsSchema, root } from './registry.mjs';

const pkgPath = `${root}package.json`;
const raw = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(raw);
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

const ruleProperties = Object.fromEntries(
  RULES.map((r) => [
    r.meta.id,
    {
      type: 'string',
      enum: SEVERITIES,
      // Defaults live in the rule docs: they shift with profiles, and repeating them here would need regenerating on every change.
      markdownDescription: `Severity of [\`${r.meta.id}\`](${docsUrl(r.meta.id)}); unset keeps the rule's default for the document's profile.`,
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
        description: 'Check pilot proposals in this workspace.',
      },
      'pilotlint.include': {
        type: 'array',
        items: { type: 'string' },
        default: [],
        scope: 'resource',
        markdownDescription:
          'Extra globs (relative to the workspace folder) of Markdown files to check, beyond `*.proposal.md` and files whose front matter says `type: pilot-proposal`, `pilot-extension` or `scale-up`. A `.pilotlintrc` `include` adds to these.',
      },
      'pilotlint.rules': {
        type: 'object',
        default: {},
        scope: 'resource',
        additionalProperties: false,
        markdownDescription:
          'Severity per rule id. These settings apply below `.pilotlintrc*` files: a config file in the project wins, so the team shares one configuration.',
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
          'Follow the document: its `language:` front matter, else the detected language.',
          'English messages and templates.',
          'Norwegian (bokmål) messages and templates.',
        ],
        default: 'auto',
        scope: 'resource',
        description: 'Language of messages, hovers and inserted section templates.',
      },
      'pilotlint.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        scope: 'window',
        description: 'Traces the communication between VS Code and the pilotlint language server (in the pilotlint output channel).',
      },
    },
  },
  commands: [
    { command: 'pilotlint.restartServer', title: 'Restart server', category: 'pilotlint' },
    { command: 'pilotlint.showReadiness', title: 'Show scaling readiness', category: 'pilotlint' },
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

if (process.argv.includes('--check')) {
  if (changed) {
    console.error('package.json contributes is out of date: run `node scripts/gen-contributes.mjs`.');
    process.exit(1);
  }
} else if (changed) {
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + (raw.endsWith('\n') ? '\n' : ''));
}
