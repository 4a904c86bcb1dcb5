// Turns engine findings (UTF-16 offsets) into LSP diagnostics whose `data` carries the fix as ready-made ranges.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang, Severity } from '../../../rules/types';
import { docsUrl } from '../core/docs';
import { engineMessage } from '../core/messages';

export const SOURCE = 'pilotlint';

/** What a code action needs to act on a diagnostic without linting again. */
export interface DiagnosticData {
  ruleId: string;
  element?: string;
  /** Document version the ranges belong to; actions on another version are stale. */
  version: number;
  /** `template` marks the insertion of a section template, which snippet-capable clients get as a snippet. */
  fix?: { title: string; edits: TextEdit[]; template?: boolean };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What turning offsets into ranges reads of a document: a TextDocument, or the lint's own line index (lint-job.ts). */
export type Positions = Pick<TextDocument, 'uri' | 'version' | 'positionAt'>;

export function toDiagnostic(f: Finding, doc: Positions): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, version: doc.version };
  if (f.element) data.element = f.element;
  if (f.fix) {
    data.fix = { title: f.fix.title, edits: toTextEdits(f.fix.edits, doc) };
    if (f.fix.rank !== undefined) data.fix.template = true;
  }
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.element ? `${f.message} (${f.ruleId}/${f.element})` : f.message,
    data,
  };
  const href = docsUrl(f.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (f.related?.length) {
    diagnostic.relatedInformation = f.related.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toTextEdits(edits: readonly { start: number; end: number; newText: string }[], doc: Positions): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/**
 * True only for data this server could have written: clients echo `data` back, and a forged or corrupted one must not
 * become a code action titled null or an edit with a range that is not a range.
 */
export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (!isObject(v)) return false;
  if (typeof v.ruleId !== 'string' || !Number.isInteger(v.version)) return false;
  if (v.element !== undefined && typeof v.element !== 'string') return false;
  if (v.fix === undefined) return true;
  const fix = v.fix;
  return isObject(fix) && typeof fix.title === 'string' && fix.title.trim() !== '' && Array.isArray(fix.edits) && fix.edits.every(isTextEdit);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTextEdit(v: unknown): boolean {
  if (!isObject(v) || typeof v.newText !== 'string' || !isObject(v.range)) return false;
  const { start, end } = v.range;
  const isPosition = (p: unknown): p is { line: number; character: number } =>
    isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
  return isPosition(start) && isPosition(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

/** The single diagnostic shown when linting itself failed, so the user sees why nothing else appears. */
export function failureDiagnostic(error: unknown, lang: Lang): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: SOURCE,
    message: engineMessage('documentFailed', lang, { reason }),
  };
}

export function tooLargeDiagnostic(length: number, limit: number, lang: Lang): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'document-too-large',
    source: SOURCE,
    message: engineMessage('documentTooLarge', lang, { length: length.toLocaleString(lang), limit: limit.toLocaleString(lang) }),
  };
}
