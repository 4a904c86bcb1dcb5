// Command-line arguments of `pilotlint` into one typed object, or a usage error.
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  /** -1: no limit. */
  maxWarnings: number;
  config?: string;
  noConfig: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
  patterns: string[];
}

export class UsageError extends Error {}

const WITH_VALUE = new Set(['--format', '-f', '--max-warnings', '--config', '-c']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'stylish', maxWarnings: -1, noConfig: false, quiet: false, help: false, version: false, patterns: [] };
  for (let i = 0; i < argv.length; i++) {
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
    switch (name) {
      case '--format':
      case '-f':
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
      default:
        throw new UsageError(`unknown option ${name}. Run pilotlint --help for the options.`);
    }
  }
  if (o.config !== undefined && o.noConfig) throw new UsageError('--config and --no-config cannot be used together.');
  return o;
}
