// Command-line arguments of `pilotlint` into one typed object, or a usage error.
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats of `pilotlint report`. */
export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CliOptions {
  /** `pilotlint report ...` summarises a portfolio; anything else lints. */
  command: 'lint' | 'report';
  format: Format;
  reportFormat: ReportFormat;
  /** Where the report is written (stdout when absent). */
  out?: string;
  /** -1: no limit. */
  maxWarnings: number;
  config?: string;
  noConfig: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** Write fixes to the files. */
  fix: boolean;
  /** Compute fixes and report the result without writing (json carries the fixed text as `output`). */
  fixDryRun: boolean;
  /** Read the document from stdin (`-`, or implied by --stdin-filename). */
  stdin: boolean;
  /** The path stdin stands for: it decides file selection and configuration. */
  stdinFilename?: string;
  /** Print the configuration that applies to this file and exit. */
  printConfig?: string;
  /** Write a commented .pilotlintrc.yaml into the current folder. */
  init: boolean;
  /** Follow symlinks out of the folders walked. */
  followSymlinks: boolean;
  patterns: string[];
}

export class UsageError extends Error {}

const WITH_VALUE = new Set(['--format', '-f', '--max-warnings', '--config', '-c', '--stdin-filename', '--print-config', '--out', '-o']);
// Options that make no sense for a report: it reads files, summarises them and writes nothing else.
const LINT_ONLY = ['--max-warnings', '--quiet', '-q', '--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--print-config', '--init'];

export function parseArgs(argv: readonly string[]): CliOptions {
  const report = argv[0] === 'report';
  const o: CliOptions = {
    command: report ? 'report' : 'lint',
    format: 'stylish',
    reportFormat: 'html',
    maxWarnings: -1,
    noConfig: false,
    quiet: false,
    help: false,
    version: false,
    fix: false,
    fixDryRun: false,
    stdin: false,
    init: false,
    followSymlinks: false,
    patterns: [],
  };
  for (let i = report ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      o.patterns.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      o.patterns.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (WITH_VALUE.has(name)) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
    } else if (eq > 0) {
      throw new UsageError(`${name} takes no value.`);
    }
    if (report && LINT_ONLY.includes(name)) throw new UsageError(`${name} is not an option of pilotlint report.`);
    if (!report && (name === '--out' || name === '-o')) throw new UsageError(`${name} is an option of pilotlint report only.`);
    switch (name) {
      case '--format':
      case '-f':
        if (report) {
          if (!(REPORT_FORMATS as readonly string[]).includes(value!)) throw new UsageError(`unknown report format "${value}"; use ${REPORT_FORMATS.join(' or ')}.`);
          o.reportFormat = value as ReportFormat;
          break;
        }
        if (!(FORMATS as readonly string[]).includes(value!)) throw new UsageError(`unknown format "${value}"; use one of ${FORMATS.join(', ')}.`);
        o.format = value as Format;
        break;
      case '--max-warnings':
        if (!/^-?\d+$/.test(value!) || Number(value) < -1) throw new UsageError(`--max-warnings needs a whole number (-1 for no limit), not "${value}".`);
        o.maxWarnings = Number(value);
        break;
      case '--config':
      case '-c':
        o.config = value;
        break;
      case '--no-config':
        o.noConfig = true;
        break;
      case '--quiet':
      case '-q':
        o.quiet = true;
        break;
      case '--help':
      case '-h':
        o.help = true;
        break;
      case '--version':
      case '-v':
        o.version = true;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--fix-dry-run':
        o.fixDryRun = true;
        break;
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value;
        break;
      case '--print-config':
        o.printConfig = value;
        break;
      case '--init':
        o.init = true;
        break;
      case '--follow-symlinks':
        o.followSymlinks = true;
        break;
      case '--out':
      case '-o':
        o.out = value;
        break;
      default:
        throw new UsageError(`unknown option ${name}. Run pilotlint --help for the options.`);
    }
  }
  if (o.config !== undefined && o.noConfig) throw new UsageError('--config and --no-config cannot be used together.');
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  const dash = o.patterns.filter((p) => p === '-').length;
  if (dash > 0 || o.stdinFilename !== undefined) o.stdin = true;
  if (o.stdin) {
    // One document comes from stdin; mixing it with files would leave it unclear which result is which.
    if (o.patterns.length > dash || dash > 1) throw new UsageError('stdin ("-") cannot be combined with file arguments.');
    o.patterns = [];
    if (o.fix) throw new UsageError('--fix cannot write to stdin; use --fix-dry-run --format json to get the fixed text.');
  }
  return o;
}
