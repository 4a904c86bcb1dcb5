// The built CLI as a child process: formats, exit statuses, file selection, positions, config problems and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RULES } from '../rules/index';

const root = join(__dirname, '..');
const bin = join(root, 'bin/pilotlint.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let tmp: string;

const WITHOUT_EXIT = '# Sensor pilot\n\n## Background\n\nWe test bed sensors in three homes.\n';
const WITH_EXIT =
  WITHOUT_EXIT + '\n## Exit plan\n\nThe unit manager decides on continuation by 2027-01-15; the care budget pays for operation after the pilot.\n';

/** Only exit-plan-missing runs, so assertions do not depend on rules still being written. */
const only = (severity: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ root: true, rules: { ...Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])), 'exit-plan-missing': severity }, ...extra });

function write(rel: string, text: string | Buffer): string {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

function cli(args: string[], cwd = tmp, extra: { input?: string; uid?: number; gid?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...extra });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  waivers: { ruleId: string; reason: string; suppressed: number }[];
  errorCount: number;
  warningCount: number;
  output?: string;
}
const json = (args: string[], cwd = tmp, extra: { input?: string } = {}): { status: number | null; results: JsonResult[]; stderr: string } => {
  const r = cli(['--format', 'json', ...args], cwd, extra);
  return { status: r.status, results: JSON.parse(r.stdout), stderr: r.stderr };
};

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  tmp = mkdtempSync(join(tmpdir(), 'pilotlint-cli-'));
  write('p/.pilotlintrc.json', only('error'));
  write('p/weak.proposal.md', WITHOUT_EXIT);
  write('p/good.proposal.md', WITH_EXIT);
  write('w/.pilotlintrc.json', only('warning'));
  write('w/a.proposal.md', WITHOUT_EXIT);
  write('w/b.proposal.md', WITHOUT_EXIT);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit status', () => {
  it('is 0 without errors, 1 with an error', () => {
    expect(cli(['p/good.proposal.md']).status).toBe(0);
    const bad = cli(['p/weak.proposal.md']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('exit-plan-missing');
  });

  it('is 1 when warnings exceed --max-warnings, 0 within it or without the option', () => {
    expect(cli(['w']).status).toBe(0);
    expect(cli(['--max-warnings', '2', 'w']).status).toBe(0);
    const over = cli(['--max-warnings=1', 'w']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('2 warnings, more than --max-warnings 1');
  });

  it('is 2 with a message for usage errors', () => {
    for (const args of [[], ['--format', 'xml', 'p'], ['--max-warnings', 'many', 'p'], ['--bogus', 'p'], ['--config', 'x', '--no-config', 'p'], ['--format']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^pilotlint: /);
      expect(r.stdout).toBe('');
    }
  });

  it('is 2 for a missing file or a glob matching nothing, naming it', () => {
    const r = cli(['p/good.proposal.md', 'p/nope.proposal.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('p/nope.proposal.md');
    const g = cli(['nothing/**/*.md']);
    expect(g.status).toBe(2);
    expect(g.stderr).toContain('nothing/**/*.md');
  });

  it('is 2 at once for a glob on the command line whose matching could take exponential time', () => {
    write('gx/' + 'a'.repeat(40) + '.md', '# x\n');
    // Before the guard this glob ran for minutes on a 40-letter name (the test's time-out catches a regression).
    const r = cli(['gx/*(*(a))x.md', 'p/good.proposal.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('gx/*(*(a))x.md is refused: an extglob inside another extglob');
  });

  it('prints help and version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--max-warnings/);
    expect(cli(['--version']).stdout).toBe(`${version}\n`);
  });
});

describe('formats', () => {
  it('json: one array with one object per file, 1-based positions, waivers', () => {
    const { status, results } = json(['p']);
    expect(status).toBe(1);
    expect(results.map((r) => r.filePath)).toEqual([join(tmp, 'p/good.proposal.md'), join(tmp, 'p/weak.proposal.md')]);
    expect(results[0]).toEqual({ filePath: join(tmp, 'p/good.proposal.md'), messages: [], waivers: [], errorCount: 0, warningCount: 0 });
    expect(results[1]).toMatchObject({ errorCount: 1, warningCount: 0 });
    const [m] = results[1].messages;
    expect(m).toEqual({
      ruleId: 'exit-plan-missing',
      severity: 'error',
      message: expect.stringMatching(/^No exit plan/),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: '# Sensor pilot'.length + 1,
    });
  });

  it('json: reports waivers with their reason and count', () => {
    write('wv/.pilotlintrc.json', only('error'));
    write('wv/x.proposal.md', '---\ntype: pilot-proposal\nwaivers:\n  exit-plan-missing: "continuation is decided in the parent programme"\n---\n' + WITHOUT_EXIT);
    const { status, results } = json(['wv']);
    expect(status).toBe(0);
    expect(results[0].messages.filter((m) => m.ruleId === 'exit-plan-missing')).toEqual([]);
    expect(results[0].waivers).toEqual([{ ruleId: 'exit-plan-missing', reason: 'continuation is decided in the parent programme', suppressed: 1 }]);
  });

  it('columns are UTF-16 code units; a BOM is not a column and CRLF is one line end', () => {
    const title = '# Sensorpilot 🚀 for æøå';
    write('u/.pilotlintrc.json', only('error'));
    write('u/bom.proposal.md', '\uFEFF' + [title, '', '## Bakgrunn', '', 'Vi tester sensorer.', ''].join('\r\n'));
    write('u/late.proposal.md', ['Intro 🚀 text', '', title, '', 'Body.'].join('\n'));
    const { results } = json(['u/bom.proposal.md', 'u/late.proposal.md']);
    expect(results[0].messages).toEqual([expect.objectContaining({ line: 1, column: 1, endLine: 1, endColumn: title.length + 1 })]);
    expect(title.length).toBe([...title].length + 1);
    expect(results[1].messages).toEqual([expect.objectContaining({ line: 3, column: 1, endLine: 3, endColumn: title.length + 1 })]);
  });

  it('sarif: 2.1.0 with every rule (id, description, helpUri) and results pointing at them', () => {
    const r = cli(['--format', 'sarif', 'p']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('pilotlint');
    expect(run.tool.driver.version).toBe(version);
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const rule of RULES) expect(ids).toContain(rule.meta.id);
    for (const rule of run.tool.driver.rules.slice(0, RULES.length)) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.helpUri).toBe(`https://github.com/pilotlint/pilotlint/blob/v${version}/rules/${rule.id}/README.md`);
    }
    expect(run.results).toHaveLength(1);
    const [res] = run.results;
    expect(run.tool.driver.rules[res.ruleIndex].id).toBe('exit-plan-missing');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'p/weak.proposal.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 15 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('github: workflow commands with escaped properties', () => {
    const r = cli(['--format', 'github', 'p', 'w']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('::error file=p/weak.proposal.md,line=1,col=1,endLine=1,endColumn=15,title=exit-plan-missing::' + JSON.parse(cli(['-f', 'json', 'p/weak.proposal.md']).stdout)[0].messages[0].message);
    expect(lines.filter((l) => l.startsWith('::warning file=w/'))).toHaveLength(2);
    write('g,h/x:y.proposal.md', WITHOUT_EXIT);
    const odd = cli(['--format', 'github', '--no-config', 'g,h/x:y.proposal.md']);
    expect(odd.stdout).toContain('file=g%2Ch/x%3Ay.proposal.md,');
  });

  it('stylish: file, position, severity, message, rule id and a summary', () => {
    const r = cli(['p']);
    expect(r.stdout).toMatch(/^p\/weak\.proposal\.md\n {2}1:1 {2}error {2}No exit plan.* {2}exit-plan-missing\n/);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.stdout).not.toContain('good.proposal.md');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--quiet shows errors only', () => {
    const r = json(['--quiet', 'w', 'p']);
    expect(r.results.flatMap((x) => x.messages.map((m) => m.severity))).toEqual(['error']);
  });
});

describe('file selection', () => {
  it('a folder gives the proposals the editor would lint, skipping node_modules and dot-folders', () => {
    write('d/.pilotlintrc.json', only('error', { include: ['extra/*.md'] }));
    write('d/one.proposal.md', WITHOUT_EXIT);
    write('d/sub/fm.md', '---\ntype: scale-up\n---\n' + WITHOUT_EXIT);
    write('d/README.md', '# Proposals\n\nWrite them as `*.proposal.md`.\n');
    write('d/notes.md', '---\ntype: meeting-notes\n---\n# Notes\n');
    write('d/extra/e.md', WITHOUT_EXIT);
    write('d/node_modules/pkg/x.proposal.md', WITHOUT_EXIT);
    write('d/.git/y.proposal.md', WITHOUT_EXIT);
    const { results } = json(['d']);
    expect(results.map((r) => r.filePath.slice(tmp.length + 1))).toEqual(['d/extra/e.md', 'd/one.proposal.md', 'd/sub/fm.md']);
  });

  it('a file named explicitly is always linted; a folder without proposals is a note, not an error', () => {
    const r = json(['d/README.md']);
    expect(r.results.map((x) => x.filePath)).toEqual([join(tmp, 'd/README.md')]);
    mkdirSync(join(tmp, 'empty'), { recursive: true });
    const e = cli(['empty']);
    expect(e.status).toBe(0);
    expect(e.stderr).toContain('no proposals found in empty');
  });

  it('globs lint every file they match', () => {
    const { results } = json(['d/**/*.md']);
    expect(results.map((r) => r.filePath.slice(tmp.length + 1))).toEqual(['d/README.md', 'd/extra/e.md', 'd/notes.md', 'd/one.proposal.md', 'd/sub/fm.md']);
  });
});

describe('configuration', () => {
  it('ignores and .pilotlintignore leave files out of walks and globs; a named one gets a note', () => {
    write('ig/.pilotlintrc.json', only('error', { ignores: ['archive/**'] }));
    write('ig/.pilotlintignore', '*.draft.proposal.md\n');
    write('ig/a.proposal.md', WITHOUT_EXIT);
    write('ig/b.draft.proposal.md', WITHOUT_EXIT);
    write('ig/archive/old.proposal.md', WITHOUT_EXIT);
    const rel = (r: JsonResult[]): string[] => r.map((x) => x.filePath.slice(tmp.length + 1));
    expect(rel(json(['ig']).results)).toEqual(['ig/a.proposal.md']);
    expect(rel(json(['ig/**/*.md']).results)).toEqual(['ig/a.proposal.md']);
    const named = json(['ig/archive/old.proposal.md', 'ig/a.proposal.md']);
    expect(rel(named.results)).toEqual(['ig/a.proposal.md']);
    expect(named.stderr).toContain('ig/archive/old.proposal.md is excluded by ignores or a .pilotlintignore; not linted');
    const piped = cli(['--stdin-filename', 'ig/b.draft.proposal.md', '-'], tmp, { input: WITHOUT_EXIT });
    expect(piped).toMatchObject({ status: 0, stdout: '' });
    expect(piped.stderr).toContain('excluded by ignores');
  });

  it('a bad config: its problems are config-invalid messages at the key, the valid part still applies, exit 2', () => {
    write('c/.pilotlintrc.yaml', 'root: true\nrules:\n  exit-plan-missing: info\n  exit-plan-mising: off\n');
    write('c/x.proposal.md', WITHOUT_EXIT);
    const { status, results, stderr } = json(['c']);
    expect(status).toBe(2);
    expect(stderr).toBe('');
    expect(results[0]).toEqual({
      filePath: join(tmp, 'c/.pilotlintrc.yaml'),
      messages: [
        { ruleId: 'config-invalid', severity: 'error', message: expect.stringContaining('Unknown rule id "exit-plan-mising"'), line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
      waivers: [],
      errorCount: 1,
      warningCount: 0,
    });
    expect(results[1].messages.find((m) => m.ruleId === 'exit-plan-missing')?.severity).toBe('info');
    const stylish = cli(['c']);
    expect(stylish.status).toBe(2);
    expect(stylish.stderr).toContain(`pilotlint: invalid configuration ${join(tmp, 'c/.pilotlintrc.yaml')}:4:3: Unknown rule id`);
  });

  it('a misspelt rule option: config-invalid at the option, exit 2', () => {
    write('co/.pilotlintrc.yaml', 'root: true\nrules:\n  exit-plan-incomplete: [warning, {element: [payer]}]\n');
    write('co/x.proposal.md', WITHOUT_EXIT);
    const { status, results } = json(['co']);
    expect(status).toBe(2);
    expect(results[0].messages).toEqual([
      { ruleId: 'config-invalid', severity: 'error', message: expect.stringContaining('Unknown option "element"'), line: 3, column: 36, endLine: 3, endColumn: 43 },
    ]);
  });

  it('broken YAML in a config: reported with its position, exit 2, no crash', () => {
    write('cy/.pilotlintrc.yaml', 'root: true\nrules: [unclosed\n');
    write('cy/x.proposal.md', WITHOUT_EXIT);
    const { status, results } = json(['cy']);
    expect(status).toBe(2);
    expect(results[0].messages[0]).toMatchObject({ ruleId: 'config-invalid', message: expect.stringMatching(/^Invalid YAML/) });
    expect(results[0].messages[0].line).toBeGreaterThanOrEqual(2);
  });

  it('--config uses that file only; --no-config uses none', () => {
    write('cc/.pilotlintrc.json', only('off'));
    write('cc/x.proposal.md', WITHOUT_EXIT);
    write('ci.json', only('warning'));
    expect(json(['cc']).results[0].messages).toEqual([]);
    expect(json(['--config', 'ci.json', 'cc']).results[0].messages.map((m) => [m.ruleId, m.severity])).toEqual([['exit-plan-missing', 'warning']]);
    const none = json(['--no-config', 'cc/x.proposal.md']).results[0].messages;
    expect(none.find((m) => m.ruleId === 'exit-plan-missing')?.severity).toBe('error');
    const missing = cli(['--config', 'nope.json', 'cc']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the configuration file nope.json');
  });
});

describe('bad input', () => {
  it('a binary file: a file-unreadable message, exit 2, the other files still linted', () => {
    write('b/.pilotlintrc.json', only('error'));
    write('b/img.proposal.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    write('b/ok.proposal.md', WITH_EXIT);
    const { status, results } = json(['b']);
    expect(status).toBe(2);
    expect(results[0].messages).toEqual([expect.objectContaining({ ruleId: 'file-unreadable', severity: 'error', message: expect.stringMatching(/binary/) })]);
    expect(results[1]).toMatchObject({ filePath: join(tmp, 'b/ok.proposal.md'), messages: [] });
  });

  it('invalid UTF-8 is linted with a warning; UTF-16 with a BOM is read as text', () => {
    write('e/.pilotlintrc.json', only('error'));
    write('e/latin1.proposal.md', Buffer.from('# Sensorpilot i hjemmetjenesten\n\nBakgrunn: s\xf8knad om st\xf8tte.\n', 'latin1'));
    write('e/utf16.proposal.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WITHOUT_EXIT, 'utf16le')]));
    const { results } = json(['e']);
    const latin = results.find((r) => r.filePath.endsWith('latin1.proposal.md'))!;
    expect(latin.messages.map((m) => m.ruleId)).toEqual(['exit-plan-missing', 'file-encoding']);
    expect(latin.messages[1]).toMatchObject({ severity: 'warning', line: 3, column: 'Bakgrunn: s'.length + 1 });
    const utf16 = results.find((r) => r.filePath.endsWith('utf16.proposal.md'))!;
    expect(utf16.messages).toEqual([expect.objectContaining({ ruleId: 'exit-plan-missing', line: 1, column: 1 })]);
  });

  it('a file over the size limit: a clear message, exit 2', () => {
    write('big/.pilotlintrc.json', only('error'));
    write('big/huge.proposal.md', '# Big\n\n' + 'Lorem ipsum dolor sit amet. '.repeat(350_000));
    const { status, results } = json(['big']);
    expect(status).toBe(2);
    expect(results[0].messages).toEqual([expect.objectContaining({ ruleId: 'file-unreadable', message: expect.stringMatching(/9\.3 MB; pilotlint lints files up to 8 MB/) })]);
  });
});

describe('stdin', () => {
  const weak = readFileSync(join(root, 'examples/weak-en.proposal.md'), 'utf8');

  it('--stdin-filename NAME - lints stdin as that file, with the configuration of its folder', () => {
    const named = json(['--stdin-filename', 'p/weak.proposal.md', '-'], tmp, { input: WITHOUT_EXIT });
    expect(named.status).toBe(1);
    expect(named.results).toEqual([expect.objectContaining({ filePath: join(tmp, 'p/weak.proposal.md'), errorCount: 1 })]);
    // p/.pilotlintrc.json switches every rule but exit-plan-missing off.
    expect(named.results[0].messages.map((m) => m.ruleId)).toEqual(['exit-plan-missing']);
    const example = json(['--stdin-filename', 'weak.proposal.md', '-'], tmp, { input: weak });
    expect(example.results[0].messages.map((m) => m.ruleId)).toContain('success-criteria-missing');
  });

  it('"-" alone lints stdin as <stdin>; the name decides selection: a README piped in is not linted', () => {
    const plain = json(['-'], tmp, { input: WITHOUT_EXIT });
    expect(plain.results[0].filePath).toBe('<stdin>');
    expect(plain.results[0].messages.map((m) => m.ruleId)).toContain('exit-plan-missing');
    const readme = cli(['--stdin-filename', 'README.md'], tmp, { input: WITHOUT_EXIT });
    expect(readme).toMatchObject({ status: 0, stdout: '' });
    expect(readme.stderr).toContain('README.md is not a proposal');
  });

  it('cannot be mixed with files, nor written by --fix', () => {
    for (const args of [['-', 'p'], ['--stdin-filename', 'x.proposal.md', 'p'], ['--fix', '-']]) {
      const r = cli(args, tmp, { input: WITHOUT_EXIT });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^pilotlint: /);
    }
  });
});

describe('--print-config and --init', () => {
  it('--print-config prints the merged configuration for a file', () => {
    write('pc/.pilotlintrc.yaml', 'language: nb\nrules:\n  date-in-past: off\n');
    write('pc/sub/.pilotlintrc.json', JSON.stringify({ rules: { 'risks-missing': 'error' } }));
    const r = cli(['--print-config', 'pc/sub/x.proposal.md']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ language: 'nb', rules: { 'date-in-past': 'off', 'risks-missing': 'error' } });
    expect(JSON.parse(cli(['--no-config', '--print-config', 'pc/sub/x.proposal.md']).stdout)).toEqual({});
  });

  it('--init writes a commented .pilotlintrc.yaml that loads without problems, and never overwrites', () => {
    const dir = join(tmp, 'init');
    mkdirSync(dir);
    const r = cli(['--init'], dir);
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, '.pilotlintrc.yaml'), 'utf8');
    expect(text).toMatch(/^# /m);
    const printed = cli(['--print-config', 'x.proposal.md'], dir);
    expect(printed.stderr).toBe('');
    expect(JSON.parse(printed.stdout)).toMatchObject({ root: true, language: 'auto' });
    writeFileSync(join(dir, '.pilotlintrc.yaml'), 'rules: {}\n');
    const again = cli(['--init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, '.pilotlintrc.yaml'), 'utf8')).toBe('rules: {}\n');
  });
});

describe('hostile file systems and text', () => {
  it('does not follow symlinks out of a walked folder unless --follow-symlinks', () => {
    write('outside/secret.proposal.md', WITHOUT_EXIT);
    write('outside/dir/deep.proposal.md', WITHOUT_EXIT);
    write('sl/.pilotlintrc.json', only('error'));
    write('sl/own.proposal.md', WITHOUT_EXIT);
    symlinkSync(join(tmp, 'outside/secret.proposal.md'), join(tmp, 'sl/leak.proposal.md'));
    symlinkSync(join(tmp, 'sl/own.proposal.md'), join(tmp, 'sl/alias.proposal.md'));
    symlinkSync(join(tmp, 'outside/dir'), join(tmp, 'sl/linked'));
    symlinkSync(join(tmp, 'sl'), join(tmp, 'sl/loop'));
    const rel = (r: JsonResult[]): string[] => r.map((x) => x.filePath.slice(tmp.length + 1));
    expect(rel(json(['sl']).results)).toEqual(['sl/alias.proposal.md', 'sl/own.proposal.md']);
    expect(rel(json(['sl/**/*.md']).results)).toEqual(['sl/alias.proposal.md', 'sl/own.proposal.md']);
    expect(rel(json(['--follow-symlinks', 'sl']).results)).toEqual(['sl/alias.proposal.md', 'sl/leak.proposal.md', 'sl/linked/deep.proposal.md', 'sl/own.proposal.md']);
    // A link named on the command line is the user's choice.
    expect(rel(json(['sl/leak.proposal.md']).results)).toEqual(['sl/leak.proposal.md']);
  });

  it('an unreadable folder is named on stderr with status 2, whether named or met in a walk', () => {
    write('locked/.pilotlintrc.json', only('error'));
    write('locked/ok.proposal.md', WITH_EXIT);
    write('locked/shut/x.proposal.md', WITHOUT_EXIT);
    chmodSync(join(tmp, 'locked/shut'), 0o000);
    // root reads any folder, so the CLI runs as nobody there; tmp itself must then be readable.
    chmodSync(tmp, 0o755);
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const walked = cli(['--format', 'json', 'locked'], tmp, as);
      expect(walked.status).toBe(2);
      expect(walked.stderr).toContain('cannot read the folder locked/shut');
      expect(JSON.parse(walked.stdout).map((r: JsonResult) => r.filePath)).toEqual([join(tmp, 'locked/ok.proposal.md')]);
      const named = cli(['locked/shut'], tmp, as);
      expect(named.status).toBe(2);
      expect(named.stderr).toContain('cannot read the folder locked/shut');
      expect(named.stderr).not.toContain('no proposals found');
    } finally {
      chmodSync(join(tmp, 'locked/shut'), 0o755);
    }
  });

  it('strips control characters from everything printed', () => {
    write('ctl/.pilotlintrc.json', JSON.stringify({ root: true }));
    write(
      'ctl/x\u001b[2Jy.proposal.md',
      '---\nwaivers:\n  risks-missing: "fine \\u001b]0;pwned\\u0007 \\u202e reason"\n---\n# Pilot \u001b[31mred\u0007\n\n## Exit plan\n\nTBD \u001b[2J\n',
    );
    for (const format of ['stylish', 'github', 'json']) {
      const r = cli(['--format', format, 'ctl']);
      // github annotations carry findings only; the others list waivers with their reason.
      if (format !== 'github') expect(r.stdout, format).toContain('fine ]0;pwned  reason');
      // json keeps the real path (it escapes control characters itself); people's formats show it stripped.
      if (format !== 'json') expect(r.stdout, format).toContain('x[2Jy.proposal.md');
      expect(r.stdout + r.stderr, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

describe('--fix', () => {
  const weak = readFileSync(join(root, 'examples/weak-en.proposal.md'), 'utf8');
  const lines = (t: string): string[] => t.split(/\r\n|\r|\n/);
  /** Every line of `original` is in `fixed`, in the same order. */
  const keepsEveryLine = (original: string, fixed: string): void => {
    const out = lines(fixed);
    let at = 0;
    for (const line of lines(original)) {
      while (at < out.length && out[at] !== line) at++;
      expect(at, line).toBeLessThan(out.length);
      at++;
    }
  };

  it('on a copy of weak-en: no *-missing finding is left, every original line is kept, a second run changes nothing', () => {
    const file = write('fix/weak.proposal.md', weak);
    const first = json(['--no-config', '--fix', 'fix/weak.proposal.md']);
    expect(first.stderr).toContain('fixed 1 file');
    expect(first.results[0].messages.filter((m) => m.ruleId.endsWith('-missing'))).toEqual([]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.length).toBeGreaterThan(weak.length);
    keepsEveryLine(weak, fixed);
    const second = json(['--no-config', '--fix', 'fix/weak.proposal.md']);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(second.stderr).not.toContain('fixed');
    expect(second.results[0].messages).toEqual(first.results[0].messages);
  });

  it('keeps a UTF-8 BOM and CRLF; leaves a file that is not valid UTF-8 unwritten, with a note', () => {
    const crlf = '\uFEFF' + WITHOUT_EXIT.replace(/\n/g, '\r\n');
    const bom = write('fixb/bom.proposal.md', crlf);
    json(['--no-config', '--fix', 'fixb/bom.proposal.md']);
    const after = readFileSync(bom);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = after.toString('utf8');
    expect(text.length).toBeGreaterThan(crlf.length);
    keepsEveryLine(crlf.slice(1), text.slice(1));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const latin = Buffer.from('# Sensorpilot\n\nBakgrunn: s\xf8knad.\n', 'latin1');
    const bad = write('fixb/latin1.proposal.md', latin);
    const r = cli(['--no-config', '--fix', 'fixb/latin1.proposal.md']);
    expect(r.stderr).toContain('is not UTF-8 text, so fixes were not written');
    expect(readFileSync(bad).equals(latin)).toBe(true);
  });

  it('--fix-dry-run writes nothing and gives the fixed text as output in json; stdin too', () => {
    const file = write('fixd/weak.proposal.md', weak);
    const dry = json(['--no-config', '--fix-dry-run', 'fixd/weak.proposal.md']);
    expect(readFileSync(file, 'utf8')).toBe(weak);
    const output = dry.results[0].output!;
    expect(output.length).toBeGreaterThan(weak.length);
    expect(dry.results[0].messages.filter((m) => m.ruleId.endsWith('-missing'))).toEqual([]);
    const piped = json(['--no-config', '--fix-dry-run', '--stdin-filename', 'weak.proposal.md', '-'], tmp, { input: weak });
    expect(piped.results[0].output).toBe(output);
    write('fixd/good.proposal.md', WITH_EXIT);
    expect(json(['--config', 'p/.pilotlintrc.json', '--fix-dry-run', 'fixd/good.proposal.md']).results[0]).not.toHaveProperty('output');
  });
});

describe('json counts', () => {
  it('errorCount and warningCount per file follow --quiet', () => {
    copyFileSync(join(root, 'examples/weak-en.proposal.md'), join(tmp, 'weak.proposal.md'));
    const [r] = json(['--no-config', 'weak.proposal.md']).results;
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 'error').length);
    expect(r.warningCount).toBe(r.messages.filter((m) => m.severity === 'warning').length);
    expect(r.errorCount).toBeGreaterThan(0);
    expect(r.warningCount).toBeGreaterThan(0);
    const [q] = json(['--no-config', '--quiet', 'weak.proposal.md']).results;
    expect(q).toMatchObject({ errorCount: r.errorCount, warningCount: 0 });
    expect(existsSync(join(tmp, 'weak.proposal.md'))).toBe(true);
  });
});
