// exit-decision-after-pilot-end: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'trust14 en: the pilot end "until a decision is taken" is no decision date, so nothing is after the end',
      text:
        '# Texts\n\nA six-month pilot running from 1 April 2027 to 30 September 2027.\n\n## 5. Next Steps\n\n' +
        '5.1 The pilot ends on 30 September 2027, after which the locality will return to letters until a decision is taken.\n',
    },
    { name: "trust12 nn: a report asking to extend the pilot (*Søknad: forlenging til 31. desember 2027*) ends it there, so a decision in October is in time", text: "# Gjestehamn\n\nVedteken pilotperiode: 1. mai 2026 – 30. april 2027\nSøknad: forlenging til 31. desember 2027\n\n## Vegen vidare\n\nHamnestyret gjer vedtak om drift i møtet 21. oktober 2027.\n" },
    { name: "trust12 en: \"we ask to extend the pilot until 31 December 2027\" the same", text: "# Harbour\n\nThe pilot runs from 1 May 2026 to 30 April 2027. We ask to extend the pilot until 31 December 2027.\n\n## After the pilot\n\nThe board decides on 21 October 2027 whether to continue.\n" },
    { name: "trust11 en: a report that comes to Cabinet before the pilot ends leaves no gap", text: "# Bins\n\nThe pilot runs from 1 April 2027 to 31 March 2028.\n\n## 16. After the pilot\n\nAn evaluation report will come to Cabinet on 15 February 2028.\n" },
    {
      name: 'decision well before the end of the pilot',
      text: '---\npilot_start: 2026-01-05\npilot_end: 2026-12-31\nexit_decision_date: 2026-10-15\n---\n# Pilot\n',
    },
    {
      name: 'decision on the last day of the pilot',
      text: '---\nlanguage: nb\npilot_end: 2026-12-31\nexit_decision_date: "2026-12-31"\n---\n# Pilot\n',
    },
    {
      name: 'quiet when a date is missing, a placeholder or malformed (other rules report those)',
      text: '---\npilot_end: 31.12.2025\nexit_decision_date: 2026-03-01\n---\n# Pilot\n',
    },
    {
      name: 'quiet when pilot_end is not after pilot_start (a typo that frontmatter-invalid-date reports)',
      text: '---\npilot_start: 2027-08-15\npilot_end: 2027-06-30\nexit_decision_date: 2027-07-20\n---\n# Pilot\n',
    },
    {
      name: 'quiet without a pilot end',
      text: '---\nexit_decision_date: 2026-03-01\npilot_end: TBD\n---\n# Pilot\n',
    },
    { name: 'trust25 en: a unit that reports on the pilot to no deciding body dates no decision', text: '# Cells\n\nThe pilot runs from 1 May 2027 to 31 October 2027.\n\n## After the pilot\n\nThe Force Analysis Unit will report on the pilot to the supplier in December 2027.\n' },
  ],
  invalid: [
    {
      name: 'trust25 en: a report on the pilot put to a named board in the active ("will report on the pilot to the … Board") dates the decision',
      text: '# Cells\n\nThe pilot runs from 1 May 2027 to 31 October 2027.\n\n## After the pilot\n\nThe Force Analysis Unit will report on the pilot to the Force Change Board in December 2027.\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'trust14 en: "… until a decision is taken" dates the wait, not the decision; the report to Committee in November does',
      text:
        '# Texts\n\nA six-month pilot running from 1 April 2027 to 30 September 2027.\n\n## 5. Next Steps\n\n' +
        '5.1 The pilot ends on 30 September 2027, after which the locality will return to letters until a decision is taken.\n\n' +
        '5.2 The evaluation report will come to this Committee in November 2027.\n',
      errors: [{ line: 9 }],
    },
    {
      name: 'trust14 nb: *fram til vedtak er fattet* dates the wait, not the decision',
      text:
        '# Pilot\n\nProsjektperiode: 1. februar 2026 – 31. desember 2026\n\n## Videreføring etter piloten\n\n' +
        'Piloten slutter 31. desember 2026, og tjenesten går tilbake til papir fram til vedtak er fattet. Hovedutvalget behandler saken 15. mars 2027.\n',
      language: 'nb',
      errors: [{ line: 7 }],
    },
    { name: "trust12 nn: an extension of the contract (*forlenging av avtalen til …*) leaves the pilot's end where it was", text: "# Gjestehamn\n\nVedteken pilotperiode: 1. mai 2026 – 30. april 2027\nSøknad: forlenging av avtalen til 31. desember 2027\n\n## Vegen vidare\n\nHamnestyret gjer vedtak om drift i møtet 21. oktober 2027.\n", errors: [{line: 8}] },
    { name: "trust11 en: \"An evaluation report will come to Cabinet on 15 June 2028\", after a pilot that ends on 31 March 2028", text: "# Bins\n\nThe pilot runs from 1 April 2027 to 31 March 2028.\n\n## 16. After the pilot\n\nAn evaluation report will come to Cabinet on 15 June 2028.\n", errors: [{line: 7}] },
    {
      name: 'catalogue E: no front matter; the period and the dated decision come from the body (bokmål)',
      text:
        '# Velferdsteknologi\n\nProsjektperiode: 1. februar 2026 – 31. desember 2026\n\n## Videreføring etter piloten\n\n' +
        'Hovedutvalget behandler videreføringen 15. mars 2027.\n',
      language: 'nb',
      errors: [{ line: 7, message: '(2027-03-15) er 74 dager etter `pilot_end` (2026-12-31)' }],
    },
    {
      name: 'catalogue E: front matter gives the pilot end, the exit plan the decision (English)',
      text: '---\npilot_end: 2026-06-30\n---\n# Pilot\n\n## Exit plan\n\nThe health committee decides on continuation on 2026-09-01.\n',
      errors: [{ line: 8, message: '(2026-09-01) is 63 days after `pilot_end` (2026-06-30)' }],
    },
    {
      name: 'catalogue D.5: the pilot ends 2025-12-31 and the decision comes in 2026 (Norwegian)',
      text: '---\nlanguage: nb\npilot_start: 2025-01-06\npilot_end: 2025-12-31\nexit_decision_date: 2026-03-15\n---\n# Velferdsteknologi\n',
      errors: [{ line: 5, severity: 'warning', message: '`exit_decision_date` (2026-03-15) er 74 dager etter `pilot_end` (2025-12-31)' }],
    },
    {
      name: 'blind22: a milestone table names the pilot\'s start and end, the start with what else happens then (Norwegian)',
      text:
        '# Soner for sparkesykler\n\n## Framdrift\n\n| Milepæl | Dato |\n|---|---|\n| Pilotstart, soner aktivert | 1. mars 2027 |\n' +
        '| Pilotslutt | 31. desember 2027 |\n\n## Videreføring\n\nTeknisk utvalg behandler videreføring i møtet 3. februar 2028.\n',
      language: 'nb',
      errors: [{ line: 12, message: '(2028-02-03) er 34 dager etter `pilot_end` (2027-12-31)' }],
    },
    {
      name: 'blind22: "start on … (a note) and finish on …" is the period (English)',
      text:
        '# Instrument library\n\nThe project will start on 1 September 2027 (start of the school year) and finish on 31 July 2028.\n\n' +
        '## Exit plan\n\nThe management board decides on continuation on 8 September 2028.\n',
      errors: [{ line: 7, message: '(2028-09-08) is 39 days after `pilot_end` (2028-07-31)' }],
    },
    {
      name: 'one day late is still a gap (English)',
      text: '---\npilot_end: 2026-06-30\nexit_decision_date: 2026-07-01\n---\n# Pilot\n',
      errors: [{ line: 3, message: 'is 1 day after `pilot_end` (2026-06-30)' }],
    },
    {
      name: 'CRLF, with a time part on the decision date',
      text: '---\r\nexit_decision_date: 2027-01-20T10:00:00Z\r\npilot_end: 2026-12-18\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 2, message: '33 days' }],
    },
  ],
};

testRule(rule, cases);
