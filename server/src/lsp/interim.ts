// TEMPORARY until core/select.ts and node/config-files.ts land.
import type { PilotlintConfig } from '../core/config';
export function isProposalFile(filePath: string, text: string, _include: string[], _baseDir?: string): boolean {
  return /\.proposal\.md$/i.test(filePath) || /^\uFEFF?---\r?\n[\s\S]*?^type:\s*['"]?(pilot-proposal|pilot-extension|scale-up)/m.test(text);
}
export class ConfigCache { clear(): void {} }
export function loadConfigFor(_f: string, _c?: ConfigCache): { config: PilotlintConfig; files: string[]; problems: { file: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] } {
  return { config: {}, files: [], problems: [] };
}
export function mergeConfig(a: PilotlintConfig, b: PilotlintConfig): PilotlintConfig {
  return { ...a, ...b, rules: { ...a.rules, ...b.rules } };
}
