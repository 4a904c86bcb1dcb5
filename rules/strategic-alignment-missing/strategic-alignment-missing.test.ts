// strategic-alignment-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T2_EN_LINES =
  'Priority addressed: {{goal}} in {{plan/strategy, year}}\n' +
  'Problem size today: {{metric}} = {{value}} ({{source, year}})\n' +
  'Cost of doing nothing: {{…}}';
const T2_NB_LINES =
  'Prioritert mål: {{mål}} i {{plan/strategi, år}}\n' +
  'Problemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\n' +
  'Kostnaden ved å ikke gjøre noe: {{…}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust23 en: a slide headed "Why change?" is the case for change', text: '# Renewals online\n\n## Why change?\n\n- 68,000 passes expire in 2027/28 (pass database, 2026)\n- Local Transport Plan objective 6\n' },
    { name: 'trust23 nb: *Hvorfor endre?* the same in Norwegian', text: '# Fornying på nett\n\n## Hvorfor endre?\n\n- 68 000 kort går ut i 2027 (kortregisteret, 2026)\n' },
    { name: "trust18 nn: a saksframlegg's *Saksopplysningar* sets out the case: a named plan and the problem's size", text: "# Prøveordning med utlånsskåp\n\n## Saksopplysningar\n\nUtstyret vart lånt ut 720 gonger i 2025. Kommuneplanen sin samfunnsdel 2023–2035 har som mål at alle barn og unge skal kunne delta i minst éin fritidsaktivitet.\n" },
    { name: "trust17 nb: the five-case model's *1. Strategisk case* is the case section", text: "# Forretningscase\n\n1. Strategisk case\n\nØkonomiplan 2027–2030 slår fast at kommunen skal frigjøre tid fra rutineoppgaver. Seksjonen bruker 1 900 timer i året på avstemming (timeregistrering 2025).\n" },
    { name: "trust20 nb: a form's *Beskriv bakgrunnen for prosjektet og behovet det skal dekke* is the case section", text: "# Søknad om prosjektmidler\n\n**2. Beskriv bakgrunnen for prosjektet og behovet det skal dekke**\n\nUtlånet i grendene falt fra 3 100 i 2023 til 2 000 i 2025 (biblioteksystemet). Bibliotekplan 2024–2028 vil gi alle tilgang til samlingen.\n" },
    { name: "trust15 nb: a portal's field *Beskriv bakgrunnen og behovet for prosjektet* is the case section", text: "# Søknad om tilskudd\n\n**Beskriv bakgrunnen og behovet for prosjektet**\n\nKommunen eier 310 utleieboliger. I 2026 ble det registrert fuktskader i 23 boliger (avvikslogg 2026). Boligsosial handlingsplan 2024–2028 har som mål at boligene skal være helsemessig trygge.\n" },
    { name: "trust15 nb: a spreadsheet's sheet *Ark 3 Bakgrunn og mål* (the sheet number stripped) is the case section", text: "# Gevinstplan\n\n## Ark 3 Bakgrunn og mål\n\n| Felt | Innhold |\n|---|---|\n| Utfordring | Renhold kostet 38,6 mill. kr i 2026 (regnskap 2026). |\n| Strategi | Kommuneplanens samfunnsdel 2024–2036, mål 5.2 |\n" },
    { name: 'trust14 en: an Interreg form\'s "What common territorial challenge does the project address?" is the problem section', text: '# Nowcast\n\n### C.1 What common territorial challenge does the project address? (max. 2,000 characters)\n\nIn 2024, 9 of 31 bathing waters carried advisories (NRW report, 2024). The Welsh National Marine Plan names it.\n' },
    {
      name: 'trust11 nn: the author\'s own italic paragraph is content: a plan and a number in it count',
      text: '# Nattilsyn\n\n## 1 Bakgrunn\n\n*Kommuneplanen 2023–2035 vil ha fleire tenester heime; 40 brukarar får tilsyn kvar natt.*\n',
    },
    {
      name: 'trust9 en: a README\'s "Why we built this" is the problem statement',
      text: '# gritmap\n\n## Why we built this\n\nIn winter 2025/26 the contact centre handled 1,900 calls about gritting (CRM).\n',
    },
    {
      name: 'issue 8 real documents: an untitled summary under the title cites a named policy and a KPI',
      text: '# Executive summary\n\nReleasing datasets under the Open Data Policy is our main focus; 46 percent are out.\n\n## Data releases\n\nText.\n',
    },
    {
      name: 'issue 8 real documents: the introduction sizes the problem',
      text: '# Machine evaluation\n\n## Introduction\n\nThe trust must buy fifty machines at about £50,000 each.\n\n## Nature of the pilot\n\nText.\n',
    },
    {
      name: 'issue 8 real documents: a subsection under Objectives names a declaration',
      text: '# PID\n\n## 3. Objectives\n\n- Collect data once.\n\n### 3.1 Digital Declaration\n\nMany councils have signed the Local Digital Declaration.\n',
    },
    {
      name: 'issue 8 real documents: a bokmål introduction cites the handlingsplan',
      text: '# Pilot\n\n## Innledning\n\nPiloten følger opp tiltak i kommunens handlingsplan for digitalisering.\n\n## Gjennomføring\n\nTekst.\n',
    },
    {
      name: 'a slide titled "Why" with a number and a named strategy',
      text: '# Pilot\n\n## Why\n\n- Persistent absence: 24% of pupils (school census, autumn 2025)\n- Trust Strategy 2025–28, goal 2\n',
    },
    {
      name: 'bokmål "Behov og utfordringer" under a numbered part, and nynorsk "Kvifor" on a web page',
      text:
        '# Søknad\n\n## 1 Relevans\n\n### 1.1 Behov og utfordringer\n\nFrafallet er 22 % (2024), jf. fylkets kompetansestrategi.\n',
    },
    {
      name: 'nynorsk web-page heading "Kvifor"',
      text: '# Opne energidata\n\n## Kvifor\n\nI dag er 40 % av målarane utan opne data (2025), jf. klimaplanen.\n',
    },
    {
      name: 'English strategic case citing a named plan',
      text: '# Pilot\n\n## Strategic case\n\nThe pilot implements measure 4 of the *Fjordvik Hospital Trust Development Plan 2023-2030*.\n',
    },
    {
      name: 'bokmål "Bakgrunn og behov" with a quantified problem only',
      text: '# Pilot\n\n## 1. Bakgrunn og behov\n\nBoligkontoret behandler om lag 450 søknader i året, og saksbehandlingstiden er 7 uker.\n',
    },
    {
      name: '"Background" counts as the section; a percentage in a table sizes the problem',
      text: '# Pilot\n\n## Background\n\n| Indicator | 2025 |\n|---|---|\n| Missed appointments | 18 % |\n',
    },
    {
      name: 'nynorsk: a compound plan name',
      text: '# E-lås\n\n## Bakgrunn\n\nI kommuneplanen er målet at tenestene skal bruke teknologi for å frigjere tid.\n',
    },
    {
      name: 'front-matter pointer to the problem statement',
      text: '---\ntitle: Pilot\nproblem_statement: annex-a.md\n---\n# Pilot\n\n## Solution\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## The challenge we face\n\nWe answer 14,200 calls a year.\n',
      headings: { strategic_alignment: ['The challenge we face'] },
    },
  ],
  invalid: [
    { name: "trust23 en: a slide on what changes for staff (\"What will change\") holds no case", text: "# Renewals online\n\n## What will change\n\nAdvisers review rejected photos.\n", errors: [{ line: 1 }], output: "# Renewals online\n\n## What will change\n\nAdvisers review rejected photos.\n\n## Strategic alignment\n\nPriority addressed: {{goal}} in {{plan/strategy, year}}\nProblem size today: {{metric}} = {{value}} ({{source, year}})\nCost of doing nothing: {{…}}\n" },
    { name: "trust18 nn: a saksframlegg's *Sakshandsaming* (how the case was handled) holds no case", text: "# Prøveordning med utlånsskåp\n\n## Sakshandsaming\n\nSaka har vore på høyring i ungdomsrådet og eldrerådet.\n", errors: [{ line: 1 }], output: "# Prøveordning med utlånsskåp\n\n## Sakshandsaming\n\nSaka har vore på høyring i ungdomsrådet og eldrerådet.\n\n## Strategisk forankring\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n" },
    { name: "trust15 nb: a sheet of roles only (*Ark 2 Roller og ansvar*) holds no case", text: "# Gevinstplan\n\n## Ark 2 Roller og ansvar\n\n| Rolle | Navn |\n|---|---|\n| Prosjekteier | Arild Tveit |\n", errors: [{ line: 1 }], output: "# Gevinstplan\n\n## Strategisk forankring\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n\n## Ark 2 Roller og ansvar\n\n| Rolle | Navn |\n|---|---|\n| Prosjekteier | Arild Tveit |\n" },
    { name: "trust17 nb: the five-case model's *Kommersiell case* is no strategic case", text: "# Forretningscase\n\n## Kommersiell case\n\nLeverandøren konfigurerer roboten, og kommunen betaler en fast pris for lisensen i pilotperioden.\n", errors: [{ line: 1 }], output: "# Forretningscase\n\n## Kommersiell case\n\nLeverandøren konfigurerer roboten, og kommunen betaler en fast pris for lisensen i pilotperioden.\n\n## Strategisk forankring\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n" },
    { name: "trust20 nb: the background for a budget (*Bakgrunn for budsjettet*) is no case section", text: "# Søknad\n\n**Bakgrunn for budsjettet**\n\nVi trenger 120 sensorer og en plattform.\n", errors: [{ line: 1 }], output: "# Søknad\n\n## Strategisk forankring\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n\n**Bakgrunn for budsjettet**\n\nVi trenger 120 sensorer og en plattform.\n" },
    { name: "trust15 nb: the need for equipment (*Beskriv behovet for utstyr*) is no background", text: "# Søknad\n\n**Beskriv behovet for utstyr**\n\nVi trenger 120 sensorer og en plattform.\n", errors: [{ line: 1 }], output: "# Søknad\n\n**Beskriv behovet for utstyr**\n\nVi trenger 120 sensorer og en plattform.\n\n## Strategisk forankring\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n" },
    { name: 'trust14 en: "What will the project deliver?" asks for outputs, not the problem', text: '# Nowcast\n\n## What will the project deliver?\n\nA nowcast model.\n', errors: [{ line: 1 }], output: "# Nowcast\n\n## What will the project deliver?\n\nA nowcast model.\n\n## Strategic alignment\n\nPriority addressed: {{goal}} in {{plan/strategy, year}}\nProblem size today: {{metric}} = {{value}} ({{source, year}})\nCost of doing nothing: {{…}}\n" },
    {
      name: 'trust11 nn: template guidance left in place (*Rettleiing: … kommuneplanen …?*) is the template\'s question, not a cited plan',
      text: '# Nattilsyn\n\n## 1 Bakgrunn\n\n*Rettleiing: Kva er problemet, kor stort er det, og kva mål i kommuneplanen byggjer prosjektet på?*\n\nMange brukarar treng tilsyn om natta.\n',
      errors: [{ line: 3 }],
      output: '# Nattilsyn\n\n## 1 Bakgrunn\n\n*Rettleiing: Kva er problemet, kor stort er det, og kva mål i kommuneplanen byggjer prosjektet på?*\n\nMange brukarar treng tilsyn om natta.\n\nPrioritert mål: {{mål}} i {{plan/strategi, år}}\nProblemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})\nKostnaden ved å ikke gjøre noe: {{…}}\n',
    },
    {
      name: 'trust11 en: "*Guidance: say which goal in the Council Plan …*" cites no plan either',
      text: '# Meals\n\n## Background\n\n*Guidance: say which goal in the Council Plan the pilot serves and how big the problem is.*\n\nMany residents skip lunch.\n',
      errors: [{ line: 3 }],
      output: '# Meals\n\n## Background\n\n*Guidance: say which goal in the Council Plan the pilot serves and how big the problem is.*\n\nMany residents skip lunch.\n\nPriority addressed: {{goal}} in {{plan/strategy, year}}\nProblem size today: {{metric}} = {{value}} ({{source, year}})\nCost of doing nothing: {{…}}\n',
    },
    {
      name: 'trust9 en: "Why were earlier pilots stopped?" asks about the past, not why this one is needed',
      text: '# Pilot\n\n## Why were earlier pilots stopped?\n\nThey ran out of money in 2019 after 14 months.\n',
      errors: [{ line: 1, message: 'No problem statement or strategic alignment' }],
      output: '# Pilot\n\n## Strategic alignment\n\n' + T2_EN_LINES + '\n\n## Why were earlier pilots stopped?\n\nThey ran out of money in 2019 after 14 months.\n',
    },
    {
      name: 'issue 8: an introduction that names neither a plan nor a number still leaves the case missing',
      text: '# Chatbot pilot\n\n## Introduction\n\nWe want to try a chatbot for our residents.\n',
      errors: [{ line: 1, message: 'No problem statement or strategic alignment' }],
      output: '# Chatbot pilot\n\n## Introduction\n\nWe want to try a chatbot for our residents.\n\n## Strategic alignment\n\n' + T2_EN_LINES + '\n',
    },
    {
      name: 'English proposal with no problem statement: on the title, T2 inserted first',
      text: '# Chatbot pilot\n\n## Governance\n\nThe director signed.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 1, severity: 'warning', message: 'No problem statement or strategic alignment' }],
      output:
        '# Chatbot pilot\n\n## Strategic alignment\n\n' +
        T2_EN_LINES +
        '\n\n## Governance\n\nThe director signed.\n\n## Risks\n\nSome.\n',
    },
    {
      name: 'a "Background" of impressions: years, "pilot 2" and "we plan to" are not plans or numbers; code is ignored',
      text:
        '# Chatbot pilot\n\n## Background\n\nWe get a lot of calls, and in 2026 we plan to keep up with developments like pilot 2 elsewhere.\n\n' +
        '```\ncalls: 14200\n```\n\n## Objectives\n\nBetter service.\n',
      errors: [{ line: 3, message: 'The "Background" section cites neither' }],
      output:
        '# Chatbot pilot\n\n## Background\n\nWe get a lot of calls, and in 2026 we plan to keep up with developments like pilot 2 elsewhere.\n\n' +
        '```\ncalls: 14200\n```\n\n' +
        T2_EN_LINES +
        '\n\n## Objectives\n\nBetter service.\n',
    },
    {
      name: 'bokmål with CRLF and a numbered heading: a tidsplan and a date are not a plan or a problem size',
      text:
        '# Chatbot\r\n\r\n## 1. Bakgrunn\r\n\r\nKundesenteret får mange henvendelser. Tidsplanen er klar fra 2026-03-01.\r\n\r\n' +
        '## 2. Mål\r\n\r\nBedre service.\r\n',
      errors: [{ line: 3, message: 'Delen «1. Bakgrunn» viser verken' }],
      output:
        '# Chatbot\r\n\r\n## 1. Bakgrunn\r\n\r\nKundesenteret får mange henvendelser. Tidsplanen er klar fra 2026-03-01.\r\n\r\n' +
        T2_NB_LINES.replace(/\n/g, '\r\n') +
        '\r\n\r\n## 2. Mål\r\n\r\nBedre service.\r\n',
    },
  ],
};

testRule(rule, cases);
