// Which files are pilot proposals: the one selection shared by the editor and the CLI (pure, no file system).
import picomatch from 'picomatch';
import { scanFrontMatter } from '../model/frontmatter-block';
import { lineAt } from '../model/lines';

/** Front matter `type:` values that make a Markdown file a proposal; each names a profile in profiles.ts. */
export const PROPOSAL_TYPES = ['pilot-proposal', 'pilot-extension', 'scale-up'] as const;
export type ProposalType = (typeof PROPOSAL_TYPES)[number];

const MARKDOWN_EXT = /\.(md|markdown|mdown|mkdn?|mdwn)$/i;
const PROPOSAL_NAME = /\.proposal\.md$/i;
// Front matter is at the top and short; a bound keeps selecting a 5 MB file as cheap as selecting a small one.
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * True for `*.proposal.md`, for Markdown whose front matter says `type: pilot-proposal | pilot-extension | scale-up`,
 * and for files matching an `include` glob. Relative globs are matched against the path relative to `baseDir` (or
 * the path as given when there is none); absolute globs (as config files produce) against the absolute path.
 */
export function isProposalFile(filePath: string, text: string, include: readonly string[], baseDir?: string): boolean {
  const path = toPosix(filePath);
  if (PROPOSAL_NAME.test(path)) return true;
  if (isMarkdownName(path) && frontMatterType(text) !== undefined) return true;
  return include.length > 0 && matchesInclude(path, include, baseDir === undefined ? undefined : toPosix(baseDir));
}

/** The proposal type declared in the front matter, read line by line so that broken YAML elsewhere does not hide it. */
export function frontMatterType(text: string): ProposalType | undefined {
  const head = text.length > MAX_FRONT_MATTER ? text.slice(0, MAX_FRONT_MATTER) : text;
  const fm = scanFrontMatter(head);
  // No closing delimiter: not front matter at all (remark reads it as a thematic break and text).
  if (!fm?.closed) return undefined;
  let found: ProposalType | undefined;
  for (let at = fm.bodyStart; at < fm.bodyEnd; ) {
    const line = lineAt(head, at);
    const m = /^type[ \t]*:[ \t]*(.*)$/.exec(line.text);
    if (m) found = typeValue(m[1]);
    at = line.next;
  }
  return found;
}

function typeValue(raw: string): ProposalType | undefined {
  let v = raw.trim();
  const quoted = /^(["'])(.*)\1/.exec(v);
  if (quoted) v = quoted[2];
  else v = v.replace(/[ \t]+#.*$/, '');
  v = v.trim().toLowerCase();
  return (PROPOSAL_TYPES as readonly string[]).includes(v) ? (v as ProposalType) : undefined;
}

function isMarkdownName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Untitled editor buffers have no extension; the editor only hands us Markdown ones.
  return MARKDOWN_EXT.test(base) || !base.includes('.');
}

function matchesInclude(path: string, include: readonly string[], baseDir: string | undefined): boolean {
  const rel = baseDir === undefined ? path : relativeInside(baseDir, path);
  for (const glob of include) {
    // Globs keep their backslashes: they are picomatch escapes, so globs are written with forward slashes.
    const target = isAbsolute(glob) ? path : rel;
    if (target !== undefined && matcher(glob)(target)) return true;
  }
  return false;
}

/** True when an `ignores` glob matches the file; globs are matched as `include` globs are. */
export function isIgnoredFile(filePath: string, ignores: readonly string[], baseDir?: string): boolean {
  return ignores.length > 0 && matchesInclude(toPosix(filePath), ignores, baseDir === undefined ? undefined : toPosix(baseDir));
}

function relativeInside(base: string, path: string): string | undefined {
  if (!isAbsolute(path)) return path.replace(/^\.\//, '');
  const prefix = base.endsWith('/') ? base : base + '/';
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

const matchers = new Map<string, (p: string) => boolean>();

function matcher(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    // An invalid glob, or one whose regex could backtrack for minutes, selects nothing rather than stall the run.
    try {
      m = globProblem(glob) ? () => false : picomatch(glob.replace(/^\.\//, ''), { dot: true, windows: false });
    } catch {
      m = () => false;
    }
    if (matchers.size > 500) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}

/** Most `*` runs in one path segment and most `**` segments in a glob: each adds a nested loop to its regex. */
const MAX_STARS = 3;
const MAX_GLOBSTARS = 3;

/**
 * Why a glob is refused, or undefined when it is safe to compile. picomatch turns globs into backtracking regexes:
 * `*(*(a))` or `+(a|aa)` is exponential in the file name's length and `*a*a*a*a*b` is n⁵, so repeated extglobs may
 * only hold plain text or a character class, and wildcards are counted.
 */
export function globProblem(glob: string): string | undefined {
  let globstars = 0;
  for (const segment of glob.split('/')) {
    if (segment === '**') globstars++;
    else if ((segment.replace(/\\./g, '').match(/\*+/g) ?? []).length > MAX_STARS) {
      return `more than ${MAX_STARS} "*" in one path segment ("${segment}")`;
    }
  }
  if (globstars > MAX_GLOBSTARS) return `more than ${MAX_GLOBSTARS} "**" segments`;
  const open: string[] = [];
  let inClass = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const repeating = open.some((k) => k === '*' || k === '+');
    if ('*+?@!'.includes(c) && glob[i + 1] === '(') {
      if (open.length) return 'an extglob inside another extglob ("*(*(…))")';
      open.push(c);
      i++;
    } else if (c === '(' && repeating) return 'a group inside a repeated extglob';
    else if (c === ')' && open.length) open.pop();
    else if (c === '[') inClass = true;
    else if (repeating && (c === '*' || c === '?' || c === '|')) return `"${c}" inside a repeated extglob ("*(…)" or "+(…)")`;
  }
  return undefined;
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** A folder path escaped for use as the literal prefix of a picomatch glob. */
export function globPrefix(dir: string): string {
  const d = toPosix(dir).replace(/\/$/, '');
  return d.replace(/[\\*?[\]{}()!+@|^$]/g, '\\$&') + '/';
}
