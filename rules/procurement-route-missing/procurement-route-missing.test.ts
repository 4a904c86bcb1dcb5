// procurement-route-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T3_EN =
  '## Exit plan\n\n' +
  '- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n' +
  '- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
  '- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
  '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' +
  '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n' +
  '- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n';
const LINE_NB = '- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust21 en: a community interest company (CIC) bought from through a framework has its route', text: "# Youth work\n\nKitebox CIC supplies the app for the pilot.\n\n## After the pilot\n\nLicences will be called off under the regional digital framework.\n" },
    { name: 'trust21 en: licences bought through a cooperative contract another body let for public buyers is a route', text: "# Tablets\n\nFieldForm Inc. supplies the app free for the pilot.\n\n## After the pilot\n\n- **Buying route:** licenses through the state cooperative contract the County already uses.\n" },
    { name: 'trust20 en: a request for quotation in the exit plan is the route the follow-on is bought by', text: "# Glasses\n\nClearLine Captions Ltd rents us 30 pairs for the pilot.\n\n## After June\n\n- **Buying:** open request for quotation for caption glasses in summer 2027.\n" },
    { name: 'trust20 nb: an existing service contract (*den eksisterende serviceavtalen*) is the route the purchase goes by', text: '# Hentehyller\n\n## Etter prosjektperioden\n\nSkapnett AS leverer skapene. Skapene kjøpes på den eksisterende serviceavtalen med Skapnett AS.\n' },
    { name: 'trust18 en: an existing support contract is the route the module is bought by', text: "# Badges\n\nThe back-office system is supplied by LicencePoint Ltd, which provides a badge module free for the pilot. The module is bought as a variation to the existing support contract with LicencePoint.\n\n## After the pilot\n\nShould the pilot be successful, the module will then be purchased from LicencePoint.\n" },
    { name: 'resid17 nn: *kjøpast inn gjennom open anbodskonkurranse* is a route, as *anbud* is', text: "# Ferjekaier\n\n## Gjennomføring\n\nKaimåling AS monterer sensorar på tre kaier. Abonnementet på dataplattforma er gratis i prosjektperioden. Sensorar til fleire kaier skal kjøpast inn gjennom open anbodskonkurranse.\n" },
    { name: 'resid17 en: an open-source result beside a company paid to install the kit (no free pilot supply) is still the organisation\'s own', text: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Soilwise Technologies Inc. installs the probes under a fixed-price contract. The City owns all data.\n" },
    { name: 'resid17 nb: *Jordsond AS monterer sensorene til fast pris* beside open source the same', text: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS monterer sensorene til fast pris. Kommunen eier alle data.\n" },
    { name: 'trust16 en: a contractor that buys the material the pilot collects is its buyer, not a supplier of the pilot', text: '# Textiles\n\n## The proposal\n\nThe collection is run by our own crews. Textiles go to the council\'s textile bank contractor, and the recycling contractor pays for the sorted material.\n' },
    {
      name: "trust15 en: a \"competitive Request for Proposals\" is a procurement route",
      text: "# Cargo bikes\n\nPedalworks Fleet LLC leases six bikes to the City for the pilot.\n\n## After the pilot\n\nIf measures 1 to 3 are met, staff will recommend buying 20 bikes through a competitive Request for Proposals.\n",
    },
    {
      name: 'trust10 nn: a route left as a slot that names it is placeholder-text\'s alone (nn, en)',
      text:
        '# Robotar\n\n## Vidareføring\n\nKvar brukar får ein robot frå Dosebot AS. Robotane blir kjøpte gjennom [Fyll inn anskaffingsform].\n\n' +
        '## Exit\n\nDosebot Ltd supplies the robots.\n\n- Procurement route: TBC\n',
    },
    {
      name: 'trust10 en: a household\'s energy supplier delivers no pilot ("energy supplier schemes" fund, "your electricity supplier")',
      text: '# Visits\n\n## After the grant\n\nWe will apply to energy supplier schemes. Advisers check the electricity supplier\'s tariff.\n',
    },
    {
      name: 'issue 8 real documents: vendors named only in a research question deliver nothing',
      text: '# Registries\n\n## Research questions\n\nWhich registries exist? How do vendors use them in their tools?\n',
    },
    {
      name: 'issue 8 real documents: the work is bought under a signed agreement with the supplier (nb)',
      text: '# Nettsted\n\n## Leverandør\n\nArbeidet gjøres etter inngått avtale med ekstern leverandør (Webverk AS).\n',
    },
    {
      name: 'issue 8 real documents: the work is bought under the signed contract (en)',
      text: '# Website\n\n## Supplier\n\nWebworks Ltd delivers the redesign under the signed contract of March 2026.\n',
    },
    {
      name: 'issue 8: an option in the current contract exercised by variation; "no new tender" denies only its own clause',
      text:
        '# Permits\n\n## Commercial case\n\nThe module is supplied by Kerbline Systems Ltd. The current contract contains an option for additional modules, ' +
        'which will be exercised through a contract variation; no new tender is needed.\n',
    },
    {
      name: 'issue 8: a further competition under a framework',
      text: '# Reading\n\n## After the pilot\n\nLexio Ltd supplies the app. Bought through a further competition under the DfE\'s edtech framework.\n',
    },
    {
      name: 'front matter names the route',
      text: '---\ntitle: Pilot\nsupplier: { name: WardFlow Ltd, sme: true }\nprocurement_route: pcp\n---\n# Pilot\n\n## Solution\n\nWardFlow Ltd delivers tablets.\n',
    },
    {
      name: 'English: a new open tender in the exit plan',
      text: '# Pilot\n\n## Exit plan\n\nThe video platform from Nordic Video Health AS will be bought through a new open tender in spring 2028.\n',
    },
    {
      name: 'bokmål: option in the framework agreement, numbered heading',
      text: '# Pilot\n\n## 5. Videreføring\n\nLeverandøren leverer låsene. Låsene kjøpes på opsjonen i den eksisterende rammeavtalen.\n',
    },
    {
      name: 'no supplier: an in-house robot built by the IT department',
      text: '# RPA-pilot\n\n## Løsningen\n\nRoboten utvikles av kommunens egen RPA-gruppe i IKT. Piloten skal vise om den virker.\n',
    },
    {
      name: 'a configured route phrase',
      text: '# Pilot\n\n## Exit plan\n\nThe supplier is chosen through the regional purchasing scheme.\n',
      options: { routes: ['regional purchasing scheme'] },
    },
    {
      name: 'catalogue E: a role label "(Contractor, PO)" is not a supplier that delivers the pilot (English)',
      text: '# Dashboard\n\n## Team\n\n- Sam Reid (Contractor, PO) leads the backlog.\n- Ana Lima (Developer)\n\n## After the pilot\n\nThe service team runs the dashboard after the pilot.\n',
    },
    {
      name: 'catalogue E: an open-source result from a supplier is not bought, so no route is asked for (bokmål)',
      text:
        '# Åpne data\n\n## Løsning\n\nKodeverket AS utvikler dashbordet for kommunen. Koden publiseres med åpen kildekode (MIT-lisens), og kommunen drifter den selv etter piloten.\n',
    },
  ],
  invalid: [
    { name: 'trust21 en: a community interest company (CIC) is a supplier like a Ltd, so keeping its app needs a route', text: "# Youth work\n\nWe give each worker a phone with an app from Kitebox CIC, a small social enterprise.\n\n## After the pilot\n\nThe Youth Service Manager owns the app.\n", errors: [{ line: 5 }], output: "# Youth work\n\nWe give each worker a phone with an app from Kitebox CIC, a small social enterprise.\n\n## After the pilot\n\nThe Youth Service Manager owns the app.\n\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n" },
    { name: 'trust21 en: a supplier that is itself a cooperative names no route', text: "# Tablets\n\nFieldForm Ltd, a workers\' cooperative, supplies the app free for the pilot.\n\n## After the pilot\n\nThe division owns the service.\n", errors: [{ line: 5 }], output: "# Tablets\n\nFieldForm Ltd, a workers\' cooperative, supplies the app free for the pilot.\n\n## After the pilot\n\nThe division owns the service.\n\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n" },
    { name: 'trust20 en: quotes gathered for the pilot\'s own purchase buy only the pilot (on the exit plan)', text: "# Glasses\n\nClearLine Captions Ltd rents us 30 pairs, chosen after three written quotes.\n\n## After the pilot\n\nThe Venue Manager owns the service.\n", errors: [{ line: 5 }], output: "# Glasses\n\nClearLine Captions Ltd rents us 30 pairs, chosen after three written quotes.\n\n## After the pilot\n\nThe Venue Manager owns the service.\n\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n" },
    { name: 'trust20 nb: an existing data processing agreement (*den eksisterende databehandleravtalen*) buys nothing', text: '# Hentehyller\n\nSkapnett AS leverer skapene. Den eksisterende databehandleravtalen med leverandøren dekker hentekoden.\n\n## Etter prosjektperioden\n\nBiblioteket tar over skapene.\n', errors: [{ line: 5 }], output: '# Hentehyller\n\nSkapnett AS leverer skapene. Den eksisterende databehandleravtalen med leverandøren dekker hentekoden.\n\n## Etter prosjektperioden\n\nBiblioteket tar over skapene.\n\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n' },
    { name: 'trust18 en: an existing data processing agreement buys nothing, so the purchase still has no route (on the exit plan)', text: "# Badges\n\nThe back-office system is supplied by LicencePoint Ltd, which provides a badge module free for the pilot. The existing data processing agreement with LicencePoint covers the module.\n\n## After the pilot\n\nShould the pilot be successful, the module will then be purchased from LicencePoint.\n", errors: [{ line: 5 }], output: "# Badges\n\nThe back-office system is supplied by LicencePoint Ltd, which provides a badge module free for the pilot. The existing data processing agreement with LicencePoint covers the module.\n\n## After the pilot\n\nShould the pilot be successful, the module will then be purchased from LicencePoint.\n\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n" },
    { name: 'resid17 nn: *skal kjøpast inn seinare* beside a free subscription names no route', text: "# Ferjekaier\n\n## Gjennomføring\n\nKaimåling AS monterer sensorar på tre kaier. Abonnementet på dataplattforma er gratis i prosjektperioden. Sensorar til fleire kaier skal kjøpast inn seinare.\n", errors: [{ message: 'En leverandør leverer piloten' }], output: "# Ferjekaier\n\n## Gjennomføring\n\nKaimåling AS monterer sensorar på tre kaier. Abonnementet på dataplattforma er gratis i prosjektperioden. Sensorar til fleire kaier skal kjøpast inn seinare.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'resid17 en: kit "supplied by … Inc. at no charge for the season" is bought afterwards, whatever the pilot builds in the open', text: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Sensors are supplied by Soilwise Technologies Inc. at no charge for the season. The City owns all data.\n", errors: [{ message: 'A supplier delivers the pilot' }], output: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Sensors are supplied by Soilwise Technologies Inc. at no charge for the season. The City owns all data.\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n" },
    { name: 'resid17 nb: *Jordsond AS låner ut sensorene gratis i piloten* beside open source the same', text: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS låner ut sensorene gratis i piloten. Kommunen eier alle data.\n", errors: [{ message: 'En leverandør leverer piloten' }], output: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS låner ut sensorene gratis i piloten. Kommunen eier alle data.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    {
      name: "trust15 en: buying from the pilot's supplier with no route is still missing one",
      text: "# Cargo bikes\n\nPedalworks Fleet LLC leases six bikes to the City for the pilot.\n\n## After the pilot\n\nIf measures 1 to 3 are met, staff will recommend buying 20 bikes from Pedalworks.\n",
      errors: [{ line: 5 }],
      output: "# Cargo bikes\n\nPedalworks Fleet LLC leases six bikes to the City for the pilot.\n\n## After the pilot\n\nIf measures 1 to 3 are met, staff will recommend buying 20 bikes from Pedalworks.\n\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n",
    },
    {
      name: 'trust10 nn: a slot that names something else (a date) is no route',
      text: '# Robotar\n\n## Vidareføring\n\nKvar brukar får ein robot frå Dosebot AS. Avgjerd: [Fyll inn dato].\n',
      errors: [{ line: 3, message: 'En leverandør leverer piloten' }],
      output: '# Robotar\n\n## Vidareføring\n\nKvar brukar får ein robot frå Dosebot AS. Avgjerd: [Fyll inn dato].\n\n' + LINE_NB + '\n',
    },
    {
      name: 'trust10 en: a supplier who delivers the pilot still counts beside the energy words',
      text: '# Visits\n\n## Plan\n\nThe supplier installs smart meters for the energy advice service.\n',
      errors: [{ line: 1, message: 'A supplier delivers the pilot, but no procurement route' }],
      output: '# Visits\n\n## Plan\n\nThe supplier installs smart meters for the energy advice service.\n\n' + T3_EN,
    },
    {
      name: 'trust8 en: a contracted "we\'ll buy licences" is a planned purchase, reported on its sentence',
      text: '# Kiosks\n\n## Transition to operations\n\nIf the trial works we\'ll buy licences for every branch from KioskCo Ltd.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 5, severity: 'error', message: 'plans to buy the solution without a procurement route' }],
      output:
        '# Kiosks\n\n## Transition to operations\n\nIf the trial works we\'ll buy licences for every branch from KioskCo Ltd.\n\n' +
        '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n\n## Risks\n\nSome.\n',
    },
    {
      name: 'issue 8: a signed data processing agreement is not the route the pilot is bought by',
      text: '# Map\n\n## Agreement\n\nGeoworks Ltd supplies the map service. The council has signed a data processing agreement with Geoworks Ltd.\n',
      errors: [{ line: 1, message: 'A supplier delivers the pilot, but no procurement route' }],
      output: '# Map\n\n## Agreement\n\nGeoworks Ltd supplies the map service. The council has signed a data processing agreement with Geoworks Ltd.\n\n' + T3_EN,
    },
    {
      name: 'issue 8: a supplier stated beside a question still counts, and a contract still to be signed is no route',
      text: '# Sensors\n\n## Plan\n\nHow do vendors use the data? Sensio Ltd supplies the sensors, and the contract will be signed later.\n',
      errors: [{ line: 1, message: 'A supplier delivers the pilot, but no procurement route' }],
      output: '# Sensors\n\n## Plan\n\nHow do vendors use the data? Sensio Ltd supplies the sensors, and the contract will be signed later.\n\n' + T3_EN,
    },
    {
      name: 'a company that gives the licences free for the pilot supplies it, named without Ltd or "supplier"',
      text: '# Talk Together\n\n## What we will try\n\n- 12 tablets with the LinguaBridge app\n- LinguaBridge gives us the licences free for the pilot\n',
      errors: [{ line: 1, message: 'A supplier delivers the pilot, but no procurement route' }],
      output: '# Talk Together\n\n## What we will try\n\n- 12 tablets with the LinguaBridge app\n- LinguaBridge gives us the licences free for the pilot\n\n' + T3_EN,
    },
    {
      name: 'English SME with free licences; "procurement" naming a department is not a route; route words in code do not count',
      text:
        '---\ntitle: Chatbot\nsupplier: { name: Talkwise Ltd, sme: true }\n---\n# Chatbot\n\n## Stakeholders\n\n' +
        '| Who | Level |\n|---|---|\n| IT, procurement | support |\n\nTalkwise Ltd gives free licences during the pilot.\n\n' +
        '```\nroute: new tender\n```\n',
      errors: [{ line: 5, severity: 'warning', message: 'A supplier delivers the pilot, but no procurement route' }],
      output:
        '---\ntitle: Chatbot\nsupplier: { name: Talkwise Ltd, sme: true }\n---\n# Chatbot\n\n## Stakeholders\n\n' +
        '| Who | Level |\n|---|---|\n| IT, procurement | support |\n\nTalkwise Ltd gives free licences during the pilot.\n\n' +
        '```\nroute: new tender\n```\n\n' +
        T3_EN,
    },
    {
      name: 'bokmål with CRLF: "vil kommunen kjøpe løsningen" without a route is an error on that sentence',
      text:
        '# Nattilsyn\r\n\r\n## 4. Videreføring\r\n\r\n- Nattvakt Teknologi AS leverer kameraene.\r\n' +
        '- Etter piloten vil kommunen kjøpe løsningen fra leverandøren.\r\n',
      errors: [{ line: 6, severity: 'error', message: '«Etter piloten vil kommunen kjøpe løsningen fra leverandøren.» planlegger å kjøpe' }],
      output:
        '# Nattilsyn\r\n\r\n## 4. Videreføring\r\n\r\n- Nattvakt Teknologi AS leverer kameraene.\r\n' +
        '- Etter piloten vil kommunen kjøpe løsningen fra leverandøren.\r\n' +
        LINE_NB +
        '\r\n',
    },
    {
      name: 'trust6 nn: "vil kommunen kjøpe løysinga" plans a purchase in nynorsk, and the finding sits on that sentence',
      text: '# Plan\n\n## Vegen vidare\n\nAppen kjem frå Nordlys Digital AS.\n\nEtter piloten vil kommunen kjøpe løysinga dersom ho fungerer.\n',
      errors: [{ line: 7, severity: 'error', message: 'planlegger å kjøpe' }],
      output: '# Plan\n\n## Vegen vidare\n\nAppen kjem frå Nordlys Digital AS.\n\nEtter piloten vil kommunen kjøpe løysinga dersom ho fungerer.\n\n' + LINE_NB + '\n',
    },
    {
      name: 'bokmål SME with procurement_route: none, on the front-matter line; a denied tender does not count',
      text:
        '---\ntitle: Fallsensorer\nsupplier:\n  name: Trygg Sensor AS\n  sme: true\nprocurement_route: none\n---\n# Fallsensorer\n\n' +
        '## Videreføring\n\nDet er ikke planlagt noen konkurranse etter piloten.\n',
      errors: [{ line: 6, severity: 'warning', message: '`procurement_route: none`' }],
      output:
        '---\ntitle: Fallsensorer\nsupplier:\n  name: Trygg Sensor AS\n  sme: true\nprocurement_route: none\n---\n# Fallsensorer\n\n' +
        '## Videreføring\n\nDet er ikke planlagt noen konkurranse etter piloten.\n\n' +
        '- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n',
    },
    {
      name: 'English "will purchase the solution" after the pilot with an exit plan: error, line added to the exit plan',
      text:
        '# Triage\n\n## Transition to operations\n\nAfter the pilot the hospital will purchase the solution from DermaSight AS.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 5, severity: 'error', message: 'plans to buy the solution without a procurement route' }],
      output:
        '# Triage\n\n## Transition to operations\n\nAfter the pilot the hospital will purchase the solution from DermaSight AS.\n\n' +
        '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n\n## Risks\n\nSome.\n',
    },
    {
      name: 'a configured exit-plan heading carries the finding and the route line',
      text: '# Pilot\n\n## Life after launch\n\nCareBot Ltd keeps the service running.\n',
      headings: { exit_plan: ['Life after launch'] },
      errors: [{ line: 3, message: 'no procurement route' }],
      output:
        '# Pilot\n\n## Life after launch\n\nCareBot Ltd keeps the service running.\n\n' +
        '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n',
    },
  ],
};

testRule(rule, cases);
