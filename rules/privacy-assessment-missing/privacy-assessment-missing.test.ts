// privacy-assessment-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { anyService, testRule, type RuleCases } from '../../test/util/rule-tester';

const T5_EN =
  '## Value choices and privacy\n\n' +
  'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n' +
  'Personal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\n' +
  'How users and next of kin are informed: {{…}}\n';
const T5_LINE_NB =
  'Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust26 en: a privacy impact assessment stated done, its date still a slot, is named (the slot is placeholder-text\'s)', text: "# Speech\n\n## Privacy\n\nThe pilot keeps pupils' names and addresses. A Privacy Impact Assessment was completed by the privacy team on [date].\n" },
    { name: "trust18 nn: a name, opening hours and the library's phone number are no personal data", text: "# Skåp\n\n## Saksopplysningar\n\nSkåpa viser namn, opningstider og telefonnummeret til utstyrssentralen.\n" },
    { name: 'trust18 en: a pilot that logs waterings and says no personal data is collected needs no assessment', text: "# Trees\n\n## What will your project do?\n\nResidents log each watering. No personal data is collected.\n" },
    { name: "trust16 nn: camera surveillance with a PVK named is assessed", text: "# Meirope\n\n## Kva vil de gjere?\n\nVi installerer tilgangskontroll på inngangsdøra og kameraovervaking i lokalet. Personvernkonsekvensvurdering er gjennomført.\n" },
    { name: 'trust16 en: student addresses with a DPIA named are assessed', text: "# Routes\n\n## What we want to try\n\nThe software redraws routes overnight from student addresses and bell times. A DPIA was approved by the district's privacy officer in October 2026.\n" },
    { name: 'trust16 en: a depot address is no one\'s personal data', text: "# Routes\n\n## What we want to try\n\nBuses start from the depot address on Mill Road.\n" },
    { name: "trust12 en: \"no personal data under UK GDPR is processed\" states none, with the law's name between", text: "# Archives\n\n## Summary\n\nVolunteers check the transcripts of the rate books.\n\n## Data\n\nEveryone named in them is long dead, so no personal data under UK GDPR is processed.\n" },
    { name: "trust12 nb: *ingen personopplysninger etter personopplysningsloven behandles* the same in bokmål", text: "# Arkiv\n\n## Data\n\nAlle som er nevnt er døde, så ingen personopplysninger etter personopplysningsloven behandles.\n" },
    { name: "trust12 en: a DPIA stated, not asked about, is the control", text: "# Review\n\n## How it works\n\nThe extract is personal data. A DPIA was completed on 10 January 2027.\n" },
    { name: "trust12 nb: *Vi har gjennomført en DPIA.* the same in bokmål", text: "# Gjennomgang\n\n## Slik virker det\n\nUttrekket inneholder personopplysninger. Vi har gjennomført en DPIA.\n" },
    { name: "trust11 en: a camera that records inside a bin films no public place and no people", text: "# Bins\n\n## How it works\n\nA small camera records the fill level inside each bin every hour.\n" },
    {
      name: 'trust11 nb: a denied verb past the phrase that says whose it is (*fødselsnummer til søkeren sendes ikke*)',
      text: '# Regelsjekk\n\n## Omfang\n\nRegelsjekken leser bare plandata. Den behandler ikke personopplysninger: navn, adresse og fødselsnummer til søkeren sendes ikke til tjenesten.\n',
    },
    {
      name: 'trust11 en: "national insurance numbers of applicants are not sent" denies it too',
      text: '# Rule check\n\n## Scope\n\nThe checker reads plans only. National insurance numbers of applicants are not sent to the service.\n',
    },
    {
      name: 'trust10 nb: a tool that stores what the lessons use, not who did it, holds no personal data ("lagrer tekstene")',
      text: '# Lesestøtte\n\n## Løsningen\n\nLøsningen lagrer tekstene lærerne har forenklet, slik at de kan brukes igjen.\n',
    },
    {
      name: 'trust7 en: the project\'s name is nobody\'s personal data',
      text: '# Paths\n\n## What we build\n\nThe form shows the project\'s name and the council\'s logo.\n',
    },
    {
      name: 'trust6: "user needs" is service-design research, not personal data',
      text: '# Income management\n\n## Discovery\n\nWe will research what the user needs are amongst councils and what users need that we have not thought about.\n',
    },
    {
      name: 'issue 8 real documents: "Special Educational Needs and Disabilities" in a list of council service areas is no data about people',
      text: '# Directory PID\n\n## Scope\n\nThe first service areas:\n\n- Adult Social Care\n- Special Educational Needs and Disabilities\n- Family Hubs\n',
    },
    {
      name: 'issue 8 real documents: the document says no personal data is collected',
      text: '# Directory PID\n\n## Risks\n\nThe collection should ensure there is no personal data collected.\n\n## Scope\n\nProviders send names and addresses of their services.\n',
    },
    { name: 'trust4: leak sensors in plant rooms observe no people', text: '# Leaks\n\n## Scope\n\nLeak sensors in plant rooms and under sinks.\n' },
    { name: 'trust4: a supplier\'s contact details are no personal data of the service', text: '# Portal\n\n## Supplier\n\nThe supplier\'s contact details are in annex B.\n' },
    {
      name: 'trust4: leak sensors in plant rooms, and the author says no personal data is collected',
      text:
        '# Leaks\n\n## Scope\n\nWireless leak sensors under sinks and in plant rooms of 12 buildings. ' +
        'The sensors record water presence only; no personal data is collected.\n',
    },
    // Catalogue E: a placeholder is placeholder-text's alone; the control it labels is given, still to fill in.
    { name: 'a labelled slot names the control: "DPIA: TBD" beside `personal_data: true`', text: '---\ntitle: Pilot\npersonal_data: true\n---\n# Pilot\n\n## Privacy\n\nWe take privacy seriously. DPIA: TBD\n' },
    { name: 'a labelled slot in a Word template: "DPIA reference: <INSERT – DPIA REFERENCE>"', text: '# PID\n\n## Approach\n\nApplications include personal data. DPIA reference: <INSERT – DPIA REFERENCE>\n' },
    {
      name: 'issue 8: names and addresses stripped at source are not processed',
      text: '# Dashboard\n\n## What we will build\n\nThe dashboard reads the planning register; applicant names and addresses are stripped at source.\n',
    },
    {
      name: 'trust9: name and age listed with a legal basis named; the project\'s name beside its age is not a person\'s',
      text: '# Støttekontakt\n\n## Personvern\n\nDu legger inn navn, alder og interesser. Behandlingsgrunnlaget er samtykke.\n\n## Om oss\n\nProsjektet har fått nytt navn. Alderen på anlegget er 30 år.\n',
    },
    {
      name: 'English health data with a DPIA and a processing agreement',
      text: '# Pilot\n\n## Privacy\n\nHealth data are processed. The DPIA was completed in October 2026 and a data processing agreement is signed.\n',
    },
    {
      name: 'bokmål personopplysninger with behandlingsgrunnlag, numbered heading',
      text: '# Pilot\n\n## 6. Gjennomføring\n\nSøknadene inneholder personopplysninger om inntekt. Behandlingsgrunnlaget er folketrygdloven.\n',
    },
    {
      name: 'front matter says dpia_status: planned',
      text: '---\ntitle: Pilot\npersonal_data: true\ndpia_status: planned\n---\n# Pilot\n\n## Solution\n\nCameras in the residents\' rooms.\n',
    },
    {
      name: 'front matter says personal_data: false: fill-level sensors on bins are not about people',
      text: '---\ntitle: Pilot\npersonal_data: false\n---\n# Pilot\n\n## Løsningen\n\nSensorene registrerer fyllingsgrad i beholderne.\n',
    },
    {
      name: 'sensors on bridges with no people in the sentence are not personal data',
      text: '# Bridge pilot\n\n## Solution\n\nStrain sensors are mounted on the three bridges and report every hour.\n',
    },
    {
      name: 'nynorsk databehandlaravtale and a DPIA that is not needed',
      text:
        '# E-lås\n\n## Personvern\n\nOpningsloggane er personopplysningar. Databehandlaravtale er signert. ' +
        'Personvernombodet har stadfesta at DPIA ikkje er naudsynt.\n',
    },
    {
      name: 'a configured control word counts',
      text: '# Pilot\n\n## Data\n\nPatient data are processed under the trust privacy checklist.\n',
      options: { controlWords: ['privacy checklist'] },
    },
    {
      name: 'catalogue E: a negated mention states no processing (English)',
      text: '# Bin sensors\n\n## Data\n\nThe sensors report fill levels only; we ensure there is no personal data collected.\n',
    },
    {
      name: 'catalogue E: ingen personopplysninger, and a hypothetical (bokmål)',
      text:
        '# Søppelsensorer\n\n## Data\n\nLøsningen behandler ingen personopplysninger. Dersom vi senere lagrer personopplysninger, gjør vi en DPIA først.\n',
    },
    {
      name: 'a ROS-analyse of the pilot\'s own solution is a control (nynorsk)',
      text: '# Flaumvarsel\n\n## Løysinga\n\nInnbyggjarane melder seg på med telefonnummer og adresse. Det er gjennomført ROS-analyse for løysinga.\n',
      language: 'nb',
    },
    {
      name: 'Datatilsynet\'s wording: "vurdering av konsekvensar for personvernet" (nynorsk)',
      text: '# Tryggleiksalarm\n\n## Løysinga\n\nAlarmen lagrar helseopplysningar om bebuarane. Det er gjennomført ei vurdering av konsekvensar for personvernet.\n',
      language: 'nb',
    },
    {
      name: 'a ROS analysis spelled out and a risk assessment of information security (bokmål)',
      text: '# Tilsyn\n\n## Personvern\n\nLøsningen behandler helseopplysninger. Det er gjort en risiko- og sårbarhetsanalyse for løsningen og en risikovurdering av informasjonssikkerheten.\n',
      language: 'nb',
    },
    {
      name: 'nynorsk "rettsleg grunnlag"',
      text: '# Tilsyn\n\n## Personvern\n\nLøysinga handsamar helseopplysningar. Rettsleg grunnlag er helse- og omsorgstenestelova.\n',
      language: 'nb',
    },
    { name: 'round 12 en: "no driver names, GPS tracks or other personal data are processed" denies the whole list', text: "# Depot\n\n## How it works\n\nThe scheduler reads the chargers' state of charge each evening: no driver names, GPS tracks or other personal data are processed.\n" },
    { name: 'round 12 nn: *Vi samlar ikkje inn personopplysningar* beside the phone\'s GPS states no processing', text: "# Lydvandring\n\n## Slik verkar appen\n\nAppen brukar GPS-en på telefonen for å vite når du er ved ein post. Posisjonen vert ikkje lagra, og vi samlar ikkje inn personopplysningar.\n" },
  ],
  invalid: [
    { name: 'trust26 en: a table row whose slot fills another cell than its DPIA (\"| [Insert name] | DPIA |\") states none', text: "# Speech\n\n## Privacy\n\nThe pilot keeps pupils' names and addresses.\n\n| Owner | Task |\n|---|---|\n| [Insert name] | DPIA |\n", errors: [{ line: 5 }], output: "# Speech\n\n## Privacy\n\nThe pilot keeps pupils' names and addresses.\n\n| Owner | Task |\n|---|---|\n| [Insert name] | DPIA |\n\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\n" },
    { name: 'round 12 en: a denied list "stored on the tablets" says where, not whether; the names kept are personal data', text: "# Archives\n\n## Summary\n\nThe pilot keeps residents' names and addresses. No photos, dates of birth or other personal data are stored on the tablets.\n", errors: [{ line: 5 }], output: "# Archives\n\n## Summary\n\nThe pilot keeps residents' names and addresses. No photos, dates of birth or other personal data are stored on the tablets.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust18 nn: names, phone numbers and loan history listed with commas are personal data", text: "# Skåp\n\n## Saksopplysningar\n\nBrukarane loggar inn med BankID, og appen lagrar namn, telefonnummer og utlånshistorikk for kvar låntakar.\n", errors: [{ line: 5 }], output: "# Skåp\n\n## Saksopplysningar\n\nBrukarane loggar inn med BankID, og appen lagrar namn, telefonnummer og utlånshistorikk for kvar låntakar.\n\n## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\nPersonopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n" },
    { name: 'trust18 en: "an email address or mobile number" is contact data, one or the other', text: "# Trees\n\n## What will your project do?\n\nAdopters give their street and an email address or mobile number so that we can send alerts.\n", errors: [{ line: 5 }], output: "# Trees\n\n## What will your project do?\n\nAdopters give their street and an email address or mobile number so that we can send alerts.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust16 nn: camera surveillance (*kameraovervaking i lokalet*) watches people without their being named", text: "# Meirope\n\n## Kva vil de gjere?\n\nVi installerer tilgangskontroll på inngangsdøra og kameraovervaking i lokalet.\n", errors: [{ line: 5 }], output: "# Meirope\n\n## Kva vil de gjere?\n\nVi installerer tilgangskontroll på inngangsdøra og kameraovervaking i lokalet.\n\n## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\nPersonopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n" },
    { name: 'trust16 en: routes drawn "from student addresses" process personal data, and no assessment is named', text: "# Routes\n\n## What we want to try\n\nThe software redraws routes overnight from student addresses and bell times.\n", errors: [{ line: 5 }], output: "# Routes\n\n## What we want to try\n\nThe software redraws routes overnight from student addresses and bell times.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust12 en: \"no personal data beyond names\" still processes the names", text: "# Archives\n\n## Summary\n\nThe pilot stores residents' names and addresses. No personal data beyond names and addresses is processed.\n", errors: [{line: 5}], output: "# Archives\n\n## Summary\n\nThe pilot stores residents' names and addresses. No personal data beyond names and addresses is processed.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust12 en: a question about a DPIA is no DPIA; a callout's title line is no part of the statement", text: "# Review\n\n## How it works\n\n> **Warning**\n> The extract is personal data: the name and address of every account holder.\n\n## Comments\n\nPriya: Do we need a DPIA for this? Veritas asked whether we have one.\n", errors: [{line: 6}], output: "# Review\n\n## How it works\n\n> **Warning**\n> The extract is personal data: the name and address of every account holder.\n\n## Comments\n\nPriya: Do we need a DPIA for this? Veritas asked whether we have one.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust12 nb: *Trenger vi en DPIA for dette?* is a question too", text: "# Gjennomgang\n\n## Slik virker det\n\nUttrekket inneholder personopplysninger om alle kontohavere.\n\n## Kommentarer\n\nTrenger vi en DPIA for dette?\n", errors: [{line: 5}], output: "# Gjennomgang\n\n## Slik virker det\n\nUttrekket inneholder personopplysninger om alle kontohavere.\n\n## Kommentarer\n\nTrenger vi en DPIA for dette?\n\n## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\nPersonopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n" },
    { name: "trust11 en: a dashcam that records the road ahead films the public, whoever else is named", text: "# Potholes\n\n## How it works\n\n- Dashcam-style camera records the road ahead while the lorry is moving\n- Every image is tagged with GPS position and time\n", errors: [{line: 5}], output: "# Potholes\n\n## How it works\n\n- Dashcam-style camera records the road ahead while the lorry is moving\n- Every image is tagged with GPS position and time\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    { name: "trust11 nb: *Kameraet filmer vegen foran bilen* the same in bokmål", text: "# Hull i vegen\n\n## Slik virker det\n\nKameraet i bilen filmer vegen foran mens den kjører.\n", errors: [{line: 5}], output: "# Hull i vegen\n\n## Slik virker det\n\nKameraet i bilen filmer vegen foran mens den kjører.\n\n## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\nPersonopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n" },
    { name: "trust11 en: faces and number plates are personal data, blurred or not", text: "# Potholes\n\n## How it works\n\nFaces and number plates are blurred by the supplier before the images are stored.\n", errors: [{line: 5}], output: "# Potholes\n\n## How it works\n\nFaces and number plates are blurred by the supplier before the images are stored.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n" },
    {
      name: 'trust11 nb: the denial of another clause does not reach the number that is sent',
      text: '# Regelsjekk\n\n## Omfang\n\nFødselsnummer til søkeren sendes til tjenesten, men adressen sendes ikke.\n',
      errors: [{ line: 5 }],
      output: '# Regelsjekk\n\n## Omfang\n\nFødselsnummer til søkeren sendes til tjenesten, men adressen sendes ikke.\n\n## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\nPersonopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n',
    },
    {
      name: 'trust10 nb: a tool that stores each pupil\'s activity ("lagrer elevenes lesetid", "progresjonen til hver elev") processes personal data',
      text:
        '# Lesestøtte\n\n## Løsningen\n\nLøsningen lagrer elevenes lesetid og hvilke ord de har slått opp, slik at lærerne kan følge progresjonen til hver elev.\n',
      errors: [{ line: 5 }],
      output:
        '# Lesestøtte\n\n## Løsningen\n\nLøsningen lagrer elevenes lesetid og hvilke ord de har slått opp, slik at lærerne kan følge progresjonen til hver elev.\n\n' +
        '## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n' +
        T5_LINE_NB + '\nSlik informeres brukerne: {{…}}\n',
    },
    {
      name: 'trust7 en: a person named by what they do, with contact details ("the caller\'s name, email address and a photo")',
      text: '# Paths\n\n## What we build\n\nEach report holds the caller\'s name, email address and a photo of the problem.\n',
      errors: [{ line: 5 }],
      output: anyService('# Paths\n\n## What we build\n\nEach report holds the caller\'s name, email address and a photo of the problem.\n\n' + T5_EN),
    },
    {
      name: 'trust7 en: a landowner\'s consent to works is no consent to process people\'s images',
      text:
        '# Bridges\n\n## Surveys\n\nDrone cameras film people walking under the bridge. The canal trust gave consent for the two bridges over the canal.\n',
      errors: [{ line: 5 }],
      output: anyService(
        '# Bridges\n\n## Surveys\n\nDrone cameras film people walking under the bridge. The canal trust gave consent for the two bridges over the canal.\n\n' + T5_EN,
      ),
    },
    {
      name: 'issue 8 real documents (miss): e-mail addresses in a table cell count even when another sentence of the row holds a placeholder',
      text: '# Survey pilot\n\n## Plan\n\n| Item | Detail |\n|---|---|\n| Sign-on | A list of participants\' email addresses comes from the trust. Accounts are made by script (see item TBA if required). |\n',
      errors: [{ line: 7 }],
      output: anyService('# Survey pilot\n\n## Plan\n\n| Item | Detail |\n|---|---|\n| Sign-on | A list of participants\' email addresses comes from the trust. Accounts are made by script (see item TBA if required). |\n\n' + T5_EN),
    },
    {
      name: 'issue 8 real documents (miss): participants\' e-mail addresses are personal data (en)',
      text: '# Survey pilot\n\n## Set-up\n\nA list of participants\' email addresses will be provided by the trust.\n',
      errors: [{ line: 5 }],
      output: anyService('# Survey pilot\n\n## Set-up\n\nA list of participants\' email addresses will be provided by the trust.\n\n' + T5_EN),
    },
    {
      name: 'issue 8 real documents (miss): a result service on registry microdata processes personal data (nb)',
      text: '# Rapporteket\n\n## Status\n\n- Eneste resultattjeneste på mikrodata fra de nasjonale registrene\n',
      errors: [{ line: 5 }],
      output:
        '# Rapporteket\n\n## Status\n\n- Eneste resultattjeneste på mikrodata fra de nasjonale registrene\n\n## Verdivalg og personvern\n\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n' +
        'Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\n' +
        'Slik informeres brukerne: {{…}}\n',
    },
    {
      name: 'records of pupils with special educational needs are personal data',
      text: '# Planner\n\n## Scope\n\nThe tool reads records of pupils with special educational needs.\n',
      errors: [{ line: 5 }],
      output: anyService('# Planner\n\n## Scope\n\nThe tool reads records of pupils with special educational needs.\n\n' + T5_EN),
    },
    {
      name: 'trust4: chat transcripts and case notes are personal data',
      text: '# Chat\n\n## What we will do\n\nThe chat keeps transcripts of conversations with young people.\n',
      errors: [{ line: 5 }],
      output: anyService('# Chat\n\n## What we will do\n\nThe chat keeps transcripts of conversations with young people.\n\n' + T5_EN),
    },
    {
      name: 'trust4: pupils tap their school ID card when they board: a card that logs who passes observes people',
      text: '# Bus\n\n## What we will try\n\n- Pupils tap their school ID card when they board, and the parent gets a notification\n',
      errors: [{ line: 5 }],
      output: anyService(
        '# Bus\n\n## What we will try\n\n- Pupils tap their school ID card when they board, and the parent gets a notification\n\n' + T5_EN,
      ),
    },
    {
      name: 'issue 8: pupils\' home addresses and special transport needs are personal data',
      text: '# Routes\n\n## Scope\n\nThe model reads pupils\' home addresses and special transport needs from the admissions system.\n',
      errors: [{ line: 5 }],
      output: anyService(
        '# Routes\n\n## Scope\n\nThe model reads pupils\' home addresses and special transport needs from the admissions system.\n\n' + T5_EN,
      ),
    },
    {
      name: 'issue 8: an app that records each pupil\'s voice and shows every child\'s reading level processes pupil data',
      text: '# Read Aloud\n\n## How it works\n\nThe app records each pupil\'s voice and shows teachers every child\'s reading level.\n',
      errors: [{ line: 5 }],
      output: '# Read Aloud\n\n## How it works\n\nThe app records each pupil\'s voice and shows teachers every child\'s reading level.\n\n## Value choices and privacy\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\nPersonal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\nHow users are informed: {{…}}\n',
    },
    {
      name: 'English personal data, DPIA named only in code: warning on the sentence, T5 inserted',
      text:
        '# Chatbot pilot\n\n## How it works\n\nConversations contain personal data such as names and addresses.\n\n' +
        '```yaml\ndpia: done\n```\n\n## Risks\n\nSome.\n',
      errors: [{ line: 5, severity: 'warning', message: 'The pilot processes personal data ("personal data")' }],
      output: anyService('# Chatbot pilot\n\n## How it works\n\nConversations contain personal data such as names and addresses.\n\n' +
        '```yaml\ndpia: done\n```\n\n' +
        T5_EN +
        '\n## Risks\n\nSome.\n'),
    },
    {
      name: 'bokmål, CRLF: personal_data true without dpia_status and sensors in the rooms: error, line appended to Personvern',
      text:
        '---\r\ntitle: Fallsensorer\r\npersonal_data: true\r\n---\r\n# Fallsensorer\r\n\r\n## 2. Løsningen\r\n\r\n' +
        'Sensorene monteres i taket på beboerrommene og sender varsel til nattevakten.\r\n\r\n' +
        '## 5. Personvern\r\n\r\nVi tar personvernet på alvor.\r\n',
      errors: [{ line: 9, severity: 'error', message: 'Piloten behandler personopplysninger («sensorene»)' }],
      output:
        '---\r\ntitle: Fallsensorer\r\npersonal_data: true\r\n---\r\n# Fallsensorer\r\n\r\n## 2. Løsningen\r\n\r\n' +
        'Sensorene monteres i taket på beboerrommene og sender varsel til nattevakten.\r\n\r\n' +
        '## 5. Personvern\r\n\r\nVi tar personvernet på alvor.\r\n\r\n' +
        T5_LINE_NB.replace(/\n/g, '\r\n') +
        '\r\n',
    },
    {
      name: 'trust9 nb: a person\'s name listed with age and disability is personal data ("legger du inn navn, alder, hvilken funksjonsnedsettelse")',
      text: '# Støttekontakt\n\n## Personvern\n\nNår du registrerer deg, legger du inn navn, alder, hvilken funksjonsnedsettelse du har og hva du liker.\n',
      errors: [{ line: 5, message: '«navn, alder»' }],
      output:
        '# Støttekontakt\n\n## Personvern\n\nNår du registrerer deg, legger du inn navn, alder, hvilken funksjonsnedsettelse du har og hva du liker.\n\n' +
        T5_LINE_NB +
        '\n',
    },
    {
      name: 'a denied DPIA does not count; a table row names pupil data',
      text:
        '# Leseapp\n\n## Personvern\n\nDPIA er ikke gjennomført ennå.\n\n| Data | Lagres |\n|---|---|\n| Elevdata og lydopptak | Hos leverandøren |\n',
      errors: [{ line: 9, message: '«Elevdata»' }],
      output:
        '# Leseapp\n\n## Personvern\n\nDPIA er ikke gjennomført ennå.\n\n| Data | Lagres |\n|---|---|\n| Elevdata og lydopptak | Hos leverandøren |\n\n' +
        T5_LINE_NB +
        '\n',
    },
    {
      name: 'front matter alone: error on the personal_data key; "taking privacy seriously" is not a control',
      text: '---\ntitle: Pilot\npersonal_data: true\n---\n# Pilot\n\n## Privacy\n\nWe take privacy seriously.\n',
      errors: [{ line: 3, severity: 'error', message: '`personal_data: true`' }],
      output:
        '---\ntitle: Pilot\npersonal_data: true\n---\n# Pilot\n\n## Privacy\n\nWe take privacy seriously.\n\n' +
        'Personal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\n',
    },
    {
      name: 'a configured heading is the privacy section the line is added to',
      text: '# Pilot\n\n## Data handling\n\nPatient data from the wards are stored for 30 days.\n',
      headings: { values: ['Data handling'] },
      errors: [{ line: 5, severity: 'warning' }],
      output:
        '# Pilot\n\n## Data handling\n\nPatient data from the wards are stored for 30 days.\n\n' +
        'Personal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\n',
    },
    {
      name: 'answers stored with the pupil\'s name are personal data even without the words "personal data"',
      text: '# Check-in app\n\n## How it works\n\nThe answers are stored with the pupil\'s name and class on the supplier\'s servers.\n',
      errors: [{ line: 5, message: '("pupil\'s name")' }],
      output: anyService('# Check-in app\n\n## How it works\n\nThe answers are stored with the pupil\'s name and class on the supplier\'s servers.\n\n' +
        T5_EN),
    },
    {
      name: 'bokmål: pupils\' results and diplomas in a school pilot are personal data',
      text: '# Lærings-app\n\n## Løsning\n\nAppen lagrer elevenes resultater fra kartleggingsprøvene og henter vitnemål fra skoleadministrativt system.\n',
      language: 'nb',
      errors: [{ line: 5, message: 'personopplysninger' }],
      output:
        '# Lærings-app\n\n## Løsning\n\nAppen lagrer elevenes resultater fra kartleggingsprøvene og henter vitnemål fra skoleadministrativt system.\n\n' +
        '## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n' +
        'Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n',
    },
    {
      name: 'nynorsk: residents register phone number and address; the municipality\'s overall ROS for natural hazards is no privacy assessment',
      text: '# Flaumvarsel\n\n## Løysinga\n\nDen heilskaplege ROS-analysen til kommunen (2024) peikar på flaum som den største naturfaren.\n\nInnbyggjarane melder seg på med telefonnummer og adresse på nettsida.\n',
      language: 'nb',
      errors: [{ line: 7, message: '(«telefonnummer og adresse»)' }],
      output:
        '# Flaumvarsel\n\n## Løysinga\n\nDen heilskaplege ROS-analysen til kommunen (2024) peikar på flaum som den største naturfaren.\n\nInnbyggjarane melder seg på med telefonnummer og adresse på nettsida.\n' + '\n' +
        '## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n' +
        'Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukerne: {{…}}\n',
    },
    {
      name: 'English: a phone number and address are personal data; a community risk register is no privacy assessment',
      text: '# Flood alerts\n\n## Background\n\nThe community risk register lists river flooding as the top hazard.\n\n## The service\n\nResidents sign up with a phone number and address on the council website.\n',
      errors: [{ line: 9, message: '("phone number and address")' }],
      output: anyService('# Flood alerts\n\n## Background\n\nThe community risk register lists river flooding as the top hazard.\n\n## The service\n\nResidents sign up with a phone number and address on the council website.\n' + '\n' + T5_EN),
    },
    {
      name: 'a compound sensor word with a nynorsk resident is personal data; the overall municipal risk and vulnerability analysis is no control',
      text: '# Tilsyn\n\n## Løysinga\n\nEin dørsensor varslar når bebuaren i omsorgsbustaden går ut om natta. Den helhetlige risiko- og sårbarhetsanalysen peker på brann.\n',
      language: 'nb',
      errors: [{ line: 5, message: '(«dørsensor»)' }],
      output:
        '# Tilsyn\n\n## Løysinga\n\nEin dørsensor varslar når bebuaren i omsorgsbustaden går ut om natta. Den helhetlige risiko- og sårbarhetsanalysen peker på brann.\n' + '\n' +
        '## Verdivalg og personvern\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n' +
        'Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}\nSlik informeres brukere og pårørende: {{…}}\n',
    },
  ],
};

testRule(rule, cases);
