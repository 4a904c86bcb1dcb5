// Date reading for the front-matter cross-checks: ISO days, YAML's own output, and dates written in prose.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addDays, daysBetween, dottedToIso, findDates, isoDate, today } from './dates';
import { parseProposal } from '../../server/src/model/parse';

describe('isoDate', () => {
  it('reads what the yaml library returns under its default schema: strings for ISO dates', () => {
    const data = parse('a: 2026-03-01\nb: 2026-03-01T10:00:00Z\nc: 20260301\n') as Record<string, unknown>;
    expect(data).toEqual({ a: '2026-03-01', b: '2026-03-01T10:00:00Z', c: 20260301 });
    expect([isoDate(data.a), isoDate(data.b), isoDate(data.c)]).toEqual(['2026-03-01', '2026-03-01', undefined]);
  });

  it('accepts Date objects (YAML 1.1 timestamps) and rejects impossible days', () => {
    expect(isoDate(new Date(Date.UTC(2026, 1, 28)))).toBe('2026-02-28');
    expect(isoDate('2026-02-29')).toBeUndefined();
    expect(isoDate('2028-02-29')).toBe('2028-02-29');
    expect(isoDate('2026-3-1')).toBeUndefined();
  });

  it('reads d.m.yyyy day first, and today() honours a fixed day', () => {
    expect(dottedToIso('1.3.2026')).toBe('2026-03-01');
    expect(dottedToIso('31.02.2026')).toBeUndefined();
    expect(today('2026-11-29')).toBe('2026-11-29');
    expect(today('nonsense')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('does day arithmetic across month and leap-year ends', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2025-12-31', '2026-03-15')).toBe(74);
  });
});

describe('findDates', () => {
  const read = (s: string) => findDates(s).map((d) => `${d.text}=${d.from}..${d.to}`);

  it('trust16 en: reads a US day span that names the year once ("January 11 to June 11, 2027"), not a backwards one', () => {
    expect(read('Pilot runs January 11 to June 11, 2027; letters go out')).toEqual(['January 11 to June 11, 2027=2027-01-11..2027-06-11']);
    expect(read('June 11 to January 11, 2027')).toEqual(['January 11, 2027=2027-01-11..2027-01-11']);
  });

  it('finds exact days in ISO, Norwegian and English forms', () => {
    expect(read('on 2026-10-15, 7. oktober 2027, 01.12.2027, 1 December 2027 and March 5, 2026')).toEqual([
      '2026-10-15=2026-10-15..2026-10-15',
      '7. oktober 2027=2027-10-07..2027-10-07',
      '01.12.2027=2027-12-01..2027-12-01',
      '1 December 2027=2027-12-01..2027-12-01',
      'March 5, 2026=2026-03-05..2026-03-05',
    ]);
  });

  it('finds periods as first and last day', () => {
    expect(read('desember 2027, Q4 2026, K1 2027, 2. tertial 2027, H2 2026, 1. halvår 2027, end of 2026')).toEqual([
      'desember 2027=2027-12-01..2027-12-31',
      'Q4 2026=2026-10-01..2026-12-31',
      'K1 2027=2027-01-01..2027-03-31',
      '2. tertial 2027=2027-05-01..2027-08-31',
      'H2 2026=2026-07-01..2026-12-31',
      '1. halvår 2027=2027-01-01..2027-06-30',
      'end of 2026=2026-10-01..2026-12-31',
    ]);
  });

  it('ignores numbers that are not dates', () => {
    expect(read('NOK 2026, 12 falls, version 1.2.2026b, 2026-13-01, room 2027-10')).toEqual([]);
  });

  it('pilot dates in parsed front matter come through as strings', () => {
    const doc = parseProposal('---\npilot_start: 2026-01-05\n---\n# P\n');
    expect(doc.frontMatter?.data?.pilot_start).toBe('2026-01-05');
  });
});
