// decision-before-evidence: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const TABLE_EN =
  '## Success criteria\n\n| ID | Metric | Baseline (value, date) | Target | By | Data source |\n|---|---|---|---|---|---|\n' +
  '| S1 | 30-day readmissions | 24 % (2025-12-31) | ≤ 18 % | 2027-10-31 | NPR |\n| S2 | Bed-days | 113 (2025) | ≤ 85 | 2027-09-30 | DIPS |\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust18 nb: a benefits table under its own heading (*Gevinsttabell*) due before the decision is fine', text: '---\nexit_decision_date: 2027-10-15\n---\n# Energi\n\n## 5 Gevinsttabell\n\n| Nr | Indikator | Nullpunkt | Mål | Tidspunkt |\n|---|---|---|---|---|\n| G1 | Energibruk, kWh/m² | 182 (2025) | 160 | September 2027 |\n| G2 | Timer til manuell avlesing | 520 (2025) | 0 | Juni 2027 |\n' },
    { name: 'round 9 en: a purpose sentence that names the pilot\'s start and end gives its period, not a time frame', text: '---\npilot_start: 2027-07-01\npilot_end: 2028-09-30\nexit_decision_date: 2028-07-20\n---\n# Tenancy\n\n## Purpose\n\nTo ask the Board to approve a fifteen-month pilot for new tenants, from 1 July 2027 to 30 September 2028, and its budget of £118,000.\n\n## Outcome targets\n\n| Measure | Baseline | Target | By |\n|---|---|---|---|\n| Failed tenancies | 7.9% (2025/26) | 4.5% | 30 June 2028 |\n' },
    { name: 'trust12 en: "Progress and objectives" with every target due before the decision', text: '---\nexit_decision_date: 2027-10-21\n---\n# Harbour\n\n## Progress and objectives\n\n| Ref | Measure | Baseline | Target | By |\n|---|---|---|---|---|\n| S1 | Boats that paid | 69% (2025) | 95% | 30.09.2027 |\n' },
    { name: 'trust12 nb: a heading with *mål* inside a word after *og* (*Bakgrunn og målgruppe*) is no goals section', text: '---\nexit_decision_date: 2027-10-21\n---\n# Havn\n\n## Bakgrunn og målgruppe\n\nGjestene kommer fra 1. mai til 31. desember 2027, minst 95 % betaler.\n' },
    {
      name: 'trust4: the pilot\'s own period in a goals section is no time frame ("The pilot runs … to 31 March 2028. By 31 December 2027 …")',
      text:
        '---\nexit_decision_date: 2028-02-16\n---\n# E-prescribing\n\n## Spending objectives\n\n' +
        'The pilot runs in three clinics from 1 April 2027 to 31 March 2028. By 31 December 2027 we expect:\n\n' +
        'SO1 Call-backs fall from 6.1% (pharmacy audit, March 2026) to under 2%, measured by the monthly audit.\n',
    },
    {
      name: 'the decision follows the last time frame',
      text: `---\nexit_decision_date: 2027-11-18\n---\n# Pilot\n\n${TABLE_EN}`,
    },
    {
      name: 'a baseline date later than the decision is not a time frame',
      text:
        '---\nexit_decision_date: 2027-03-01\n---\n# Pilot\n\n## Success criteria\n\n| Metric | Baseline (date) | Target | By |\n|---|---|---|---|\n' +
        '| Falls | 12 (2027-06-01) | 6 | 2027-02-15 |\n',
    },
    {
      name: 'a decision inside the quarter the criteria are due in is not certainly early',
      text: '---\nexit_decision_date: 2026-11-20\n---\n# Pilot\n\n## Evaluation\n\n- Falls down 30 % by Q4 2026 (source: Gerica).\n',
    },
    {
      name: 'roll-out dates in a Gevinstrealisering section that is also an exit plan are not criteria (Norwegian)',
      text:
        '---\nlanguage: nb\nexit_decision_date: 2027-10-07\n---\n# Pilot\n\n## Gevinstrealisering\n\n| Indikator | Mål | Frist |\n|---|---|---|\n| Vedtakstimer | 14 | 2027-09-30 |\n\n' +
        'Spredning til alle soner innen 2028-06-30.\n',
    },
    {
      name: 'quiet without a valid exit decision date',
      text: `---\nexit_decision_date: Q1 2026\n---\n# Pilot\n\n${TABLE_EN}`,
    },
    {
      name: 'dates outside the success sections do not count',
      text: '---\nexit_decision_date: 2026-10-15\n---\n# Pilot\n\n## Success criteria\n\nFalls down 30 % by 2026-09-30.\n\n## Exit plan\n\nRoll-out by 2027-06-30.\n',
    },
  ],
  invalid: [
    { name: 'trust18 nb: a benefits table under its own heading (*Gevinsttabell*) sets criteria: G1 due in December is after the October decision', text: '---\nexit_decision_date: 2027-10-15\n---\n# Energi\n\n## 5 Gevinsttabell\n\n| Nr | Indikator | Nullpunkt | Mål | Tidspunkt |\n|---|---|---|---|---|\n| G1 | Energibruk, kWh/m² | 182 (2025) | 160 | Desember 2027 |\n| G2 | Timer til manuell avlesing | 520 (2025) | 0 | Juni 2027 |\n', errors: [{ line: 2 }] },
    { name: 'round 9 nb: a purpose sentence with one date after the decision that is not the pilot\'s end is a time frame', text: '---\npilot_start: 2027-07-01\npilot_end: 2028-09-30\nexit_decision_date: 2028-07-20\n---\n# Leie\n\n## Formål\n\nPiloten skal halvere andelen avsluttede leieforhold fra 7,9 % til 4,5 % innen 31. august 2028.\n', errors: [{ line: 4 }] },
    { name: 'trust12 nn: goals joined after another topic (*Resultat så langt og mål for forlenginga*) are read, so S4 due after the decision is found', text: '---\nexit_decision_date: 2027-10-21\n---\n# Gjestehamn\n\n## 5. Resultat så langt og mål for forlenginga\n\n| Nr | Indikator | Utgangspunkt | Mål | Frist |\n|---|---|---|---|---|\n| S1 | Del som har betalt | 69 % (2025) | 95 % | 30.09.2027 |\n| S4 | Inntekt for sesongen | 812 000 kr (2025) | minst 1 100 000 kr | 31.10.2027 |\n', errors: [{ line: 2 }] },
    {
      name: 'a criterion due after the decision (Norwegian table with a Frist column)',
      text:
        '---\nlanguage: nb\nexit_decision_date: 2027-10-07\n---\n# Hjemmeoppfølging\n\n## Gevinstrealiseringsplan\n\n' +
        '| ID | Indikator | Nullpunktsmåling (verdi, dato) | Mål | Frist |\n|---|---|---|---|---|\n' +
        '| G1 | Vedtakstimer | 18,5 (1. halvår 2026) | 14 | 2027-09-30 |\n| G4 | Opplevd mestring | 62 % (2026-05-01) | ≥ 70 % | 2027-12-01 |\n',
      errors: [{ line: 3, severity: 'info', message: 'kommer før fristen for et suksesskriterium (2027-12-01, linje 12)' }],
    },
    {
      name: 'list items with written dates (English)',
      text:
        '---\nexit_decision_date: 2026-09-01\n---\n# Pilot\n\n## Success criteria\n\n- Falls down from 12 to 8 per month by 1 October 2026 (Gerica).\n' +
        '- Night-shift call-outs down 20 % by 15 November 2026.\n',
      errors: [{ line: 2, message: '(15 November 2026, line 9)' }],
    },
    {
      name: 'the whole period is after the decision (CRLF)',
      text: '---\r\nexit_decision_date: 2026-06-01\r\n---\r\n# Pilot\r\n\r\n## KPIs\r\n\r\nReadmissions below 15 % in Q4 2026.\r\n',
      errors: [{ line: 2, message: 'Q4 2026' }],
    },
  ],
};

testRule(rule, cases);
