// Decides per document what to lint and with which configuration: editor settings below `.pilotlintrc*` files.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isIgnoredFile, isProposalFile } from '../core/select';
import { loadConfigFor, mergeConfig, ConfigCache } from '../node/config-files';
import { DEFAULT_SETTINGS, parseSettings, settingsConfig, type Settings } from './settings';
import type { Resolution } from './linting';
import { SOURCE } from './diagnostics';

export interface WorkspaceOptions {
  /** The client answers workspace/configuration; otherwise settings come from didChangeConfiguration or defaults. */
  pullSettings: boolean;
  /** Workspace folder paths, for `pilotlint.include` globs written relative to the workspace. */
  folders: string[];
  /** Settings arrived after the timeout had fallen back to defaults: lint again with them. */
  onLateSettings?: () => void;
  /** How long to wait for workspace/configuration before using defaults. */
  configurationTimeoutMs?: number;
}

/** A client that never answers workspace/configuration must not leave documents without diagnostics or hovers. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export class Workspace {
  private readonly settings = new Map<string, Promise<Settings>>();
  private pushed: Settings = { ...DEFAULT_SETTINGS };
  private readonly configCache = new ConfigCache();
  /** Config files we published problems for, so fixing a file clears its diagnostics. */
  private readonly problemFiles = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly options: WorkspaceOptions,
  ) {}

  settingsFor(uri: string): Promise<Settings> {
    if (!this.options.pullSettings) return Promise.resolve(this.pushed);
    let s = this.settings.get(uri);
    if (!s) {
      const asked = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'pilotlint' })
        .then((raw: unknown) => parseSettings(raw, (m) => this.connection.console.warn(m)))
        .catch((e: unknown) => {
          this.connection.console.warn(`pilotlint: workspace/configuration failed (${String(e)}); using defaults.`);
          return { ...DEFAULT_SETTINGS };
        });
      const ms = this.options.configurationTimeoutMs ?? CONFIGURATION_TIMEOUT_MS;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<Settings>((resolve) => {
        timer = setTimeout(() => {
          this.connection.console.warn(`pilotlint: no answer to workspace/configuration within ${ms} ms; using defaults.`);
          resolve({ ...DEFAULT_SETTINGS });
          void asked.then((late) => {
            if (this.settings.get(uri) !== pending) return;
            this.settings.set(uri, Promise.resolve(late));
            this.options.onLateSettings?.();
          });
        }, ms);
      });
      const pending: Promise<Settings> = Promise.race([asked.finally(() => clearTimeout(timer)), timeout]);
      s = pending;
      this.settings.set(uri, s);
    }
    return s;
  }

  /** didChangeConfiguration: pulled settings are re-read on next use; pushed ones (`{ pilotlint: {...} }`) replace ours. */
  settingsChanged(raw: unknown): void {
    this.settings.clear();
    if (!this.options.pullSettings && raw && typeof raw === 'object' && 'pilotlint' in raw) {
      this.pushed = parseSettings((raw as { pilotlint: unknown }).pilotlint, (m) => this.connection.console.warn(m));
    }
  }

  configFilesChanged(): void {
    this.configCache.clear();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
  }

  async resolve(doc: TextDocument): Promise<Resolution> {
    const settings = await this.settingsFor(doc.uri);
    if (!settings.enable) return { selected: false, config: {} };
    const filePath = pathOf(doc.uri);
    const base = settingsConfig(settings);
    if (!filePath) {
      return { selected: isProposalFile(untitledName(doc.uri), doc.getText(), settings.include), config: base };
    }
    const loaded = loadConfigFor(filePath, this.configCache);
    this.publishProblems(loaded.files, loaded.problems);
    const config = mergeConfig(base, loaded.config);
    const text = doc.getText();
    const folder = this.options.folders.find((f) => filePath.startsWith(f.endsWith('/') ? f : f + '/'));
    const selected =
      !isIgnoredFile(filePath, loaded.config.ignores ?? []) &&
      (isProposalFile(filePath, text, settings.include, folder) ||
        (loaded.config.include !== undefined && loaded.config.include.length > 0 && isProposalFile(filePath, text, loaded.config.include, configDir(loaded.files))));
    return { selected, config };
  }

  private publishProblems(files: string[], problems: { file: string; message: string; line: number; column: number; endLine: number; endColumn: number }[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const f of files) byFile.set(f, []);
    for (const p of problems) {
      const list = byFile.get(p.file) ?? [];
      list.push({
        range: {
          start: { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) },
          end: { line: Math.max(0, p.endLine - 1), character: Math.max(0, p.endColumn - 1) },
        },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'config-invalid',
        message: p.message,
      });
      byFile.set(p.file, list);
    }
    for (const [file, diagnostics] of byFile) {
      if (diagnostics.length === 0 && !this.problemFiles.has(file)) continue;
      if (diagnostics.length) this.problemFiles.add(file);
      else this.problemFiles.delete(file);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
    }
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function untitledName(uri: string): string {
  return decodeURIComponent(uri.replace(/^[a-z-]+:/i, ''));
}

function configDir(files: string[]): string | undefined {
  const nearest = files[0];
  return nearest ? nearest.replace(/[\\/][^\\/]*$/, '') : undefined;
}
