// stakeholders-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { anyService, testRule, type RuleCases } from '../../test/util/rule-tester';

const T6_EN =
  '## Stakeholders\n\n' +
  '| Stakeholder | Level | Concern | Involvement |\n' +
  '|---|---|---|---|\n' +
  '| {{political committee}} | political | {{…}} | inform |\n' +
  '| {{unit manager}} | operational | {{…}} | co-own |\n' +
  '| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n' +
  '| {{patients / next of kin}} | end user | {{…}} | co-design |\n' +
  '| {{IT, procurement, DPO}} | support | {{…}} | consult |\n';

const T6_NB =
  '## Interessenter\n\n' +
  '| Interessent | Nivå | Interesse | Involvering |\n' +
  '|---|---|---|---|\n' +
  '| {{politisk utvalg}} | politisk | {{…}} | informeres |\n' +
  '| {{enhetsleder}} | drift | {{…}} | medeier |\n' +
  '| {{tillitsvalgt}} | førstelinje | {{…}} | høres |\n' +
  '| {{pasienter / pårørende}} | sluttbruker | {{…}} | samskaping |\n' +
  '| {{IT, innkjøp, personvernombud}} | støtte | {{…}} | høres |\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust22 en: a slide\'s "Who we worked with" is the stakeholder section', text: '# Beacons\n\n## Who we worked with\n\n- The Vision Forum tested a prototype\n- Bus drivers and their union representative\n' },
    { name: 'trust22 en: "Who you spoke to" as a form asks it, the same', text: '# Beacons\n\n**Who you spoke to**\n\nTenants, the caretakers and ward councillors.\n' },
    { name: 'trust21 en: a form\'s "How have young people and others been involved in shaping the project?" is the stakeholder section', text: '# Youth work\n\n**B4. How have young people and others been involved in shaping the project?**\n\nWe held three sessions with 26 young people. The Youth Council reviewed the survey questions.\n' },
    { name: "trust18 nb: a paragraph labelled *Interessenter:* in a roles section is the stakeholder section", text: "# Energi\n\n## 6 Ansvar og organisering\n\nEiendomssjef er prosjekteier.\n\nInteressenter: Utvalg for teknikk og miljø får halvårlig rapport. Rektorer og styrere er kontaktpersoner for brukerne. Hovedtillitsvalgt er orientert.\n" },
    {
      name: "trust15 en: a US memo's \"Employee and community outreach\" is the stakeholder section",
      text: "# Cargo bikes\n\n## Employee and community outreach\n\nThe crews, the union steward and park users were told in January.\n",
    },
    { name: 'trust14 en: a cooperation programme\'s "Who are the partners, and why is each one needed?" is the stakeholder section', text: '# Nowcast\n\n### C.4 Who are the partners, and why is each one needed?\n\nThe two councils run the advisories; the university builds the model.\n' },
    { name: 'trust14 en: a committee report\'s "7. Stakeholder/Community Impact" is the stakeholder section', text: '# Texts\n\n## 7. Stakeholder/Community Impact\n\nThe Tenants\' Federation was consulted and ward councillors were briefed.\n' },
    {
      name: 'round 9 en: "Resident voice", on how residents and staff shaped the pilot, is the involvement section',
      text: '# Tenancy\n\n## Resident voice\n\nThe Residents\' Scrutiny Panel reviewed the draft, and the Unite branch secretary was consulted.\n',
    },
    {
      name: 'trust13 nb: a form\'s question "6. Hvordan involveres brukerne?" is the stakeholder section',
      text: '# Søknad\n\n## 6. Hvordan involveres brukerne?\n\nForesatte deltar i en referansegruppe.\n',
    },
    {
      name: 'trust13 nn/en: *Korleis blir brukarane involverte?* and "How will residents be involved?" the same',
      text: '# Søknad\n\n## Korleis blir brukarane involverte?\n\nForeldra møtest to gonger.\n\n## How will residents be involved?\n\nTwo workshops.\n',
    },
    {
      name: 'trust9 en: a grant form\'s "Who will benefit and how have you involved them?" is the stakeholder section',
      text: '# Application\n\n**4. Who will benefit and how have you involved them?**\n\nAdult learners; we held two sessions with 23 of them.\n',
    },
    {
      name: 'trust8 en: a UK grant form\'s "Who have you engaged with?" is the stakeholder section',
      text: '# Bid\n\n## 8. Who have you engaged with in developing the proposal?\n\n- Library staff, in two workshops.\n- The ward councillor.\n',
    },
    {
      name: 'issue 8 real documents: "Dashboard partners" is a partners section with a qualifier',
      text: '# Dashboard\n\n## Dashboard partners\n\nThree university presses and two libraries take part.\n',
    },
    {
      name: 'nynorsk "Partnarar"',
      text: '# Opne energidata\n\n## Partnarar\n\nEnergiselskapet, universitetet og innbyggjarane i tre bydelar.\n',
    },
    {
      name: 'English stakeholder heading with a table',
      text: '# Pilot\n\n## Stakeholders\n\n| Stakeholder | Level |\n|---|---|\n| Care committee | political |\n',
    },
    {
      name: 'numbered bokmål heading',
      text: '# Pilot\n\n## 3.1 Interessentanalyse\n\nHovedutvalget, enhetsleder og tillitsvalgte er involvert.\n',
    },
    {
      name: 'user involvement counts (nynorsk spelling of the heading)',
      text: '# Pilot\n\n## Interessentar og brukarmedverknad\n\nTekst.\n',
    },
    {
      name: 'bokmål "Medvirkning" nested under another section',
      text: '# Pilot\n\n## Gjennomføring\n\nTekst.\n\n### Brukermedvirkning\n\nBrukerrådet deltar.\n',
    },
    {
      name: 'front-matter pointer to an annex',
      text: '---\ntitle: Pilot\nstakeholders: annex-d.md\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## Who is affected\n\nText.\n',
      headings: { stakeholders: ['Who is affected'] },
    },
  ],
  invalid: [
    { name: 'trust22 en: "Who we worked for" names a client, not whom the pilot involved', text: '# Beacons\n\n## Who we worked for\n\nThe county transport team.\n', errors: [{ line: 1 }], output: '# Beacons\n\n## Who we worked for\n\nThe county transport team.\n\n## Stakeholders\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{political committee}} | political | {{…}} | inform |\n| {{unit manager}} | operational | {{…}} | co-own |\n| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n| {{residents / service users}} | end user | {{…}} | co-design |\n| {{IT, procurement, DPO}} | support | {{…}} | consult |\n' },
    { name: 'trust21 en: "How have the costs been calculated?" involves nobody', text: '# Youth work\n\n## How have the costs been calculated?\n\nFrom supplier quotes.\n', errors: [{ line: 1 }], output: '# Youth work\n\n## How have the costs been calculated?\n\nFrom supplier quotes.\n\n## Stakeholders\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{political committee}} | political | {{…}} | inform |\n| {{unit manager}} | operational | {{…}} | co-own |\n| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n| {{residents / service users}} | end user | {{…}} | co-design |\n| {{IT, procurement, DPO}} | support | {{…}} | consult |\n' },
    { name: "trust18 nb: the word *interessenter* inside a sentence, with no label, is no stakeholder section", text: "# Energi\n\n## 6 Ansvar og organisering\n\nEiendomssjef er prosjekteier og holder interessenter orientert.\n", errors: [{ line: 1 }], output: "# Energi\n\n## 6 Ansvar og organisering\n\nEiendomssjef er prosjekteier og holder interessenter orientert.\n\n## Interessenter\n\n| Interessent | Nivå | Interesse | Involvering |\n|---|---|---|---|\n| {{politisk utvalg}} | politisk | {{…}} | informeres |\n| {{enhetsleder}} | drift | {{…}} | medeier |\n| {{tillitsvalgt}} | førstelinje | {{…}} | høres |\n| {{innbyggere / brukere}} | sluttbruker | {{…}} | samskaping |\n| {{IT, innkjøp, personvernombud}} | støtte | {{…}} | høres |\n" },
    {
      name: "trust15 en: an \"Employee newsletter\" heading is no stakeholder section",
      text: "# Cargo bikes\n\n## Employee newsletter\n\nThe crews, the union steward and park users were told in January.\n",
      errors: [{ line: 1 }],
      output: "# Cargo bikes\n\n## Employee newsletter\n\nThe crews, the union steward and park users were told in January.\n\n## Stakeholders\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{political committee}} | political | {{…}} | inform |\n| {{unit manager}} | operational | {{…}} | co-own |\n| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n| {{residents / service users}} | end user | {{…}} | co-design |\n| {{IT, procurement, DPO}} | support | {{…}} | consult |\n",
    },
    { name: 'trust14 en: "Who are the users?" asks about users, not partners', text: '# Nowcast\n\n## Who are the users?\n\nSea swimmers and surfers.\n', errors: [{ line: 1 }], output: "# Nowcast\n\n## Who are the users?\n\nSea swimmers and surfers.\n\n## Stakeholders\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{political committee}} | political | {{…}} | inform |\n| {{unit manager}} | operational | {{…}} | co-own |\n| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n| {{residents / service users}} | end user | {{…}} | co-design |\n| {{IT, procurement, DPO}} | support | {{…}} | consult |\n" },
    {
      name: 'trust13 nb: a question on how the model is tried out (*Hvordan skal modellen prøves ut?*) involves no one',
      text: '# Søknad\n\n## Hvordan skal modellen prøves ut?\n\nI 14 barnehager.\n',
      errors: [{ line: 1, message: 'Mangler interessentanalyse' }],
      output: anyService('# Søknad\n\n## Hvordan skal modellen prøves ut?\n\nI 14 barnehager.\n\n' + T6_NB),
    },
    {
      name: 'trust9 en: how the project benefits the council is no question about whom it involves',
      text: '# Pilot\n\n## How will the council benefit?\n\nLower costs.\n',
      errors: [{ line: 1, message: 'No stakeholder section' }],
      output: anyService('# Pilot\n\n## How will the council benefit?\n\nLower costs.\n\n' + T6_EN),
    },
    {
      name: 'issue 8 real documents: a council directory naming patients and a hospital discharge once each is no care setting',
      text: '# Service directory\n\n## Scope\n\nThe directory helps patients awaiting surgery find support.\n\n- Extra help after hospital discharge\n',
      errors: [{ line: 1, message: 'end users, and support functions' }],
      output: anyService('# Service directory\n\n## Scope\n\nThe directory helps patients awaiting surgery find support.\n\n- Extra help after hospital discharge\n\n' + T6_EN),
    },
    {
      name: 'issue 8 real documents: workshops called clinics, named three times, are no care setting',
      text: '# Registries\n\n## Events\n\nWe ran a clinic on registries. The feedback on the clinic was good; an in-person clinic would work better.\n',
      errors: [{ line: 1, message: 'end users, and support functions' }],
      output: anyService('# Registries\n\n## Events\n\nWe ran a clinic on registries. The feedback on the clinic was good; an in-person clinic would work better.\n\n' + T6_EN),
    },
    {
      name: 'a hospital pilot that keeps naming its patients is care: next of kin are asked for',
      text: '# Machines\n\n## Introduction\n\nThe hospitals use machines on each patient. Patients are monitored, and the clinicians rely on them.\n',
      errors: [{ line: 1, message: 'end users and next of kin' }],
      output: '# Machines\n\n## Introduction\n\nThe hospitals use machines on each patient. Patients are monitored, and the clinicians rely on them.\n\n' + T6_EN,
    },
    {
      name: 'English: on the title, T6 inserted after anchoring and before success criteria',
      text:
        '# Fall sensors pilot\n\n## Governance\n\nThe director signed.\n\n## Success criteria\n\nFewer falls.\n\n' +
        '```\n## Stakeholders\n```\n',
      errors: [{ line: 1, severity: 'warning', message: 'No stakeholder section' }],
      output: anyService('# Fall sensors pilot\n\n## Governance\n\nThe director signed.\n\n' +
        T6_EN +
        '\n## Success criteria\n\nFewer falls.\n\n```\n## Stakeholders\n```\n'),
    },
    {
      name: 'bokmål with CRLF: a list of staff under "Bakgrunn" is not a stakeholder section',
      text: '# Fallsensorer\r\n\r\n## 1. Bakgrunn\r\n\r\nDet er mange fall om natten, og vi vil prøve ut sensorer på rommene.\r\n\r\n- Sykepleiere\r\n- Leverandøren\r\n',
      errors: [{ line: 1, message: 'Mangler interessentanalyse' }],
      output:
        '# Fallsensorer\r\n\r\n## 1. Bakgrunn\r\n\r\nDet er mange fall om natten, og vi vil prøve ut sensorer på rommene.\r\n\r\n- Sykepleiere\r\n- Leverandøren\r\n\r\n' + T6_NB.replace(/\n/g, '\r\n'),
    },
    {
      name: 'a "Stakeholders" line in prose or inline code is not a heading',
      text: '# Pilot\n\n## Risks\n\nStakeholders: `## Stakeholders` will be added later.\n',
      errors: [{ line: 1 }],
      output: anyService('# Pilot\n\n' + T6_EN + '\n## Risks\n\nStakeholders: `## Stakeholders` will be added later.\n'),
    },
  ],
};

testRule(rule, cases);
