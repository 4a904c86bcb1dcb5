// TEMPORARY stand-ins with the signatures of core/select.ts and node/config-files.ts until those land: no config files yet.
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { PilotlintConfig } from '../core/config';

const PROFILE_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:(?!---|\.\.\.)[^\n]*\n)*?type:[ \t]*["']?(pilot-proposal|pilot-extension|scale-up)["']?[ \t]*\r?$/m;

export function isProposalFile(filePath: string, text: string, include: string[], baseDir?: string): boolean {
  if (/\.proposal\.md$/i.test(filePath) || PROFILE_TYPE.test(text.slice(0, 20000))) return true;
  if (include.length === 0 || !baseDir) return false;
  const rel = relative(baseDir, filePath).split('\\').join('/');
  return !rel.startsWith('..') && picomatch(include, { dot: true })(rel);
}

export class ConfigCache {
  clear(): void {}
}

export function loadConfigFor(
  _filePath: string,
  _cache?: ConfigCache,
): { config: PilotlintConfig; files: string[]; problems: { file: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] } {
  return { config: {}, files: [], problems: [] };
}

export function mergeConfig(base: PilotlintConfig, over: PilotlintConfig): PilotlintConfig {
  return { ...base, ...over, rules: { ...base.rules, ...over.rules } };
}
