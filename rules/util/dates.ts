// Dates for the front-matter cross-checks: reading date fields, ISO arithmetic, and time frames written in prose.
import type { Proposal } from '../types';
import { isPlaceholderValue } from './placeholders';
import { SHARED_WORDS } from '../../server/src/model/lexicon';
import { END, START } from '../../server/src/model/match';
import { memo } from '../../server/src/model/memo';

/** The front-matter fields that hold a single calendar date. */
export const DATE_FIELDS = ['date', 'pilot_start', 'pilot_end', 'exit_decision_date'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export type FieldValue =
  | { state: 'absent' }
  | { state: 'blank' }
  | { state: 'placeholder'; raw: string }
  | { state: 'invalid'; raw: string }
  | { state: 'valid'; date: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** True for a real calendar day (no 2026-02-30). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const isoOf = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * The ISO day (YYYY-MM-DD) of a front-matter value, or undefined. The `yaml` library's default (core) schema returns
 * ISO dates as strings; a YAML 1.1 timestamp or a JS Date is accepted too. A time part is allowed and ignored.
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(y, mo, d) ? isoOf(y, mo, d) : undefined;
}

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** How a date field reads: absent, blank, a placeholder (TBD, {{YYYY-MM-DD}}), not an ISO date, or a valid day. */
export function dateField(doc: Proposal, key: string): FieldValue {
  const data = doc.frontMatter?.data;
  if (!data || !(key in data)) return { state: 'absent' };
  const v = data[key];
  if (isBlank(v)) return { state: 'blank' };
  if (isPlaceholderValue(v)) return { state: 'placeholder', raw: String(v) };
  const date = isoDate(v);
  if (date) return { state: 'valid', date };
  return { state: 'invalid', raw: v instanceof Date ? String(v) : typeof v === 'object' ? JSON.stringify(v) : String(v) };
}

/** The valid ISO day of a date field, or undefined when it is absent, blank, a placeholder or malformed. */
export function validDate(doc: Proposal, key: string): string | undefined {
  const f = dateField(doc, key);
  return f.state === 'valid' ? f.date : undefined;
}

/** `pilot_end` for the cross-checks: undefined when it is not valid or not after a valid `pilot_start` (a typo). */
export function validPilotEnd(doc: Proposal): string | undefined {
  const end = validDate(doc, 'pilot_end');
  const start = validDate(doc, 'pilot_start');
  return end && (!start || end > start) ? end : undefined;
}

/** Adds days to an ISO day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function daysBetween(from: string, to: string): number {
  const ms = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86400000);
}

/** Today in local time as an ISO day; `override` (a rule option) wins when it is a valid ISO date. */
export function today(override?: unknown): string {
  const fixed = isoDate(override);
  if (fixed) return fixed;
  const now = new Date();
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A Norwegian reading of a non-ISO date, for the message and fix: 01.03.2026 → 2026-03-01 (day first). */
export function dottedToIso(raw: string): string | undefined {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(raw);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(y, mo, d) ? isoOf(y, mo, d) : undefined;
}

/** A date or period written in prose: `from`..`to` are ISO days (equal for an exact date). */
export interface ProseDate {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
}

const MONTHS = SHARED_WORDS.months;
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Form {
  re: RegExp;
  read(m: RegExpExecArray): [string, string] | undefined;
}

const exact = (y: number, m: number, d: number): [string, string] | undefined =>
  isCalendarDate(y, m, d) ? [isoOf(y, m, d), isoOf(y, m, d)] : undefined;
const span = (y: number, m1: number, m2: number): [string, string] => [isoOf(y, m1, 1), isoOf(y, m2, lastDay(y, m2))];
/** A span of two days in one year, each a month name and a day, read in either order of writing them. */
const daySpan = (y: number, month1: string, d1: number, month2: string, d2: number): [string, string] | undefined => {
  const from = exact(y, MONTHS[month1.toLowerCase()], d1);
  const to = exact(y, MONTHS[month2.toLowerCase()], d2);
  return from && to && from[0] < to[0] ? [from[0], to[0]] : undefined;
};

const FORMS: Form[] = [
  // A day span that names the year once: "6 January to 16 July 2027", "1. mars – 30. juni 2027".
  {
    re: new RegExp(`${START}(\\d{1,2})\\.?\\s+${MONTH}\\s*(?:to|til|until|–|—|-)\\s*(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})${END}`, 'giu'),
    read: (m) => daySpan(+m[5], m[2], +m[1], m[4], +m[3]),
  },
  // The same in US order, the month first: "January 11 to June 11, 2027" (trust16 en).
  {
    re: new RegExp(`${START}${MONTH}\\s+(\\d{1,2})\\s*(?:to|until|through|–|—|-)\\s*${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${END}`, 'giu'),
    read: (m) => daySpan(+m[5], m[1], +m[2], m[3], +m[4]),
  },
  { re: new RegExp(`${START}(\\d{4})-(\\d{2})-(\\d{2})${END}`, 'gu'), read: (m) => exact(+m[1], +m[2], +m[3]) },
  { re: new RegExp(`${START}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}`, 'gu'), read: (m) => exact(+m[3], +m[2], +m[1]) },
  {
    re: new RegExp(`${START}(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})${END}`, 'giu'),
    read: (m) => exact(+m[3], MONTHS[m[2].toLowerCase()], +m[1]),
  },
  {
    re: new RegExp(`${START}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${END}`, 'giu'),
    read: (m) => exact(+m[3], MONTHS[m[1].toLowerCase()], +m[2]),
  },
  { re: new RegExp(`${START}${MONTH}\\s+(\\d{4})${END}`, 'giu'), read: (m) => span(+m[2], MONTHS[m[1].toLowerCase()], MONTHS[m[1].toLowerCase()]) },
  {
    re: new RegExp(`${START}(?:[QK]([1-4])[\\s/-]?(\\d{4})|(\\d{4})[\\s/-]?[QK]([1-4]))${END}`, 'giu'),
    read: (m) => {
      const q = +(m[1] ?? m[4]);
      return span(+(m[2] ?? m[3]), q * 3 - 2, q * 3);
    },
  },
  { re: new RegExp(`${START}([1-3])\\.\\s*tertial\\s+(\\d{4})${END}`, 'giu'), read: (m) => span(+m[2], +m[1] * 4 - 3, +m[1] * 4) },
  {
    re: new RegExp(`${START}(?:H([12])\\s+(\\d{4})|([12])\\.\\s*halvår\\s+(\\d{4}))${END}`, 'giu'),
    read: (m) => {
      const h = +(m[1] ?? m[3]);
      return span(+(m[2] ?? m[4]), h === 1 ? 1 : 7, h === 1 ? 6 : 12);
    },
  },
  {
    re: new RegExp(`${START}(?:(?:by\\s+)?(?:the\\s+)?end\\s+of|utgangen\\s+av|slutten\\s+av)\\s+(\\d{4})${END}`, 'giu'),
    read: (m) => span(+m[1], 10, 12),
  },
];

/** Dates and periods in prose, in order; a shorter form inside a longer one (`mars 2026` in `1. mars 2026`) is dropped. */
export function findDates(text: string): ProseDate[] {
  // Every form has a four-digit year: most sentences have none, and nine Unicode regexes each cost a scan.
  if (!/\d{4}/.test(text)) return [];
  // Once per distinct text (model/memo.ts); callers get their own copies.
  return memo('dates', text, () => scanDates(text)).map((d) => ({ ...d }));
}

function scanDates(text: string): ProseDate[] {
  const hits: ProseDate[] = [];
  for (const f of FORMS) {
    f.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = f.re.exec(text))) {
      const r = f.read(m);
      if (!r) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], from: r[0], to: r[1] });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ProseDate[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** The line of a top-level front-matter key, else the front matter's first line, for pointing at a field. */
export function fieldRange(doc: Proposal, key: string): { start: number; end: number } {
  const r = doc.frontMatter?.keyRange(key);
  if (r) return r;
  return { start: doc.frontMatter?.start ?? 0, end: (doc.frontMatter?.start ?? 0) + 3 };
}
