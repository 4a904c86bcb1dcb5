// Turns file, folder and glob arguments into the files to lint, and reads them as text without trusting their bytes.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isProposalFile } from '../core/select';

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
}

const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = (name: string): boolean => name === 'node_modules' || name.startsWith('.');
const MARKDOWN = /\.(md|markdown|mdown|mkdn?|mdwn)$/i;
const HEAD_BYTES = 64 * 1024;

/**
 * Files named are always linted; folders are walked (skipping node_modules and dot-folders) and give the files the
 * editor would lint; globs give every file they match.
 */
export function expandTargets(patterns: readonly string[], cwd: string, includeFor: (file: string) => readonly string[]): Expansion {
  const seen = new Set<string>();
  const out: Expansion = { targets: [], missing: [], empty: [] };
  const add = (path: string, explicit: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    out.targets.push({ path, explicit });
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const stat = statOrUndefined(abs);
    if (stat?.isFile()) add(abs, true);
    else if (stat?.isDirectory()) {
      const before = out.targets.length;
      for (const file of walk(abs)) if (looksLikeProposal(file, includeFor(file))) add(file, false);
      if (out.targets.length === before) out.empty.push(pattern);
    } else if (GLOB_CHARS.test(pattern)) {
      const matched = expandGlob(pattern, cwd);
      if (matched.length === 0) out.missing.push(pattern);
      for (const file of matched) add(file, true);
    } else out.missing.push(pattern);
  }
  return out;
}

function expandGlob(pattern: string, cwd: string): string[] {
  const posix = pattern.split(sep).join('/');
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseRel = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const base = resolve(cwd, baseRel);
  if (!statOrUndefined(base)?.isDirectory()) return [];
  const absolute = isAbsolute(pattern);
  const match = picomatch(posix.replace(/^\.\//, ''), { windows: false });
  return [...walk(base)].filter((file) => match(absolute ? file.split(sep).join('/') : relative(cwd, file).split(sep).join('/')));
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symlinked folders are not followed: they can loop, and they usually point outside the project.
    if (e.isDirectory()) {
      if (!SKIP_DIRS(e.name)) yield* walk(path);
    } else if (e.isFile() || (e.isSymbolicLink() && statOrUndefined(path)?.isFile())) yield path;
  }
}

function looksLikeProposal(file: string, include: readonly string[]): boolean {
  // Only Markdown can declare its type in front matter, and only its head is read to find out.
  return isProposalFile(file, MARKDOWN.test(file) ? readHead(file) : '', include);
}

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
  | { ok: true; text: string; encodingProblem?: { offset: number; message: string } }
  | { ok: false; message: string };

/** The file as text without a BOM (editors do not count it as a column), or why it cannot be linted. */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return { ok: false, message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; pilotlint lints files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
    }
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: `Cannot read the file: ${(e as Error).message}` };
  }
  // Windows editors save "Unicode" text as UTF-16 with a byte order mark; that is text, not binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) return { ok: false, message: 'The file is binary, not Markdown text; it was not linted.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
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
