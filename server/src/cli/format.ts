// Output formats of the CLI: stylish (people), json (tools), sarif (code scanning) and github (workflow annotations).
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../../rules/types';
import { RULES } from '../../../rules/index';
import type { Waiver } from '../core/lint';
import { docsUrl } from '../core/docs';
import { version } from '../../../package.json';
import type { Format } from './args';

/** One finding; lines and columns are 1-based, columns in UTF-16 code units as in LSP, the end is exclusive. */
export interface CliMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileResult {
  filePath: string;
  messages: CliMessage[];
  waivers: Waiver[];
  /** Messages of severity error and warning (after --quiet): filled in just before formatting. */
  errorCount?: number;
  warningCount?: number;
  /** The fixed text, with --fix-dry-run, when fixes changed it. */
  output?: string;
}

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi overrides and isolates that reorder what a
// terminal shows: message text quotes the document, and a document must not be able to drive the terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with control characters removed, safe to print. */
export function printable(s: string): string {
  return s.replace(CONTROL, '');
}

/** The result as printed: text fields without control characters, and the per-file counts. */
export function finish(r: FileResult): FileResult {
  const messages = r.messages.map((m) => ({ ...m, message: printable(m.message) }));
  return {
    ...r,
    messages,
    waivers: r.waivers.map((w) => ({ ...w, reason: printable(w.reason) })),
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
  };
}

/** Ids the CLI reports itself, besides the rules and the engine's own ids. */
export const CLI_IDS: Record<string, string> = {
  'config-invalid': 'A .pilotlintrc file is invalid; the invalid entries were ignored.',
  'file-unreadable': 'The file could not be read as text (binary, too large or unreadable) and was not linted.',
  'file-encoding': 'The file is not valid UTF-8; it was linted with replacement characters.',
  'internal-error': 'pilotlint failed on this file; please report it.',
};

export function format(kind: Format, results: FileResult[], cwd: string, color: boolean): string {
  switch (kind) {
    case 'json':
      return JSON.stringify(results) + '\n';
    case 'sarif':
      return JSON.stringify(sarif(results, cwd), null, 2) + '\n';
    case 'github':
      return github(results, cwd);
    default:
      return stylish(results, cwd, color);
  }
}

/** The path as shown to people: relative to the current folder when inside it, without control characters. */
export function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return printable(rel && !rel.startsWith('..') && !rel.startsWith(sep) && rel !== file ? rel.split(sep).join('/') : file);
}

function stylish(results: FileResult[], cwd: string, color: boolean): string {
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[39m` : s);
  const dim = (s: string): string => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const underline = (s: string): string => (color ? `\u001b[4m${s}\u001b[24m` : s);
  const sevColor: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    if (r.messages.length === 0 && r.waivers.length === 0) continue;
    lines.push(underline(display(r.filePath, cwd)));
    const pos = r.messages.map((m) => `${m.line}:${m.column}`);
    const posWidth = Math.max(0, ...pos.map((p) => p.length));
    const sevWidth = Math.max(0, ...r.messages.map((m) => m.severity.length));
    r.messages.forEach((m, i) => {
      counts[m.severity]++;
      const text = m.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`  ${dim(pos[i].padEnd(posWidth))}  ${paint(sevColor[m.severity], m.severity.padEnd(sevWidth))}  ${text}  ${dim(m.ruleId)}`);
    });
    for (const w of r.waivers) {
      lines.push(dim(`  waived  ${w.ruleId} (${w.suppressed} finding${w.suppressed === 1 ? '' : 's'}): ${w.reason}`));
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return lines.join('\n') + (lines.length ? '\n' : '');
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
  if (counts.info) parts.push(`${counts.info} info`);
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`;
  lines.push(paint(counts.error ? 31 : counts.warning ? 33 : 36, summary), '');
  return lines.join('\n');
}

function github(results: FileResult[], cwd: string): string {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  // Workflow commands: data escapes %, CR, LF; property values also escape : and ,.
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  let out = '';
  for (const r of results) {
    const file = prop(display(r.filePath, cwd));
    for (const m of r.messages) {
      out += `::${level[m.severity]} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${prop(m.ruleId)}::${data(m.message)}\n`;
    }
  }
  return out;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function sarif(results: FileResult[], cwd: string): unknown {
  const rules: { id: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration?: { level: string } }[] = RULES.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description.en },
    helpUri: docsUrl(r.meta.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const base = pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href;
  const sarifResults: unknown[] = [];
  for (const r of results) {
    const rel = display(r.filePath, cwd);
    const artifactLocation = rel === r.filePath ? { uri: pathToFileURL(r.filePath).href } : { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
    for (const m of r.messages) {
      if (!index.has(m.ruleId)) {
        index.set(m.ruleId, rules.length);
        rules.push({ id: m.ruleId, shortDescription: { text: CLI_IDS[m.ruleId] ?? `pilotlint engine message: ${m.ruleId}.` } });
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: SARIF_LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pilotlint', version, informationUri: 'https://github.com/pilotlint/pilotlint', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
