// Writes schemas/pilotlintrc.schema.json (the one schema for config validation and editor completion) from the rule registry; --check only compares.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { RULES, docsUrl, headingsSchema, root } from './registry.mjs';

const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

const rules = Object.fromEntries(
  [...RULES]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => {
      // Rule descriptions and default severities live in the docs: they change as rules land and vary by profile, and a
      // schema repeating them would go stale between releases.
      const text = `Severity of the ${r.meta.id} rule, or [severity, {options}].`;
      return [
        r.meta.id,
        {
          description: `${text} Docs: ${docsUrl(r.meta.id)}`,
          markdownDescription: `${text} [Docs](${docsUrl(r.meta.id)})`,
          anyOf: [
            { $ref: '#/definitions/severity' },
            {
              type: 'array',
              minItems: 1,
              maxItems: 2,
              items: [
                { $ref: '#/definitions/severity' },
                {
                  type: 'object',
                  additionalProperties: false,
                  properties: r.meta.options ?? {},
                  description: Object.keys(r.meta.options ?? {}).length ? 'Options of the rule, as documented in its docs.' : 'This rule has no options.',
                },
              ],
            },
          ],
        },
      ];
    }),
);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `https://github.com/pilotlint/pilotlint/blob/v${version}/schemas/pilotlintrc.schema.json`,
  title: 'pilotlint configuration',
  description:
    'Configuration for pilotlint in a .pilotlintrc.json, .pilotlintrc.yaml or .pilotlintrc.yml file. The nearest file to a proposal wins over those in parent folders, rule by rule.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
      description: 'The JSON Schema of this file, for editor completion; pilotlint ignores it.',
    },
    root: {
      type: 'boolean',
      description: 'Stops the search for configuration files in parent folders: this file and those below it are all that apply.',
      markdownDescription: 'Stops the search for configuration files in parent folders: this file and those below it are all that apply.',
    },
    language: {
      type: 'string',
      enum: ['auto', 'en', 'nb'],
      enumDescriptions: [
        'Follow the document: its `language:` front matter, else the detected language.',
        'English messages and templates.',
        'Norwegian (bokmål) messages and templates.',
      ],
      description: 'Language of messages and inserted section templates: auto (follow the document), en or nb.',
    },
    include: {
      type: 'array',
      items: { type: 'string', minLength: 1, description: 'A glob relative to the folder of this file, with forward slashes, e.g. "docs/**/*.md".' },
      description:
        'Extra globs, relative to the folder of this file, of files to lint beyond *.proposal.md and Markdown whose front matter says type: pilot-proposal, pilot-extension or scale-up. Includes from parent configuration files add up.',
    },
    ignores: {
      type: 'array',
      items: { type: 'string', minLength: 1, description: 'A glob relative to the folder of this file, with forward slashes, e.g. "archive/**".' },
      description:
        'Globs, relative to the folder of this file, of files never to lint, even when they are named or match include. Ignores from parent configuration files and .pilotlintignore files add up.',
    },
    headings: headingsSchema(
      'Extra heading texts per facet id that count as that section, for every rule and editor feature alike, e.g. { "exit_plan": ["Life after launch"] }. Nearer files win per facet.',
    ),
    rules: {
      type: 'object',
      additionalProperties: false,
      description: 'Severity (and options) per rule id: "off", "hint", "info", "warning" or "error", or [severity, {options}].',
      properties: rules,
    },
  },
  definitions: {
    severity: {
      type: 'string',
      enum: SEVERITIES,
      enumDescriptions: [
        'The rule does not run.',
        'Shown faintly in the editor; not counted by the CLI.',
        'Shown as information; not counted by the CLI.',
        'Counted against --max-warnings by the CLI.',
        'Makes the CLI exit with status 1.',
      ],
      description: 'How a rule reports: off, hint, info, warning or error.',
    },
  },
};

const target = `${root}schemas/pilotlintrc.schema.json`;
const text = JSON.stringify(schema, null, 2) + '\n';
const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('schemas/pilotlintrc.schema.json is out of date: run `node scripts/gen-schema.mjs`.');
    process.exit(1);
  }
} else if (current !== text) {
  mkdirSync(`${root}schemas`, { recursive: true });
  writeFileSync(target, text);
}
