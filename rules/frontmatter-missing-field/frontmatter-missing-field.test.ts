// Runs frontmatter-missing-field's cases, and checks that the inserted fields parse and satisfy the rule.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';

const FULL =
  'title: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n' +
  'owner:\n  role: enhetsleder\n  name: Ola Hansen\nsponsor: { role: kommunalsjef, name: Kari Nordmann }\nexit_decision_date: 2026-10-15\n';

/** A facts table that gives everything but the title. */
const FACTS_EN =
  '| Item | Detail |\n|---|---|\n| Organisation | Westmarch Ambulance Service NHS Trust |\n| Sponsor | Karen Doyle, Director of Operations |\n' +
  '| Project owner | Tom Rees, Head of Clinical Hub |\n| Pilot period | 1 April 2027 to 31 March 2028 |\n';
const TITLE_PAGE_EN =
  'Westmarch Ambulance Service NHS Trust\nOutline Business Case: Mental Health Practitioners in the Clinical Hub\n' +
  'Version 0.6 | November 2026 | For the Trust Executive Committee\n\n' + FACTS_EN;
const TITLE_PAGE_NB = (
  'Prosjektmandat\nJobbspesialist i psykisk helse og rus – pilot i Lundvik kommune\n\n| Felt | Verdi |\n|---|---|\n| Søker | Lundvik kommune |\n' +
  '| Prosjekteier | Kommunalsjef helse og omsorg |\n| Oppdragsgiver | Kommunedirektør |\n| Prosjektperiode | 1. mars 2027 – 29. februar 2028 |\n'
).replace(/\n/g, '\r\n');
/** The first paragraph opens with a sentence: no title page. */
const NO_TITLE_EN = 'Westmarch Ambulance Service NHS Trust\nThe Trust proposes a pilot in the Clinical Hub.\n\n' + FACTS_EN;

const cases: RuleCases = {
  valid: [
    { name: 'trust23 en: a deck\'s subtitle under the title, "A six-month trial, September 2027 to February 2028", gives the period', text: '---\nmarp: true\n---\n\n# Renewing bus passes online\n\n### A six-month trial, September 2027 to February 2028\n\nNorthdale Combined Authority\n\n---\n\n## Who\n\n| Role | Name |\n|---|---|\n| Sponsor | Director of Transport |\n| Service owner | Head of Customer Services |\n' },
    { name: 'trust23 en: the participles "starting on … and ending on …" give the pilot\'s period', text: '# Room booking\n\nMarlow City Council. This memo is about a pilot, starting on 1 March 2027 and ending on 31 October 2027. The pilot is sponsored by the Director of Communities, and the service is owned by the Libraries Manager.\n' },
    { name: 'trust24 en: "from June 2027 to the end of February 2028" is a span ending on the month\'s last day', text: '# Open studios\n\nEastmoor District Council. We want to pilot open studios from June 2027 to the end of February 2028. The sponsor is the Director of Communities. The project owner is the Head of Culture.\n' },
    { name: 'trust24 en: a one-page summary\'s "| Dates | 11 January to 9 April 2027 |" gives the period', text: '# Payment checks\n\nHarrowfield Borough Council\n\n| | |\n|---|---|\n| Dates | 11 January to 9 April 2027 (13 weeks) |\n| Sponsor | Director of Finance |\n| Owner | Head of Exchequer Services |\n' },
    { name: 'trust22 en: "Dr Fiona Adeyemi, the Chief Executive, who approved the pilot … and is its sponsor" names the sponsor', text: '# Canvass\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\n- **Returning Officer:** Dr Fiona Adeyemi, the Chief Executive, who approved the pilot on 2 November 2026 and is its sponsor.\n- **Pilot owner:** Priya Nandra, Electoral Services Manager.\n' },
    { name: 'trust22 en: a roles table\'s "Senior sponsor" row names the sponsor', text: '# Lifts\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\n| Role | Post | Name |\n|---|---|---|\n| Senior sponsor | Director of Housing | Sarah Okafor |\n| Project owner | Head of Building Services | Daniel Whitcombe |\n' },
    { name: 'trust21 en: "…, Head of Communities, is the senior sponsor" names the sponsor', text: '# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nMarcus Bell, Head of Communities, is the senior sponsor. The project owner is the Manager Libraries.\n' },
    { name: 'trust20 en: "The Enforcement Team Leader, Paul Adebayo, owns the trial" names the owner', text: '# Trial of Cameras\n\n| | |\n|---|---|\n| **Council** | Wexcombe District Council |\n\n## Recommendations\n\n2.1 That the Committee approves a trial from 1 March 2027 to 31 August 2027.\n\n## Governance\n\n6.1 The Head of Neighbourhood Services, Claire Fenwick, is the sponsor of the trial. The Enforcement Team Leader, Paul Adebayo, owns the trial.\n' },
    { name: "trust19 nn: a label *Eigar av tenesta og gevinstansvarleg* names the owner beside the *prosjekteigar* (the sponsor)", text: "---\ntitle: Skjermtolk\norganisation: Nes kommune\npilot_start: 2027-01-01\npilot_end: 2027-12-31\n---\n\n# Skjermtolk\n\n## Organisering\n\n- **Prosjekteigar:** kommunalsjef for levekår\n- **Eigar av tenesta og gevinstansvarleg:** leiar for flyktningtenesta\n" },
    { name: "trust20 nb: a Marp deck's running `footer` names the kommune on every slide: the organisation", text: "---\nmarp: true\nfooter: Fjordby kommune · Brann og redning · Styringsgruppemøte 9. november 2026\n---\n\n# Digitale innsatsplaner\n\nPilot 1. februar – 31. desember 2027\n\n---\n\n## Organisering\n\n- Prosjekteier: brannsjef Kari Lund\n- Oppdragsgiver: kommunedirektør Per Berg\n" },
    { name: "trust20 nn: *… er oppdragsgivar og sponsor* (nynorsk's other spelling) names the sponsor", text: "# Prøveordning med låsar\n\n**Solvik kommune – saksframlegg**\n\n## Innstilling\n\n1. Utvalet godkjenner ei prøveordning i perioden 1. april 2027 til 31. desember 2027.\n\n## Organisering\n\nAvdelingsleiar for renovasjon er prosjekteigar. Kommunalsjef for teknisk drift, Ola Sandvik, er oppdragsgivar og sponsor for piloten.\n" },
    { name: "trust18 nn: a kommune in a bold letterhead line (read as a heading) is the organisation, and a *prøveordning* sentence gives the period", text: "# Prøveordning med utlånsskåp\n\n**Storevik kommune – saksframlegg**\n\n## Innstilling\n\n1. Kommunestyret godkjenner ei prøveordning med to skåp i perioden 1. mars 2027 til 31. desember 2027.\n\n## Organisering\n\nKommunalsjef for kultur er prosjekteigar. Rådmannen er oppdragsgjevar.\n" },
    { name: "trust18 nb: a kommune in the title is the organisation; a milestone marked *(pilotstart)* and *Pilotperioden avsluttes* give the period", text: "# Prosjektplan – sensorer i Fjordvik kommune\n\n## Organisering\n\n| Rolle | Hvem |\n|---|---|\n| Oppdragsgiver | Kommunedirektør |\n| Prosjekteier | Kommunalsjef for teknisk drift |\n\n## Milepæler\n\n| Milepæl | Tidspunkt |\n|---|---|\n| Sensorer montert | 1. mars 2027 (pilotstart) |\n| Pilotperioden avsluttes | 31.12.2027 |\n" },
    {
      name: 'resid17 en: a council named with "of" first ("City of Lakeview, Ontario · Parks, Forestry & Recreation", "Shire of …") is the organisation',
      text: '# Street trees\n\nCity of Lakeview, Ontario · Parks, Forestry & Recreation\n\n- Pilot season: 1 May 2027 to 31 October 2027\n\n| Role | Who |\n|---|---|\n| Sponsor | Director, Urban Forestry |\n| Owner | Manager, Forestry Operations |\n',
    },
    {
      name: 'resid17 en: "will start on … and finish on …" gives the period, as "from … to …" does',
      text: '# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nThe sponsor is the General Manager Community. The project owner is the Manager Libraries.\n',
    },
    {
      name: 'resid17 nn: *startar … og blir avslutta …* gives the period',
      text: '# Søknad om tilskot\n\n**Søkjar:** Fjordvik kommune\n\nProsjektet startar 1. mars 2027 og blir avslutta 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n',
    },
    {
      name: 'resid17 en: a form\'s bold field over its answer ("**A1. Organisation name**" over "City of …")',
      text: '# Heritage Grants – Application Form\n\n**A1. Organisation name**\n\nCity of Marrow Bend, Libraries Branch\n\n**A2. Project dates**\n\nThe project runs from 1 August 2027 to 30 June 2028.\n\n**B6. Who will manage the project?**\n\nThe General Manager Community is the project sponsor. The project owner is the Manager Libraries.\n',
    },
    {
      name: 'resid17 nb: *Søker* as a heading over its answer',
      text: '# Søknad om tilskot\n\n## 1. Søker\n\nFjordvik folkebibliotek, eining for kultur\n\n## 2. Gjennomføring\n\nProsjektet varer frå 1. mars 2027 til 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n',
    },
    { name: "trust16 nn: *… er prosjektansvarleg* names the owner in prose", text: "# Søknad om skjønnsmidlar\n\n**Søkjar:** Fjellbygd kommune\n**Prosjektperiode:** 1. mars 2027 – 29. februar 2028\n\nKommunalsjef for kultur, Hege Lunde, er prosjektansvarleg. Kommunedirektør Ola Brekke er prosjekteigar.\n" },
    { name: "trust16 nb: *… er prosjektets sponsor* names the sponsor in prose", text: "---\norganisation: Vestvik kommune\nowner: virksomhetsleder vei og park\npilot_start: 2026-12-14\npilot_end: 2027-12-31\n---\n\n# Prosjektplan\n\nKommunalsjef for teknisk sektor, Mona Hegge, er prosjektets sponsor og leder styringsgruppen.\n" },
    {
      name: 'trust16 en: a grant form\'s "Grant period: July 1, 2027 to June 30, 2028" gives the pilot period',
      text: '# Digital Equity Fund: Application Form\n\nApplicant organization: Marlow Public Library District\nAmount requested: $58,000 · Grant period: July 1, 2027 to June 30, 2028\n\nThe Library Director is the executive sponsor. The project owner is the Head of Adult Services.\n',
    },
    {
      name: 'trust16 en: a US school district under the title, and "Pilot runs January 11 to June 11, 2027" (US order)',
      text: '# Smarter Bus Routes\n\nRiverbend Unified School District · Transportation Department\n\n- Pilot runs January 11 to June 11, 2027\n\n| Role | Who |\n|---|---|\n| Sponsor | Assistant Superintendent |\n| Project owner | Transportation Director |\n',
    },
    {
      name: 'round 10: a slashed label whose parts are both labels ("Sponsor/Executive: …", *Eier/ansvarlig leder: …*) names the role',
      text:
        '# Two-way texts\n\nHarbour City Council. The pilot runs from 1 April 2027 to 30 September 2027.\n\n- Sponsor/Executive: Director of Housing\n- Eier/ansvarlig leder: Head of Housing Repairs\n',
    },
    {
      name: "trust15 en: a bold letterhead names the organisation, italic labels the sponsor and owner, and a \"*Pilot design.*\" paragraph the pilot's period",
      text: "**Probation Service – Northern Fells Region**\n\n# Cargo bikes\n\n- *Executive sponsor:* Karen Boyd, Director of Public Works\n- *Pilot owner:* Luis Ortega, Fleet Services Superintendent\n\n*Pilot design.* Two crews will use the bikes from July 1, 2027 through March 31, 2028.\n",
    },
    {
      name: "trust18 en: a bold letterhead whose name is joined by \"and\" (\"Estates and Facilities Directorate, University of …\") names the organisation",
      text: "# Virtual permits\n\n**Estates and Facilities Directorate, University of Harrowdale**\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
    },
    {
      name: "trust15 en: a \"Pilot sponsor\" row is the sponsor, and a bold \"… Office\" letterhead under the title the organisation",
      text: "# Video reporting\n\n**State Revenue Office** | Digital Revenue Program\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
    },
    { name: "trust15 nb: a portal's *Prosjektperiode* field above its date span gives the period (the span parsed as a list item)", text: "# Søknad om kompetansetilskudd\n\n**Søker (organisasjon)**\n\nNordvik kommune\n\n**Prosjektorganisering**\n\nOppdragsgiver er kommunedirektør Arne Vik. Prosjekteier er kommunalsjef Lise Hatlestad.\n\n**Prosjektperiode**\n\n1. september 2027 – 31. august 2028\n" },
    { name: "trust15 nb: *Pilotperiode* as a heading the same", text: "# Søknad om kompetansetilskudd\n\n**Søker (organisasjon)**\n\nNordvik kommune\n\n**Prosjektorganisering**\n\nOppdragsgiver er kommunedirektør Arne Vik. Prosjekteier er kommunalsjef Lise Hatlestad.\n\n## Pilotperiode\n\n1. september 2027 – 31. august 2028\n" },
    { name: "trust15 nn: the main project a pre-project's report proposes (*tilrår eit hovudprosjekt frå … til …*) gives the period", text: "# Sluttrapport frå forprosjekt\n\nVestvika kommune, eining for vatn og avløp\n\nOppdragsgjevar er kommunedirektør Helge Strand. Prosjekteigar er kommunalsjef Ingrid Lie.\n\nStyringsgruppa tilrår eit hovudprosjekt frå 1. mars 2027 til 31. desember 2028.\n" },
    { name: "trust14 nb: an order form's *Bestillers navn* gives the owner and its *Godkjent av virksomhetsleder* slot the sponsor (a placeholder counts as present)", text: "**Behovsmelding**\n\nNordvik kommune – IKT-tjenesten\n\n| Felt | Utfylling |\n|---|---|\n| Bestillers navn | Line Kvam |\n| Godkjent av virksomhetsleder | Ikke avklart |\n\nPilotperiode: 1. mars–31. august 2027.\n" },
    { name: "trust14 nn: the steering group's chair (*leia av kommunalsjef …*) is the sponsor, so the prosjekteigar is the owner", text: "# Referat\n\nNesvik kommune, kultur og fritid\n\n## Organisering\n\nStyringsgruppa held fram som styringsgruppe for piloten, leia av kommunalsjef for kultur og oppvekst. Prosjekteigar er einingsleiar for kultur Eivind Strand.\n\nPiloten varer frå 1. mars til 31. desember 2027.\n" },
    { name: "trust14 nn: *Vertskommune* gives the organisation, and *Prosjekteigar og oppdragsgjevar* both owner and sponsor", text: "# P\n\n| | |\n|---|---|\n| Vertskommune | Vik kommune |\n| Prosjektperiode | 16. august 2027–20. desember 2028 |\n| Prosjekteigar og oppdragsgjevar | Kari Haugland, rektor |\n" },
    { name: "round 9 en: a memo's numbered paragraphs (\"4.1 Sponsor: …\") and a Fire and Rescue Service in prose give the facts", text: "# Visits\n\n## 1. Purpose\n\n1.1 This paper asks the Chief Officer Group of Ravensmoor Fire and Rescue Service to approve a pilot. The pilot would run from 3 May 2027 to 31 October 2027.\n\n## 4. Governance\n\n4.1 Sponsor: Assistant Chief Fire Officer (Prevention and Protection).\n\n4.2 Pilot owner: Area Manager, Community Risk.\n" },
    { name: "trust12 nb: a passive trial (*Modellen prøves ut fra 1. mars 2027 til 30. september 2027*) gives the pilot period", text: "---\norganisation: Fjellstad kommune\nowner: Økonomisjef\nsponsor: Kommunedirektør\ntitle: Takst\n---\n\n# Takst\n\n## Anbefaling\n\nModellen prøves ut fra 1. mars 2027 til 30. september 2027 på 600 boliger.\n" },
    { name: "trust13 en: a GDS \"Private beta runs from 1 November 2027 to 31 January 2028\" and a KTP plan's \"| Live trial | … |\" row give the pilot period", text: "---\norganisation: Moorfield Borough Council\nowner: Bereavement Services Manager\nsponsor: Director of Place\ntitle: Booking\n---\n\n# Booking\n\n## Next steps\n\n- Private beta runs from 1 November 2027 to 31 January 2028 with six funeral directors.\n" },
    { name: "trust13 en: the KTP row alone", text: "---\norganisation: Wexcombe Council\nowner: Street Lighting Manager\nsponsor: Director of Highways\ntitle: Lighting\n---\n\n# Lighting\n\n| Item | Detail |\n|---|---|\n| Partnership period | 1 April 2027 to 31 March 2029 |\n| Live trial | 1 October 2027 to 30 September 2028 |\n" },
    { name: "trust12 en: \"the model is tested from 1 March 2027 to 30 September 2027\" the same", text: "---\norganisation: Fellside Council\nowner: Head of Revenues\nsponsor: Chief Executive\ntitle: Valuation\n---\n\n# Valuation\n\n## Recommendation\n\nThe model is tested from 1 March 2027 to 30 September 2027 on 600 homes.\n" },
    { name: "trust11 en: a date span in a section headed \"The pilot\" is the pilot period, whatever the sentence's subject", text: "---\norganisation: Ashby Borough Council\nowner: Head of Parks and Leisure\nsponsor: Director of Communities\ntitle: pitchbook\n---\n\n# pitchbook\n\n## The pilot\n\nFrom 1 April 2027 to 30 September 2027 (the summer season) pitchbook replaces phone and email bookings at three sites.\n" },
    { name: "trust11 nb: the same under *Om piloten*", text: "---\norganisation: Ås kommune\nowner: Virksomhetsleder idrett\nsponsor: Kommunalsjef kultur\ntitle: Banebooking\n---\n\n# Banebooking\n\n## Om piloten\n\nFra 1. april 2027 til 30. september 2027 erstatter banebooking telefonbestilling på tre anlegg.\n" },
    { name: "trust11 en: a milestone table's \"Go-live with first women\" and \"Pilot ends\" rows give the period", text: "---\norganisation: Westbury NHS Foundation Trust\nowner: Community Midwifery Matron\nsponsor: Director of Midwifery\ntitle: Home BP\n---\n\n# Home BP\n\n## Timescales\n\n| Milestone | Date |\n|---|---|\n| Go-live with first women | 3 May 2027 |\n| Pilot ends | 29 October 2027 |\n" },
    { name: "trust11 nb: *Piloten starter* and *Piloten slutter* as milestone labels", text: "---\norganisation: Ås kommune\nowner: Avdelingsleder jordmortjenesten\nsponsor: Kommunalsjef helse\ntitle: Blodtrykk\n---\n\n# Blodtrykk\n\n## Milepæler\n\n| Milepæl | Dato |\n|---|---|\n| Piloten starter | 3. mai 2027 |\n| Piloten slutter | 29. oktober 2027 |\n" },
    {
      name: 'trust11 nn: an intermunicipal company named in lower case before its form (*Midtfjord brann og redning IKS*) is the organisation',
      text: '# Drone\n\nMidtfjord brann og redning IKS prøver ut drone. Pilotperioden varer frå 1. november 2026 til 31. desember 2027.\n\n## Kven har ansvaret?\n\n- Oppdragsgjevar: brannsjef Eirik Fossum\n- Prosjekteigar: avdelingsleiar Anne Lid\n',
    },
    {
      name: 'trust10 nb: a label glossed with the role in brackets names it ("Prosjektansvarlig (oppdragsgiver) er …", "Project executive (sponsor) is …")',
      text:
        '# Lesestøtte\n\nSolvik kommune prøver ut lesestøtte. Prosjektet varer fra 1. august 2027 til 30. juni 2028.\n\n## Organisering\n\n' +
        'Prosjektansvarlig (oppdragsgiver) er kommunedirektør Siri Holm. Prosjekteier er kommunalsjef for oppvekst Kjetil Dahl.\n\n' +
        '## Governance\n\nProject executive (sponsor) is the Director of Education.\n',
    },
    {
      name: 'trust10 en: an agile team\'s product owner in the governance table gives the owner',
      text:
        '# Comments\n\nBrackenford City Council runs the pilot from 1 May 2027 to 31 January 2028.\n\n## Governance\n\n' +
        '| Role | Who |\n|---|---|\n| Sponsor | Director of Planning |\n| Product owner | Development Management Manager |\n',
    },
    {
      name: 'trust8 en: a date span in a "What we\'re testing" section gives the pilot period',
      text:
        '---\norganisation: Harbury Council\nowner: Head of Libraries\nsponsor: Director of Communities\ntitle: Kiosks\n---\n\n# Kiosks\n\n' +
        '## What we\'re testing\n\nFrom **2 May 2027 to 31 October 2027** borrowers at two branches can renew at a kiosk.\n',
    },
    {
      name: 'trust6 nn: a key-value table labelled "Organisasjon" gives the organisation, even as a slot ("[Kommunen sitt namn]")',
      text:
        '# Prosjektplan\n\n| | |\n|---|---|\n| Organisasjon | [Kommunen sitt namn], flyktningtenesta |\n| Oppdragsgjevar | Kommunalsjef for oppvekst |\n' +
        '| Prosjekteigar | Hilde Vik, einingsleiar |\n| Prosjektperiode | 1. mars 2027 – 31. januar 2028 |\n',
    },
    {
      name: 'trust5: a roles table with a post column ("| Project Executive (sponsor) | Helen Marsh | Director … |"), and a pilot period slot',
      text:
        '# School meals\n\nEastbrook Borough Council.\n\n| Field | |\n|---|---|\n| Pilot period | <INSERT – START AND END DATES> |\n\n' +
        '| Role | Name | Post |\n|---|---|---|\n| Project Executive (sponsor) | Helen Marsh | Director of Children\'s Services |\n' +
        '| Senior User (project owner) | Gareth Lewis | Head of Catering |\n',
    },
    {
      name: 'trust5: roles named in apposition ("chaired by the project sponsor, Martin Cole, …", "Priya Shah, the service owner, …")',
      text:
        '# Next Step\n\nAshworth Metropolitan Borough Council. The pilot runs from 1 April 2027 to 30 September 2028.\n\n' +
        'A steering group chaired by the project sponsor, Martin Cole, Head of Economic Development, meets every two months. ' +
        'Priya Shah, the service owner, manages the coaches.\n',
    },
    {
      name: 'trust12 en: a charter\'s "Pilot lead" row names the pilot\'s owner beside its sponsor',
      text:
        '# Pilot Charter: Digital Run Sheets\n\nBrackenfold Metropolitan Borough Council\n\n| Item | Detail |\n|---|---|\n| Pilot start | 12 April 2027 |\n| Pilot end | 8 October 2027 |\n\n' +
        '| Role | Name / post |\n|---|---|\n| Sponsor | Head of Commissioning (Maria Lindqvist) |\n| Pilot lead | Transport Coordinator (Sam Okafor) |\n',
    },
    {
      name: 'trust12 en: a post in apposition, with its article ("chaired by the project sponsor, the Head of Regulatory Services at … (Joanne Whitley)")',
      text:
        '# Listings\n\nKestrel Shire Council. The project runs from 1 May 2027 to 30 April 2028.\n\n' +
        'The project board is chaired by the project sponsor, the Head of Regulatory Services at Kestrel Shire Council (Joanne Whitley). ' +
        'Paul Adeyemi, the project owner, reports to it.\n',
    },
    {
      name: 'trust14 en: the role after a possessive ("chaired by the lead partner\'s sponsor, the Corporate Director for Communities (Morlan)")',
      text:
        '# CLEARWATER\n\nMorlan County Council. The project runs from 1 October 2026 to 30 September 2029.\n\n' +
        'A Steering Group meets quarterly and is chaired by the lead partner\'s sponsor, the Corporate Director for Communities (Morlan). ' +
        'Paul Adeyemi, the project owner, reports to it.\n',
    },
    {
      name: 'trust4: a grant form\'s facts block, one bold label per line in one paragraph',
      text:
        '**Local Digital Fund application**\n\n**Organisation:** Eastbridge City Council\n**Start date:** 1 April 2027\n**End date:** 31 January 2028\n' +
        '**Sponsor:** Assistant Director for Neighbourhoods\n**Service owner:** Waste Services Manager\n\n**1. What problem are you trying to solve?**\n\nText.\n',
    },
    {
      name: 'trust4: "sponsored by", "owned by", "between 1 May and 31 October 2027"',
      text:
        '# Room booking\n\nMarlow City Council. The pilot is sponsored by the Director of Communities, and the service is owned by the Libraries Manager. ' +
        'The trial will run between 1 May and 31 October 2027.\n',
    },
    {
      name: 'trust4: a two-column facts table whose header row is the first fact ("| Sponsor | Director of Place |")',
      text:
        '# Leak detection\n\n| Sponsor | Director of Place |\n|---|---|\n| Service owner | Facilities Manager |\n| Organisation | Kelbridge Borough Council |\n' +
        '| Pilot period | 1 April 2027 to 31 March 2028 |\n',
    },
    {
      name: 'trust4: a compound label ("Service owner and benefits owner:") names the owner; the pilot "runs … from … to …"',
      text:
        'Community Dental Service: Electronic Prescribing Pilot\n\nNorthmoor Health Trust\n\n' +
        'The pilot runs in three clinics from 1 April 2027 to 31 March 2028.\n\n' +
        '- Senior Responsible Owner: Clinical Director, Dental Services.\n- Service owner and benefits owner: CDS General Manager.\n',
    },
    {
      name: 'trust4: PRINCE2\'s Project Executive is the sponsor, a "Pilot period" section gives the dates, "will own the service" the owner',
      text:
        '# PID: Leak Detection\n\n| | |\n|---|---|\n| Organisation | Kelbridge Borough Council |\n| Project Executive | Head of Property Services |\n\n' +
        '## Pilot period\n\n1 April 2027 to 31 March 2028.\n\n## Handover\n\nIf extended, Facilities Management will own the service.\n',
    },
    {
      name: 'trust4: a timeline\'s "8 January 2027: trial starts" and "26 March 2027: trial ends" give the dates (bold dates in prose too)',
      text:
        '# Where is my bus?\n\nEastshire County Council. The sponsor is the Head of Transport, and the service owner is the Passenger Transport Manager.\n\n' +
        '## Timeline\n\n- 8 January 2027: trial starts\n- 26 March 2027: trial ends\n',
    },
    {
      name: 'trust4: "From **1 March 2027** to **31 August 2027** we are trying out …"',
      text:
        '# Graves\n\nAshcombe City Council. From **1 March 2027** to **31 August 2027** we are trying out an online grave search. ' +
        'The sponsor is the Director of Neighbourhoods. Carol Penn, Bereavement Services Manager, is the service owner.\n',
    },
    {
      name: 'a Senior Responsible Owner beside a named Sponsor owns the pilot (Green Book); the period in prose',
      text:
        'Outline Business Case\n\nKestrel Vale District Council – Housing Services\n\nSenior Responsible Owner: Assistant Director of Housing. Sponsor: Director of Communities. ' +
        'Pilot period: 1 April 2027 to 31 March 2028.\n\n1. Strategic Case\n\nText.\n',
    },
    {
      name: 'the period given in a Scope section without naming the pilot',
      text:
        '# Project Initiation Document\n\n| | |\n|---|---|\n| Organisation | Three Rivers Shared Digital Service |\n| Sponsor | Director of Shared Services |\n' +
        '| Service owner | Licensing Manager |\n\n## 3.2 Scope\n\nWenford only; new and renewal applications, from 1 May to 30 November 2027.\n',
    },
    {
      name: 'trust9 en: a Word title page of short lines with no blank line between them is the title',
      text:
        TITLE_PAGE_EN,
    },
    {
      name: 'trust9 nb: a two-line title block (CRLF) is the title',
      text: TITLE_PAGE_NB,
    },
    {
      name: 'issue 8: a plain first line is a Word export\'s title, and a labelled template slot counts as given',
      text:
        'Prosjektplan – Digital byggesaksveileder (pilot)\n\n**Organisation:** [Organisation name]\n\nPilot period: 1 February 2027 to 31 October 2027.\n\n' +
        '| Role | Name |\n|---|---|\n| Project Executive (sponsor) | Director of Children\'s Services |\n| Senior User (project owner) | Head of School Transport |\n',
    },
    {
      name: 'trust9 nb: a title block of short lines, the document type over its name, is the title (CRLF)',
      text:
        'Prosjektmandat\r\nJobbspesialist i psykisk helse og rus (IPS) – pilot i Lundvik kommune\r\n\r\n' +
        '| Oppdragsgiver | Kommunedirektør Bjørn Aasen |\r\n|---|---|\r\n| Prosjekteier | Kommunalsjef helse og velferd Marit Solheim |\r\n' +
        '| Prosjektperiode | 1. mars 2027 – 29. februar 2028 |\r\n',
    },
    {
      name: 'trust9 en: the organisation, the title and the version line over the facts table',
      text:
        'Westmarch Ambulance Service NHS Trust\nOutline Business Case: Mental Health Practitioners in the Clinical Hub\nVersion 0.6 | November 2026\n\n' +
        '| Item | Detail |\n|---|---|\n| Organisation | Westmarch Ambulance Service NHS Trust |\n| Sponsor | Karen Doyle, Director of Operations |\n' +
        '| Project owner | Head of the Clinical Hub |\n| Pilot period | 1 April 2027 to 31 March 2028 |\n',
    },
    { name: 'every required field present', text: `---\n${FULL}---\n# Fall sensors\n\nText.\n` },
    {
      name: 'catalogue E: no front matter, but the body gives every fact (English)',
      text:
        '# Fall sensors\n\n- Organisation: Nordby municipality\n- Project owner: head of the care home\n- Sponsor: Director of Health and Care\n' +
        '- Pilot start: 5 January 2026\n- Pilot end: 31 December 2026\n\nThe pilot tests sensors.\n',
    },
    {
      name: 'catalogue E: no front matter, facts in a bokmål facts table',
      text:
        '# Velferdsteknologi\n\n| Felt | Verdi |\n|---|---|\n| Søker | Nordby kommune |\n| Prosjekteier | Kommunalsjef helse og omsorg |\n' +
        '| Tjenesteeier | Enhetsleder hjemmetjenesten |\n| Prosjektperiode | 1. mars 2026 – 28. februar 2027 |\n',
    },
    {
      name: 'US spelling organization counts; placeholder values are present (placeholder-text flags them)',
      text: `---\n${FULL.replace('organisation: Nordby kommune', 'organization: "{{organisation}}"')}---\n# Fall sensors\n`,
    },
    {
      name: 'broken YAML is left to frontmatter-invalid-yaml',
      text: '---\ntitle: "Fall sensors\n---\n# Fall sensors\n',
    },
    {
      name: 'a custom field list from options',
      text: '---\ntitle: Pilot\n---\n# Pilot\n',
      options: { fields: ['title'] },
    },
    {
      name: 'catalogue E: prose facts as a web page writes them (English): a council, a pilot span, sponsor and owner sentences',
      text:
        '**Library room booking: pilot plan**\n\nHarlow Vale District Council, Libraries. Pilot from 4 January 2027 to 30 June 2027.\n\n' +
        '**Who is responsible**\n\nThe sponsor is the Assistant Director for Communities. The Libraries Manager owns the pilot.\n',
    },
    {
      name: 'catalogue E: prose facts in bokmål: "Oppdragsgiver er …", "… er tjenesteeier", Nordby kommune, a period',
      text:
        '# Meråpent bibliotek\n\nNordby kommune prøver ut meråpent bibliotek. Piloten varer fra 1. februar 2027 til 31. desember 2027.\n\n' +
        '## Organisering\n\nOppdragsgiver er kommunalsjef for kultur. Biblioteksjefen er tjenesteeier.\n',
    },
    {
      name: 'catalogue E: a README line with several facts ("Owner: … · Sponsor: … · Organisation: …") and a pilot span',
      text:
        '# Business rates portal\n\nOwner: Head of Revenues (Jane Cole) · Sponsor: Director of Finance (Tom Reyes) · ' +
        'Organisation: Hallford Council · Pilot period: 3 May 2027 – 30 November 2027\n',
    },
    {
      name: 'catalogue E: two roles in one sentence, "The sponsor is …, and the project owner is …"',
      text:
        '# Open planning data\n\nBrackenford District Council. Pilot from 4 January 2027 to 30 June 2027.\n\n## Governance\n\n' +
        "The sponsor is Brackenford's Director of Place, and the project owner is Brackenford's Head of Planning.\n",
    },
    {
      name: 'catalogue E: bokmål, an oppdragsgiver above the prosjekteier makes the prosjekteier the owner',
      text:
        '# Meråpent bibliotek\n\nNordby kommune prøver ut meråpent bibliotek. Piloten varer fra 1. februar 2027 til 31. desember 2027.\n\n' +
        '## Organisering\n\nOppdragsgiver er kommunalsjef for kultur og oppvekst. Prosjekteier er kultursjefen, og biblioteksjefen er gevinstansvarlig.\n',
    },
    { name: 'lever19 en: a proper name ending in a kind of public body ("Northgate Libraries") is the organisation', text: "# Story sacks\n\nNorthgate Libraries runs the pilot from 1 May 2027 to 31 October 2027 in three branches.\n\nThe sponsor is the Director of Communities. The project owner is the Head of Libraries.\n" },
    { name: 'lever19 nb: a unit named as an agency (*Kulturetaten*) is the organisation', text: "# Kulturkort\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027 og drives av Kulturetaten.\n\nOppdragsgiver er kommunedirektøren. Prosjekteier er etatsdirektøren.\n" },
    { name: "trust26 nb: a church council named in the title (*Saksframlegg – Nordvik kirkelige fellesråd*) is the organisation", text: "# Saksframlegg – Nordvik kirkelige fellesråd\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027.\n\nOppdragsgiver er fellesrådets leder. Prosjekteier er kirkevergen.\n", language: 'nb' },
    { name: "trust26 nn: a roles table's *Prosjektansvarleg* that holds a post (*Dagleg leiar i …*) names the owner", text: "# Søknad om tilskot\n\nVestvidda kommune søkjer. Piloten varer frå 1. mai 2027 til 31. oktober 2027.\n\n| Rolle | Kven | Forankring |\n|---|---|---|\n| Prosjekteigar | Kommunalsjef for kultur | Stadfestingsbrev |\n| Prosjektansvarleg | Dagleg leiar i idrettsrådet, Kari Nes | Vedtak i styret |\n", language: 'nb' },
    { name: "trust25 nb: a budget form's *Tiltakseier* names the owner, and a span opened by *fra* with words before its first date gives the period", text: "# Innspill til økonomiplan – tiltaksark\n\nVestvidda fylkeskommune\n\n| Felt | Innhold |\n|---|---|\n| Tiltakseier | Rektor ved Haugen skole |\n| Sponsor | Fylkesdirektør for utdanning |\n\n**B. Beskrivelse**\n\nSkolen leier seks simulatorer i ett skoleår, fra skolestart i august 2028 til 20. juni 2029.\n", language: 'nb' },
    { name: 'trust25 en: "from the start of term in September 2028 to 20 July 2029" gives the period where no sentence names a pilot', text: "# Welding simulators\n\nEastmoor County Council\n\n| Field | Value |\n|---|---|\n| Owner | Head of Engineering |\n| Sponsor | Director of Education |\n\n## Description of the project\n\nThe college leases six simulators from the start of term in September 2028 to 20 July 2029.\n" },
    { name: "trust24 nb: a NAV office named for its place in the title (*NAV Fjordby*) is the organisation", text: "# Notat til partnerskapsmøtet i NAV Fjordby\n\nPiloten går fra 1. februar 2027 til 31. desember 2027.\n\nProsjekteier er kommunalsjef for helse og velferd. NAV-leder eier tjenesten.\n" },
    { name: "trust24 nn: *Dagleg ansvarleg* beside the prosjekteigar names the owner", text: "# Hjartesone\n\nVikøy kommune. Periode: 14. april til 18. juni 2027.\n\n- **Prosjekteigar:** kommunalsjef for oppvekst\n- **Dagleg ansvarleg og gevinstansvarleg:** rektor ved Haugen skule\n" },
    { name: "trust24 nn: *Eigar av tenesta og gevinstansvarleg er …* names the owner in prose", text: "# Lærlingformidling\n\nVestfjord fylkeskommune. Piloten går frå 11. januar 2027 til 17. desember 2027.\n\nProsjekteigar (sponsor) er fylkesdirektør for opplæring. Eigar av tenesta og gevinstansvarleg er seksjonsleiar for fagopplæring.\n" },
    { name: "trust24 nb: a milestone row *Pilotstart på post 3A og 3B* gives the start; *er ansvarlig på driftsnivå* names the owner", text: "# Sporing av pumper\n\nSykehuset Nordvik HF.\n\n| Aktivitet | Dato |\n|---|---|\n| Pilotstart på post 3A og 3B | 1. februar 2027 |\n| Pilotslutt | 31. august 2027 |\n\nProsjekteier (sponsor) er klinikksjef. Seksjonslederen er ansvarlig på driftsnivå.\n" },
    { name: 'trust25 en: a committee report\'s "Proposal" section gives the period, and the pilot "managed day to day by" a role gives the owner', text: '# Compressed week\n\nKilbride County Council.\n\n**Proposal**\n\nFrom 5 April 2027 to 1 October 2027, staff in two sections will be offered a four-day week.\n\n**Governance**\n\nThe pilot will be sponsored by the Director of Services, and managed day to day by the Senior Executive Officer.\n' },
  ],
  invalid: [
    {
      name: 'trust25 en: a budget managed by a role, and a span outside the proposal, give no owner and no period',
      text: '# Compressed week\n\nKilbride County Council.\n\n**Background**\n\nFrom 5 April 2025 to 1 October 2025 the library tried a four-day week.\n\n**Governance**\n\nThe pilot will be sponsored by the Director of Services. The budget will be managed by the Finance Officer.\n',
      errors: [{ line: 1, severity: 'hint' }],
      output: '---\ntitle: "Compressed week"\norganisation: "Kilbride County Council"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\nowner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor: "the Director of Services"\n---\n\n# Compressed week\n\nKilbride County Council.\n\n**Background**\n\nFrom 5 April 2025 to 1 October 2025 the library tried a four-day week.\n\n**Governance**\n\nThe pilot will be sponsored by the Director of Services. The budget will be managed by the Finance Officer.\n',
    },
    {
      name: "trust24 nb: NAV alone, with no place, names no office",
      text: "# Notat til partnerskapsmøtet i NAV\n\nPiloten går fra 1. februar 2027 til 31. desember 2027.\n\nProsjekteier er kommunalsjef for helse og velferd. NAV-leder eier tjenesten.\n",
      errors: [{ line: 1, severity: 'hint', message: "`organisation`" }],
      output: "---\ntitle: \"Notat til partnerskapsmøtet i NAV\"\norganisation: \"{{virksomhet}}\"\npilot_start: \"2027-02-01\"\npilot_end: \"2027-12-31\"\nowner: \"NAV-leder\"\nsponsor: \"kommunalsjef for helse\"\n---\n\n# Notat til partnerskapsmøtet i NAV\n\nPiloten går fra 1. februar 2027 til 31. desember 2027.\n\nProsjekteier er kommunalsjef for helse og velferd. NAV-leder eier tjenesten.\n",
    },
    {
      name: "trust24 nn: *Dagleg ansvarleg for bommane* answers for the kit, not the pilot",
      text: "# Hjartesone\n\nVikøy kommune. Periode: 14. april til 18. juni 2027.\n\n- **Prosjekteigar:** kommunalsjef for oppvekst\n- **Dagleg ansvarleg for bommane:** kommunalteknikk\n",
      errors: [{ line: 1, severity: 'hint', message: "`owner`" }],
      output: "---\ntitle: \"Hjartesone\"\norganisation: \"Vikøy kommune\"\npilot_start: \"2027-04-14\"\npilot_end: \"2027-06-18\"\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\nsponsor: \"kommunalsjef for oppvekst\"\n---\n\n# Hjartesone\n\nVikøy kommune. Periode: 14. april til 18. juni 2027.\n\n- **Prosjekteigar:** kommunalsjef for oppvekst\n- **Dagleg ansvarleg for bommane:** kommunalteknikk\n",
    },
    {
      name: "trust24 nb: a row for what comes before the pilot's start gives no start",
      text: "# Sporing av pumper\n\nSykehuset Nordvik HF.\n\n| Aktivitet | Dato |\n|---|---|\n| Forberedelse til pilotstart på post 3A | 1. februar 2027 |\n| Pilotslutt | 31. august 2027 |\n\nProsjekteier (sponsor) er klinikksjef. Seksjonslederen er ansvarlig på driftsnivå.\n",
      errors: [{ line: 1, severity: 'hint', message: "`pilot_start`" }],
      output: "---\ntitle: \"Sporing av pumper\"\norganisation: \"Sykehuset Nordvik HF\"\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"2027-08-31\"\nowner: \"Seksjonslederen\"\nsponsor: \"klinikksjef\"\n---\n\n# Sporing av pumper\n\nSykehuset Nordvik HF.\n\n| Aktivitet | Dato |\n|---|---|\n| Forberedelse til pilotstart på post 3A | 1. februar 2027 |\n| Pilotslutt | 31. august 2027 |\n\nProsjekteier (sponsor) er klinikksjef. Seksjonslederen er ansvarlig på driftsnivå.\n",
    },
    { name: 'trust23 en: a heading after the body text names a phase, not the period', text: '# Renewing bus passes online\n\nNorthdale Combined Authority. The sponsor is the Director of Transport. The service owner is the Head of Customer Services.\n\n## Second trial phase, May 2028 to June 2028\n\nMore sites.\n', errors: [{ line: 1 }], output: '---\ntitle: "Renewing bus passes online"\norganisation: "Northdale Combined Authority"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\nowner: "the Head of Customer Services"\nsponsor: "the Director of Transport"\n---\n\n# Renewing bus passes online\n\nNorthdale Combined Authority. The sponsor is the Director of Transport. The service owner is the Head of Customer Services.\n\n## Second trial phase, May 2028 to June 2028\n\nMore sites.\n' },
    { name: 'trust23 en: a start and a report date are no period', text: '# Room booking\n\nMarlow City Council. This memo is about a pilot, starting on 1 March 2027 and reporting on 31 October 2027. The pilot is sponsored by the Director of Communities. The service is owned by the Libraries Manager.\n', errors: [{ line: 1 }], output: '---\ntitle: "Room booking"\norganisation: "Marlow City Council"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\nowner: "the Libraries Manager"\nsponsor: "the Director of Communities"\n---\n\n# Room booking\n\nMarlow City Council. This memo is about a pilot, starting on 1 March 2027 and reporting on 31 October 2027. The pilot is sponsored by the Director of Communities. The service is owned by the Libraries Manager.\n' },
    { name: 'trust24 en: a start and a review at the end of a later month are no period', text: '# Open studios\n\nEastmoor District Council. We want to pilot open studios from June 2027 and review them at the end of February 2028. The sponsor is the Director of Communities. The project owner is the Head of Culture.\n', errors: [{ line: 1 }], output: '---\ntitle: "Open studios"\norganisation: "Eastmoor District Council"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\nowner: "the Head of Culture"\nsponsor: "the Director of Communities"\n---\n\n# Open studios\n\nEastmoor District Council. We want to pilot open studios from June 2027 and review them at the end of February 2028. The sponsor is the Director of Communities. The project owner is the Head of Culture.\n' },
    { name: 'trust22 en: one who will meet its sponsor is no sponsor', text: '# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nMarcus Bell, who leads the team, will meet its sponsor in May. The project owner is the Manager Libraries.\n', errors: [{ line: 1, message: '`sponsor`' }], output: '---\ntitle: "Oral histories"\norganisation: "Harbour City Council"\npilot_start: "2027-08-01"\npilot_end: "2028-06-30"\nowner: "the Manager Libraries"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nMarcus Bell, who leads the team, will meet its sponsor in May. The project owner is the Manager Libraries.\n' },
    { name: 'trust21 en: a senior officer who is no sponsor names none', text: '# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nMarcus Bell is the senior officer. The project owner is the Manager Libraries.\n', errors: [{ line: 1, message: '`sponsor`' }], output: '---\ntitle: "Oral histories"\norganisation: "Harbour City Council"\npilot_start: "2027-08-01"\npilot_end: "2028-06-30"\nowner: "the Manager Libraries"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and finish on 30 June 2028.\n\nMarcus Bell is the senior officer. The project owner is the Manager Libraries.\n' },
    { name: "trust20 nb: a footer with a meeting and a date only names no organisation", text: "---\nmarp: true\nfooter: Styringsgruppemøte 9. november 2026\n---\n\n# Digitale innsatsplaner\n\nPilot 1. februar – 31. desember 2027\n\n---\n\n## Organisering\n\n- Prosjekteier: brannsjef Kari Lund\n- Oppdragsgiver: kommunedirektør Per Berg\n", errors: [{ line: 1, message: '`organisation`' }], output: "---\nmarp: true\nfooter: Styringsgruppemøte 9. november 2026\norganisation: \"{{organisation}}\"\n---\n\n# Digitale innsatsplaner\n\nPilot 1. februar – 31. desember 2027\n\n---\n\n## Organisering\n\n- Prosjekteier: brannsjef Kari Lund\n- Oppdragsgiver: kommunedirektør Per Berg\n" },
    { name: "trust20 nn: the supplier as *oppdragstakar* is no oppdragsgivar above the prosjekteigar, who stays the sponsor: the owner is missing", text: "# Prøveordning med låsar\n\n**Solvik kommune – saksframlegg**\n\n## Innstilling\n\n1. Utvalet godkjenner ei prøveordning i perioden 1. april 2027 til 31. desember 2027.\n\n## Organisering\n\nAvdelingsleiar for renovasjon er prosjekteigar. Leverandøren er oppdragstakar.\n", errors: [{ line: 1, severity: 'hint', message: 'front matter med `owner`' }], output: "---\ntitle: \"Prøveordning med låsar\"\norganisation: \"Solvik kommune\"\npilot_start: \"2027-04-01\"\npilot_end: \"2027-12-31\"\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\nsponsor: \"Avdelingsleiar for renovasjon\"\n---\n\n# Prøveordning med låsar\n\n**Solvik kommune – saksframlegg**\n\n## Innstilling\n\n1. Utvalet godkjenner ei prøveordning i perioden 1. april 2027 til 31. desember 2027.\n\n## Organisering\n\nAvdelingsleiar for renovasjon er prosjekteigar. Leverandøren er oppdragstakar.\n" },
    { name: "trust19 nn: *Eigar av bilane* owns the kit, not the service", text: "---\ntitle: Skjermtolk\norganisation: Nes kommune\npilot_start: 2027-01-01\npilot_end: 2027-12-31\n---\n\n# Skjermtolk\n\n## Organisering\n\n- **Prosjekteigar:** kommunalsjef for levekår\n- **Eigar av bilane og gevinstansvarleg:** leiar for flyktningtenesta\n", errors: [{ line: 1, message: 'mangler `owner`' }], output: "---\ntitle: Skjermtolk\norganisation: Nes kommune\npilot_start: 2027-01-01\npilot_end: 2027-12-31\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\n---\n\n# Skjermtolk\n\n## Organisering\n\n- **Prosjekteigar:** kommunalsjef for levekår\n- **Eigar av bilane og gevinstansvarleg:** leiar for flyktningtenesta\n" },
    { name: "trust18 nb: a kommune named in a later section's heading (another body's experience) is not the organisation", text: "# Prosjektplan – sensorer\n\nPiloten varer fra 1. mars 2027 til 31. desember 2027.\n\nKommunalsjef for teknisk drift er prosjekteier. Kommunedirektøren er oppdragsgiver.\n\nTekst.\n\n## Erfaringer fra Nordvik kommune\n\nDe testet sensorer i 2025.\n", errors: [{ line: 1, severity: 'hint', message: 'front matter med `organisation`' }], output: "---\ntitle: \"Prosjektplan – sensorer\"\norganisation: \"{{virksomhet}}\"\npilot_start: \"2027-03-01\"\npilot_end: \"2027-12-31\"\nowner: \"Kommunalsjef for teknisk drift\"\nsponsor: \"Kommunedirektøren\"\n---\n\n# Prosjektplan – sensorer\n\nPiloten varer fra 1. mars 2027 til 31. desember 2027.\n\nKommunalsjef for teknisk drift er prosjekteier. Kommunedirektøren er oppdragsgiver.\n\nTekst.\n\n## Erfaringer fra Nordvik kommune\n\nDe testet sensorer i 2025.\n" },
    {
      name: 'resid17 en: "a City of Trees" is a slogan, not a council',
      text: "# Street trees\n\nOur vision is a City of Trees by 2030, and the pilot runs from 1 May 2027 to 31 October 2027.\n\n| Role | Who |\n|---|---|\n| Sponsor | Director, Urban Forestry |\n| Owner | Manager, Forestry Operations |\n",
      errors: [{ line: 1, severity: 'hint', message: '`organisation`' }],
      output: "---\ntitle: \"Street trees\"\norganisation: \"{{organisation}}\"\npilot_start: \"2027-05-01\"\npilot_end: \"2027-10-31\"\nowner: \"Manager, Forestry Operations\"\nsponsor: \"Director, Urban Forestry\"\n---\n\n# Street trees\n\nOur vision is a City of Trees by 2030, and the pilot runs from 1 May 2027 to 31 October 2027.\n\n| Role | Who |\n|---|---|\n| Sponsor | Director, Urban Forestry |\n| Owner | Manager, Forestry Operations |\n",
    },
    {
      name: 'resid17 en: a start beside another date ("… and the report is due on …") is no span',
      text: "# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and the report is due on 30 June 2028.\n\nThe sponsor is the General Manager Community. The project owner is the Manager Libraries.\n",
      errors: [{ line: 1, severity: 'hint', message: '`pilot_start`, `pilot_end`' }],
      output: "---\ntitle: \"Oral histories\"\norganisation: \"Harbour City Council\"\npilot_start: \"{{YYYY-MM-DD}}\"\npilot_end: \"{{YYYY-MM-DD}}\"\nowner: \"the Manager Libraries\"\nsponsor: \"the General Manager Community\"\n---\n\n# Oral histories\n\nHarbour City Council. The project will start on 1 August 2027 and the report is due on 30 June 2028.\n\nThe sponsor is the General Manager Community. The project owner is the Manager Libraries.\n",
    },
    {
      name: 'resid17 nn: a start beside another date (*startar 1. mars 2027 og rapporterer 28. februar 2028*) is no span',
      text: "# Søknad om tilskot\n\n**Søkjar:** Fjordvik kommune\n\nProsjektet startar 1. mars 2027 og rapporterer 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n",
      errors: [{ line: 1, severity: 'hint', message: '`pilot_start`, `pilot_end`' }],
      output: "---\ntitle: \"Søknad om tilskot\"\norganisation: \"Fjordvik kommune\"\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"{{ÅÅÅÅ-MM-DD}}\"\nowner: \"Kommunalsjef for kultur\"\nsponsor: \"Kommunedirektøren\"\n---\n\n# Søknad om tilskot\n\n**Søkjar:** Fjordvik kommune\n\nProsjektet startar 1. mars 2027 og rapporterer 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n",
    },
    {
      name: 'resid17 en: a field heading over a long paragraph is a section, not a field\'s answer',
      text: '# Heritage Grants\n\n## Organisation\n\nThe project team is drawn from the branch libraries and the local studies service, with volunteers recruited through the seniors\' clubs and a partner society that reviews every transcript.\n\nThe project will start on 1 August 2027 and the report is due on 30 June 2028.\n\nThe sponsor is the General Manager Community. The project owner is the Manager Libraries.\n',
      errors: [{ line: 1, severity: 'hint', message: 'front matter with `organisation`, `pilot_start`, `pilot_end` lets' }],
      output:
        '---\ntitle: "Heritage Grants"\norganisation: "{{organisation}}"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\n' +
        'owner: "the Manager Libraries"\nsponsor: "the General Manager Community"\n---\n\n' +
        '# Heritage Grants\n\n## Organisation\n\nThe project team is drawn from the branch libraries and the local studies service, with volunteers recruited through the seniors\' clubs and a partner society that reviews every transcript.\n\nThe project will start on 1 August 2027 and the report is due on 30 June 2028.\n\nThe sponsor is the General Manager Community. The project owner is the Manager Libraries.\n',
    },
    {
      name: 'resid17 nn: a field heading over a long paragraph (*## Søkar* over the applicant\'s history) gives no organisation',
      text: "# Søknad om tilskot\n\n## Søkar\n\nSøknaden kjem frå biblioteket, som har drive lokalhistorisk arbeid sidan 1990-talet saman med historielaget og frivillige som skriv av opptak og ordnar fotografi.\n\nProsjektet varer frå 1. mars 2027 til 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n",
      errors: [{ line: 1, severity: 'hint', message: '`organisation`' }],
      output: "---\ntitle: \"Søknad om tilskot\"\norganisation: \"{{virksomhet}}\"\npilot_start: \"2027-03-01\"\npilot_end: \"2028-02-28\"\nowner: \"Kommunalsjef for kultur\"\nsponsor: \"Kommunedirektøren\"\n---\n\n# Søknad om tilskot\n\n## Søkar\n\nSøknaden kjem frå biblioteket, som har drive lokalhistorisk arbeid sidan 1990-talet saman med historielaget og frivillige som skriv av opptak og ordnar fotografi.\n\nProsjektet varer frå 1. mars 2027 til 28. februar 2028.\n\nKommunalsjef for kultur er prosjektansvarleg. Kommunedirektøren er oppdragsgjevar.\n",
    },
    { name: "trust16 nn: a project manager (*er prosjektleiar*) is no owner", text: "# Søknad om skjønnsmidlar\n\n**Søkjar:** Fjellbygd kommune\n**Prosjektperiode:** 1. mars 2027 – 29. februar 2028\n\nBiblioteksjef Arne Vik er prosjektleiar. Kommunedirektør Ola Brekke er prosjekteigar.\n", errors: [{ line: 1, severity: 'hint', message: 'front matter med `owner`' }], output: "---\ntitle: \"Søknad om skjønnsmidlar\"\norganisation: \"Fjellbygd kommune\"\npilot_start: \"2027-03-01\"\npilot_end: \"2028-02-29\"\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\nsponsor: \"Kommunedirektør Ola Brekke\"\n---\n\n# Søknad om skjønnsmidlar\n\n**Søkjar:** Fjellbygd kommune\n**Prosjektperiode:** 1. mars 2027 – 29. februar 2028\n\nBiblioteksjef Arne Vik er prosjektleiar. Kommunedirektør Ola Brekke er prosjekteigar.\n" },
    {
      name: 'trust16 en: a grant awarded on one day gives no period, and a district in lower case names no body',
      text: '# Bus routes\n\nThe district transportation office applies. The grant was awarded on July 1, 2027.\n\nThe sponsor is the Assistant Superintendent. The project owner is the Transportation Director.\n',
      errors: [{ line: 1, severity: 'hint', message: 'front matter with `organisation`, `pilot_start`, `pilot_end` lets' }],
      output:
        '---\ntitle: "Bus routes"\norganisation: "{{organisation}}"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\n' +
        'owner: "the Transportation Director"\nsponsor: "the Assistant Superintendent"\n---\n\n' +
        '# Bus routes\n\nThe district transportation office applies. The grant was awarded on July 1, 2027.\n\nThe sponsor is the Assistant Superintendent. The project owner is the Transportation Director.\n',
    },
    {
      name: 'round 10: a slashed label that joins a label to its options ("Executive/routine: Executive") names no sponsor',
      text:
        '# Two-way texts\n\nExecutive/routine: Executive\n\nHarbour City Council. The pilot runs from 1 April 2027 to 30 September 2027. The service owner is the Head of Housing Repairs.\n',
      errors: [{ line: 1, severity: 'hint', message: 'front matter with `sponsor` lets' }],
      output:
        '---\ntitle: "Two-way texts"\norganisation: "Harbour City Council"\npilot_start: "2027-04-01"\npilot_end: "2027-09-30"\n' +
        'owner: "the Head of Housing Repairs"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n' +
        '# Two-way texts\n\nExecutive/routine: Executive\n\nHarbour City Council. The pilot runs from 1 April 2027 to 30 September 2027. The service owner is the Head of Housing Repairs.\n',
    },
    {
      name: "trust15 en: a run-in title that is not the pilot (\"*How Pedalworks was selected.*\") does not make its dates the pilot's",
      text: "**Probation Service – Northern Fells Region**\n\n# Cargo bikes\n\n- *Executive sponsor:* Karen Boyd, Director of Public Works\n- *Pilot owner:* Luis Ortega, Fleet Services Superintendent\n\n*How Pedalworks was selected.* Quotes were valid from July 1, 2027 through March 31, 2028.\n",
      errors: [{ line: 1 }],
      output: "---\ntitle: \"Cargo bikes\"\norganisation: \"Probation Service\"\npilot_start: \"{{YYYY-MM-DD}}\"\npilot_end: \"{{YYYY-MM-DD}}\"\nowner: \"Luis Ortega, Fleet Services Superintendent\"\nsponsor: \"Karen Boyd, Director of Public Works\"\n---\n\n**Probation Service – Northern Fells Region**\n\n# Cargo bikes\n\n- *Executive sponsor:* Karen Boyd, Director of Public Works\n- *Pilot owner:* Luis Ortega, Fleet Services Superintendent\n\n*How Pedalworks was selected.* Quotes were valid from July 1, 2027 through March 31, 2028.\n",
    },
    {
      name: "trust18 en: a bold line whose words are joined by \"and\" but end in no kind of body names no organisation",
      text: "# Virtual permits\n\n**Parking and travel in Harrowdale**\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
      errors: [{ line: 1 }],
      output: "---\ntitle: \"Virtual permits\"\norganisation: \"{{organisation}}\"\npilot_start: \"2027-07-01\"\npilot_end: \"2028-06-30\"\nowner: \"Head of West Fells PDU, Runs the pilot\"\nsponsor: \"Regional Probation Director, Accountable for the pilot\"\n---\n\n# Virtual permits\n\n**Parking and travel in Harrowdale**\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
    },
    {
      name: "trust15 en: an office named in passing in the prose is not the organisation",
      text: "# Video reporting\n\nThe team works closely with the State Revenue Office.\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
      errors: [{ line: 1 }],
      output: "---\ntitle: \"Video reporting\"\norganisation: \"{{organisation}}\"\npilot_start: \"2027-07-01\"\npilot_end: \"2028-06-30\"\nowner: \"Head of West Fells PDU, Runs the pilot\"\nsponsor: \"Regional Probation Director, Accountable for the pilot\"\n---\n\n# Video reporting\n\nThe team works closely with the State Revenue Office.\n\n| Role | Post holder | Responsibility |\n|---|---|---|\n| Pilot sponsor | Regional Probation Director | Accountable for the pilot |\n| Pilot lead | Head of West Fells PDU | Runs the pilot |\n\nThe pilot runs from 1 July 2027 to 30 June 2028.\n",
    },
    { name: "trust15 nb: a span under another field (*Utlysning*) is no pilot period", text: "# Søknad om kompetansetilskudd\n\n**Søker (organisasjon)**\n\nNordvik kommune\n\n**Prosjektorganisering**\n\nOppdragsgiver er kommunedirektør Arne Vik. Prosjekteier er kommunalsjef Lise Hatlestad.\n\n**Utlysning**\n\nSøknader mottas 1. september 2027 – 31. oktober 2027.\n", errors: [{ line: 1 }], output: "---\ntitle: \"Søknad om kompetansetilskudd\"\norganisation: \"Nordvik kommune\"\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"{{ÅÅÅÅ-MM-DD}}\"\nowner: \"kommunalsjef Lise Hatlestad\"\nsponsor: \"kommunedirektør Arne Vik\"\n---\n\n# Søknad om kompetansetilskudd\n\n**Søker (organisasjon)**\n\nNordvik kommune\n\n**Prosjektorganisering**\n\nOppdragsgiver er kommunedirektør Arne Vik. Prosjekteier er kommunalsjef Lise Hatlestad.\n\n**Utlysning**\n\nSøknader mottas 1. september 2027 – 31. oktober 2027.\n" },
    { name: "trust15 nn: the pre-project's own past period (*Forprosjektet varte frå …*) is not the pilot's", text: "# Sluttrapport frå forprosjekt\n\nVestvika kommune, eining for vatn og avløp\n\nOppdragsgjevar er kommunedirektør Helge Strand. Prosjekteigar er kommunalsjef Ingrid Lie.\n\nForprosjektet varte frå 1. mars til 30. november 2026.\n", errors: [{ line: 1 }], output: "---\ntitle: \"Sluttrapport frå forprosjekt\"\norganisation: \"Vestvika kommune\"\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"{{ÅÅÅÅ-MM-DD}}\"\nowner: \"kommunalsjef Ingrid Lie\"\nsponsor: \"kommunedirektør Helge Strand\"\n---\n\n# Sluttrapport frå forprosjekt\n\nVestvika kommune, eining for vatn og avløp\n\nOppdragsgjevar er kommunedirektør Helge Strand. Prosjekteigar er kommunalsjef Ingrid Lie.\n\nForprosjektet varte frå 1. mars til 30. november 2026.\n" },
    { name: "trust14 nb: a requester alone leaves the sponsor unsaid", text: "**Behovsmelding**\n\nNordvik kommune – IKT-tjenesten\n\n| Felt | Utfylling |\n|---|---|\n| Bestillers navn | Line Kvam |\n\nPilotperiode: 1. mars–31. august 2027.\n", errors: [{ line: 1 }], output: "---\ntitle: \"Behovsmelding\"\norganisation: \"Nordvik kommune\"\npilot_start: \"2027-03-01\"\npilot_end: \"2027-08-31\"\nowner: \"Line Kvam\"\nsponsor:\n  role: \"{{role}}\"\n  name: \"{{name}}\"\n---\n\n**Behovsmelding**\n\nNordvik kommune – IKT-tjenesten\n\n| Felt | Utfylling |\n|---|---|\n| Bestillers navn | Line Kvam |\n\nPilotperiode: 1. mars–31. august 2027.\n" },
    { name: "trust14 nn: a prosjekteigar in the chair is nobody above: neither role is given", text: "# Referat\n\nNesvik kommune, kultur og fritid\n\n## Organisering\n\nStyringsgruppa vert leia av prosjekteigar Eivind Strand.\n\nPiloten varer frå 1. mars til 31. desember 2027.\n", errors: [{ line: 1 }], output: "---\ntitle: \"Referat\"\norganisation: \"Nesvik kommune\"\npilot_start: \"2027-03-01\"\npilot_end: \"2027-12-31\"\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\nsponsor:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\n---\n\n# Referat\n\nNesvik kommune, kultur og fritid\n\n## Organisering\n\nStyringsgruppa vert leia av prosjekteigar Eivind Strand.\n\nPiloten varer frå 1. mars til 31. desember 2027.\n" },
    { name: "round 9 en: a numbered paragraph without a label (\"4.1 A sponsor will be found …\") names no sponsor", text: "# Visits\n\n## 1. Purpose\n\n1.1 This paper asks the Chief Officer Group of Ravensmoor Fire and Rescue Service to approve a pilot. The pilot would run from 3 May 2027 to 31 October 2027.\n\n## 4. Governance\n\n4.1 A sponsor will be found before the pilot starts.\n\n4.2 Pilot owner: Area Manager, Community Risk.\n", errors: [{ line: 1, severity: 'hint', message: '`sponsor`' }], output: '---\ntitle: "Visits"\norganisation: "Ravensmoor Fire and Rescue Service"\npilot_start: "2027-05-03"\npilot_end: "2027-10-31"\nowner: "Area Manager, Community Risk."\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n# Visits\n\n## 1. Purpose\n\n1.1 This paper asks the Chief Officer Group of Ravensmoor Fire and Rescue Service to approve a pilot. The pilot would run from 3 May 2027 to 31 October 2027.\n\n## 4. Governance\n\n4.1 A sponsor will be found before the pilot starts.\n\n4.2 Pilot owner: Area Manager, Community Risk.\n' },
    { name: "trust12 nb: a span in a sentence about the model alone (*Modellen vedlikeholdes fra …*) is no pilot period", text: "---\norganisation: Fjellstad kommune\nowner: Økonomisjef\nsponsor: Kommunedirektør\ntitle: Takst\n---\n\n# Takst\n\n## Anbefaling\n\nModellen vedlikeholdes fra 1. mars 2027 til 30. september 2027 av kontoret.\n", errors: [{line: 1, element: "pilot_start,pilot_end"}], output: "---\norganisation: Fjellstad kommune\nowner: Økonomisjef\nsponsor: Kommunedirektør\ntitle: Takst\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"{{ÅÅÅÅ-MM-DD}}\"\n---\n\n# Takst\n\n## Anbefaling\n\nModellen vedlikeholdes fra 1. mars 2027 til 30. september 2027 av kontoret.\n" },
    { name: "trust13 en: a partnership's period (\"| Partnership period | … |\") is not the trial's", text: "---\norganisation: Wexcombe Council\nowner: Street Lighting Manager\nsponsor: Director of Highways\ntitle: Lighting\n---\n\n# Lighting\n\n| Item | Detail |\n|---|---|\n| Partnership period | 1 April 2027 to 31 March 2029 |\n", errors: [{line: 1, element: "pilot_start,pilot_end"}], output: "---\norganisation: Wexcombe Council\nowner: Street Lighting Manager\nsponsor: Director of Highways\ntitle: Lighting\npilot_start: \"{{YYYY-MM-DD}}\"\npilot_end: \"{{YYYY-MM-DD}}\"\n---\n\n# Lighting\n\n| Item | Detail |\n|---|---|\n| Partnership period | 1 April 2027 to 31 March 2029 |\n" },
    { name: "trust11 en: a date span in \"After the pilot\" is the service's, not the pilot's period", text: "---\norganisation: Ashby Borough Council\nowner: Head of Parks and Leisure\nsponsor: Director of Communities\ntitle: pitchbook\n---\n\n# pitchbook\n\n## After the pilot\n\nFrom 1 October 2027 to 30 September 2028 pitchbook takes all bookings at the 20 other sites.\n", errors: [{line: 1, element: "pilot_start,pilot_end"}], output: "---\norganisation: Ashby Borough Council\nowner: Head of Parks and Leisure\nsponsor: Director of Communities\ntitle: pitchbook\npilot_start: \"{{YYYY-MM-DD}}\"\npilot_end: \"{{YYYY-MM-DD}}\"\n---\n\n# pitchbook\n\n## After the pilot\n\nFrom 1 October 2027 to 30 September 2028 pitchbook takes all bookings at the 20 other sites.\n" },
    {
      name: 'trust12 en: a "Clinical lead" row is a role in the pilot, not its owner (only a pilot, project or trial lead owns it)',
      text:
        '# Pilot Charter\n\nBrackenfold Metropolitan Borough Council\n\n| Item | Detail |\n|---|---|\n| Pilot start | 12 April 2027 |\n| Pilot end | 8 October 2027 |\n\n' +
        '| Role | Name / post |\n|---|---|\n| Sponsor | Head of Commissioning |\n| Clinical lead | Dr Amy Shaw |\n',
      errors: [{ line: 1, message: '`owner`' }],
      output:
        '---\ntitle: "Pilot Charter"\norganisation: "Brackenfold Metropolitan Borough Council"\npilot_start: "2027-04-12"\npilot_end: "2027-10-08"\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor: "Head of Commissioning"\n---\n\n# Pilot Charter\n\nBrackenfold Metropolitan Borough Council\n\n| Item | Detail |\n|---|---|\n| Pilot start | 12 April 2027 |\n| Pilot end | 8 October 2027 |\n\n| Role | Name / post |\n|---|---|\n| Sponsor | Head of Commissioning |\n| Clinical lead | Dr Amy Shaw |\n',
    },
    {
      name: 'trust12 en: a post in lower case after the role ("the project sponsor, the chair of the board, …") names no sponsor',
      text:
        '# Listings\n\nKestrel Shire Council. The project runs from 1 May 2027 to 30 April 2028.\n\n' +
        'The project board is chaired by the project sponsor, the chair of the board, every month. Paul Adeyemi, the project owner, reports to it.\n',
      errors: [{ line: 1, message: '`sponsor`' }],
      output:
        '---\ntitle: "Listings"\norganisation: "Kestrel Shire Council"\npilot_start: "2027-05-01"\npilot_end: "2028-04-30"\nowner: "Paul Adeyemi"\n' +
        'sponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n# Listings\n\nKestrel Shire Council. The project runs from 1 May 2027 to 30 April 2028.\n\nThe project board is chaired by the project sponsor, the chair of the board, every month. Paul Adeyemi, the project owner, reports to it.\n',
    },
    {
      name: 'trust11 nn: a company (AS) is a supplier\'s form, not a public body: no organisation from it',
      text: '# Drone\n\nMidtfjord brann og redning AS prøver ut drone. Pilotperioden varer frå 1. november 2026 til 31. desember 2027.\n\n## Kven har ansvaret?\n\n- Oppdragsgjevar: brannsjef Eirik Fossum\n- Prosjekteigar: avdelingsleiar Anne Lid\n',
      errors: [{ line: 1, severity: 'hint', message: '`organisation`' }],
      output: '---\ntitle: "Drone"\norganisation: "{{virksomhet}}"\npilot_start: "2026-11-01"\npilot_end: "2027-12-31"\nowner: "avdelingsleiar Anne Lid"\nsponsor: "brannsjef Eirik Fossum"\n---\n\n# Drone\n\nMidtfjord brann og redning AS prøver ut drone. Pilotperioden varer frå 1. november 2026 til 31. desember 2027.\n\n## Kven har ansvaret?\n\n- Oppdragsgjevar: brannsjef Eirik Fossum\n- Prosjekteigar: avdelingsleiar Anne Lid\n',
    },
    {
      name: 'trust10 nb: a bracket that glosses no role ("Prosjektansvarlig (kontaktperson)") names no sponsor',
      text:
        '# Lesestøtte\n\nSolvik kommune prøver ut lesestøtte. Prosjektet varer fra 1. august 2027 til 30. juni 2028.\n\n## Organisering\n\n' +
        'Prosjektansvarlig (kontaktperson) er kommunedirektør Siri Holm. Tjenesteeier er kommunalsjef for oppvekst Kjetil Dahl.\n',
      errors: [{ line: 1, severity: 'hint', message: '`sponsor`' }],
      output:
        '---\ntitle: "Lesestøtte"\norganisation: "Solvik kommune"\npilot_start: "2027-08-01"\npilot_end: "2028-06-30"\n' +
        'owner: "kommunalsjef for oppvekst Kjetil Dahl"\nsponsor:\n  role: "{{rolle}}"\n  name: "{{navn}}"\n---\n\n' +
        '# Lesestøtte\n\nSolvik kommune prøver ut lesestøtte. Prosjektet varer fra 1. august 2027 til 30. juni 2028.\n\n## Organisering\n\n' +
        'Prosjektansvarlig (kontaktperson) er kommunedirektør Siri Holm. Tjenesteeier er kommunalsjef for oppvekst Kjetil Dahl.\n',
    },
    {
      name: 'trust10 en: a product manager is no owner',
      text:
        '# Comments\n\nBrackenford City Council runs the pilot from 1 May 2027 to 31 January 2028.\n\n## Governance\n\n' +
        '| Role | Who |\n|---|---|\n| Sponsor | Director of Planning |\n| Product manager | Development Management Manager |\n',
      errors: [{ line: 1, severity: 'hint', message: '`owner`' }],
      output:
        '---\ntitle: "Comments"\norganisation: "Brackenford City Council"\npilot_start: "2027-05-01"\npilot_end: "2028-01-31"\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor: "Director of Planning"\n---\n\n' +
        '# Comments\n\nBrackenford City Council runs the pilot from 1 May 2027 to 31 January 2028.\n\n## Governance\n\n' +
        '| Role | Who |\n|---|---|\n| Sponsor | Director of Planning |\n| Product manager | Development Management Manager |\n',
    },
    {
      name: 'trust9: an opening paragraph of sentences is no title block, though its lines are short',
      text:
        'Lundvik kommune prøver ut IPS.\nPiloten varer fra 1. mars 2027 til 29. februar 2028.\n\n' +
        '| Oppdragsgiver | Kommunedirektør Bjørn Aasen |\n|---|---|\n| Prosjekteier | Kommunalsjef helse og velferd Marit Solheim |\n',
      errors: [{ line: 1, severity: 'hint', message: '`title`' }],
      output:
        '---\ntitle: "{{tittel}}"\norganisation: "Lundvik kommune"\npilot_start: "2027-03-01"\npilot_end: "2028-02-29"\n' +
        'owner: "Kommunalsjef helse og velferd Marit Solheim"\nsponsor: "Kommunedirektør Bjørn Aasen"\n---\n\n' +
        'Lundvik kommune prøver ut IPS.\nPiloten varer fra 1. mars 2027 til 29. februar 2028.\n\n' +
        '| Oppdragsgiver | Kommunedirektør Bjørn Aasen |\n|---|---|\n| Prosjekteier | Kommunalsjef helse og velferd Marit Solheim |\n',
    },
    {
      name: 'trust9: a first paragraph whose second line is a sentence is no title page',
      text: NO_TITLE_EN,
      errors: [{ line: 1, severity: 'hint', message: '`title`' }],
      output:
        '---\ntitle: "{{title}}"\norganisation: "Westmarch Ambulance Service NHS Trust"\npilot_start: "2027-04-01"\npilot_end: "2028-03-31"\n' +
        'owner: "Tom Rees, Head of Clinical Hub"\nsponsor: "Karen Doyle, Director of Operations"\n---\n\n' + NO_TITLE_EN,
    },
    {
      name: 'trust6 nn: a compound label under an oppdragsgjevar ("Prosjekteigar og gevinstansvarleg:") gives the owner; only the dates are missing',
      text:
        '# Mobil røntgen\n\nFjordvik kommune\n\n## Organisering\n\n- Oppdragsgjevar: kommunedirektør Randi Hauge\n' +
        '- Prosjekteigar og gevinstansvarleg: einingsleiar for sjukeheimane, Per Kvamme\n',
      errors: [{ line: 1, severity: 'hint', message: 'front matter med `pilot_start`, `pilot_end` lar' }],
      output:
        '---\ntitle: "Mobil røntgen"\norganisation: "Fjordvik kommune"\npilot_start: "{{ÅÅÅÅ-MM-DD}}"\npilot_end: "{{ÅÅÅÅ-MM-DD}}"\n' +
        'owner: "einingsleiar for sjukeheimane, Per Kvamme"\nsponsor: "kommunedirektør Randi Hauge"\n---\n\n' +
        '# Mobil røntgen\n\nFjordvik kommune\n\n## Organisering\n\n- Oppdragsgjevar: kommunedirektør Randi Hauge\n' +
        '- Prosjekteigar og gevinstansvarleg: einingsleiar for sjukeheimane, Per Kvamme\n',
    },
    {
      name: 'trust5: "the benefit owner, Gareth Lewis" names no owner, and a risk row with three cells is no roles row',
      text:
        '# Pre-order\n\nEastbrook Borough Council. The pilot runs from 1 March 2027 to 16 July 2027. The sponsor is the Director of Children\'s Services.\n\n' +
        'Reports go to the benefit owner, Gareth Lewis, each month.\n\n| Risk | Impact | Owner |\n|---|---|---|\n| Low uptake | High | School business managers |\n',
      errors: [{ line: 1, severity: 'hint', message: '`owner`' }],
      output:
        '---\ntitle: "Pre-order"\norganisation: "Eastbrook Borough Council"\npilot_start: "2027-03-01"\npilot_end: "2027-07-16"\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor: "the Director of Children\'s Services"\n---\n\n' +
        '# Pre-order\n\nEastbrook Borough Council. The pilot runs from 1 March 2027 to 16 July 2027. The sponsor is the Director of Children\'s Services.\n\n' +
        'Reports go to the benefit owner, Gareth Lewis, each month.\n\n| Risk | Impact | Owner |\n|---|---|---|\n| Low uptake | High | School business managers |\n',
    },
    {
      name: 'a date range outside a period section and without the pilot named is no pilot period',
      text:
        '# Project Initiation Document\n\n| | |\n|---|---|\n| Organisation | Three Rivers Shared Digital Service |\n| Sponsor | Director of Shared Services |\n' +
        '| Service owner | Licensing Manager |\n\n## Background\n\nThe old system ran from 1 May to 30 November 2019.\n',
      errors: [{ line: 1, message: 'pilot_start' }],
      output:
        '---\ntitle: "Project Initiation Document"\norganisation: "Three Rivers Shared Digital Service"\npilot_start: "{{YYYY-MM-DD}}"\npilot_end: "{{YYYY-MM-DD}}"\n' +
        'owner: "Licensing Manager"\nsponsor: "Director of Shared Services"\n---\n\n' +
        '# Project Initiation Document\n\n| | |\n|---|---|\n| Organisation | Three Rivers Shared Digital Service |\n| Sponsor | Director of Shared Services |\n' +
        '| Service owner | Licensing Manager |\n\n## Background\n\nThe old system ran from 1 May to 30 November 2019.\n',
    },
    {
      name: 'bokmål: a prosjekteier with nobody above is the sponsor, so the owner is still missing',
      text:
        '# Meråpent bibliotek\n\nNordby kommune prøver ut meråpent bibliotek. Piloten varer fra 1. februar 2027 til 31. desember 2027.\n\n' +
        '## Organisering\n\nProsjekteier er kultursjefen, og biblioteksjefen er gevinstansvarlig.\n',
      errors: [{ line: 1, severity: 'hint', message: '`owner`' }],
      output:
        '---\ntitle: "Meråpent bibliotek"\norganisation: "Nordby kommune"\npilot_start: "2027-02-01"\npilot_end: "2027-12-31"\n' +
        'owner:\n  role: "{{rolle}}"\n  name: "{{navn}}"\nsponsor: "kultursjefen"\n---\n\n' +
        '# Meråpent bibliotek\n\nNordby kommune prøver ut meråpent bibliotek. Piloten varer fra 1. februar 2027 til 31. desember 2027.\n\n' +
        '## Organisering\n\nProsjekteier er kultursjefen, og biblioteksjefen er gevinstansvarlig.\n',
    },
    {
      name: 'catalogue E: one finding on line 1 listing the missing fields, warning where planning fields exist; exit_decision_date is not listed',
      text: '---\ntitle: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n---\n# Fall sensors\n\nThe pilot tests sensors.\n',
      errors: [{ line: 1, element: 'owner,sponsor', severity: 'warning', message: 'Front matter has no `owner`, `sponsor`, and the text does not say them either' }],
      output:
        '---\ntitle: Fall sensors\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n# Fall sensors\n\nThe pilot tests sensors.\n',
    },
    {
      name: 'an empty key is replaced rather than repeated (Norwegian, CRLF)',
      text: '---\r\nlanguage: nb\r\ntitle: Velferdsteknologi\r\norganisation: Nordby kommune\r\npilot_start: 2026-01-05\r\npilot_end: 2026-12-31\r\nowner:\r\nsponsor: Kari Nordmann\r\n---\r\n# Velferdsteknologi\r\n',
      errors: [{ line: 1, element: 'owner', severity: 'warning', message: 'Front matter mangler `owner`, og teksten sier det heller ikke' }],
      output:
        '---\r\nlanguage: nb\r\ntitle: Velferdsteknologi\r\norganisation: Nordby kommune\r\npilot_start: 2026-01-05\r\npilot_end: 2026-12-31\r\n' +
        'owner:\r\n  role: "{{rolle}}"\r\n  name: "{{navn}}"\r\nsponsor: Kari Nordmann\r\n---\r\n# Velferdsteknologi\r\n',
    },
    {
      name: 'no front matter: one hint on line 1 listing what neither front matter nor text gives; the fix fills the skeleton from the body',
      text: '# Fall sensors\n\n**Organisation:** Nordby municipality\n\nPilot period: 1 March 2026 – 31 December 2026\n\nThe pilot tests sensors in the care home.\n',
      errors: [{ line: 1, severity: 'hint', message: 'Optional: front matter with `owner`, `sponsor` lets pilotlint check' }],
      output:
        '---\ntitle: "Fall sensors"\norganisation: "Nordby municipality"\npilot_start: "2026-03-01"\npilot_end: "2026-12-31"\n' +
        'owner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n\n' +
        '# Fall sensors\n\n**Organisation:** Nordby municipality\n\nPilot period: 1 March 2026 – 31 December 2026\n\nThe pilot tests sensors in the care home.\n',
    },
    {
      name: 'bokmål: site-generator front matter (title, weight, layout) is not pilotlint\'s, so a hint; a facts table fills the owner',
      text:
        '---\ntitle: Digital tilsyn\nweight: 3\nlayout: page\n---\n# Digital tilsyn\n\n| Felt | Verdi |\n|---|---|\n| Prosjekteier | Kommunalsjef helse |\n' +
        '| Eier | Enhetsleder hjemmetjenesten |\n| Periode | 01.02.2026–31.01.2027 |\n\nKommunen skal prøve ut digitalt tilsyn om natten.\n',
      errors: [{ line: 1, element: 'organisation', severity: 'hint', message: 'Front matter mangler `organisation`' }],
      output:
        '---\ntitle: Digital tilsyn\nweight: 3\nlayout: page\norganisation: "{{virksomhet}}"\n---\n# Digital tilsyn\n\n| Felt | Verdi |\n|---|---|\n| Prosjekteier | Kommunalsjef helse |\n' +
        '| Eier | Enhetsleder hjemmetjenesten |\n| Periode | 01.02.2026–31.01.2027 |\n\nKommunen skal prøve ut digitalt tilsyn om natten.\n',
    },
    {
      name: 'empty front matter: every configured field missing, in one finding',
      text: '---\n---\n# Pilot\n',
      options: { fields: ['title', 'pilot_end'] },
      errors: [{ line: 1, element: 'pilot_end' }],
      output: '---\npilot_end: "{{YYYY-MM-DD}}"\n---\n# Pilot\n',
    },
    {
      name: 'trust25 nb: a span with no *fra* before it (a baseline year) is no pilot period, even as the last resort',
      text: "# Tiltaksark\n\nVestvidda fylkeskommune\n\n| Felt | Innhold |\n|---|---|\n| Tiltakseier | Rektor ved Haugen skole |\n| Sponsor | Fylkesdirektør for utdanning |\n\n**B. Beskrivelse av tiltaket**\n\nMaterialkostnaden var 2,1 mill. kr i august 2025 til juni 2026.\n",
      language: 'nb',
      errors: [{ line: 1, severity: 'hint', message: 'front matter med `pilot_start`, `pilot_end`' }],
      output: "---\ntitle: \"Tiltaksark\"\norganisation: \"Vestvidda fylkeskommune\"\npilot_start: \"{{ÅÅÅÅ-MM-DD}}\"\npilot_end: \"{{ÅÅÅÅ-MM-DD}}\"\nowner: \"Rektor ved Haugen skole\"\nsponsor: \"Fylkesdirektør for utdanning\"\n---\n\n# Tiltaksark\n\nVestvidda fylkeskommune\n\n| Felt | Innhold |\n|---|---|\n| Tiltakseier | Rektor ved Haugen skole |\n| Sponsor | Fylkesdirektør for utdanning |\n\n**B. Beskrivelse av tiltaket**\n\nMaterialkostnaden var 2,1 mill. kr i august 2025 til juni 2026.\n",
    },
    {
      name: 'trust26 nb: *fellesrådet* in prose, with no name before it, names no organisation',
      text: "# Gravminner\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027, og fellesrådet behandler saken.\n\nOppdragsgiver er fellesrådets leder. Prosjekteier er kirkevergen.\n",
      language: 'nb',
      errors: [{ line: 1, severity: 'hint', message: 'front matter med `organisation`' }],
      output: "---\ntitle: \"Gravminner\"\norganisation: \"{{virksomhet}}\"\npilot_start: \"2027-05-01\"\npilot_end: \"2027-10-31\"\nowner: \"kirkevergen\"\nsponsor: \"fellesrådets leder\"\n---\n\n# Gravminner\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027, og fellesrådet behandler saken.\n\nOppdragsgiver er fellesrådets leder. Prosjekteier er kirkevergen.\n",
    },
    {
      name: 'trust26 nb: *Prosjektansvarlig* that names a body (*Fjellby kommune ved …*) is the organisation, not the owner',
      text: "# Sensorer\n\n**Prosjektansvarlig:** Fjellby kommune ved kommunalsjef for teknisk\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027.\n\nOppdragsgiver er kommunedirektøren.\n",
      language: 'nb',
      errors: [{ line: 1, severity: 'hint', message: 'front matter med `owner`' }],
      output: "---\ntitle: \"Sensorer\"\norganisation: \"Fjellby kommune ved kommunalsjef for teknisk\"\npilot_start: \"2027-05-01\"\npilot_end: \"2027-10-31\"\nowner:\n  role: \"{{rolle}}\"\n  name: \"{{navn}}\"\nsponsor: \"kommunedirektøren\"\n---\n\n# Sensorer\n\n**Prosjektansvarlig:** Fjellby kommune ved kommunalsjef for teknisk\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027.\n\nOppdragsgiver er kommunedirektøren.\n",
    },
    {
      name: 'lever19 nb: the supplier (*Fylla AS*) is not the organisation',
      text: "# Fyllingssensorer\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027. Sensorene leveres av Fylla AS.\n\nOppdragsgiver er kommunedirektøren. Prosjekteier er etatsdirektøren.\n",
      errors: [{ line: 1, severity: 'hint', message: 'front matter med `organisation`' }],
      output: "---\ntitle: \"Fyllingssensorer\"\norganisation: \"{{virksomhet}}\"\npilot_start: \"2027-05-01\"\npilot_end: \"2027-10-31\"\nowner: \"etatsdirektøren\"\nsponsor: \"kommunedirektøren\"\n---\n\n# Fyllingssensorer\n\nPiloten varer fra 1. mai 2027 til 31. oktober 2027. Sensorene leveres av Fylla AS.\n\nOppdragsgiver er kommunedirektøren. Prosjekteier er etatsdirektøren.\n",
    },
    {
      name: 'lever19 en: a post\'s remit ("Head of Housing Services") is not the organisation',
      text: "# Void checks\n\nThe pilot runs from 1 May 2027 to 31 October 2027.\n\nThe sponsor is the Director of Communities. The project owner is the Head of Housing Services.\n",
      errors: [{ line: 1, severity: 'hint', message: 'front matter with `organisation`' }],
      output: "---\ntitle: \"Void checks\"\norganisation: \"{{organisation}}\"\npilot_start: \"2027-05-01\"\npilot_end: \"2027-10-31\"\nowner: \"the Head of Housing Services\"\nsponsor: \"the Director of Communities\"\n---\n\n# Void checks\n\nThe pilot runs from 1 May 2027 to 31 October 2027.\n\nThe sponsor is the Director of Communities. The project owner is the Head of Housing Services.\n",
    },
  ],
};

testRule(rule, cases);

describe('frontmatter-missing-field fixes', () => {
  it('produce front matter that parses and has every field (after a BOM too)', () => {
    for (const text of ['\uFEFF# Pilot\r\n\r\nText.\r\n', '---\ntitle: x\n---\n# Pilot\n', '---\ntitle: x\nowner:\n---\n']) {
      const fixed = applyEdits(text, mergeFixes(run(rule, { name: '', text }).flatMap((f) => (f.fix ? [f.fix] : []))));
      expect(run(rule, { name: '', text: fixed })).toEqual([]);
    }
  });
});
