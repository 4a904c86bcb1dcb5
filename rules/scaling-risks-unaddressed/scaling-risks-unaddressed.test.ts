// scaling-risks-unaddressed: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T8_EN =
  '| Risk | L/I | Mitigation | Owner |\n' +
  '|---|---|---|---|\n' +
  '| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n' +
  '| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n' +
  '| SME capacity or continuity | {{…}} | {{…}} | {{…}} |';
const T8_NB =
  '| Risiko | S/K | Tiltak | Ansvarlig |\n' +
  '|---|---|---|---|\n' +
  '| Ingen finansiering etter piloten | {{…}} | {{…}} | {{…}} |\n' +
  '| Pådriveren slutter / turnover | {{…}} | {{…}} | {{…}} |\n' +
  '| Leverandørens kapasitet eller konkurs | {{…}} | {{…}} | {{…}} |';

const cases: RuleCases = {
  valid: [
    { name: 'trust24 en: a free portal that "becomes chargeable after the pilot at a price we cannot afford" is funding after the pilot', text: '# Signs\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Portal becomes chargeable after the pilot at a price we cannot afford | Agree price before roll-out |\n| Theft of devices | Security bolts |\n' },
    { name: 'trust22 en: a supplier that "could fold", its code in escrow, is the supplier\'s continuity', text: '# Beacons\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| WayTone is a 9-person company and could fold | App source code held in escrow |\n| Beacons stolen | 10% spares |\n' },
    { name: 'trust22 en: alerts that "do not reach the repairs system", and an interface to build, are integration', text: '# Lifts\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Alerts do not reach the repairs system automatically | ICT to build an email-to-job interface |\n| Weak mobile signal | External antennas |\n' },
    { name: 'trust18 en: "Fee income cannot cover roll-out costs" and "the supplier raises the price after the pilot" are the funding risk', text: "# Badges\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Too few drivers volunteer | Promotion through operators |\n| Fee income cannot cover roll-out costs | Fee review 2028/29 |\n" },
    { name: 'trust18 en: a price raised after the pilot alone is that risk too', text: "# Badges\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Too few drivers volunteer | Promotion through operators |\n| The supplier raises the price after the pilot | Price fixed in writing |\n" },
    { name: 'trust16 en: "if the Navigator leaves" is still the staffing risk', text: "# Laptops\n\n## Risks\n\n- The post depends on one person; if the Navigator leaves, the Head of Adult Services covers drop-ins.\n- Devices lost: spare kits.\n" },
    {
      name: "trust15 en: a risk that names the supplier by its company name (\"Pedalworks closes or cannot repair bikes\") is the supplier-continuity risk",
      text: "# Cargo bikes\n\nThe City leases six bikes from Pedalworks Fleet LLC.\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Theft | Locked yard |\n| Pedalworks closes or cannot repair bikes | Any certified shop may repair them |\n",
    },
    {
      name: 'trust10 nb: a supplier that "kan ikke levere service" is the supplier-capacity risk (nb, nn)',
      text:
        '# Roboter\n\n## Risiko\n\n| Risiko | Tiltak |\n|---|---|\n| Leverandøren kan ikke levere service eller erstatningsroboter | Rammeavtale |\n\n' +
        '## Risiko i drift\n\n- Leverandøren kan ikkje levere nye sensorar → lager hos oss\n',
    },
    {
      name: 'trust5: losing the champion, vacancy rates in the team and unfilled posts are staffing risks',
      text:
        '# Meals\n\n## Risks\n\n- Loss of our only clinical champion before roll-out.\n\n## Risks in operation\n\n' +
        '| Risk | Mitigation |\n|---|---|\n| High vacancy rates in the team | Agency cover |\n| Unfilled posts in the evening service | Rota review |\n',
    },
    {
      name: 'issue 8 real documents: two language reviewers still to be found is a recruitment risk (nb)',
      text: '# Søknad\n\n## Risikovurdering\n\n1. Det gjenstår å finne to ressurser som kan sørsamisk, og det kan ta tid.\n',
    },
    {
      name: 'issue 8 real documents: a source site that may change its page structure is an integration risk (nb)',
      text: '# Søknad\n\n## Risikovurdering\n\n1. Nettstedet kan endre oppbyggingen av sidene vi henter tekst fra.\n',
    },
    {
      name: 'issue 8 real documents: finding reviewers, and a source that may change its format (en)',
      text: '# Grant\n\n## Risks\n\n- We still have to find two reviewers who read the language.\n- The broadcaster may change the structure of the pages we harvest.\n',
    },
    {
      name: 'issue 8 real documents: risks written as sibling headings after the risk heading are read as its risks (nb)',
      text:
        '# Mandat\n\n# Risiko og usikkerhet\n\nVurderingen bygger på gjennomføringsmodellen.\n\n' +
        '# Kompetanseoverføring fra leverandøren\n\nDet er risiko for at kommunen blir avhengig av leverandøren etter prosjektet.\n\nTiltak:\n\n- Krav til dokumentasjon\n',
    },
    {
      name: 'issue 8 real documents: "There is a risk" under a sibling heading (en)',
      text:
        '# Mandate\n\n## Risks\n\nThe assessment follows the delivery model.\n\n' +
        '## Handover from the supplier\n\nThere is a risk that we depend on the supplier after the project.\n',
    },
    {
      name: 'English table row on funding after the pilot',
      text: '# Pilot\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| No funding after the pilot | Cost in the 2028 budget proposal |\n',
    },
    {
      name: 'bokmål: a small supplier that may not deliver to the whole municipality, numbered heading',
      text: '# Pilot\n\n## 9. Risiko\n\n- Leverandøren er et lite selskap som kan få problemer med å levere til hele kommunen.\n',
    },
    {
      name: 'integration with the patient record under "Uncertainties"',
      text: '# Pilot\n\n## Uncertainties\n\n| Risk | Mitigation |\n|---|---|\n| Integration with the EPR is delayed | Manual summary as fallback |\n',
    },
    {
      name: 'nynorsk: the champion leaves',
      text: '# E-lås\n\n## Risiko\n\nTeamleiaren som driv piloten sluttar, og ingen tek over.\n',
    },
    {
      name: 'a configured scaling-risk word',
      text: '# Pilot\n\n## Risks\n\nThe regional grant scheme is discontinued.\n',
      options: { words: ['grant scheme is discontinued'] },
    },
    { name: 'bokmål: the project money runs out', text: '# Pilot\n\n## Risiko\n\n| Risiko | Tiltak |\n|---|---|\n| Prosjektmidlene tar slutt | Driften meldes inn til budsjettet |\n' },
    { name: 'nynorsk: running money not prioritised in the budget', text: '# Pilot\n\n## Risiko\n\n- Driftsmidlane blir ikkje prioritert i budsjettet.\n' },
    { name: 'bokmål: the solution cannot be integrated with the fagsystem (a verb, not only *integrasjon*)', text: '# Pilot\n\n## Risiko\n\nLøsningen lar seg ikke integrere med fagsystemet.\n' },
  ],
  invalid: [
    { name: 'trust24 en: charges that rise for the public are no price the pilot cannot afford', text: '# Signs\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Parking charges rise in the town centre | Publish the tariff |\n| Theft of devices | Security bolts |\n', errors: [{ line: 3 }], output: '# Signs\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Parking charges rise in the town centre | Publish the tariff |\n| Theft of devices | Security bolts |\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n' },
    { name: 'trust22 en: a confusing user interface and letters that do not reach residents are no integration risk', text: '# Beacons\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Residents find the user interface confusing | Large-print guide |\n| Letters do not reach older residents in time | Send a week earlier |\n', errors: [{ line: 3 }], output: '# Beacons\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Residents find the user interface confusing | Large-print guide |\n| Letters do not reach older residents in time | Send a week earlier |\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n' },
    { name: 'trust18 en: income that rises is no funding risk', text: "# Badges\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Too few drivers volunteer | Promotion through operators |\n| Income from fares rises | Report it monthly |\n", errors: [{ line: 3 }], output: "# Badges\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Too few drivers volunteer | Promotion through operators |\n| Income from fares rises | Report it monthly |\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n" },
    {
      name: 'trust16 en: crews who "leave a tag" on a bag are not leaving: no staffing risk',
      text: "# Textiles\n\n## 7. Risks\n\n| Risk | Mitigation |\n|---|---|\n| Bags wet and unusable | Crews leave a tag on unsuitable bags |\n| Low participation | Door-knocking in the first month |\n",
      errors: [{ line: 3 }],
      output: "# Textiles\n\n## 7. Risks\n\n| Risk | Mitigation |\n|---|---|\n| Bags wet and unusable | Crews leave a tag on unsuitable bags |\n| Low participation | Door-knocking in the first month |\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n",
    },
    {
      name: "trust15 en: a name the document never gives as a company is not read as the supplier",
      text: "# Cargo bikes\n\nThe City leases six bikes from a local firm.\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Theft | Locked yard |\n| Pedalworks closes or cannot repair bikes | Any certified shop may repair them |\n",
      errors: [{ line: 5 }],
      output: "# Cargo bikes\n\nThe City leases six bikes from a local firm.\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Theft | Locked yard |\n| Pedalworks closes or cannot repair bikes | Any certified shop may repair them |\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n",
    },
    {
      name: 'trust10 nb: a user who "kan ikke" use it is no supplier risk',
      text: '# Roboter\n\n## Risiko\n\n- Brukeren kan ikke bruke roboten\n',
      errors: [{ line: 3 }],
      output: '# Roboter\n\n## Risiko\n\n- Brukeren kan ikke bruke roboten\n\n' + T8_NB + '\n',
    },
    {
      name: 'trust5: a champion named as the mitigation and a job board\'s vacancies are no staffing risk',
      text: '# Wounds\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Some nurses reluctant to use the app | Wound champions to encourage use |\n| Employers do not post vacancies | Breakfast events |' + '\n',
      errors: [{ line: 3 }],
      output:
        '# Wounds\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Some nurses reluctant to use the app | Wound champions to encourage use |\n| Employers do not post vacancies | Breakfast events |' +
        '\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n' +
        '| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n' +
        '| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n',
    },
    {
      name: 'issue 8: "find out how people use it" is no recruitment risk',
      text: '# Site\n\n## Risks\n\nWe may find out how people use the site too late.\n',
      errors: [{ line: 3 }],
      output:
        '# Site\n\n## Risks\n\nWe may find out how people use the site too late.\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n' +
        '| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n' +
        '| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n',
    },
    {
      name: 'issue 8: a sibling heading that states no risk is not read as one',
      text: '# Mandate\n\n## Risks\n\nThe assessment follows the delivery model.\n\n## Handover\n\nWe will depend on the supplier after the project.\n',
      errors: [{ line: 3 }],
      output:
        '# Mandate\n\n## Risks\n\nThe assessment follows the delivery model.\n\n| Risk | L/I | Mitigation | Owner |\n|---|---|---|---|\n' +
        '| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n' +
        '| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n\n## Handover\n\nWe will depend on the supplier after the project.\n',
    },
    {
      name: 'English: technical problems and sceptical staff; the T8 table is appended after the paragraph',
      text:
        '# Chatbot\n\n## Risks\n\nThere is a risk of technical problems, and some staff may be sceptical. We keep a good dialogue with the supplier.\n\n' +
        '## Timeline\n\nMarch.\n',
      errors: [{ line: 3, severity: 'info', message: 'The "Risks" section covers none of the risks' }],
      output:
        '# Chatbot\n\n## Risks\n\nThere is a risk of technical problems, and some staff may be sceptical. We keep a good dialogue with the supplier.\n\n' +
        T8_EN +
        '\n\n## Timeline\n\nMarch.\n',
    },
    {
      name: 'bokmål with CRLF: tablets and network only; the T8 table follows the existing table after a blank line',
      text:
        '# Språkkartlegging\r\n\r\n## Risiko\r\n\r\n| Risiko | Tiltak |\r\n|---|---|\r\n| Nettbrett mangler | IKT kjøper inn fire nettbrett |\r\n' +
        '| Nettverket er ustabilt | IT-avdelingen ser på nettverket |\r\n',
      errors: [{ line: 3, message: 'Delen «Risiko» dekker ingen av risikoene' }],
      output:
        '# Språkkartlegging\r\n\r\n## Risiko\r\n\r\n| Risiko | Tiltak |\r\n|---|---|\r\n| Nettbrett mangler | IKT kjøper inn fire nettbrett |\r\n' +
        '| Nettverket er ustabilt | IT-avdelingen ser på nettverket |\r\n\r\n' +
        T8_NB.replace(/\n/g, '\r\n') +
        '\r\n',
    },
    {
      name: 'an empty risk section, with a scaling risk only in a code block, gets the table under its heading',
      text: '# Pilot 3\n\n## Risiko\n\n```\nIngen finansiering etter piloten\n```\n\n## Videre arbeid\n\nEtter piloten vil kommunen vurdere om tilsynet skal innføres i hele tjenesten.\n',
      errors: [{ line: 3 }],
      output:
        '# Pilot 3\n\n## Risiko\n\n```\nIngen finansiering etter piloten\n```\n\n' + T8_NB + '\n\n## Videre arbeid\n\nEtter piloten vil kommunen vurdere om tilsynet skal innføres i hele tjenesten.\n',
    },
  ],
};

testRule(rule, cases);
