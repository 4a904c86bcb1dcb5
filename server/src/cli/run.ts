// The pilotlint CLI as a function: arguments -> files -> configuration -> lint() -> formatter -> exit status.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { lint } from '../core/lint';
import type { PilotlintConfig } from '../core/config';
import { ConfigCache, loadConfigFile, loadConfigFor, type ConfigProblem, type LoadedConfig } from '../node/config-files';
import { parseArgs, UsageError, FORMATS, type CliOptions } from './args';
import { expandTargets, readSource } from './files';
import { format, type CliMessage, type FileResult } from './format';
import { LineIndex } from '../model/lines';

const HELP = `pilotlint ${version}: lints pilot proposals (Markdown) for what they need in order to scale.

Usage: pilotlint [options] <files|folders|globs>...

  -f, --format <name>     output format: ${FORMATS.join(', ')} (default: stylish)
      --max-warnings <n>  exit with status 1 when there are more than n warnings (default: -1, no limit)
  -c, --config <file>     use this configuration file only (no search for .pilotlintrc.* files)
      --no-config         use no configuration files
  -q, --quiet             report errors only (warnings are neither shown nor counted)
  -h, --help              print this help and exit
  -v, --version           print the version and exit

Files named are always linted. Folders are searched (skipping node_modules and dot-folders) for proposals:
*.proposal.md, Markdown with front matter "type: pilot-proposal" (or pilot-extension, scale-up), and files
matching "include" globs of the configuration. Globs (quote them) lint every file they match.

Exit status: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many warnings;
2 usage, configuration, unreadable-file or internal errors. See docs/cli.md and docs/configuration.md.
`;

/** Runs the CLI and returns the exit status; output goes through the given writers so tests and bundles share it. */
export function run(argv: readonly string[], cwd: string, out: (s: string) => void, err: (s: string) => void, color: boolean): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`pilotlint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    out(HELP);
    return 0;
  }
  if (options.version) {
    out(`${version}\n`);
    return 0;
  }
  if (options.patterns.length === 0) {
    err('pilotlint: no files given. Usage: pilotlint [options] <files|folders|globs>; see pilotlint --help.\n');
    return 2;
  }

  const cache = new ConfigCache();
  let fixed: LoadedConfig | undefined;
  if (options.config !== undefined) {
    const path = resolve(cwd, options.config);
    if (!existsSync(path) || !statSync(path).isFile()) {
      err(`pilotlint: cannot read the configuration file ${options.config}: no such file.\n`);
      return 2;
    }
    fixed = loadConfigFile(path);
  }
  const configFor = (file: string): LoadedConfig =>
    options.noConfig ? { config: {}, files: [], problems: [] } : (fixed ?? loadConfigFor(file, cache));

  const expansion = expandTargets(options.patterns, cwd, (file) => configFor(file).config.include ?? []);
  if (expansion.missing.length) {
    for (const m of expansion.missing) err(`pilotlint: no such file or folder, and no file matches: ${m}\n`);
    return 2;
  }
  for (const e of expansion.empty) err(`pilotlint: no proposals found in ${e} (see --help for how files are selected).\n`);

  const results: FileResult[] = [];
  const configProblems = new Map<string, ConfigProblem[]>();
  let fatal = false;
  for (const target of expansion.targets) {
    const loaded = configFor(target.path);
    for (const p of loaded.problems) {
      const list = configProblems.get(p.file) ?? [];
      if (!list.some((q) => q.line === p.line && q.column === p.column && q.message === p.message)) list.push(p);
      configProblems.set(p.file, list);
    }
    const result = lintFile(target.path, loaded.config);
    if (result.messages.some((m) => m.ruleId === 'file-unreadable' || m.ruleId === 'internal-error')) fatal = true;
    results.push(result);
  }

  const configResults: FileResult[] = [...configProblems].map(([file, problems]) => ({
    filePath: file,
    messages: problems.map((p) => ({
      ruleId: 'config-invalid',
      severity: 'error',
      message: p.message,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
    })),
    waivers: [],
  }));
  if (configResults.length) fatal = true;
  if (options.format === 'stylish') {
    for (const r of configResults) for (const m of r.messages) err(`pilotlint: invalid configuration ${r.filePath}:${m.line}:${m.column}: ${m.message}\n`);
  }

  const all = [...configResults, ...results].map((r) =>
    options.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 'error') } : r,
  );
  out(format(options.format, all, cwd, color));

  const errors = all.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = all.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warning').length, 0);
  if (fatal) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    err(`pilotlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function lintFile(path: string, config: PilotlintConfig): FileResult {
  const source = readSource(path);
  if (!source.ok) {
    return { filePath: path, messages: [{ ruleId: 'file-unreadable', severity: 'error', message: source.message, line: 1, column: 1, endLine: 1, endColumn: 1 }], waivers: [] };
  }
  const index = new LineIndex(source.text);
  const at = (start: number, end: number): Pick<CliMessage, 'line' | 'column' | 'endLine' | 'endColumn'> => {
    const s = index.position(start);
    const e = index.position(end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const messages: CliMessage[] = [];
  if (source.encodingProblem) {
    const o = source.encodingProblem.offset;
    messages.push({ ruleId: 'file-encoding', severity: 'warning', message: source.encodingProblem.message, ...at(o, o + 1) });
  }
  try {
    const result = lint(source.text, config);
    for (const f of result.findings) messages.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, ...at(f.start, f.end) });
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    return { filePath: path, messages, waivers: result.waivers };
  } catch (e) {
    const message = `pilotlint failed on this file (${(e as Error).message}). Please report it.`;
    return { filePath: path, messages: [...messages, { ruleId: 'internal-error', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 }], waivers: [] };
  }
}
