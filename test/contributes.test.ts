// package.json `contributes` matches the rule registry and what the client and server actually use.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules/index';
import { SEVERITIES } from '../server/src/core/config';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties;

describe('package.json contributes', () => {
  it('is what scripts/gen-contributes.mjs generates', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-contributes.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('offers every rule id, and only those, with every severity', () => {
    const rules = properties['pilotlint.rules'];
    expect(Object.keys(rules.properties).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(Object.keys(rules.properties)).toHaveLength(34);
    for (const p of Object.values(rules.properties) as { enum: string[] }[]) expect(p.enum).toEqual([...SEVERITIES]);
    expect(rules.additionalProperties).toBe(false);
  });

  it('declares the six settings the server reads and the commands the client registers', () => {
    expect(Object.keys(properties).sort()).toEqual(
      ['pilotlint.enable', 'pilotlint.headings', 'pilotlint.include', 'pilotlint.language', 'pilotlint.rules', 'pilotlint.trace.server'].sort(),
    );
    for (const [key, p] of Object.entries(properties) as [string, { description?: string; markdownDescription?: string }][]) {
      expect(p.description ?? p.markdownDescription, key).toBeTruthy();
    }
    const client = readFileSync(join(root, 'client/src/extension.ts'), 'utf8');
    for (const c of pkg.contributes.commands as { command: string }[]) expect(client).toContain(`'${c.command}'`);
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown']);
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.pilotlintrc.json', url: './schemas/pilotlintrc.schema.json' }]);
  });
});
