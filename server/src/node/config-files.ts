// Finds, reads and validates `.pilotlintrc.*` files (data only, never code) for the CLI and the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import schema from '../../../schemas/pilotlintrc.schema.json';
import { RULE_MAP } from '../../../rules/index';
import { SEVERITIES, type PilotlintConfig } from '../core/config';
import { FACETS } from '../model/lexicon';
import type { Facet } from '../model/types';
import { globPrefix, globProblem } from '../core/select';
import { parseYamlSafely } from '../model/yaml-limits';

/** A problem in a config file; positions are 1-based, columns in UTF-16 code units. */
export interface ConfigProblem {
  file: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LoadedConfig {
  config: PilotlintConfig;
  /** The config files that apply, nearest first. */
  files: string[];
  problems: ConfigProblem[];
}

/** In the order they win when one folder holds several. */
export const CONFIG_NAMES = ['.pilotlintrc.json', '.pilotlintrc.yaml', '.pilotlintrc.yml'] as const;

/** Globs of files not to lint, one a line, relative to its folder (a small subset of .gitignore). */
export const IGNORE_FILE = '.pilotlintignore';

// Real configs are a few hundred bytes; anything this large is a mistake, and reading it would stall the editor.
export const MAX_CONFIG_BYTES = 1024 * 1024;

interface FolderConfig {
  /** The config file, when the folder has one (it may hold only a .pilotlintignore). */
  file?: string;
  config: PilotlintConfig;
  problems: ConfigProblem[];
}

interface Folder {
  config: FolderConfig | null;
  /** A repository root (it holds .git) or the user's home folder: the upward search ends here. */
  boundary: boolean;
}

/** Per-folder results of the upward search; the server clears it when a config file changes. */
export class ConfigCache {
  private readonly folders = new Map<string, Folder>();

  get(dir: string): Folder {
    let entry = this.folders.get(dir);
    if (entry === undefined) {
      entry = readFolder(dir);
      this.folders.set(dir, entry);
    }
    return entry;
  }

  clear(): void {
    this.folders.clear();
  }
}

/**
 * The configuration for a file: config files from its folder upwards, nearest winning, up to one with `root: true`,
 * the repository root (a folder holding `.git`) or the user's home folder, whichever comes first. A file above the
 * project (in /tmp, a shared drive's root) must not switch rules off for it.
 */
export function loadConfigFor(filePath: string, cache: ConfigCache = new ConfigCache()): LoadedConfig {
  const chain: FolderConfig[] = [];
  let dir = dirname(resolve(filePath));
  for (;;) {
    const folder = cache.get(dir);
    if (folder.config) {
      chain.push(folder.config);
      if (folder.config.config.root === true) break;
    }
    if (folder.boundary) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  let config: PilotlintConfig = {};
  for (let i = chain.length - 1; i >= 0; i--) config = mergeConfig(config, chain[i].config);
  return { config, files: chain.flatMap((c) => (c.file ? [c.file] : [])), problems: chain.flatMap((c) => c.problems) };
}

/** One config file on its own (`--config FILE`): no upward search. */
export function loadConfigFile(file: string): LoadedConfig {
  const path = resolve(file);
  const read = readConfigFile(path);
  return { config: read.config, files: [path], problems: read.problems };
}

/** `over` wins per rule, per `headings` facet and for `language`; `include` globs add up. */
export function mergeConfig(base: PilotlintConfig, over: PilotlintConfig): PilotlintConfig {
  const out: PilotlintConfig = {};
  const root = over.root ?? base.root;
  if (root !== undefined) out.root = root;
  const language = over.language ?? base.language;
  if (language !== undefined) out.language = language;
  if (base.include || over.include) out.include = [...new Set([...(base.include ?? []), ...(over.include ?? [])])];
  if (base.ignores || over.ignores) out.ignores = [...new Set([...(base.ignores ?? []), ...(over.ignores ?? [])])];
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules };
  if (base.headings || over.headings) out.headings = { ...base.headings, ...over.headings };
  return out;
}

function readFolder(dir: string): Folder {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { config: null, boundary: false };
  }
  const boundary = names.includes('.git') || dir === HOME;
  const ignored = names.includes(IGNORE_FILE) ? readIgnoreFile(join(dir, IGNORE_FILE)) : undefined;
  const present = CONFIG_NAMES.filter((n) => names.includes(n));
  if (present.length === 0) {
    if (!ignored) return { config: null, boundary };
    return { config: { config: { ignores: ignored.globs }, problems: ignored.problems }, boundary };
  }
  const file = join(dir, present[0]);
  const read = readConfigFile(file);
  const config = ignored ? { ...read.config, ignores: [...(read.config.ignores ?? []), ...ignored.globs] } : read.config;
  const problems = [...read.problems, ...(ignored?.problems ?? [])];
  for (const other of present.slice(1)) {
    problems.push({
      file: join(dir, other),
      message: `Ignored: ${present[0]} in the same folder takes precedence. Keep one configuration file per folder.`,
      ...FIRST_CHAR,
    });
  }
  return { config: { file, config, problems }, boundary };
}

const HOME = (() => {
  try {
    return resolve(homedir());
  } catch {
    return undefined;
  }
})();

/**
 * `.pilotlintignore`: one glob a line, `#` comments. As in .gitignore, a pattern without a slash matches at any depth,
 * a leading slash anchors it at the folder, and a pattern matching a folder ignores everything in it. Negation (`!`)
 * is not supported: it is reported rather than silently read as a pattern.
 */
function readIgnoreFile(file: string): { globs: string[]; problems: ConfigProblem[] } {
  let text: string;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) return { globs: [], problems: [{ file, message: 'The ignore file is over 1 MB; it is ignored.', ...FIRST_CHAR }] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { globs: [], problems: [{ file, message: `Cannot read the ignore file: ${(e as Error).message}`, ...FIRST_CHAR }] };
  }
  const prefix = globPrefix(dirname(file));
  const globs: string[] = [];
  const problems: ConfigProblem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('!')) {
      problems.push({ file, message: `Negated patterns ("${line}") are not supported in ${IGNORE_FILE}; the line is ignored.`, line: i + 1, column: 1, endLine: i + 1, endColumn: raw.length + 1 });
      return;
    }
    const folderOnly = line.endsWith('/');
    const pattern = line.replace(/\/+$/, '');
    const glob = prefix + (pattern.includes('/') ? pattern.replace(/^\/+/, '') : '**/' + pattern);
    if (!folderOnly) globs.push(glob);
    globs.push(glob + '/**');
  });
  return { globs, problems };
}

const FIRST_CHAR = { line: 1, column: 1, endLine: 1, endColumn: 2 };

function readConfigFile(file: string): { config: PilotlintConfig; problems: ConfigProblem[] } {
  const fail = (message: string) => ({ config: {}, problems: [{ file, message, ...FIRST_CHAR }] });
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) {
      return fail(`Configuration file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB, so it is ignored.`);
    }
    bytes = readFileSync(file);
  } catch (e) {
    return fail(`Cannot read the configuration file: ${(e as Error).message}`);
  }
  if (bytes.includes(0)) return fail('Configuration file is binary, not JSON or YAML text; it is ignored.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Configuration file is not valid UTF-8 text; it is ignored.');
  }
  const parsed = parseText(file, text);
  if (parsed.raw === undefined) return { config: {}, problems: parsed.problems };
  const validated = validateConfig(parsed.raw, file, parsed.text);
  return { config: anchorIncludes(validated.config, dirname(file)), problems: [...parsed.problems, ...validated.problems] };
}

// Globs in a file are relative to its folder; anchoring them here keeps that true after merging with other folders.
function anchorIncludes(config: PilotlintConfig, dir: string): PilotlintConfig {
  const prefix = globPrefix(dir);
  const anchor = (globs: string[]): string[] => globs.map((g) => prefix + g.replace(/^(\.\/|\/)+/, ''));
  const out = { ...config };
  if (config.include) out.include = anchor(config.include);
  if (config.ignores) out.ignores = anchor(config.ignores);
  return out;
}

/**
 * Parses JSON or YAML with the YAML parser (JSON is YAML), so problems carry positions in both. A top-level entry
 * nested too deep to parse safely is reported and blanked, and the rest of the file still applies; `text` is what was
 * parsed (same offsets).
 */
function parseText(file: string, original: string): { raw: unknown; problems: ConfigProblem[]; text: string } {
  let text = original;
  if (text.replace(/^\uFEFF/, '').trim() === '') return { raw: {}, problems: [], text };
  const lines = lineCounter(original);
  const at = (start: number, end: number): Omit<ConfigProblem, 'file' | 'message'> => span(lines, original, start, end);
  const problems: ConfigProblem[] = [];
  const kind = file.endsWith('.json') ? 'JSON' : 'YAML';
  let parsed = parseYamlSafely(text, { prettyErrors: false, uniqueKeys: true });
  while (parsed.error) {
    const entry = topLevelEntry(text, parsed.error.at);
    const where = at(parsed.error.at, parsed.error.at + 1);
    if (!entry) {
      problems.push({ file, message: `Invalid ${kind}: the configuration ${parsed.error.message}. The file is ignored.`, ...where });
      return { raw: undefined, problems, text };
    }
    problems.push({ file, message: `"${entry.key}" ${parsed.error.message}; it is ignored, the rest of the file applies.`, ...where });
    text = text.slice(0, entry.start) + text.slice(entry.start, entry.end).replace(/[^\r\n]/g, ' ') + text.slice(entry.end);
    parsed = parseYamlSafely(text, { prettyErrors: false, uniqueKeys: true });
  }
  const doc = parsed.doc;
  if (doc.errors.length) {
    // A half-read file could switch rules on or off by accident, so a syntax error disables the whole file.
    return {
      raw: undefined,
      problems: [...problems, ...doc.errors.map((e) => ({ file, message: `Invalid ${kind}: ${e.message}. The file is ignored until this is fixed.`, ...at(e.pos[0], e.pos[1]) }))],
      text,
    };
  }
  if (kind === 'JSON' && problems.length === 0) {
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      // Lenient: YAML read it, so its settings apply, but editors and other tools will reject the file.
      problems.push({ file, message: `Not strict JSON (${(e as Error).message}); read as YAML, but other tools will reject it.`, ...FIRST_CHAR });
    }
  }
  try {
    return { raw: doc.toJS({ maxAliasCount: 50 }), problems, text };
  } catch (e) {
    return { raw: undefined, problems: [...problems, { file, message: `Cannot read the configuration: ${(e as Error).message}. The file is ignored.`, ...FIRST_CHAR }], text };
  }
}

/**
 * The top-level `key:` entry holding `offset` (its first line to the next top-level line), or undefined when the
 * document is not a block mapping there (a top-level list or flow collection cannot lose one entry).
 */
function topLevelEntry(text: string, offset: number): { key: string; start: number; end: number } | undefined {
  const lineStart = (i: number): number => Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
  const topLevel = (i: number): boolean => /^[^\s#\-\]}]/.test(text.slice(i, i + 1));
  let start = lineStart(offset);
  while (start > 0 && !topLevel(start)) start = lineStart(start - 1);
  const key = /^(["']?)([^"'\r\n]*?)\1[ \t]*:(?:[ \t]|$)/m.exec(text.slice(start, start + 200));
  if (!topLevel(start) || !key) return undefined;
  const lineBreak = /\r\n?|\n/g;
  lineBreak.lastIndex = offset;
  let end = text.length;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    const next = m.index + m[0].length;
    if (topLevel(next)) {
      end = next;
      break;
    }
  }
  return { key: key[2], start, end };
}

/** Line starts after `\r\n`, `\n` and a lone `\r` alike, for positions in any file. */
function lineCounter(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) lines.addNewLine(m.index + m[0].length);
  return lines;
}

function span(lines: LineCounter, text: string, start: number, end: number): Omit<ConfigProblem, 'file' | 'message'> {
  const s = lines.linePos(Math.min(start, text.length));
  const e = lines.linePos(Math.min(Math.max(end, start + 1), text.length));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(raw: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  return validator(raw) ? [] : (validator.errors ?? []);
}

/**
 * Validates a parsed config against the schema. Problems point at the offending key or value in `text`; only the
 * invalid entries are dropped, so the rest of the file still applies.
 */
export function validateConfig(raw: unknown, file: string, text: string): { config: PilotlintConfig; problems: ConfigProblem[] } {
  const lines = lineCounter(text);
  const doc = parseYamlSafely(text, { prettyErrors: false }).doc;
  const locate = (path: (string | number)[], key: boolean): Omit<ConfigProblem, 'file' | 'message'> => {
    const range = rangeOf((doc?.contents ?? null) as YamlNode | null, path, key);
    return range ? span(lines, text, range[0], range[1]) : FIRST_CHAR;
  };
  if (raw === null || raw === undefined) return { config: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      config: {},
      problems: [{ file, message: 'The configuration must be an object with root, language, include, ignores, headings and rules; the file is ignored.', ...locate([], false) }],
    };
  }

  // An empty `rules:` or `include:` in YAML reads as null: treat it as absent rather than as a mistake.
  raw = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
  const drop = new Map<string, { path: (string | number)[]; at: (string | number)[]; key: boolean; err?: ErrorObject; message?: string }>();
  for (const err of validate(raw)) {
    const path = err.instancePath.split('/').slice(1).map(unescapePointer);
    const extra = err.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : undefined;
    const target = extra === undefined ? path : [...path, extra];
    // One problem per entry: anyOf yields several errors for one bad rule setting; the deepest one names the fault.
    const entry = ['rules', 'include', 'ignores', 'headings'].includes(String(target[0])) ? target.slice(0, 2) : target.slice(0, 1);
    const id = JSON.stringify(entry);
    const seen = drop.get(id);
    if (seen && seen.at.length >= target.length) continue;
    drop.set(id, { path: entry, at: target, key: extra !== undefined, err });
  }

  for (const key of ['include', 'ignores']) {
    const globs = (raw as Record<string, unknown>)[key];
    if (!Array.isArray(globs)) continue;
    globs.forEach((g, i) => {
      const why = typeof g === 'string' ? globProblem(g) : undefined;
      const id = JSON.stringify([key, i]);
      if (why && !drop.has(id)) drop.set(id, { path: [key, i], at: [key, i], key: false, message: `"${key}" entry ${i + 1} is ignored: ${why} could take minutes to match.` });
    });
  }
  const config = structuredClone(raw) as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const { path, at, key, err, message } of drop.values()) {
    problems.push({ file, message: message ?? messageFor(at, raw as Record<string, unknown>, err!), ...locate(at, key) });
    removeAt(config, path);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (Array.isArray(config.include)) config.include = config.include.filter((g) => g !== undefined);
  if (Array.isArray(config.ignores)) config.ignores = config.ignores.filter((g) => g !== undefined);
  delete config.$schema;
  return { config: config as PilotlintConfig, problems };
}

function messageFor(path: (string | number)[], raw: Record<string, unknown>, err: ErrorObject): string {
  const [top, sub] = path;
  if (path.length === 1 && err.keyword === 'additionalProperties') {
    return `Unknown property "${top}": a configuration has root, language, include, ignores, headings and rules.`;
  }
  if (top === 'rules' && sub === undefined) return '"rules" must be an object mapping rule ids to severities; it is ignored.';
  if (top === 'rules') {
    const id = String(sub);
    if (!RULE_MAP.has(id)) {
      return `Unknown rule id "${id}"${suggest(id, [...RULE_MAP.keys()])} The setting is ignored.`;
    }
    if (String(path[2]) === '1') return optionMessage(id, path.slice(3), err);
    const value = (raw.rules as Record<string, unknown>)[id];
    const sev = Array.isArray(value) ? value[0] : value;
    const hint = sev === 'warn' ? ' ("warn" is spelled "warning" here)' : sev === 'information' ? ' ("information" is spelled "info" here)' : '';
    return `Invalid setting for rule "${id}"${hint}: use one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}, or [severity, {options}]. The rule keeps its default.`;
  }
  if (top === 'include' || top === 'ignores') {
    return sub === undefined
      ? `"${top}" must be a list of glob strings; it is ignored.`
      : `"${top}" entries must be non-empty glob strings; entry ${Number(sub) + 1} is ignored.`;
  }
  if (top === 'headings') {
    return sub === undefined
      ? '"headings" must map facet ids to lists of heading texts, e.g. { "exit_plan": ["Life after launch"] }; it is ignored.'
      : !FACETS.includes(String(sub) as Facet)
        ? `Unknown facet "${sub}" in "headings"${suggest(String(sub), FACETS)} Facets: ${FACETS.join(', ')}. It is ignored.`
        : `"headings.${sub}" must be a list of non-empty heading texts; it is ignored.`;
  }
  if (top === 'language') return '"language" must be "auto", "en" or "nb"; it is ignored.';
  if (top === 'root') return '"root" must be true or false; it is ignored.';
  if (top === '$schema') return '"$schema" must be a string.';
  return `${path.join('.')}: ${err.message ?? 'invalid'}.`;
}

/** A rule's options object failed its schema: an unknown option (with a suggestion) or a value of the wrong type. */
function optionMessage(id: string, path: (string | number)[], err: ErrorObject): string {
  const options = Object.keys(RULE_MAP.get(id)?.meta.options ?? {});
  const ignored = `The setting for "${id}" is ignored until this is fixed.`;
  if (path.length === 0) return `Options of rule "${id}" must be an object. ${ignored}`;
  const [name] = path;
  if (!options.includes(String(name))) {
    const known = options.length ? ` Its options: ${options.join(', ')}.` : ' It has no options.';
    const headings = name === 'headings' || name === 'heading' ? ' Extra heading texts are the top-level "headings" setting, keyed by facet id.' : '';
    return `Unknown option "${name}" for rule "${id}"${suggest(String(name), options)}${known}${headings} ${ignored}`;
  }
  return `Option "${path.join('.')}" of rule "${id}" ${err.message ?? 'is invalid'}. ${ignored}`;
}

function suggest(name: string, names: readonly string[]): string {
  const near = closest(name, [...names]);
  return near ? `; did you mean "${near}"?` : '.';
}

function removeAt(obj: Record<string, unknown>, path: (string | number)[]): void {
  if (path.length === 0) return;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
  const last = path[path.length - 1];
  // Array entries become holes filtered out afterwards, so sibling indices stay valid while removing.
  if (Array.isArray(parent)) parent[Number(last)] = undefined;
  else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The source range of the key (or value) at `path`; the nearest existing ancestor when the path does not resolve. */
function rangeOf(node: YamlNode | null, path: (string | number)[], key: boolean): [number, number] | undefined {
  let current: YamlNode | null = node;
  let best: [number, number] | undefined = node?.range ? [node.range[0], node.range[1]] : undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(current)) {
      const pair = current.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return best;
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      if (keyNode?.range) best = [keyNode.range[0], keyNode.range[1]];
      if (last && !key && valueNode?.range) best = [valueNode.range[0], valueNode.range[1]];
      current = valueNode;
    } else if (isSeq(current)) {
      const item = current.items[Number(seg)] as YamlNode | null | undefined;
      if (!item?.range) return best;
      best = [item.range[0], item.range[1]];
      current = item;
    } else return best;
  }
  return best;
}

function closest(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
