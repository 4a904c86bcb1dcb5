// post-pilot-terms-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const TERMS_EN = '- After-pilot licence and price: {{…}} · Data and IP: {{…}}';
const TERMS_NB = '- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}';

const cases: RuleCases = {
  valid: [
    {
      name: 'English licence after the pilot and data ownership',
      text:
        '---\ntitle: GPS\nsupplier: SafeWalk AS\n---\n# GPS\n\n## After the pilot\n\n' +
        'Licence after the pilot: NOK 720 per tracker per year; the municipality owns location data and can export it.\n',
    },
    {
      name: 'bokmål prose with a fixed licence price and data export, numbered heading',
      text:
        '# Legevakt\n\n## 5. Videreføring\n\nKonsultasjon.no AS leverer løsningen. Kontrakten skal gi fast lisenspris i fire år, ' +
        'kommunens eierskap til dataene og mulighet for dataeksport.\n',
    },
    {
      name: 'terms in a table row',
      text:
        '# Pilot\n\n## Exit plan\n\n| Term | Value |\n|---|---|\n| Licence in operation | NOK 310 per patient per month |\n' +
        '| Data | The trust owns the data and can export it in HL7 FHIR |\n\nCardioLink Nordic AS is the supplier.\n',
    },
    {
      name: 'nynorsk: lisensprisen etter piloten and loggdata',
      text: '# E-lås\n\n## Vidareføring\n\nLeverandøren leverer låsane. Etter piloten er lisensprisen 180 kroner per lås per månad, og kommunen eig alle loggdata.\n',
    },
    {
      name: 'no supplier: an in-house robot on an existing licence',
      text: '# RPA\n\n## Løsningen\n\nRoboten utvikles av kommunens egen RPA-gruppe i IKT.\n',
    },
  ],
  invalid: [
    {
      name: 'English: "price after the pilot is TBD" and free pilot licences are not terms; two findings on the exit heading',
      text:
        '---\ntitle: Chatbot\nsupplier: { name: Talkwise Ltd, sme: true }\n---\n# Chatbot\n\n## After the pilot\n\n' +
        '- Licences are free during the pilot.\n- The price after the pilot is TBD.\n',
      errors: [
        { line: 7, element: 'price', severity: 'info', message: 'No licence or price after the pilot' },
        { line: 7, element: 'data', message: 'who owns the data' },
      ],
      output:
        '---\ntitle: Chatbot\nsupplier: { name: Talkwise Ltd, sme: true }\n---\n# Chatbot\n\n## After the pilot\n\n' +
        '- Licences are free during the pilot.\n- The price after the pilot is TBD.\n' +
        TERMS_EN +
        '\n',
    },
    {
      name: 'bokmål with CRLF: data ownership stated, price only as a placeholder',
      text:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nSkrivehjelpen AS leverer verktøyet. Kommunen eier alle data og kan eksportere dem.\r\n\r\n' +
        '## Budsjett\r\n\r\nLisenser etter piloten: [sett inn beløp fra tilbudet].\r\n',
      errors: [{ line: 3, element: 'price', message: 'Mangler lisens eller pris etter piloten' }],
      output:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nSkrivehjelpen AS leverer verktøyet. Kommunen eier alle data og kan eksportere dem.\r\n\r\n' +
        TERMS_NB +
        '\r\n\r\n## Budsjett\r\n\r\nLisenser etter piloten: [sett inn beløp fra tilbudet].\r\n',
    },
    {
      name: 'no exit plan: on the title, T3 inserted; "teachers export the overview" is not data portability; code ignored',
      text:
        '# Leseapp\n\n## What we will do\n\nLesLett AS provides the app. Teachers export the weekly overview.\n\n' +
        '```\nlicence after the pilot: 100 per year\n```\n',
      errors: [
        { line: 1, element: 'price' },
        { line: 1, element: 'data' },
      ],
      output:
        '# Leseapp\n\n## What we will do\n\nLesLett AS provides the app. Teachers export the weekly overview.\n\n' +
        '```\nlicence after the pilot: 100 per year\n```\n\n' +
        '## Exit plan\n\n' +
        '- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n' +
        '- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
        '- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
        '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' +
        '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n',
    },
    {
      name: 'a configured exit-plan heading carries the findings and the terms line',
      text: '# Pilot\n\n## Life after launch\n\nCareBot Ltd keeps the service running.\n',
      headings: { exit_plan: ['Life after launch'] },
      errors: [
        { line: 3, element: 'price' },
        { line: 3, element: 'data' },
      ],
      output: '# Pilot\n\n## Life after launch\n\nCareBot Ltd keeps the service running.\n\n' + TERMS_EN + '\n',
    },
  ],
};

testRule(rule, cases);
