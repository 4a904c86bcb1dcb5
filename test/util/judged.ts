// The judged-corpus entry format shared by the corpus tests: `{ rule, element?, line? }` and how a finding matches one.
import type { Finding } from '../../rules/types';
import { LineIndex } from '../../server/src/model/lines';

export interface Entry {
  rule: string;
  element?: string;
  /** 1-based line of the finding's start. */
  line?: number;
}

export function toEntry(raw: unknown, where: string): Entry {
  if (typeof raw === 'string') return { rule: raw };
  if (raw && typeof raw === 'object' && typeof (raw as Entry).rule === 'string') {
    const r = raw as Record<string, unknown>;
    return {
      rule: r.rule as string,
      element: typeof r.element === 'string' ? r.element : undefined,
      line: typeof r.line === 'number' ? r.line : undefined,
    };
  }
  throw new Error(`${where}: entry ${JSON.stringify(raw)} is neither a rule id nor { rule, element?, line? }`);
}

/** 1-based line of an offset, in the model's line model (CRLF, lone CR and LF alike). */
export const lineOf = (text: string, offset: number): number => new LineIndex(text).position(offset).line;

export const matches = (f: Finding, e: Entry, text: string): boolean =>
  f.ruleId === e.rule &&
  (e.element === undefined || f.element === e.element) &&
  (e.line === undefined || lineOf(text, f.start) === e.line);
