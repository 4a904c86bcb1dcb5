// Turns file, folder and glob arguments into the files to lint, and reads them as text without trusting their bytes.
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globProblem } from '../core/select';

export interface Target {
  path: string;
  /** Named on the command line (or matched by a glob there): linted even when it does not look like a proposal. */
  explicit: boolean;
}

export interface Expansion {
  targets: Target[];
  /** Arguments that name nothing: the CLI exits with status 2. */
  missing: string[];
  /** Folders in which no proposal was found: worth a note, not an error. */
  empty: string[];
  /** Folders that could not be listed (permissions, I/O): the CLI names each and exits with status 2. */
  unreadable: { path: string; message: string }[];
  /** Files named on the command line that `ignores` or a .pilotlintignore exclude: worth a note. */
  ignored: string[];
  /** Globs whose matching could take exponential time, with why: the CLI names each and exits with status 2. */
  refused: { pattern: string; reason: string }[];
}

/** What the configuration says about a file. */
export interface Selection {
  /** Whether a file found in a folder is a proposal, given the head of its text. */
  proposal(file: string, head: string): boolean;
  /** Whether `ignores` exclude it, wherever it came from. */
  ignored(file: string): boolean;
}

export interface ExpandOptions {
  /** Follow symlinked files and folders wherever they point; by default only links that stay inside the walked folder. */
  followSymlinks: boolean;
}

interface Walk {
  /** The real path of the folder the walk started in: links resolving outside it are left alone. */
  root: string;
  follow: boolean;
  /** Real paths of the folders entered, so that followed links cannot loop. */
  entered: Set<string>;
  unreadable: Expansion['unreadable'];
}

const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = (name: string): boolean => name === 'node_modules' || name.startsWith('.');
const MARKDOWN = /\.(md|markdown|mdown|mkdn?|mdwn)$/i;
const HEAD_BYTES = 64 * 1024;

/**
 * Files named are always linted; folders are walked (skipping node_modules and dot-folders) and give the files the
 * editor would lint; globs give every file they match. Ignored files are left out of all three.
 */
export function expandTargets(patterns: readonly string[], cwd: string, select: Selection, options: ExpandOptions = { followSymlinks: false }): Expansion {
  const seen = new Set<string>();
  const out: Expansion = { targets: [], missing: [], empty: [], unreadable: [], ignored: [], refused: [] };
  const walker = (dir: string): Walk => ({ root: realOrSelf(dir), follow: options.followSymlinks, entered: new Set(), unreadable: out.unreadable });
  const add = (path: string, explicit: boolean): void => {
    if (seen.has(path) || select.ignored(path)) return;
    seen.add(path);
    out.targets.push({ path, explicit });
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const stat = statOrUndefined(abs);
    if (stat?.isFile()) {
      if (select.ignored(abs)) out.ignored.push(pattern);
      else add(abs, true);
    } else if (stat?.isDirectory()) {
      const before = out.targets.length;
      const unreadableBefore = out.unreadable.length;
      for (const file of walk(abs, walker(abs))) if (!select.ignored(file) && select.proposal(file, MARKDOWN.test(file) ? readHead(file) : '')) add(file, false);
      // A folder that could not be listed at all has been named as unreadable; "no proposals" would mislead.
      if (out.targets.length === before && !out.unreadable.slice(unreadableBefore).some((u) => u.path === abs)) out.empty.push(pattern);
    } else if (GLOB_CHARS.test(pattern)) {
      // The same guard as globs in configuration: one typed on the command line would otherwise hang the run.
      const reason = globProblem(pattern.split(sep).join('/'));
      if (reason) {
        out.refused.push({ pattern, reason });
        continue;
      }
      const matched = expandGlob(pattern, cwd, walker);
      if (matched.length === 0) out.missing.push(pattern);
      for (const file of matched) add(file, true);
    } else out.missing.push(pattern);
  }
  return out;
}

function expandGlob(pattern: string, cwd: string, walker: (dir: string) => Walk): string[] {
  const posix = pattern.split(sep).join('/');
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseRel = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const base = resolve(cwd, baseRel);
  if (!statOrUndefined(base)?.isDirectory()) return [];
  const absolute = isAbsolute(pattern);
  const match = picomatch(posix.replace(/^\.\//, ''), { windows: false });
  return [...walk(base, walker(base))].filter((file) => match(absolute ? file.split(sep).join('/') : relative(cwd, file).split(sep).join('/')));
}

function* walk(dir: string, w: Walk): Generator<string> {
  const real = realOrSelf(dir);
  if (w.entered.has(real)) return;
  w.entered.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.unreadable.push({ path: dir, message: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS(e.name)) yield* walk(path, w);
    } else if (e.isFile()) yield path;
    else if (e.isSymbolicLink()) {
      // A link can lead out of the project (its text would then show up in findings) or loop back into it.
      const target = statOrUndefined(path);
      if (!target || !(w.follow || inside(realOrSelf(path), w.root))) continue;
      if (target.isFile()) yield path;
      else if (target.isDirectory() && w.follow && !SKIP_DIRS(e.name)) yield* walk(path, w);
    }
  }
}

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// Only Markdown can declare its type in front matter, and only its head is read to find out.
function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

// Proposals are rarely over 100 KB; far beyond that is an export with embedded images. Time and memory grow linearly
// (docs/cli.md gives the measured figures); the editor's limit is the same size.
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type Source =
  | {
      ok: true;
      text: string;
      encodingProblem?: { offset: number; message: string };
      /** Set for valid UTF-8 only, the one encoding --fix writes back byte for byte; says whether it had a BOM. */
      utf8?: { bom: boolean };
    }
  | { ok: false; message: string };

/** The file as text, or why it cannot be linted. */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: `Cannot read the file: ${(e as Error).message}` };
  }
  return decodeSource(bytes);
}

function tooLarge(size: number): Source {
  return { ok: false, message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; pilotlint lints files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
}

/** Bytes (a file's or stdin's) as text, without trusting them: binary, UTF-16 and bad UTF-8 are told apart. */
export function decodeSource(bytes: Buffer): Source {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  // Windows editors save "Unicode" text as UTF-16 with a byte order mark; that is text, not binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) return { ok: false, message: 'The file is binary, not Markdown text; it was not linted.' };
  try {
    // The decoder drops a BOM (editors do not count it as a column); utf8.bom puts it back when fixes are written.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: { bom } };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return {
      ok: true,
      text,
      encodingProblem: {
        offset: Math.max(0, text.indexOf('\uFFFD')),
        message: 'The file is not valid UTF-8 (perhaps Windows-1252 or Latin-1); it was linted with U+FFFD in place of the bad bytes. Save it as UTF-8.',
      },
    };
  }
}
