// owner-roles-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T1_EN =
  '## Organisational anchoring\n\n' +
  '| Level | Role | Name | Commitment (decision ref./signed) |\n' +
  '|---|---|---|---|\n' +
  '| Decision-maker / sponsor | {{role}} | {{name}} | {{case no., date}} |\n' +
  '| Operational manager | {{role}} | {{name}} | {{…}} |\n' +
  '| Frontline lead | {{role}} | {{name}} | {{…}} |\n\n' +
  'Benefit owner (line manager): {{role}} · Pilot budget: {{amount}} from {{budget line}}\n';

const T1_NB_CRLF = (
  '## Forankring\n\n' +
  '| Nivå | Rolle | Navn | Forpliktelse (vedtak/signert) |\n' +
  '|---|---|---|---|\n' +
  '| Beslutningstaker / prosjekteier | {{rolle}} | {{navn}} | {{saksnr., dato}} |\n' +
  '| Driftsleder / enhetsleder | {{rolle}} | {{navn}} | {{…}} |\n' +
  '| Leder i førstelinjen | {{rolle}} | {{navn}} | {{…}} |\n\n' +
  'Gevinstansvarlig (linjeleder): {{rolle}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n'
).replace(/\n/g, '\r\n');

const cases: RuleCases = {
  valid: [
    { name: 'trust20 en: a form\'s "Who will be responsible for the project?" is the anchoring section', text: '# Bid\n\n**B9. Who will be responsible for the project?**\n\nProject lead: Sam Whitlock, Passenger Transport Officer. Sponsor: Helen Marsh, Head of Integrated Transport.\n' },
    { name: 'trust12 en: a charter\'s "4. People" (the whole heading) over its roles table is the anchoring section', text: '# Pilot Charter\n\n## 4. People\n\n| Role | Name / post |\n|---|---|\n| Sponsor | Head of Commissioning |\n| Pilot lead | Transport Coordinator |\n' },
    {
      name: 'trust7 en: a slide\'s question "Who\'s accountable" is the anchoring section',
      text: "# Damp\n\n## Who's accountable\n\nThe Director of Housing answers to Cabinet; the Head of Repairs runs the pilot day to day.\n",
    },
    {
      name: 'issue 8 real documents: "Who’s behind …" (contracted) is the who-is-responsible section',
      text: '# Dashboard\n\n## Who’s behind the dashboard?\n\nAn advisory board of publishers steers it; the foundation operates it.\n',
    },
    {
      name: 'catalogue E: owner and sponsor given in the body ("Owner: … · Sponsor: …") need no anchoring section',
      text: '# Portal\n\nOwner: Head of Revenues (Jane Cole) · Sponsor: Director of Finance (Tom Reyes)\n\n## Problem\n\nText.\n',
    },
    {
      name: 'catalogue E: bokmål "Oppdragsgiver er …. Prosjekteier er …" in prose under another heading',
      text: '# Bibliotek\n\n## Bakgrunn\n\nOppdragsgiver er kommunalsjef for kultur. Prosjekteier er kultursjefen.\n',
    },
    { name: 'a "Roles" heading is the anchoring section', text: '# Pilot\n\n## Roles\n\nThe Head of Libraries sponsors the pilot.\n' },
    { name: 'a bokmål "Roller" heading is the anchoring section', text: '# Pilot\n\n## Roller\n\nKultursjefen er oppdragsgiver.\n' },
    {
      name: 'a slide titled "Who" naming sponsor and owner is the anchoring section',
      text: '# Pilot\n\n## Who\n\n- Sponsor: Chief Executive of the Trust\n- Owner: Director of Education\n',
    },
    {
      // The section exists; owner-not-decision-level judges whether its roles reach decision level.
      name: 'a "Project team" section counts as the anchoring section',
      text: '# Pilot\n\n## Project team\n\nA nurse and the supplier.',
    },
    {
      name: 'English anchoring heading',
      text: '# Pilot\n\n## Organisational anchoring\n\nThe director sponsors the pilot.\n',
    },
    {
      name: 'numbered bokmål "Roller og ansvar"',
      text: '# Pilot\n\n## 2.1 Roller og ansvar\n\nKommunalsjefen er prosjekteier.\n',
    },
    {
      name: 'steering group in a nested subsection',
      text: '# Pilot\n\n## Gjennomføring\n\nTekst.\n\n### Styringsgruppe\n\nKommunalsjef leder styringsgruppen.\n',
    },
    {
      name: 'owner and sponsor in front matter, no section',
      text: '---\ntitle: Pilot\nowner:\n  role: Head of Home Care\n  name: Ingrid Solberg\nsponsor: Director of Health and Care\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## Who is behind this\n\nText.\n',
      headings: { anchoring: ['Who is behind this'] },
    },
  ],
  invalid: [
    {
      name: 'owner in front matter but no sponsor and no section: T1 goes after the background',
      text: '---\ntitle: Chatbot\nowner:\n  role: Customer service adviser\n  name: Hanne Moe\n---\n# Chatbot\n\n## Background\n\nText.\n\n## Stakeholders\n\n- Staff\n',
      errors: [{ line: 7, severity: 'warning', message: 'No organisational anchoring' }],
      output:
        '---\ntitle: Chatbot\nowner:\n  role: Customer service adviser\n  name: Hanne Moe\n---\n# Chatbot\n\n## Background\n\nText.\n\n' +
        T1_EN + '\n## Stakeholders\n\n- Staff\n',
    },
    {
      name: 'placeholder owner and sponsor name nobody; bokmål template, CRLF kept',
      text: '---\r\ntitle: Tilsyn\r\nowner: TBD\r\nsponsor: avklares senere\r\n---\r\n# Digitalt tilsyn\r\n\r\n## Bakgrunn\r\n\r\nDet er viktig for kommunen og de ansatte på sykehjemmet.\r\n',
      errors: [{ line: 6, message: 'Mangler forankring' }],
      output:
        '---\r\ntitle: Tilsyn\r\nowner: TBD\r\nsponsor: avklares senere\r\n---\r\n# Digitalt tilsyn\r\n\r\n## Bakgrunn\r\n\r\nDet er viktig for kommunen og de ansatte på sykehjemmet.\r\n\r\n' +
        T1_NB_CRLF,
    },
    {
      name: 'trust12 en: "People we support" is about users, not roles: "People" counts only as the whole heading',
      text: '# Pilot\n\n## People we support\n\nAdults with learning disabilities.',
      errors: [{ line: 1 }],
      output: '# Pilot\n\n## People we support\n\nAdults with learning disabilities.\n\n' + T1_EN,
    },
    {
      name: 'a plan whose only team heading is about activities, not roles',
      text: '# Pilot\n\n## Team building activities\n\nA nurse and the supplier.',
      errors: [{ line: 1 }],
      output: '# Pilot\n\n## Team building activities\n\nA nurse and the supplier.\n\n' + T1_EN,
    },
  ],
};

testRule(rule, cases);
