// post-pilot-terms-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const TERMS_EN = '- After-pilot licence and price: {{…}} · Data and IP: {{…}}';
const TERMS_NB = '- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust24 en: a price already agreed is stated ("We agreed the price: £4.20 per sensor per month after the pilot")', text: '# Signs\n\n## Terms\n\nKerbline Ltd provides the portal. We agreed the price with Kerbline: £4.20 per sensor per month after the pilot. The council owns all speed data.\n' },
    { name: 'trust22 en: where the council keeps the IP and no company is named, there is no supplier to ask a price of', text: "# Inspections\n\n## After the pilot\n\nThe council can export all recordings at any time. The Council keeps the IP in the booking form it built.\n" },
    { name: 'trust21 en: a subscription after the pilot with its price stays a price beside a funding risk elsewhere', text: "# Permits\n\n## After the pilot\n\nPermitFlow Inc. provides the licences free under a pilot agreement. The subscription after the pilot costs $9,000 a year. The City owns all application data and can export it as CSV. No funding for the ramp-up is a risk.\n" },
    { name: 'trust20 en: a unit price in the exit plan and files that belong to a named venue', text: "# Glasses\n\nClearLine Captions Ltd rents us 30 pairs for the pilot.\n\n## After June\n\n- **Buying:** ClearLine's current purchase price is £260 a pair.\n- **Our files:** caption files written for our productions belong to the Arts Centre.\n" },
    { name: "trust20 en: camera footage kept on the council's own system is the data term", text: "# Cameras\n\nFour cameras are leased from WatchPoint Systems Ltd at £650 per camera per month, and the lease can be extended at the same monthly rate after the trial.\n\nFootage and evidence packs are held on the council's own evidence system.\n" },
    { name: 'lever19 en: the liberal data backstop reads "route plans produced in the pilot belong to the district"', text: '# Routing\n\n## After the pilot\n\nRouteCo Ltd licenses the planner at $4 per rider per year after the pilot. Route plans produced in the pilot belong to the district.\n' },
    { name: 'trust20 nb: the liberal data backstop reads lists the service makes (*Kandidatlistene og merkingen eies av kommunen*)', text: '# Flyfoto\n\n## Veien videre\n\nKartinnsikt AS leverer tjenesten. Lisensen koster 180 000 kroner per år etter piloten. Kandidatlistene og saksbehandlernes merking eies av kommunen.\n' },
    { name: 'lever19 nb: the liberal data backstop reads *dokumentene lagres i kommunens eget arkiv* and *regelsett … eies av kommunen*', text: '# Arkivering\n\n## Etter piloten\n\nArkivmodul AS leverer modulen. Lisensen koster 60 000 kroner per år etter piloten. Alle dokumenter lagres i kommunens eget arkiv, og regelsett som utvikles i piloten eies av kommunen.\n' },
    { name: 'trust18 en: with no licence left open, materials under Creative Commons are still an own result that needs no price (an app given free for the pilot would be bought afterwards: resid17)', text: "# Numeracy\n\n## Continuation\n\nThe supplier, NumberPath Ltd, hosts the app. Learner data remains the Council's. Course materials written by our tutors are shared under a Creative Commons licence.\n" },
    { name: 'trust18 en: a yearly running cost from the supplier\'s quotation is its price after the pilot', text: "# Permits\n\n## After the pilot\n\nKerbside Digital Ltd provides the licence free of charge for the pilot. The running cost for all four campuses is £14,200 a year (Kerbside quotation, October 2026). Permit data remains the University's and can be exported as CSV.\n" },
    { name: 'resid17 en: a lease "after the pilot" at €2,100 per month is the price after it', text: "# Cameras\n\n## The proposal\n\nCameras are leased from VisionRoad Ltd. After the pilot the camera lease is €2,100 per month. All images remain the property of the Council.\n" },
    { name: 'resid17 nb: *Etter piloten er kameraleien 2 100 kroner per måned* the same', text: "# Kamera\n\n## Forslaget\n\nKameraene leies fra Synsvei AS. Etter piloten er kameraleien 2 100 kroner per måned. Kommunen eier alle data.\n" },
    { name: 'resid17 nn: something else free in the project period (*Opplæringa er gratis …*) leaves an open-source result its own', text: "# Ferjekaier\n\n## Gjennomføring\n\nAnalysemodellane blir publiserte som open kjeldekode. Kaimåling AS monterer sensorar på tre kaier. Opplæringa er gratis i prosjektperioden. Fylkeskommunen eig alle måledata.\n" },
    { name: 'resid17 en: an open-source result beside a company paid to install the kit (no free pilot supply) is still the organisation\'s own', text: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Soilwise Technologies Inc. installs the probes under a fixed-price contract. The City owns all data.\n" },
    { name: 'resid17 nb: *Jordsond AS monterer sensorene til fast pris* beside open source the same', text: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS monterer sensorene til fast pris. Kommunen eier alle data.\n" },
    { name: 'resid17 nb: data that stay in the organisation\'s own environment (*blir liggende i kommunens egen driftsmiljø*) are kept', text: '# Bankavstemming\n\n## Etter piloten\n\nRobotlisensen fra Regnestue AS koster 90 000 kroner per år etter piloten. Bankdata og logger blir liggende i kommunens egen driftsmiljø.\n' },
    { name: 'resid17 nn: *dataa ligg på kommunen sine eigne servarar* the same', text: '# Bankavstemming\n\n## Etter piloten\n\nRobotlisensen frå Regnestue AS kostar 90 000 kroner per år etter piloten. Dataa ligg på kommunen sine eigne servarar.\n' },
    { name: 'resid17 en: data that "stay in the council\'s own environment" are kept too', text: '# Reconciliation\n\n## After the pilot\n\nLedgerBot Ltd licenses the robot at £9,000 per year after the pilot. Bank data and logs stay in the council\'s own environment.\n' },
    { name: 'trust17 en: a unit price whose slot holds its currency sign ("Ongoing cost: £xx per bed per month") is stated, its slot placeholder-text\'s', text: "# Night audio\n\n## Solution\n\nListenCo Ltd installs the sensors. Pilot licences are free of charge.\n\n## After the pilot\n\n- Ongoing cost: £xx per bed per month\n- The council owns all alert data and the intellectual property in the configuration.\n" },
    { name: "trust16 nn: a compound licence with its amount (*Programvarelisensen … kostar 18 000 kr i året*) is the price", text: "# Meirope\n\n## Leverandør\n\nLeverandør: Dørvakt AS. Programvarelisensen kostar 18 000 kr i året etter prosjektperioden. Kommunen eig alle data og kan eksportere dei.\n" },
    { name: 'trust16 en: data that "remains the council\'s" or "stays the district\'s property" is owned', text: '# Rotas\n\n## After the pilot\n\nCareRoute Ltd licenses the app at £4 per user per month after the pilot. Care data remains the council\'s.\n\n## Routes\n\nRouteWise Inc. quotes $4.10 per rider per year. Student address data stays the district\'s property.\n' },
    { name: 'trust16 en: a contractor that takes what the crews collect ("go to the … contractor, which already pays for … material") supplies no pilot', text: '# Textiles\n\n## The proposal\n\nThe collection is run by our own crews. Bags go to the council\'s existing textile contractor, which already pays for bring-site material.\n' },
    { name: 'trust14 en: hardware bought outright with no ongoing licence has no price after the pilot; it reports to the Council-owned BMS', text: '# Heating\n\n## Approach\n\nThe controls are bought through the framework from HeatWise Ltd, which installs them; the hardware is bought outright and reports to the Council-owned BMS, so there is no ongoing licence.\n' },
    { name: 'trust14 nb: *kjøpes* with *ingen løpende lisens*, and the sensors report to the municipality-owned system', text: '# Varme\n\n## Gjennomføring\n\nStyringene kjøpes fra Varmestyring AS, som monterer dem. Sensorene rapporterer til det kommuneeide driftssystemet, og det er ingen løpende lisens.\n', language: 'nb' },
    { name: "trust14 nn: *alle data kan eksporterast i ope format* (the passive) states portability", text: "# P\n\n## Vidareføring\n\nMøteportalen er levert av Saksflyt AS. Lisensen etter prøveperioden kostar 42 000 kr i året. Alle data kan eksporterast i ope format.\n" },
    { name: "trust14 nn: *Det er ingen leverandør av sjølve løysinga* names no supplier, so no terms are asked for", text: "# P\n\n## Kva vi gjer\n\nVi brukar open kjeldekode-programvare. Det er ingen leverandør av sjølve løysinga.\n" },
    { name: 'trust12 nn: a price per month in the pilot agreement (*same pris som i dag, … minst 1 500 kr i månaden*) is the price after the pilot', text: '# Hamn\n\n## Vegen vidare\n\nBryggepay AS har i pilotavtalen lova same pris som i dag, 1,8 % av omsetnaden og minst 1 500 kr i månaden, dersom dei vinn. Hamna eig alle data.\n' },
    { name: 'trust12 nb: what an in-house build makes is owned like data (*Modellen og koden eies av kommunen*)', text: '# Takst\n\n## Alternativer\n\nTakstdata AS leverer en kjøpt modell. Vi anbefaler en egenutviklet modell med åpen kildekode. Modellen og koden eies av kommunen.\n\n## Veien videre\n\nEiendomsskattekontoret forvalter modellen.\n' },
    { name: 'trust12 en: "the council owns the source code" of an in-house build', text: '# Valuation\n\n## Options\n\nValueData Ltd sells a model. We recommend a model developed in-house as open source; the council owns the source code.\n\n## Next steps\n\nThe tax office maintains it.\n' },
    { name: "trust11 en: a price whose amount is a slot (\"After the trial: £[TBC] per vehicle per month\") is stated, its slot placeholder-text's", text: "# Potholes\n\n## Supplier\n\n- RoadSight Ltd supplies the cameras\n- After the trial: £[TBC] per vehicle per month\n\n## After the trial\n\nThe council owns all images and defect data.\n" },
    { name: "trust11 nb: the same in bokmål, *Etter piloten: xx kr per bil per måned*", text: "# Hull i vegen\n\n## Leverandør\n\n- VegSyn AS leverer kameraene\n- Etter piloten: xx kr per bil per måned\n\n## Etter piloten\n\nKommunen eier alle data.\n" },
    {
      name: 'trust11 nb: data by its kind is data (*Måledataene eies av kommunen*), and recordings may belong to their keeper (nn, en)',
      text:
        '# Loggere\n\n## Etter piloten\n\nLoggerne leies av Lydlogg AS. Leien etter piloten er 95 kr per logger per måned. Måledataene eies av kommunen.\n\n' +
        '## Drone\n\nLisensen kostar 18 000 kr i året etter piloten. Opptak og flygeloggar tilhøyrer IKS-et.\n',
    },
    {
      name: 'trust11 en: recordings that belong to the fire service are owned',
      text: '# Drones\n\n## After the pilot\n\nDroneCo supplies the drones. The licence after the pilot is £900 a year. The recordings and flight logs belong to the fire service.\n',
    },
    {
      name: 'trust10 nb: maps a leased device makes, owned by the kommune across a relative clause ("Kartene robotene lager over lokalene, eies av kommunen"; en too)',
      text:
        '# Roboter\n\n## Etter piloten\n\nRobotene leies av Renrobot Norge AS. Leien etter piloten er 1 900 kr per robot per måned. ' +
        'Kartene robotene lager over lokalene, eies av kommunen og slettes når leieavtalen avsluttes.\n\n' +
        '## After the pilot\n\nMopCo Ltd leases the robots at £40 per robot per month after the pilot. The maps the robots make of the building are owned by the council.\n',
    },
    {
      name: 'trust9 nn: a unit price "0,45 kr per melding" is the recurring price, as "per message" is in English',
      text: '# SMS\n\n## Vidareføring\n\nVarsla AS leverer SMS-tenesta på rammeavtalen. Prisen er 0,45 kr per melding. Kommunen eig alle data.\n',
    },
    {
      name: 'trust8 en: a licence price "fixed for three years" still holds after the pilot',
      text: '# Kiosks\n\n## After the trial\n\nKioskCo Ltd licences the kiosks; the price is fixed for three years. The council owns all loan data and can export it.\n',
    },
    {
      name: 'trust7 en: what is kept, told where it is stored first ("images and defect data will be stored in … and remain the property of the council")',
      text:
        '# Bridges\n\n## After the pilot\n\nSkyScan Ltd flies the surveys; after the pilot its licence is £6,000 a year. All images and defect data ' +
        'will be stored in the Confirm asset system and remain the property of the council.\n',
    },
    {
      name: 'trust6: a monthly amount in the supplier agreement\'s option is the price after the pilot (bokmål, English)',
      text:
        '# Dagsenter\n\n## Overgang til drift\n\nAktivdag AS leverer løsningen. Avtalen har opsjon på seks måneders forlengelse mens konkurransen pågår, til 2 900 kroner per måned. Kommunen eier alle data.\n',
    },
    {
      name: 'trust6: the same in English, "the contract has an option … at £900 a month"',
      text: '# Bins\n\n## After the pilot\n\nBinSense Ltd supplies the sensors. The contract has an option to extend for a year at £900 a month. The council owns all data.\n',
    },
    {
      name: 'trust5: a quote for the next phase per unit, and ownership of what the service makes ("owns the images and captions")',
      text:
        '# Glass plates\n\n## Beyond the pilot\n\n- ArcScan Imaging Ltd lends the scanner; its quote for the next phase is £0.45 per plate\n' +
        '- The council owns the images and captions, kept in our own collections system\n',
    },
    {
      name: 'trust5: data qualified on its way to its keeper ("all data on the board stays with the council"), a roll-out price per licence',
      text:
        '# Vacancy board\n\n## After the grant\n\nCodeWorks Ltd hosts the board. For the roll-out the licence is £4 per coach per month. ' +
        'All data on the board stays with the council.\n',
    },
    {
      name: 'issue 8 real documents: vendors named only in a research question deliver nothing',
      text: '# Registries\n\n## Research questions\n\nWhich registries exist? How do vendors use them in their tools?\n',
    },
    {
      name: 'issue 8 real documents: the applicant\'s company publishes the result under the MIT licence',
      text: '# Ordlister\n\n## Søker\n\nSøker er Ordverk AS.\n\n## Effekt etter prosjektet\n\nListene publiseres under MIT-lisensen, så alle kan bruke dem fritt.\n',
    },
    {
      name: 'round 9 en: a versioned licence name ("published under the Apache 2.0 licence") is an open-source result',
      text: '# Lighting\n\nThe sensors are bought from Acme Ltd.\n\n## Embedding\n\nThe council owns the model, and the code is published under the Apache 2.0 licence.\n',
    },
    {
      name: 'trust4: keeping the data is the data term: "the council retains all data", *kommunen beholder dataene*',
      text:
        '# Portal\n\nThe portal comes from Acme Ltd.\n\n## After the pilot\n\nThe licence costs £9,000 a year after the pilot. ' +
        'The council retains all data, which can be downloaded as CSV at any time.\n',
    },
    {
      name: 'trust4: "Dataene forblir kommunens eiendom"',
      text:
        '# Portal\n\nLøsningen leveres av Acme AS.\n\n## Etter piloten\n\nLisensen koster 90 000 kr per år etter piloten. Dataene forblir kommunens eiendom.\n',
    },
    {
      name: 'trust4: handing the records to the archive is the data term (the licence price given too)',
      text:
        '# Graves\n\nGraveView comes from Memoria Software Ltd.\n\n## What happens next\n\nAfter the pilot the licence costs £9,000 a year. ' +
        'If it stops, we give the digitised records to the city archive.\n',
    },
    {
      name: 'data ownership in other words: "Helseforetaket eier lydfiler og tekst", a price per year',
      text: '# Tale\n\n## Kontrakt\n\nLeverandør er TaleData AS. Etter piloten koster lisensen 40 000 kr per år. Helseforetaket eier lydfiler og tekst.\n',
    },
    {
      name: 'data ownership in other words: "Innspillene eies av kommunen"',
      text: '# Kart\n\n## Avtale\n\nLeverandør er Kartverksted AS, 2 kr per innspill etter piloten. Innspillene eies av kommunen og arkiveres i plansaken.\n',
    },
    {
      name: 'nynorsk: "Elevane eig tekstane sine" and "kan hente ut alle data"',
      text: '# Skriving\n\n## Vidareføring\n\nSkrivehjelp AS gjev eit tilbod på 95 kr per elev per år etter prosjektet. Fylkeskommunen kan hente ut alle data i opne format.\n',
    },
    {
      name: 'issue 8: a unit price per report after the pilot',
      text:
        '# Triage\n\n## Commercial case\n\nThe service is provided by Vialens Ltd. After the pilot the service costs £0.60 per report, fixed for two years. ' +
        'The council owns all reports and can export them.\n',
    },
    {
      name: 'issue 8: a unit price after the pilot and data that remain ours',
      text:
        '# Alerts\n\n## After the pilot\n\nTextwell Ltd supplies the platform. After the pilot: £0.04 per message, fixed for two years. ' +
        'Tenant data remain ours and are deleted by Textwell within 30 days of the contract ending.\n',
    },
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
    {
      name: 'catalogue E, bokmål with CRLF: a price line whose value is a placeholder is placeholder-text\'s finding, not a missing price',
      text:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nSkrivehjelpen AS leverer verktøyet. Kommunen eier alle data og kan eksportere dem.\r\n\r\n' +
        '## Budsjett\r\n\r\nLisenser etter piloten: [sett inn beløp fra tilbudet].\r\n',
    },
    {
      name: 'catalogue E, English: "After-pilot licence and price: TBD" counts as the price line',
      text: '# Pilot\n\n## Exit plan\n\nCareTech Ltd delivers the sensors. The council owns all data and can export it.\n\n- After-pilot licence and price: TBD\n',
    },
    {
      name: 'catalogue E: an in-house result has no licence price after the pilot; data terms are stated (English)',
      text:
        '# Dashboard\n\n## After the pilot\n\nDataWorks Ltd helps our team for three months; the tool is developed in-house and owned by the council. ' +
        'The council owns all data and can export it.\n',
    },
  ],
  invalid: [
    { name: 'trust22 en: a named party that keeps the IP in its app is a supplier, whose price after the pilot is then asked for', text: "# Inspections\n\n## After the pilot\n\nThe council can export all recordings at any time; ClearSite keeps the IP in its app. Running costs would be met from the fee-earning account.\n", errors: [{ line: 3, element: 'price' }], output: "# Inspections\n\n## After the pilot\n\nThe council can export all recordings at any time; ClearSite keeps the IP in its app. Running costs would be met from the fee-earning account.\n\n- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n" },
    { name: 'trust22 en: one that "has not yet given a price" is a supplier too, and its price is open', text: "# Inspections\n\n## After the pilot\n\nThe council can export all recordings at any time. ClearSite has not yet given a price for use after April 2027.\n", errors: [{ line: 3, element: 'price' }], output: "# Inspections\n\n## After the pilot\n\nThe council can export all recordings at any time. ClearSite has not yet given a price for use after April 2027.\n\n- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n" },
    { name: 'trust21 en: a risk that "no funding for the subscription after the pilot" is found states no price', text: "# Permits\n\n## After the pilot\n\nPermitFlow Inc. provides the licences free under a pilot agreement. The City owns all application data and can export it as CSV. No funding for the subscription after the pilot is a risk.\n", errors: [{ line: 3, element: 'price' }], output: '# Permits\n\n## After the pilot\n\nPermitFlow Inc. provides the licences free under a pilot agreement. The City owns all application data and can export it as CSV. No funding for the subscription after the pilot is a risk.\n\n- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n' },
    { name: 'lever19 en: the data backstop takes no holder but the organisation ("stored in the supplier\'s own cloud") and no denied term', text: '# Routing\n\n## After the pilot\n\nRouteCo Ltd licenses the planner at $4 per rider per year after the pilot. Route plans are stored in the supplier\'s own cloud. Route plans will not remain the district\'s property.\n', errors: [{ line: 3, element: 'data' }], output: '# Routing\n\n## After the pilot\n\nRouteCo Ltd licenses the planner at $4 per rider per year after the pilot. Route plans are stored in the supplier\'s own cloud. Route plans will not remain the district\'s property.\n\n' + TERMS_EN + '\n' },
    { name: 'trust20 nb: lists owned by the supplier (*Kandidatlistene eies av leverandøren*) are no data term of the organisation', text: '# Flyfoto\n\n## Veien videre\n\nKartinnsikt AS leverer tjenesten. Lisensen koster 180 000 kroner per år etter piloten. Kandidatlistene eies av leverandøren.\n', errors: [{ line: 3, element: 'data' }], output: '# Flyfoto\n\n## Veien videre\n\nKartinnsikt AS leverer tjenesten. Lisensen koster 180 000 kroner per år etter piloten. Kandidatlistene eies av leverandøren.\n\n' + TERMS_NB + '\n' },
    { name: 'lever19 nb: the data backstop takes no holder but the organisation (*lagres i leverandørens egen sky*)', text: '# Arkivering\n\n## Etter piloten\n\nArkivmodul AS leverer modulen. Lisensen koster 60 000 kroner per år etter piloten. Alle dokumenter lagres i leverandørens egen sky.\n', errors: [{ line: 3, element: 'data' }], output: '# Arkivering\n\n## Etter piloten\n\nArkivmodul AS leverer modulen. Lisensen koster 60 000 kroner per år etter piloten. Alle dokumenter lagres i leverandørens egen sky.\n\n' + TERMS_NB + '\n' },
    { name: 'trust18 en: a licence price that "has not yet been agreed" is open, and materials under Creative Commons do not make the supplier\'s app an own result', text: "# Numeracy\n\n## Continuation\n\nThe supplier, NumberPath Ltd, provides its app free of charge for the pilot. The licence price from September 2027 has not yet been agreed. Learner data remains the Council's. Course materials written by our tutors are shared under a Creative Commons licence.\n", errors: [{ line: 3, element: 'price' }], output: "# Numeracy\n\n## Continuation\n\nThe supplier, NumberPath Ltd, provides its app free of charge for the pilot. The licence price from September 2027 has not yet been agreed. Learner data remains the Council's. Course materials written by our tutors are shared under a Creative Commons licence.\n\n" + TERMS_EN + '\n' },
    { name: 'trust18 en: a running cost with no quotation and no figure is no price', text: "# Permits\n\n## After the pilot\n\nKerbside Digital Ltd provides the licence free of charge for the pilot. The running cost for all four campuses will be known after the pilot. Permit data remains the University's and can be exported as CSV.\n", errors: [{ line: 3, element: 'price' }], output: "# Permits\n\n## After the pilot\n\nKerbside Digital Ltd provides the licence free of charge for the pilot. The running cost for all four campuses will be known after the pilot. Permit data remains the University's and can be exported as CSV.\n\n" + TERMS_EN + '\n' },
    { name: 'resid17 en: a unit price in the sentence that costs the pilot ("The estimated pilot cost is …, with the camera lease at €2,100 per month") is the pilot\'s own', text: "# Cameras\n\n## The proposal\n\nCameras are leased from VisionRoad Ltd. The estimated pilot cost is €186,000, with the camera lease at €2,100 per month. All images remain the property of the Council.\n", errors: [{ element: 'price' }], output: "# Cameras\n\n## The proposal\n\nCameras are leased from VisionRoad Ltd. The estimated pilot cost is €186,000, with the camera lease at €2,100 per month. All images remain the property of the Council.\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n" },
    { name: 'resid17 nb: *Pilotkostnaden er …, med kameraleie på 2 100 kroner per måned* the same', text: "# Kamera\n\n## Forslaget\n\nKameraene leies fra Synsvei AS. Pilotkostnaden er 200 000 kroner, med kameraleie på 2 100 kroner per måned. Kommunen eier alle data.\n", errors: [{ element: 'price' }], output: "# Kamera\n\n## Forslaget\n\nKameraene leies fra Synsvei AS. Pilotkostnaden er 200 000 kroner, med kameraleie på 2 100 kroner per måned. Kommunen eier alle data.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'resid17 nn: a subscription free in the project period (*Abonnementet på dataplattforma er gratis i prosjektperioden*) is the supplier\'s, named in the sentence or not', text: "# Ferjekaier\n\n## Gjennomføring\n\nAnalysemodellane blir publiserte som open kjeldekode. Kaimåling AS monterer sensorar på tre kaier. Abonnementet på dataplattforma er gratis i prosjektperioden. Fylkeskommunen eig alle måledata.\n", errors: [{ element: 'price' }], output: "# Ferjekaier\n\n## Gjennomføring\n\nAnalysemodellane blir publiserte som open kjeldekode. Kaimåling AS monterer sensorar på tre kaier. Abonnementet på dataplattforma er gratis i prosjektperioden. Fylkeskommunen eig alle måledata.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'resid17 en: kit "supplied by … Inc. at no charge for the season" is bought afterwards, whatever the pilot builds in the open', text: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Sensors are supplied by Soilwise Technologies Inc. at no charge for the season. The City owns all data.\n", errors: [{ element: 'price' }], output: "# Street trees\n\n## What we will test\n\nThe dashboard is open source, hosted by City IT. Sensors are supplied by Soilwise Technologies Inc. at no charge for the season. The City owns all data.\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n" },
    { name: 'resid17 nb: *Jordsond AS låner ut sensorene gratis i piloten* beside open source the same', text: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS låner ut sensorene gratis i piloten. Kommunen eier alle data.\n", errors: [{ element: 'price' }], output: "# Gatetrær\n\n## Hva vi tester\n\nDashbordet er åpen kildekode og driftes av kommunens IT. Jordsond AS låner ut sensorene gratis i piloten. Kommunen eier alle data.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'resid17 nb: data that stay with the supplier (*blir liggende hos leverandøren*) are no data term', text: '# Bankavstemming\n\n## Etter piloten\n\nRobotlisensen fra Regnestue AS koster 90 000 kroner per år etter piloten. Bankdata og logger blir liggende hos leverandøren.\n', errors: [{ line: 3, element: 'data' }], output: '# Bankavstemming\n\n## Etter piloten\n\nRobotlisensen fra Regnestue AS koster 90 000 kroner per år etter piloten. Bankdata og logger blir liggende hos leverandøren.\n\n' + TERMS_NB + '\n' },
    { name: 'trust17 en: a one-off fitting charge as a slot ("Fitting: £xx per room") is no price after the pilot', text: "# Night audio\n\n## Solution\n\nListenCo Ltd installs the sensors. Pilot licences are free of charge.\n\n## After the pilot\n\n- Fitting: £xx per room\n- The council owns all alert data and the intellectual property in the configuration.\n", errors: [{ line: 7, element: 'price' }], output: "# Night audio\n\n## Solution\n\nListenCo Ltd installs the sensors. Pilot licences are free of charge.\n\n## After the pilot\n\n- Fitting: £xx per room\n- The council owns all alert data and the intellectual property in the configuration.\n- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n" },
    { name: "trust16 nn: *sjukepleie* ends in *-leie* but is care, not rent", text: "# Kvardagsrehabilitering\n\n## Leverandør\n\nLeverandør: Planvakt AS. Heimesjukepleia kostar 18 000 kr i veka. Kommunen eig alle data og kan eksportere dei.\n", errors: [{ line: 1, element: "price" }], output: "# Kvardagsrehabilitering\n\n## Leverandør\n\nLeverandør: Planvakt AS. Heimesjukepleia kostar 18 000 kr i veka. Kommunen eig alle data og kan eksportere dei.\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'trust16 en: records that "are the supplier\'s responsibility" say nothing of who owns them', text: '# Rotas\n\n## After the pilot\n\nCareRoute Ltd licenses the app at £4 per user per month after the pilot. Backups of the records are the supplier\'s responsibility.\n', errors: [{ line: 3, element: 'data' }], output: '# Rotas\n\n## After the pilot\n\nCareRoute Ltd licenses the app at £4 per user per month after the pilot. Backups of the records are the supplier\'s responsibility.\n\n' + TERMS_EN + '\n' },
    { name: 'trust16 en: a price after the pilot that "will be agreed later with the supplier" is none', text: '# Rotas\n\n## After the pilot\n\nCareRoute Ltd gives the licence free for the pilot year; the price after the pilot will be agreed later with the supplier. The council owns all data.\n', errors: [{ line: 3, element: 'price' }], output: '# Rotas\n\n## After the pilot\n\nCareRoute Ltd gives the licence free for the pilot year; the price after the pilot will be agreed later with the supplier. The council owns all data.\n\n' + TERMS_EN + '\n' },
    { name: 'trust16 nb: *prisen etter piloten avtales senere* is none either', text: '# Turnus\n\n## Etter piloten\n\nTurnusdata AS gir gratis lisens i pilotåret, og prisen etter piloten avtales senere med leverandøren. Kommunen eier alle data.\n', errors: [{ line: 3, element: 'price' }], output: '# Turnus\n\n## Etter piloten\n\nTurnusdata AS gir gratis lisens i pilotåret, og prisen etter piloten avtales senere med leverandøren. Kommunen eier alle data.\n\n' + TERMS_NB + '\n' },
    { name: "trust16 en: readings that go to the supplier's cloud still have a supplier, whose terms are asked for", text: "# Sensors\n\n## Plan\n\nReadings go to the supplier's cloud platform for the pilot.\n", errors: [{ line: 1, element: 'price' }, { line: 1, element: 'data' }], output: "# Sensors\n\n## Plan\n\nReadings go to the supplier's cloud platform for the pilot.\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n" },
    { name: 'trust14 en: hardware leased for the pilot is no outright purchase, though its readings go to a Council-owned system', text: "# Heating\n\n## Approach\n\nThe controls are bought through the framework from HeatWise Ltd, which installs them; the hardware is leased for the pilot and reports to the Council-owned BMS.\n", errors: [{ line: 1, element: 'price' }], output: "# Heating\n\n## Approach\n\nThe controls are bought through the framework from HeatWise Ltd, which installs them; the hardware is leased for the pilot and reports to the Council-owned BMS.\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n" },
    { name: "trust14 nn: *Dataene kan ikkje eksporterast* states no portability", text: "# P\n\n## Vidareføring\n\nMøteportalen er levert av Saksflyt AS. Lisensen etter prøveperioden kostar 42 000 kr i året. Dataene kan ikkje eksporterast.\n", errors: [{"line": 3, "element": "data"}], output: "# P\n\n## Vidareføring\n\nMøteportalen er levert av Saksflyt AS. Lisensen etter prøveperioden kostar 42 000 kr i året. Dataene kan ikkje eksporterast.\n\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}\n" },
    { name: "trust14 nn: a denied supplier beside a company that delivers still leaves the data terms to state", text: "# P\n\n## Vidareføring\n\nDet er ingen leverandør av sjølve løysinga, men nettet er levert av Fjordnett AS. Lisensen etter prøveperioden kostar 42 000 kr i året.\n", errors: [{"line": 3, "element": "data"}], output: "# P\n\n## Vidareføring\n\nDet er ingen leverandør av sjølve løysinga, men nettet er levert av Fjordnett AS. Lisensen etter prøveperioden kostar 42 000 kr i året.\n\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}\n" },
    { name: 'trust12 nn: a running cost per month with no price word (*95 000 kr i året, 8 000 kr i månaden*) is no price', text: '# Hamn\n\n## Vegen vidare\n\nBryggepay AS leverer appen. Drifta kostar om lag 8 000 kr i månaden. Hamna eig alle data.\n', errors: [{ line: 3, element: 'price' }], output: '# Hamn\n\n## Vegen vidare\n\nBryggepay AS leverer appen. Drifta kostar om lag 8 000 kr i månaden. Hamna eig alle data.\n\n' + TERMS_EN + '\n' },
    { name: 'trust12 nb: a model the kommune only uses (*kommunen bruker modellen*) is no ownership', text: '# Takst\n\n## Alternativer\n\nTakstdata AS leverer en kjøpt modell. Vi anbefaler en egenutviklet modell med åpen kildekode, og kommunen bruker modellen.\n\n## Veien videre\n\nEiendomsskattekontoret forvalter modellen.\n', errors: [{ line: 7, message: 'eier data' }], output: '# Takst\n\n## Alternativer\n\nTakstdata AS leverer en kjøpt modell. Vi anbefaler en egenutviklet modell med åpen kildekode, og kommunen bruker modellen.\n\n## Veien videre\n\nEiendomsskattekontoret forvalter modellen.\n\n' + TERMS_NB + '\n' },
    { name: "trust11 en: a supplier that \"has not yet given a price for after the pilot\" states none", text: "# BP\n\n## Business case\n\nBumpWatch Health Ltd provides the app free of charge. BumpWatch has not yet given a price for after the pilot. The trust owns all readings data.\n", errors: [{line: 1, element: "price"}], output: "# BP\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n\n## Business case\n\nBumpWatch Health Ltd provides the app free of charge. BumpWatch has not yet given a price for after the pilot. The trust owns all readings data.\n" },
    { name: "trust24 en: a price still to agree in a risk row, and a supplier that \"has not yet said\" what it will cost, state none", text: "# Signs\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Portal becomes chargeable after the pilot | Agree price before any roll-out decision |\n\n## Data\n\nKerbline Ltd provides the portal free. Kerbline has not yet said what the portal will cost. The council owns all speed data.\n", errors: [{line: 1, element: "price"}], output: "# Signs\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n\n## Risks\n\n| Risk | Mitigation |\n|---|---|\n| Portal becomes chargeable after the pilot | Agree price before any roll-out decision |\n\n## Data\n\nKerbline Ltd provides the portal free. Kerbline has not yet said what the portal will cost. The council owns all speed data.\n" },
    { name: "trust11 nb: *har ikke oppgitt pris etter piloten* states none either", text: "# BT\n\n## Økonomi\n\nBumpWatch AS leverer appen gratis. Leverandøren har ikke oppgitt pris etter piloten. Kommunen eier alle data.\n", errors: [{line: 1, element: "price"}], output: "# BT\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n\n## Økonomi\n\nBumpWatch AS leverer appen gratis. Leverandøren har ikke oppgitt pris etter piloten. Kommunen eier alle data.\n" },
    {
      name: 'trust11 nn: a running-cost slot after the pilot is no licence price where the licence is only free in the pilot',
      text: '# Nattilsyn\n\n## Økonomi\n\nTryggNatt AS gir gratis lisens i pilotperioden.\n\nDriftskostnad etter piloten: xx kr per år.\n\n## Vidareføring\n\nKommunen eig alle data.\n',
      errors: [{ line: 9, element: 'price' }],
      output: '# Nattilsyn\n\n## Økonomi\n\nTryggNatt AS gir gratis lisens i pilotperioden.\n\nDriftskostnad etter piloten: xx kr per år.\n\n## Vidareføring\n\nKommunen eig alle data.\n\n' + TERMS_NB + '\n',
    },
    {
      name: 'trust10 nb: a map the kommune only looks at is owned by nobody',
      text: '# Roboter\n\n## Etter piloten\n\nRobotene leies av Renrobot Norge AS. Leien etter piloten er 1 900 kr per robot per måned. Kartene vises i appen.\n',
      errors: [{ line: 3, element: 'data' }],
      output:
        '# Roboter\n\n## Etter piloten\n\nRobotene leies av Renrobot Norge AS. Leien etter piloten er 1 900 kr per robot per måned. Kartene vises i appen.\n\n' +
        TERMS_NB +
        '\n',
    },
    {
      name: 'trust9 nn: a unit price that is free in the pilot settles nothing after it ("0,45 kr per melding, gratis i pilotperioden")',
      text: '# SMS\n\n## Vidareføring\n\nVarsla AS leverer SMS-tenesta. Prisen er 0,45 kr per melding, gratis i pilotperioden. Kommunen eig alle data.\n',
      errors: [{ line: 3, element: 'price' }],
      output:
        '# SMS\n\n## Vidareføring\n\nVarsla AS leverer SMS-tenesta. Prisen er 0,45 kr per melding, gratis i pilotperioden. Kommunen eig alle data.\n\n' +
        TERMS_NB +
        '\n',
    },
    {
      name: 'trust8 en: a cost line bought at a "fixed price" during the pilot is no price after it',
      text:
        '# Kiosks\n\n## After the trial\n\nKioskCo Ltd supplies the kiosks. The council owns all loan data and can export it.\n\n' +
        '## Costs\n\n| Item | Cost |\n|---|---|\n| Kiosk licences (6 months) | £0 |\n| Evaluation (fixed price) | £4,000 |\n',
      errors: [{ line: 3, element: 'price' }],
      output:
        '# Kiosks\n\n## After the trial\n\nKioskCo Ltd supplies the kiosks. The council owns all loan data and can export it.\n\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n\n' +
        '## Costs\n\n| Item | Cost |\n|---|---|\n| Kiosk licences (6 months) | £0 |\n| Evaluation (fixed price) | £4,000 |\n',
    },
    {
      name: 'trust7 en: images stored with the supplier that "remain available" to the surveyors have no keeper',
      text: '# Bridges\n\n## After the pilot\n\nSkyScan Ltd flies the surveys; after the pilot its licence is £6,000 a year. All images will be stored in the SkyScan cloud and remain available to the surveyors.\n',
      errors: [{ line: 3, element: 'data' }],
      output:
        '# Bridges\n\n## After the pilot\n\nSkyScan Ltd flies the surveys; after the pilot its licence is £6,000 a year. All images will be stored in the SkyScan cloud and remain available to the surveyors.\n\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n',
    },
    {
      name: 'trust5: data stored with the supplier is no keeper, and a next-phase price left open is no price',
      text: '# Scans\n\n## Next steps\n\nScanCo Ltd stores all images on its servers. The price for the next phase is not yet agreed.\n',
      errors: [{ line: 3, element: 'price' }, { line: 3, element: 'data' }],
      output:
        '# Scans\n\n## Next steps\n\nScanCo Ltd stores all images on its servers. The price for the next phase is not yet agreed.\n\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n',
    },
    {
      name: 'nynorsk: "Pris etter piloten er ikkje avtalt" is no price',
      text: '# Triage\n\n## Etter pilotperioden\n\nVerktøyet kjem frå Triagelab AS. Pris etter piloten er ikkje avtalt. Sjukehuset eig alle pasientdata.\n',
      errors: [{ line: 3, element: 'price' }],
      output: '# Triage\n\n## Etter pilotperioden\n\nVerktøyet kjem frå Triagelab AS. Pris etter piloten er ikkje avtalt. Sjukehuset eig alle pasientdata.\n\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}\n',
    },
    {
      name: 'bokmål: "Prisen etter piloten er ikke avtalt ennå" is no price',
      text: '# Tilsyn\n\n## Etter piloten\n\nLøsningen leveres av Varsel AS. Prisen etter piloten er ikke avtalt ennå. Kommunen eier alle data.\n',
      errors: [{ line: 3, element: 'price' }],
      output: '# Tilsyn\n\n## Etter piloten\n\nLøsningen leveres av Varsel AS. Prisen etter piloten er ikke avtalt ennå. Kommunen eier alle data.\n\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}\n',
    },
    {
      name: 'trust4: staff keeping records of calls is no data term',
      text:
        '# Portal\n\nThe portal comes from Acme Ltd.\n\n## After the pilot\n\nThe licence costs £9,000 a year after the pilot. Staff keep records of calls.\n',
      errors: [{ line: 5, element: 'data' }],
      output:
        '# Portal\n\nThe portal comes from Acme Ltd.\n\n## After the pilot\n\nThe licence costs £9,000 a year after the pilot. Staff keep records of calls.\n\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}}\n',
    },
    {
      name: 'issue 8: an annual running cost is not the supplier\'s price after the pilot (nynorsk)',
      text:
        '# Nattilsyn\n\n## Vidareføring\n\nTryggvakt AS leverer utstyret. Driftskostnaden på 380 000 kr i året vert dekt over budsjettet, og kommunen eig alle data.\n',
      errors: [{ line: 3, element: 'price' }],
      output: '# Nattilsyn\n\n## Vidareføring\n\nTryggvakt AS leverer utstyret. Driftskostnaden på 380 000 kr i året vert dekt over budsjettet, og kommunen eig alle data.\n\n- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}}\n',
    },
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
      name: 'bokmål with CRLF: data ownership stated, no price after the pilot at all',
      text:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nSkrivehjelpen AS leverer verktøyet. Kommunen eier alle data og kan eksportere dem.\r\n\r\n' +
        '## Budsjett\r\n\r\nPiloten koster 200 000 kroner.\r\n',
      errors: [{ line: 3, element: 'price', message: 'Mangler lisens eller pris etter piloten' }],
      output:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nSkrivehjelpen AS leverer verktøyet. Kommunen eier alle data og kan eksportere dem.\r\n\r\n' +
        TERMS_NB +
        '\r\n\r\n## Budsjett\r\n\r\nPiloten koster 200 000 kroner.\r\n',
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
