// implementation-resources-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const LINE_EN = 'Internal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}';
const LINE_NB = 'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust23 nn: a placeholder where the figure for operation goes (*xx timar per år*) is placeholder-text\'s, not a missing estimate', text: '# Varsling\n\n## Ressursar\n\nProsjektleiar brukar 30 % stilling i pilotperioden. I drift reknar vi med xx timar per år til administrasjon av brukarar.\n' },
    { name: 'trust23 nn: one hour a week (*1 time i veka*) in operation is an estimate', text: '# Tak\n\n## Ressursbruk\n\n- Prosjektleiar: om lag 15 % stilling i pilotperioden\n- I drift: om lag 1 time i veka per vaktmeister til oppfølging\n' },
    { name: 'trust22 en: hours a team expects to spend before the pilot, and what the checks take in later years, give both estimates', text: '# Canvass\n\n## Who is involved\n\nElectoral Services expects to spend about 60 hours matching and checking numbers before the pilot. In later years the checks should take about 20 hours per canvass.\n' },
    { name: 'trust20 nb: the project\'s own need (*Prosjektet krever om lag 300 timer*) beside an estimate for operation is complete', text: '# Hentehyller\n\n## Budsjett\n\nProsjektet krever i tillegg om lag 300 timer fra bibliotekets ansatte i 2027. I drift trengs om lag to timer i uka til påfylling.\n' },
    { name: 'trust18 en: "in a mainstreamed service, about 0.2 FTE" is the estimate for operation', text: '# Numeracy\n\n## Governance and Roles\n\nResources: Curriculum Manager 0.3 FTE during the pilot; in a mainstreamed service, about 0.2 FTE of coordination.\n' },
    { name: "trust16 nn: project management for the pilot beside effort in operation is both estimates", text: "# Meirope\n\nFilialen er i dag open 12 timar i veka.\n\n## Budsjett\n\n| Post | Kostnad |\n|---|---|\n| Prosjektleiing (20 % stilling i 2027) | 155 000 kr |\n\nI drift går 0,1 årsverk til oppfølging.\n" },
    {
      name: "trust15 en: an FTE figure under an \"Ongoing (per year …)\" column is the effort in operation",
      text: "# Pre-filled returns\n\n## Resources and costs\n\n| Item | Pilot (Jan–Jun 2027) | Ongoing (per year, from 2027–28) |\n|---|---|---|\n| Digital Delivery team | 4.5 FTE for 6 months | 1.5 FTE |\n| Backfill for officers | 2 FTE for 4 months | – |\n",
    },
    { name: "trust14 en: an NHS staffing section in WTE and consultant programmed activities, for the pilot and in operation", text: "# Skin\n\n## 8. Staffing and effort\n\nPilot: 4 consultant programmed activities (PAs) a week for case review and 0.5 WTE project manager. In routine operation at full scale: 6 PAs a week and 0.3 WTE nurse specialist.\n" },
    { name: "trust14 nn: the project's yearly effort and, beside it, effort *i drift*", text: "# P\n\n## Budsjett og eigeninnsats\n\nEigeninnsatsen er 1,5 årsverk i året: 20 % frikjøp av ein lærar ved kvar pilotskule og 70 % prosjektleiar. I drift trengst 0,2 årsverk i året.\n" },
    { name: "trust14 nn: hours for the project and hours in operation", text: "# P\n\n## Organisering\n\nKvar lærar set av 2 timar i veka til prosjektet. I drift krev tenesta 2 timar i veka per skule.\n" },
    { name: "trust11 en: today's hours measured with a dated source are the problem; the pilot's and operation's effort are given elsewhere", text: "# Bins\n\n## Background\n\nThe crew spends about 54 hours a week on town centre bins (Street Scene rota, October 2026).\n\n## Resources\n\nDuring the pilot the charge-hand gives 4 hours a week; in operation 2 hours a week.\n" },
    {
      name: 'trust10 nn: a slot for the effort in operation ("Ressursbehov i drift: [Fyll inn]") beside a pilot estimate is placeholder-text\'s alone (nn, en)',
      text:
        '# Robotar\n\n## Økonomi og ressursar\n\nProsjektleiar brukar 30 % stilling i pilotperioden.\n\nRessursbehov i drift: [Fyll inn]\n\n' +
        '## Staff\n\nThe project officer spends 0.4 FTE during the pilot.\n\n**Staff time in operation:** TBC\n',
    },
    {
      name: 'trust8: an operation that needs no more staff is an estimate of zero (*krev ingen fleire tilsette*, "no new posts")',
      text:
        '# Varsling\n\n## Ressursar\n\nI piloten brukar prosjektleiaren om lag 4 timar i veka. I vanleg drift krev tenesta ingen fleire tilsette.\n\n' +
        '## Resources\n\nThe project officer spends 3 hours a week in the pilot; in operation the service needs no new posts.\n',
    },
    {
      name: 'trust8 en: "Staff time: TBC" is a labelled slot, placeholder-text\'s finding alone',
      text: '# Kiosks\n\n## Budget\n\n**Licences:** free for 6 months\n\n**Staff time:** TBC\n',
    },
    {
      name: 'trust7: operation named as drift still counts beside a drift role ("I drift trengst 0,1 årsverk til driftsteknikaren")',
      text: '# Booking\n\n## Ressursar\n\nI prosjektperioden brukar prosjektleiaren fire timar i veka. I drift trengst 0,1 årsverk til driftsteknikaren.\n',
    },
    {
      name: 'English FTE for the pilot and operation',
      text: '# Pilot\n\n## Resources\n\nInternal effort: 0.3 FTE dementia coordinator in the pilot and 0.2 FTE in operation.\n',
    },
    {
      name: 'bokmål årsverk in prose, numbered heading',
      text: '# Pilot\n\n## 7. Ressurser\n\nPiloten krever 0,4 årsverk til prosjektledelse. I drift regner vi med 0,1 årsverk.\n',
    },
    {
      name: 'hours per week of released time in a table row',
      text: '# Pilot\n\n## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Frikjøp av to lærere, 2 timer per uke hver | 60 000 kr |\n',
    },
    {
      name: 'supplier on site, with operation covered in the ordinary rota (nynorsk)',
      text:
        '# Pilot\n\n## Ressursar\n\nLeverandøren har ein teknikar på staden kvar dag dei første vekene. Avdelinga set av 20 prosent stilling til ' +
        'prosjektleiing. I drift inngår oppfølginga i ordinær turnus utan auka bemanning.\n',
    },
    {
      name: 'a configured effort word',
      text: '# Pilot\n\n## Resources\n\nThe ward gets two protected study sessions a month.\n',
      options: { effortWords: ['protected study sessions'] },
    },
    {
      name: 'an effort cue with a quantity counts (bokmål): frikjøp av en halv stilling, and a quarter post in operation',
      text: '# Pilot\n\n## Budsjett\n\nKommunen dekker frikjøp av en halv stilling for superbrukerne i pilotperioden og en firedels stilling i drift.\n',
    },
    {
      name: 'issue 8: a weekly rate not bounded to the pilot holds for operation too',
      text: '# Nudges\n\n## Cost\n\n- £18,000 licence for the pilot\n- 2 hours a week per attendance officer\n',
    },
    { name: 'nynorsk hours per week for operation: "4 timar i veka" ved vidare drift', text: '# Alarm\n\n## Ressursar\n\nProsjektleiar har 40 % stilling i piloten. Ved vidare drift trengst om lag 4 timar i veka til oppfølging.\n' },
  ],
  invalid: [
    { name: 'trust23 nb: a *frikjøp* row in the pilot budget is the pilot\'s effort, not operation\'s', text: '# TT\n\n## Økonomi\n\n| Post | Beløp |\n|---|---|\n| Frikjøp saksbehandlere | 170 000 kr |\n| Sum | 600 000 kr |\n', language: 'nb', errors: [{ line: 3, message: 'gjelder bare piloten' }], output: '# TT\n\n## Økonomi\n\n| Post | Beløp |\n|---|---|\n| Frikjøp saksbehandlere | 170 000 kr |\n| Sum | 600 000 kr |\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n' },
    { name: 'trust23 nb: effort spent *på piloten* is the pilot\'s alone, and less manual work in operation is no figure', text: '# TT\n\n## Ressurser\n\nTT-kontoret bruker om lag 0,3 årsverk på piloten. I drift ventes det mindre manuelt arbeid enn i dag.\n', language: 'nb', errors: [{ line: 3, message: 'gjelder bare piloten' }], output: '# TT\n\n## Ressurser\n\nTT-kontoret bruker om lag 0,3 årsverk på piloten. I drift ventes det mindre manuelt arbeid enn i dag.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n' },
    { name: 'trust23 en: an open slot beside a filled figure ("0.6 FTE, developers [TBC]") does not stand for the estimate', text: '# Booking\n\n## Resources\n\nTeam for private beta: product manager 0.6 FTE, developers [TBC].\n', errors: [{ line: 3, message: 'No estimate of internal effort' }], output: '# Booking\n\n## Resources\n\nTeam for private beta: product manager 0.6 FTE, developers [TBC].\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n' },
    { name: 'trust22 en: a total of hours to spend, in training and parallel running, is the pilot\'s effort alone', text: '# Tablets\n\n## Costs\n\nPilot inspectors will each spend about 40 hours on training and parallel running.\n', errors: [{ line: 3, message: 'covers only the pilot' }], output: '# Tablets\n\n## Costs\n\nPilot inspectors will each spend about 40 hours on training and parallel running.\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n' },
    { name: 'trust20 nb: the project\'s own need (*Prosjektet krever om lag 300 timer … i 2027*) with no quantity for operation covers only the pilot', text: '# Hentehyller\n\n## Budsjett\n\nProsjektet krever i tillegg om lag 300 timer fra bibliotekets ansatte i 2027, som tas innenfor dagens bemanning. I drift skal påfyllingen inngå i bokbussens faste ruter.\n', errors: [{ line: 3, message: 'gjelder bare piloten' }], output: '# Hentehyller\n\n## Budsjett\n\nProsjektet krever i tillegg om lag 300 timer fra bibliotekets ansatte i 2027, som tas innenfor dagens bemanning. I drift skal påfyllingen inngå i bokbussens faste ruter.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n' },
    { name: 'trust18 en: "in the pilot service, about 0.2 FTE" is still the pilot\'s alone', text: '# Numeracy\n\n## Resources\n\nCurriculum Manager 0.3 FTE during the pilot; in the pilot venues, about 0.2 FTE of coordination.\n', errors: [{ line: 3, message: 'covers only the pilot' }], output: '# Numeracy\n\n## Resources\n\nCurriculum Manager 0.3 FTE during the pilot; in the pilot venues, about 0.2 FTE of coordination.\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n' },
    { name: "trust16 nn: project management (*Prosjektleiing: 20 % stilling i 2027*) is the pilot's effort alone", text: "# Meirope\n\n## Budsjett\n\nProsjektleiing: 20 % stilling i 2027.\n", errors: [{ line: 3, message: "covers only the pilot" }], output: "# Meirope\n\n## Budsjett\n\nProsjektleiing: 20 % stilling i 2027.\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: "trust16 nn: a week's opening hours (*open 12 timar i veka*) are no effort", text: "# Meirope\n\nFilialen er i dag open 12 timar i veka.\n\n## Budsjett\n\nUtstyr: 400 000 kr.\n", errors: [{ line: 5, message: "Mangler anslag" }], output: "# Meirope\n\nFilialen er i dag open 12 timar i veka.\n\n## Budsjett\n\nUtstyr: 400 000 kr.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n" },
    {
      name: "trust15 en: an \"Ongoing\" column with no effort figure in it gives no effort in operation",
      text: "# Pre-filled returns\n\n## Resources and costs\n\n| Item | Pilot (Jan–Jun 2027) | Ongoing (per year, from 2027–28) |\n|---|---|---|\n| Digital Delivery team | 4.5 FTE for 6 months | – |\n| Hosting | £9,000 | £18,000 |\n",
      errors: [{ line: 3 }],
      output: "# Pre-filled returns\n\n## Resources and costs\n\n| Item | Pilot (Jan–Jun 2027) | Ongoing (per year, from 2027–28) |\n|---|---|---|\n| Digital Delivery team | 4.5 FTE for 6 months | – |\n| Hosting | £9,000 | £18,000 |\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n",
    },
    {
      name: "trust15 en: \"0.1 FTE … to coordinate the pilot … for its duration\" covers only the pilot",
      text: "# Cargo bikes\n\n## Fiscal impact\n\nStaff time to coordinate the pilot is estimated at 0.1 FTE of the Fleet Services Superintendent for its duration.\n",
      errors: [{ line: 1 }],
      output: "# Cargo bikes\n\n## Fiscal impact\n\nStaff time to coordinate the pilot is estimated at 0.1 FTE of the Fleet Services Superintendent for its duration.\n\n## Training and support\n\n| Audience | Format | Hours / schedule | Responsible | Materials |\n|---|---|---|---|---|\n| {{incl. temporary staff, new hires}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\nSupport after go-live: {{…}} · New/temporary staff: {{…}}\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n",
    },
    { name: "trust14 nb: a post for a stretch spelled out (*20 % stilling i sju måneder*) is the pilot's effort", text: "# P\n\n## Kostnader\n\n| Post | Pilot 2027 |\n|---|---|\n| GIS-analytiker, 20 % stilling i sju måneder | 95 000 kr |\n", errors: [{ line: 3 }], output: "# P\n\n## Kostnader\n\n| Post | Pilot 2027 |\n|---|---|\n| GIS-analytiker, 20 % stilling i sju måneder | 95 000 kr |\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: "trust14 nn: a yearly rate of the project's own effort (*1,5 årsverk i året: … frikjøp … og 70 % prosjektleiar*) is no estimate for operation", text: "# P\n\n## Budsjett og eigeninnsats\n\nEigeninnsatsen er 1,5 årsverk i året: 20 % frikjøp av ein lærar ved kvar pilotskule og 70 % prosjektleiar.\n", errors: [{ line: 3 }], output: "# P\n\n## Budsjett og eigeninnsats\n\nEigeninnsatsen er 1,5 årsverk i året: 20 % frikjøp av ein lærar ved kvar pilotskule og 70 % prosjektleiar.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n" },
    { name: "trust14 nn: hours set aside *til prosjektet* are the project's effort, with nothing for operation", text: "# P\n\n## Organisering\n\nKvar lærar set av 2 timar i veka til prosjektet.\n", errors: [{"line": 1}], output: "# P\n\n## Organisering\n\nKvar lærar set av 2 timar i veka til prosjektet.\n\n## Opplæring og kompetanse\n\n| Målgruppe | Format | Timer / tidsplan | Ansvarlig | Materiell |\n|---|---|---|---|---|\n| {{inkl. vikarer, nyansatte}} | {{…}} | {{…}} | {{superbruker}} | {{lenke til brukerveiledning}} |\n\nBrukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n" },
    { name: "trust11 en: hours measured today with their dated source, and a saving, are no estimate of effort (trust16: reported on the \"Financial implications\" budget section)", text: "# Bins\n\n## 5. Background\n\n5.2 The crew spends about 54 hours a week on town centre bins (Street Scene rota, October 2026).\n\n## 11. Financial implications\n\n11.2 If the target is met, the saving is about 19 hours a week, which would be redeployed. Officer time would be met from within existing resources.\n", errors: [{line: 7}], output: "# Bins\n\n## 5. Background\n\n5.2 The crew spends about 54 hours a week on town centre bins (Street Scene rota, October 2026).\n\n## 11. Financial implications\n\n11.2 If the target is met, the saving is about 19 hours a week, which would be redeployed. Officer time would be met from within existing resources.\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: "trust11 nb: *sparer om lag 19 timer i uka* is a saving, not effort", text: "# Søppel\n\n## Økonomi\n\nDersom målet nås, sparer mannskapet om lag 19 timer i uka. Tiden til prosjektet tas innenfor eksisterende ressurser.\n", errors: [{line: 3}], output: "# Søppel\n\n## Økonomi\n\nDersom målet nås, sparer mannskapet om lag 19 timer i uka. Tiden til prosjektet tas innenfor eksisterende ressurser.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n" },
    { name: "trust11 en: a service \"staffed 24 hours a day\" gives opening hours, and the pilot's 0.2 WTE on the project has no equivalent in operation", text: "# BP\n\n## Scope\n\nAlerts go to Maternity Triage, which is staffed 24 hours a day.\n\n## Business case\n\nThe pilot funds backfill for the Digital Midwife's time on the project (0.2 WTE for six months). Community midwives' time will be absorbed within the existing teams.\n", errors: [{line: 7}], output: "# BP\n\n## Scope\n\nAlerts go to Maternity Triage, which is staffed 24 hours a day.\n\n## Business case\n\nThe pilot funds backfill for the Digital Midwife's time on the project (0.2 WTE for six months). Community midwives' time will be absorbed within the existing teams.\n\nInternal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n" },
    { name: "trust11 nb: *døgnbemannet* the same in bokmål", text: "# BT\n\n## Omfang\n\nVarsler går til fødeavdelingen, som er døgnbemannet med 12 timer per vakt.\n\n## Økonomi\n\nProsjektleder har 20 % stilling i prosjektperioden.\n", errors: [{line: 7}], output: "# BT\n\n## Omfang\n\nVarsler går til fødeavdelingen, som er døgnbemannet med 12 timer per vakt.\n\n## Økonomi\n\nProsjektleder har 20 % stilling i prosjektperioden.\n\nEgeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n" },
    {
      name: 'trust10 nn: a slot for the pilot\'s own effort leaves the effort in operation missing',
      text: '# Robotar\n\n## Økonomi og ressursar\n\nProsjektleiar brukar 30 % stilling i pilotperioden.\n\nRessursbehov i piloten: [Fyll inn]\n',
      errors: [{ line: 3, message: 'gjelder bare piloten' }],
      output:
        '# Robotar\n\n## Økonomi og ressursar\n\nProsjektleiar brukar 30 % stilling i pilotperioden.\n\nRessursbehov i piloten: [Fyll inn]\n\n' +
        'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n',
    },
    {
      name: 'trust8: "ingen fleire" about something other than staff is no estimate for operation',
      text: '# Varsling\n\n## Ressursar\n\nI piloten brukar prosjektleiaren om lag 4 timar i veka. I drift blir det ingen fleire meldingar på papir.\n',
      errors: [{ line: 3, message: 'gjelder bare piloten' }],
      output:
        '# Varsling\n\n## Ressursar\n\nI piloten brukar prosjektleiaren om lag 4 timar i veka. I drift blir det ingen fleire meldingar på papir.\n\n' +
        'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n',
    },
    {
      name: 'trust8 en: backfill "for training and project time" and a project manager\'s FTE cover only the pilot',
      text:
        '# Kiosks\n\n## Costs\n\n| Item | Cost |\n|---|---|\n| Backfill for training and project time | £9,000 |\n\n' +
        'The project manager gives 0.2 FTE for six months.\n',
      errors: [{ line: 3, message: 'covers only the pilot' }],
      output:
        '# Kiosks\n\n## Costs\n\n| Item | Cost |\n|---|---|\n| Backfill for training and project time | £9,000 |\n\n' +
        `The project manager gives 0.2 FTE for six months.\n\n${LINE_EN}\n`,
    },
    {
      name: 'trust8 en: a placeholder outside an effort label ("Budget: TBC") leaves the effort missing',
      text: '# Kiosks\n\n## Budget\n\n**Budget:** TBC\n',
      errors: [{ line: 3 }],
      output: `# Kiosks\n\n## Budget\n\n**Budget:** TBC\n\n${LINE_EN}\n`,
    },
    {
      name: 'trust7: a role named after operations (driftsteknikarane, driftsleiar) says nothing of operation; the effort is the pilot\'s only',
      text:
        '# Booking\n\n## Ressursar\n\nI prosjektperioden brukar prosjektleiaren fire timar i veka og driftsteknikarane ' +
        'om lag to timar i veka på piloten, med driftsleiaren som kontakt.\n',
      errors: [{ line: 3, message: 'gjelder bare piloten' }],
      output:
        '# Booking\n\n## Ressursar\n\nI prosjektperioden brukar prosjektleiaren fire timar i veka og driftsteknikarane ' +
        'om lag to timar i veka på piloten, med driftsleiaren som kontakt.\n\n' +
        'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n',
    },
    {
      name: 'trust7 en: "Costs and resources" is the budget section, so the pilot-only finding sits on it, not on the training',
      text: '# Damp\n\n## Costs and resources\n\n- Project officer, 0.5 FTE for 12 months\n\n## Training\n\nA toolbox talk.\n',
      errors: [{ line: 3, message: 'only' }],
      output:
        '# Damp\n\n## Costs and resources\n\n- Project officer, 0.5 FTE for 12 months\n' +
        '- Internal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n\n## Training\n\nA toolbox talk.\n',
    },
    {
      name: 'a bounded stretch ("0.2 FTE for 12 months") is the pilot\'s effort only',
      text: '# Repairs\n\n## Resources\n\n| Item | Cost |\n|---|---|\n| Project officer, 0.2 FTE for 12 months | £8,200 |\n',
      errors: [{ line: 3, message: 'only' }],
      output:
        '# Repairs\n\n## Resources\n\n| Item | Cost |\n|---|---|\n| Project officer, 0.2 FTE for 12 months | £8,200 |\n\n' +
        'Internal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}\n',
    },
    {
      name: 'issue 8: effort for the pilot only, nothing for operation (nynorsk "Ressursar")',
      text: '# Rehab\n\n## Ressursar\n\nProsjektleiar har 50 % stilling i prosjektperioden.\n',
      errors: [{ line: 3, message: 'gjelder bare piloten' }],
      output:
        '# Rehab\n\n## Ressursar\n\nProsjektleiar har 50 % stilling i prosjektperioden.\n\n' +
        'Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}\n',
    },
    {
      name: 'English: training hours and a problem figure are not internal effort; on the resources heading, line appended',
      text:
        '# Reading app\n\n## Background and need\n\nSpecial education takes 1,640 hours a year.\n\n## Training\n\nTeachers get a 2-hour introduction.\n\n' +
        '## Budget\n\nThe grant covers NOK 380,000.\n',
      errors: [{ line: 11, severity: 'warning', message: 'No estimate of internal effort' }],
      output:
        '# Reading app\n\n## Background and need\n\nSpecial education takes 1,640 hours a year.\n\n## Training\n\nTeachers get a 2-hour introduction.\n\n' +
        '## Budget\n\nThe grant covers NOK 380,000.\n\n' +
        LINE_EN +
        '\n',
    },
    {
      name: 'English supplier on site every day with effort only for the pilot: on the supplier sentence',
      text:
        '# Triage\n\n## Implementation\n\nDermaSight AS will have two staff on site at each hospital every day during the roll-out. ' +
        'The project lead has 0.5 FTE for the roll-out.\n',
      errors: [{ line: 5, message: 'The supplier works on site during the pilot' }],
      output:
        '# Triage\n\n## Implementation\n\nDermaSight AS will have two staff on site at each hospital every day during the roll-out. ' +
        'The project lead has 0.5 FTE for the roll-out.\n\n' +
        '## Training and support\n\n' +
        '| Audience | Format | Hours / schedule | Responsible | Materials |\n' +
        '|---|---|---|---|---|\n' +
        '| {{incl. night shift, temporary staff}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |\n\n' +
        'Support after go-live: {{…}} · New/temporary staff: {{…}}\n' +
        LINE_EN +
        '\n',
    },
    {
      name: 'bokmål with CRLF: effort only in code and as a template placeholder; the line continues the list',
      text:
        '# Nattilsyn\r\n\r\nKommunen vil prøve ut kamerabasert tilsyn om natten hos brukere som ønsker det.\r\n\r\n## Ressursbehov\r\n\r\n```\r\n0,5 årsverk\r\n```\r\n\r\n- Utstyr: 200 000 kroner\r\n- Egeninnsats: {{årsverk}}\r\n',
      errors: [{ line: 5, message: 'Mangler anslag for egeninnsats' }],
      output:
        '# Nattilsyn\r\n\r\nKommunen vil prøve ut kamerabasert tilsyn om natten hos brukere som ønsker det.\r\n\r\n## Ressursbehov\r\n\r\n```\r\n0,5 årsverk\r\n```\r\n\r\n- Utstyr: 200 000 kroner\r\n- Egeninnsats: {{årsverk}}\r\n' +
        `- ${LINE_NB}\r\n`,
    },
    {
      name: 'a configured resources heading carries the finding and the effort line',
      text: '# Pilot\n\n## People and time\n\nThe ward takes part.\n',
      headings: { resources: ['People and time'] },
      errors: [{ line: 3, message: 'No estimate of internal effort' }],
      output: '# Pilot\n\n## People and time\n\nThe ward takes part.\n\n' + LINE_EN + '\n',
    },
    {
      name: 'English: an effort cue with no quantity estimates nothing',
      text: '# Pilot\n\n## Budget\n\nBackfill will be needed while staff are trained, and internal effort is expected from the ward.\n',
      errors: [{ line: 3, message: 'No estimate of internal effort' }],
      output: '# Pilot\n\n## Budget\n\nBackfill will be needed while staff are trained, and internal effort is expected from the ward.\n\n' + LINE_EN + '\n',
    },
    {
      name: 'bokmål: "egeninnsats" and "frikjøp" without an amount estimate nothing',
      text: '# Pilot\n\n## Budsjett\n\nKommunen bidrar med egeninnsats, og det blir behov for frikjøp av sykepleiere.\n',
      language: 'nb',
      errors: [{ line: 3, message: 'Mangler anslag' }],
      output: '# Pilot\n\n## Budsjett\n\nKommunen bidrar med egeninnsats, og det blir behov for frikjøp av sykepleiere.\n\n' + LINE_NB + '\n',
    },
  ],
};

testRule(rule, cases);
