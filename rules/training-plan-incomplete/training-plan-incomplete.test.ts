// training-plan-incomplete: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const STRONG_EN = `# Medicine dispensers

## 6. Training and support

| Audience | Format | Hours / schedule | Responsible | Materials |
|---|---|---|---|---|
| Super-users (2 per district) | Hands-on workshop with the supplier | 6 hours, December 2026 | Project manager | Supplier manual, local routine |
| All day and evening staff | Classroom session and bedside practice | 2 hours + one supervised visit | Super-users | Quick guide, e-learning module |
| Night shift | Short session at shift start | 1 hour, January 2027 | Super-users | Quick guide |
| Temporary staff and new hires | E-learning and buddy shift | 1 hour + one shift | Team leader | E-learning module |

Support after go-live: super-users on every shift, the supplier's helpdesk on weekdays 08-20, and the municipal
service desk at all other times. New and temporary staff take the e-learning module as part of ordinary onboarding.
`;

const NB_NESTED = `# Digitalt tilsyn

## 6 Opplæring og kompetanse

Alle ansatte, også nattevakter og vikarer, får 2 timer praktisk opplæring på avdelingen i desember 2026.
Fagsykepleier er opplæringsansvarlig, og to superbrukere per vakt lærer opp kollegene.

### 6.1 Brukerstøtte etter oppstart

Superbrukerne gir brukerstøtte på hver vakt. Nyansatte får opplæring som del av ordinær introduksjon, og
brukerveiledningen ligger i kvalitetssystemet.
`;

const SVAK = '# Nattilsyn\n\n## Opplæring\n\nLeverandøren holder en introduksjon på 2 timer for sykepleierne før oppstart.\n\n## Økonomi\n\nTilskudd.\n';
const SVAK_FIXED =
  '# Nattilsyn\n\n## Opplæring\n\nLeverandøren holder en introduksjon på 2 timer for sykepleierne før oppstart.\n\n' +
  '- Målgruppe: {{inkl. nattevakt, vikarer}}\n- Ansvarlig: {{superbruker}}\n- Materiell: {{lenke til brukerveiledning}}\n' +
  '- Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n\n## Økonomi\n\nTilskudd.\n';

const TABLE_EN = `# Chatbot

## Training

| Audience | Format | Hours | Responsible | Materials |
|---|---|---|---|---|
| All advisers, including temps | Workshop | 3 hours in February 2027 | Team leader |  |

## Risks

Some.
`;

const SUPPLIER_TRAINER_EN =
  '# Graves\n\nGraveView comes from Memoria Software Ltd.\n\n## Getting staff ready\n\n' +
  'Our four cemetery officers and two office staff had a half-day with Memoria\'s trainer in February. A short how-to guide is on the intranet, ' +
  'and new staff get the guide in their first week.\n';

/** A council's electoral wards, named again and again, beside a training plan that names no night shift (trust10 en). */
const WARDS_EN =
  '# Visits\n\nTwo advisers visit homes in the two wards; the councillors in both wards and in the other wards across all wards help.\n\n## Training\n\n' +
  'The two advisers complete a six-day course run by the volunteer coordinator, with a handbook and follow-up visits.\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust26 en: a helpline, or "phone their key worker for help", is support after go-live', options: { elements: ['support'] }, text: '# Meters\n\n## Training\n\nThe supplier trains the officers in March. Residents can phone their key worker for help, or the supplier helpline on weekdays.\n' },
    { name: "trust26 nn: *Ansvarleg: …* is the nynorsk spelling of *Ansvarlig*, and names the role", options: { elements: ['responsible'] }, text: "# Video\n\n## Opplæring\n\n- To workshopar for rettleiarane i desember\n- Ansvarleg: IKT-pedagog i fylkeskommunen\n", language: 'nb' },
    { name: "trust26 nb: a role with its unit after it (*fagleder fosterhjem viser skjemaet*) runs the training", options: { elements: ['responsible'] }, text: "# Skjema\n\n## Opplæring\n\nRådgiverne får en samling på to timer, der fagleder barnevern viser skjemaet.\n", language: 'nb' },
    { name: "trust24 nn: *Nye vaksne som kjem til undervegs* names the newcomers, and going along *saman med ein erfaren leiar* is the format", options: { elements: ['audience', 'format'] }, text: "# Gåbuss\n\n## Opplæring av leiarar\n\nNye vaksne som kjem til undervegs, går éin tur saman med ein erfaren leiar først.\n", language: 'nb' },
    { name: "trust24 nn: a booklet (*heftet \"Slik leier du gåbussen\"*) is the guide", options: { elements: ['manual'] }, text: "# Gåbuss\n\n## Opplæring av leiarar\n\nLeiarane får heftet \"Slik leier du gåbussen\" (8 sider) med ruter og reglar.\n", language: 'nb' },
    { name: 'trust23 nb: *også ekstrahjelp som bare jobber på store arrangementer* names the temporary staff in the audience', options: { elements: ['audience'] }, text: '# Billettkiosk\n\n## Opplæring\n\nAlle billettverter, også ekstrahjelp som bare jobber på store arrangementer, får to timers opplæring før oppstart.\n', language: 'nb' },
    { name: "trust22 nn: a video *for alle som bestiller møblar* names everyone who uses the service as the audience", options: {elements: ["audience"]}, text: "# Ombruk\n\n## Opplæring\n\n- 5 minutt video og oppslag på intranettet for alle som bestiller møblar\n" },
    { name: "trust22 nb: *webinarer* are training, and *for lønnsmedarbeiderne* its trainees", options: {elements: ["audience"]}, text: "# Reiser\n\n## Opplæring\n\nLeverandøren gjennomfører to webinarer à 1,5 timer for lønnsmedarbeiderne.\n" },
    { name: 'trust21 en: "two ride-alongs with Ruth" after the vendor\'s workshop is an internal trainer', options: {elements: ['responsible']}, text: '# Tablets\n\n## Getting inspectors up to speed\n\n- **How:** vendor-led hands-on workshop, then two ride-alongs with Ruth in the first month\n' },
    { name: 'trust21 en: "will deliver training online" names the format, as "online training" does', options: {elements: ['format']}, text: '# Portal\n\n## Training and support\n\nThe supplier will deliver training online for referring doctors and bereavement office staff.\n' },
    { name: "trust20 nn: a compound course (*eit halvdagskurs … for dei seks fast tilsette parkarbeidarane*) names the trainees", options: {elements: ["audience"]}, text: "# Leikeplassar\n\n## 6 Opplæring\n\nParkdata AS held eit halvdagskurs (fire timar) for dei seks fast tilsette parkarbeidarane i november 2026.\n" },
    { name: "lever19 en (liberal backstop): an internal role that trains, in words the lexicon has not met (\"Ruth trains … in two sessions\"), is responsible", options: {elements: ["responsible"]}, text: "# Museum\n\n## Training and support\n\n- Ruth trains the front-of-house staff in two sessions in June\n" },
    { name: "lever19 nn (liberal backstop): *Vaktmeisteren held kurset* the same", options: {elements: ["responsible"]}, text: "# Pumpestasjonar\n\n## 6 Opplæring\n\nDriftsoperatørane får to kurs på tre timar. Vaktmeisteren held kurset på driftssentralen.\n" },
    { name: "lever19 en (liberal backstop): a count next to a unit of time in words the lexicon has not met (\"one week of shadowing\") is the hours", options: {elements: ["hours"]}, text: "# Bins\n\n## Training\n\nThe loaders get one week of shadowing with the supplier.\n" },
    { name: "lever19 nn (liberal backstop): *to timars innføring* the same", options: {elements: ["hours"]}, text: "# Bossbilar\n\n## Opplæring\n\nSjåførane får to timars innføring i bilen.\n" },
    { name: "lever19 en (liberal backstop): outside care, a staff group that gets its training in words the lexicon has not met (\"Loaders got a one-hour briefing\") is the audience", options: {elements: ["audience"]}, text: "# Bins\n\n## Training\n\nLoaders got a one-hour briefing at the depot in March.\n" },
    { name: "lever19 nb (liberal backstop): a course *for de seks renholderne* names its audience", options: {elements: ["audience"]}, text: "# Bibliotek\n\n## Opplæring\n\nLeverandøren holder et halvdagskurs for de seks renholderne i februar.\n" },
    { name: "lever19 nb (liberal backstop): an introduction *for utlånsseksjonen* gives it to a unit's staff", options: {elements: ["audience"]}, text: "# Bibliotek\n\n## Opplæring\n\nLeverandøren gir en innføring på to timer for utlånsseksjonen ved oppstart.\n" },
    { name: "trust19 nb: past tense (*Hallvaktene fikk*) names the trainees, *en times* the hours, *holdt av* the role, and a short guide sent by e-mail the manual", options: {elements: ["audience", "hours", "responsible", "manual"]}, text: "# Halltimer\n\n## Opplæring\n\nHallvaktene fikk en times gjennomgang ved oppstart, holdt av idrettskonsulenten. Kontaktpersonene i lagene fikk en kort veiledning på e-post.\n" },
    { name: "trust18 nb: a role that *har ansvaret* runs the training, beside the supplier", options: {elements: ["responsible"]}, text: "# Sensorer\n\n## 6 Opplæring\n\nAlle seks driftsoperatører får en opplæringsøkt på tre timer. Prosjektleder har ansvaret og gjennomfører økten sammen med leverandøren.\n" },
    { name: "trust18 nb: a care home listed among other public buildings makes no care setting, and *alle elleve driftsteknikere får* names the trainees", options: {elements: ["audience"]}, text: "# Energi\n\n## 2 Bakgrunn\n\nPiloten omfatter 14 bygg: fire skoler, fem barnehager, to idrettshaller, rådhuset og ett sykehjem.\n\n## 7 Opplæring\n\nAlle elleve driftsteknikere får to kurs på tre timer i februar 2027.\n" },
    { name: 'trust18 en: the printed "How to water your tree" card is the guide volunteers use', options: { elements: ['manual'] }, text: '# Trees\n\n## Volunteer training\n\nNew adopters use the printed "How to water your tree" card handed out with each can.\n' },
    { name: "trust16 nb: the labelled line names the groups on any line of the plan, not only the first", text: "# Pilot\n\n## Opplæring\n\n- Ruteplanleggeren har ansvaret for opplæringen, og brukerveiledningen ligger i appen\n- Sjåfører og ruteplanleggere: én times gjennomgang på morgenmøtet i februar\n- Leverandøren har brukerstøtte på telefon etter oppstart\n" },
    { name: "trust16 nb: a slide's labelled line names the groups trained (*Sjåfører og ruteplanleggere: én times gjennomgang …*)", text: "# Pilot\n\n## Opplæring\n\n- Sjåfører og ruteplanleggere: én times gjennomgang på morgenmøtet i februar\n- Ruteplanleggeren har ansvaret for opplæringen, og brukerveiledningen ligger i appen\n- Leverandøren har brukerstøtte på telefon etter oppstart\n" },
    { name: "trust16 nn: *Biblioteksjefen har ansvaret for at alle tilsette har gjennomført opplæringa* names the responsible role", text: "# Meirope\n\n## Opplæring\n\nAlle fem bibliotekarane og vikarane får eit kurs på tre timar frå leverandøren. Biblioteksjefen har ansvaret for at alle tilsette har gjennomført opplæringa. Brukerveiledningen ligg på intranettet, og leverandøren har brukarstøtte på telefon etter oppstart.\n" },
    { name: 'trust16 en: relief staff named beside the support workers are the audience, whatever the super-users cover', text: "# Reablement rostering\n\nThe in-house home care service supports people after a hospital stay.\n\n## Training and support\n\nAll 64 support workers, relief staff and new starters attend a three-hour session on the app, delivered in each team by two super-users. A short user guide is printed and in the app. After go-live, super-users cover evening shifts in each team.\n" },
    {
      name: "trust15 en: \"all eight crew members\" given the course are its audience, and \"the City's Safety Officer\" co-teaching it is responsible",
      text: "# Cargo bikes\n\n## Training and safety\n\nBefore July 1, Pedalworks will give all eight crew members a four-hour hands-on course, co-taught with the City's Safety Officer. Each rider receives a quick-reference card. New crew members are trained in their first week.\n",
    },
    { name: "trust15 nb: a provider that gives a counted group its training (*gir de åtte vaktmesterne … tre timers opplæring*) names the audience and the hours", text: "# Fuktvakt\n\n## Kompetanse og opplæring\n\nLeverandøren gir de åtte vaktmesterne og tre saksbehandlere på boligkontoret tre timers opplæring ved oppstart. Driftsleder er superbruker og lærer opp nye vaktmestere. Brukerveiledningen ligger i appen, og leverandørens brukerstøtte er åpen hverdager 08–16.\n" },
    { name: "trust15 en: \"will give all eight crew members a four-hour course\" the same in English", text: "# E-cargo bikes\n\n## Training and safety\n\nBefore July 1, the supplier will give all eight crew members a four-hour hands-on course, led by the crew supervisor. Each rider receives a quick-reference card, and the supervisor answers questions in the first weeks.\n" },
    { name: "trust15 nb: a council-wide pilot reaching the service area *helse og omsorg* (beside *oppvekst* and *teknisk drift*) is no care setting", text: "# Digital kontraktsoppfølging\n\nPiloten omfatter innkjøpsavdelingen og tre kommunalområder (oppvekst, helse og omsorg, teknisk drift). Styringsgruppen ledes av økonomisjefen, med kommunalsjef helse og omsorg.\n\n## Opplæring og kompetanse\n\nKontraktsforvalterne (6) får to workshoper à 3 timer i august, ledet av prosjektleder. Prosjektleder skriver en brukerveiledning, og brukerstøtte gis av innkjøpsavdelingen etter oppstart.\n" },
    { name: "trust17 nn: a *halvdagskurs* (a course named by its length in one compound) is the format", options: {elements: ["format"]}, text: "# Sensorar\n\n## Korleis skal kompetansen byggjast opp?\n\nLeverandøren held eit halvdagskurs for dei seks kaiinspektørane ved oppstart.\n" },
    { name: "trust13 nn: a *feltøkt* on site (a compound of *økt*, a session) is the format", options: {elements: ["format"]}, text: "# Robotklipping\n\n## Opplæring\n\nLeverandøren held ei feltøkt på fire timar ute på kyrkjegarden før oppstart. Økta tek for seg start og stopp.\n" },
    { name: "trust12 nn: a guide someone writes (*Prosjektleiaren skriv ein kort rettleiar for flyging*) is the manual", options: {elements: ["manual"]}, text: "# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurset. Prosjektleiaren skriv ein kort rettleiar for flyging og lagring av bilete.\n" },
    { name: "trust12 nb: *Prosjektlederen lager en kort veileder* the same in bokmål", options: {elements: ["manual"]}, text: "# Drone\n\n## Opplæring\n\nDronepilotene tar nettkurset. Prosjektlederen lager en kort veileder for flyging.\n" },
    { name: "trust11 en: a plan in labelled lines names its audience under \"Who:\", casual and seasonal staff among them", options: {elements: ["audience"]}, text: "# pitchbook\n\n## Staff onboarding\n\n- Who: the three bookings officers and the leisure centre reception team (including casual and weekend staff).\n- How: a two-hour walk-through with the developers.\n" },
    { name: "trust11 nb: *Hvem:* the same in bokmål", options: {elements: ["audience"]}, text: "# Booking\n\n## Opplæring\n\n- Hvem: de tre saksbehandlerne og resepsjonen, også helgevakter.\n- Hvordan: en gjennomgang på to timer.\n" },
    { name: "trust11 en: \"buddied by the Charge-hand\" on their first shifts names an internal trainer beside the vendor's walk-through", options: {elements: ["responsible"]}, text: "# Bins\n\n## 8. Preparing crews and supervisors\n\nThe crews get a half-day walk-through with the vendor. Agency staff who join later will be buddied by the Charge-hand on their first two shifts.\n" },
    {
      name: 'trust11 nn: a fire service\'s new crew (*nye mannskap*, "new crew members") are its new hires',
      text:
        '# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurs på 6 timar og ein halv dag med leverandøren. Øvingsleiaren har ansvaret for opplæringa. ' +
        'Brukarrettleiinga ligg i dronekofferten, og etter oppstart øver vaktlaget kvar månad. Nye mannskap går gjennom det same løpet.\n',
    },
    {
      name: 'trust11 en: "new crew members" are the new hires',
      text:
        '# Drones\n\n## Training\n\nPilots take a 6-hour online course. The training lead is responsible; the manual is in the kit bag, ' +
        'and after go-live each watch practises monthly. New crew members take the same course.\n',
    },
    {
      name: 'trust10 en: "a one-hour hands-on session from the Discharge Lounge Sister" names the internal responsible role',
      text:
        '# Lounge\n\n## 7. Training and Support\n\nLounge nurses and bank and agency staff get a one-hour hands-on session from the Discharge Lounge Sister ' +
        'in February 2027, with a quick guide on the intranet; new starters get it in their first week.\n',
    },
    { name: 'trust10 en: a council\'s wards, named again and again, are electoral wards: no night shift to ask for', text: WARDS_EN },
    {
      name: 'trust7 en: outside care, field trades are the audience ("Surveyors and repairs operatives get a toolbox talk", "train two of our bridge inspectors", "the whole Structures team")',
      text:
        '# Damp\n\n## Training\n\nSurveyors and repairs operatives get a 1-hour toolbox talk from the team leader before the first installs, ' +
        'with a one-page guide; the team leader answers questions after go-live.\n\n' +
        '## Skills\n\nThe principal engineer will train two of our bridge inspectors and give the whole Structures team a half-day introduction in May, ' +
        'with a handbook and follow-up visits.\n',
    },
    {
      name: 'trust6: outside care a course for a group named by its work is the audience (*innføring … for driftsteknikerne*, *kurs for rettleiarane*)',
      text:
        '# Låser\n\n## Opplæring\n\nDriftsleder holder en innføring på 1 time for driftsteknikerne i mars 2027, med brukerveiledning. Servicetorget svarer på spørsmål etter oppstart.\n\n' +
        '## Kompetanse i tenesta\n\nFagleiar held eit kurs for rettleiarane før oppstart (2 timar), med rettleiing på intranettet og oppfølging undervegs.\n',
    },
    {
      name: 'trust5: outside care a counted group of any name is the audience ("a session for the 12 volunteers", "both wardens get")',
      text:
        '# Glass plates\n\n## Training volunteers and staff\n\n- A half-day hands-on session for the 12 volunteers and both collections officers in February 2027, run by the Senior Collections Officer\n' +
        '- A 20-page handbook covers handling; after go-live the Senior Collections Officer answers questions\n\n' +
        '## Staff development\n\nBoth park wardens will attend a two-hour briefing from the team leader, with the handbook and follow-up visits.\n',
    },
    {
      name: 'trust4: "New advisers learn it in their induction" is support for new staff',
      text:
        '# Bulky waste\n\n## How will you make sure staff are ready?\n\nContact centre advisers get a one-hour walkthrough with the product manager before launch, ' +
        'with a quick guide on the intranet. New advisers learn it in their induction.\n',
    },
    {
      name: 'trust4: a half-day workshop "with the senior practitioner" has an internal responsible role',
      text:
        '# Reviews\n\n## Training\n\nAll 14 reviewing officers get a half-day workshop with the senior practitioner in February. A checklist is on the intranet, ' +
        'and new starters learn with a buddy.\n',
    },
    {
      name: 'trust4: "All 12 crew members and 3 supervisors get …", "new crew members get the same session in their first week"',
      text:
        '# Bins\n\n## Getting crews ready\n\nAll 12 crew members and 3 supervisors get a two-hour session with the Street Scene supervisor in December. ' +
        'A one-page guide sits in each vehicle, and new crew members get the same session in their first week.\n',
    },
    {
      name: 'trust4: "Everyone who uses the system", "The team leader trains the advisers", an afternoon, a quick guide, a refresher',
      text:
        '# Permits\n\n## Training\n\nEveryone who uses the system gets an afternoon workshop; the team leader trains the advisers. ' +
        'A quick guide sits on the intranet, and a refresher follows after launch.\n',
    },
    {
      name: 'trust4: *Prosjektleder holder kurset for hele teamet* (bokmål)',
      text:
        '# Byggesak\n\n## Opplæring\n\nProsjektleder holder kurset for hele teamet, 3 timer i klasserom, med brukerveiledning på intranett. ' +
        'Nyansatte får samme kurs, og prosjektleder følger opp underveis.\n',
    },
    {
      name: 'trust4: trainees who "will be shown" the platform by the team leader, a "practice handbook", follow-up in the first weeks',
      text:
        '# Leaks\n\n## Training\n\nBuilding managers and FM engineers will be shown the alert platform for 2 hours by the FM team leader. ' +
        'The practice handbook covers each alert, and the team leader follows up in the first weeks.\n',
    },
    {
      name: 'trust4: formats and times as councils write them: a lunch and learn, an afternoon, a refresher',
      text:
        '# Permits\n\n## Training\n\nAll advisers, new starters included, attend a lunch and learn and an afternoon of practice on test cases, ' +
        'run by the team leader, with a quick guide. A refresher follows after launch.\n',
    },
    {
      name: 'trust4: nynorsk "ei økt" and "opplæringsvideo"',
      text:
        '# Skule\n\n## Opplæring\n\nAlle lærarane, også nytilsette, får ei økt med fagleiaren og ein opplæringsvideo. ' +
        'Rettleiinga ligg på intranettet, og fagleiaren følgjer opp undervegs.\n',
    },
    {
      name: 'trust4: officers who "had a half-day" with an internal trainer',
      text:
        '# Graves\n\n## Getting staff ready\n\nOur four cemetery officers had a half-day with our bereavement services trainer in February. ' +
        'A how-to guide is on the intranet, and new staff get the guide in their first week.\n',
    },
    {
      name: 'other words: "ei innføring på 2 timar" is a format, a "kursdag" hours, a "digital rettleiar" the manual (nynorsk)',
      text:
        '# Skriving\n\n## Kompetanseheving\n\nLærarane i pilotklassane får ei innføring på 2 timar og ein kursdag ved oppstart, leia av fagleiaren, og ein digital rettleiar. ' +
        'Nytilsette får same kurs, og fagleiaren følgjer opp etter oppstart.\n',
    },
    {
      name: 'trust9 nb: a course held by the municipal chief medical officer has an internal responsible role (*holdt av kommuneoverlegen*)',
      text:
        '# Fysio\n\n## Opplæring\n\nFysioterapeutene, også vikarer og nyansatte, får et todagers kurs i januar 2027, holdt av kommuneoverlegen og en erfaren ' +
        'fysioterapeut fra Nordby kommune, etter en felles rutine. Kommuneoverlegen følger opp med veiledningsmøter hver måned etter oppstart.\n',
    },
    {
      name: 'trust9 nn: "ein felles rettleiar i Teams" is the manual (a shared guide kept somewhere), not a person',
      text:
        '# Sommarskule\n\n## Kva må lærarane lære?\n\nDei fire lærarane får ein kursdag på 6 timar i juni 2027, leidd av fagleiar i matematikk. ' +
        'Opplegget ligg i ein felles rettleiar i Teams, og fagleiaren svarar på spørsmål undervegs.\n',
    },
    {
      name: 'a walkthrough for the coordinators from the in-house product team, a guide, a channel after launch',
      text:
        '# Feed\n\n## Skills and support\n\nThe nine street works coordinators get a two-hour walkthrough from the product team, a how-to guide on the wiki, ' +
        'and a Teams channel watched by the product team after launch. New coordinators use the guide and a recorded walkthrough.\n',
    },
    {
      name: 'issue 8: a training plan in other words: a depot briefing from the route planner, a quick card, the morning briefing after go-live',
      text:
        '# Routes\n\n## Training\n\nAll 58 loaders and drivers get a 45-minute briefing at the depot from the route planner before go-live. ' +
        'A laminated quick card goes in every cab. After go-live the crew supervisors take questions at the morning briefing.\n',
    },
    {
      name: 'issue 8: nynorsk: a course with the school librarian, a guide on the intranet, help as they go, new staff get the same course',
      text:
        '# Leselyst\n\n## Opplæring\n\nKontaktlærarane får eit kurs på tre timar med skulebibliotekaren i august. Ei rettleiing ligg på intranettet. ' +
        'Skulebibliotekaren hjelper lærarane fortløpande, og nytilsette får same kurset.\n',
    },
    {
      name: 'hours written as a number word ("to timer")',
      text:
        '# Tilsyn\n\n## Opplæring\n\nAlle ansatte, også nattevakter og vikarer, får to timer praktisk opplæring av superbrukerne, med brukerveiledning på intranett. Superbrukerne gir løpende brukerstøtte etter oppstart.\n',
    },
    { name: 'a strong English T4 table with night shift, temps, new hires and support after go-live', text: STRONG_EN },
    { name: 'bokmål prose with a numbered heading and a nested support subsection (CRLF)', text: NB_NESTED.replace(/\n/g, '\r\n') },
    { name: 'the lines the fix adds are recognised (placeholders are left to placeholder-text)', text: SVAK_FIXED },
    {
      name: 'responsible: "fagansvarlig, som også har ansvaret for opplæringen"',
      text:
        '# Rehabilitering\n\n## Kompetanse\n\nFysioterapeutene får en dag (6 timer) praktisk opplæring. Hjemmetjenesten, også kvelds- og ' +
        'helgevakter og vikarer, får 1 time. Nyansatte får den samme timen av fagansvarlig, som også har ansvaret for opplæringen. ' +
        'Brukerveiledning ligger i kvalitetssystemet, og leverandørens brukerstøtte hjelper etter oppstart.\n',
    },
    {
      name: 'nynorsk plan with singular "1 time", nytilsette and brukarstøtte',
      text:
        '# E-lås\n\n## 5. Opplæring\n\nAlle tilsette får 1 time praktisk opplæring i appen, også nattevakter og vikarar. To superbrukarar ' +
        'har ansvar for opplæring av nytilsette. Brukarrettleiing ligg i kvalitetssystemet, og leverandøren har brukarstøtte heile døgnet.\n',
    },
    {
      name: 'English ward plan: night staff and bank nurses, a quick-reference guide, a session from the section manager',
      text:
        '# Handover\n\n## Why this pilot\n\nText.\n\n## Support\n\nEach nurse gets a 90-minute hands-on session before go-live, including the night staff ' +
        'and bank nurses; new starters get the same session from the section manager. A quick-reference guide is attached to each tablet, ' +
        "and the trust's IT service desk provides support after go-live.\n",
    },
    {
      name: 'no training section at all is training-plan-missing, not this rule',
      text: '# Pilot\n\n## Background\n\nThe supplier gives a short introduction.\n',
    },
    {
      name: 'an element switched off in options is not checked',
      text:
        '# Pilot\n\n## Training\n\nThe team gets a 2-hour workshop run by super-users, with a quick guide. ' +
        'The service desk helps after go-live.\n\n## Risks\n\nSome.\n',
      options: { elements: ['format', 'hours', 'responsible', 'manual', 'support'] },
    },
    {
      name: 'formats as people write them: a half day with the supplier, an introduction on the ward (2 hours)',
      text:
        '# Pilot\n\n## Training\n\n- All ward nurses, night shift and temporary staff get an introduction on the ward (2 hours) from the super-users.\n' +
        '- Super-users spend a half day with the supplier in January.\n- The quick guide hangs in the medicine room.\n' +
        '- After go-live, super-users support each shift for two weeks.\n',
    },
    {
      name: 'bokmål: "en halv dag med leverandøren" is a format and a duration',
      text:
        '# Pilot\n\n## Opplæring\n\nDe sju saksbehandlerne og nyansatte får en halv dag med leverandøren i januar. Rådgiveren er superbruker. ' +
        'Brukerveiledningen ligger på intranettet, og etter oppstart gir leverandøren brukerstøtte på e-post.\n',
      language: 'nb',
    },
    {
      name: 'outside shift-based care, the staff group that is trained is the audience (catalogue E)',
      text:
        '# Permits\n\n## Training and support\n\nThe six Permit Office officers get a half day in January 2027, run by the team leader. ' +
        'A one-page guide sits at each desk, and the team leader supports officers after go-live.\n',
    },
    {
      name: 'bokmål school plan: "Kontaktlærere og rådgivere får et kurs", and new teachers each autumn',
      text:
        '# Frafall\n\n## Opplæring\n\nKontaktlærere og rådgivere får et to timers kurs i august 2027, holdt av prosjektlederen. ' +
        'En veileder ligger i Teams, og OT svarer på spørsmål etter oppstart.\n',
    },
    {
      name: 'a cascade: exam leads trained by the supplier then train the teachers; a county department is no care ward (bokmål)',
      text:
        '# Hjemmeeksamen\n\nAvdeling for opplæring, Nordvik fylkeskommune\n\n## Opplæring\n\nDe eksamensansvarlige får en halv dag med leverandøren i januar 2027 ' +
        'og lærer deretter opp lærerne på egen skole. En kortveiledning ligger på intranettet, og eksamensansvarlig svarer på spørsmål underveis.\n',
    },
    {
      name: 'a cascade in English: coordinators trained by the supplier then train the teachers at their school',
      text:
        '# Exams\n\n## Training\n\nThe exam coordinators get a half day with the supplier in January 2027 and then train the teachers at their own school. ' +
        'A quick guide sits on the intranet, and the coordinator answers questions after launch.\n',
    },
    {
      name: 'a compound guide word (*kortveiledning*) is the manual',
      text:
        '# Artsmelder\n\n## Opplæring\n\nDriftsoperatører, sesongarbeidere og nyansatte får et kurs på to timer ved sesongstart. Naturforvalteren er ansvarlig. ' +
        'En kortveiledning for felt ligger i appen. Etter oppstart svarer naturforvalteren på spørsmål.\n',
    },
    {
      name: 'permanent staff and temporary staff both named in care: the audience is given',
      text:
        '# Tilsyn i omsorgsbolig\n\n## Opplæring\n\nAlle fast ansatte og vikarer på dag-, kveld- og nattevakt får tre timer e-læring. Superbrukere har ansvaret. ' +
        'Brukerveiledningen ligger i kvalitetssystemet, og superbrukerne gir brukerstøtte etter oppstart.\n',
    },
    {
      name: 'a welfare-technology plan as published ones write it: the ABC package over three samlinger, a koordinator, tiltakskort, support',
      text:
        '# Digitalt tilsyn i sykehjem\n\n## Opplæring\n\nAlle som jobber på avdelingen, også tilkallingsvikarer og lærlinger, tar Velferdsteknologiens ABC over tre samlinger ' +
        'i forkant av oppstart. Velferdsteknologikoordinatoren har opplæringsansvaret. Det er laget tiltakskort for hver alarmtype, ' +
        'og leverandøren har support den første tiden.\n',
    },
    {
      name: 'nynorsk: opplæringsvideoar and refleksjonsgrupper, ein arbeidsdag, teknologiagentar',
      text:
        '# Tryggleiksalarm i heimetenesta\n\n## Opplæring\n\nAlle tilsette, også vikarar, får ein arbeidsdag med opplæringsvideoar og refleksjonsgrupper. ' +
        'Teknologiagentane har ansvaret, tiltakskort ligg i bilane, og dei gjev støtte i oppstartsfasen.\n',
    },
    {
      name: 'trust7: a line wrapped inside a sentence is one sentence ("leidd av↵driftsleiar bygg", nynorsk, CRLF)',
      text:
        '# Inneklima\r\n\r\n## Opplæring\r\n\r\nDei seks driftsteknikarane får eit kurs på éin dag i januar 2027, leidd av\r\n' +
        'driftsleiar bygg saman med leverandøren. Ein digital rettleiar ligg på intranettet, og nytilsette får same kurset.\r\n',
      language: 'nb',
    },
    {
      name: 'trust7: care named only as left out of the pilot ("Søknad om omsorgsbolig … er ikke med") makes no care setting',
      text:
        '# Boligsøknad\n\n## Omfang\n\nPiloten gjelder kommunal utleiebolig. Søknad om omsorgsbolig og bostøtte er ikke med.\n\n' +
        '## Opplæring\n\nSaksbehandlerne får et kurs på to timer før oppstart, holdt av fagleder. Brukerveiledningen ligger på intranettet, ' +
        'og fagleder følger opp den første måneden.\n',
      language: 'nb',
    },
  ],
  invalid: [
    { name: 'trust26 en: "phone" with no help to get is no support', options: { elements: ['support'] }, text: '# Meters\n\n## Training\n\nThe supplier trains the officers in March, and they phone each resident to book a visit.\n', errors: [{ line: 3, element: 'support' }], output: '# Meters\n\n## Training\n\nThe supplier trains the officers in March, and they phone each resident to book a visit.\n\n- Support after go-live: {{…}} · New/temporary staff: {{…}}\n' },
    { name: "trust26 nb: the supplier who shows the form (*leverandøren viser skjemaet*) is no internal role", options: { elements: ['responsible'] }, text: "# Skjema\n\n## Opplæring\n\nRådgiverne får en samling på to timer, der leverandøren viser skjemaet.\n", language: 'nb', errors: [{ line: 3, element: 'responsible' }], output: "# Skjema\n\n## Opplæring\n\nRådgiverne får en samling på to timer, der leverandøren viser skjemaet.\n\n- Ansvarlig: {{superbruker}}\n" },
    { name: "trust24 nn: an *instruksjon* given in class is teaching, no written guide", options: { elements: ['manual'] }, text: "# Læreplass\n\n## Opplæring\n\nSøkjarane får ein kort instruksjon i klassen frå rådgjevaren.\n", language: 'nb', errors: [{ line: 3, element: 'manual' }], output: "# Læreplass\n\n## Opplæring\n\nSøkjarane får ein kort instruksjon i klassen frå rådgjevaren.\n\n- Materiell: {{lenke til brukerveiledning}}\n" },
    { name: "trust24 nn: going along with the parents (*saman med foreldra*) is no shadowing", options: { elements: ['format'] }, text: "# Gåbuss\n\n## Opplæring av leiarar\n\nLeiarane går ruta saman med foreldra.\n", language: 'nb', errors: [{ line: 3, element: 'format' }], output: "# Gåbuss\n\n## Opplæring av leiarar\n\nLeiarane går ruta saman med foreldra.\n\n- Format: {{…}}\n" },
    { name: "trust24 nn: answering questions *undervegs* names nobody trained", options: { elements: ['audience'] }, text: "# Gåbuss\n\n## Opplæring av leiarar\n\nTrafikkontakten svarar på spørsmål undervegs.\n", language: 'nb', errors: [{ line: 3, element: 'audience' }], output: "# Gåbuss\n\n## Opplæring av leiarar\n\nTrafikkontakten svarar på spørsmål undervegs.\n\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n" },
    { name: 'trust23 nb: a plan that names who trains but nobody trained has no audience, with or without extra help', options: { elements: ['audience'] }, text: '# Billettkiosk\n\n## Opplæring\n\nVertskapsleder har ansvar for opplæringen, som tar to timer i foajeen før oppstart.\n', language: 'nb', errors: [{ line: 3, element: 'audience' }], output: '# Billettkiosk\n\n## Opplæring\n\nVertskapsleder har ansvar for opplæringen, som tar to timer i foajeen før oppstart.\n\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n' },
    { name: 'trust21 en: ride-alongs with the vendor leave the vendor alone responsible', options: {elements: ['responsible']}, text: '# Tablets\n\n## Getting inspectors up to speed\n\n- **How:** vendor-led hands-on workshop, then two ride-alongs with the vendor in the first month\n', errors: [{ line: 3, element: 'responsible' }], output: '# Tablets\n\n## Getting inspectors up to speed\n\n- **How:** vendor-led hands-on workshop, then two ride-alongs with the vendor in the first month\n- Responsible: {{super-user}}\n' },
    { name: 'trust21 en: training with a guide put online names no format', options: {elements: ['format']}, text: '# Portal\n\n## Training and support\n\nDoctors will be trained. The guide is online.\n', errors: [{ line: 3, element: 'format' }], output: '# Portal\n\n## Training and support\n\nDoctors will be trained. The guide is online.\n\n- Format: {{…}}\n' },
    { name: "trust22 nn: support *for alle som ringer* after go-live names no trainees", options: {elements: ["audience"]}, text: "# Ombruk\n\n## Opplæring\n\n- Video på intranettet\n- Brukarstøtte for alle som ringer servicetorget etter oppstart\n", errors: [{ line: 3, element: "audience" }], output: "# Ombruk\n\n## Opplæring\n\n- Video på intranettet\n- Brukarstøtte for alle som ringer servicetorget etter oppstart\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n" },
    { name: "trust20 nn: a compound course held in a place (*eit halvdagskurs på leikeplassen i sentrum*) names no trainees", options: {elements: ["audience"]}, text: "# Leikeplassar\n\n## 6 Opplæring\n\nParkdata AS held eit halvdagskurs på leikeplassen i sentrum i november 2026.\n", errors: [{ line: 3, element: "audience" }], output: "# Leikeplassar\n\n## 6 Opplæring\n\nParkdata AS held eit halvdagskurs på leikeplassen i sentrum i november 2026.\n\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n" },
    { name: "lever19 nn (liberal backstop): the course as the one that gives it (*Kursa gjev innføring*) beside a supplier-run course names no internal role", options: {elements: ["responsible"]}, text: "---\nlanguage: nb\n---\n# Avløp\n\n## Opplæring\n\nLeverandøren held to kursdagar for ingeniørane. Kursa gjev innføring i korleis modellen merkjer funn.\n", errors: [{ line: 6, element: "responsible" }], output: "---\nlanguage: nb\n---\n# Avløp\n\n## Opplæring\n\nLeverandøren held to kursdagar for ingeniørane. Kursa gjev innføring i korleis modellen merkjer funn.\n\n- Ansvarlig: {{superbruker}}\n" },
    { name: "lever19 nn (liberal backstop): the support's answer time (*brukarstøtte … svarar innan to timars tid*) is no training hours", options: {elements: ["hours"]}, text: "# Bossbilar\n\n## Opplæring\n\nSjåførane får ei praktisk innføring i bilen. Leverandøren har brukarstøtte, og svarar innan to timars tid.\n", errors: [{ line: 3, element: "hours" }], output: "# Bossbilar\n\n## Opplæring\n\nSjåførane får ei praktisk innføring i bilen. Leverandøren har brukarstøtte, og svarar innan to timars tid.\n\n- Timer / tidsplan: {{…}}\n" },
    { name: "lever19 en (liberal backstop): super-users given a briefing are trainers, not the audience", options: {elements: ["audience"]}, text: "# Bins\n\n## Training\n\nThe super-users got a one-hour briefing at the depot in March.\n", errors: [{ line: 3, element: "audience" }], output: "# Bins\n\n## Training\n\nThe super-users got a one-hour briefing at the depot in March.\n\n- Audience: {{incl. temporary staff, new hires}}\n" },
    { name: "lever19 nb (liberal backstop): in care the night and temporary staff must be named, however the trainees are worded", options: {elements: ["audience"]}, text: "# Tilsyn\n\nPiloten gjelder hjemmetjenesten i helse og omsorg.\n\n## Opplæring\n\nPrimærkontaktene får en times gjennomgang av appen i februar.\n", errors: [{ line: 5, element: "audience" }], output: "# Tilsyn\n\nPiloten gjelder hjemmetjenesten i helse og omsorg.\n\n## Opplæring\n\nPrimærkontaktene får en times gjennomgang av appen i februar.\n\n- Målgruppe: {{inkl. nattevakt, vikarer}}\n" },
    { name: "trust19 nb: a session *holdt av leverandøren* names no internal role", options: {elements: ["responsible"]}, text: "# Halltimer\n\n## Opplæring\n\nHallvaktene fikk en times gjennomgang ved oppstart, holdt av leverandøren.\n", errors: [{ line: 3, element: "responsible" }], output: "# Halltimer\n\n## Opplæring\n\nHallvaktene fikk en times gjennomgang ved oppstart, holdt av leverandøren.\n\n- Ansvarlig: {{superbruker}}\n" },
    { name: "trust19 nb: *veiledning av* a person is guidance, not a written guide", options: {elements: ["manual"]}, text: "# Halltimer\n\n## Opplæring\n\nKontaktpersonene i lagene fikk veiledning av idrettskonsulenten.\n", errors: [{ line: 3, element: "manual" }], output: "# Halltimer\n\n## Opplæring\n\nKontaktpersonene i lagene fikk veiledning av idrettskonsulenten.\n\n- Materiell: {{lenke til brukerveiledning}}\n" },
    { name: "trust18 nb: the supplier that *har ansvaret* is no internal role", options: {elements: ["responsible"]}, text: "# Sensorer\n\n## 6 Opplæring\n\nAlle seks driftsoperatører får en opplæringsøkt på tre timer. Leverandøren har ansvaret.\n", errors: [{ line: 3, element: "responsible" }], output: "# Sensorer\n\n## 6 Opplæring\n\nAlle seks driftsoperatører får en opplæringsøkt på tre timer. Leverandøren har ansvaret.\n\n- Ansvarlig: {{superbruker}}\n" },
    { name: "trust18 nb: a care home named as the pilot's setting is care, so the night shift is asked for", options: {elements: ["audience"]}, text: "# Energi\n\n## 2 Bakgrunn\n\nPiloten gjelder ett sykehjem med 40 plasser.\n\n## 7 Opplæring\n\nAlle elleve sykepleiere får to kurs på tre timer i februar 2027.\n", errors: [{ line: 7, element: "audience" }], output: "# Energi\n\n## 2 Bakgrunn\n\nPiloten gjelder ett sykehjem med 40 plasser.\n\n## 7 Opplæring\n\nAlle elleve sykepleiere får to kurs på tre timer i februar 2027.\n\n- Målgruppe: {{inkl. nattevakt, vikarer}}\n" },
    { name: 'trust18 en: a card with no how-to title ("a loyalty card") is no guide', options: { elements: ['manual'] }, text: '# Trees\n\n## Volunteer training\n\nNew adopters get a loyalty card with each can.\n', errors: [{ line: 3, element: 'manual' }], output: '# Trees\n\n## Volunteer training\n\nNew adopters get a loyalty card with each can.\n\n- Materials: {{manual link}}\n' },
    { name: "trust17 nn: a *konkurs* (bankruptcy) is no course, so no format", options: {elements: ["format"]}, text: "# Sensorar\n\n## Korleis skal kompetansen byggjast opp?\n\nLeverandøren viser dei seks kaiinspektørane løysinga ved oppstart, og risikoen for konkurs er vurdert.\n", errors: [{ line: 3, element: "format" }], output: "# Sensorar\n\n## Korleis skal kompetansen byggjast opp?\n\nLeverandøren viser dei seks kaiinspektørane løysinga ved oppstart, og risikoen for konkurs er vurdert.\n\n- Format: {{…}}\n" },
    { name: "trust16 nb: a labelled line that is no training (*Sjåfører og ruteplanleggere: nye ruter fra mars*) names no trainees", text: "# Pilot\n\n## Opplæring\n\n- Sjåfører og ruteplanleggere: nye ruter fra mars\n- Én times gjennomgang på morgenmøtet i februar\n- Ruteplanleggeren har ansvaret for opplæringen, og brukerveiledningen ligger i appen\n- Leverandøren har brukerstøtte på telefon etter oppstart\n", errors: [{ line: 3, element: "audience" }], output: "# Pilot\n\n## Opplæring\n\n- Sjåfører og ruteplanleggere: nye ruter fra mars\n- Én times gjennomgang på morgenmøtet i februar\n- Ruteplanleggeren har ansvaret for opplæringen, og brukerveiledningen ligger i appen\n- Leverandøren har brukerstøtte på telefon etter oppstart\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n" },
    { name: "trust16 nn: *ansvaret for at* something other than the training names no responsible role", text: "# Meirope\n\n## Opplæring\n\nAlle fem bibliotekarane og vikarane får eit kurs på tre timar frå leverandøren. Biblioteksjefen har ansvaret for at lokalet er ope. Brukerveiledningen ligg på intranettet, og leverandøren har brukarstøtte på telefon etter oppstart.\n", errors: [{ line: 3, element: "responsible" }], output: "# Meirope\n\n## Opplæring\n\nAlle fem bibliotekarane og vikarane får eit kurs på tre timar frå leverandøren. Biblioteksjefen har ansvaret for at lokalet er ope. Brukerveiledningen ligg på intranettet, og leverandøren har brukarstøtte på telefon etter oppstart.\n\n- Ansvarlig: {{superbruker}}\n" },
    { name: 'trust16 en: in home care, super-users who "cover evening shifts" after go-live are support, and the permanent staff alone are no full audience', text: "# Reablement rostering\n\nThe in-house home care service supports people after a hospital stay.\n\n## Training and support\n\nAll 64 support workers attend a three-hour session on the app, delivered in each team by two super-users. A short user guide is printed and in the app. After go-live, super-users cover evening shifts in each team.\n", errors: [{ line: 5, element: 'audience' }], output: "# Reablement rostering\n\nThe in-house home care service supports people after a hospital stay.\n\n## Training and support\n\nAll 64 support workers attend a three-hour session on the app, delivered in each team by two super-users. A short user guide is printed and in the app. After go-live, super-users cover evening shifts in each team.\n\n- Audience: {{incl. night shift, temporary staff}}\n" },
    {
      name: "trust15 en: a course the supplier gives alone, with no internal role, still names no one responsible",
      text: "# Cargo bikes\n\n## Training and safety\n\nBefore July 1, Pedalworks will give the crews a four-hour hands-on course at the Corporation Yard. Each rider receives a quick-reference card. New crew members are trained in their first week.\n",
      errors: [{ line: 3, element: 'responsible' }],
      output: "# Cargo bikes\n\n## Training and safety\n\nBefore July 1, Pedalworks will give the crews a four-hour hands-on course at the Corporation Yard. Each rider receives a quick-reference card. New crew members are trained in their first week.\n\n- Responsible: {{super-user}}\n",
    },
    { name: "trust15 nb: *Leverandøren gir opplæring* with no group and no duration names neither", text: "# Fuktvakt\n\n## Kompetanse og opplæring\n\nLeverandøren gir opplæring i appen ved oppstart. Driftsleder er superbruker. Brukerveiledningen ligger i appen, og brukerstøtte er åpen hverdager.\n", errors: [{ line: 3, element: "audience" }, { line: 3, element: "hours" }], output: "# Fuktvakt\n\n## Kompetanse og opplæring\n\nLeverandøren gir opplæring i appen ved oppstart. Driftsleder er superbruker. Brukerveiledningen ligger i appen, og brukerstøtte er åpen hverdager.\n\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n- Timer / tidsplan: {{…}}\n" },
    { name: "trust15 nb: home care within *helse og omsorg* is still care, and its night shift is asked for", text: "# Digitalt tilsyn\n\nPiloten gjelder hjemmetjenesten i helse og omsorg.\n\n## Opplæring og kompetanse\n\nDe ansatte i hjemmetjenesten får to workshoper à 3 timer i august, ledet av fagleder. Fagleder skriver en brukerveiledning, og brukerstøtte gis etter oppstart.\n", errors: [{ line: 5, element: "audience" }], output: "# Digitalt tilsyn\n\nPiloten gjelder hjemmetjenesten i helse og omsorg.\n\n## Opplæring og kompetanse\n\nDe ansatte i hjemmetjenesten får to workshoper à 3 timer i august, ledet av fagleder. Fagleder skriver en brukerveiledning, og brukerstøtte gis etter oppstart.\n\n- Målgruppe: {{inkl. nattevakt, vikarer}}\n" },
    { name: "trust13 nb: training with no session or other form named (*får opplæring i løsningen*) has no format", language: "nb", options: {elements: ["format"]}, text: "# Robotklipping\n\n## Opplæring\n\nSaksbehandlerne får opplæring i løsningen.\n", errors: [{ line: 3, element: 'format' }], output: "# Robotklipping\n\n## Opplæring\n\nSaksbehandlerne får opplæring i løsningen.\n\n- Format: {{…}}\n" },
    { name: "trust12 nn: a mentor (*ein rettleiar frå Agrikart følgjer dei første flygingane*) is no guide", options: {elements: ["manual"]}, text: "# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurset, og ein rettleiar frå leverandøren følgjer dei første flygingane.\n", errors: [{line: 3, element: "manual"}], output: "# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurset, og ein rettleiar frå leverandøren følgjer dei første flygingane.\n\n- Materiell: {{lenke til brukerveiledning}}\n" },
    { name: "trust11 en: a walk-through with the vendor alone names no internal trainer", options: {elements: ["responsible"]}, text: "# Bins\n\n## 8. Preparing crews and supervisors\n\nThe crews get a half-day walk-through with the vendor on emptying the compactors.\n", errors: [{line: 3, element: "responsible"}], output: "# Bins\n\n## 8. Preparing crews and supervisors\n\nThe crews get a half-day walk-through with the vendor on emptying the compactors.\n\n- Responsible: {{super-user}}\n" },
    { name: "trust11 en: \"How:\" with no one named says nothing of who is trained", options: {elements: ["audience"]}, text: "# pitchbook\n\n## Staff onboarding\n\n- How: a two-hour walk-through with the developers.\n", errors: [{line: 3, element: "audience"}], output: "# pitchbook\n\n## Staff onboarding\n\n- How: a two-hour walk-through with the developers.\n- Audience: {{incl. temporary staff, new hires}}\n" },
    {
      name: 'trust11 nn: crews already serving (*mannskapa*) are no audience beyond the core team',
      text:
        '# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurs på 6 timar og ein halv dag med leverandøren. Øvingsleiaren har ansvaret for opplæringa. ' +
        'Brukarrettleiinga ligg i dronekofferten, og etter oppstart øver vaktlaget kvar månad. Mannskapa går gjennom det same løpet.\n',
      errors: [{ line: 3, element: 'audience' }],
      output:
        '# Drone\n\n## Opplæring\n\nDronepilotane tek nettkurs på 6 timar og ein halv dag med leverandøren. Øvingsleiaren har ansvaret for opplæringa. ' +
        'Brukarrettleiinga ligg i dronekofferten, og etter oppstart øver vaktlaget kvar månad. Mannskapa går gjennom det same løpet.\n\n- Målgruppe: {{inkl. vikarer, nyansatte}}\n',
    },
    {
      name: 'trust10 en: a sister named only as who is trained is no trainer',
      text:
        '# Lounge\n\n## 7. Training and Support\n\nThe Discharge Lounge Sister and bank and agency staff get a one-hour hands-on session ' +
        'in February 2027, with a quick guide on the intranet; new starters get it in their first week.\n',
      errors: [{ line: 3, element: 'responsible' }],
      output:
        '# Lounge\n\n## 7. Training and Support\n\nThe Discharge Lounge Sister and bank and agency staff get a one-hour hands-on session ' +
        'in February 2027, with a quick guide on the intranet; new starters get it in their first week.\n\n- Responsible: {{super-user}}\n',
    },
    {
      name: 'trust10 en: wards with nurses and patients are hospital wards: the night shift is asked for',
      text: WARDS_EN.replace('Two advisers visit homes', 'Nurses see patients'),
      errors: [{ line: 5, element: 'audience' }],
      output: WARDS_EN.replace('Two advisers visit homes', 'Nurses see patients') + '\n- Audience: {{incl. night shift, temporary staff}}\n',
    },
    {
      name: 'trust9 nn: an introduction "halden av leverandøren" names no internal role',
      text:
        '# SMS\n\n## Opplæring\n\nDei fire sakshandsamarane får ei innføring på to timar før oppstart etter ein felles rettleiar i Teams. ' +
        'Innføringa blir halden av leverandøren, og nytilsette får same innføring.\n',
      errors: [{ line: 3, element: 'responsible' }],
      output:
        '# SMS\n\n## Opplæring\n\nDei fire sakshandsamarane får ei innføring på to timar før oppstart etter ein felles rettleiar i Teams. ' +
        'Innføringa blir halden av leverandøren, og nytilsette får same innføring.\n\n- Ansvarlig: {{superbruker}}\n',
    },
    {
      name: 'trust9 nn: a "rettleiar" at a school is a person, not the manual',
      text:
        '# Sommarskule\n\n## Kva må lærarane lære?\n\nDei fire lærarane får ein kursdag på 6 timar i juni 2027, leidd av fagleiar i matematikk. ' +
        'Ein rettleiar på skulen svarar på spørsmål undervegs.\n',
      errors: [{ line: 3, element: 'manual' }],
      output:
        '# Sommarskule\n\n## Kva må lærarane lære?\n\nDei fire lærarane får ein kursdag på 6 timar i juni 2027, leidd av fagleiar i matematikk. ' +
        'Ein rettleiar på skulen svarar på spørsmål undervegs.\n\n- Materiell: {{lenke til brukerveiledning}}\n',
    },
    {
      name: 'trust8 en: "support workers" are who is trained, not support after go-live',
      text:
        '# Prompts\n\nThe council tests medication prompts in supported living.\n\n## Training\n\nThe scheme manager runs a 2-hour ' +
        'hands-on session for all staff, including the support workers on nights. Each scheme gets the quick reference guide.\n',
      errors: [{ line: 5, element: 'support' }],
      output:
        '# Prompts\n\nThe council tests medication prompts in supported living.\n\n## Training\n\nThe scheme manager runs a 2-hour ' +
        'hands-on session for all staff, including the support workers on nights. Each scheme gets the quick reference guide.\n\n' +
        '- Support after go-live: {{…}} · New/temporary staff: {{…}}\n',
    },
    {
      name: 'trust7: in home care, trainees named by their day and evening shifts leave out the night shift',
      text:
        '# E-lås\n\nHjemmetjenesten prøver ut digitale låser hos brukerne.\n\n## Opplæring\n\nLeverandøren holder en innføring på to timer ' +
        'for alle ansatte på dag- og kveldsvakt før oppstart. Superbrukere har ansvar for å lære opp kolleger, og brukerveiledningen ' +
        'ligger i kvalitetssystemet. Nyansatte får opplæring av superbrukerne.\n',
      language: 'nb',
      errors: [{ line: 5, element: 'audience' }],
      output:
        '# E-lås\n\nHjemmetjenesten prøver ut digitale låser hos brukerne.\n\n## Opplæring\n\nLeverandøren holder en innføring på to timer ' +
        'for alle ansatte på dag- og kveldsvakt før oppstart. Superbrukere har ansvar for å lære opp kolleger, og brukerveiledningen ' +
        'ligger i kvalitetssystemet. Nyansatte får opplæring av superbrukerne.\n\n- Målgruppe: {{inkl. nattevakt, vikarer}}\n',
    },
    {
      name: 'trust7: a template slot is no trainer ("Fylles ut av prosjektleder"), and "(xx timer)" gives the hours their slot',
      text:
        '# Boligsøknad\n\n## Opplæring\n\nSaksbehandlerne får opplæring i løsningen (xx timer).\n\n' +
        'Brukerstøtte etter oppstart: Fylles ut av prosjektleder\n',
      language: 'nb',
      errors: [{ line: 3, element: 'format' }, { line: 3, element: 'responsible' }, { line: 3, element: 'manual' }],
      output:
        '# Boligsøknad\n\n## Opplæring\n\nSaksbehandlerne får opplæring i løsningen (xx timer).\n\n' +
        'Brukerstøtte etter oppstart: Fylles ut av prosjektleder\n\n- Format: {{…}}\n- Ansvarlig: {{superbruker}}\n- Materiell: {{lenke til brukerveiledning}}\n',
    },
    {
      name: 'trust7 en: "the whole of May" names nobody to train',
      text: '# Bridges\n\n## Training\n\nThe team leader runs a half-day introduction over the whole of May, with a handbook and follow-up visits.\n',
      errors: [{ line: 3, element: 'audience', message: 'include temporary staff, new hires and everyone else' }],
      output:
        '# Bridges\n\n## Training\n\nThe team leader runs a half-day introduction over the whole of May, with a handbook and follow-up visits.\n\n' +
        '- Audience: {{incl. temporary staff, new hires}}\n',
    },
    {
      name: 'trust5: "Workforce development" is the training section; training delivered by the named supplier names no internal role; the counted coaches are the audience',
      text:
        '# Next Step\n\nCodeWorks Co-operative Ltd adapts the board.\n\n**C3. Workforce development**\n\nThe two coaches and eight work coaches will attend a one-day course on the board, delivered by CodeWorks in April 2027. ' +
        'A quick guide sits on the intranet, and the service desk helps after go-live.\n',
      errors: [{ line: 5, element: 'responsible' }],
      output:
        '# Next Step\n\nCodeWorks Co-operative Ltd adapts the board.\n\n**C3. Workforce development**\n\nThe two coaches and eight work coaches will attend a one-day course on the board, delivered by CodeWorks in April 2027. ' +
        'A quick guide sits on the intranet, and the service desk helps after go-live.\n\n- Responsible: {{super-user}}\n',
    },
    {
      name: 'issue 8 real documents: knowledge transfer "til Gramos interne ressurser" names who is trained; hours and support are still missing',
      text: '# Nettsted\n\n## Kompetanseoverføring\n\nLeverandøren sørger for kompetanseoverføring til foreningens interne ressurser gjennom kurs og en brukerveiledning fra prosjektlederen.\n',
      errors: [{ line: 3, element: 'hours' }, { line: 3, element: 'support' }],
      output:
        '# Nettsted\n\n## Kompetanseoverføring\n\nLeverandøren sørger for kompetanseoverføring til foreningens interne ressurser gjennom kurs og en brukerveiledning fra prosjektlederen.\n\n' +
        '- Timer / tidsplan: {{…}}\n- Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n',
    },
    {
      name: 'in shift-based care a named staff group is not enough: night shift and temporary staff are still asked for',
      text:
        '# Night checks\n\n## Training\n\nThe home care nurses get a half day in January 2027, run by the team leader. ' +
        'A one-page guide sits in each car, and the team leader supports staff after go-live.\n',
      errors: [{ line: 3, element: 'audience', message: 'include night shift, temporary staff and new hires' }],
      output:
        '# Night checks\n\n## Training\n\nThe home care nurses get a half day in January 2027, run by the team leader. ' +
        'A one-page guide sits in each car, and the team leader supports staff after go-live.\n\n' +
        '- Audience: {{incl. night shift, temporary staff}}\n',
    },
    {
      name: 'in care, an audience of permanent staff only leaves out the temporary staff, night shift or not (bokmål)',
      text:
        '# Tilsyn i omsorgsbolig\n\n## Opplæring\n\nAlle fast ansatte på dag-, kveld- og nattevakt får tre timer e-læring. Superbrukere har ansvaret. ' +
        'Brukerveiledningen ligger i kvalitetssystemet, og superbrukerne gir brukerstøtte etter oppstart.\n',
      errors: [{ line: 3, element: 'audience', message: 'nattevakter, vikarer og nyansatte' }],
      output:
        '# Tilsyn i omsorgsbolig\n\n## Opplæring\n\nAlle fast ansatte på dag-, kveld- og nattevakt får tre timer e-læring. Superbrukere har ansvaret. ' +
        'Brukerveiledningen ligger i kvalitetssystemet, og superbrukerne gir brukerstøtte etter oppstart.\n\n- Målgruppe: {{inkl. nattevakt, vikarer}}\n',
    },
    {
      name: 'in care, "all permanent staff" leaves out the temporary staff (English)',
      text:
        '# Care home\n\n## Training\n\nAll permanent staff on day, evening and night shifts get three hours of e-learning, run by the super-users. ' +
        'A quick guide is on the intranet, and super-users give support after go-live.\n',
      errors: [{ line: 3, element: 'audience', message: 'include night shift, temporary staff and new hires' }],
      output:
        '# Care home\n\n## Training\n\nAll permanent staff on day, evening and night shifts get three hours of e-learning, run by the super-users. ' +
        'A quick guide is on the intranet, and super-users give support after go-live.\n\n- Audience: {{incl. night shift, temporary staff}}\n',
    },
    {
      name: 'trust4: the supplier\'s trainer ("Memoria\'s trainer", Memoria Software Ltd) is no internal responsible role (catalogue D6)',
      text: SUPPLIER_TRAINER_EN,
      errors: [{ line: 5, element: 'responsible' }],
      output: SUPPLIER_TRAINER_EN + '\n- Responsible: {{super-user}}\n',
    },
    {
      name: 'trust4: "with BinSense\'s engineer" (BinSense Ltd) is the supplier\'s person, not an internal role',
      text:
        '# Bins\n\nThe planner comes from BinSense Ltd.\n\n## Training\n\nAll crew members get a two-hour session with BinSense\'s engineer in December. ' +
        'A guide sits in each vehicle, and new crew members get the session in their first week.\n',
      errors: [{ line: 5, element: 'responsible' }],
      output:
        '# Bins\n\nThe planner comes from BinSense Ltd.\n\n## Training\n\nAll crew members get a two-hour session with BinSense\'s engineer in December. ' +
        'A guide sits in each vehicle, and new crew members get the session in their first week.\n\n- Responsible: {{super-user}}\n',
    },
    {
      name: 'the catalogue seed: a 2-hour supplier introduction for the nurses only; lines appended after the paragraph',
      text: SVAK,
      errors: [
        { line: 3, element: 'audience', severity: 'info', message: 'nattevakter, vikarer og nyansatte' },
        { line: 3, element: 'responsible' },
        { line: 3, element: 'manual' },
        { line: 3, element: 'support', message: 'etter oppstart' },
      ],
      output: SVAK_FIXED,
    },
    {
      name: 'super-users trained by the supplier: no wider audience, no manual, no support; not care, so no night shift asked for (catalogue E)',
      text:
        '# Pilot\n\n## Competence building\n\nSuper-users receive a full-day workshop from the supplier in January 2027 and then train their colleagues.\n',
      errors: [
        { line: 3, element: 'audience', message: 'include temporary staff, new hires and everyone else' },
        { line: 3, element: 'manual', message: 'user manual' },
        { line: 3, element: 'support', message: 'after go-live' },
      ],
      output:
        '# Pilot\n\n## Competence building\n\nSuper-users receive a full-day workshop from the supplier in January 2027 and then train their colleagues.\n\n' +
        '- Audience: {{incl. temporary staff, new hires}}\n- Materials: {{manual link}}\n' +
        '- Support after go-live: {{…}} · New/temporary staff: {{…}}\n',
    },
    {
      name: 'a table whose Materials cell is empty, and nothing after go-live',
      text: TABLE_EN,
      errors: [
        { line: 3, element: 'manual' },
        { line: 3, element: 'support' },
      ],
      output: TABLE_EN.replace(
        '| Team leader |  |\n',
        '| Team leader |  |\n\n- Materials: {{manual link}}\n- Support after go-live: {{…}} · New/temporary staff: {{…}}\n',
      ),
    },
    {
      name: 'bokmål list plan with CRLF: the fix continues the list',
      text: (
        '# Tilsyn\n\n## Opplæringsplan\n\n- Alle ansatte, også vikarer, får e-læring (45 minutter) i januar.\n' +
        '- Brukerveiledningen ligger i kvalitetssystemet.\n\n## Risiko\n\nNoe.\n'
      ).replace(/\n/g, '\r\n'),
      errors: [
        { line: 3, element: 'responsible', message: 'hvem som er ansvarlig' },
        { line: 3, element: 'support' },
      ],
      output: (
        '# Tilsyn\n\n## Opplæringsplan\n\n- Alle ansatte, også vikarer, får e-læring (45 minutter) i januar.\n' +
        '- Brukerveiledningen ligger i kvalitetssystemet.\n- Ansvarlig: {{superbruker}}\n' +
        '- Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n\n## Risiko\n\nNoe.\n'
      ).replace(/\n/g, '\r\n'),
    },
    {
      name: 'catalogue E: a building-permit office (sector in front matter) is asked for no night shift (bokmål)',
      text: '---\nlanguage: nb\nsector: municipality\n---\n# Byggesak\n\n## Opplæring\n\nDet holdes et kurs på 3 timer i klasserom av fagleder, med brukerveiledning på intranett.\n',
      errors: [
        { line: 7, element: 'audience', message: 'ta med vikarer, nyansatte og alle andre' },
        { line: 7, element: 'support', message: 'hvem som hjelper i det daglige' },
      ],
      output:
        '---\nlanguage: nb\nsector: municipality\n---\n# Byggesak\n\n## Opplæring\n\nDet holdes et kurs på 3 timer i klasserom av fagleder, med brukerveiledning på intranett.\n\n' +
        '- Målgruppe: {{inkl. vikarer, nyansatte}}\n- Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n',
    },
    {
      name: 'trust6: a walkthrough of the routines for the alerts names nobody trained (no agent noun after "for")',
      text: '---\nlanguage: nb\nsector: municipality\n---\n# Vann\n\n## Opplæring\n\nFagleder holder en gjennomgang av rutinene for varslene, 2 timer, med brukerveiledning.\n',
      errors: [
        { line: 7, element: 'audience', message: 'ta med vikarer, nyansatte og alle andre' },
        { line: 7, element: 'support', message: 'hvem som hjelper i det daglige' },
      ],
      output:
        '---\nlanguage: nb\nsector: municipality\n---\n# Vann\n\n## Opplæring\n\nFagleder holder en gjennomgang av rutinene for varslene, 2 timer, med brukerveiledning.\n\n' +
        '- Målgruppe: {{inkl. vikarer, nyansatte}}\n- Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\n',
    },
  ],
};

testRule(rule, cases);
