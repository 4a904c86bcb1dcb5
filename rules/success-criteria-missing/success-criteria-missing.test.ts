// success-criteria-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T7_EN =
  '## Success criteria\n\n' +
  '| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n' +
  '|---|---|---|---|---|---|---|\n' +
  '| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\n' +
  'Stop/adjust criteria: {{…}}\n';

const T7_NB_CRLF = (
  '## Suksesskriterier\n\n' +
  '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n' +
  '|---|---|---|---|---|---|---|\n' +
  '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\n' +
  'Kriterier for å stoppe/justere: {{…}}\n'
).replace(/\n/g, '\r\n');

const cases: RuleCases = {
  valid: [
    { name: 'trust22 en: a web page\'s "What we will measure" is the criteria section', text: '# Canvass\n\n## What we will measure\n\n- **Reply rate:** 38% in 2026; we aim for 55% by 31 October 2027, from the register system.\n' },
    { name: 'trust22 nn: *Kva vi skal måle* the same', text: '# Hamn\n\n## Kva vi skal måle\n\n- Klager frå 23 (2026) til under 10 innan 30. september 2027 (klageregisteret).\n' },
    { name: 'trust20 en: a committee report\'s "5. How the trial will be evaluated" is the evaluation section, stated or asked', text: '# Cameras\n\n## 5. How the trial will be evaluated\n\n5.1 Notices rise to at least 20 by 31 August 2027, up from 3 in 2025/26 (case log).\n' },
    { name: 'trust20 en: "How will the pilot be evaluated?" the same as a question', text: '# Bid\n\n**How will the pilot be evaluated?**\n\nNotices rise to at least 20 by 31 August 2027, up from 3 in 2025/26 (case log).\n' },
    { name: "trust16 nn: a form's question in the active voice, *Korleis vil de måle om tiltaket lukkast?*, is the success section", text: "# Søknad\n\n**4. Korleis vil de måle om tiltaket lukkast?**\n\nBesøket aukar frå 200 (2025) til 300 innan 2027, henta frå portalen.\n" },
    { name: "trust16 nb: *Hvordan skal vi måle effekten?* the same in bokmål", text: "# Søknad\n\n**Hvordan skal vi måle effekten?**\n\nBesøket øker fra 200 (2025) til 300 innen 2027.\n" },
    { name: "trust16 nn: a memo's *Måleindikatorar* heading is the indicators section", text: "# Sak\n\n### Måleindikatorar\n\n- Besøk per natt: frå 46 (2026) til 30 innan 30.09.2027.\n" },
    { name: "trust15 nb: a form's *Hvordan skal prosjektet evalueres?* is the evaluation section", text: "# Søknad\n\n**Hvordan skal prosjektet evalueres?**\n\nProsjektleder måler resultatmålene ved prosjektslutt og skriver en sluttrapport.\n" },
    { name: "trust15 nn: *Korleis skal tiltaket evaluerast?* the same in nynorsk", text: "# Søknad\n\n**Korleis skal tiltaket evaluerast?**\n\nProsjektleiar måler resultata ved slutten av prosjektet.\n" },
    { name: "trust15 nb: *Hva er prosjektets mål?* with measured targets is where the criteria are set", text: "# Søknad\n\n**Hva er prosjektets mål?**\n\n1. Utbedringskostnader for fuktskader: fra 640 000 kr (2026, avvikslogg) til under 300 000 kr innen 31. august 2028.\n2. Tid fra fukt oppstår til tiltak: fra 41 dager (2026) til 7 dager innen 31. august 2028.\n" },
    { name: 'trust14 en: a PRINCE2 brief\'s "1.3 Desired Outcomes" is where its criteria are set', text: '# Heating\n\n## 1.3 Desired Outcomes\n\n- Gas use down 15% from 2025/26 (Energy Bureau) by March 2027.\n' },
    { name: "trust11 en: a table with \"Starting point\" and target columns under a form's question sets the criteria", text: "# Laptops\n\n## Q4. Our numbers\n\n| What we will measure | Starting point | Target by 31 December 2027 |\n|---|---|---|\n| Laptop loans issued | 0 (Oct 2026) | 150 |\n" },
    {
      name: 'trust13 nb: a form\'s question "3. Hva er målene for prosjektet?" with a measurable delmål is where the criteria are set',
      text: '# Søknad\n\n## 3. Hva er målene for prosjektet?\n\n- Ventetiden skal ned fra 21 uker til 12 uker innen februar 2028, målt i fagsystemet.\n',
    },
    {
      name: 'trust13 en: "What are the pilot objectives?" with a target is where the criteria are set',
      text: '# Bid\n\n## What are the pilot objectives?\n\n- Waiting time down from 21 weeks to 12 weeks by February 2028, from the case system.\n',
    },
    {
      name: 'trust11 nb: a form\'s bold question "Hva er målene …, og hvordan skal de måles?" is where the criteria are set',
      text:
        '# Leseløftet\n\n**Søker:** Fjellbu kommune\n\n**3. Hva er målene for prosjektet, og hvordan skal de måles?**\n\n' +
        '- E1: Andelen elever under kritisk grense skal ned fra 27 % (2026) til under 15 % innen mai 2028.\n',
    },
    {
      name: 'trust11 en: "What are the aims, and how will they be measured?" is where the criteria are set',
      text: '# Reading\n\n## What are the aims, and how will they be measured?\n\n- Reading scores rise to 60% by May 2028.\n',
    },
    {
      name: 'trust8 en: an emoji heading asking "What does success look like?" is where the criteria are set',
      text: '# Library self-service\n\n## 🎯 What does success look like?\n\n- Queue time at the desk falls from 9 to 4 minutes by June 2027 (till logs).\n',
    },
    {
      name: 'trust7 en: the Model for Improvement\'s "Family of measures" is where the criteria are set',
      text: '# Test of change\n\n## Family of measures\n\nOutcome: unplanned transfers. Process: complete charts. Balancing: nurse time on observations.\n',
    },
    {
      name: 'a goal section with "minst" before a quantity sets a target ("minst tre av fire")',
      text: '# Ordlister\n\n## Målsetting\n\nMinst tre av fire utviklere tar listene i bruk innen utgangen av 2027.\n',
    },
    {
      name: 'issue 8: an "Objectives" section that sets measurable targets is where the criteria are set',
      text: '# Pilot\n\n## 2. Objectives\n\n- Missed bins: from 118 a week (2025/26) to no more than 70 a week by September 2027, from the CRM.\n',
    },
    {
      name: 'issue 8: "Mål og forventede resultater" with a table whose baseline column is "I dag (2025)" (bokmål)',
      text: '# Søknad\n\n## Mål og forventede resultater\n\n| Indikator | I dag (2025) | Mål | Innen | Kilde |\n|---|---|---|---|---|\n| Kjørte km | 61 000 | 45 000 | 31.12.2027 | Kjørebok |\n',
    },
    {
      name: 'issue 8: an objectives section that is only a template slot is placeholder-text\'s (catalogue E)',
      text: '# PID\n\n## 2. Objectives\n\n<INSERT – DETAILS of SMART objectives agreed with the Project Board>\n\n## 3. Scope\n\nThirty-eight routes.\n',
    },
    {
      name: 'a slide titled "Targets" holds the criteria',
      text: '# Pilot\n\n## Targets\n\n- Persistent absence: 24% (autumn 2025) → 19% by July 2027\n',
    },
    {
      name: 'bokmål "Måltall" holds the criteria',
      text: '# Pilot\n\n## Måltall\n\n- Ventetid: 14 dager (2025) → 7 dager innen 2027, kilde: fagsystemet\n',
    },
    {
      name: 'a table with baseline and target columns under an unrelated heading holds the criteria',
      text:
        '# Pilot\n\n## Plan for piloten\n\n| Hva vi måler | Før piloten | Mål | Når |\n|---|---|---|---|\n' +
        '| Kjøretid per uke | 2,5 timer (2026) | 1 time | 2027-09-30 |\n',
    },
    {
      name: 'an English table with "Baseline (date)" and "Target" columns under a plain heading',
      text: '# Pilot\n\n## The plan\n\n| Measure | Baseline (date) | Target |\n|---|---|---|\n| Falls per month | 12 (2026) | 8 |\n',
    },
    {
      name: 'English success criteria heading',
      text: '# Fall sensors pilot\n\n## Success criteria\n\n| Metric | Baseline | Target |\n|---|---|---|\n| Falls per month | 12 | 8 |\n',
    },
    {
      name: 'numbered bokmål heading',
      text: '# Pilot\n\n## 4. Suksesskriterier og evaluering\n\nVi måler antall fall per måned.\n',
    },
    {
      name: 'evaluation plan in a nested, numbered subsection',
      text: '# Pilot\n\n## 3 Gjennomføring\n\nTekst.\n\n### 3.2 Måleindikatorer\n\n- Ventetid i dager\n',
    },
    {
      name: 'benefits realisation plan counts',
      text: '# Pilot\n\n## Gevinstrealiseringsplan\n\nTekst.\n',
    },
    {
      name: 'front-matter pointer to an annex',
      text: '---\ntitle: Pilot\nsuccess_criteria: annex-c.md\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## Measuring impact\n\nText.\n',
      headings: { success: ['Measuring impact'] },
    },
    { name: 'trust25 en: "How will we know if it has worked?" asks the success question in its own word order', text: '# Deposits\n\n## How will we know if it has worked?\n\n- No-shows fall from 11% (summer 2026) to under 4% by September 2027, from the booking system.\n' },
  ],
  invalid: [
    { name: 'trust25 en: "… and how do you know?" asks for the evidence of need, not how success is measured', text: '# Rats\n\n**B1. What problem will you address, and how do you know?**\n\nComplaints rose by a third in 2026.\n', errors: [{ line: 1 }], output: '# Rats\n\n**B1. What problem will you address, and how do you know?**\n\nComplaints rose by a third in 2026.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n' },
    { name: 'trust22 en: "What we will change" measures nothing', text: '# Canvass\n\n## What we will change\n\nA text message comes first.\n', errors: [{ line: 1 }], output: '# Canvass\n\n## What we will change\n\nA text message comes first.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n' },
    { name: 'trust20 en: "How the money will be spent" is no evaluation section', text: '# Cameras\n\n## How the money will be spent\n\nThe lease costs £650 per camera per month.\n', errors: [{ line: 1 }], output: '# Cameras\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## How the money will be spent\n\nThe lease costs £650 per camera per month.\n' },
    { name: "trust16 nn: *Korleis vil de innreie lokalet?* asks how, but measures nothing", text: "# Søknad\n\n**Korleis vil de innreie lokalet?**\n\nVi måler opp rommet i mars.\n", errors: [{ line: 1 }], output: "# Søknad\n\n**Korleis vil de innreie lokalet?**\n\nVi måler opp rommet i mars.\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust15 nb: *Hva er prosjektets målgruppe?* asks who, not what is measured", text: "# Søknad\n\n**Hva er prosjektets målgruppe?**\n\nLeietakere i 40 kommunale boliger, fra 18 til 90 år.\n", errors: [{ line: 1 }], output: "# Søknad\n\n**Hva er prosjektets målgruppe?**\n\nLeietakere i 40 kommunale boliger, fra 18 til 90 år.\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust15 nb: *Hvordan skal prosjektet gjennomføres?* is the method, not the evaluation", text: "# Søknad\n\n**Hvordan skal prosjektet gjennomføres?**\n\nSensorene monteres i september 2027.\n", errors: [{ line: 1 }], output: "# Søknad\n\n**Hvordan skal prosjektet gjennomføres?**\n\nSensorene monteres i september 2027.\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust11 en: a \"Starting point\" table with no target column sets no criteria", text: "# Laptops\n\n## Q4. Our numbers\n\n| What we will measure | Starting point |\n|---|---|\n| Laptop loans issued | 0 (Oct 2026) |\n", errors: [{line: 1}], output: "# Laptops\n\n## Q4. Our numbers\n\n| What we will measure | Starting point |\n|---|---|\n| Laptop loans issued | 0 (Oct 2026) |\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    {
      name: 'trust13 nb: *Hva er målene for prosjektet?* with no target sets no criteria',
      text: '# Søknad\n\n## Hva er målene for prosjektet?\n\nBarn skal få riktig hjelp tidligere.\n',
      errors: [{ line: 1, message: 'Mangler suksesskriterier' }],
      output:
        '# Søknad\n\n## Hva er målene for prosjektet?\n\nBarn skal få riktig hjelp tidligere.\n\n## Suksesskriterier\n\n' +
        '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\n' +
        'Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'trust11 nb: a question on how the work is done (*Hvordan skal vi jobbe?*) measures nothing',
      text: '# Leseløftet\n\n## Hvordan skal vi jobbe?\n\nLærerne holder leseøkter fire dager i uken.\n',
      errors: [{ line: 1, message: 'Mangler suksesskriterier' }],
      output:
        '# Leseløftet\n\n## Hvordan skal vi jobbe?\n\nLærerne holder leseøkter fire dager i uken.\n\n## Suksesskriterier\n\n' +
        '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\n' +
        'Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'a goal section whose only "minst" is the superlative ("fra mest til minst brukt") sets no target',
      text: '# Ordlister\n\n## Målsetting\n\nListene sorteres fra mest til minst brukt, og vi publiserer dem.\n',
      errors: [{ line: 1, message: 'Mangler suksesskriterier' }],
      output:
        '# Ordlister\n\n## Målsetting\n\nListene sorteres fra mest til minst brukt, og vi publiserer dem.\n\n## Suksesskriterier\n\n' +
        '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\n' +
        'Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'issue 8: an "Objectives" section with no measurable target sets no criteria',
      text: '# Pilot\n\n## Objectives\n\nWe want a better, more modern service for residents.\n',
      errors: [{ line: 1, message: 'No success criteria' }],
      output: '# Pilot\n\n## Objectives\n\nWe want a better, more modern service for residents.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n',
    },
    {
      name: 'a table with a target but no baseline column is a plan, not criteria',
      text: '# Fall sensors pilot\n\n## Background\n\n| Step | Target |\n|---|---|\n| Sensors installed | 40 rooms |\n\n## Exit plan\n\nThe committee decides.\n',
      errors: [{ line: 1, message: 'No success criteria' }],
      output:
        '# Fall sensors pilot\n\n## Background\n\n| Step | Target |\n|---|---|\n| Sensors installed | 40 rooms |\n\n' + T7_EN +
        '\n## Exit plan\n\nThe committee decides.\n',
    },
    {
      name: 'English proposal: reported on the title, T7 inserted before the exit plan',
      text: '# Fall sensors pilot\n\n## Background\n\nText.\n\n## Exit plan\n\nThe committee decides.\n',
      errors: [{ line: 1, severity: 'error', message: 'No success criteria' }],
      output: '# Fall sensors pilot\n\n## Background\n\nText.\n\n' + T7_EN + '\n## Exit plan\n\nThe committee decides.\n',
    },
    {
      name: 'a wish list of goals is not success criteria; bokmål message and template, CRLF kept',
      text: '# Digitalt nattilsyn\r\n\r\n## Bakgrunn\r\n\r\nBeboerne sover dårlig, og det er en utfordring for de som har nattevakt.\r\n\r\n## Mål for piloten\r\n\r\n- Økt trygghet\r\n',
      errors: [{ line: 1, message: 'Mangler suksesskriterier' }],
      output:
        '# Digitalt nattilsyn\r\n\r\n## Bakgrunn\r\n\r\nBeboerne sover dårlig, og det er en utfordring for de som har nattevakt.\r\n\r\n' + T7_NB_CRLF +
        '\r\n## Mål for piloten\r\n\r\n- Økt trygghet\r\n',
    },
    {
      name: 'an "Objectives" heading is not an evaluation; no title, so the first heading carries the finding',
      text: '## Objectives\n\nBetter service.',
      errors: [{ line: 1 }],
      output: '## Objectives\n\nBetter service.\n\n' + T7_EN,
    },
  ],
};

testRule(rule, cases);
