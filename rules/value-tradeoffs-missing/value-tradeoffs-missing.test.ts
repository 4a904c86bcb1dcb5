// value-tradeoffs-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { anyService, testRule, type RuleCases } from '../../test/util/rule-tester';

const T5_EN =
  '## Value choices and privacy\n\n' +
  'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n' +
  'Personal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}\n' +
  'How users and next of kin are informed: {{…}}\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust25 en: "a balance to strike between" two goods names the trade-off', text: '# Week\n\n## Equality and working patterns\n\nThere is a balance to strike between longer opening hours for the public and staff who cannot work longer days.\n' },
    { name: 'trust22 nn: *vege … mot* without *opp* weighs one good against another', text: '# Samtale\n\n## Personvern og etikk\n\nVi må vege barnet sin rett til å bli høyrt mot risikoen for at svara erstattar samtalen. Fagleiar avgjer.\n' },
    { name: 'trust22 nb: *balansere … mot* names the trade-off', text: '# Soner\n\n## Universell utforming og avveininger\n\nPiloten må balansere framkommelighet for gående mot ønsket om korte turer uten bil.\n' },
    { name: 'trust24 en: a gain whose cost follows "but" names the trade-off', text: '# Checks\n\n## Trade-offs\n\n- Holding a flagged invoice protects public money but delays payment to small firms\n' },
    { name: 'trust24 en: a grant form\'s "accessible and inclusive" question is the values section', text: '# Studios\n\n**7. How will you make the project accessible and inclusive?**\n\nThere is a real trade-off between free space for artists and the income owners could get.\n' },
    { name: 'trust22 nn: a trade-off line "A mot B: who decides" names the trade-off', text: '# Ombruk\n\n## Avvegingar\n\n- Ombruk mot eit nytt og einsarta preg: kommunedirektøren avgjer\n' },
    { name: 'trust20 en: a form\'s "How will you make sure the service is open to everyone?" is the section, and a choice made "even though" it costs names the trade-off', text: '# Bid\n\n**B10. How will you make sure the service is open to everyone?**\n\nWe have chosen to keep the telephone line open even though a telephone booking takes three times as long.\n' },
    { name: 'trust20 nb: *Vi har valgt å … selv om …* the same in bokmål', text: '# Søknad\n\n## Likeverd\n\nVi har valgt å beholde telefonen åpen selv om en telefonbestilling tar tre ganger så lang tid.\n' },
    { name: 'trust20 en: the equality answer left as a labelled slot is placeholder-text\'s alone', text: '# PID\n\n## 10. Data protection and equality\n\nThe card file contains cardholder names.\n\nEquality impact: <INSERT – EqIA screening outcome>\n' },
    { name: 'lever19 en: the liberal trade-off backstop reads a good set aside ("not where the trees are most valuable") and its cost ("That means slower savings")', text: '# Trees\n\n## Equity\n\nWe will place sensors first in the wards with the fewest trees, not where the trees are most valuable. That means slower savings in the first year.\n' },
    { name: 'lever19 nb: the liberal trade-off backstop reads *Det betyr at andre bydeler må vente et år*', text: '# Skap\n\n## Likeverd\n\nVi setter opp skapene først i bydelene med lavest inntekt. Det betyr at andre bydeler må vente et år.\n' },
    { name: 'trust18 en: "openness pulls against the feelings of families" sets one good against another', text: '# Graves\n\n## Data and privacy\n\n### Sensitive records\n\nOpenness of the record pulls against the feelings of families who find it. We show a notice first; the Bereavement Services Manager decides.\n' },
    { name: 'trust18 en: a form\'s question on reaching people who face barriers is the values section, and its trade-off counts', text: '**Application form**\n\n**6. How will your project reach people who face barriers? (max 150 words)**\n\nThere is a trade-off between a digital scheme, which is cheaper, and one that includes everyone. We keep a phone line.\n' },
    { name: 'trust17 en: a choice tagged after a dash, one bare good over another, is a trade-off', text: '# Trees\n\n## Equity\n\n- Probes go to the lowest-canopy wards first, so savings come slower — equity over cost efficiency\n' },
    { name: 'trust16 en: "we had to choose between" two goods names the trade-off', text: '# Lockers\n\n## Fairness\n\nWe had to choose between long opening hours, which suit commuters, and quiet evenings for the street.\n' },
    { name: 'trust16 en: a choice made "accepting" its cost names the trade-off', text: '# Rotas\n\n## Ethics\n\nWe have chosen to keep the same carer for people with dementia, accepting longer rounds for those visits.\n' },
    { name: 'trust16 en: a cost "accepted … in favour of" a gain names the trade-off', text: '# Bins\n\n## Equalities implications\n\nOther estates wait a year; we accept this, in favour of starting where need is highest.\n' },
    { name: 'trust16 en: a gain that "can mean" its opposite elsewhere names the trade-off', text: '# Routes\n\n## Equity\n\n- Faster rounds can mean slower service for the outlying farms\n- The depot manager decides on exceptions\n' },
    { name: 'trust16 en: a gain "but can mean" a cost names the trade-off', text: '# Rotas\n\n## Ethics\n\nGrouped visits save fuel but can mean a later visit for some people.\n' },
    { name: 'trust16 nb: *vi måtte velge mellom … og …* names the trade-off', text: '# Utlån\n\n## Likeverd\n\nVi måtte velge mellom lange lån, som gir tid til å lære, og korte lån, som lar flere låne.\n' },
    { name: 'trust14 en: a committee report\'s "Stakeholder/Community Impact" reports its impact assessment and the trade-off', text: '# Texts\n\n## 7. Stakeholder/Community Impact\n\n7.2 An Integrated Impact Assessment has been completed. There is a trade-off between speed of compliance and tenant choice.\n' },
    { name: 'trust14 en: an Interreg form\'s "Horizontal principles: equal opportunities, non-discrimination" section names the trade-off', text: '# Nowcast\n\n### C.8 Horizontal principles: equal opportunities, non-discrimination and sustainable development\n\nThe project involves a trade-off: a cautious nowcast protects bathers at the expense of beach-days.\n' },
    { name: "trust14 nn: a section headed *Omsyn til …* is where the values are weighed, and its *avveging mellom* names the trade-off", text: "# P\n\n## Omsyn til gravplassen som stad\n\nDet er ei avveging mellom effektiv drift og ro for dei etterlatne. Klipparane går derfor berre om natta.\n" },
    { name: 'round 9 en: "The trial trades some energy saving for confidence" names the trade-off', text: '# Lighting\n\n## 8. Ethics and safety limits\n\nThe trial trades some energy saving for confidence: no lantern goes below 50% near bus stops.\n' },
    { name: 'trust12 en: "This favours the greatest number over the most isolated households" names the trade-off', text: '# Sensors\n\n## Equality impact\n\nWe placed the sensors where most homes are at risk. This favours the greatest number over the most isolated households.\n' },
    { name: 'trust12 en: a UKRI form\'s "Responsible innovation", and "fewer finds in exchange for fewer false flags"', text: '# Listings\n\n## Question 10: Responsible innovation\n\nWe have chosen to accept fewer finds in exchange for fewer false flags on sole traders.\n' },
    { name: 'trust12 nb: *færre treff i bytte mot færre feilaktige flagg* the same in bokmål', text: '# Annonser\n\n## Etikk\n\nVi godtar færre treff i bytte mot færre feilaktige flagg på små selgere.\n' },
    {
      name: 'trust11 nn: beside template guidance, the author\'s own trade-off counts',
      text: '# Nattilsyn\n\n## 7 Personvern og etikk\n\n*Rettleiing: Kva personopplysningar blir behandla, og kva avvegingar må de gjere?*\n\nVi har vege tryggleik om natta opp mot personvernet på soverommet. Brukaren skal samtykkje før kameraet blir montert.\n',
    },
    {
      name: 'trust8 en: "balancing A against B" names the trade-off',
      text: '# Kiosks\n\n## Ethics\n\nWe are balancing borrowers\' privacy against the help staff can give at the desk.\n',
    },
    {
      name: 'trust8 en: a choice of one thing over another ("chose to keep … over closing it") names the trade-off',
      text: '# Kiosks\n\n## Fairness and access\n\nWe chose to keep the staffed desk open over closing it at quiet times, although that costs more.\n',
    },
    {
      name: 'trust7 en: the value choice named as one good against another ("The main value choice is … against …")',
      text: '# Lockers\n\n## Privacy and ethics\n\nThe main value choice is quick collection against the cost of empty lockers; the service manager decides.\n',
    },
    {
      name: 'trust7 en: "the choice is between X and Y"',
      text: '# Lockers\n\n## Ethics\n\nThe choice is between opening hours for commuters and quiet nights for neighbours.\n',
    },
    {
      name: 'trust6 nn: the present tense weighs ("Vi veg ei skånsam undersøking opp mot biletkvaliteten")',
      text: '# Røntgen\n\n## Etiske vurderingar\n\nVi veg ei skånsam undersøking opp mot biletkvaliteten: radiologen avgjer.\n',
    },
    {
      name: 'trust6: bokmål present "veier … opp mot"',
      text: '# Vann\n\n## Etikk\n\nKommunen veier nytten av timesdata opp mot personvernet, og enhetslederen avgjør.\n',
    },
    { name: 'a choice of one good over another: "We chose speed for the majority over a single route"', text: '# P\n\n## Information governance and equity\n\nWe chose speed for the majority over a single route for everyone.\n' },
    { name: 'bokmål "vi velger likeverdig tilgang foran effektivitet"', text: '# P\n\n## Universell utforming og likeverd\n\nDet tar mer tid, men vi velger likeverdig tilgang foran effektivitet.\n' },
    { name: '"balancing X against Y" with words between', text: '# P\n\n## Equality and access\n\nWe are balancing convenience for online users against fair access for phone callers.\n' },
    { name: 'a privacy section that names a trade-off counts', text: '# P\n\n## Personvern\n\nNytten av loggen er veid mot personvernet til beboerne.\n' },
    {
      name: 'English ethics section with "vs"',
      text: '# Pilot\n\n## Ethics\n\nThe trade-off is speed vs thoroughness; the dentist decides, and patients can choose an ordinary appointment.\n',
    },
    {
      name: 'bokmål "Avveiningen er mellom" in a numbered section',
      text:
        '# Pilot\n\n## 7. Personvern og etikk\n\nAvveiningen er mellom færre forstyrrelser om natten og følelsen av å bli overvåket; ' +
        'brukere som ikke ønsker kamera, beholder fysiske nattbesøk.\n',
    },
    {
      name: '"we trade X against Y" under "Equity"',
      text: '# Pilot\n\n## Equity\n\nWe trade completeness of the handover against privacy: sensitive items are discussed away from the bedside.\n',
    },
    {
      name: '"X is weighed against Y" with no words between, under "Equality and trade-offs"',
      text:
        '# Pilot\n\n## Equality and trade-offs\n\nSelf-service is weighed against access for people without internet: ' +
        'the counter stays open on Mondays, a choice made by the head of service.\n',
    },
    {
      name: 'bokmål "veies mot" and nynorsk "vegast mot" in an ethics section',
      text:
        '# Pilot\n\n## Etikk\n\nLengre åpningstid veies mot tryggheten for de yngste: barn under 12 år må ha følge.\n\n' +
        '### Nynorsk samandrag\n\nOpne data vegast mot personvernet til bebuarane.\n',
    },
    {
      name: '"på bekostning av" in a table row of a "Verdivalg" section',
      text:
        '# Pilot\n\n## Verdivalg\n\n| Valg | Hvem avgjør |\n|---|---|\n| Kortere reisevei på bekostning av fysisk undersøkelse | Legen |\n',
    },
    {
      name: 'front-matter pointer and an extra heading from options',
      text: '---\ntitle: Pilot\nethics: annex-f.md\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options, with the trade-off at the expense of some users',
      text: '# Pilot\n\n## Who gains, who loses\n\nFaster answers at the expense of users without a smartphone.\n',
      headings: { values: ['Who gains, who loses'] },
    },
    { name: 'bokmål: "vurdert trygghet opp mot retten til privatliv"', text: '# Tilsyn\n\n## Etikk\n\nVi har vurdert trygghet opp mot retten til privatliv, og kamera brukes ikke. Enhetsleder avgjør.\n' },
    { name: 'nynorsk: "på den eine sida … på den andre sida"', text: '# Tilsyn\n\n## Etiske vurderingar\n\nPå den eine sida gjev sensorane ro om natta, på den andre sida mistar bebuarane eit menneskeleg tilsyn. Einingsleiar avgjer.\n' },
  ],
  invalid: [
    {
      name: 'trust25 en: a balance of money to be paid between two dates names no trade-off',
      text: '# Bid\n\n## Trade-offs\n\n- The balance to be paid between April and June comes from the grant.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Bid\n\n## Trade-offs\n\n- The balance to be paid between April and June comes from the grant.\n- Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust24 en: "but" with no cost after it names no trade-off',
      text: '# Bid\n\n## Trade-offs\n\n- The cap protects public money but is reviewed monthly.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Bid\n\n## Trade-offs\n\n- The cap protects public money but is reviewed monthly.\n- Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust22 nb: a measure "against" a harm before a colon sets no good against another',
      text: '# Skole\n\n## Etikk\n\n- Tiltak mot mobbing: rektor følger opp\n- En ny veg mot skolen er bygd.\n',
      errors: [{ line: 3, message: 'navngir ingen avveining' }],
      output: '# Skole\n\n## Etikk\n\n- Tiltak mot mobbing: rektor følger opp\n- En ny veg mot skolen er bygd.\n- Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'trust20 en: "even though" with no choice of the author\'s names no trade-off',
      text: '# Bid\n\n## Equality\n\nThe line stays open even though it is expensive.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Bid\n\n## Equality\n\nThe line stays open even though it is expensive.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'lever19 en: the trade-off backstop takes no finding that nobody loses ("No adverse impact …, so no group will lose out")',
      text: '# Sensors\n\n## Equality impact\n\nAn equality screening was done. No adverse impact was identified, so no group will lose out.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Sensors\n\n## Equality impact\n\nAn equality screening was done. No adverse impact was identified, so no group will lose out.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'lever19 nb: the trade-off backstop takes no finding that nobody loses (*Ingen negative konsekvenser …, og ingen taper på ordningen*)',
      text: '# Skap\n\n## Likeverd\n\nVi har vurdert likeverd. Ingen negative konsekvenser er funnet, og ingen taper på ordningen.\n',
      errors: [{ line: 3, message: 'navngir ingen avveining' }],
      output: '# Skap\n\n## Likeverd\n\nVi har vurdert likeverd. Ingen negative konsekvenser er funnet, og ingen taper på ordningen.\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'trust18 en: pulling a trailer against the wind sets no good against another; a question on reaching people is the section',
      text: '# Trees\n\n## How will the project reach people who face barriers?\n\nVolunteers pull a trailer against the wind.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Trees\n\n## How will the project reach people who face barriers?\n\nVolunteers pull a trailer against the wind.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust17 en: a span after a dash ("– rolled out over three months") is no choice of one good over another',
      text: '# Trees\n\n## Equity\n\nAll wards get probes – rolled out over three months.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Trees\n\n## Equity\n\nAll wards get probes – rolled out over three months.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust16 en: users who "can choose between" two channels are offered an alternative, not a trade-off',
      text: '# Forms\n\n## Equality\n\nResidents can choose between the paper form and the online form.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Forms\n\n## Equality\n\nResidents can choose between the paper form and the online form.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust16 en: one gain that "can mean" another sets nothing against it',
      text: '# Roads\n\n## Equity\n\nEarlier detection can mean fewer claims from road users.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output: '# Roads\n\n## Equity\n\nEarlier detection can mean fewer claims from road users.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust16 nb: brukere som *kan velge mellom* to kanaler, får et alternativ, ingen avveining',
      text: '# Skjema\n\n## Likeverd\n\nInnbyggerne kan velge mellom papirskjema og nettskjema.\n',
      errors: [{ line: 3 }],
      output: '# Skjema\n\n## Likeverd\n\nInnbyggerne kan velge mellom papirskjema og nettskjema.\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    { name: 'trust14 en: a "Stakeholder/Community Impact" section that only lists who was consulted names no trade-off', text: "# Texts\n\n## 7. Stakeholder/Community Impact\n\nThe Tenants Federation was consulted.\n", errors: [{ line: 3 }], output: "# Texts\n\n## 7. Stakeholder/Community Impact\n\nThe Tenants Federation was consulted.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n" },
    { name: 'trust14 en: a horizontal-principles section that names no trade-off', text: '# Nowcast\n\n## Horizontal principles\n\nAdvisories are bilingual.\n', errors: [{ line: 3 }], output: "# Nowcast\n\n## Horizontal principles\n\nAdvisories are bilingual.\n\nTrade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n" },
    { name: "trust14 nn: an *Omsyn til …* section with no trade-off is judged as a values section", text: "# P\n\n## Omsyn til gravplassen som stad\n\nKlipparane går berre mellom kl. 21 og 09.\n", errors: [{ line: 3 }], output: "# P\n\n## Omsyn til gravplassen som stad\n\nKlipparane går berre mellom kl. 21 og 09.\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n" },
    {
      name: 'trust11 nn: template guidance that asks for *avvegingar* names no trade-off',
      text: '# Nattilsyn\n\n## 7 Personvern og etikk\n\n*Rettleiing: Kva personopplysningar blir behandla, og kva avvegingar må de gjere?*\n\nBrukaren skal samtykkje før kameraet blir montert.\n',
      errors: [{ line: 3 }],
      output: '# Nattilsyn\n\n## 7 Personvern og etikk\n\n*Rettleiing: Kva personopplysningar blir behandla, og kva avvegingar må de gjere?*\n\nBrukaren skal samtykkje før kameraet blir montert.\n\nAvveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'trust12 en: being "in favour of" running something "over the summer" favours nothing over another good',
      text: '# Kiosks\n\n## Ethics\n\nThe committee is in favour of running the kiosks over the summer.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output:
        '# Kiosks\n\n## Ethics\n\nThe committee is in favour of running the kiosks over the summer.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust8 en: a long choice of what to run "over the summer" sets nothing against it',
      text: '# Kiosks\n\n## Ethics\n\nWe chose to run the two kiosks in the main library and the branch over the summer.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output:
        '# Kiosks\n\n## Ethics\n\nWe chose to run the two kiosks in the main library and the branch over the summer.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust7 en: a choice that is not set against another good ("the choice of supplier … checked against the framework")',
      text: '# Lockers\n\n## Ethics\n\nThe choice of supplier is ours and was checked against the framework terms.\n',
      errors: [{ line: 3, message: 'names no trade-off' }],
      output:
        '# Lockers\n\n## Ethics\n\nThe choice of supplier is ours and was checked against the framework terms.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'trust6: a question heading about privacy ("Hva med personvernet?") is still only a privacy section, so the finding is the missing section',
      text: '---\ntitle: Vann\n---\n\nIntro.\n\n## Hva med personvernet?\n\nDet er gjennomført en personvernkonsekvensvurdering.\n',
      errors: [{ line: 1, message: 'Mangler en del om etikk og verdivalg' }],
      output:
        '---\ntitle: Vann\n---\n\nIntro.\n\n## Hva med personvernet?\n\nDet er gjennomført en personvernkonsekvensvurdering.\n\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'trust6 nn: the road (*ein veg opp mot skulen*) weighs nothing',
      text: '# Lys\n\n## Etiske vurderingar\n\nVi set opp lys langs ein veg som går opp mot skulen, og alle får same lys.\n',
      errors: [{ line: 3, message: 'navngir ingen avveining' }],
      output:
        '# Lys\n\n## Etiske vurderingar\n\nVi set opp lys langs ein veg som går opp mot skulen, og alle får same lys.\n\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'issue 8 real documents: the funder\'s equality question (*likestillingsperspektivet*) is a values section with no trade-off',
      text: '# Søknad\n\n## Beskrivelse av hvordan likestillingsperspektivet ivaretas\n\nBegge kjønn er med i prosjektgruppen.\n',
      errors: [{ line: 3 }],
      output:
        '# Søknad\n\n## Beskrivelse av hvordan likestillingsperspektivet ivaretas\n\nBegge kjønn er med i prosjektgruppen.\n\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
    {
      name: 'a privacy section beside an equality section: the finding sits on the equality heading',
      text: '# Pilot\n\n## Privacy\n\nNames are stored.\n\n## Equality and access\n\nThe form is tested with screen readers.\n',
      errors: [{ line: 7, message: 'The "Equality and access" section names no trade-off' }],
      output:
        '# Pilot\n\n## Privacy\n\nNames are stored.\n\n## Equality and access\n\nThe form is tested with screen readers.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'English proposal with no values section: on the title, T5 inserted before the risks',
      text: '# Chatbot pilot\n\n## Training\n\nTwo hours.\n\n## Risks\n\nTechnical problems.\n',
      errors: [{ line: 1, severity: 'info', message: 'No section on ethics or value choices' }],
      output: anyService('# Chatbot pilot\n\n## Training\n\nTwo hours.\n\n' + T5_EN + '\n## Risks\n\nTechnical problems.\n'),
    },
    {
      name: 'a bokmål privacy section alone (CRLF) is no section on value choices (catalogue B headings): on the title, the trade-off line appended',
      text:
        '# Sensorer\r\n\r\n## 7. Personvern\r\n\r\nSensorene registrerer bare fyllingsgrad. Personvernombudet har bekreftet at DPIA ikke er nødvendig.\r\n\r\n' +
        '## 8. Risiko\r\n\r\nIngen.\r\n',
      errors: [{ line: 1, message: 'Mangler en del om etikk og verdivalg' }],
      output:
        '# Sensorer\r\n\r\n## 7. Personvern\r\n\r\nSensorene registrerer bare fyllingsgrad. Personvernombudet har bekreftet at DPIA ikke er nødvendig.\r\n\r\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\r\n\r\n' +
        '## 8. Risiko\r\n\r\nIngen.\r\n',
    },
    {
      name: '"vs" only in code does not count; "trade union" is not a trade-off',
      text:
        '# Pilot\n\n## Privacy\n\nThe trade union was consulted for the DPIA.\n\n```\nspeed vs privacy\n```\n\n' +
        'We log `speed vs privacy` in the config.\n',
      errors: [{ line: 1, message: 'No section on ethics or value choices' }],
      output:
        '# Pilot\n\n## Privacy\n\nThe trade union was consulted for the DPIA.\n\n```\nspeed vs privacy\n```\n\n' +
        'We log `speed vs privacy` in the config.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: '"against" or "mot" without weighing is no trade-off',
      text: '# Pilot\n\n## Ethics\n\nThe service protects against fraud and is checked against the DPIA.\n',
      errors: [{ line: 3, message: 'The "Ethics" section names no trade-off' }],
      output:
        '# Pilot\n\n## Ethics\n\nThe service protects against fraud and is checked against the DPIA.\n\n' +
        'Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}\n',
    },
    {
      name: 'a trade-off outside the values section does not count (nynorsk); a privacy section alone gives the missing-section finding',
      text:
        '# E-lås\n\n## Bakgrunn\n\nTenesta er ei avveging mellom tid og tryggleik.\n\n## Personvern\n\nOpningsloggane er personopplysningar. ' +
        'Det er gjennomført DPIA og ROS-analyse.\n',
      errors: [{ line: 1, message: 'Mangler en del om etikk og verdivalg' }],
      output:
        '# E-lås\n\n## Bakgrunn\n\nTenesta er ei avveging mellom tid og tryggleik.\n\n## Personvern\n\nOpningsloggane er personopplysningar. ' +
        'Det er gjennomført DPIA og ROS-analyse.\n\n' +
        'Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}\n',
    },
  ],
};

testRule(rule, cases);
