// stakeholder-levels-incomplete: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { anyService, testRule, type RuleCases } from '../../test/util/rule-tester';

const HEAD_EN = '| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n';
const HEAD_NB = '| Interessent | Nivå | Interesse | Involvering |\n|---|---|---|---|\n';
const ROW_EN = {
  political: '| {{political committee}} | political | {{…}} | inform |\n',
  operational: '| {{unit manager}} | operational | {{…}} | co-own |\n',
  endUser: '| {{patients / next of kin}} | end user | {{…}} | co-design |\n',
  support: '| {{IT, procurement, DPO}} | support | {{…}} | consult |\n',
};
const ROW_NB = {
  political: '| {{politisk utvalg}} | politisk | {{…}} | informeres |\n',
  operational: '| {{enhetsleder}} | drift | {{…}} | medeier |\n',
  endUser: '| {{pasienter / pårørende}} | sluttbruker | {{…}} | samskaping |\n',
  support: '| {{IT, innkjøp, personvernombud}} | støtte | {{…}} | høres |\n',
};

const cases: RuleCases = {
  valid: [
    { name: 'trust22 en: the doorstep canvassers are frontline staff', text: '# Canvass\n\n## Who is involved\n\n- The Chief Executive approved the pilot\n- The Electoral Services Manager owns it\n- The team leader manages the doorstep canvassers\n- Residents on the panel commented on the wording\n- ICT and the Data Protection Officer\n' },
    { name: "lever19 en (liberal backstop): the people the service serves in words the lexicon has not met (\"allotment holders\", \"restaurant owners\") are its end users", text: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Allotment holders and restaurant owners\n- City IT and Purchasing\n" },
    { name: "trust22 nb (liberal backstop): an internal service's users, *ansatte som sender dem inn*, are its end users", text: "# Reiseregninger\n\n## Medvirkning\n\n- Formannskapet vedtar piloten\n- Avdelingslederen for lønn\n- Ledere som attesterer, og ansatte som sender dem inn, får informasjon\n- Lønnskonsulentene har testet løsningen\n- IT-sjefen og personvernombudet\n" },
    { name: "trust22 nn (liberal backstop): *Tilsette: dei som sit på stolane* names the users", text: "# Ombruk\n\n## Interessentar\n\n- Formannskapet\n- Einingsleiarane\n- Vaktmeistrar\n- Tilsette: dei som sit på stolane\n- IT og tillitsvald\n" },
    { name: "trust21 nb (liberal backstop): *bevillingshavere*, holders of what the service grants, are its end users", text: "# Skjenking\n\n## Interessenter\n\n- Formannskapet\n- Virksomhetslederen\n- Saksbehandlerne\n- Bevillingshavere og styrere\n- IT-avdelingen og personvernombudet\n" },
    { name: "lever19 nn (liberal backstop): *gardbrukarane* and *idrettslaga* are the people a pilot serves", text: "# Gjerde\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n- Gardbrukarane og idrettslaga i bygda\n- IKT og tillitsvalde\n" },
    { name: "trust18 nb: cabin and home owners an inspection service visits are its end users", text: "# Feiing\n\n**3. Hvem berøres, og hvordan involveres de?**\n\n- Hytteeiere og boligeiere, som får tilbud om videotilsyn.\n- Feierne, som endrer arbeidsform. Hovedtillitsvalgt er med i prosjektgruppen.\n- Avdelingsleder forebyggende og brannsjefen.\n- Representantskapet og formannskapene.\n- IT-tjenesten og personvernombudet.\n" },
    { name: 'trust18 en: "staff permit holders" and "a passenger focus group" are the people the service is for', text: "# Permits\n\n## Stakeholders\n\n- Estates Committee\n- Parking Operations managers\n- Parking crews and the union steward\n- Staff permit holders; a passenger focus group\n- IT Services and the Data Protection Officer\n" },
    { name: 'trust17 en: "Tree Stewards (resident volunteers)" names residents by their part: the end users are there', text: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Tree Stewards (resident volunteers)\n- City IT and Purchasing\n" },
    { name: "trust15 nb: a *Nivå* column's *Frontlinje* and *Operativ* name those levels", text: "# Kontrakt\n\n## Interessenter\n\n| Interessent | Nivå | Involvering |\n|---|---|---|\n| Formannskapet | Politisk | Vedtar videreføring |\n| Kommunalsjefer | Ledelse | Styringsgruppe |\n| Innkjøpssjef | Operativ | Rutinearbeid |\n| Kontraktsforvaltere og bestillere | Frontlinje | Tester |\n| Leverandørene | Brukere | Leverandørmøte |\n| IKT og personvernombud | Støtte | Konsulteres |\n" },
    {
      name: 'trust11 nb: the subscribers of a water service (*abonnentene*) are its end users',
      text:
        '# Loggere\n\n## Interessenter\n\n- Hovedutvalg for teknikk og miljø\n- Kommunalsjef og virksomhetsleder\n- Driftsoperatørene\n' +
        '- Abonnentene i Nordbyen\n- IKT og tillitsvalgte\n',
    },
    {
      name: 'trust10 nn: residents and road users (fastbuande, trafikantar) are the end users of a road pilot',
      text:
        '# Skred\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n' +
        '- Fastbuande, skulebussen og andre trafikantar\n- IKT og tillitsvalde\n',
    },
    {
      name: 'trust10 en: a charity\'s volunteers, who book and follow up the visits, are the frontline',
      text: '# Visits\n\n## Community involvement\n\n- Ward councillors\n- The service manager\n- Our volunteers\n- Residents\n- The data protection officer\n',
    },
    {
      name: 'trust8 nn: nurses, care workers and supervising doctors in nynorsk are the frontline (*sjukepleiarar*, *helsefagarbeidarar*, *tilsynslegar*)',
      text:
        '# LMG\n\n## Medverknad\n\n- Hovudutvalet for helse og omsorg\n- Einingsleiarane\n- Sjukepleiarar og helsefagarbeidarar på sjukeheimen\n' +
        '- Bebuarar og pårørande\n- IKT-tenesta og tillitsvalde\n',
    },
    {
      name: 'trust8 nn: the supervising doctors alone are frontline too (*tilsynslegane*)',
      text: '# LMG\n\n## Medverknad\n\n- Kommunestyret\n- Einingsleiarane\n- Tilsynslegane\n- Bebuarar\n- IKT-tenesta\n',
    },
    {
      name: 'trust6 nb: a technical service\'s operators are its frontline (*seks driftsoperatører*, *montørene*)',
      text:
        '# Vannmålere\n\n## Hvem er med?\n\n- Kommunestyret og teknisk utvalg\n- Enhet vann og avløp: enhetslederen og seks driftsoperatører\n' +
        '- Innbyggere og hytteeiere\n- IKT, innkjøp og personvernombudet\n',
    },
    {
      name: 'trust6 nn: fitters and cleaners as frontline (*montørane*, *reinhaldarane*)',
      text: '# Lys\n\n## Interessentar\n\n- Formannskapet\n- Driftsleiar\n- Montørane og reinhaldarane\n- Innbyggjarar\n- Tillitsvalde og IKT\n',
    },
    {
      name: 'trust4: youth and social care as councils list them: social workers and youth workers, young people and carers, the Caldicott Guardian',
      text:
        '# Chat\n\n## Stakeholders\n\n- Lead Member for Children\'s Services\n- Youth Service Manager\n- Social workers and youth workers\n' +
        '- Young people and carers\n- The Caldicott Guardian\n',
    },
    {
      name: 'trust4: *sosionomer*, *ungdom* and *arkivet* (bokmål)',
      text: '# Chat\n\n## Interessenter\n\n- Kommunestyret\n- Enhetsleder for barnevern\n- Sosionomer\n- Ungdom og familier\n- Arkivet og personvernombudet\n',
    },
    {
      name: 'trust4: "ICT" is a support function',
      text:
        '# Graves\n\n## Who we have talked to\n\n- Cabinet Member for Communities\n- Bereavement Services Manager\n' +
        '- Cemetery officers and office staff\n- Families, through the Friends of Northgate Cemetery\n- ICT\n',
    },
    {
      name: 'planners and operatives are frontline staff; a tenant panel speaks for the end users',
      text:
        '# Repairs\n\n## Stakeholders\n\nThe Portfolio Holder for Housing is briefed each quarter. The Tenant Scrutiny Panel helped choose the estates. ' +
        'Repairs planners, operatives and their Unite representative were consulted. ICT, Procurement and the Contact Centre manager sit on the board.\n',
    },
    {
      name: 'English table with every level, labels in the level column',
      text:
        '# Pilot\n\n## Stakeholders\n\n| Stakeholder | Level |\n|---|---|\n| Education committee | Political |\n' +
        '| Head teacher and team leaders | Operational |\n| Teachers | Frontline |\n| Pupils and parents | End users |\n' +
        '| IT department and data protection officer | Support |\n',
    },
    {
      name: 'bokmål prose with definite plurals and compounds, numbered heading',
      text:
        '# Pilot\n\n## 4. Interessenter\n\nNattevaktene, teamleder natt, brukerne og deres pårørende, IKT-avdelingen, personvernombudet og ' +
        'tillitsvalgte er involvert. Hovedutvalg for helse orienteres ved oppstart.\n',
    },
    {
      name: 'managers named in the governance section count for the management levels',
      text:
        '# Pilot\n\n## Governance\n\nThe Director of Nursing is the sponsor; the ward manager owns the pilot.\n\n## Partners\n\n' +
        'Patients and families, the nursing staff, the digital team and the staff-side union representative form the project group.\n',
    },
    {
      name: 'nynorsk: kommunestyret, einingsleiar, tilsette, brukarar, IKT',
      text: '# E-lås\n\n## Interessentar\n\nKommunestyret, einingsleiar, tilsette i heimetenesta, brukarar og pårørande, IKT og tillitsvalde.\n',
    },
    {
      name: 'options: political level dropped for a ward pilot, and a local frontline word',
      text: '# Pilot\n\n## Stakeholders\n\nThe ward manager, the porters, patients and the IT service desk.\n',
      options: { groups: ['operational', 'frontline', 'end-user', 'support'], roles: { frontline: ['porters'] } },
    },
    {
      name: 'as published Norwegian plans list them: an elected -utvalg, miljøterapeuter, brukerrepresentanter, unions by name',
      text:
        '# Digitalt tilsyn i bofellesskap\n\n## Medvirkning\n\nLevekårsutvalget får halvårlig orientering. Tjenesteledere og miljøterapeuter deltar i arbeidsgruppa. ' +
        'Brukerrepresentanter og rådet for personer med funksjonsnedsettelse gir innspill. Fagforbundet, hovedtillitsvalgte og digitaliseringsavdelingen er med fra start.\n',
    },
    {
      name: 'nynorsk: helse- og omsorgskomiteen, tenestemottakarar og pårørande, hovudtillitsvalde',
      text:
        '# Tryggleiksalarm\n\n## Medverknad\n\nHelse- og omsorgskomiteen vert orientert. Einingsleiarar og vernepleiarar deltek. ' +
        'Tenestemottakarar og pårørande er med i referansegruppa, saman med hovudtillitsvalde og IKT-tenesta.\n',
    },
  ],
  invalid: [
    { name: 'trust22 en: without the canvassers the same list has no frontline', text: '# Canvass\n\n## Who is involved\n\n- The Chief Executive approved the pilot\n- The Electoral Services Manager owns it\n- Residents on the panel commented on the wording\n- ICT and the Data Protection Officer\n', errors: [{ line: 3, element: 'frontline' }], output: '# Canvass\n\n## Who is involved\n\n- The Chief Executive approved the pilot\n- The Electoral Services Manager owns it\n- Residents on the panel commented on the wording\n- ICT and the Data Protection Officer\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n' },
    { name: 'trust21 en: of two stakeholder sections the finding sits on the one that names the most groups (the involvement answer, not "Who will benefit?")', text: '# Youth work\n\n## Who will benefit?\n\nAbout 600 young people.\n\n## How have young people and others been involved?\n\n- Young people and the Youth Council\n- The eight youth workers\n- The Youth Service Manager\n- The Cabinet Member for Communities\n', errors: [{ line: 7, element: 'support' }], output: '# Youth work\n\n## Who will benefit?\n\nAbout 600 young people.\n\n## How have young people and others been involved?\n\n- Young people and the Youth Council\n- The eight youth workers\n- The Youth Service Manager\n- The Cabinet Member for Communities\n\n| Stakeholder | Level | Concern | Involvement |\n|---|---|---|---|\n| {{IT, procurement, DPO}} | support | {{…}} | consult |\n' },
    { name: "lever19 en (liberal backstop): users named only to say they are left out (\"Allotment holders are not consulted\") are not stakeholders", text: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Allotment holders are not consulted at this stage\n- City IT and Purchasing\n", errors: [{ line: 3, element: 'end-user' }], output: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Allotment holders are not consulted at this stage\n- City IT and Purchasing\n\n" + HEAD_EN + ROW_EN.endUser.replace('patients / next of kin', 'residents / service users') },
    { name: "lever19 en (liberal backstop): a community named as a service (\"Community Learning and Development staff\") is not the public", text: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Community Learning and Development staff\n- City IT and Purchasing\n", errors: [{ line: 3, element: 'end-user' }], output: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Community Learning and Development staff\n- City IT and Purchasing\n\n" + HEAD_EN + ROW_EN.endUser.replace('patients / next of kin', 'residents / service users') },
    { name: "trust22 nb (liberal backstop): staff named by the work they do (*lønnskonsulentene som kontrollerer*) are no end users", text: "# Reiseregninger\n\n## Medvirkning\n\n- Formannskapet\n- Avdelingslederen\n- Ansatte som kontrollerer regningene\n- IT-avdelingen og personvernombudet\n", errors: [{ line: 3, element: 'end-user' }], output: "# Reiseregninger\n\n## Medvirkning\n\n- Formannskapet\n- Avdelingslederen\n- Ansatte som kontrollerer regningene\n- IT-avdelingen og personvernombudet\n\n" + HEAD_NB + ROW_NB.endUser.replace('pasienter / pårørende', 'innbyggere / brukere') },
    { name: "trust21 nb (liberal backstop): *rettighetshavere* to the software hold rights, not the service", text: "# Skjenking\n\n## Interessenter\n\n- Formannskapet\n- Virksomhetslederen\n- Saksbehandlerne\n- Rettighetshavere til programvaren\n- IT-avdelingen og personvernombudet\n", errors: [{ line: 3, element: 'end-user' }], output: "# Skjenking\n\n## Interessenter\n\n- Formannskapet\n- Virksomhetslederen\n- Saksbehandlerne\n- Rettighetshavere til programvaren\n- IT-avdelingen og personvernombudet\n\n" + HEAD_NB + ROW_NB.endUser.replace('pasienter / pårørende', 'innbyggere / brukere') },
    { name: "lever19 nn (liberal backstop): *Gardbrukarane blir ikkje involverte* leaves them out", text: "# Gjerde\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n- Gardbrukarane blir ikkje involverte før evalueringa\n- IKT og tillitsvalde\n", errors: [{ line: 3, element: 'end-user' }], output: "# Gjerde\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n- Gardbrukarane blir ikkje involverte før evalueringa\n- IKT og tillitsvalde\n\n" + HEAD_NB + ROW_NB.endUser.replace('pasienter / pårørende', 'innbyggere / brukere') },
    { name: "trust18 nb: with the owners left out, no end users are named", text: "# Feiing\n\n**3. Hvem berøres, og hvordan involveres de?**\n\n- Feierne, som endrer arbeidsform. Hovedtillitsvalgt er med i prosjektgruppen.\n- Avdelingsleder forebyggende og brannsjefen.\n- Representantskapet og formannskapene.\n- IT-tjenesten og personvernombudet.\n", errors: [{ line: 3, element: 'end-user' }], output: "# Feiing\n\n**3. Hvem berøres, og hvordan involveres de?**\n\n- Feierne, som endrer arbeidsform. Hovedtillitsvalgt er med i prosjektgruppen.\n- Avdelingsleder forebyggende og brannsjefen.\n- Representantskapet og formannskapene.\n- IT-tjenesten og personvernombudet.\n\n| Interessent | Nivå | Interesse | Involvering |\n|---|---|---|---|\n| {{innbyggere / brukere}} | sluttbruker | {{…}} | samskaping |\n" },
    { name: 'trust18 en: "the permit office" is a unit, not the holders it serves', text: "# Permits\n\n## Stakeholders\n\n- Estates Committee\n- Parking Operations managers\n- Parking crews and the union steward\n- The permit office\n- IT Services and the Data Protection Officer\n", errors: [{ line: 3, element: 'end-user' }], output: "# Permits\n\n## Stakeholders\n\n- Estates Committee\n- Parking Operations managers\n- Parking crews and the union steward\n- The permit office\n- IT Services and the Data Protection Officer\n\n" + HEAD_EN + ROW_EN.endUser.replace('patients / next of kin', 'residents / service users') },
    { name: 'trust17 en: volunteers not said to be residents are no end users', text: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Tree Stewards (volunteers)\n- City IT and Purchasing\n", errors: [{ line: 3, element: 'end-user' }], output: "# Trees\n\n## Who we talked to\n\n- Ward councillors\n- Forestry Operations managers\n- Forestry crews and the union steward\n- Tree Stewards (volunteers)\n- City IT and Purchasing\n\n" + HEAD_EN + ROW_EN.endUser.replace('patients / next of kin', 'residents / service users') },
    { name: "trust15 nb: a *Nivå* column with no frontline row still lacks the frontline", text: "# Kontrakt\n\n## Interessenter\n\n| Interessent | Nivå | Involvering |\n|---|---|---|\n| Formannskapet | Politisk | Vedtar videreføring |\n| Innkjøpssjef | Operativ | Rutinearbeid |\n| Leverandørene | Brukere | Leverandørmøte |\n| IKT og personvernombud | Støtte | Konsulteres |\n", errors: [{ line: 3, element: "frontline" }], output: "# Kontrakt\n\n## Interessenter\n\n| Interessent | Nivå | Involvering |\n|---|---|---|\n| Formannskapet | Politisk | Vedtar videreføring |\n| Innkjøpssjef | Operativ | Rutinearbeid |\n| Leverandørene | Brukere | Leverandørmøte |\n| IKT og personvernombud | Støtte | Konsulteres |\n\n| Interessent | Nivå | Interesse | Involvering |\n|---|---|---|---|\n| {{tillitsvalgt}} | førstelinje | {{…}} | høres |\n" },
    {
      name: 'trust11 nb: a water service\'s stakeholders with no subscribers or residents lack the end users',
      text:
        '# Loggere\n\n## Interessenter\n\n- Hovedutvalg for teknikk og miljø\n- Kommunalsjef og virksomhetsleder\n- Driftsoperatørene\n' +
        '- IKT og tillitsvalgte\n',
      errors: [{ line: 3, element: 'end-user' }],
      output:
        '# Loggere\n\n## Interessenter\n\n- Hovedutvalg for teknikk og miljø\n- Kommunalsjef og virksomhetsleder\n- Driftsoperatørene\n' +
        '- IKT og tillitsvalgte\n\n' + HEAD_NB + ROW_NB.endUser.replace('pasienter / pårørende', 'innbyggere / brukere'),
    },
    {
      name: 'trust10 nn: a road pilot\'s stakeholders with no residents or road users lack the end users',
      text:
        '# Skred\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n' +
        '- IKT og tillitsvalde\n',
      errors: [{ line: 3, element: 'end-user' }],
      output:
        '# Skred\n\n## Interessentar\n\n- Hovudutval for samferdsle\n- Seksjonsleiarane i samferdsle\n- Operatørane ved vegtrafikksentralen\n' +
        '- IKT og tillitsvalde\n\n' + HEAD_NB + ROW_NB.endUser.replace('pasienter / pårørende', 'innbyggere / brukere'),
    },
    {
      name: 'trust10 en: a volunteering charity named as a partner is no staff group',
      text: '# Visits\n\n## Community involvement\n\n- Ward councillors\n- The service manager\n- Volunteering Fenmarsh\n- Residents\n- The data protection officer\n',
      errors: [{ line: 3, element: 'frontline' }],
      output:
        '# Visits\n\n## Community involvement\n\n- Ward councillors\n- The service manager\n- Volunteering Fenmarsh\n- Residents\n- The data protection officer\n\n' +
        HEAD_EN + '| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |\n',
    },
    {
      name: 'trust8 nn: without any staff group the nynorsk list still lacks the frontline',
      text: '# LMG\n\n## Medverknad\n\n- Hovudutvalet for helse og omsorg\n- Einingsleiarane\n- Bebuarar og pårørande\n- IKT-tenesta og tillitsvalde\n',
      errors: [{ line: 3, element: 'frontline' }],
      output:
        '# LMG\n\n## Medverknad\n\n- Hovudutvalet for helse og omsorg\n- Einingsleiarane\n- Bebuarar og pårørande\n- IKT-tenesta og tillitsvalde\n\n' +
        HEAD_NB + '| {{tillitsvalgt}} | førstelinje | {{…}} | høres |\n',
    },
    {
      name: 'a project\'s steering committee or working committee is no elected body (bokmål)',
      text: '# Tilsyn\n\n## Interessenter\n\nStyringskomiteen og arbeidsutvalget følger prosjektet. Enhetsledere og sykepleiere deltar. Pasienter og pårørende gir innspill, og IKT er med.\n',
      errors: [{ line: 3, element: 'political' }],
      output: anyService('# Tilsyn\n\n## Interessenter\n\nStyringskomiteen og arbeidsutvalget følger prosjektet. Enhetsledere og sykepleiere deltar. Pasienter og pårørende gir innspill, og IKT er med.\n' + '\n' + HEAD_NB + ROW_NB.political),
    },
    {
      name: 'English: only frontline staff and the supplier; one finding lists every missing group, rows appended',
      text: '# Chatbot\n\n## Stakeholders\n\n- Customer service staff\n- Talkwise Ltd\n\n## Budget\n\nNOK 450,000.\n',
      errors: [
        {
          line: 3,
          element: 'political,operational,end-user,support',
          severity: 'warning',
          message:
            'The stakeholders leave out the political or decision level, operational management, end users, support functions (IT, procurement, DPO, union):',
        },
      ],
      output: anyService('# Chatbot\n\n## Stakeholders\n\n- Customer service staff\n- Talkwise Ltd\n\n' +
        HEAD_EN + ROW_EN.political + ROW_EN.operational + ROW_EN.endUser + ROW_EN.support +
        '\n## Budget\n\nNOK 450,000.\n'),
    },
    {
      name: 'bokmål with CRLF: frontline and supplier only are judged alone even when governance names managers',
      text:
        '# Fallsensorer\r\n\r\n## Del 3: Organisering\r\n\r\nAvdelingsleder er prosjektleder, og virksomhetsleder er prosjekteier.\r\n\r\n' +
        '## Del 4: Interessenter\r\n\r\n- Sykepleiere og helsefagarbeidere på skjermet enhet\r\n- Nattevaktene\r\n- Trygg Sensor AS\r\n',
      errors: [
        {
          line: 7,
          element: 'political,operational,end-user,support',
          message: 'Interessentene mangler politisk nivå eller beslutningsnivå, ledere i driften, brukerne, støttefunksjonene',
        },
      ],
      output:
        '# Fallsensorer\r\n\r\n## Del 3: Organisering\r\n\r\nAvdelingsleder er prosjektleder, og virksomhetsleder er prosjekteier.\r\n\r\n' +
        '## Del 4: Interessenter\r\n\r\n- Sykepleiere og helsefagarbeidere på skjermet enhet\r\n- Nattevaktene\r\n- Trygg Sensor AS\r\n\r\n' +
        (HEAD_NB + ROW_NB.political + ROW_NB.operational + ROW_NB.endUser + ROW_NB.support).replace(/\n/g, '\r\n'),
    },
    {
      name: 'English: a directive naming one sub-id leaves the other missing groups in the finding, with that one\'s own message and only its own row in the fix',
      text:
        '# Chatbot\n\n<!-- pilotlint-disable stakeholder-levels-incomplete/political stakeholder-levels-incomplete/operational ' +
        'stakeholder-levels-incomplete/end-user -->\n\n## Stakeholders\n\n- Customer service staff\n- Talkwise Ltd\n',
      errors: [{ line: 5, element: 'support', message: 'The stakeholders leave out support functions: name IT' }],
      output: anyService('# Chatbot\n\n<!-- pilotlint-disable stakeholder-levels-incomplete/political stakeholder-levels-incomplete/operational ' +
        'stakeholder-levels-incomplete/end-user -->\n\n## Stakeholders\n\n- Customer service staff\n- Talkwise Ltd\n\n' +
        HEAD_EN + ROW_EN.support),
    },
    {
      name: 'bokmål: a waiver for one sub-id takes that group out of the listed ones, and its row out of the fix',
      text:
        '---\nlanguage: nb\nwaivers:\n  stakeholder-levels-incomplete/political: "sykehuset har ikke folkevalgte"\n---\n# Pilot\n\n## Interessenter\n\n' +
        '- Sykepleiere\n- Avdelingsleder\n- Pasienter\n',
      errors: [{ line: 8, element: 'support', message: 'Interessentene mangler støttefunksjonene: navngi IKT' }],
      output:
        '---\nlanguage: nb\nwaivers:\n  stakeholder-levels-incomplete/political: "sykehuset har ikke folkevalgte"\n---\n# Pilot\n\n## Interessenter\n\n' +
        '- Sykepleiere\n- Avdelingsleder\n- Pasienter\n\n' + HEAD_NB + ROW_NB.support,
    },
    {
      name: 'English: support functions only in code, and "it" as a pronoun, do not count',
      text:
        '# Video\n\n## Governance\n\nThe County Dental Director signed the mandate; the clinic manager runs it.\n\n## Stakeholders\n\n' +
        'The dentists, the patients and the county committee will take part, and it meets monthly.\n\n```\nIT department, DPO\n```\n',
      errors: [{ line: 7, element: 'support', message: 'The stakeholders leave out support functions' }],
      output:
        '# Video\n\n## Governance\n\nThe County Dental Director signed the mandate; the clinic manager runs it.\n\n## Stakeholders\n\n' +
        'The dentists, the patients and the county committee will take part, and it meets monthly.\n\n```\nIT department, DPO\n```\n\n' +
        HEAD_EN + ROW_EN.support,
    },
  ],
};

testRule(rule, cases);
