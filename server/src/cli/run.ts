// The pilotlint CLI as a function: arguments -> files -> configuration -> lint() -> formatter -> exit status.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { version } from '../../../package.json';
import { lint, type LintResult } from '../core/lint';
import { fixAll } from '../core/fixes';
import { readiness } from '../core/readiness';
import { isIgnoredFile, isProposalFile } from '../core/select';
import type { PilotlintConfig } from '../core/config';
import { CONFIG_NAMES, ConfigCache, IGNORE_FILE, loadConfigFile, loadConfigFor, type ConfigProblem, type LoadedConfig } from '../node/config-files';
import { parseArgs, UsageError, FORMATS, type CliOptions } from './args';
import { decodeSource, expandTargets, readSource, type Source } from './files';
import { display, finish, format, printable, type CliMessage, type FileResult } from './format';
import { LineIndex } from '../model/lines';
import { INIT_CONFIG } from './init';
import { renderHtml, renderMarkdown, type ReportEntry } from './report';

const HELP = `pilotlint ${version}: lints pilot proposals (Markdown) for what they need in order to scale.

Usage: pilotlint [options] <files|folders|globs>...
       pilotlint [options] -                  lint stdin (or --stdin-filename NAME)
       pilotlint report [--out FILE] [--format html|markdown] <files|folders|globs>...

  -f, --format <name>        output format: ${FORMATS.join(', ')} (default: stylish)
      --max-warnings <n>     exit with status 1 when there are more than n warnings (default: -1, no limit)
  -c, --config <file>        use this configuration file only (no search for .pilotlintrc.* files)
      --no-config            use no configuration files
  -q, --quiet                report errors only (warnings are neither shown nor counted)
      --fix                  insert the missing sections' templates into the files (adds text, never removes any)
      --fix-dry-run          fix without writing; --format json gives each fixed text as "output"
      --stdin-filename <f>   read the document from stdin; f decides file selection and configuration
      --print-config <file>  print the configuration that applies to file and exit
      --init                 write a commented .pilotlintrc.yaml into the current folder
      --follow-symlinks      follow symlinks that lead out of the folders searched
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Files named are always linted. Folders are searched (skipping node_modules and dot-folders) for proposals:
*.proposal.md, Markdown with front matter "type: pilot-proposal" (or pilot-extension, scale-up), and files
matching "include" globs of the configuration. Globs (quote them) lint every file they match.

Exit status: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many warnings;
2 usage, configuration, unreadable-file or internal errors. See docs/cli.md and docs/configuration.md.
`;

/** Where the CLI's input and output go, so tests and the bundle share one implementation. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  /** The bytes of stdin, read when `-` or --stdin-filename is given. */
  stdin: () => Buffer;
}

/** Runs the CLI and returns the exit status. */
export function run(argv: readonly string[], cwd: string, io: Io): number {
  // Paths and messages quote the file system and config files: nothing printed may drive the terminal.
  const err = (s: string): void => io.err(printable(s));
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
    io.out(HELP);
    return 0;
  }
  if (options.version) {
    io.out(`${version}\n`);
    return 0;
  }
  if (options.init) return init(cwd, io.out, err);

  const configFor = configLookup(options, cwd);
  if (typeof configFor === 'string') {
    err(configFor);
    return 2;
  }
  if (options.printConfig !== undefined) {
    const loaded = configFor(resolve(cwd, options.printConfig));
    io.out(JSON.stringify(loaded.config, null, 2) + '\n');
    for (const p of loaded.problems) err(`pilotlint: invalid configuration ${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    return loaded.problems.length ? 2 : 0;
  }

  const inputs = options.stdin ? stdinInput(options, cwd, configFor, io, err) : fileInputs(options, cwd, configFor, err);
  if (typeof inputs === 'number') return inputs;
  const linted = lintAll(inputs, configFor, options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined, err);
  if (options.format === 'stylish' || options.command === 'report') {
    for (const r of linted.configResults) for (const m of r.messages) err(`pilotlint: invalid configuration ${r.filePath}:${m.line}:${m.column}: ${m.message}\n`);
  }
  if (options.command === 'report') return report(options, cwd, linted, io.out, err);

  const all = [...linted.configResults, ...linted.docs.map((d) => d.result)].map((r) =>
    finish(options.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 'error') } : r),
  );
  io.out(format(options.format, all, cwd, io.color));

  const errors = all.reduce((n, r) => n + r.errorCount!, 0);
  const warnings = all.reduce((n, r) => n + r.warningCount!, 0);
  if (linted.fatal) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    err(`pilotlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

interface Linted {
  docs: LintedDoc[];
  /** Problems in config files, one result per file. */
  configResults: FileResult[];
  /** Status 2: a config problem, an unreadable file or folder, or an internal error. */
  fatal: boolean;
}

function lintAll(inputs: Inputs, configFor: ConfigFor, fix: 'write' | 'dry-run' | undefined, err: (s: string) => void): Linted {
  const docs: LintedDoc[] = [];
  let fixedFiles = 0;
  const configProblems = new Map<string, ConfigProblem[]>();
  let fatal = inputs.fatal;
  for (const input of inputs.list) {
    const loaded = configFor(input.path);
    for (const p of loaded.problems) {
      const list = configProblems.get(p.file) ?? [];
      if (!list.some((q) => q.line === p.line && q.column === p.column && q.message === p.message)) list.push(p);
      configProblems.set(p.file, list);
    }
    let source = input.source();
    let output: string | undefined;
    if (fix && source.ok) {
      const fixed = fixFile(input.path, source, loaded.config, fix, err);
      if (fixed !== undefined) {
        source = { ...source, text: fixed };
        output = fixed;
        fixedFiles++;
      }
    }
    const doc = lintDocument(input.path, source, loaded.config);
    if (fix === 'dry-run' && output !== undefined) doc.result.output = output;
    if (doc.result.messages.some((m) => m.ruleId === 'file-unreadable' || m.ruleId === 'internal-error')) fatal = true;
    docs.push(doc);
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
  if (fix === 'write' && fixedFiles > 0) err(`pilotlint: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
  return { docs, configResults, fatal: fatal || configResults.length > 0 };
}

/**
 * The text after every insert-only fix (core fixAll), written back with --fix; undefined when nothing changes or the
 * file cannot be written back byte for byte (not valid UTF-8: the replacement characters would destroy bytes).
 */
function fixFile(path: string, source: Extract<Source, { ok: true }>, config: PilotlintConfig, mode: 'write' | 'dry-run', err: (s: string) => void): string | undefined {
  let fixed: string;
  try {
    fixed = fixAll(source.text, config).text;
  } catch {
    // lintDocument lints the file next and reports the failure as internal-error.
    return undefined;
  }
  if (fixed === source.text) return undefined;
  if (mode === 'write') {
    if (!source.utf8) {
      err(`pilotlint: ${path} is not UTF-8 text, so fixes were not written (they would change its bytes).\n`);
      return undefined;
    }
    try {
      writeFileSync(path, (source.utf8.bom ? '\uFEFF' : '') + fixed);
    } catch (e) {
      err(`pilotlint: cannot write fixes to ${path}: ${(e as Error).message}\n`);
      return undefined;
    }
  }
  return fixed;
}

function report(options: CliOptions, cwd: string, linted: Linted, out: (s: string) => void, err: (s: string) => void): number {
  const entries: ReportEntry[] = linted.docs.map(({ result, lint: l }) => {
    const r = finish(result);
    const title = l?.doc.title?.heading.text ?? (typeof l?.doc.frontMatter?.data?.title === 'string' ? l.doc.frontMatter.data.title : basename(result.filePath));
    return {
      path: display(result.filePath, cwd),
      title,
      lang: l?.lang ?? 'en',
      readiness: l && readiness(l.doc, l.findings, l.lang),
      messages: r.messages,
      waivers: r.waivers,
      errorCount: r.errorCount!,
      warningCount: r.warningCount!,
    };
  });
  const input = { entries, version, date: new Date().toISOString().slice(0, 10) };
  const text = options.reportFormat === 'markdown' ? renderMarkdown(input) : renderHtml(input);
  if (options.out === undefined) out(text);
  else {
    try {
      writeFileSync(resolve(cwd, options.out), text);
    } catch (e) {
      err(`pilotlint: cannot write the report to ${options.out}: ${(e as Error).message}\n`);
      return 2;
    }
    err(`pilotlint: wrote ${options.out} (${entries.length} proposal${entries.length === 1 ? '' : 's'}).\n`);
  }
  return linted.fatal ? 2 : 0;
}

type ConfigFor = (file: string) => LoadedConfig;

/** The configuration lookup the options ask for, or a usage message when --config names no file. */
export function configLookup(options: CliOptions, cwd: string): ConfigFor | string {
  if (options.noConfig) return () => ({ config: {}, files: [], problems: [] });
  if (options.config !== undefined) {
    const path = resolve(cwd, options.config);
    if (!existsSync(path) || !statSync(path).isFile()) return `pilotlint: cannot read the configuration file ${options.config}: no such file.\n`;
    const fixed = loadConfigFile(path);
    return () => fixed;
  }
  const cache = new ConfigCache();
  return (file) => loadConfigFor(file, cache);
}

interface Input {
  path: string;
  source: () => Source;
}

interface Inputs {
  list: Input[];
  /** Something could not be read (an unreadable folder): the run ends with status 2 after reporting the rest. */
  fatal: boolean;
}

/** The files the arguments name, or an exit status when they name nothing usable. */
export function fileInputs(options: CliOptions, cwd: string, configFor: ConfigFor, err: (s: string) => void): Inputs | number {
  if (options.patterns.length === 0) {
    err('pilotlint: no files given. Usage: pilotlint [options] <files|folders|globs>; see pilotlint --help.\n');
    return 2;
  }
  const expansion = expandTargets(
    options.patterns,
    cwd,
    { proposal: (file, head) => isProposalFile(file, head, configFor(file).config.include ?? []), ignored: (file) => ignoredBy(file, configFor) },
    { followSymlinks: options.followSymlinks },
  );
  for (const r of expansion.refused) err(`pilotlint: the glob ${r.pattern} is refused: ${r.reason}, which could take exponential time to match.\n`);
  for (const m of expansion.missing) err(`pilotlint: no such file or folder, and no file matches: ${m}\n`);
  if (expansion.missing.length || expansion.refused.length) return 2;
  for (const u of expansion.unreadable) err(`pilotlint: cannot read the folder ${display(u.path, cwd)} (${u.message}); its files were not linted.\n`);
  for (const i of expansion.ignored) err(`pilotlint: ${i} is excluded by ignores or a ${IGNORE_FILE}; not linted.\n`);
  for (const e of expansion.empty) err(`pilotlint: no proposals found in ${e} (see --help for how files are selected).\n`);
  return { list: expansion.targets.map((t) => ({ path: t.path, source: () => readSource(t.path) })), fatal: expansion.unreadable.length > 0 };
}

function stdinInput(options: CliOptions, cwd: string, configFor: ConfigFor, io: Io, err: (s: string) => void): Inputs | number {
  let bytes: Buffer;
  try {
    bytes = io.stdin();
  } catch (e) {
    err(`pilotlint: cannot read stdin: ${(e as Error).message}\n`);
    return 2;
  }
  const source = decodeSource(bytes);
  if (options.stdinFilename === undefined) return { list: [{ path: '<stdin>', source: () => source }], fatal: false };
  // The name stands in for a file found in a folder: a README piped in is left alone, as the folder walk would.
  const path = resolve(cwd, options.stdinFilename);
  const text = source.ok ? source.text : '';
  if (ignoredBy(path, configFor)) {
    err(`pilotlint: ${options.stdinFilename} is excluded by ignores or a ${IGNORE_FILE}; not linted.\n`);
    return { list: [], fatal: false };
  }
  if (!isProposalFile(path, text, configFor(path).config.include ?? [])) {
    err(`pilotlint: ${options.stdinFilename} is not a proposal (see --help for how files are selected); not linted.\n`);
    return { list: [], fatal: false };
  }
  return { list: [{ path, source: () => source }], fatal: false };
}

interface LintedDoc {
  result: FileResult;
  /** The engine's result, when the file could be read and linted. */
  lint?: LintResult;
  text?: string;
}

function ignoredBy(file: string, configFor: ConfigFor): boolean {
  return isIgnoredFile(file, configFor(file).config.ignores ?? []);
}

/** One document's findings in CLI form; never throws (a crash in the engine becomes an internal-error message). */
function lintDocument(path: string, source: Source, config: PilotlintConfig): LintedDoc {
  if (!source.ok) {
    return { result: { filePath: path, messages: [{ ruleId: 'file-unreadable', severity: 'error', message: source.message, line: 1, column: 1, endLine: 1, endColumn: 1 }], waivers: [] } };
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
    return { result: { filePath: path, messages, waivers: result.waivers }, lint: result, text: source.text };
  } catch (e) {
    const message = `pilotlint failed on this file (${(e as Error).message}). Please report it.`;
    return { result: { filePath: path, messages: [...messages, { ruleId: 'internal-error', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 }], waivers: [] } };
  }
}

function init(cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  const existing = CONFIG_NAMES.find((n) => existsSync(join(cwd, n)));
  if (existing) {
    err(`pilotlint: ${existing} already exists here; --init does not overwrite it.\n`);
    return 2;
  }
  const file = join(cwd, '.pilotlintrc.yaml');
  try {
    // 'wx' fails if the file appeared since the check: never overwrite.
    writeFileSync(file, INIT_CONFIG, { flag: 'wx' });
  } catch (e) {
    err(`pilotlint: cannot write ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  out(printable(`Wrote ${file}. Edit it, then run pilotlint on your proposals.\n`));
  return 0;
}

/** Reads stdin to its end; the bundle's entry passes this to run(). */
export function readStdin(): Buffer {
  return readFileSync(0);
}
