// training-plan-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { anyService, testRule, type RuleCases } from '../../test/util/rule-tester';

const T4_EN =
  '## Training and support\n\n' +
  '| Audience | Format | Hours / schedule | Responsible | Materials |\n' +
  '|---|---|---|---|---|\n' +
  '| {{incl. night shift, temporary staff}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\n' +
  'Support after go-live: {{…}} · New/temporary staff: {{…}}\n' +
  'Internal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n';

const T4_NB_CRLF = (
  '## Opplæring og kompetanse\n\n' +
  '| Målgruppe | Format | Timer / tidsplan | Ansvarlig | Materiell |\n' +
  '|---|---|---|---|---|\n' +
  '| {{inkl. nattevakt, vikarer}} | {{…}} | {{…}} | {{superbruker}} | {{lenke til brukerveiledning}} |\n\n' +
  'Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n' +
  'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n'
).replace(/\n/g, '\r\n');

const cases: RuleCases = {
  valid: [
    { name: 'trust21 en: a slide "Getting inspectors up to speed" is the training plan', text: '# Tablets\n\n## Getting inspectors up to speed\n\n- **How:** vendor-led hands-on workshop at the division office\n' },
    { name: 'trust20 en: "How will staff and volunteers be supported to deliver the project?" is the training section', text: '# Bid\n\n**B7. How will staff and volunteers be supported to deliver the project?**\n\nThe supplier will run a two-hour session for the drivers in March 2027.\n' },
    { name: 'trust18 en: a README section addressed to the staff ("For cemetery staff") is the training plan', text: '# Grave finder\n\n## For cemetery staff\n\nThe four office staff get a one-hour walk-through.\n' },
    { name: "trust11 en: a form's \"How will you prepare the people delivering the project?\" is the training plan", text: "# Laptops\n\n## Q7. How will you prepare the people delivering the project?\n\nEvery Digital Buddy does a three-hour induction led by the Library Digital Lead.\n" },
    { name: "trust11 nb: *Hvordan skal dere forberede de ansatte?* the same in bokmål", text: "# PC-lån\n\n## Hvordan skal dere forberede de ansatte?\n\nAlle bibliotekarer får et kurs på tre timer.\n" },
    { name: 'trust13 en: a KTP plan\'s "Knowledge transfer and capability building" is the training plan', text: '# Lighting\n\n## 10. Knowledge transfer and capability building\n\nThe Associate runs three workshops for the lighting engineers.\n' },
    { name: "trust12 en: \"Skills and handover\" is the training plan (a bare \"Handover\" heads the exit plan)", text: "# Archives\n\n## Skills and handover\n\nThe Archive Digital Officer shadows the engineer two days a week.\n" },
    {
      name: 'trust11 nn: a web page\'s "Slik lærer vi å fly" and a question on who is taught (*lære opp*) are the training plan',
      text: '# Drone\n\n## Slik lærer vi å fly\n\nAlle dronepilotane tek nettkurs.\n\n# Loggere\n\n## Hvem lærer opp driftsoperatørene?\n\nSuperbrukerne.\n',
    },
    {
      name: 'trust7 en: the NHS word for staff training, "Education and support for staff"',
      text: '# E-obs\n\n## Education and support for staff\n\nEvery nurse has a 45-minute session with the practice educator.\n',
    },
    {
      name: 'trust7 en: "Staff education" as a heading',
      text: '# Sepsis screening\n\n## Staff education\n\nA short module for all ward staff.\n',
    },
    { name: 'trust6: a web page\'s question about what staff must learn (bokmål)', text: '# Vannmålere\n\n## Hva må de ansatte lære?\n\nDriftsoperatørene får en kursdag.\n' },
    { name: 'trust6: the same question in nynorsk', text: '# Skanning\n\n## Kva må dei tilsette lære?\n\nEi økt på 1 time.\n' },
    { name: 'trust6: the same question in English', text: '# Bins\n\n## What staff need to learn\n\nA briefing for the crews.\n' },
    {
      name: 'trust9 nn: the question names the role itself: "Kva må lærarane lære?"',
      text: '# Sommarskule\n\n## Kva må lærarane lære?\n\nDei fire lærarane får ein kursdag i juni 2027.\n',
    },
    { name: 'trust9 nb: "Hva må sykepleierne lære?"', text: '# Sårkamera\n\n## Hva må sykepleierne lære?\n\nEn kursdag.\n' },
    {
      name: 'trust10 en: a form\'s "How will staff and volunteers be trained?" is the training plan, whoever is trained',
      text: '# Visits\n\n**3.5 How will staff and volunteers be trained?**\n\nA six-day course.\n\n## How are the advisers trained\n\nA course.\n',
    },
    {
      name: 'trust10 en: Word\'s indented outline: "    5.3 Training" kept in the last bullet above it, and "    5.1" kept in "5. Management case", are headings',
      text: 'Council\n\n' + '5. Management case\n\n    5.1 Governance\n\nThe Head of Transport owns the pilot.\n\n    5.2 Stakeholders\n\n- Routing officers: weekly meeting.\n\n' + '    5.3 Training\n\nThe supplier trains the six routing officers.\n',
    },
    { name: 'trust9 en: "What do the porters need to learn?"', text: '# Beds\n\n## What do the porters need to learn?\n\nA briefing.\n' },
    {
      name: 'English training heading',
      text: '# Pilot\n\n## Training and support\n\nSuper-users train all staff in two-hour sessions.\n',
    },
    {
      name: 'numbered bokmål heading with a stem suffix',
      text: '# Pilot\n\n## 6.1 Opplæringsplan\n\nSuperbrukere lærer opp alle ansatte.\n',
    },
    {
      name: 'competence building as a nested subsection',
      text: '# Pilot\n\n## Gjennomføring\n\nTekst.\n\n### Kompetanseheving og brukerstøtte\n\nTekst.\n',
    },
    {
      name: 'change management counts as the competence concern',
      text: '# Pilot\n\n## Change management\n\nText.\n',
    },
    {
      name: 'front-matter pointer to an annex',
      text: '---\ntitle: Pilot\ntraining_plan: annex-d.md\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## Getting people ready\n\nText.\n',
      headings: { training: ['Getting people ready'] },
    },
  ],
  invalid: [
    { name: 'trust21 en: "Speed of inspections" is about the work, not about getting people ready', text: '# Tablets\n\n## Speed of inspections\n\nRecords reach the registry the same day.\n', errors: [{ line: 1 }], output: '# Tablets\n\n## Speed of inspections\n\nRecords reach the registry the same day.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n' },
    { name: 'trust20 en: "How will the project be supported?" asks about money, not about preparing people', text: '# Bid\n\n**How will the project be supported after the grant?**\n\nThe council budget takes over.\n', errors: [{ line: 1 }], output: '# Bid\n\n**How will the project be supported after the grant?**\n\nThe council budget takes over.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n' },
    { name: 'trust18 en: money "For staff costs" is no section addressed to staff', text: "# Grave finder\n\n## Funding for staff costs\n\nThe fund pays 0.5 FTE.\n", errors: [{ line: 1 }], output: "# Grave finder\n\n## Funding for staff costs\n\nThe fund pays 0.5 FTE.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: 'trust14 en: a committee report\'s bold letterhead is not its title: the missing section sits on the "#" title', text: "**Carron Valley Council**\n\n**Housing Committee**\n\n# Gas Safety Texts\n\n## Background\n\nTenants get a text.\n", errors: [{ line: 5 }], output: "**Carron Valley Council**\n\n**Housing Committee**\n\n# Gas Safety Texts\n\n## Background\n\nTenants get a text.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: "trust11 en: preparing the site, not the people, is no training plan", text: "# Laptops\n\n## How will you prepare the library?\n\nThe council will fit new shelves and sockets.\n", errors: [{line: 1}], output: "# Laptops\n\n## How will you prepare the library?\n\nThe council will fit new shelves and sockets.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    {
      name: 'trust13 en: capability in a heading on the product ("System capabilities") is no training plan',
      text: '# Lighting\n\n## System capabilities\n\nThe CMS dims each lantern.\n',
      errors: [{ line: 1, message: 'No training plan' }],
      output: anyService('# Lighting\n\n## System capabilities\n\nThe CMS dims each lantern.\n\n' + T4_EN),
    },
    {
      name: 'trust11 nb: "Hvordan lærer vi av piloten?" is lessons, not training',
      text: '# Loggere\n\n## Hvordan lærer vi av piloten?\n\nVi skriver en sluttrapport.\n',
      errors: [{ line: 1, message: 'Mangler opplæringsplan' }],
      output: anyService('# Loggere\n\n## Hvordan lærer vi av piloten?\n\nVi skriver en sluttrapport.\n\n' + T4_NB_CRLF.replace(/\r\n/g, '\n')),
    },
    {
      name: 'trust10 en: an indented line without its outline number stays in the bullet above it: no training section',
      text: 'Council\n\n' + '5. Management case\n\n    5.1 Governance\n\nThe Head of Transport owns the pilot.\n\n    5.2 Stakeholders\n\n- Routing officers: weekly meeting.\n\n' + '    Training follows later\n\nThe supplier trains the six routing officers.\n',
      errors: [{ line: 1, message: 'No training plan' }],
      output: anyService('Council\n\n' + '5. Management case\n\n    5.1 Governance\n\nThe Head of Transport owns the pilot.\n\n    5.2 Stakeholders\n\n- Routing officers: weekly meeting.\n\n' + '    Training follows later\n\nThe supplier trains the six routing officers.\n\n' + T4_EN),
    },
    {
      name: 'trust9: what the organisation or "we" must learn is no training plan ("Hva må kommunen lære?", "What do we need to learn?")',
      text: '# Pilot\n\n## Hva må kommunen lære?\n\nTekst.\n\n## What do we need to learn?\n\nText.\n',
      errors: [{ line: 1 }],
      output: anyService('# Pilot\n\n## Hva må kommunen lære?\n\nTekst.\n\n## What do we need to learn?\n\nText.\n\n' + T4_EN),
    },
    {
      name: 'trust7 en: a school\'s "Education" section is the service, not staff training',
      text: '# Reading app\n\n## Education\n\nPupils in years 3 and 4 read with the app every day.\n',
      errors: [{ line: 1, message: 'No training plan' }],
      output: anyService('# Reading app\n\n## Education\n\nPupils in years 3 and 4 read with the app every day.\n\n' + T4_EN),
    },
    {
      name: 'English proposal: T4 goes after the resources section, before the risks',
      text: '# Chatbot pilot\n\n## Exit plan\n\nText.\n\n## Budget\n\nNOK 450,000.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 1, severity: 'warning', message: 'No training plan' }],
      output: anyService('# Chatbot pilot\n\n## Exit plan\n\nText.\n\n## Budget\n\nNOK 450,000.\n\n' + T4_EN + '\n## Risks\n\nSome.\n'),
    },
    {
      name: 'bokmål proposal gets a bokmål message and template, CRLF kept',
      text: '# Digitalt tilsyn\r\n\r\n## Bakgrunn og behov\r\n\r\nKommunen har behov for dette, og det er viktig for de ansatte.\r\n',
      errors: [{ line: 1, message: 'Mangler opplæringsplan' }],
      output: anyService('# Digitalt tilsyn\r\n\r\n## Bakgrunn og behov\r\n\r\nKommunen har behov for dette, og det er viktig for de ansatte.\r\n\r\n' + T4_NB_CRLF),
    },
    {
      name: '"Leadership support" is anchoring, not training',
      text: '# Pilot\n\n## Leadership support\n\nThe director has signed.',
      errors: [{ line: 1 }],
      output: anyService('# Pilot\n\n## Leadership support\n\nThe director has signed.\n\n' + T4_EN),
    },
  ],
};

testRule(rule, cases);
