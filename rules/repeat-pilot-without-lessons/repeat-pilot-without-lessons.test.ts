// repeat-pilot-without-lessons: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'trust23 nn: a section headed *Erfaringar frå forsøket i 2023* is the lessons section', text: '# Utkalling\n\n## 2 Erfaringar frå forsøket i 2023\n\nDette er ein ny pilot. Forsøket gav betre oversikt, men blei ikkje innført fordi lisensen ikkje var budsjettert.\n' },
    { name: 'trust21 en: "a new pilot" beside "has not tried … before" is this first round, not a repeat', text: '# Permits\n\n## Background\n\nThis is a new pilot for the events office; the city has not tried online routing before.\n' },
    { name: 'trust21 nb: *ny pilot* beside *har aldri prøvd* is the first round too', text: '# Løyve\n\n## Bakgrunn\n\nDette er en ny pilot for kontoret; kommunen har aldri prøvd digital saksgang før.\n' },
    { name: 'trust20 nn: a subsection *Erfaringar frå prøveperioden våren 2026* says what the first round taught (*vi har lært tre ting*)', text: '# Leikeplassar\n\n## 1 Bakgrunn\n\n### 1.2 Erfaringar frå prøveperioden våren 2026\n\nDette er ein utvida pilot. Løysinga vart ikkje teken i bruk, og vi har lært tre ting av det.\n' },
    { name: 'trust12 nb: a Word table of contents entry (*Anbefaling og pilot<TAB>4*) is a heading with its page, no "pilot 4"', text: '# Takst\n\n**Innhold**\n\n- 1\tSammendrag\t1\n- 6\tAnbefaling og pilot\t4\n\n## 1\tSammendrag\n\nKommunen har ikke prøvd dette tidligere.\n' },
    { name: 'trust12 nb: a nynorsk heading on what was learned (*Kva vi har lært – og kvifor …*) is the lessons section', text: '# Gjestehamn\n\n## Samandrag\n\nVi ber om å forlengje den utvida piloten ut 2027.\n\n## 6. Kva vi har lært – og kvifor vi ikkje er klare for drift\n\nAutomaten var ute av drift i elleve dagar.\n' },
    { name: 'trust12 nb: "What we have learned so far" is the lessons section too', text: '# Harbour\n\n## Summary\n\nWe ask for an extended pilot in 2027.\n\n## What we have learned so far\n\nThe machine was out of order for eleven days.\n' },
    { name: "trust11 en: an extended pilot that \"was considered and rejected\" among a report's alternatives is no repeat", text: "# Bins\n\n## 4. Alternative options considered\n\n4.3 An extended pilot covering the retail park as well was considered and rejected: the council could not measure crew time there.\n" },
    { name: "trust11 nb: *En utvidet pilot … ble vurdert og forkastet* the same in bokmål", text: "# Søppel\n\n## Alternativer\n\nEn utvidet pilot som også omfatter handelsparken, ble vurdert og forkastet.\n" },
    {
      name: 'trust11 nb: an extension under an option\'s label and a condition (*Justere: Dersom …, foreslås en forlenget pilot*) is a possible next step',
      text: '# Loggere\n\n## Videreføring\n\nUtvalget får tre alternativer:\n\n1. Videreføre: Dersom S1 er nådd, fortsetter leien.\n2. Justere: Dersom bare ett av målene er nådd, foreslås en forlenget pilot i 2028.\n',
    },
    {
      name: 'trust11 en: "Adjust: if only one target is met, we propose an extended pilot" is a possible next step',
      text: '# Loggers\n\n## Continuation\n\nThe committee has three options:\n\n1. Continue: if S1 is met, the lease goes on.\n2. Adjust: if only one target is met, we propose an extended pilot in 2028.\n',
    },
    {
      name: 'previous pilots with a lessons section',
      text: '---\ntitle: Triage\nprevious_pilots: 1\n---\n# Triage\n\n## Lessons learned from the pilot\n\nImage quality varied.\n',
    },
    {
      name: 'bokmål "ny pilot" with lessons wording in prose, numbered heading',
      text:
        '# Digitalt tilsyn\n\n## 1. Sammendrag\n\nVi søker om en ny pilot i bydel Nord. Erfaringer fra pilot 1 og 2 viser at ' +
        'nattevaktene trengte mer opplæring, og at finansieringen manglet.\n',
    },
    {
      name: 'a first pilot: no repeat wording; "Pilot 2027" is a year, not pilot number 2',
      text: '# Pilot 2027: fall sensors\n\n## Background\n\nWe will test fall sensors in one ward.\n',
    },
    {
      name: 'previous_pilots: 0 settles that "a new pilot" means this one',
      text: '---\ntitle: Remote monitoring\nprevious_pilots: 0\n---\n# Remote monitoring\n\n## Summary\n\nThis new pilot follows heart patients at home.\n',
    },
    {
      name: 'nynorsk "Røynsler frå" heading via options, and "not a new pilot"',
      text: '# E-lås\n\n## Kva vi har lært\n\nDette er ikkje ein ny pilot, men ei utviding av drifta.\n',
      headings: { lessons: ['Kva vi har lært'] },
    },
    {
      name: 'an extension as one of the decision\'s options or under a condition is a possible next step, not a repeat',
      text:
        '# School meals pre-order\n\n## Transition\n\nThe options put to Cabinet are to roll out, to adjust and extend the pilot by one term, or to stop.\n\n' +
        'The Board will decide whether to extend the pilot to the secondary schools.\n\nIf uptake is below 60%, we may extend the pilot by three months.\n\n' +
        'Styret avgjør om vi skal ha en forlenget pilot eller avslutte.\n',
    },
  ],
  invalid: [
    { name: 'trust23 nn: a heading on the plan ahead (*Plan for ny pilot*) is no lessons section', text: '# Utkalling\n\n## 2 Plan for ny pilot\n\nDette er ein ny pilot på tre stasjonar.\n', errors: [{ line: 1, message: 'ny pilot' }] },
    {
      name: 'trust21 en: "a new pilot" with nothing saying it is the first still reads as a repeat',
      text: '# Permits\n\n## Background\n\nWe now ask for a new pilot for the events office.\n',
      errors: [{ line: 1, message: '("new pilot")' }],
    },
    { name: 'trust20 nn: what the workers have been taught (*vi har lært opp parkarbeidarane*) is training, not lessons', text: '# Leikeplassar\n\n## 1 Bakgrunn\n\nDette er ein utvida pilot. Sidan i vår har vi lært opp parkarbeidarane i appen.\n', errors: [{ line: 1, message: 'utvida pilot' }] },
    { name: 'trust12 en: "pilot 4" in prose beside a table of contents is still a repeat', text: '# Valuation\n\n**Contents**\n\n- 1\tSummary\t1\n\n## 1\tSummary\n\nThis is pilot 4 of the valuation model.\n', errors: [{ line: 1, message: 'pilot 4' }] },
    { name: 'trust12 nb: being taught (*Kva vi har lært opp*) is training, not lessons', text: '# Gjestehamn\n\n## Samandrag\n\nVi ber om å forlengje den utvida piloten ut 2027.\n\n## Kven vi har lært opp\n\nDei fire betjentane.\n', errors: [{ line: 1, message: 'utvida piloten' }] },
    { name: "trust11 en: an extended pilot the report asks for, beside a rejected alternative, is a repeat", text: "# Bins\n\n## 2. Recommendations\n\nThat Cabinet approves an extended pilot in the retail park. A third daily round was considered and rejected.\n", errors: [{line: 1}] },
    {
      name: 'trust11 nb: a label with no condition after it leaves the extension stated (*Justere: Vi foreslår en forlenget pilot*)',
      text: '# Loggere\n\n## Videreføring\n\nJustere: Vi foreslår en forlenget pilot i Nordbyen i 2028.\n',
      errors: [{ line: 1, message: 'forlenget pilot' }],
    },
    {
      name: 'a plain request to extend the pilot is still a repeat, even with "stop" elsewhere in the document',
      text: '# Pre-order\n\n## Summary\n\nThis proposal asks Cabinet to extend the pilot to twelve more schools.\n\n## Exit\n\nIf the targets are missed, we stop.\n',
      errors: [{ line: 1, message: '("extend the pilot")' }],
    },
    {
      name: 'bokmål front matter previous_pilots: 2 and no lessons: on the title',
      text:
        '---\ntitle: Pilot 3\nprevious_pilots: 2\n---\n# Pilot 3 – digitalt tilsyn\n\n## Bakgrunn og behov\n\n' +
        'Vi søker nå om en pilot i bydel Nord. Brukerveiledningen fra pilot 2 brukes.\n',
      errors: [{ line: 5, severity: 'info', message: 'Front matter sier at det har vært 2 tidligere pilot(er)' }],
    },
    {
      name: 'English "extended pilot" wording, CRLF; lessons only in a code block do not count',
      text:
        '# Chatbot\r\n\r\n## Summary\r\n\r\nWe ask for an extended pilot in two more service areas.\r\n\r\n```\r\nlessons learned: none\r\n```\r\n',
      errors: [{ line: 1, message: 'repeated or extended pilot ("extended pilot")' }],
    },
    {
      name: '"Pilot 3" in the title is repeat wording',
      text: '# Pilot 3: digital supervision in the North district\n\n## Background\n\nNight visits wake the users.\n',
      errors: [{ line: 1, message: '"Pilot 3"' }],
    },
    {
      name: 'bokmål "forlenget pilot" in a table row',
      text:
        '# Velferdsteknologi\n\n## Plan\n\n| Fase | Når |\n|---|---|\n| Forlenget pilot i sone sør | 2027 |\n\n' +
        'Kommunen ønsker å fortsette med samme løsning.\n',
      errors: [{ line: 1, message: 'Søknaden beskriver en gjentatt eller forlenget pilot («Forlenget pilot»)' }],
    },
  ],
};

testRule(rule, cases);
