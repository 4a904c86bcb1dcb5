// budget-cycle-mismatch: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: "trust24 nb: a NAV office deciding by 31 October budgets in time",
      text: "# Notat til partnerskapsmøtet i NAV Fjordby\n\nPiloten gjennomføres fra 1. februar 2027 til 31. desember 2027.\n\n## Etter pilotperioden\n\nPartnerskapsmøtet tar stilling til videreføring 20. oktober 2027.\n",
    },
    {
      name: "trust18 en: an English-named county council in front matter, with no sector, budgets by financial year",
      text: "---\norganisation: Westmarch County Council, Adult and Community Learning\npilot_start: 2027-01-11\npilot_end: 2027-07-23\nexit_decision_date: 2027-09-15\n---\n# Count Me In\n",
    },
    {
      name: "trust15 en: an English-named council budgets by financial year, even with `sector: municipality`",
      text: "---\norganisation: Harbridge City Council\nsector: municipality\npilot_start: 2027-09-01\npilot_end: 2028-07-21\nexit_decision_date: 2028-06-29\n---\n# School Streets\n",
    },
    {
      name: 'trust11 nn: an IKS deciding by 31 October budgets in time',
      text: '# Drone i utrykning\n\n*Intranettet for Midtfjord brann og redning IKS · Publisert 25. november 2026*\n\nPilotperioden varer frå 1. november 2026 til 31. desember 2027.\n\n## Kva skjer etter piloten?\n\nAvdelingsleiaren legg fram evalueringa for representantskapet 20. oktober 2027.\n',
    },
    {
      name: 'trust11 en: an English body without a Norwegian company form is not read as municipal',
      text: '# Drones\n\nMidfjord Fire and Rescue Service. The pilot runs from 1 November 2026 to 31 December 2027.\n\n## After the pilot\n\nThe board decides on 24 November 2027.\n',
    },
    {
      name: 'issue 8: a UK "County Council" named in the body budgets by financial year, not calendar year',
      text:
        '# Photo triage\n\nNorthmoor County Council, Place Directorate. Pilot period: 1 April 2027 to 31 March 2028.\n\n' +
        '## Transition to business as usual\n\nCabinet decides on 10 February 2028 whether to keep it.\n',
    },
    {
      name: 'municipality: pilot ends at year end, decision in early October',
      text: '---\nsector: municipality\npilot_end: 2027-12-31\nexit_decision_date: 2027-10-07\n---\n# Pilot\n',
    },
    {
      name: 'a pilot ending 30 November with a decision in October',
      text: '---\nsector: care-home\npilot_start: 2027-03-01\npilot_end: 2027-11-30\nexit_decision_date: 2027-10-20\n---\n# Pilot\n',
    },
    {
      name: 'decision on 31 October itself',
      text: '---\nsector: county\npilot_end: 2026-12-31\nexit_decision_date: 2026-10-31\n---\n# Pilot\n',
    },
    {
      name: 'a hospital trust does not follow the municipal budget cycle',
      text: '---\nsector: hospital\npilot_end: 2027-12-31\nexit_decision_date: 2027-11-18\n---\n# Pilot\n',
    },
    {
      name: 'no sector and an organisation that is not municipal',
      text: '---\norganisation: Helse Vest RHF\npilot_end: 2027-12-31\nexit_decision_date: 2027-11-18\n---\n# Pilot\n',
    },
    {
      name: 'quiet when a date is missing or malformed',
      text: '---\nsector: school\npilot_end: 18.06.2027\nexit_decision_date: 2027-06-10\n---\n# Pilot\n',
    },
    {
      name: 'quiet when pilot_end is not after pilot_start (a typo that frontmatter-invalid-date reports)',
      text: '---\nsector: municipality\npilot_start: 2027-08-15\npilot_end: 2027-06-30\nexit_decision_date: 2027-05-20\n---\n# Pilot\n',
    },
    {
      name: 'a municipality with a later budget meeting sets its own deadline',
      text: '---\nsector: municipality\npilot_end: 2027-12-31\nexit_decision_date: 2027-11-10\n---\n# Pilot\n',
      options: { deadline: '11-15' },
    },
  ],
  invalid: [
    {
      name: "trust24 nb: a NAV office (*NAV Fjordby*) budgets by calendar year, so a December decision is late",
      text: "# Notat til partnerskapsmøtet i NAV Fjordby\n\nPiloten gjennomføres fra 1. februar 2027 til 31. desember 2027.\n\n## Etter pilotperioden\n\nPartnerskapsmøtet tar stilling til videreføring 9. desember 2027.\n",
      errors: [{ line: 7 }],
    },
    {
      name: "trust18 en: an English-named county municipality in front matter is still a Norwegian owner",
      text: "---\norganisation: Nordland County Municipality\npilot_start: 2027-01-11\npilot_end: 2027-07-23\nexit_decision_date: 2027-09-15\n---\n# Count Me In\n",
      errors: [{ line: 5 }],
    },
    {
      name: "trust15 en: `sector: municipality` with a Norwegian name still budgets by calendar year",
      text: "---\norganisation: Harbridge kommune\nsector: municipality\npilot_start: 2027-09-01\npilot_end: 2028-07-21\nexit_decision_date: 2028-06-29\n---\n# School Streets\n",
      errors: [{ line: 6 }],
    },
    {
      name: 'trust11 nn: an intermunicipal company (IKS) adopts its budget per calendar year, as its owner kommuner do',
      text: '# Drone i utrykning\n\n*Intranettet for Midtfjord brann og redning IKS · Publisert 25. november 2026*\n\nPilotperioden varer frå 1. november 2026 til 31. desember 2027.\n\n## Kva skjer etter piloten?\n\nAvdelingsleiaren legg fram evalueringa for representantskapet 24. november 2027.\n',
      errors: [{ line: 9 }],
    },
    {
      name: 'issue 8: without front matter, "Sørvik kommune" in the body is a municipal owner',
      text:
        'Prosjektplan: Medisindispensere\n\nSørvik kommune, Helse og omsorg. Prosjektperiode: 1. mars 2027 – 29. februar 2028.\n\n' +
        '## Overgang til drift\n\nHovedutvalget tar stilling til videreføring i møtet 15. desember 2027.\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'care home: decision in November is after the budget proposal (Norwegian)',
      text: '---\nlanguage: nb\nsector: care-home\npilot_start: 2027-03-01\npilot_end: 2027-12-31\nexit_decision_date: 2027-11-15\n---\n# Fallsensorer\n',
      errors: [{ line: 6, severity: 'info', message: 'driftskostnaden må inn i budsjettet for 2028, som vedtas i desember 2027' }],
    },
    {
      name: 'school: a June pilot end means autumn operation in the same budget year',
      text: '---\nsector: school\npilot_start: 2027-01-05\npilot_end: 2027-06-18\nexit_decision_date: 2027-06-10\n---\n# Reading app\n',
      errors: [{ line: 5, message: 'The service must run from 2027-06-19, so its running cost has to be in the 2027 budget' }],
    },
    {
      name: 'a pilot ending 30 November: December is bridged, the 2028 budget needs the decision by 2027-10-31',
      text: '---\nlanguage: nb\nsector: care-home\npilot_start: 2027-03-01\npilot_end: 2027-11-30\nexit_decision_date: 2027-11-15\n---\n# Fallsensorer\n',
      errors: [{ line: 6, message: 'Tjenesten skal driftes fra 2027-12-01, så driftskostnaden må inn i budsjettet for 2028' }],
    },
    {
      name: 'no sector, but the organisation is a kommune (CRLF)',
      text: '---\r\norganisation: Nordby kommune\r\npilot_end: 2026-12-31\r\nexit_decision_date: 2026-12-01\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 4, message: 'after 2026-10-31' }],
    },
    {
      name: 'Norwegian sector spelling',
      text: '---\nsector: kommune\npilot_end: 2026-12-31\nexit_decision_date: 2026-11-01\n---\n# Pilot\n',
      errors: [{ line: 4 }],
    },
  ],
};

testRule(rule, cases);
