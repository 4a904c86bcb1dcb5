// stop-criteria-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: "trust25 nb: the options as verbs with objects between, ending in the stop (*kan velge å innføre …, å forlenge med justert omfang, eller å avslutte*)", text: "# Kai\n\n## Overgang til drift\n\nRepresentantskapet kan velge å innføre løsningen i alle havner, å forlenge med justert omfang, eller å avslutte.\n", language: 'nb' },
    { name: "trust25 nn: a slide's options in bold with an abbreviation between (*rulle ut …, justere (t.d. …) eller avslutte*)", text: "# Sensorar\n\n## Vidare\n\n- Vala er: **rulle ut** til alle hydrantar, **justere** (t.d. berre dei med høg risiko) eller **avslutte**\n", language: 'nb' },
    { name: 'trust25 en: "the options are to roll out to every site, adjust the thresholds or stop"', text: '# Sensors\n\n## After the pilot\n\nThe board will meet in March. The options are to roll out to every site, adjust the thresholds or stop.\n' },
    { name: "trust24 nb: a condition then *stanses piloten* is a stop rule", text: "# Pumper\n\n## Veien videre\n\nHvis ingen av målene er nådd, stanses piloten.\n", language: 'nb' },
    { name: "trust24 nn: a run-in label (*Stopp: Vert det ei alvorleg hending, …, stoppar vi hjartesona*) before the verb-first condition", text: "# Hjartesone\n\n## Mål\n\n- Del elevar som går: frå 54 % til 70 % i veke 24 2027.\n\nStopp: Vert det ei alvorleg hending, eller aukar trafikken i sidevegane med meir enn 20 %, stoppar vi hjartesona.\n", language: 'nb' },
    { name: 'trust23 en: three options with objects between them ("whether to extend the tool to all sites, continue at the current scale, or stop") state the stop', text: '# Tool\n\n## After the pilot\n\nThe Cabinet Member will decide whether to extend the tool to all sites, continue at the current scale, or stop.\n' },
    { name: 'trust23 nb: *om de skal utvide til alle skolene, fortsette som nå eller avslutte* the same in Norwegian', text: '# Verktøy\n\n## Etter piloten\n\nUtvalget avgjør om de skal utvide til alle skolene, fortsette som nå eller avslutte.\n' },
    { name: 'trust22 en: "can stop the pilot at any time if complaints go above 1%" is a stop rule, the time before the condition', text: '# Canvass\n\n## What happens next\n\nThe Electoral Registration Officer can stop the pilot at any time if complaints go above 1% of messages sent.\n' },
    { name: 'trust22 nb: *stopper piloten straks dersom …* the same', text: '# Tekst\n\n## Veien videre\n\nValgsjefen stopper piloten straks dersom klagene går over 1 %.\n' },
    { name: 'trust20 en: options "put to it" whose last one switches the service off', text: '# PID\n\n## 11. After the pilot\n\nThe Finance Leadership Team will decide on 29 January 2027. The options put to it will be to roll out, to extend the pilot for a further quarter, or to switch the suggestions off.\n' },
    { name: 'trust20 en: a slide\'s options split by slashes, ending in stop', text: '# Glasses\n\n## After June\n\n- **Options:** roll out to all three venues / keep at Riverside only / stop\n' },
    { name: 'trust19 en: "If Cabinet decides not to proceed, …" is the decision refused, the other branch', text: '# Vans\n\n## After the trial\n\nWe will recommend buying four vans if the cost target is met. If Cabinet decides not to proceed, the vans go back at the end of the lease.\n' },
    { name: 'trust19 en: "one of three recommendations: roll out …; extend …; or stop" lists the options across semicolons', text: '# Tablets\n\n## Exit\n\nThe Head of Service will report to Committee with one of three recommendations: roll out to all sites; extend the pilot for six months; or stop.\n' },
    { name: "trust20 nb: the options as infinitives with an object between (*Nås ikke S1, anbefaler prosjektgruppen enten å justere opplegget eller å avslutte*) state the stop", text: "# Flyfoto\n\n## Mål\n\n- Tid til første henvendelse ned fra 94 dager (2026) til 30 dager innen 30.09.2027.\n\n## Veien videre\n\nNås ikke S1, anbefaler prosjektgruppen enten å justere opplegget eller å avslutte.\n" },
    { name: "trust19 nb: the options as nouns after *justering* (*justering av fristen eller avslutning*) state the stop", text: "# Halltimer\n\n## Mål og status\n\n- Andel brukte timer skal opp fra 71 % (vår 2026) til 90 % innen 31.03.2027.\n\n## Anmodning om videreføring\n\nAnbefalingen forutsetter at målene er nådd. Styringsgruppen kan ellers anbefale justering av fristen eller avslutning.\n" },
    { name: "trust19 nb: a choice between options ending in the noun *avslutning* lists the decision options", text: "# Kamera\n\n## Mål\n\n- Feilsortering ned fra 9,4 % (mai 2025) til under 5 % innen 31. januar 2028.\n\nStyret velger mellom tre alternativer: innføring på alle biler, utvidet pilot eller avslutning.\n" },
    { name: "trust18 nn: the options as nouns (*anten vidareføring, endring (…) eller avslutning*) are the decision options", text: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringa vil rådmannen tilrå anten vidareføring, endring (til dømes eitt skåp i staden for to) eller avslutning.\n" },
    { name: 'trust18 en: "choose between three options: mainstream …, continue with changes, or stop" lists the options after a colon', text: '# Numeracy\n\n## Continuation Decision\n\nThe Board will choose between three options: mainstream the courses in all centres, continue in the pilot venues with changes, or stop.\n' },
    { name: "trust16 nb: *Alternativene som legges fram er å videreføre …, å justere …, eller å avslutte* lists the options", text: "# Pilot\n\n## Suksesskriterier\n\n- Saltforbruk ned fra 410 tonn til 330 tonn innen 30.04.2027.\n\n## Videreføring\n\nAlternativene som legges fram er å videreføre og utvide til hele veinettet, å justere antall målepunkter, eller å avslutte.\n" },
    { name: "trust22 nn: options after a label (*Alternativ: vidareføre, utvide … eller avslutte*) list the decision options", text: "# Pilot\n\n## Mål\n\n- Kjøp ned frå 2,4 mill. kr til 1,8 mill. kr innan 31.12.2027.\n\n## Vegen vidare\n\n- Alternativ: vidareføre, utvide til fleire lager eller avslutte\n" },
    { name: "trust16 nb: a slide's imperative label (**Stopp eller juster** hvis …) is the stop rule", text: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\n**Stopp eller juster** hvis mer enn 10 % av sensorene gir feil data i to måneder på rad.\n" },
    { name: 'trust16 en: "If neither is met, the service is not continued" beside the branch that continues states the options', text: "# Laptops\n\n## What happens after the grant period?\n\nIf targets 1 and 2 are met, the service continues at the main library. If neither is met, the service is not continued.\n" },
    { name: "trust17 nb: a lower result, then a passive adjustment (*ved lavere bruk justeres tilbudet*) is an adjust criterion", text: "# Pilot\n\n## Suksesskriterier\n\n- Bruk opp fra 11 % (2026) til 35 % innen 30.09.2027.\n\n## Videreføring\n\nHvis S1 når minst 25 prosent, videreføres kortet; ved lavere bruk justeres tilbudet.\n" },
    { name: "trust17 nb: a negated verb-first condition (*Nås ikke dette, avsluttes piloten*) is the stop rule", text: "# Pilot\n\n## Suksesskriterier\n\n- Timebruk ned fra 158 til 40 timer innen 31.08.2027.\n\n## Overgang til drift\n\nForutsetningen er at timebruken er nede på 60 timer. Nås ikke dette, avsluttes piloten.\n" },
    { name: 'trust17 nn: *Dersom vi ikkje går vidare, …* in the exit plan is the other branch', text: "# Kai\n\n## Etter prosjektet\n\nVi går vidare dersom delmål 1 er nådd. Dersom vi ikkje går vidare, blir sensorane demonterte.\n" },
    { name: 'trust16 nb: *Dersom ingen av måla blir nådde* is the other branch too', text: "# Utlån\n\n## Etter prosjektperioden\n\nDersom mål 1 og 2 er nådd, held tilbodet fram. Dersom ingen av måla blir nådde, blir utlånet avslutta.\n" },
    {
      name: "trust15 en: \"staff will recommend ending the pilot early\" under a condition is a stop rule",
      text: "# Cargo bikes\n\n## Pilot goals and measures\n\nFuel use falls by 60% by March 31, 2028.\n\nIf measures 1 and 2 are not met by the end of December 2027, staff will recommend ending the pilot early.\n",
    },
    { name: "trust15 nb: a verb-first threshold, then a passive adjustment (*Gir sensorene mer enn 30 % falske varsler …, justeres terskelverdiene*)", text: "# Fuktvakt\n\n**Hva er prosjektets mål?**\n\nGir sensorene mer enn 30 % falske varsler etter tre måneder, justeres terskelverdiene før prosjektet går videre.\n" },
    { name: "trust15 nb: the options past an aside (*Skalere, justere (andre sensorplasseringer eller terskler) eller avslutte*)", text: "# Gevinstplan\n\n## Videreføring\n\n| Felt | Innhold |\n|---|---|\n| Alternativer | Skalere, justere (andre sensorplasseringer eller terskler) eller avslutte |\n" },
    { name: 'trust14 en: the decision refused is the other branch ("If Committee does not approve roll-out, messaging stops")', text: '# Texts\n\n## 5. Next Steps\n\nIf no access falls to 6% or lower, the report will recommend roll-out. If Committee does not approve roll-out, messaging stops and tenants are told by letter.\n' },
    { name: 'trust14 nb: *Dersom kommunestyret ikke vedtar videreføring* is the other branch', text: '# Pilot\n\n## Videreføring\n\nDersom ventetida går ned med 20 %, anbefaler vi drift. Dersom kommunestyret ikke vedtar videreføring, avsluttes tjenesten 1. mars.\n' },
    { name: "trust14 nb: a threshold, then a passive adjustment (*Dersom S1 er under 60 % …, justeres modulen og opplæringen*) is an adjust criterion", text: "# P\n\n## Suksesskriterier\n\nDersom S1 er under 60 % ved utgangen av juni 2027, justeres modulen og opplæringen.\n" },
    { name: "trust14 nb: a verb-first threshold, then a recommended stop (*Er S1 fortsatt under 60 % i september, anbefales det å avslutte piloten*)", text: "# P\n\n## Suksesskriterier\n\nEr S1 fortsatt under 60 % i september, anbefales det å avslutte piloten.\n" },
    { name: "trust14 en: \"If S1 is still below 60 % in September, we recommend stopping the pilot\" the same in English", text: "# P\n\n## Measures\n\nIf S1 is still below 60 % in September, we recommend stopping the pilot.\n" },
    { name: 'trust12 nn: a verb-first condition and a periphrastic passive (*Blir ingen av dei nådde, blir piloten avslutta*) is a stop rule', text: '# Hamn\n\n## Vegen vidare\n\nDersom S1–S3 er nådde, går løysinga over i drift. Blir berre S3 nådd, blir løysinga justert; blir ingen av dei nådde, blir piloten avslutta.\n' },
    { name: 'trust13 nb: a result with a number not reached, then an adjustment (*Dersom kjørelengden ikke er redusert med minst 10 % …, justerer vi rutelogikken*), is an adjust criterion', text: '# Sensorer\n\n## Mål og måling\n\nDersom kjørelengden ikke er redusert med minst 10 % etter seks måneder, justerer vi rutelogikken før vi fortsetter.\n' },
    { name: 'trust13 en: "If calls have not fallen by 20 % by June, we will change the script" the same in English', text: '# Pilot\n\n## Measures\n\nIf calls have not fallen by 20 % by June, we will change the script.\n' },
    { name: 'trust12 nb: the same in bokmål, *Blir ingen av målene nådd, blir piloten avsluttet*', text: '# Havn\n\n## Veien videre\n\nBlir ingen av målene nådd, blir piloten avsluttet.\n' },
    { name: "trust11 en: \"the pilot board decides whether to adjust (…) or to stop the pilot\" under a condition states the options", text: "# P\n\n## Pilot goals\n\nIf G1 is below 30% at the end of June 2027, the pilot board decides whether to adjust (for example, by running booking clinics for clubs) or to stop the pilot and return the three sites to phone booking.\n" },
    { name: "trust13 en: the options listed as such (\"The options are to roll out, to roll out with higher floor levels, or to stop\")", text: "# P\n\n## Embedding after the partnership\n\nThe Cabinet Member decides. The options are to roll out, to roll out with higher floor levels, or to stop.\n" },
    { name: "trust13 en: \"adjust it (for example by changing the band limits) or stop it\": an aside between the options", text: "# P\n\n## After the pilot\n\nCOG will decide on 14 September 2027 whether to extend it to all 23 stations, adjust it (for example by changing the band limits) or stop it.\n" },
    { name: "trust13 en: a condition opening with a comma (\"If, at 31 March 2028, … is not below 6.5%, the Committee will decide whether to redesign or stop the pilot early\")", text: "# P\n\n## Measures\n\nIf, at 31 March 2028, the failure rate is not below 6.5%, the Committee will decide whether to redesign or stop the pilot early.\n" },
    { name: "trust12 en: \"If M1 is not met, …\" in the exit plan is the branch for a pilot that does not work", text: "# P\n\n## After the project\n\nIf M1 and M2 are met, the model is extended to the registers. If M1 is not met, the checked transcripts are still published.\n" },
    { name: "trust12 nn: *Dersom måla ikkje blir nådde, …* the same in nynorsk", text: "# P\n\n## Etter piloten\n\nDersom måla blir nådde, held vi fram. Dersom måla ikkje blir nådde, går vi tilbake til papir.\n" },
    {
      name: 'trust10 en: a long condition, then "the project board will pause and choose between changing the set-up and stopping the pilot"',
      text:
        '# PID\n\n## 6. Quality\n\nIf fewer than 60% of eligible patients accept a tag by the end of May 2027, or the screen is wrong about a ' +
        "patient's whereabouts more than twice in a month, the project board will pause and choose between changing the set-up and stopping the pilot.\n",
    },
    {
      name: 'trust10 nb: the same options in bokmål, *velge mellom å justere opplegget og å avslutte piloten*',
      text: '# P\n\n## Evaluering\n\nStyringsgruppen skal i mai velge mellom å justere opplegget og å avslutte piloten.\n',
    },
    {
      name: 'trust9 en: a PDSA "Act" step, "adopt, adapt or abandon the change: we abandon it if …", states the options and the rule',
      text: '# PDSA\n\n## Study and act\n\nThe team decides whether to adopt, adapt or abandon the change: we abandon it if missed appointments have not fallen below 15%.\n',
    },
    { name: 'trust9 en: "We abandon the test if replies stay under 20%"', text: '# PDSA\n\n## Measures\n\nWe abandon the test if replies stay under 20%.\n' },
    {
      name: 'trust4: "if online bookings are below 30% it will stop the service"',
      text: '# P\n\n## What happens when the funding ends\n\nThe DMT decides on 10 January 2028; if online bookings are below 30% it will stop the service.\n',
    },
    { name: 'trust4: "We will pause the pilot if complaints rise"', text: '# P\n\n## Next steps\n\nWe will pause the pilot if complaints rise.\n' },
    { name: 'trust4: "continue, amend or close"', text: '# P\n\n## Next steps\n\nCabinet can continue, amend or close the service in June.\n' },
    { name: 'trust4: "Go / no go"', text: '# P\n\n## Next steps\n\nGo / no go decision at the June board.\n' },
    { name: 'trust4: "Should the evaluation be negative, the pilot closes"', text: '# P\n\n## Evaluation\n\nShould the evaluation be negative, the pilot closes.\n' },
    { name: 'trust4: *Vi avslutter piloten dersom* (bokmål)', text: '# P\n\n## Videreføring\n\nVi avslutter piloten dersom færre enn halvparten bruker appen.\n' },
    {
      name: 'trust9 nn: a stop rule in the criteria list, subject first with "eller justerer" and an object: *Vi stoppar eller justerer opplegget dersom*',
      text: '# Sommarskule\n\n## Kva vi vil oppnå\n\n- S1: Færre elevar med karakteren 1: frå 14 % til under 9 %\n- Vi stoppar eller justerer opplegget dersom færre enn 30 elevar melder seg på innan 1. mai 2027\n',
    },
    {
      name: 'trust9: the same in English, adjust first: "We will adjust or stop the clinic sessions if fewer than 20 book"',
      text: '# Clinic\n\n## Success criteria\n\n- We will adjust or stop the clinic sessions if fewer than 20 patients book by May 2027.\n',
    },
    { name: 'trust4: *fortsette, endre eller avslutte* (bokmål)', text: '# P\n\n## Videreføring\n\nAlternativene er å fortsette, endre eller avslutte.\n' },
    {
      name: 'trust4: the exit plan\'s two branches are the options: "If the pilot works, … If it doesn\'t, we\'ll go back to paper"',
      text:
        '# Graves\n\n## What happens next\n\nIf the pilot works, Cabinet will be asked in October 2027 to make it permanent. ' +
        "If it doesn't, we'll go back to the paper registers.\n",
    },
    {
      name: 'trust4: "Should the chat close" beside "If the outcomes are met" (bokmål: "Dersom piloten ikke gir effekt")',
      text:
        '# Chat\n\n## Videreføring\n\nDersom resultatmålene nås, blir chatten fast. Dersom piloten ikke gir effekt, får ungdommene tilbud i skolehelsetjenesten.\n',
    },
    {
      name: 'the deciding body\'s options under a condition: "… will decide whether to narrow the project … or stop it"',
      text: '# Feed\n\n## Measures\n\nIf by the end of Q3 fewer than three organisations use the feed, the Board will decide whether to narrow the project to the alerts or stop it.\n',
    },
    {
      name: '"the project board will pause the pilot" under a condition',
      text: '# Pre-op\n\n## Evaluation\n\nIf fewer than 30% complete the questionnaire by May 2027, the project board will pause the pilot and choose between adjusting it and stopping.\n',
    },
    {
      name: 'nynorsk "justerer styringsgruppa opplegget, eller avsluttar utprøvinga"',
      text: '# Skriving\n\n## Milepælar\n\nViser midtvegsevalueringa at lærarane ikkje sparer tid, justerer styringsgruppa opplegget, eller avsluttar utprøvinga.\n',
    },
    {
      name: 'issue 8: what happens when the targets are missed is a stop rule',
      text: '# Sensors\n\n## What happens next\n\nIf the targets are missed, the supplier removes the sensors and crews keep the fixed thresholds.\n',
    },
    {
      name: 'issue 8: a verb-first condition in nynorsk ("Går ikkje … opp …, stoppar vi piloten")',
      text: '# Leselyst\n\n## Mål\n\nGår ikkje lesetida opp til minst 15 minutt innan november 2027, stoppar vi piloten.\n',
    },
    {
      name: 'issue 8: the pilot as the subject of the stop rule',
      text: '# Routes\n\n## Closure\n\nIf missed bins are still above 100 a week in August 2027, the pilot stops.\n',
    },
    {
      name: 'an unfilled template line is the criteria, still to fill in: placeholder-text reports it, this rule does not',
      text: '# Pilot\n\n## Evaluering\n\n```\nstopp dersom færre enn 10 brukere\n```\n\n- Kriterier for å stoppe/justere: {{…}}\n- Trivsel\n',
    },
    {
      name: 'bokmål condition with a verb-first main clause (justeres piloten / avsluttes den)',
      text:
        '# Digitalt tilsyn\n\n## Suksesskriterier\n\nDersom færre enn 40 % av brukerne takker ja etter tre måneder, justeres piloten; blir ingen av målene nådd, avsluttes den.\n',
    },
    {
      name: 'English "Stop criteria:" line under the success criteria',
      text: '# Pilot\n\n## Success criteria\n\nStop criteria: we stop if fewer than half of the invited patients accept by 2027-05-31.\n',
    },
    {
      name: 'English decision options in the exit plan',
      text: '# Pilot\n\n## Exit plan\n\nAt the decision point the options are to roll out, adjust or stop.\n',
    },
    {
      name: '"we adjust the group or stop"',
      text: '# Pilot\n\n## Evaluation\n\nIf trackers are not worn by more than half of the users after three months, we adjust the group or stop.\n',
    },
    {
      name: 'bokmål "Piloten stoppes dersom" in a numbered section',
      text: '# Pilot\n\n## 4. Måling og evaluering\n\nPiloten stoppes dersom færre enn 5 % av henvendelsene går på video etter fire måneder.\n',
    },
    {
      name: 'nynorsk options in a table row',
      text: '# E-lås\n\n## Vidareføring\n\n| Tidspunkt | Val |\n|---|---|\n| Oktober | vidareføre, justere eller avslutte |\n',
    },
    {
      name: 'catalogue E: an unfilled "Kriterier for å stoppe/justere: {{…}}" line is placeholder-text\'s finding only',
      text: '# Pilot\n\n## Evaluering\n\n- Kriterier for å stoppe/justere: {{…}}\n- Trivsel\n',
    },
    {
      name: 'nynorsk: a condition and a periphrastic passive ("Dersom …, blir piloten stoppa")',
      text: '# Triage\n\n## Mål\n\nDersom delen som er triagerte for lågt aukar i meir enn to månader på rad, blir piloten stoppa og vi går tilbake til papirskjema.\n',
    },
    {
      name: 'bokmål: "hvis …, blir prosjektet avsluttet"',
      text: '# Pilot\n\n## Suksesskriterier\n\nHvis færre enn halvparten bruker løsningen etter tre måneder, blir prosjektet avsluttet.\n',
    },
    {
      name: 'English: "If …, the pilot will be stopped"',
      text: '# Triage\n\n## Success criteria\n\nIf under-triage rises for two months in a row, the pilot will be stopped and nurses go back to paper forms.\n',
    },
      { name: 'lever19: any condition with a stop verb is a stop rule, however worded ("… officers will wind the scheme down")', text: '# Loans\n\n## Evaluation\n\n- Loans per month up from 40 (2026) to 120 by June 2027.\n\nIf fewer than 60 loans a month are made by March 2027, officers will wind the scheme down.\n' },
    { name: 'lever19: the same in bokmål (*… legger styringsgruppen ned tilbudet*)', text: '# Utlån\n\n## Evaluering\n\n- Utlån per måned opp fra 40 (2026) til 120 innen juni 2027.\n\nHvis færre enn 60 lån i måneden er gjort innen mars 2027, legger styringsgruppen ned tilbudet.\n' },
    { name: 'lever21 nb: a verb-first condition with no conjunction (*Har oppmøtet ikke økt …, avslutter vi utprøvingen*) is a stop rule', text: '# Fjernundervisning\n\n## Mål\n\n- Oppmøte opp fra 62 % (2026) til 75 % innen juni 2028.\n\nHar oppmøtet ikke økt med minst 5 prosentpoeng innen juni 2028, avslutter vi utprøvingen.\n', language: 'nb' },
    { name: 'lever21 nn: the same past an aside (*Viser teljarane seg å vere upålitelege, det vil seie …, tilrår vi å avslutte*)', text: '# Teljarar\n\n## Mål\n\n- Data for 95 % av døgna frå juni 2027.\n\nViser teljarane seg å vere upålitelege, det vil seie at dei gir data for færre enn 90 % av døgna, tilrår vi å avslutte piloten.\n', language: 'nb' },
  ],
  invalid: [
    { name: 'trust25 en: of two success sections the finding sits on the one that sets criteria, not on the hopes before it', text: '# Rats\n\n**B3. What difference will the project make?**\n\nWe expect fewer rats in gardens.\n\n**B4. How will you measure success?**\n\n- Rat requests: from 212 in 2026 to no more than 160 by March 2028, from the CRM.\n', errors: [{ line: 7 }], output: '# Rats\n\n**B3. What difference will the project make?**\n\nWe expect fewer rats in gardens.\n\n**B4. How will you measure success?**\n\n- Rat requests: from 212 in 2026 to no more than 160 by March 2028, from the CRM.\n- Stop/adjust criteria: {{…}}\n' },
    { name: 'trust25 en: of two success sections with no figures, the first carries the finding', text: '# Rats\n\n**B3. What difference will the project make?**\n\nWe expect fewer rats in gardens.\n\n**B4. How will you measure success?**\n\nBy asking residents.\n', errors: [{ line: 3 }], output: '# Rats\n\n**B3. What difference will the project make?**\n\nWe expect fewer rats in gardens.\n\nStop/adjust criteria: {{…}}\n\n**B4. How will you measure success?**\n\nBy asking residents.\n' },
    {
      name: 'trust25 nb: a continuation with no stop among the options (*innføre i alle havner eller forlenge*) states no stop',
      text: '# Kai\n\n## Suksesskriterier\n\n- Digitale anløp opp fra 0 % (2026) til 70 % innen 30.09.2027.\n\nRepresentantskapet kan velge å innføre løsningen i alle havner eller å forlenge piloten.\n',
      language: 'nb',
      errors: [{ line: 3, message: 'Mangler kriterier for å stoppe eller justere' }],
      output: '# Kai\n\n## Suksesskriterier\n\n- Digitale anløp opp fra 0 % (2026) til 70 % innen 30.09.2027.\n\nRepresentantskapet kan velge å innføre løsningen i alle havner eller å forlenge piloten.\n\nKriterier for å stoppe/justere: {{…}}\n',
    },
    { name: "trust24 nb: *Hvis piloten stanses, demonteres …* says what follows a stop, not when to stop", text: "# Pumper\n\n## Veien videre\n\nHvis piloten stanses, demonteres mottakerne og brikkene leveres tilbake.\n", language: 'nb', errors: [{ line: 3 }], output: "# Pumper\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n\n## Veien videre\n\nHvis piloten stanses, demonteres mottakerne og brikkene leveres tilbake.\n" },
    { name: "trust24 nn: the label *Stopp:* alone, over a condition with no stop after it, is no stop rule", text: "# Hjartesone\n\n## Mål\n\n- Del elevar som går: frå 54 % til 70 % i veke 24 2027.\n\nStopp: Vert det ei alvorleg hending, ringjer vi politiet.\n", language: 'nb', errors: [{ line: 1 }], output: "# Hjartesone\n\n## Mål\n\n- Del elevar som går: frå 54 % til 70 % i veke 24 2027.\n\nStopp: Vert det ei alvorleg hending, ringjer vi politiet.\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: 'trust23 en: three options with no stop among them are no decision options', text: '# Tool\n\n## After the pilot\n\nThe Cabinet Member will decide whether to extend the tool to all sites, continue at the current scale, or change supplier.\n', errors: [{ line: 3 }], output: '# Tool\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## After the pilot\n\nThe Cabinet Member will decide whether to extend the tool to all sites, continue at the current scale, or change supplier.\n' },
    { name: 'trust22 en: "can stop receiving texts at any time" with no condition is no stop rule', text: '# Canvass\n\n## What happens next\n\nResidents can stop receiving texts at any time by replying STOP.\n', errors: [{ line: 1 }], output: '# Canvass\n\n## What happens next\n\nResidents can stop receiving texts at any time by replying STOP.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n' },
    { name: 'trust20 en: options split by slashes with no stop among them', text: '# Glasses\n\n## After June\n\n- **Options:** roll out to all three venues / keep at Riverside only\n', errors: [{ line: 3 }], output: '# Glasses\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## After June\n\n- **Options:** roll out to all three venues / keep at Riverside only\n' },
    { name: 'trust19 en: recommendations across semicolons with no stop among them are no stop rule', text: "# Tablets\n\n## Exit\n\nThe Head of Service will report to Committee with one of three recommendations: roll out to all sites; extend the pilot for six months; or review again.\n", errors: [{ line: 3 }], output: "# Tablets\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## Exit\n\nThe Head of Service will report to Committee with one of three recommendations: roll out to all sites; extend the pilot for six months; or review again.\n" },
    { name: 'trust19 en: a forum that decides not to meet is no decision refused', text: "# Tablets\n\n## Exit\n\nWe will recommend buying tablets if the targets are met. If Cabinet decides not to meet in March, the report goes to April.\n", errors: [{ line: 3 }], output: "# Tablets\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## Exit\n\nWe will recommend buying tablets if the targets are met. If Cabinet decides not to meet in March, the report goes to April.\n" },
    { name: "trust18 nn: continuation or change as nouns, with no way to stop, are no decision options", text: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringa vil rådmannen tilrå anten vidareføring eller endring.\n", errors: [{ line: 1 }], output: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringa vil rådmannen tilrå anten vidareføring eller endring.\n\n### Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust20 nb: adjusting or extending as the options (*enten å justere opplegget eller å utvide*), with no way to stop, are no decision options", text: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringen anbefaler prosjektgruppen enten å justere opplegget eller å utvide piloten.\n", errors: [{ line: 1 }], output: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringen anbefaler prosjektgruppen enten å justere opplegget eller å utvide piloten.\n\n### Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust19 nn: adjustment or extension as nouns (*justering av fristen eller utviding*), with no way to stop, are no decision options", text: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringa vil rådmannen tilrå justering av fristen eller utviding.\n", errors: [{ line: 1 }], output: "# Skåp\n\n### Mål for prøveordninga\n\n- Tal på utlån skal auke frå 60 i månaden (2025) til 150 innan september 2027.\n\nEtter evalueringa vil rådmannen tilrå justering av fristen eller utviding.\n\n### Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: 'trust18 en: options after a colon with no stop among them are no stop rule', text: "# Numeracy\n\n## Continuation Decision\n\nThe Board will choose between three options: mainstream the courses in all centres, continue in the pilot venues, or extend to libraries.\n", errors: [{ line: 3 }], output: "# Numeracy\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## Continuation Decision\n\nThe Board will choose between three options: mainstream the courses in all centres, continue in the pilot venues, or extend to libraries.\n" },
    { name: "trust22 nn: a labelled list of options with no way to stop (*Alternativ: vidareføre eller utvide*) is none", text: "# Pilot\n\n## Suksesskriterier\n\n- Kjøp ned frå 2,4 mill. kr til 1,8 mill. kr innan 31.12.2027.\n\n## Vegen vidare\n\nAlternativ: vidareføre eller utvide til fleire lager.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Kjøp ned frå 2,4 mill. kr til 1,8 mill. kr innan 31.12.2027.\n- Kriterier for å stoppe/justere: {{…}}\n\n## Vegen vidare\n\nAlternativ: vidareføre eller utvide til fleire lager.\n" },
    { name: "trust16 nb: options with no way to stop (*å videreføre …, eller å utvide*) are no decision options", text: "# Pilot\n\n## Suksesskriterier\n\n- Saltforbruk ned fra 410 tonn til 330 tonn innen 30.04.2027.\n\n## Videreføring\n\nAlternativene som legges fram er å videreføre i dag, eller å utvide til hele veinettet.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Saltforbruk ned fra 410 tonn til 330 tonn innen 30.04.2027.\n- Kriterier for å stoppe/justere: {{…}}\n\n## Videreføring\n\nAlternativene som legges fram er å videreføre i dag, eller å utvide til hele veinettet.\n" },
    { name: "trust17 nb: a lower grade with no adjusting verb (*ved lavere klassetrinn gis opplæringen*), sets no adjust criterion", text: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nVed lavere klassetrinn gis opplæringen i klasserommet.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nVed lavere klassetrinn gis opplæringen i klasserommet.\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "lever21 nb: a verb-first condition that is itself the stop (*Avsluttes piloten, legges ordningen ned …*) says what follows a stop, not when to stop", text: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nAvsluttes piloten, legges ordningen ned og dataene slettes.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nAvsluttes piloten, legges ordningen ned og dataene slettes.\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust17 nb: a verb-first condition without a negation (*Nås målet i mars, avsluttes piloten med en sluttrapport*) is the plan, no stop rule", text: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nNås målet i mars, avsluttes piloten med en sluttrapport.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\nNås målet i mars, avsluttes piloten med en sluttrapport.\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: "trust16 nb: **Stopp** with no condition (*når sesongen er over*) sets no stop rule", text: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\n**Stopp** når sesongen er over.\n", errors: [{ line: 3 }], output: "# Pilot\n\n## Suksesskriterier\n\n- Tømminger ned fra 380 (2025) til 290 innen 31.08.2027.\n\n**Stopp** når sesongen er over.\n\nKriterier for å stoppe/justere: {{…}}\n" },
    { name: 'trust16 en: "If either is late" is no criterion not met, so no other branch', text: "# Laptops\n\n## What happens after the grant period?\n\nIf targets 1 and 2 are met, the service continues at the main library. If either is late, the Board is told.\n", errors: [{ line: 3 }], output: "# Laptops\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## What happens after the grant period?\n\nIf targets 1 and 2 are met, the service continues at the main library. If either is late, the Board is told.\n" },
    {
      name: "trust15 en: staff reporting to the Council under the same condition stop nothing",
      text: "# Cargo bikes\n\n## Pilot goals and measures\n\nFuel use falls by 60% by March 31, 2028.\n\nIf measures 1 and 2 are not met by the end of December 2027, staff will report to the Council.\n",
      errors: [{ line: 1 }],
      output: "# Cargo bikes\n\n## Pilot goals and measures\n\nFuel use falls by 60% by March 31, 2028.\n\nIf measures 1 and 2 are not met by the end of December 2027, staff will report to the Council.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n",
    },
    { name: "trust15 nb: a verb-first condition with no measured result (*Gir leverandøren beskjed om forsinkelse, justeres tidsplanen*) is no criterion", text: "# Fuktvakt\n\n## Tidsplan\n\nGir leverandøren beskjed om forsinkelse, justeres tidsplanen.\n", errors: [{ line: 1 }], output: "# Fuktvakt\n\n## Tidsplan\n\nGir leverandøren beskjed om forsinkelse, justeres tidsplanen.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    { name: 'trust14 en: a committee that does not meet is no decision refused', text: "# Texts\n\n## Next Steps\n\nIf no access falls to 6% or lower, the report will recommend roll-out. If Committee does not meet in November, the report goes to December.\n", errors: [{ line: 3 }], output: "# Texts\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## Next Steps\n\nIf no access falls to 6% or lower, the report will recommend roll-out. If Committee does not meet in November, the report goes to December.\n" },
    { name: "trust14 nb: a passive adjustment after a condition with no measured result (*Dersom leverandøren leverer sent, justeres tidsplanen*) is no criterion", text: "# P\n\n## Tidsplan\n\nDersom leverandøren leverer sent, justeres tidsplanen.\n", errors: [{"line": 1}], output: "# P\n\n## Tidsplan\n\nDersom leverandøren leverer sent, justeres tidsplanen.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    { name: 'trust13 nb: an adjustment after a condition with no result measured (*Dersom leverandøren ikke leverer i tide, justerer vi tidsplanen*) is no criterion', text: '# Sensorer\n\n## Tidsplan\n\nDersom leverandøren ikke leverer i tide, justerer vi tidsplanen.\n', errors: [{ line: 1 }], output: '# Sensorer\n\n## Tidsplan\n\nDersom leverandøren ikke leverer i tide, justerer vi tidsplanen.\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n' },
    { name: 'trust13 en: "If the supplier does not deliver on time, we will change the plan" is no criterion either', text: '# Pilot\n\n## Timeline\n\nIf the supplier does not deliver on time, we will change the plan.\n', errors: [{ line: 1 }], output: '# Pilot\n\n## Timeline\n\nIf the supplier does not deliver on time, we will change the plan.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n' },
    { name: 'trust12 nn: what follows a stop, verb first (*Blir piloten avslutta, blir automaten teken ned*), is no criterion', text: '# Hamn\n\n## Vegen vidare\n\nBlir piloten avslutta, blir automaten teken ned.\n', errors: [{ line: 3 }], output: '# Hamn\n\n## Suksesskriterier\n\n| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n|---|---|---|---|---|---|---|\n| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\n\nKriterier for å stoppe/justere: {{…}}\n\n## Vegen vidare\n\nBlir piloten avslutta, blir automaten teken ned.\n' },
    { name: "trust11 en: \"decides whether to adjust … or to extend\" under a condition names no stop", text: "# P\n\n## Pilot goals\n\nIf G1 is below 30% at the end of June 2027, the pilot board decides whether to adjust the clinics or to extend the pilot.\n", errors: [{line: 1}], output: "# P\n\n## Pilot goals\n\nIf G1 is below 30% at the end of June 2027, the pilot board decides whether to adjust the clinics or to extend the pilot.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    { name: "trust13 en: options that never stop (\"The options are to roll out or to extend the trial\") are no stop rule", text: "# P\n\n## After the project\n\nThe options are to roll out or to extend the trial.\n", errors: [{line: 3}], output: "# P\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## After the project\n\nThe options are to roll out or to extend the trial.\n" },
    { name: "trust12 en: a criterion met is no branch for a pilot that does not work", text: "# P\n\n## After the project\n\nIf M1 and M2 are met, the model is extended to the registers.\n", errors: [{line: 3}], output: "# P\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n## After the project\n\nIf M1 and M2 are met, the model is extended to the registers.\n" },
    {
      name: 'trust10 en: choosing between two suppliers is no stop option',
      text: '# Pilot\n\n## Success criteria\n\n- The board will choose between Acme and Globex by June 2027.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Success criteria\n\n- The board will choose between Acme and Globex by June 2027.\n- Stop/adjust criteria: {{…}}\n',
    },
    {
      name: 'trust9 en: abandoning something else ("we abandon paper forms") is no stop rule',
      text: '# Pilot\n\n## Success criteria\n\n- We abandon paper forms by June 2027.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Success criteria\n\n- We abandon paper forms by June 2027.\n- Stop/adjust criteria: {{…}}\n',
    },
    {
      name: 'a passive that is no stop: "Dersom …, blir tilbudet gjort fast" (bokmål)',
      text: '# Pilot\n\n## Suksesskriterier\n\n- Dersom målene nås, blir tilbudet gjort fast.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Suksesskriterier\n\n- Dersom målene nås, blir tilbudet gjort fast.\n- Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'trust9: a stop verb with no condition sets no stop rule (*Prosjektet avsluttes med en rapport om resultatene*)',
      text: '# Pilot\n\n## Suksesskriterier\n\n- Prosjektet avsluttes med en rapport om resultatene.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Suksesskriterier\n\n- Prosjektet avsluttes med en rapport om resultatene.\n- Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'trust4: a branch for a pilot that works, with no other branch, states no options',
      text: '# Graves\n\n## What happens next\n\nIf the pilot works, Cabinet will be asked in October 2027 to make it permanent.\n',
      errors: [{ line: 3 }],
      output:
        '# Graves\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n\n' +
        '## What happens next\n\nIf the pilot works, Cabinet will be asked in October 2027 to make it permanent.\n',
    },
    {
      name: '"and end users" after a condition is no stop option',
      text: '# Pilot\n\n## Success criteria\n\n- If the pilot goes well, staff and end users get the app on their phones.\n',
      errors: [{ line: 3 }],
      output: '# Pilot\n\n## Success criteria\n\n- If the pilot goes well, staff and end users get the app on their phones.\n- Stop/adjust criteria: {{…}}\n',
    },
    {
      name: 'the T7 line continues a trailing list (nynorsk)',
      text: '# E-lås\n\n## Suksesskriterium\n\n- Tid brukt på nøklar per vakt\n- Avvik om nøklar per år\n',
      errors: [{ line: 3 }],
      output: '# E-lås\n\n## Suksesskriterium\n\n- Tid brukt på nøklar per vakt\n- Avvik om nøklar per år\n- Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'English: a continuation trigger and what happens if stopped are not stop criteria; the T7 line is appended',
      text:
        '# Pilot\n\n## Success criteria\n\n| Metric | Target |\n|---|---|\n| Falls | -30 % |\n\n## Exit plan\n\n' +
        'If the criteria are met we scale. If the pilot is stopped, the sensors are removed.\n',
      errors: [{ line: 3, severity: 'info', message: 'No stop or adjust criteria' }],
      output:
        '# Pilot\n\n## Success criteria\n\n| Metric | Target |\n|---|---|\n| Falls | -30 % |\n\n' +
        'Stop/adjust criteria: {{…}}\n\n## Exit plan\n\n' +
        'If the criteria are met we scale. If the pilot is stopped, the sensors are removed.\n',
    },
    {
      name: 'bokmål with CRLF and no success section: on the exit heading, T7 inserted; "Hvis piloten stoppes, slettes" is no criterion',
      text:
        '# Skrivehjelp\r\n\r\n## Veien videre\r\n\r\nDersom tidsbruken går ned med 30 %, anbefaler rektor videreføring. ' +
        'Hvis piloten stoppes, slettes alle elevtekster.\r\n',
      errors: [{ line: 3, message: 'Mangler kriterier for å stoppe eller justere' }],
      output:
        '# Skrivehjelp\r\n\r\n' +
        '## Suksesskriterier\r\n\r\n' +
        '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\r\n' +
        '|---|---|---|---|---|---|---|\r\n' +
        '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |\r\n\r\n' +
        'Kriterier for å stoppe/justere: {{…}}\r\n\r\n' +
        '## Veien videre\r\n\r\nDersom tidsbruken går ned med 30 %, anbefaler rektor videreføring. ' +
        'Hvis piloten stoppes, slettes alle elevtekster.\r\n',
    },
    {
      name: 'a stop criterion only in code does not count (bokmål)',
      text: '# Pilot\n\n## Evaluering\n\n```\nstopp dersom færre enn 10 brukere\n```\n\n- Trivsel\n',
      language: 'nb',
      errors: [{ line: 3, message: 'Mangler kriterier for å stoppe eller justere' }],
      output: '# Pilot\n\n## Evaluering\n\n```\nstopp dersom færre enn 10 brukere\n```\n\n- Trivsel\n- Kriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'a configured success heading carries the finding and the stop line',
      text: '# Pilot\n\n## Measuring impact\n\nFewer falls per month.\n',
      headings: { success: ['Measuring impact'] },
      errors: [{ line: 3, message: 'No stop or adjust criteria' }],
      output: '# Pilot\n\n## Measuring impact\n\nFewer falls per month.\n\nStop/adjust criteria: {{…}}\n',
    },
    {
      name: 'lever19: a condition that is itself the stop ("If the scheme is stopped, …") says what follows, not when',
      text: '# Loans\n\n## Evaluation\n\n- Loans per month up from 40 (2026) to 120 by June 2027.\n\nIf the scheme is stopped, the devices are collected and wiped.\n',
      errors: [{ line: 3, message: 'No stop or adjust criteria' }],
      output: '# Loans\n\n## Evaluation\n\n- Loans per month up from 40 (2026) to 120 by June 2027.\n\nIf the scheme is stopped, the devices are collected and wiped.\n\nStop/adjust criteria: {{…}}\n',
    },
    {
      name: 'lever19: *om* as "whether" beside the project\'s end in time (*når prosjektet er avslutta*) is no stop rule (nynorsk)',
      text: '# Rettleiar\n\n## Evaluering\n\n- Talet på ufullstendige søknader ned frå 40 % (2026) til 20 % innan juni 2027.\n\nOm rettleiaren skal nyttast vidare, blir vurdert når prosjektet er avslutta.\n',
      language: 'nb',
      errors: [{ line: 3, message: 'Mangler kriterier for å stoppe eller justere' }],
      output: '# Rettleiar\n\n## Evaluering\n\n- Talet på ufullstendige søknader ned frå 40 % (2026) til 20 % innan juni 2027.\n\nOm rettleiaren skal nyttast vidare, blir vurdert når prosjektet er avslutta.\n\nKriterier for å stoppe/justere: {{…}}\n',
    },
    {
      name: 'lever21 nn: a verb-first condition that reaches the goal (*Nåast måla i juni 2027, avsluttar vi utprøvinga med ein sluttrapport*) ends the pilot as planned, no stop rule',
      text: '# Rettleiar\n\n## Evaluering\n\n- Talet på ufullstendige søknader ned frå 40 % (2026) til 20 % innan juni 2027.\n\nNåast måla i juni 2027, avsluttar vi utprøvinga med ein sluttrapport.\n',
      language: 'nb',
      errors: [{ line: 3, message: 'Mangler kriterier for å stoppe eller justere' }],
      output: '# Rettleiar\n\n## Evaluering\n\n- Talet på ufullstendige søknader ned frå 40 % (2026) til 20 % innan juni 2027.\n\nNåast måla i juni 2027, avsluttar vi utprøvinga med ein sluttrapport.\n\nKriterier for å stoppe/justere: {{…}}\n',
    },
  ],
};

testRule(rule, cases);
