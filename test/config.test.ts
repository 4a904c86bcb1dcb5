// .pilotlintrc.* discovery, merging and validation: positions of problems, and linting on with the valid part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigCache, loadConfigFile, loadConfigFor, mergeConfig, validateConfig } from '../server/src/node/config-files';
import { globPrefix, isIgnoredFile, isProposalFile } from '../server/src/core/select';
import { lint } from '../server/src/core/lint';
import { RULES } from '../rules/index';

const root = join(__dirname, '..');
let tmp: string;
const write = (rel: string, text: string | Buffer): string => {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};
const file = (rel: string): string => join(tmp, rel);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pilotlint-config-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('discovery', () => {
  it('merges from the root down: the nearest file wins per rule, the rest is inherited', () => {
    write('m/.pilotlintrc.json', JSON.stringify({ language: 'nb', rules: { 'exit-plan-missing': 'warning', 'risks-missing': 'off' } }));
    write('m/sub/.pilotlintrc.yaml', 'rules:\n  exit-plan-missing: error\n  stakeholders-missing: info\nheadings:\n  stakeholders: [Parter]\n');
    const loaded = loadConfigFor(file('m/sub/deeper/x.proposal.md'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.files).toEqual([file('m/sub/.pilotlintrc.yaml'), file('m/.pilotlintrc.json')]);
    expect(loaded.config.language).toBe('nb');
    expect(loaded.config.rules).toEqual({
      'exit-plan-missing': 'error',
      'risks-missing': 'off',
      'stakeholders-missing': 'info',
    });
    expect(loaded.config.headings).toEqual({ stakeholders: ['Parter'] });
  });

  it('stops at root: true', () => {
    write('r/.pilotlintrc.json', JSON.stringify({ rules: { 'risks-missing': 'off' } }));
    write('r/proj/.pilotlintrc.yml', 'root: true\nrules:\n  exit-plan-missing: hint\n');
    const loaded = loadConfigFor(file('r/proj/a.md'));
    expect(loaded.files).toEqual([file('r/proj/.pilotlintrc.yml')]);
    expect(loaded.config.rules).toEqual({ 'exit-plan-missing': 'hint' });
  });

  it('uses the JSON file when a folder has several, and reports the others', () => {
    write('d/.pilotlintrc.json', '{ "rules": { "exit-plan-missing": "warning" } }');
    write('d/.pilotlintrc.yaml', 'rules:\n  exit-plan-missing: off\n');
    const loaded = loadConfigFor(file('d/a.md'));
    expect(loaded.config.rules?.['exit-plan-missing']).toBe('warning');
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0].file).toBe(file('d/.pilotlintrc.yaml'));
    expect(loaded.problems[0].message).toMatch(/\.pilotlintrc\.json .*takes precedence/);
  });

  it('anchors include globs at the folder of the file that declares them, and adds them up', () => {
    write('g/.pilotlintrc.json', JSON.stringify({ include: ['plans/*.md'] }));
    write('g/team/.pilotlintrc.yaml', 'include:\n  - "**/forslag-*.md"\n');
    const loaded = loadConfigFor(file('g/team/x.md'));
    const include = loaded.config.include ?? [];
    expect(include).toHaveLength(2);
    expect(isProposalFile(file('g/plans/a.md'), '', include)).toBe(true);
    expect(isProposalFile(file('g/team/plans/a.md'), '', include)).toBe(false);
    expect(isProposalFile(file('g/team/x/forslag-1.md'), '', include)).toBe(true);
    expect(isProposalFile(file('g/forslag-1.md'), '', include)).toBe(false);
  });

  it('stops at the repository root: a folder holding .git (a folder, or a worktree\'s file)', () => {
    write('repo-above/.pilotlintrc.json', JSON.stringify({ rules: { 'risks-missing': 'off' } }));
    write('repo-above/repo/.git/HEAD', 'ref: refs/heads/main\n');
    write('repo-above/repo/docs/.pilotlintrc.json', JSON.stringify({ rules: { 'exit-plan-missing': 'info' } }));
    const loaded = loadConfigFor(file('repo-above/repo/docs/x.proposal.md'));
    expect(loaded.files).toEqual([file('repo-above/repo/docs/.pilotlintrc.json')]);
    expect(loaded.config.rules).toEqual({ 'exit-plan-missing': 'info' });
    write('repo-above/wt/.git', 'gitdir: /elsewhere\n');
    write('repo-above/wt/.pilotlintrc.yaml', 'language: nb\n');
    expect(loadConfigFor(file('repo-above/wt/a/b.proposal.md')).config).toEqual({ language: 'nb' });
  });

  it('stops at the home folder (the CLI with HOME set to a folder below a config file)', () => {
    write('home-above/.pilotlintrc.json', JSON.stringify({ rules: { 'exit-plan-missing': 'off' } }));
    write('home-above/me/x.proposal.md', '# Sensor pilot\n\nText.\n');
    const run = (home: string): string =>
      spawnSync(process.execPath, [join(root, 'bin/pilotlint.js'), '--print-config', 'x.proposal.md'], { cwd: file('home-above/me'), encoding: 'utf8', env: { ...process.env, HOME: home } }).stdout;
    expect(JSON.parse(run(file('home-above/me')))).toEqual({});
    expect(JSON.parse(run(tmpdir()))).toEqual({ rules: { 'exit-plan-missing': 'off' } });
  });

  it('ignores in config files and .pilotlintignore lines become globs anchored at their folder, and add up', () => {
    write('ig/.pilotlintrc.yaml', 'ignores: ["archive/**"]\n');
    write('ig/sub/.pilotlintignore', '# drafts and old notes\n*.draft.md\n/notes/\nold\n!keep.md\n');
    const loaded = loadConfigFor(file('ig/sub/deep/x.proposal.md'));
    const [top, sub] = [globPrefix(file('ig')), globPrefix(file('ig/sub'))];
    expect(loaded.config.ignores).toEqual([`${top}archive/**`, `${sub}**/*.draft.md`, `${sub}**/*.draft.md/**`, `${sub}notes/**`, `${sub}**/old`, `${sub}**/old/**`]);
    for (const [rel, ignored] of [['ig/archive/2020/a.proposal.md', true], ['ig/sub/x/y.draft.md', true], ['ig/sub/notes/n.proposal.md', true], ['ig/sub/deep/old/o.proposal.md', true], ['ig/sub/deep/notes/n.proposal.md', false], ['ig/sub/x.proposal.md', false]] as const) {
      expect(isIgnoredFile(file(rel), loaded.config.ignores!), rel).toBe(ignored);
    }
    expect(loaded.problems).toEqual([expect.objectContaining({ file: file('ig/sub/.pilotlintignore'), line: 5, message: expect.stringContaining('Negated patterns') })]);
    expect(loaded.files).toEqual([file('ig/.pilotlintrc.yaml')]);
  });

  it('caches per folder until cleared', () => {
    const cfg = write('c/.pilotlintrc.json', JSON.stringify({ rules: { 'exit-plan-missing': 'warning' } }));
    const cache = new ConfigCache();
    expect(loadConfigFor(file('c/a.md'), cache).config.rules?.['exit-plan-missing']).toBe('warning');
    writeFileSync(cfg, JSON.stringify({ rules: { 'exit-plan-missing': 'info' } }));
    expect(loadConfigFor(file('c/a.md'), cache).config.rules?.['exit-plan-missing']).toBe('warning');
    cache.clear();
    expect(loadConfigFor(file('c/a.md'), cache).config.rules?.['exit-plan-missing']).toBe('info');
  });

  it('loads a single file for --config without searching upwards', () => {
    write('s/.pilotlintrc.json', JSON.stringify({ rules: { 'risks-missing': 'off' } }));
    const own = write('s/sub/ci.yaml', 'rules:\n  exit-plan-missing: warning\n');
    const loaded = loadConfigFile(own);
    expect(loaded.files).toEqual([own]);
    expect(loaded.config.rules).toEqual({ 'exit-plan-missing': 'warning' });
  });
});

describe('validation', () => {
  it('reports an unknown rule id at its key, with a suggestion, and keeps the valid rules', () => {
    const text = ['rules:', '  exit-plan-missing: warning', '  exit-plan-mising: off', '  risks-missing: error', ''].join('\n');
    write('v/.pilotlintrc.yaml', text);
    const loaded = loadConfigFor(file('v/a.md'));
    expect(loaded.config.rules).toEqual({ 'exit-plan-missing': 'warning', 'risks-missing': 'error' });
    expect(loaded.problems).toEqual([
      {
        file: file('v/.pilotlintrc.yaml'),
        message: expect.stringMatching(/Unknown rule id "exit-plan-mising"; did you mean "exit-plan-missing"\?/),
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 19,
      },
    ]);
  });

  it('points at the value for a wrong severity in JSON, and at the key of an unknown property', () => {
    const text = '{\n  "rules": {\n    "exit-plan-missing": "warn",\n    "risks-missing": ["error", {}]\n  },\n  "extends": "x",\n  "language": "sv"\n}\n';
    const { config, problems } = validateConfig(JSON.parse(text), 'x.json', text);
    expect(config).toEqual({ rules: { 'risks-missing': ['error', {}] } });
    expect(problems.map((p) => [p.line, p.column, p.endColumn])).toEqual([
      [3, 26, 32],
      [6, 3, 12],
      [7, 15, 19],
    ]);
    expect(problems[0].message).toContain('"warn" is spelled "warning"');
    expect(problems[1].message).toContain('Unknown property "extends"');
    expect(problems[2].message).toContain('"language" must be');
  });

  it('checks rule options against the schema in the rule meta: an unknown or mistyped option is a problem at its key', () => {
    const text = [
      'rules:',
      '  exit-plan-incomplete: [warning, {element: [payer]}]',
      '  success-criterion-incomplete: [error, {maxCriteria: many}]',
      '  exit-plan-missing: [error, {headings: [Life after launch]}]',
      '  risks-missing: error',
      '',
    ].join('\n');
    const { config, problems } = validateConfig(parseYaml(text), 'x.yaml', text);
    expect(config).toEqual({ rules: { 'risks-missing': 'error' } });
    expect(problems.map((p) => [p.line, p.column, p.endColumn])).toEqual([
      [2, 36, 43],
      [3, 55, 59],
      [4, 31, 39],
    ]);
    expect(problems[0].message).toContain('Unknown option "element" for rule "exit-plan-incomplete"; did you mean "elements"?');
    expect(problems[1].message).toContain('Option "maxCriteria" of rule "success-criterion-incomplete" must be integer');
    expect(problems[2].message).toContain('Extra heading texts are the top-level "headings" setting');
  });

  it('validates headings: facet ids as keys, lists of texts as values', () => {
    const text = 'headings:\n  exit_plan: [Life after launch]\n  exit-plan: [Afterwards]\n  risks: Threats\n';
    const { config, problems } = validateConfig(parseYaml(text), 'x.yaml', text);
    expect(config).toEqual({ headings: { exit_plan: ['Life after launch'] } });
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 3],
      [4, 10],
    ]);
    expect(problems[0].message).toContain('Unknown facet "exit-plan" in "headings"; did you mean "exit_plan"?');
    expect(problems[1].message).toContain('"headings.risks" must be a list');
  });

  it('rejects wrong types and drops only those entries', () => {
    const raw = { root: 'yes', include: ['ok/*.md', 7, ''], rules: { 'exit-plan-missing': ['error', 'not options'], 'risks-missing': 'off' } };
    const text = JSON.stringify(raw, null, 2);
    const { config, problems } = validateConfig(raw, 'x.json', text);
    expect(config).toEqual({ include: ['ok/*.md'], rules: { 'risks-missing': 'off' } });
    expect(problems).toHaveLength(4);
    for (const p of problems) expect(p.line).toBeGreaterThan(1);
  });

  it('treats a config that is not an object as empty, with one problem', () => {
    expect(validateConfig(['a'], 'x.json', '["a"]')).toMatchObject({ config: {}, problems: [{ line: 1, column: 1 }] });
    expect(validateConfig(null, 'x.yaml', '# only a comment\n')).toEqual({ config: {}, problems: [] });
  });

  it('reports bad YAML and bad JSON at the error and ignores that file only', () => {
    write('y/.pilotlintrc.json', JSON.stringify({ rules: { 'risks-missing': 'off' } }));
    write('y/sub/.pilotlintrc.yaml', 'rules:\n  exit-plan-missing: [warning\n  risks-missing: error\n');
    const loaded = loadConfigFor(file('y/sub/a.md'));
    expect(loaded.config.rules).toEqual({ 'risks-missing': 'off' });
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(loaded.problems[0]).toMatchObject({ file: file('y/sub/.pilotlintrc.yaml'), message: expect.stringMatching(/^Invalid YAML/) });
    expect(loaded.problems[0].line).toBeGreaterThanOrEqual(2);

    const json = write('j/.pilotlintrc.json', '{\n  "rules": {\n    "exit-plan-missing": "warning"\n    "risks-missing": "off"\n  }\n}\n');
    const bad = loadConfigFile(json);
    expect(bad.config).toEqual({});
    expect(bad.problems[0]).toMatchObject({ message: expect.stringMatching(/^Invalid JSON/), line: 4 });
  });

  it('reads JSON that is only YAML-valid, but says so', () => {
    const f = write('t/.pilotlintrc.json', '{ "rules": { "exit-plan-missing": "warning", } }');
    const loaded = loadConfigFile(f);
    expect(loaded.config.rules).toEqual({ 'exit-plan-missing': 'warning' });
    expect(loaded.problems[0].message).toMatch(/Not strict JSON/);
  });

  it('gives a clear problem for a huge, a binary, a non-UTF-8 and an alias-bomb config file', () => {
    const huge = write('h/.pilotlintrc.json', '{"rules":{}}' + ' '.repeat(5 * 1024 * 1024));
    expect(loadConfigFile(huge)).toMatchObject({ config: {}, problems: [{ message: expect.stringMatching(/5\.0 MB; the limit is 1 MB/) }] });
    const bin = write('b/.pilotlintrc.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    expect(loadConfigFile(bin).problems[0].message).toMatch(/binary/);
    const latin1 = write('l/.pilotlintrc.yaml', Buffer.from('language: nb # bokm\xe5l\n', 'latin1'));
    expect(loadConfigFile(latin1).problems[0].message).toMatch(/not valid UTF-8/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`${'b'.repeat(i)}: &${'a'.repeat(i + 1)} [${Array(9).fill('*' + 'a'.repeat(i)).join(', ')}]`);
    const bombFile = write('k/.pilotlintrc.yaml', bomb.join('\n') + '\n');
    const out = loadConfigFile(bombFile);
    expect(out.config).toEqual({});
    expect(out.problems.length).toBeGreaterThan(0);
  });

  it('merges rule by rule, over winning', () => {
    expect(
      mergeConfig({ language: 'en', include: ['a'], rules: { x: 'off', y: 'error' } }, { include: ['b'], rules: { y: 'hint' } }),
    ).toEqual({ language: 'en', include: ['a', 'b'], rules: { x: 'off', y: 'hint' } });
  });
});

describe('the schema', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/pilotlintrc.schema.json'), 'utf8'));

  it('is what scripts/gen-schema.mjs generates from the registry', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-schema.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('names every rule, closes rules to unknown ids and describes every property', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(schema.properties.rules.additionalProperties).toBe(false);
    expect(schema.additionalProperties).toBe(false);
    for (const [k, p] of Object.entries<{ description?: string }>(schema.properties)) expect(p.description, k).toBeTruthy();
    for (const [k, p] of Object.entries<{ description?: string }>(schema.properties.rules.properties)) expect(p.description, k).toBeTruthy();
  });
});

describe('linting with a partly invalid config', () => {
  it('applies the valid settings of a file that also has mistakes', () => {
    write('p/.pilotlintrc.yaml', 'rules:\n  no-such-rule: error\n  exit-plan-missing: info\n');
    const loaded = loadConfigFor(file('p/a.proposal.md'));
    expect(loaded.problems).toHaveLength(1);
    const text = '# Sensor pilot\n\n## Background\n\nWe test sensors in three homes.\n';
    const withConfig = lint(text, loaded.config).findings.filter((f) => f.ruleId === 'exit-plan-missing');
    const without = lint(text, {}).findings.filter((f) => f.ruleId === 'exit-plan-missing');
    expect(without.map((f) => f.severity)).toEqual(['error']);
    expect(withConfig.map((f) => f.severity)).toEqual(['info']);
  });
});
