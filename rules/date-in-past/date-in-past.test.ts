// Runs date-in-past's cases, and checks the exact range of a body milestone and the real-date default.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'trust14 en: a document-control table that says the brief is approved plans nothing that is still ahead',
      text: '**Brief**\n\n| Document control | |\n|---|---|\n| Status | Approved |\n| Date | 14 January 2027 |\n\n## Constraints\n\nInstallation will take place over the October 2026 half-term.\n',
      options: { today: '2027-06-01' },
    },
    {
      name: 'a draft that plans ahead of its document date',
      text: '---\nstatus: draft\ndate: 2026-11-20\npilot_start: 2027-03-01\npilot_end: 2027-11-30\nexit_decision_date: 2027-10-15\n---\n# Pilot\n\nTraining will be held in February 2027.\n',
    },
    {
      name: 'an approved proposal may have a start in the past',
      text: '---\nstatus: approved\ndate: 2026-11-20\npilot_start: 2026-01-05\n---\n# Pilot\n',
    },
    {
      name: 'no status: the proposal may already be running',
      text: '---\npilot_start: 2020-01-05\n---\n# Pilot\n',
      options: { today: '2026-11-29' },
    },
    {
      name: 'past dates as baselines and history are not milestones (Norwegian)',
      text:
        '---\nstatus: utkast\ndate: 2026-11-20\n---\n# Pilot\n\nNullpunktsmåling: 18,5 timer (målt 1. juni 2026). Vi vil bruke tall fra 2025-01-01. ' +
        'Piloten bygger på erfaringer fra 2024.\n\n- Evalueringen ble gjennomført 2026-05-01 og vil bli fulgt opp.\n',
    },
    {
      name: 'no document date: compared with the injected today',
      text: '---\nstatus: submitted\npilot_start: 2026-12-01\n---\n# Pilot\n\nThe pilot will start on 1 December 2026.\n',
      options: { today: '2026-11-29' },
    },
  ],
  invalid: [
    {
      name: 'trust14 en: without front matter, the document-control table gives status Draft and the date 14 January 2027; "over the October 2026 half-term" is past',
      text: '**Brief**\n\n| Document control | |\n|---|---|\n| Status | Draft |\n| Date | 14 January 2027 |\n\n## Constraints\n\nInstallation will take place over the October 2026 half-term.\n',
      options: { today: '2026-09-01' },
      errors: [{ line: 10, message: 'the document date (2027-01-14)' }],
    },
    {
      name: 'trust14 nb: *| Status | Utkast |* and *| Dato | 3. mars 2027 |* in the table; *skal starte i januar 2027* is past',
      text: '# Plan\n\n| Dokumentkontroll | |\n|---|---|\n| Status | Utkast |\n| Dato | 3. mars 2027 |\n\n## Framdrift\n\nPiloten skal starte i januar 2027.\n',
      language: 'nb',
      options: { today: '2026-09-01' },
      errors: [{ line: 10 }],
    },
    {
      name: 'catalogue D.10: a draft whose pilot_start has passed (Norwegian)',
      text: '---\nlanguage: nb\nstatus: draft\ndate: 2026-11-20\npilot_start: 2026-09-01\npilot_end: 2027-06-30\n---\n# Pilot\n',
      errors: [{ line: 5, severity: 'info', message: '`pilot_start` (2026-09-01) er før dokumentets dato (2026-11-20), men søknaden har fortsatt status draft' }],
    },
    {
      name: 'no document date: today decides; start and exit decision both passed',
      text: '---\nstatus: submitted\npilot_start: 2026-03-01\nexit_decision_date: 2026-10-15\npilot_end: 2026-12-31\n---\n# Pilot\n',
      options: { today: '2026-11-29' },
      errors: [
        { line: 3, message: '`pilot_start` (2026-03-01) is before today (2026-11-29)' },
        { line: 4, message: '`exit_decision_date` (2026-10-15)' },
      ],
    },
    {
      name: 'future-tense milestones in the body that have passed (English, CRLF)',
      text:
        '---\r\nstatus: draft\r\ndate: 2026-11-20\r\n---\r\n# Pilot\r\n\r\n## Plan\r\n\r\n- Go-live will be on 2026-10-01.\r\n' +
        '- The committee is expected to decide by Q2 2026; training follows in 2027.\r\n',
      errors: [
        { line: 9, message: 'The text plans 2026-10-01 as a future milestone, but it is before the document date (2026-11-20)' },
        { line: 10, message: 'Q2 2026' },
      ],
    },
    {
      name: 'Norwegian milestone with a written date',
      text: '---\nlanguage: nb\nstatus: innsendt\ndate: 2026-11-20\n---\n# Pilot\n\nKommunestyret skal vedta videreføring innen 1. oktober 2026.\n',
      errors: [{ line: 8, message: 'Teksten planlegger 1. oktober 2026 som en fremtidig milepæl' }],
    },
  ],
};

testRule(rule, cases);

describe('date-in-past details', () => {
  it('covers exactly the date in the body, after a BOM', () => {
    const text = '\uFEFF---\nstatus: draft\ndate: 2026-11-20\n---\n# P 🚀\n\nWe will start on 2026-02-01 at Nordby.\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('2026-02-01');
  });

  it('defaults to the real date when neither a document date nor an option is given', () => {
    const text = '---\nstatus: draft\npilot_start: 2000-01-03\n---\n# P\n';
    expect(run(rule, { name: '', text }).map((f) => f.message)).toEqual([expect.stringMatching(/before today \(\d{4}-\d{2}-\d{2}\)/)]);
    expect(run(rule, { name: '', text: text.replace('2000', '2999') })).toEqual([]);
  });
});
