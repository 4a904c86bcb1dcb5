// commitment-not-evidenced: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const LINE_EN = 'Commitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}';
const LINE_NB = 'Forpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}';

const cases: RuleCases = {
  valid: [
    { name: 'trust22 en: a management team that agreed the pilot, with its action log entry, has committed to it', text: "# Video inspections\n\n## 4. Project organisation\n\n| Role | Name |\n|---|---|\n| Project sponsor | Marcus Bell, Head of Building Control |\n\nThe Planning and Regulatory Services DMT agreed the pilot and its budget on 6 October 2026 (DMT action log 26/88).\n" },
    { name: 'lever19 en (liberal backstop): a decision already taken, in a summary the precise detectors do not read ("has already been agreed by the Cabinet Member")', text: "# Grit bins\n\n## Summary\n\nThe pilot has already been agreed by the Cabinet Member for Environment.\n\n## Governance\n\nThe Head of Highways is the sponsor.\n" },
    { name: 'lever19 nn (liberal backstop): money granted in the summary (*Formannskapet har løyvd 250 000 kr til utprøvinga*)', text: "# Strøkasser\n\n## Samandrag\n\nFormannskapet har løyvd 250 000 kr til utprøvinga.\n\n## Organisering\n\nProsjekteigar er kommunalsjef Siri Aune.\n" },
    { name: 'trust19 en: a numbered council resolution ("Resolution 2027-041, adopted on January 26, 2027") is the decision reference', text: "# Coolers\n\n## Project team and governance\n\nThe Deputy City Manager chairs the steering group. City Council Resolution 2027-041, adopted on January 26, 2027, authorizes this application.\n" },
    { name: 'trust19 en: "Agreed at the Property Services DMT on 19 July 2027" is a forum\'s dated agreement', text: "# Safes\n\n## Team\n\nThe sponsor is the Head of Property Services. Agreed at the Property Services DMT on 19 July 2027.\n" },
    { name: "resid17 en: funding that \"comes from the existing Forestry operating budget\" is found", text: "# Street trees\n\n## Who is accountable\n\nThe sponsor is the Director, Urban Forestry. Funding for staff time comes from the existing Forestry operating budget.\n" },
    { name: "resid17 nb: *Finansieringen er dekket over driftsbudsjettet* the same", text: "# Gatetrær\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune. Finansieringen er dekket over driftsbudsjettet til park og idrett.\n" },
    { name: "resid17 en: money allocated in a named year's budget named by its service and kind (\"allocated in the 2027 Transportation capital budget\") is evidence wherever it is stated", text: "# Bus lane cameras\n\n2. The Proposal\n\nFunding of €120,000 was allocated in the 2027 Transportation capital budget adopted by Council.\n\n4. Governance\n\nThe project owner is the Senior Engineer, Traffic Management.\n" },
    { name: "resid17 nb: *avsatt i driftsbudsjettet for 2027* the same", text: "# Bussfeltkamera\n\n## Forslaget\n\nPiloten finansieres med 300 000 kroner avsatt i driftsbudsjettet for 2027.\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune.\n" },
    { name: "trust16 nn: money set aside in a named year's budget (*200 000 kr avsett i budsjett 2027*) is evidence wherever the memo states it", text: "# Saksframlegg\n\n### Innstilling\n\n1. Utprøvinga vert finansiert med 200 000 kr avsett i budsjett 2027.\n\n### Organisering\n\nProsjekteigar er kommunalsjef Siri Aune. Prosjektleiar er Ingvild Tveit.\n" },
    { name: 'trust16 en: a committee report\'s "Financial implications" is a budget section, where money allocated at Budget Council counts', text: "# Textiles\n\n## 5. Financial implications\n\n5.1 This is met from the Waste Improvement Reserve, where £40,000 was allocated for service trials at Budget Council in February 2026.\n\n## 10. Governance\n\n10.1 The Head of Waste is the sponsor. The Waste Operations Manager is the project owner.\n" },
    { name: "trust14 nn: minutes record the decision under *Vedtak* (*Styringsgruppa vedtek å starte ein pilot*), whatever the roles section says", text: "# Referat\n\n## Organisering\n\nStyringsgruppa held fram som styringsgruppe for piloten. Prosjekteigar er einingsleiar for kultur.\n\n## Vedtak\n\n1. Styringsgruppa vedtek å starte ein pilot med utlån av friluftsutstyr frå 1. mars til 31. desember 2027.\n" },
    { name: "trust14 nb: an agreement line whose date is a slot (*Samarbeidsavtale med barnehagene: [Sett inn dato]*) is placeholder-text's", text: "# Søknad\n\n## 5. Hvordan er prosjektet organisert og forankret?\n\nProsjekteier: leder for Vesterfjord PPT, Ragnhild Aune\n\nSamarbeidsavtale med barnehagene: [Sett inn dato]\n" },
    { name: "trust11 en: money in a PID's \"Business case\" that the Trust has allocated is the commitment", text: "# Home BP\n\n## 4. Project organisation\n\n| Role | Post |\n|---|---|\n| Sponsor | Director of Midwifery |\n\n## 3. Business case\n\nThe Trust has allocated £7,900 for backfill from the maternity budget.\n" },
    {
      name: 'trust11 nn: beside template guidance, the author\'s own decision reference evidences the commitment',
      text: '# Nattilsyn\n\n## 4 Organisering\n\n*Rettleiing: Før opp oppdragsgjevar og prosjekteigar. Vis til vedtak eller budsjett dersom det finst.*\n\n- Oppdragsgjevar: kommunalsjef for helse og omsorg\n- Prosjekteigar: einingsleiar i heimetenesta\n\nKommunestyret vedtok piloten 12. mai 2026 (sak 41/26).\n',
    },
    {
      name: 'trust10 nn: a decision whose reference is a slot ("sak [Fyll inn saksnummer]") is placeholder-text\'s alone (nn, en)',
      text:
        '# Robotar\n\n## Organisering og forankring\n\nProsjekteigar er kommunalsjef for helse og omsorg.\n\n' +
        'Prosjektplanen er handsama i leiargruppa for helse og omsorg, sak [Fyll inn saksnummer].\n\n' +
        '## Governance\n\nThe plan went to the Board (<INSERT – DECISION REFERENCE>).\n',
    },
    {
      name: 'trust10 en: the funding decision with its minute, in the business case, evidences the commitment',
      text:
        '# PID\n\n## 4. Business Case\n\nIt is funded from the Patient Flow improvement allocation, agreed by the Trust Management Executive on ' +
        '10 November 2026 (minute TME/26/211).\n\n## 5. Project Organisation Structure\n\n- Executive: Chief Operating Officer\n',
    },
    {
      name: 'trust10 nb: a decision with its case number anywhere (*sak 45/26*) does too',
      text: '# Pilot\n\n## Bakgrunn\n\nKommunestyret vedtok piloten 12. mars 2026 (sak 45/26).\n\n## Organisering\n\n- Prosjekteier: kommunalsjef\n',
    },
    {
      name: 'trust7 en: a long UK account name before "budget" ("funded from the Housing Revenue Account damp and mould budget")',
      text:
        '# Damp\n\n## Governance\n\n- Sponsor: Director of Housing\n\n## Budget\n\n' +
        'Funded from the Housing Revenue Account damp and mould budget for 2026/27.\n',
    },
    {
      name: 'trust5: a slide deck\'s "Money" slide is a budget section: money "earmarked for the pilot" there is evidence',
      text:
        '# Glass plates\n\n## Who\'s responsible\n\n- Owner: Tom Heaney, Museum Manager\n\n## Money\n\n' +
        '- £6,000 from the museum\'s 2027/28 revenue budget, earmarked for the pilot\n',
    },
    {
      name: 'trust5: "Paying for it" and "Finances" as the whole heading are budget sections too',
      text:
        '# Parks app\n\n## Governance\n\nThe Parks Manager owns the pilot.\n\n## Paying for it\n\n£4,000 is allocated from the parks budget.\n\n' +
        '## Finances\n\nThe rest is set aside in the 2027 capital programme.\n',
    },
    {
      name: 'a forum that approves with a subject is a decision ("Styringsgruppen godkjenner mandatet")',
      text: '# Pilot\n\n## Organisering\n\nStyringsgruppen godkjenner mandatet i møtet 12. mars 2026.\n',
    },
    {
      name: 'issue 8 real documents: the approved budget frame under bokmål "Økonomiske rammer"',
      text: '# Nettsted\n\n## Prosjektorganisering\n\n- Prosjekteier: daglig leder\n\n## Økonomiske rammer\n\nProsjektet gjennomføres innenfor vedtatt budsjettramme.\n',
    },
    // Catalogue E: a placeholder is placeholder-text's alone; the line it fills records the commitment.
    { name: 'a labelled slot: "Approval: <INSERT – DATE AND MINUTE REFERENCE>"', text: '# PID\n\n## Project organisation structure\n\n| Role | Post |\n|---|---|\n| Executive | Director |\n\nApproval: <INSERT – DATE AND MINUTE REFERENCE>\n' },
    {
      name: 'issue 8: the money set aside is shown under Cost, not under the roles',
      text: '# Pilot\n\n## Who\n\n- Sponsor: Chief Executive\n- Owner: Director of Education\n\n## Cost\n\n- £18,000 licence for the pilot, from the Trust\'s central budget\n',
    },
    {
      name: 'English decision reference with case number',
      text: '# Pilot\n\n## Governance\n\nThe county committee approved the pilot on 2026-10-08 (case 2026/77).\n',
    },
    {
      name: 'bokmål "vedtok" in a numbered section',
      text: '# Pilot\n\n## 3. Organisering\n\nKommunalsjef helse er prosjekteier. Styringsgruppen vedtok piloten i møte 2026-06-12.\n',
    },
    {
      name: 'a signed mandate in a table cell',
      text:
        '# Pilot\n\n## Forankring og organisering\n\n| Nivå | Rolle | Forpliktelse |\n|---|---|---|\n' +
        '| Beslutningsnivå | Kommunalsjef | Signert prosjektmandat 2026-09-15 |\n',
    },
    {
      name: 'nynorsk: budsjettert',
      text: '# E-lås\n\n## Forankring\n\nKommunalsjefen er prosjekteigar, og kostnaden er budsjettert i driftsbudsjettet for 2027.\n',
    },
    {
      name: 'no anchoring section: owner-roles-missing reports that instead',
      text: '# Pilot\n\n## Background\n\nThe director supports the pilot.\n',
    },
    {
      name: 'a configured evidence word',
      text: '# Pilot\n\n## Governance\n\nThe pilot is listed in the board minutes of 12 May.\n',
      options: { evidence: ['board minutes'] },
    },
    {
      name: 'letters of support are evidence of commitment (English)',
      text: '# Pilot\n\n## Governance\n\nLetters of support from the Director of Adult Social Care and the ICB are attached as annex C.\n',
    },
    {
      name: 'støttebrev er dokumentert forankring (bokmål)',
      text: '# Pilot\n\n## Forankring\n\nStøttebrev fra kommunedirektøren og helseforetaket ligger ved søknaden.\n',
    },
    { name: 'bokmål: money set aside, "har sett av 300 000 kr"', text: '# Pilot\n\n## Organisering\n\nProsjekteier er kommunalsjef for helse. Kommunen har sett av 300 000 kr i budsjettet for 2027.\n' },
    { name: 'bokmål: the share worked into the economic plan', text: '# Pilot\n\n## Organisering\n\nProsjekteier er kommunalsjef for helse. Egenandelen er innarbeidet i økonomiplanen 2027–2030.\n' },
    { name: 'a grant awarded: "Tilsagn om tilskudd … er mottatt"', text: '# Pilot\n\n## Organisering\n\nProsjekteier er kommunalsjef for helse. Tilsagn om tilskudd fra Statsforvalteren er mottatt 5. mai 2026.\n' },
    { name: 'nynorsk: a written endorsement, "skriftleg tilslutning"', text: '# Pilot\n\n## Organisering\n\nProsjekteigar er kommunalsjef for helse. Kommunalsjefen har gitt skriftleg tilslutning til søknaden.\n' },
  ],
  invalid: [
    { name: 'trust22 en: a management team still to agree the pilot has not committed', text: "# Video inspections\n\n## 4. Project organisation\n\n| Role | Name |\n|---|---|\n| Project sponsor | Marcus Bell, Head of Building Control |\n\nThe DMT will be asked to agree the pilot and its budget in December.\n", errors: [{ line: 3 }], output: "# Video inspections\n\n## 4. Project organisation\n\n| Role | Name |\n|---|---|\n| Project sponsor | Marcus Bell, Head of Building Control |\n\nThe DMT will be asked to agree the pilot and its budget in December.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: 'lever19 en (liberal backstop): an agreement still sought or conditional ("agreed in principle, subject to the Committee\'s approval") is not made', text: "# Grit bins\n\n## Summary\n\nThe pilot has been agreed in principle, subject to the Committee's approval of the funding.\n\n## Governance\n\nThe Head of Highways is the sponsor.\n", errors: [{ line: 7 }], output: "# Grit bins\n\n## Summary\n\nThe pilot has been agreed in principle, subject to the Committee's approval of the funding.\n\n## Governance\n\nThe Head of Highways is the sponsor.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: 'lever19 en (liberal backstop): an approval that commits nobody to the pilot ("A DPIA was approved by the DPO") is none', text: "# Grit bins\n\n## Summary\n\nA DPIA was approved by the Data Protection Officer in May.\n\n## Governance\n\nThe Head of Highways is the sponsor.\n", errors: [{ line: 7 }], output: "# Grit bins\n\n## Summary\n\nA DPIA was approved by the Data Protection Officer in May.\n\n## Governance\n\nThe Head of Highways is the sponsor.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: 'lever19 nb (liberal backstop): money applied for (*Kommunen søker om at 250 000 kr blir bevilget*) is not granted', text: "# Strøkasser\n\n## Sammendrag\n\nKommunen søker om at 250 000 kr blir bevilget til utprøvingen.\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune.\n", errors: [{ line: 7 }], output: "# Strøkasser\n\n## Sammendrag\n\nKommunen søker om at 250 000 kr blir bevilget til utprøvingen.\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune.\n\nForpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n" },
    { name: 'trust19 en: an agreement still "to be agreed at the DMT on …" is only promised', text: "# Safes\n\n## Team\n\nThe sponsor is the Head of Property Services. The charter is to be agreed at the Property Services DMT on 19 July 2027.\n", errors: [{ line: 3 }], output: "# Safes\n\n## Team\n\nThe sponsor is the Head of Property Services. The charter is to be agreed at the Property Services DMT on 19 July 2027.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: "resid17 en: funding only \"expected to come from\" a budget is not yet found", text: "# Street trees\n\n## Who is accountable\n\nThe sponsor is the Director, Urban Forestry. Funding for staff time is expected to come from the existing Forestry operating budget.\n", errors: [{ line: 3 }], output: "# Street trees\n\n## Who is accountable\n\nThe sponsor is the Director, Urban Forestry. Funding for staff time is expected to come from the existing Forestry operating budget.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: "resid17 nb: *er tenkt dekket over driftsbudsjettet* the same", text: "# Gatetrær\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune. Finansieringen er tenkt dekket over driftsbudsjettet til park og idrett.\n", errors: [{ line: 3 }], output: "# Gatetrær\n\n## Organisering\n\nProsjekteier er kommunalsjef Siri Aune. Finansieringen er tenkt dekket over driftsbudsjettet til park og idrett.\n\nForpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n" },
    { name: "resid17 en: money that \"will be allocated in the 2027 Transportation capital budget\" is not yet found", text: "# Bus lane cameras\n\n2. The Proposal\n\nFunding of €120,000 will be allocated in the 2027 Transportation capital budget.\n\n4. Governance\n\nThe project owner is the Senior Engineer, Traffic Management.\n", errors: [{ line: 7 }], output: "# Bus lane cameras\n\n2. The Proposal\n\nFunding of €120,000 will be allocated in the 2027 Transportation capital budget.\n\n4. Governance\n\nThe project owner is the Senior Engineer, Traffic Management.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: "trust16 nn: money the pilot needs (*treng 200 000 kr i budsjett 2027*) is not set aside", text: "# Saksframlegg\n\n### Innstilling\n\n1. Utprøvinga treng 200 000 kr i budsjett 2027.\n\n### Organisering\n\nProsjekteigar er kommunalsjef Siri Aune. Prosjektleiar er Ingvild Tveit.\n", errors: [{ line: 7 }], output: "# Saksframlegg\n\n### Innstilling\n\n1. Utprøvinga treng 200 000 kr i budsjett 2027.\n\n### Organisering\n\nProsjekteigar er kommunalsjef Siri Aune. Prosjektleiar er Ingvild Tveit.\n\nForpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n" },
    { name: 'trust16 en: "Financial implications" that only promise a bid show no money set aside', text: "# Textiles\n\n## 5. Financial implications\n\n5.1 Officers will bid for the cost in the next budget round.\n\n## 10. Governance\n\n10.1 The Head of Waste is the sponsor. The Waste Operations Manager is the project owner.\n", errors: [{ line: 7 }], output: "# Textiles\n\n## 5. Financial implications\n\n5.1 Officers will bid for the cost in the next budget round.\n\n## 10. Governance\n\n10.1 The Head of Waste is the sponsor. The Waste Operations Manager is the project owner.\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n" },
    { name: "trust14 nn: a proposed decision (*Forslag til vedtak*) is no decision taken", text: "# Sak\n\n## Organisering\n\nStyringsgruppa held fram som styringsgruppe for piloten. Prosjekteigar er einingsleiar for kultur.\n\n## Forslag til vedtak\n\n1. Styringsgruppa vedtek å starte ein pilot med utlån av friluftsutstyr.\n", errors: [{ line: 3 }], output: "# Sak\n\n## Organisering\n\nStyringsgruppa held fram som styringsgruppe for piloten. Prosjekteigar er einingsleiar for kultur.\n\nForpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n\n## Forslag til vedtak\n\n1. Styringsgruppa vedtek å starte ein pilot med utlån av friluftsutstyr.\n" },
    { name: "trust11 en: money offered \"to be confirmed once this PID is approved\" waits for an approval that has not happened", text: "# Home BP\n\n## 4. Project organisation\n\n| Role | Post |\n|---|---|\n| Sponsor | Director of Midwifery |\n\n## 3. Business case\n\nThe LMNS fund has offered up to £18,000, to be confirmed once this PID is approved.\n", errors: [{line: 3}], output: "# Home BP\n\n## 4. Project organisation\n\n| Role | Post |\n|---|---|\n| Sponsor | Director of Midwifery |\n\nCommitment (decision ref./signed): {{case no., date}} · Pilot budget: {{amount}} from {{budget line}}\n\n## 3. Business case\n\nThe LMNS fund has offered up to £18,000, to be confirmed once this PID is approved.\n" },
    { name: "trust11 nb: *utbetales når prosjektplanen er godkjent* the same in bokmål", text: "# Blodtrykk\n\n## Organisering\n\n| Rolle | Stilling |\n|---|---|\n| Prosjekteier | Kommunalsjef helse |\n\n## Budsjett\n\nFondet har tilbudt 180 000 kr, som utbetales når prosjektplanen er godkjent.\n", errors: [{line: 3}], output: "# Blodtrykk\n\n## Organisering\n\n| Rolle | Stilling |\n|---|---|\n| Prosjekteier | Kommunalsjef helse |\n\nForpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n\n## Budsjett\n\nFondet har tilbudt 180 000 kr, som utbetales når prosjektplanen er godkjent.\n" },
    {
      name: 'trust11 nn: template guidance that asks for a *vedtak* is no decision (*Rettleiing: … Vis til vedtak eller budsjett …*)',
      text: '# Nattilsyn\n\n## 4 Organisering\n\n*Rettleiing: Før opp oppdragsgjevar og prosjekteigar. Vis til vedtak eller budsjett dersom det finst.*\n\n- Oppdragsgjevar: kommunalsjef for helse og omsorg\n- Prosjekteigar: einingsleiar i heimetenesta\n',
      errors: [{ line: 3 }],
      output: '# Nattilsyn\n\n## 4 Organisering\n\n*Rettleiing: Før opp oppdragsgjevar og prosjekteigar. Vis til vedtak eller budsjett dersom det finst.*\n\n- Oppdragsgjevar: kommunalsjef for helse og omsorg\n- Prosjekteigar: einingsleiar i heimetenesta\n- Forpliktelse (vedtak/signert): {{saksnr., dato}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}\n',
    },
    {
      name: 'trust10 nn: a slot for something else (a name) evidences no commitment',
      text: '# Robotar\n\n## Organisering og forankring\n\nProsjektleiar er [Fyll inn namn].\n',
      errors: [{ line: 3, message: 'viser ingen synlig forpliktelse' }],
      output: '# Robotar\n\n## Organisering og forankring\n\nProsjektleiar er [Fyll inn namn].\n\n' + LINE_NB + '\n',
    },
    {
      name: 'trust10 en: a minute still to be taken elsewhere is no decision recorded',
      text: '# PID\n\n## 4. Business Case\n\nThe board will approve it (minute TME/27/01).\n\n## Roles\n\n- Executive: Chief Operating Officer\n',
      errors: [{ line: 7, message: 'shows no visible commitment' }],
      output: '# PID\n\n## 4. Business Case\n\nThe board will approve it (minute TME/27/01).\n\n## Roles\n\n- Executive: Chief Operating Officer\n- ' + LINE_EN + '\n',
    },
    {
      name: 'trust7 en: "Who is accountable" is the anchoring section, and a bid still to be decided is no money found',
      text: '# Damp\n\n## Who is accountable\n\n- Sponsor: Director of Housing\n\n## Budget\n\nWe are waiting for a decision on our bid.\n',
      errors: [{ line: 3, message: 'shows no visible commitment' }],
      output:
        '# Damp\n\n## Who is accountable\n\n- Sponsor: Director of Housing\n- ' + LINE_EN + '\n\n## Budget\n\nWe are waiting for a decision on our bid.\n',
    },
    {
      name: 'trust6: a steering group that meets every sixth week and approves changes holds a power, and a share "foreslås tatt inn" is not yet allocated',
      text:
        '# Haller\n\n## Organisering\n\nStyringsgruppen møtes hver sjette uke og godkjenner endringer i omfang og tidsplan.\n\n' +
        '## Økonomi\n\nEgenandelen på 100 000 kr foreslås tatt inn i budsjettet for 2027.\n',
      errors: [{ line: 3, message: 'Delen «Organisering» viser ingen synlig forpliktelse' }],
      output:
        '# Haller\n\n## Organisering\n\nStyringsgruppen møtes hver sjette uke og godkjenner endringer i omfang og tidsplan.\n\n' + LINE_NB + '\n\n' +
        '## Økonomi\n\nEgenandelen på 100 000 kr foreslås tatt inn i budsjettet for 2027.\n',
    },
    {
      name: 'trust6: the same power in English ("The board meets monthly and approves change requests")',
      text: '# Pilot\n\n## Governance\n\nThe project board meets monthly and approves change requests.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Governance\n\nThe project board meets monthly and approves change requests.\n\n' + LINE_EN + '\n',
    },
    {
      name: 'trust5: money only asked for on the "Money" slide is no commitment',
      text: '# Glass plates\n\n## Who\'s responsible\n\n- Owner: Tom Heaney, Museum Manager\n\n## Money\n\n- We ask the committee for £6,000.\n',
      errors: [{ line: 3 }],
      output: '# Glass plates\n\n## Who\'s responsible\n\n- Owner: Tom Heaney, Museum Manager\n- ' + LINE_EN + '\n\n## Money\n\n- We ask the committee for £6,000.\n',
    },
    {
      name: 'a grant applied for and money still to be set aside are no commitment (bokmål)',
      text: '# Pilot\n\n## Organisering\n\nProsjekteier er kommunalsjef for helse. Vi søker om tilsagn fra Statsforvalteren, og kommunen skal sette av 300 000 kr.\n',
      errors: [{ line: 3, message: 'Delen «Organisering» viser ingen synlig forpliktelse' }],
      output: '# Pilot\n\n## Organisering\n\nProsjekteier er kommunalsjef for helse. Vi søker om tilsagn fra Statsforvalteren, og kommunen skal sette av 300 000 kr.\n' + '\n' + LINE_NB + '\n',
    },
    {
      name: 'issue 8 real documents (miss): "Godkjenner vesentlige endringer" describes a role, and an approval table without signatures signs nothing',
      text:
        '# Nettsted\n\n## Organisering\n\n| Rolle | Navn | Ansvar |\n|---|---|---|\n| Prosjekteier | Kim Berg | Overordnet ansvar. Godkjenner vesentlige endringer. |\n\n' +
        '## Godkjenning\n\n| Rolle | Navn | Signatur | Dato |\n|---|---|---|---|\n| Prosjekteier | Kim Berg | | |\n',
      errors: [{ line: 3, message: 'Organisering' }],
      output:
        '# Nettsted\n\n## Organisering\n\n| Rolle | Navn | Ansvar |\n|---|---|---|\n| Prosjekteier | Kim Berg | Overordnet ansvar. Godkjenner vesentlige endringer. |\n\n' +
        LINE_EN + '\n\n## Godkjenning\n\n| Rolle | Navn | Signatur | Dato |\n|---|---|---|---|\n| Prosjekteier | Kim Berg | | |\n',
    },
    {
      name: 'English: support and a promise to approve are not evidence; the line is appended to the section',
      text:
        '# Pilot\n\n## Governance\n\n- The director supports the pilot.\n- The board will approve the budget in March.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 3, severity: 'info', message: 'The "Governance" section shows no visible commitment' }],
      output:
        '# Pilot\n\n## Governance\n\n- The director supports the pilot.\n- The board will approve the budget in March.\n' +
        `- ${LINE_EN}\n\n## Risks\n\nSome.\n`,
    },
    {
      name: 'bokmål with CRLF: "støtter piloten" and "ikke vedtatt" do not evidence commitment',
      text:
        '# Videokonsultasjon\r\n\r\n## Forankring\r\n\r\nKommunalsjef helse støtter piloten. Piloten er ikke vedtatt ennå.\r\n\r\n' +
        '## Interessenter\r\n\r\nTekst.\r\n',
      errors: [{ line: 3, message: 'Delen «Forankring» viser ingen synlig forpliktelse' }],
      output:
        '# Videokonsultasjon\r\n\r\n## Forankring\r\n\r\nKommunalsjef helse støtter piloten. Piloten er ikke vedtatt ennå.\r\n\r\n' +
        LINE_NB +
        '\r\n\r\n## Interessenter\r\n\r\nTekst.\r\n',
    },
    {
      name: 'a decision in code or in another section does not count; "Del 3:" heading',
      text:
        '# Fallsensorer\n\n## Del 3: Organisering\n\nVirksomhetsleder er prosjekteier. `vedtak 12/26`\n\n```\nsignert 2026-01-01\n```\n\n' +
        '## Del 4: Løsningen\n\nSaksbehandleren kontrollerer grunnlaget før vedtak.\n',
      errors: [{ line: 3, message: 'Delen «Del 3: Organisering»' }],
      output:
        '# Fallsensorer\n\n## Del 3: Organisering\n\nVirksomhetsleder er prosjekteier. `vedtak 12/26`\n\n```\nsignert 2026-01-01\n```\n\n' +
        LINE_NB +
        '\n\n## Del 4: Løsningen\n\nSaksbehandleren kontrollerer grunnlaget før vedtak.\n',
    },
  ],
};

testRule(rule, cases);
