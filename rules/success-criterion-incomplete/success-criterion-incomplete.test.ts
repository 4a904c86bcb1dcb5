// success-criterion-incomplete: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const STRONG_EN = `# Medicine dispensers

## 4. Success criteria

The criteria below decide the continuation decision in October 2027.

| ID | Metric | Baseline (value, date) | Target | By | Data source | Owner |
|---|---|---|---|---|---|---|
| S1 | Medication-only visits per month, pilot districts | 2,310 (average Jan-Jun 2026) | 1,400 (−40 %) | 2027-09-30 | Gerica activity report | Head of Home Care |
| S2 | Medication deviations per month, pilot districts | 5.8 (2025 average) | ≤ 3.0 | 2027-09-30 | Deviation register | Team leader |
| S3 | Staff hours freed per week | 0 (2026-06-30) | ≥ 60 hours per week | 2027-09-30 | Roster data (Visma) | Head of Home Care |

**Stop and adjust criteria.** We stop the pilot early if there are two serious medication incidents, or if fewer
than 40 % of eligible users accept a dispenser by 2027-05-31.
`;

const NB_TABLE = `# Digitalt tilsyn

## 4 Suksesskriterier

Alle tall hentes fra Gerica og avvikssystemet.

| Nr | Indikator | Nullpunkt (dato) | Mål (innen 2027-09-30) |
|---|---|---|---|
| K1 | Fall om natten per måned | 9 (snitt 2026) | ≤ 5 |
| K2 | Nattlige tilsynsrunder per natt | 6 (januar 2026) | 2 |
`;

const NESTED_EN = `# Chatbot

## Evaluation

### KPIs

- **K1 Calls about building permits**
  - Baseline: 1,150 per month (2026 average)
  - Target: at most 800 per month by 2027-06-30
  - Source: telephony statistics
- **K2 Share of questions answered without hand-over to staff:** target at least 60 % by 2027-06-30, from 0 % today, measured in the chatbot log data.

### Method

- Interviews with 10 advisers in March 2027.
- An external researcher writes the evaluation report.
`;

const SEVEN = `# Pilot

## Success criteria

All criteria are measured in the EHR at the end of the pilot, against the 2026 baseline.

- Reduce falls by 30 %
- Reduce readmissions by 10 %
- Reduce night rounds by 50 %
- Reduce sick leave by 1 percentage point, to 7 %
- Increase the share of residents sleeping through the night to 60 %
- Reduce call-outs by 20 %
- Reduce use of temporary staff by 15 %
`;

const cases: RuleCases = {
  valid: [
    { name: "trust24 nn: an *Utgangsnivå* column holds the baseline, a bare date in its brackets too", text: "# Læreplass\n\n## Mål\n\n| Indikator | Utgangsnivå | Mål | Innan | Datakjelde |\n|---|---|---|---|---|\n| Del søkjarar med læreplass | 71 % (1.10.2025) | 76 % | 1.10.2027 | Formidlingsrapporten |\n", language: 'nb' },
    { name: "trust24 nn: the target's survey dated by week (*til 70 % i ny undersøking veke 24 2027*) times it", text: "# Hjartesone\n\n## Mål\n\n- Del elevar som går eller syklar: frå 54 % (reisevaneundersøking hausten 2026) til 70 % i ny undersøking veke 24 2027.\n", language: 'nb' },
    { name: "trust24 nn: a fall to none (*frå 2 (2026) til ingen i pilotperioden*) is the target", text: "# Hjartesone\n\n## Mål\n\n- Meldte nestenulykker ved snuplassen: frå 2 (2026) til ingen i pilotperioden, henta frå skulen sitt avvikssystem.\n", language: 'nb' },
    {
      name: 'trust23 nn: a criteria heading that names the period (*Mål for vinteren 2027/28*) times the table beneath',
      text: '# Tak\n\n## Mål for vinteren 2027/28\n\n| Indikator | I dag (vinteren 2025/26) | Mål | Kjelde |\n|---|---|---|---|\n| Måkeoppdrag | 17 | 9 | Fakturaer |\n| Kostnad til måking | 540 000 kr | 300 000 kr | Rekneskapen |\n',
    },
    { name: 'trust21 en: what was done in a past year ("In 2025/26 we made 140 referrals") is the baseline, and "We aim for 200" the target', text: '# Youth work\n\n## Success criteria\n\n- **More young people linked to help.** In 2025/26 we made 140 referrals to other services (paper referral log). We aim for 200 in the pilot year, February 2027 to January 2028, counted from the app\'s referral report.\n' },
    { name: 'trust21 nb: *I 2025 mottok vi 140 …* and *Vi sikter mot 200* the same', text: '# Ungdom\n\n## Mål\n\n- **Flere unge får hjelp.** I 2025 mottok vi 140 henvisninger (henvisningsloggen). Vi sikter mot 200 innen januar 2028, telt i appens rapport.\n' },
    { name: 'trust20 en: the figure an arrow points to is the target ("420 in 2025/26 → 600 in 2027/28")', text: '# Glasses\n\n## How we\'ll know it worked\n\n- **S2** Access-scheme bookings citing hearing loss: 420 in 2025/26 → 600 in 2027/28 (box-office report)\n' },
    { name: 'trust20 en: a target with a hedge or a currency ("to about 30", "below £31,000") and a level counted "during the trial months"', text: '# Grease\n\n## Objectives\n\n- O2: Reduce reactive visits from 58 in 2025/26 (case records) to about 30 by October 2027.\n- O3: Clearance costs fall from £41,200 in 2025/26 to an annualised rate below £31,000 by the end of the trial, data from the finance system.\n- O4: Incidents at the sites during the trial months fall by at least 25% compared with the same months of 2025, when there were 161 (Flycapture return).\n' },
    { name: 'trust20 en: a numbered paragraph beside a table under an evaluation heading introduces the measures and is no criterion', text: '# Bins\n\n## 9. How the pilot will be evaluated\n\n9.1 The pilot will be judged against the following measures for the period 1 April to 30 September 2027:\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n| Overflowing bins | 312 (2025/26) | 150 a year | 31 Mar 2028 | Contact system |\n\n9.2 For comparison, the other locality reported 10.6% in the same year.\n' },
    { name: "trust20 nb: a survey's past answer is the baseline (*I brukerundersøkelsen 2025 svarte 64 %*) and the survey dated after the target the time frame (*Målet er minst 80 % i undersøkelsen høsten 2027*)", text: "# Søknad\n\n## Mål\n\n- I brukerundersøkelsen 2025 svarte 64 % av lånerne at de var fornøyd med tilgangen til bøker. Målet er minst 80 % i undersøkelsen høsten 2027.\n" },
    { name: "trust21 nn: the meters and a count (*ut frå straummålarane og fiskarlaget si oppteljing*) are the source", text: "# Hamn\n\n## Suksesskriterium\n\n- Dieselforbruket skal ned frå om lag 180 000 liter (2025) til under 100 000 liter, målt 30. september 2027 ut frå straummålarane og fiskarlaget si oppteljing.\n" },
    { name: "trust22 nb: interviews that are the measure itself still give the criteria their source", text: "# Skole\n\n## Suksesskriterier\n\n- Andelen elever som trives skal øke fra 56 % (2025/26) til minst 80 % innen juni 2028.\n\nTallene hentes fra intervju med alle elevene i juni.\n" },
    { name: "trust22 nb: a level counted in the pilot period (*til under 220 i pilotperioden 2027*) has its time frame", text: "# Soner\n\n## Effektmål\n\n- Antall henvendelser skal ned fra 412 (2025) til under 220 i pilotperioden 2027, målt i meldesystemet.\n" },
    { name: "trust22 nb: a vague rise with its target figure after a scale (*fra 2,9 på skala 1–5 til minst 3,5*) is not vague", text: "# Skole\n\n## Mål\n\n- Opplevd tilhørighet skal øke betydelig, fra 2,9 (snitt på skala 1–5, Elevundersøkelsen 2026) til minst 3,5 innen juni 2028.\n" },
    { name: "trust21 nn: *monaleg* with its target figure after it (*monaleg ned, frå 23 i 2026 til under 10 innan …*) is not vague", text: "# Hamn\n\n## Suksesskriterium\n\n- Talet på klager skal gå monaleg ned, frå 23 i 2026 til under 10 innan 30. september 2027 (klageregisteret).\n" },
    { name: "trust20 nn: *betydeleg* with its number after it (*skal ned betydeleg, frå 14 i 2025 til 6 innan …*) is not vague", text: "# Leikeplassar\n\n## Mål og suksesskriterium\n\n1. Meldte personskadar skal ned betydeleg, frå 14 i 2025 til 6 innan 30. september 2027 (kjelde: skademeldingar).\n" },
    { name: 'lever19 en: the liberal source backstop reads figures "counted by crews" and a record in a bracket ("(weekly repairs log)")', text: '# Bins\n\n## Success criteria\n\n- Missed collections: under 5 per 1,000 by 31 August 2027, from 12 per 1,000 in 2026, counted by crews on the in-cab tablets.\n- Repeat repairs: from 30 a month in 2026 to under 15 a month by March 2028 (weekly repairs log).\n' },
    { name: 'lever19 nn: the liberal source backstop reads *sjekka mot timebøkene* and a record after a preposition (*i den månadlege utlånsloggen*)', text: '# Tolk\n\n## Suksesskriterium\n\n- Ventetida skal ned frå 6 til under 2 dagar innan 31.12.2027, sjekka mot timebøkene.\n- Utlåna skal auke frå 60 i månaden i 2025 til 150 i månaden innan september 2027, slik dei står i den månadlege utlånsloggen.\n' },
    { name: 'lever19 en: the liberal baseline backstop reads a figure compared against ("against 24% in last winter\'s log") and one in the past tense ("was about 6 days")', text: '# Calls\n\n## Success criteria\n\n- Repeat calls: under 10% of calls by June 2027, against 24% in last winter\'s call log.\n- Wait for an interpreter: under 2 days by 31 December 2027; the wait was about 6 days when we counted in spring (booking system).\n' },
    { name: 'lever19 nb: the liberal baseline backstop reads *sammenlignet med 6 dager* and a figure beside a past year before the deadline\'s', text: '# Tolk\n\n## Suksesskriterier\n\n- Ventetiden på tolk skal ned til under 2 dager innen 31.12.2027, sammenlignet med 6 dager i snitt da vi telte i vår (fagsystemet).\n- Bestillinger av tolk på video: 35 per måned sommeren 2025 (fagsystemet), skal opp til minst 80 per måned innen 31.12.2027.\n' },
    { name: 'trust19 en: figures "checked against locksmith invoices" name their source', text: '# Safes\n\n## Measures of success\n\n- Lost key sets: 23 in 2026/27 down to 10 by the end of January 2028, checked against locksmith invoices.\n' },
    { name: 'trust19 en: the first figure after a measure\'s label, dated by a bracket or a period, is the baseline', text: '# Safes\n\n## Measures of success\n\n- Average void period: 31 days (2026/27 average, housing system) down to 26 days by the end of January 2028.\n- Wasted trips: 138 a month (job logs, 2026/27) halved by the end of January 2028, from the same logs.\n- Lost key sets: 23 in 2026/27 (locksmith records) down to 10 by the end of January 2028, from the same records.\n' },
    { name: 'trust19 nb: the same in bokmål, *Liggetid: 31 dager (snitt 2026, fagsystemet) ned til 26*', text: '# Nøkler\n\n## Suksesskriterier\n\n- Liggetid: 31 dager (snitt 2026, fagsystemet) ned til 26 dager innen 31.01.2028.\n' },
    { name: "trust19 nb: a spot check of the records (*stikkprøve*) is where the figures come from", text: "# Mandat\n\n## Effektmål\n\n- E3: Andelen e-post med feil arkivkode skal ned fra 11 prosent (stikkprøve november 2026) til under 5 prosent innen 31. august 2027.\n" },
    { name: "trust19 nb: a dated statement that speaks of the goals (*Alle effektmål måles innen …*) times them from another subsection", text: "# Mandat\n\n## 2 Mål og rammer\n\n### 2.1 Effektmål\n\n- E1: Andelen feil arkivkode skal ned fra 11 prosent (november 2026) til under 5 prosent, ifølge Elements.\n\n### 2.2 Resultatmål\n\n- Integrasjonen er satt i produksjon.\n\nAlle effektmål måles innen 31. desember 2027.\n" },
    { name: "trust19 nn: the measurement dated by season outside brackets (*målt med ei spørjeundersøking hausten 2027*) gives the time frame", text: "# Søknad\n\n## Korleis skal måloppnåing målast?\n\n- Trivselen blant vikarane skal auke frå 3,2 (2025) til 4,0, målt med ei spørjeundersøking hausten 2027.\n" },
    { name: "rest18nb: every one of a counted group (*Alle 18 lærerne*, \"All 12 care homes\") states the target", text: "# Søknad\n\n## Mål\n\n- Alle 18 lærerne har fullført kursrekken innen 1. desember 2027. I dag har ingen av dem kurset. Kilde: deltakerlister fra PP-tjenesten.\n- Ventetiden skal ned fra 20 uker (januar 2026) til 12 uker innen februar 2028, målt i fagsystemet.\n" },
    { name: "rest18nb: 'All 12 care homes' states the target in English", text: "# Bid\n\n## Success criteria\n\n- All 12 care homes use the app by 1 March 2027, against none in 2026, from the booking system.\n" },
    { name: "rest18nb: a form's question *Hva er målene for prosjektet?* is a goal heading whose complete items pass", text: "# Søknad\n\n## 3. Hva er målene for prosjektet?\n\n- Ventetiden skal ned fra 20 uker (januar 2026) til 12 uker innen februar 2028, målt i fagsystemet.\n" },
    { name: "rest18nb: a from-to with the deadline between still has its baseline", text: "# Søknad\n\n## Suksesskriterier\n\n- Ventetiden skal ned fra 20 uker i 2026 til 12 uker innen februar 2028, målt i fagsystemet.\n" },
    { name: "trust18 nb: a statement that all targets are due *innen 2027*, the pilot's year, times every criterion", text: "# Søknad\n\nSøker: Midtdal brann og redning IKS\nProsjektperiode: 1. februar 2027 – 31. desember 2027\n\n**4. Hvordan vil dere måle om prosjektet lykkes?**\n\n- Kjørte kilometer til tilsyn skal ned fra 61 000 km (2025) med minst 25 %, målt i kjøreboken.\n\nAlle målene skal være nådd innen 2027.\n" },
    { name: "trust18 nb: a level that *var* so in a past year is the baseline, and *ifølge* a named system the source", text: "# Søknad\n\n**4. Hvordan vil dere måle om prosjektet lykkes?**\n\n- Andelen avlyste timer, som var 18 % i 2025 ifølge Komtek, skal ned til under 10 % innen september 2027.\n" },
    { name: "trust18 nn: a level set off by commas before *skal*, credited to a compound register, is the baseline and the source", text: "# Sak\n\n### Mål for prøveordninga\n\n- Delen utlån til eldre, 22 % i 2025 ifølgje utlånsregisteret, skal auke til minst 35 % innan september 2027.\n- Tal på utlån skal auke frå om lag 60 i månaden (snitt 2025, utlånsregisteret) til 150 i månaden innan september 2027.\n" },
    { name: "trust18: 'according to' a plan names no source, but 'according to the Housing Register' does", text: "# Repairs\n\n## Success criteria\n\n- Repairs completed first time rise from 61 % in 2025 to 75 % by June 2027, according to the Housing Register.\n" },
    { name: 'trust18 en: a rider with its own number (", with a significant share (at least 40%) from …") is no vague word', text: '# Trees\n\n## Outcomes and targets\n\n- Volunteers to grow from 35 today to 150 by September 2027 (volunteer register), with a significant share (at least 40%) from the most deprived wards.\n' },
    { name: 'trust18 en: "reduced significantly, from 12 to 8 a month" puts the number after the comma, not in a rider', text: '# Trees\n\n## Outcomes and targets\n\n- Falls reduced significantly, from 12 to 8 a month by June 2027 (incident log).\n' },
    { name: "resid17 en: \"rise significantly, from 420 in 2026 to 600 by …\" has its number after the vague word", text: "# Events\n\n## Success criteria\n\n1. Attendance at events will rise significantly, from 420 in 2026 to 600 by 30 April 2028 (booking system).\n" },
    { name: "resid17 nb: *skal øke betydelig, fra 420 i 2026 til 600 innen …* the same", text: "# Arrangement\n\n## Suksesskriterium\n\n1. Besøket på arrangementene skal øke betydelig, fra 420 i 2026 til 600 innen 30. april 2028 (kilde: booking).\n" },
    { name: "trust17 nb: a past year's level named as such (*fra 2026-nivået på 312*) is the baseline", text: "# Sengebelegg\n\n## Måleindikatorer\n\n1. Antall utlokaliserte pasienter skal reduseres med 25 prosent fra 2026-nivået på 312 innen 30. september 2027, målt i DIPS.\n" },
    { name: "trust17 nn: a level held *gjennom heile pilotperioden* ends with the pilot: its time frame", text: "# Søknad\n\n## Suksesskriterium\n\n- Delmål 3: Minst 90 prosent av sensorane skal levere data kvar veke gjennom heile pilotperioden, målt i dataplattforma (utgangspunkt 0, ny måling).\n" },
    { name: "trust16 nn: the date from which the target level holds (*til 105 timar i veka frå 1. mars 2027*) is its time frame", text: "# Søknad\n\n## Suksesskriterium\n\n- Opningstida aukar frå 12 timar (2026) til 105 timar i veka frå 1. mars 2027, henta frå biblioteksystemet.\n" },
    { name: "trust16 nn: *Fleire unge …* with its figures under a form's question is a complete criterion", text: "# Søknad\n\n**4. Korleis vil de måle om prosjektet lukkast?**\n\n- Utlånet aukar frå 6 100 (2025) til minst 7 300 innan utgangen av 2027, målt i Bibliotekstatistikken.\n- Fleire unge brukar biblioteket: frå 40 (2025) til 80 besøk i veka innan utgangen av 2027, henta frå besøksteljaren.\n" },
    { name: "trust16 nb: what a past year had or cost is the baseline, and *i pilotåret* the time frame", text: "# Fukt\n\n## Hva vil vi oppnå?\n\n- Lavere kostnader: i 2025 kostet skadene i pilotboligene 860 000 kr. Målet er under 500 000 kr i pilotåret, målt i regnskapet.\n- Færre skader: i 2025 hadde boligene 11 skader. Målet er under 6 i pilotåret, målt i skaderegisteret.\n" },
    { name: "trust16 nn: figures *henta frå* a named system have their source", text: "# Søknad\n\n## Suksesskriterier\n\n- Utlånet aukar frå 6 100 (2025) til minst 7 300 innan utgangen av 2027, henta frå biblioteksystemet.\n" },
    { name: 'trust16 en: "from 7% in the 2024 hotspot lending" is a baseline; "tracked in Polaris" and "counted … on the in-cab system" name sources', text: "# Laptops\n\n## Evaluation\n\n1. Lost or damaged kits fall below 3% of loans by June 30, 2028, from 7% in the 2024 hotspot lending, tracked in Polaris.\n2. At least 20% of households put out a bag by 31 August 2027, from 0 in 2026, counted by crews on the in-cab system.\n" },
    { name: 'trust16 en: a "Fall 2026" column holds the baselines', text: "# Routes\n\n## Success criteria\n\n| Measure | Fall 2026 | Target | By | Source |\n|---|---|---|---|---|\n| On-time arrival | 86% | 95% | May 31, 2027 | GPS fleet logs |\n" },
    { name: 'trust16 nb: a *Høsten 2026* column holds the baselines', text: "# Ruter\n\n## Suksesskriterier\n\n| Mål | Høsten 2026 | Mål | Innen | Kilde |\n|---|---|---|---|---|\n| Presise avganger | 86 % | 95 % | 31.05.2027 | GPS-logg |\n" },
    {
      name: "trust15 en: a target with a figure (\"4 of 5 or more\") is a target",
      text: "# Cargo bikes\n\n## Pilot goals and measures\n\n| # | Measure | Baseline | Target | Measured by | Source |\n|---|---|---|---|---|---|\n| 1 | Crew satisfaction with the bikes | 3.1 of 5 (Jan 2027) | 4 of 5 or more | March 31, 2028 | Crew survey |\n",
    },
    { name: "trust15 nb: *Hva er prosjektets målgruppe?* sets no goals, so its list holds no criteria", text: "# Fuktvakt\n\n**Hva er prosjektets målgruppe?**\n\n1. Leietakere i 40 boliger, fra 18 til 90 år.\n2. Bedre bomiljø for leietakerne.\n" },
    { name: "trust14 nn: *Minst 4,5 av 5* is a target", text: "# P\n\n## Gevinstar, indikatorar og nullpunkt\n\n| ID | Gevinst | Indikator | Nullpunkt | Mål | Måletidspunkt | Kjelde | Ansvarleg |\n|---|---|---|---|---|---|---|---|\n| G1 | Spart tid | Timar brukt på klipping og trimming på pilotgravplassane | 1 020 timar (sesongen 2026) | under 500 timar | 30. september 2027 | Timelister | Gravplassleiar |\n| G3 | Betre kvalitet på gravplassen | Besøkande si oppleving av gravplassen | 4,1 av 5 (2026) | Minst 4,5 av 5 | 30. september 2027 | Spørjeskjema ved inngangane | Gravplassleiar |\n" },
    { name: "trust14 nn: *til høgst 2 arbeidsdagar* is a target (nynorsk *høgst*)", text: "# P\n\n## Mål for prøveperioden\n\n- Tida frå møte til publisert møtebok skal ned frå 6,5 arbeidsdagar (snitt 2025) til høgst 2 arbeidsdagar innan 30. september 2027 (kjelde: møteportalen).\n" },
    { name: "trust14 nn: *frå dagens 3,1 rettingar* is a baseline without a \"to\"", text: "# P\n\n## Mål for prøveperioden\n\n- Talet på rettingar skal ned frå dagens 3,1 rettingar per møtebok til høgst 1 innan 30. september 2027, målt i møteportalen.\n" },
    {
      name: 'trust14 en: a lead-in "judged against the following measures for the period 1 April to 30 September 2027" dates the table under it',
      text:
        '# Texts\n\n## Measuring success\n\nThe pilot will be judged against the following measures for the period 1 April to 30 September 2027:\n\n' +
        '| Measure | Baseline (2025/26) | Target | Source |\n|---|---|---|---|\n' +
        '| First appointments with no access | 11.4% | 6% or lower | Housing system |\n',
    },
    {
      name: 'trust18 en: "All targets are measured at the end of August 2027" (or *måles innen 30. juni 2027*) dates the table under it',
      text:
        '# Badges\n\n## Measuring success\n\nAll targets are measured at the end of August 2027.\n\n' +
        '| Measure | Baseline | Target | Source |\n|---|---|---|---|\n' +
        '| Complaints per year | 212 (2025/26) | 100 | Complaints log |\n\n' +
        '## Suksesskriterier\n\nAlle mål måles innen 30. juni 2027.\n\n' +
        '| Indikator | Nullpunkt | Mål | Kilde |\n|---|---|---|---|\n' +
        '| Klager per år | 212 (2025) | 100 | Klageloggen |\n',
    },
    {
      name: 'round 9 en: a deferred baseline beside a value ("to be confirmed; 31% in 2025/26") has one',
      text: '# Visits\n\n## 5. Evaluation\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n| Visits to high-risk homes | to be confirmed; 31% of visits (2025/26) | 60% | 31 August 2027 | Prevention records |\n',
    },
    { name: "trust12 en: \"Data source for S1–S3: the finance ledger\" covers the range it names", options: {elements: ["source"]}, text: "# Valuation\n\n## Success criteria\n\n| Ref | Measure | Today | Target | By |\n|---|---|---|---|---|\n| S1 | Cost per valuation | £37 (2019) | under £15 | 30.09.2027 |\n| S2 | Minutes per valuation | 95 (2019) | under 30 | 30.09.2027 |\n| S3 | Appeals | 468 (2020) | under 200 | 31.12.2027 |\n\nData source for S1–S3: the finance ledger and timesheets.\n" },
    { name: "trust12 nb: *til under 15 i samme periode 2027* dates the target by the baseline's period a year on", text: "# Dispensere\n\n## Suksesskriterier\n\n- M2: Avvik om feil medisinering skal ned fra 32 i perioden mars–september 2025 til under 15 i samme periode 2027. Kilde: Compilo.\n" },
    { name: "trust12 en: \"to under 15 in the same period of 2027\" the same", text: "# Dispensers\n\n## Success criteria\n\n- M2: Missed-dose incidents fall from 32 in March–September 2025 to under 15 in the same period of 2027 (source: incident log).\n" },
    { name: "trust11 en: a \"Starting point\" column is the baseline and \"How we will measure it\" the source", text: "# Laptops\n\n## How will you know you've made a difference?\n\n| Ref | What we will measure | Starting point | Target by 31 December 2027 | How we will measure it |\n|---|---|---|---|---|\n| D1 | Laptop loans issued | 0 (new scheme, Oct 2026) | 150 | Library management system |\n" },
    { name: "trust11 nb: *Hvordan vi måler det* is the source column in bokmål", text: "# Lån\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt (okt. 2026) | Mål innen 31.12.2027 | Hvordan vi måler det |\n|---|---|---|---|\n| Utlån av PC-er | 0 | 150 | Bibliotekssystemet |\n" },
    { name: "trust12 en: \"from 21% with the generic model (test of October 2026)\" is a baseline dated by its bracket", text: "# Archives\n\n### Measures of success\n\n- M1: character error rate falls from 21% with the generic model (test of October 2026) to below 8% by 31 December 2027, measured with the evaluation script.\n" },
    { name: "trust12 nb: *fra 21 % med dagens modell (test i oktober 2026)* the same in bokmål", text: "# Arkiv\n\n## Suksesskriterier\n\n- M1: feilraten går ned fra 21 % med dagens modell (test i oktober 2026) til under 8 % innen 31.12.2027, målt med evalueringsskriptet.\n" },
    { name: "trust12 en: a dated By cell beside an ongoing row still times its own row", text: "# Sensors\n\n## Investment objectives\n\n| ID | Measure | Baseline (2025/26) | Target | By | Source |\n|---|---|---|---|---|---|\n| IO3 | Median response time | 2 h 40 min | under 1 hour | 31 March 2028 | Duty log |\n" },
    { name: "trust11 en: \"Target at week 12\" times every row, as a dated header does", text: "# Potholes\n\n## Measuring success\n\n| Measure | Now (2025/26) | Target at week 12 | Source |\n|---|---|---|---|\n| Days from first report to repair | 9.4 days | 6 days | Confirm |\n" },
    { name: "trust11 nb: *Mål innen uke 12* the same in bokmål", text: "# Hull\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt (2025) | Mål innen uke 12 | Kilde |\n|---|---|---|---|\n| Dager fra melding til reparasjon | 9,4 dager | 6 dager | Confirm |\n" },
    {
      name: 'trust11 nn: a report by its kind is a source ("(innsatsrapportane)", *avviksrapporten*), as "incident reports" is',
      text:
        '# Drone\n\n## Korleis veit vi om det fungerer?\n\n' +
        '- Røykdykkarinnsatsar for å leite: frå 18 i 2025 til under 10 innan 30. september 2027 (innsatsrapportane).\n' +
        '- Call-outs to search buildings fall from 18 in 2025 to under 10 by September 2027 (incident reports).\n',
    },
    {
      name: 'trust10 nn: a target cell with a direction and a figure is a target ("auka til 80 %", "improved to 4.2")',
      text:
        '# Robotar\n\n## Mål og suksesskriterium\n\n| Indikator | Nullpunkt | Mål | Innan | Kjelde |\n|---|---|---|---|---|\n' +
        '| Brukarar som kjenner seg trygge | 61 % (2026) | auka til 80 % | 30.11.2027 | Brukarundersøking |\n' +
        '| Satisfaction score | 3.6 (2026) | improved to 4.2 | 30.11.2027 | Survey |\n',
    },
    {
      name: 'trust10 nb: a benefit map of arrow chains is the benefit logic, not criteria (nb, en); a table cell ending in a bracketed name is its source',
      text:
        '# Roboter\n\n## Gevinstkart\n\nDet gir:\n\n- ingen behov for innleid helgestøvsuging → lavere kjøp av tjenester\n' +
        '- mindre tunge løft → lavere sykefravær i renholdsteamet\n- fewer manual rounds -> lower sick leave\n\n' +
        '## Gevinster og indikatorer\n\n| Nr | Gevinst | Indikator | Nullpunkt | Mål | Tidspunkt |\n|---|---|---|---|---|---|\n' +
        '| G3 | Lavere sykefravær | Sykefravær i prosent (HR-portalen) | 8,2 % (2026) | 6,0 % | 30.09.2027 |\n',
    },
    {
      name: 'trust10 en: a timed sample of the work, "(repeat time sample)", is where the figures come from',
      text: '# Letters\n\n## How we\'ll know it worked\n\n- Time per letter falls from 12 minutes (September 2026 sample) to 5 minutes by September 2027 (repeat time sample)\n',
    },
    {
      name: 'trust10 en: a dated lead-in ("By 31 March 2029:") gives its list the time frame; "1,100 households" and "save on average £180" are targets; a wrapped baseline keeps its year',
      text:
        '# Application\n\n**3.3 What outcomes will your project achieve, and how will you measure them?**\n\nBy 31 March 2029:\n\n' +
        '- Outcome 1: 1,100 households receive a home visit (from none today; visit log).\n' +
        '- Outcome 2: households visited save on average £180 a year on energy bills (baseline: last 12 months of bills; visit records).\n' +
        '- Outcome 3: 250 households are referred to a grant, up from 40 referrals by the Trust in\n  2025/26 (referral records).\n',
    },
    {
      name: 'trust9 nb: the unit\'s waiting list is where waiting times come from ("(ventelisten i enhet for rehabilitering)", "(clinic waiting list)")',
      text:
        '# Fysio\n\n## Mål og suksesskriterier\n\n- Ventetiden skal ned fra 7 uker (snitt 2026) til 2 uker innen 31.10.2027 (ventelisten i enhet for rehabilitering).\n' +
        '- Waits fall from 9 weeks (average 2026) to 3 weeks by 31 October 2027 (clinic waiting list).\n',
    },
    {
      name: 'trust9 nn: a stop rule in the criteria list is a stop criterion, not a success criterion with no baseline or source (nn, en)',
      text:
        '# Sommarskule\n\n## Kva vi vil oppnå\n\n- S1: Færre elevar med karakteren 1: frå 14 % (desember 2025) til under 9 % innan desember 2027 (Visma InSchool)\n' +
        '- Vi stoppar eller justerer opplegget dersom færre enn 30 elevar melder seg på innan 1. mai 2027\n' +
        '- We will adjust or stop the sessions if fewer than 20 pupils enrol by May 2027\n',
    },
    {
      name: 'trust9: a count with its period is a baseline beside a deadline, English and nynorsk',
      text:
        '# Map\n\n## How we\'ll know it works\n\n' +
        '- Complaints about ungritted roads stay at or below the 46 received in winter 2025/26 by March 2028 (complaints system).\n\n' +
        '## Suksesskriterium\n\n- Klagene skal ikkje auke frå dei 46 registrerte i 2025 innan utgangen av 2027 (tal frå klagesystemet).\n',
    },
    {
      name: 'trust9 en: a complete table under "Measures" gets no finding, and the title\'s own table does not make the document a criteria section',
      text:
        '# PDSA plan\n\n| Measure | Baseline | Target |\n|---|---|---|\n| Missed | 18% | 12% |\n\n## About\n\n- Fewer texts are better.\n\n## Measures\n\n' +
        '| Type | Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|---|\n' +
        '| Outcome | Missed appointments | 18% (2026) | 12% | 30 July 2027 | R4 reports |\n',
    },
    {
      name: 'trust8: "færre enn 20" and "fewer than 5" are targets; an average in brackets with its year is the baseline',
      text:
        '# Fall\n\n## Mål\n\n- Falla går ned frå 31 i 2025 til færre enn 20 innan 31.10.2027 (avvikssystemet).\n' +
        '- Talet på vaktbyte går ned til under 4 i veka innan 2027-09-30 (snitt 6,5 i 2025, tal frå turnusplanen).\n' +
        '- Complaints fall to fewer than 5 a month by 2027-09-30 (average 9 in 2025, complaints log).\n',
    },
    {
      name: 'trust8: a list under "Omfang:" or "Scope:" says what the pilot covers, even with its period "fra 1. mars til 30. november 2027" (nb, en)',
      text:
        '# Sykkelparkering\n\n## 2 Mål og omfang\n\nOmfang:\n\n- Alle søknader om sykkelparkering fra 1. mars til 30. november 2027\n' +
        '- Tre bydeler og ett servicetorg\n- Svar på e-post og SMS\n\n## 3 Goals and scope\n\nScope:\n\n- Every permit from 1 March to 30 November 2027\n- Two depots\n',
    },
    {
      name: 'trust8 en: "Target by 30 June 2027" is the target column, and its date the time frame of every row',
      text:
        '# Kiosks\n\n## Success criteria\n\n| Measure | Baseline (2025/26) | Target by 30 June 2027 | Source |\n|---|---|---|---|\n' +
        '| Desk queue minutes, Mondays | 12 | 6 or fewer | Till logs |\n',
    },
    {
      name: 'trust7: a zero is a target (*Ingen tapte nøkler*, *Ingen dobbeltbookingar*), and a bracketed figure with its year is the baseline',
      text:
        '# Nøkler\n\n## Mål\n\n- Ingen tapte nøkler innen 1. oktober 2027 (14 avvik i 2025, avvikssystemet).\n' +
        '- Ingen dobbeltbookingar innan 30. september 2027 (23 i 2026, tal frå avvikssystemet).\n' +
        '- Under 2 timar i veka til telefonar innan 30. september 2027 (om lag 6 timar i veka sommaren 2026, tal frå timelista).\n',
    },
    {
      name: 'trust6: under a gevinstrealisering heading, a price in the supplier agreement ("til 2 900 kroner per måned") is no criterion',
      text:
        '# Dagsenter\n\n## Overgang til drift og gevinstrealisering\n\n- Enhetsleder overtar driftsansvaret.\n' +
        '- Drift fra 2028 lyses ut som åpen konkurranse. Avtalen har opsjon på forlengelse, til 2 900 kroner per måned.\n',
    },
    {
      name: 'trust6: nynorsk figures named by where they come from, also when the note wraps: *(tal frå sjukehuset)*, "(tall fra\\n  fakturasystemet)"',
      text:
        '# Røntgen\n\n## Slik veit vi om det verkar\n\n- Turar til sjukehuset: frå 64 i 2025 til under 20 innan desember 2027 (tal frå sjukehuset)\n' +
        '- Avlesningsbesøk skal ned fra 310 i 2025 til færre enn 20 innen 30. september 2027 (tall fra\n  fakturasystemet).\n',
    },
    {
      name: 'trust5: a comparison described before its year ("compared with 31 from a similar group in 2025/26") and a kept tracker as the source',
      text:
        '# Next Step\n\n## What difference will the project make?\n\nBy the end of the project:\n\n' +
        '- At least 60 young people enter work, compared with 31 from a similar group in 2025/26 (Youth Hub tracker).\n' +
        '- Enquiries answered within 10 days rise from 45% (2025) to 85% (caseload spreadsheet).\n',
    },
    {
      name: 'a sub-goal list of deliverables, one marked out of scope with a comparative, sets no criteria (nb)',
      text:
        '# Søknad: ordlister for tre språk\n\n## Prosjektets målsetting med delmål\n\nVi vil ha minst tre lister.\n\n### Delmål\n\n' +
        '1. Sperrelister over ord som ikke skal med, én for hvert språk.\n' +
        '2. Publisere ordlistene slik at utviklere kan ta dem i bruk.\n' +
        '3. Inkludering av ordlistene i det åpne biblioteket.\n' +
        '4. (utenfor søknadens mandat) Fortsette innsamlingen i flere år for å få enda høyere kvalitet.\n',
    },
    {
      name: 'an objectives list of outputs beside an out-of-scope item with "higher" sets no criteria (en)',
      text:
        '# Word lists for three languages\n\n## Objectives\n\nWe aim to cover at least three languages.\n\n' +
        '- Publish the word lists so that developers can use them.\n' +
        '- Deliver a short guide to choosing the cut-off.\n' +
        '- (Outside the scope of this application) Keep collecting text to reach even higher quality.\n',
    },
    {
      name: 'trust4: baselines and sources as councils write them: "up from 10% in 2026", "(2026: 35%; Power BI dashboard)", "(booking system data)", *(i dag 45 %, tall fra fagsystemet)*',
      text:
        '# Bookings\n\n## Success criteria\n\n- Online bookings reach 70% by August 2027, up from 10% in 2026 (booking system data)\n' +
        '- Uptake reaches 60% of eligible households by December 2027 (2026: 35%; Power BI dashboard)\n' +
        '- Complaints halve by March 2028 from 212 in 2025/26 (complaints database)\n' +
        '- Calls fall to 40 a month by August 2027, currently about 120 (management information)\n' +
        '- Andelen digitale søknader øker til 80 % innen juni 2028 (i dag 45 %, tall fra fagsystemet)\n',
    },
    {
      name: 'trust4: a labelled count is the target ("Outcome 1: 600 young people …"); service records are a source',
      text:
        '# Chat\n\n## How we will measure it\n\nBy the end of the project (31 August 2029):\n\n' +
        '- Outcome 1: 600 young people use the chat each year, from none today (platform statistics, reported quarterly).\n' +
        '- Outcome 2: the wait falls from 11 weeks (September 2026) to 6 weeks (school counselling service records).\n',
    },
    { name: 'a strong English criteria table with every column, an intro and stop criteria', text: STRONG_EN },
    {
      name: 'bokmål table without a source column: an intro sentence names the source, the header the time frame (CRLF)',
      text: NB_TABLE.replace(/\n/g, '\r\n'),
    },
    { name: 'nested list criteria with Label: value sub-items; the method list is not criteria', text: NESTED_EN },
    {
      name: 'plain-language heading and columns: "Før piloten" is the baseline, "Hvor tallene kommer fra" the source',
      text:
        '# Pilot\n\n## Slik vet vi om det virker\n\n| Hva vi måler | Før piloten | Mål | Når | Hvor tallene kommer fra | Hvem følger opp |\n' +
        '|---|---|---|---|---|---|\n| Kjøretid per pasient per uke | 2,5 timer (høsten 2026) | 1 time | 2027-09-30 | Kjørebok | Fagansvarlig |\n',
    },
    {
      name: 'an evaluation section in prose with no criteria list is not judged here',
      text: '# Pilot\n\n## Evaluering\n\nPiloten følgeevalueres av Senter for omsorgsforskning. Evalueringen ser på hvordan de ansatte tar løsningen i bruk.\n',
    },
    {
      name: 'six criteria are allowed; a shared statement gives source, time frame and baseline',
      text: SEVEN.replace('- Reduce use of temporary staff by 15 %\n', ''),
    },
    {
      name: 'an element switched off in options is not checked',
      text: '# Pilot\n\n## Success criteria\n\n| Metric | Baseline | Target | By |\n|---|---|---|---|\n| Falls per month | 12 (2026) | 8 | 2027-06-30 |\n',
      options: { elements: ['metric', 'baseline', 'target', 'timeframe'] },
    },
    {
      name: 'catalogue E: a benefits narrative and a case study are not criteria (English)',
      text:
        '# Open data dashboard\n\n## Benefits\n\n- Planners will be able to see traffic patterns across the whole city in one place and share them with partners more easily.\n' +
        '- Residents get better insight into how their neighbourhood is changing over the years.\n\n### Case study: Leeds\n\n' +
        '| Benefit | Result |\n|---|---|\n| Faster planning | Planners saved time |\n',
    },
    {
      name: 'catalogue E: an example table under Gevinster is not a criteria table (bokmål)',
      text:
        '# Digitalt tilsyn\n\n## Gevinster\n\nLøsningen gir mer forutsigbare netter for de ansatte og bedre oversikt for lederne.\n\n### Eksempel fra en annen kommune\n\n' +
        '| Gevinst | Beskrivelse |\n|---|---|\n| Færre fall | Beboerne falt sjeldnere |\n| Bedre søvn | Færre forstyrrelser om natten |\n',
    },
    {
      name: 'trust6: a list of the actions one measure must tell apart is its definition, not criteria; a number glued to a noun ("4-week") is no target (bokmål)',
      text:
        '# Oppfølging\n\n## Effektmål\n\nFlere ledere skal lage en plan innen fristen, målt fra 42 % i 2026 til 60 % innen 31.12.2027 i fagsystemet.\n\n' +
        'Vi må skille mellom disse handlingene:\n\n1. Starte på et utkast\n2. **Sende planen til fastlegen** (knyttet til 4-ukers-regelen)\n3. Sende planen til kontoret\n',
    },
    {
      name: 'trust6: "we must distinguish between these steps:" lists what one measure counts, not criteria (English)',
      text:
        '# Referrals\n\n## Success criteria\n\nMore referrals are completed online: from 35 % in 2026 to 60 % by 31 March 2028, from the case system.\n\n' +
        'We must distinguish between these steps:\n\n1. Opening a referral\n2. **Sending it to the GP** (tied to the 6-week rule)\n3. Closing it\n',
    },
    { name: 'round 12 nb: the items of a benefits map (*## Gevinstkart*) are links in a chain, not criteria', text: '# Vektbasert gebyr\n\n## Effektmål\n\n| Nr | Gevinst | Nullpunkt | Mål | Frist | Kilde |\n|---|---|---|---|---|---|\n| G1 | Kg restavfall per husstand | 212 kg (2025) | 180 kg | 30.09.2027 | Veiesystemet |\n\n## Gevinstkart\n\n- Automatisk veiing gir vekt per tømming.\n- Husstandene sorterer mer matavfall og plast.\n- Mindre restavfall gir lavere forbrenningskostnader.\n' },
    { name: 'round 12 en: the same under "Benefits map"', text: '# Weighed bins\n\n## Success criteria\n\n- Residual waste per household: from 212 kg (2025) to 180 kg by 30 September 2027, from the weighbridge records.\n\n## Benefits map\n\n- Weighing gives a weight per lift.\n- Households sort more food waste.\n- Less residual waste means lower disposal costs.\n' },
    { name: 'trust22 en: "38% by letter in the 2026 canvass" is a baseline: "by letter" is how, not by when', text: '# Canvass\n\n## Success criteria\n\n- **Reply rate:** 38% by letter in the 2026 canvass; we aim for 55% by 31 October 2027, counted in the electoral register system.\n' },
    { name: 'trust24 en: "a significant improvement on the 41%, to 55%" names its target', text: '# Studios\n\n## Success criteria\n\n- Pride in the town centre: a significant improvement on the 41% in the 2026 residents\' survey, to 55% in the January 2028 survey.\n' },
    { name: 'trust24 en: a baseline cell with a figure ("Not recorded before 2025; 12 hours in 2025/26") is a value', text: '# Noise\n\n## Measuring success\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n| Officer hours per case | Not recorded before 2025; 12 hours in 2025/26 | 20% fewer hours | 30 June 2027 | Timesheets |\n' },
    { name: 'trust24 en: "2,500 visits over the nine months, from zero today" names a target and a time frame', text: '# Studios\n\n## Success criteria\n\n- Workshop attendance: 2,500 visits over the nine months, from zero today, recorded on daily tally sheets.\n' },
    { name: 'trust24 en: a baseline bracket that ends in the check that gave it ("(October 2026 health check)") names the source', text: '# Studios\n\n## Success criteria\n\n- Empty units on the high street: from 14 (October 2026 health check) to no more than 12 by February 2028.\n' },
    { name: 'trust22 en: "taken from the finance ledger" names the source', text: '# Canvass\n\n## Success criteria\n\n- **Cost per household:** £2.03 in 2026; we aim for £1.60 or less by 30 November 2027, taken from the finance ledger.\n' },
    { name: 'trust26 en: "fall by a third" names a target', options: { elements: ['target'] }, text: '# Bins\n\n## Success criteria\n\n- Missed collections fall by a third from 240 in 2025/26 by March 2028, from the crew app log.\n' },
    { name: 'trust26 nb: *ned med halvparten* names a target', language: 'nb', options: { elements: ['target'] }, text: '# Søppel\n\n## Mål\n\n- Glemte tømminger går ned med halvparten fra 240 i 2025 innen mars 2028, ifølge avviksloggen.\n' },
    { name: 'trust26 en: an event that must not happen "at any point during the trial" names a target and a time frame', options: { elements: ['target', 'timeframe'] }, text: '# Ferry\n\n## Success criteria\n\n- The ferry never has to turn away foot passengers at any point during the trial (ticket system; nine turn-aways since May 2025).\n' },
    { name: 'trust26 en: a count "since May 2025" and a bracketed "average for" a past period name a baseline', options: { elements: ['baseline'] }, text: '# Ferry\n\n## Success criteria\n\n- Turn-aways stay below 2 a month during the trial (nine turn-aways since May 2025, ticket system).\n- Sailings hold at or above 310 a week during the trial (average for April–May 2026, ticket system).\n' },
    { name: 'trust26 en: "from the footfall counter" names the source', options: { elements: ['source'] }, text: '# Library\n\n## Success criteria\n\n- Saturday visits rise from 800 (2026 average) to at least 1,000 by June 2027, from the footfall counter.\n' },
    { name: 'trust25 en: "down by at least 50% against the 1,140 kg laid in 2026" names its baseline', options: { elements: ['baseline'] }, text: '# Rats\n\n## Success criteria\n\n- Rodenticide laid in the sewers: down by at least 50% against the 1,140 kg laid in 2026, by March 2028, from the treatment logs.\n' },
  ],
  invalid: [
    { name: 'trust26 en: a baseline year with no "to" ("from 240 in 2025/26") times nothing', text: '# Bins\n\n## Success criteria\n\n1. Missed collections fall to under 20 a week by March 2028, up from 31 in 2025 (crew app log).\n2. Complaints about missed bins fall by a third from 240 in 2025/26, from the crew app log.\n', errors: [{ line: 6, element: 'timeframe' }] },
    { name: 'trust26 en: "at any point" without a negation is no zero', options: { elements: ['target'] }, text: '# Bins\n\n## Success criteria\n\n- Missed collections reported by residents at any point are cleared faster than in 2025/26 by March 2028, from the crew app log.\n', errors: [{ line: 5, element: 'target' }] },
    { name: 'trust26 en: "since May 2025" with no count before it gives no baseline', options: { elements: ['baseline'] }, text: '# Ferry\n\n## Success criteria\n\n- Turn-aways fall to under 2 a month during the trial, as recorded in the ticket system since May 2025.\n', errors: [{ line: 5, element: 'baseline' }] },
    { name: 'trust25 en: "against the target" with no figure gives no baseline', options: { elements: ['baseline'] }, text: '# Rats\n\n## Success criteria\n\n- Rodenticide laid in the sewers: at least 50% lower by March 2028 against the target, from the treatment logs.\n', errors: [{ line: 5, element: 'baseline' }] },
    { name: "trust24 nn: an empty *Utgangsnivå* cell gives no baseline", text: "# Læreplass\n\n## Mål\n\n| Indikator | Utgangsnivå | Mål | Innan | Datakjelde |\n|---|---|---|---|---|\n| Del søkjarar med læreplass |  | 76 % | 1.10.2027 | Formidlingsrapporten |\n", language: 'nb', errors: [{ line: 7, element: 'baseline' }] },
    { name: "trust24 nn: a baseline's week in brackets (*frå 210 (teljing veke 38 2026)*) times nothing", text: "# Hjartesone\n\n## Mål\n\n- Bilar inn i sona 07:45–08:15: frå 210 (teljing veke 38 2026) til under 120, talt av FAU.\n", language: 'nb', errors: [{ line: 5, element: 'timeframe' }] },
    { name: "trust24 nn: *til færre* names no level", text: "# Hjartesone\n\n## Mål\n\n- Meldte nestenulykker ved snuplassen: frå 2 (2026) til færre i pilotperioden, henta frå skulen sitt avvikssystem.\n", language: 'nb', errors: [{ line: 5, element: 'target' }] },
    {
      name: 'trust23 nn: a criteria heading with no period in it (*Mål for piloten*) leaves the table untimed',
      text: '# Tak\n\n## Mål for piloten\n\n| Indikator | I dag (vinteren 2025/26) | Mål | Kjelde |\n|---|---|---|---|\n| Måkeoppdrag | 17 | 9 | Fakturaer |\n| Kostnad til måking | 540 000 kr | 300 000 kr | Rekneskapen |\n',
      errors: [{ line: 5, element: 'timeframe', message: 'Ingen av kriteriene i tabellen har tidsfrist' }],
    },
    { name: 'trust24 en: visits counted "over the months" with no count name no target', text: '# Studios\n\n## Success criteria\n\n- Workshop attendance: more visits over the nine months, from zero today, recorded on daily tally sheets.\n', errors: [{ line: 5, element: 'target' }] },
    { name: 'trust24 en: a bracket with a date alone ("(October 2026)") names no source', text: '# Studios\n\n## Success criteria\n\n- Empty units on the high street: from 14 (October 2026) to no more than 12 by February 2028.\n', errors: [{ line: 5, element: 'source' }] },
    { name: 'trust24 en: a baseline cell "Not recorded at present" gives no baseline', text: '# Noise\n\n## Measuring success\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n| Officer hours per case | Not recorded at present; logging starts in February | 20% fewer hours | 30 June 2027 | Timesheets |\n', errors: [{ line: 7, element: 'baseline' }] },
    { name: 'trust22 en: a figure before "by the end of 2026" is a deadline still, so it gives no baseline', text: '# Canvass\n\n## Success criteria\n\n- **Reply rate:** 55% by the end of 2026, and 60% by 31 October 2027, counted in the electoral register system.\n', errors: [{ line: 5, element: 'baseline' }] },
    { name: 'trust21 en: an aim with no figure ("We aim for more referrals") and a plan for a later year ("In 2027 we will make …") give neither', text: '# Youth work\n\n## Success criteria\n\n- **More young people linked to help.** In 2027 we will make more referrals to other services. We aim for more by January 2028, counted from the app\'s referral report.\n', errors: [{ line: 5, element: 'baseline' }, { line: 5, element: 'target' }] },
    { name: 'trust20 en: under "How the trial will be evaluated" a committee report\'s numbered paragraphs are its criteria', text: '# Cameras\n\n## 5. How the trial will be evaluated\n\n5.1 The team leader will collect the following measures and report them to the Committee:\n\n5.2 Penalty notices rise to at least 20 by 31 August 2027, up from 3 in 2025/26 (enforcement case log).\n\n5.3 Clearance costs fall from £41,200 in 2025/26 to below £31,000 by the end of the trial.\n\n5.4 Officers will also monitor neighbouring streets.\n', errors: [{ line: 9, element: 'source' }] },
    { name: 'trust24 en: "a significant improvement on the 41%" has only its baseline after the vague word', text: '# Studios\n\n## Success criteria\n\n- Pride in the town centre: a significant improvement on the 41% who said so in the 2026 residents\' survey, measured in the 2028 survey in January.\n', errors: [{ line: 5, element: 'vague' }] },
    { name: 'trust20 en: "rises significantly from 41%" has only its baseline after the vague word', text: '# Grease\n\n## Objectives\n\n- O3: Compliance at inspection rises significantly from 41% (inspections in 2025) by the end of the pilot (inspection records).\n', errors: [{ line: 5, element: 'vague' }] },
    { name: "trust20 nb: the survey that gave the baseline (*I brukerundersøkelsen 2025 svarte …*) times nothing", text: "# Søknad\n\n## Mål\n\n- I brukerundersøkelsen 2025 svarte 64 % av lånerne at de var fornøyd med tilgangen til bøker. Målet er minst 80 %, målt i brukerundersøkelsen.\n", errors: [{ line: 5, element: "timeframe" }] },
    { name: "trust21 nn: a measure taken on a date with nothing it is read from has no source", text: "# Hamn\n\n## Suksesskriterium\n\n- Dieselforbruket skal ned frå om lag 180 000 liter (2025) til under 100 000 liter, målt 30. september 2027.\n", errors: [{ line: 5, element: "source" }] },
    { name: "trust22 nb: a level with no period or date (*til under 220*, counted *i perioden*) still lacks its time frame", text: "# Soner\n\n## Effektmål\n\n- Antall henvendelser skal ned fra 412 (2025) til under 220, målt i meldesystemet.\n", errors: [{ line: 5, element: "timeframe" }] },
    { name: "trust22 nb: interviews held besides the measures (*Vi vil i tillegg intervjue elever …*) are not the criteria's source", text: "# Skole\n\n## Suksesskriterier\n\n- Andelen elever med standpunktkarakter skal øke fra 56 % (2025/26) til minst 80 % innen juni 2028.\n\nVi vil i tillegg intervjue elever og lærere om hvordan roboten fungerer.\n", errors: [{ line: 5, element: "source" }] },
    { name: "trust22 en: \"We will also interview staff\" beside the criteria is no source either", text: "# Desk\n\n## Success criteria\n\n- Share of claims paid within 5 days rises from 60% (2025) to 85% by June 2028.\n\nWe will also interview staff about how the tool works in practice.\n", errors: [{ line: 5, element: "source" }] },
    { name: "trust22 nb: a scale's range after a vague rise (*øke betydelig fra 2,9 (snitt på skala 1–5, …)*) is no target figure: vague, its one finding", text: "# Skole\n\n## Suksesskriterier\n\n- Opplevd tilhørighet skal øke betydelig fra 2,9 (snitt på skala 1–5, Elevundersøkelsen 2026) innen juni 2028.\n", errors: [{ line: 5, element: "vague" }] },
    { name: "trust21 nn: *monaleg ned frå 23 klager i 2026* is vague in nynorsk, and its one finding: a vague move from a stated level is not also a missing target", text: "# Hamn\n\n## Suksesskriterium\n\n- Talet på klager skal gå monaleg ned frå 23 klager i 2026, innan 30. september 2027, registrert i klageregisteret.\n", errors: [{ line: 5, element: "vague" }] },
    { name: "trust20 nn: a table's target *Betydeleg færre* is vague in nynorsk as *betydelig* is in bokmål", text: "# Leikeplassar\n\n## 2 Mål og suksesskriterium\n\n| ID | Indikator | Nullpunkt | Mål | Frist | Kjelde |\n|----|-----------|-----------|-----|-------|--------|\n| K4 | Meldte personskadar | 14 (2025) | Betydeleg færre | 30.09.2027 | Skademeldingar |\n", errors: [{ line: 7, element: "vague" }] },
    { name: 'round 12 nb: the same items under *Effektmål* are criteria, each without its target figures', text: '# Vektbasert gebyr\n\n## Effektmål\n\n- Husstandene sorterer mer matavfall og plast.\n', errors: [{ line: 5, element: 'baseline' }, { line: 5, element: 'target' }, { line: 5, element: 'timeframe' }, { line: 5, element: 'source' }] },
    { name: 'lever19 en: the source backstop takes no record that is the thing measured ("complaints about invoices") and no credit to the plan', text: '# Calls\n\n## Success criteria\n\n- Complaints about estimated invoices: halved from 22 in 2025 by 30 September 2027.\n- Repeat calls: from 40 a month in 2026 to under 10 a month by June 2027, according to the plan.\n', errors: [{ line: 5, element: 'source' }, { line: 6, element: 'source' }] },
    { name: 'lever19 nb: the source backstop takes no record that is the thing measured (*purringer på fakturaer*) and no credit to the plan (*ifølgje planen*)', text: '# Faktura\n\n## Suksesskriterier\n\n- Purringer på ubetalte fakturaer skal ned fra 140 i 2025 til under 70 innen 30. juni 2027.\n- Ventetida skal ned frå 6 til under 2 dagar innan 31.12.2027, ifølgje planen.\n', errors: [{ line: 5, element: 'source' }, { line: 6, element: 'source' }] },
    { name: 'lever19 en: the backstop takes no target bound beside a year ("at least 90% … in 2027") and no value "not yet measured"', text: '# Calls\n\n## Success criteria\n\n- Calls answered: at least 90% answered in 2027 and 95% in 2028 (call log).\n- Repeat calls: under 10 a month by June 2027, against 40 a month (an estimate, not yet measured), from the call log.\n', errors: [{ line: 5, element: 'baseline' }, { line: 6, element: 'baseline' }] },
    { name: 'lever19 nb: the backstop takes no target bound beside a year (*minst 80 % i 2027*) and no value *ikke målt*', text: '# Søknader\n\n## Suksesskriterier\n\n- Minst 80 % av søknadene behandlet på tre uker i 2027 og 90 % i 2028 (tall fra saksarkivet).\n- Ventetiden skal ned til under 2 dager innen 31.12.2027, sammenlignet med 6 dager (et anslag, ikke målt), tall fra fagsystemet.\n', errors: [{ line: 5, element: 'baseline' }, { line: 6, element: 'baseline' }] },
    { name: 'trust19 en: "checked against the plan" names no source', text: '# Safes\n\n## Measures of success\n\n- Lost key sets: 23 in 2026/27 down to 10 by the end of January 2028, checked against the plan.\n', errors: [{ line: 5, element: 'source' }] },
    { name: 'trust19 en: a figure after the label with a deadline in its bracket is the target, no baseline', text: '# Safes\n\n## Measures of success\n\n- Void period: 26 days at most (by January 2028, housing system).\n', errors: [{ line: 5, element: 'baseline' }] },
    { name: 'trust19 en: a label naming the target dates no baseline ("Target: 26 days (2028 survey)")', text: '# Safes\n\n## Measures of success\n\n- Target: 26 days (2028 housing report) by the end of January 2028.\n', errors: [{ line: 5, element: 'baseline' }] },
    { name: "trust19 nb: the same criterion with only a month by its baseline names no source", text: "# Mandat\n\n## Effektmål\n\n- E3: Andelen e-post med feil arkivkode skal ned fra 11 prosent (november 2026) til under 5 prosent innen 31. august 2027.\n", errors: [{ line: 5, element: "source" }] },
    { name: "trust19 nb: an output's delivery date in *Resultatmål* (no criteria there) does not time the effect goals", text: "# Mandat\n\n## 2 Mål og rammer\n\n### 2.1 Effektmål\n\n- E1: Andelen feil arkivkode skal ned fra 11 prosent (november 2026) til under 5 prosent, ifølge Elements.\n\n### 2.2 Resultatmål\n\n- Integrasjonen er satt i produksjon innen 1. mars 2027.\n", errors: [{ line: 7, element: "timeframe" }] },
    { name: "trust19 nn: a measurement with no season or year sets no time frame", text: "# Søknad\n\n## Korleis skal måloppnåing målast?\n\n- Trivselen blant vikarane skal auke frå 3,2 (2025) til 4,0, målt med ei spørjeundersøking blant vikarane.\n", errors: [{ line: 5, element: "timeframe" }] },
    { name: "rest18nb: without a count (*Flere lærere*) a direction item still has no target", text: "# Søknad\n\n## Mål\n\n- Flere lærere har fullført kursrekken innen 1. desember 2027. I dag har ingen av dem kurset. Kilde: deltakerlister fra PP-tjenesten.\n- Ventetiden skal ned fra 20 uker (januar 2026) til 12 uker innen februar 2028, målt i fagsystemet.\n", errors: [{ line: 5, element: "target" }] },
    { name: "rest18nb: under a form's question *Hva er målene for prosjektet?* a long direction item is a criterion asked for baseline and target", text: "# Søknad\n\n## 3. Hva er målene for prosjektet?\n\n- Ventetiden skal ned fra 20 uker (januar 2026) til 12 uker innen februar 2028, målt i fagsystemet.\n- Barnehagene skal oppleve bedre støtte innen februar 2028, målt med en spørreundersøkelse til styrerne.\n", errors: [{ line: 6, element: "baseline" }, { line: 6, element: "target" }] },
    { name: "rest18nb nn: *Kva er måla for prosjektet?* is a goal heading too", text: "# Søknad\n\n## Kva er måla for prosjektet?\n\n- Ventetida skal ned frå 20 veker (januar 2026) til 12 veker innan februar 2028, målt i fagsystemet.\n- Barnehagane skal oppleve betre støtte innan februar 2028, målt med ei spørjeundersøking til styrarane.\n", errors: [{ line: 6, element: "baseline" }, { line: 6, element: "target" }] },
    { name: "rest18nb: a deadline's year between *fra* and *til* is no starting value (*fra PPT innen februar 2028, … til styrerne*)", text: "# Søknad\n\n## Suksesskriterier\n\n- Barnehagene skal oppleve bedre støtte fra PPT innen februar 2028, målt med en spørreundersøkelse til styrerne.\n", errors: [{ line: 5, element: "baseline" }, { line: 5, element: "target" }] },
    { name: "trust18 nb: an example from another service *i 2024*, before the pilot starts, times no criterion", text: "# Søknad\n\nSøker: Midtdal brann og redning IKS\nProsjektperiode: 1. februar 2027 – 31. desember 2027\n\n**4. Hvordan vil dere måle om prosjektet lykkes?**\n\n- Kjørte kilometer til tilsyn skal ned fra 61 000 km (2025) med minst 25 %, målt i kjøreboken.\n\nTil sammenligning gjennomførte et brannvesen rundt 40 % av hyttetilsynene på video i 2024.\n", errors: [{ line: 8, element: "timeframe" }] },
    { name: "trust18 nb: *betydelig lavere* with only today's level and a date beside it is vague", text: "# Søknad\n\n**4. Hvordan vil dere måle om prosjektet lykkes?**\n\n- Andelen avlyste timer, som var 18 % i 2025 ifølge Komtek, skal bli betydelig lavere innen september 2027.\n", errors: [{ line: 5, element: "vague" }] },
    { name: "trust18 nb: a target level with its year (*skal nå 35 % i 2027*) is no baseline, and *ifølge planen* no source", text: "# Søknad\n\n## Suksesskriterier\n\n- Andelen digitale søknader skal nå 35 % i 2027 ifølge planen.\n", errors: [{ line: 5, element: "baseline" }, { line: 5, element: "source" }] },
    { name: "trust18: 'according to plan' names no source", text: "# Repairs\n\n## Success criteria\n\n- Repairs completed first time rise from 61 % in 2025 to 75 % by June 2027, according to plan.\n", errors: [{ line: 5, element: "source" }] },
    { name: "resid17 en: \"a significant increase by 30 April 2028\" after a baseline (\"420 in 2026\", a past level set off by commas: trust18 nb) has only a date after it: vague, the one finding for its missing level (trust21 nn)", text: "# Events\n\n## Success criteria\n\n1. Attendance at events, 420 in 2026 (booking system), will show a significant increase by 30 April 2028.\n", errors: [{ line: 5, element: "vague" }] },
    { name: "resid17 nb: *420 i 2026 …, skal øke betydelig innen 30. april 2028* the same; *(bookingsystemet)* is its source as \"(booking system)\" is in English (lever19)", text: "# Arrangement\n\n## Suksesskriterium\n\n1. Besøket på arrangementene, 420 i 2026 (bookingsystemet), skal øke betydelig innen 30. april 2028.\n", errors: [{ line: 5, element: "vague" }] },
    { name: "trust17 nb: a past year named with no level (*fra 2026 på alle 12 poster*) is no baseline", text: "# Sengebelegg\n\n## Måleindikatorer\n\n1. Antall utlokaliserte pasienter skal reduseres med 25 prosent fra 2026 på alle 12 poster innen 30. september 2027, målt i DIPS.\n", errors: [{ line: 5, element: "baseline" }] },
    { name: "trust17 nn: *i heile fylket* is a place, no time frame", text: "# Søknad\n\n## Suksesskriterium\n\n- Delmål 3: Minst 90 prosent av sensorane skal levere data kvar veke i heile fylket, målt i dataplattforma (utgangspunkt 0, ny måling).\n", errors: [{ line: 5, element: "timeframe" }] },
    { name: "trust16 nn: a measurement that starts on a date (*…, målt frå 1. mars 2027*) sets no time frame", text: "# Søknad\n\n## Suksesskriterium\n\n- Utlånet aukar frå 6 100 (2025) til 7 300, målt frå 1. mars 2027 i Bibliotekstatistikken.\n", errors: [{ line: 5, element: "timeframe" }] },
    { name: "trust16 nn: the nynorsk comparative *Fleire unge brukar biblioteket* is a criterion asked for its elements", text: "# Søknad\n\n**4. Korleis vil de måle om prosjektet lukkast?**\n\n- Utlånet aukar frå 6 100 (2025) til minst 7 300 innan utgangen av 2027, målt i Bibliotekstatistikken.\n- Fleire unge brukar biblioteket som møtestad.\n", errors: [{ line: 6, element: "baseline" }, { line: 6, element: "target" }, { line: 6, element: "timeframe" }, { line: 6, element: "source" }] },
    { name: "trust16 nb: a target for a coming year with no past figure has no baseline", text: "# Fukt\n\n## Hva vil vi oppnå?\n\n- Lavere kostnader: i 2028 skal skadene koste under 500 000 kr i pilotåret, målt i regnskapet.\n", errors: [{ line: 5, element: "baseline" }] },
    { name: "trust16 nb: the same line with no named system has no source", text: "# Søknad\n\n## Suksesskriterier\n\n- Utlånet øker fra 6 100 (2025) til minst 7 300 innen utgangen av 2027.\n", errors: [{ line: 5, element: "source" }] },
    { name: 'trust16 en: "tracked in weeks" names no system, so the item has no source', options: { elements: ['source'] }, text: "# Laptops\n\n## Evaluation\n\n1. Lost or damaged kits fall below 3% of loans by June 30, 2028, from 7% in the 2024 hotspot lending, tracked in weeks.\n", errors: [{ line: 5, element: 'source' }] },
    { name: 'trust16 en: a bare "2027" column may be the target year and holds no baselines', options: { elements: ['baseline'] }, text: "# Routes\n\n## Success criteria\n\n| Measure | 2027 | Target | By | Source |\n|---|---|---|---|---|\n| On-time arrival | 86% | 95% | May 31, 2027 | GPS fleet logs |\n", errors: [{ line: 5, element: 'baseline' }] },
    {
      name: "trust15 en: a target cell of only \"Positive\" names no level that counts as success",
      text: "# Cargo bikes\n\n## Pilot goals and measures\n\n| # | Measure | Baseline | Target | Measured by | Source |\n|---|---|---|---|---|---|\n| 1 | Crew satisfaction with the bikes | 3.1 of 5 (Jan 2027) | Positive | March 31, 2028 | Crew survey |\n",
      errors: [{ line: 7, element: 'target' }],
    },
    { name: "trust15 nb: under *Hva er prosjektets mål?* a soft aim beside measured ones is a criterion asked for its elements", text: "# Fuktvakt\n\n**Hva er prosjektets mål?**\n\nVi har satt tre resultatmål for de 40 pilotboligene:\n\n1. Utbedringskostnader for fuktskader: fra 640 000 kr (2026, avvikslogg) til under 300 000 kr innen 31. august 2028.\n2. Tid fra fukt oppstår til tiltak: fra 41 dager i snitt (2026, avvikslogg) til 7 dager innen 31. august 2028, målt i sensorplattformen.\n3. Bedre bomiljø og økt trygghet for leietakerne.\n", errors: [{ line: 9, element: "baseline" }, { line: 9, element: "target" }, { line: 9, element: "timeframe" }, { line: 9, element: "source" }] },
    { name: "trust14 nn: a target cell with a direction and a few words but no figure (*Fleire nøgde besøkande*) sets no target", text: "# P\n\n## Gevinstar, indikatorar og nullpunkt\n\n| ID | Gevinst | Indikator | Nullpunkt | Mål | Måletidspunkt | Kjelde | Ansvarleg |\n|---|---|---|---|---|---|---|---|\n| G1 | Spart tid | Timar brukt på klipping og trimming på pilotgravplassane | 1 020 timar (sesongen 2026) | under 500 timar | 30. september 2027 | Timelister | Gravplassleiar |\n| G3 | Betre kvalitet på gravplassen | Besøkande si oppleving av gravplassen | 4,1 av 5 (2026) | Fleire nøgde besøkande | 30. september 2027 | Spørjeskjema ved inngangane | Gravplassleiar |\n", errors: [{ line: 8, element: "target" }] },
    { name: "trust14 nn: *høgst* is the nynorsk *høyst* (a target), and *frå dagens 3,1* is a baseline; *betydeleg ned* still sets no target", text: "# P\n\n## Mål for prøveperioden\n\n- Tida frå møte til publisert møtebok skal ned frå 6,5 arbeidsdagar (snitt 2025) til høgst 2 arbeidsdagar innan 30. september 2027 (kjelde: møteportalen).\n- Tidsbruken i sekretariatet per møte skal ned frå 9 timar (timeregistrering 2025) til høgst 5 timar innan 30. september 2027.\n- Talet på rettingar i møteboka ved godkjenning skal gå betydeleg ned frå dagens 3,1 rettingar per møtebok (snitt 2025), målt i møteportalen innan 30. september 2027.\n", errors: [{"line": 7, "element": "target"}] },
    { name: "trust12 nb: a source sentence that names its criteria (*Tallene for E1 og E2 hentes fra regnskapet*) leaves E3 without one", options: {elements: ["source"]}, text: "# Takst\n\n## Effektmål\n\n| Nr | Indikator | I dag | Mål | Innen |\n|---|---|---|---|---|\n| E1 | Kostnad per takst | 370 kr (2019) | under 150 kr | 30.09.2027 |\n| E2 | Saksbehandlingstid per takst | 95 minutter (2019) | under 30 minutter | 30.09.2027 |\n| E3 | Klager på takstene | 468 (2020) | under 200 | 31.12.2027 |\n\nTallene for E1 og E2 hentes fra regnskapet og timeregistreringen i eiendomsskattekontoret.\n", errors: [{line: 9, element: "source"}] },
    { name: "trust12 nb: *i samme periode* with no year sets no time frame", options: {elements: ["timeframe"]}, text: "# Dispensere\n\n## Suksesskriterier\n\n- M2: Avvik om feil medisinering skal ned fra 32 i perioden mars–september 2025 til under 15 i samme periode. Kilde: Compilo.\n", errors: [{line: 5, element: "timeframe"}] },
    { name: "trust11 en: \"not recorded\" in the baseline column is no baseline", text: "# Bins\n\n## Measuring success\n\n| Ref | Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|---|\n| S3 | Share of pilot bins found overflowing | not recorded | below 5% | 31 Mar 2028 | Sensor dashboard |\n", errors: [{line: 7, element: "baseline"}] },
    { name: "trust12 en: a dated bracket with no value the figure moves from is no baseline", text: "# Archives\n\n### Measures of success\n\n- M1: character error rate below 8% by 31 December 2027 (evaluation script, test of October 2026).\n", errors: [{line: 5, element: "baseline"}, {line: 5, element: "source"}] },
    { name: "trust12 en: \"Ongoing\" in the By column gives no date to reach the target by", text: "# Sensors\n\n## Investment objectives\n\n| ID | Measure | Baseline (2025/26) | Target | By | Source |\n|---|---|---|---|---|---|\n| IO4 | Reactive call-outs | 212 | 150 a year | Ongoing | Job management system |\n", errors: [{line: 7, element: "timeframe"}] },
    { name: "trust12 nb: *Løpende* in the *Innen* column the same in bokmål", text: "# Sensorer\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt (2025) | Mål | Innen | Kilde |\n|---|---|---|---|---|\n| Akutte utrykninger | 212 | 150 i året | Løpende | Fagsystemet |\n", errors: [{line: 7, element: "timeframe"}] },
    { name: "trust11 nb: *ikke registrert* is none either", text: "# Søppel\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt | Mål | Innen | Kilde |\n|---|---|---|---|---|\n| Andel fulle dunker | ikke registrert | under 5 % | 31.03.2028 | Sensorportalen |\n", errors: [{line: 7, element: "baseline"}] },
    { name: "trust11 en: \"How we will measure it\" left empty names no source", text: "# Laptops\n\n## How will you know you've made a difference?\n\n| Ref | What we will measure | Starting point | Target by 31 December 2027 | How we will measure it |\n|---|---|---|---|---|\n| D4 | Borrowers who can do five online tasks unaided | 24% (2025 taster) | 70% | |\n", errors: [{line: 7, element: "source"}] },
    {
      name: 'trust11 nb: what staff report (*rapporterer*, "will report") names no source',
      text:
        '# Drone\n\n## Suksesskriterier\n\n' +
        '- Andelen mannskap som rapporterer bedre oversikt: fra 40 % i 2025 til 80 % innen 30. september 2027.\n' +
        '- The share of crews who will report a better overview rises from 40% in 2025 to 80% by September 2027.\n',
      errors: [
        { line: 5, element: 'source' },
        { line: 6, element: 'source' },
      ],
    },
    {
      name: 'trust10 nn: a target cell that holds only a direction ("auka", "improved") names no target',
      text:
        '# Robotar\n\n## Mål og suksesskriterium\n\n| Indikator | Nullpunkt | Mål | Innan | Kjelde |\n|---|---|---|---|---|\n' +
        '| Brukarar som kjenner seg trygge | 61 % (2026) | auka | 30.11.2027 | Brukarundersøking |\n' +
        '| Satisfaction score | 3.6 (2026) | Improved | 30.11.2027 | Survey |\n',
      errors: [
        { line: 7, element: 'target' },
        { line: 8, element: 'target' },
      ],
    },
    {
      name: 'trust14 en: "Higher than baseline" (or *bedre enn i dag*) is a direction, not a target; the lead-in dates the table',
      text:
        '# Texts\n\n## Measuring success\n\nThe pilot will be judged against the following measures for the period 1 April to 30 September 2027:\n\n' +
        '| Measure | Baseline (2025/26) | Target | Source |\n|---|---|---|---|\n' +
        '| First appointments with no access | 11.4% | 6% or lower | Housing system |\n' +
        '| Tenant satisfaction | 78% (2025 survey) | Higher than baseline | Tenant survey |\n' +
        '| Brukartilfredsheit | 78 % (2025) | bedre enn i dag | Brukarundersøking |\n',
      errors: [
        { line: 10, element: 'target' },
        { line: 11, element: 'target' },
      ],
    },
    {
      name: 'trust14 en: a lead-in that only names the measures, with no dated period, gives the table no time frame',
      text:
        '# Texts\n\n## Measuring success\n\nThe pilot will be judged against the following measures:\n\n' +
        '| Measure | Baseline (2025/26) | Target | Source |\n|---|---|---|---|\n' +
        '| First appointments with no access | 11.4% | 6% or lower | Housing system |\n',
      errors: [{ line: 7, element: 'timeframe' }],
    },
    {
      name: 'trust18 en: a target cell "improve significantly" is the vague word\'s one finding; "improve" alone still has no target',
      text:
        '# Badges\n\n## Measuring success\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n' +
        '| Passengers confident | 61% (October 2026) | improve significantly | August 2027 | Survey |\n' +
        '| Learners confident | 3.1 of 5 (November 2026) | improve | August 2027 | Survey |\n',
      errors: [
        { line: 7, element: 'vague' },
        { line: 8, element: 'target' },
      ],
    },
    {
      name: 'trust18 en: a rider ", with a significant share from …" has no number of its own, whatever the criterion before it has',
      text: '# Trees\n\n## Outcomes and targets\n\n- Volunteers to grow from 35 today to 150 by September 2027 (volunteer register), with a significant share from the most deprived wards.\n',
      errors: [{ line: 5, element: 'vague' }],
    },
    {
      name: 'trust18 en: "the baseline was measured in March 2026" dates the baseline, not the targets',
      text:
        '# Badges\n\n## Measuring success\n\nThe baseline was measured in March 2026.\n\n' +
        '| Measure | Baseline | Target | Source |\n|---|---|---|---|\n' +
        '| Complaints per year | 212 (2025/26) | 100 | Complaints log |\n',
      errors: [{ line: 7, element: 'timeframe' }],
    },
    {
      name: 'trust10 nb: an arrow between figures is still a criterion; "dette måles ikke i piloten" names no source for the table',
      text:
        '# Roboter\n\n## Gevinster og indikatorer\n\nVi regner med bedre inneklima, men dette måles ikke i piloten.\n\n' +
        '| Gevinst | Indikator | Nullpunkt | Mål | Tidspunkt |\n|---|---|---|---|---|\n' +
        '| Lavere kjøp | Kroner til innleid helgerenhold per måned | 18 400 kr (snitt 2026) | 0 kr | 30.09.2027 |\n' +
        '| G4 | Avvik per kvartal (avvikssystemet) | 3 (2026) | under 5 | 30.09.2027 |\n\n' +
        '## Suksesskriterier\n\n- Sykefravær: 8,2 % (2026) → 6,0 % innen 30.09.2027\n',
      errors: [
        { line: 9, element: 'source' },
        { line: 14, element: 'source' },
      ],
    },
    {
      name: 'round 9 en: a baseline cell that only says it will be measured later ("to be measured in May 2027") gives no value',
      text: '# Visits\n\n## 5. Evaluation\n\n| Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|\n| Referrals visited within 28 days | to be measured in May 2027 | 85% | 31 August 2027 | Prevention records |\n',
      errors: [{ line: 7, element: 'baseline' }],
    },
    {
      name: 'round 9 nb: *måles i mai 2027* the same in bokmål',
      text: '# Besøk\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt | Mål | Frist | Kilde |\n|---|---|---|---|---|\n| Henvisninger fulgt opp innen 28 dager | måles i mai 2027 | 85 % | 31.08.2027 | Fagsystemet |\n',
      errors: [{ line: 7, element: 'baseline' }],
    },
    {
      name: 'trust10 en: the same criterion with no sample or other source named has none',
      text: '# Letters\n\n## How we\'ll know it worked\n\n- Time per letter falls from 12 minutes (September 2026) to 5 minutes by September 2027\n',
      errors: [{ line: 5, element: 'source' }],
    },
    {
      name: 'trust10 en: a lead-in that only starts the list ("From 1 April 2027:") dates nothing, and today\'s average is no target',
      text: '# Visits\n\n## Success criteria\n\nFrom 1 April 2027:\n\n- Households wait less than now (on average 14 days today; booking log).\n',
      errors: [
        { line: 7, element: 'target' },
        { line: 7, element: 'timeframe' },
      ],
    },
    {
      name: 'trust9: a stop verb with no condition leaves the item a criterion ("Færre elevar avsluttar vg1 utan bestått")',
      text: '# Sommarskule\n\n## Kva vi vil oppnå\n\n- Færre elevar avsluttar vg1 utan bestått matematikk innan juni 2028 (Vigo)\n',
      errors: [
        { line: 5, element: 'baseline' },
        { line: 5, element: 'target' },
      ],
    },
    {
      name: 'trust9: a bracket that ends the line names the source only as a proper name ("(Vigo)"), not as a phrase ("(alle skulane i fylket)")',
      text:
        '# Vg1\n\n## Kva vi vil oppnå\n\n- S3: Fleire elevar fullfører vg1: frå 93,9 % (2025/26) til over 96 % innan juni 2028 (Vigo)\n' +
        '- S4: Fleire elevar består 1P: frå 86 % (2025/26) til over 90 % innan juni 2028 (alle skulane i fylket)\n',
      errors: [{ line: 6, element: 'source' }],
    },
    {
      name: 'trust9 en: a count with the period it was taken in is the baseline, and that period is no time frame',
      text:
        '# Map\n\n## How we\'ll know it works\n\n' +
        '- Calls fall from 1,900 in winter 2025/26 to fewer than 1,000 in winter 2027/28 (contact centre CRM).\n' +
        '- Complaints about ungritted roads stay at or below the 46 received in winter 2025/26 (complaints system).\n',
      errors: [{ line: 6, element: 'timeframe' }],
    },
    {
      name: 'trust9 en: a table with baseline and target columns under a heading of its own ("Measures") holds criteria',
      text:
        '# PDSA plan\n\n## Measures\n\n| Type | Measure | Baseline | Target | By | Source |\n|---|---|---|---|---|---|\n' +
        '| Outcome | Missed appointments | 18% (2026) | 12% | 30 July 2027 | R4 reports |\n' +
        '| Balancing | Rebooking time per week | not measured | no increase | 30 July 2027 | Time log |\n',
      errors: [{ line: 8, element: 'baseline' }],
    },
    {
      name: 'trust8: the baseline\'s year is no time frame, and interviews in a separate evaluation section source no count (nynorsk)',
      text:
        '# Fall\n\n## Suksesskriterium\n\n- Falla går ned til færre enn 20 (snitt 31 i 2025).\n\n' +
        '## Evaluering\n\nHøgskulen gjer ei følgjeevaluering med intervju av tilsette.\n',
      errors: [
        { line: 5, element: 'timeframe' },
        { line: 5, element: 'source' },
      ],
    },
    {
      name: 'trust8: a register named in a separate evaluation section still sources every criterion',
      text:
        '# Fall\n\n## Suksesskriterium\n\n- Falla går ned til færre enn 20 (snitt 31 i 2025).\n\n' +
        '## Evaluering\n\nAlle tal blir henta frå avvikssystemet og intervju med tilsette.\n',
      errors: [{ line: 5, element: 'timeframe' }],
    },
    {
      name: 'trust8: beside a scope list, the goal list after it is still judged (nynorsk)',
      text:
        '# Sykkelparkering\n\n## 2 Mål og omfang\n\nPiloten omfattar:\n\n- Alle søknader frå 1. mars til 30. november 2027\n\n' +
        'Vi vil oppnå:\n\n- Færre klager enn i dag innan 2028\n',
      errors: [
        { line: 11, element: 'target' },
        { line: 11, element: 'source' },
      ],
    },
    {
      name: 'trust8 en: "to report" a problem is a verb, not a report the figures come from',
      text: '# Kiosks\n\n## Success criteria\n\n- Queue time at the desk falls from 9 to 4 minutes by June 2027, and borrowers find it easier to report faults.\n',
      errors: [{ line: 5, element: 'source' }],
    },
    {
      name: 'trust8 en: a "Target date" column is still the time frame, so a row without a target lacks it',
      text:
        '# Kiosks\n\n## Success criteria\n\n| Measure | Baseline (2025/26) | Target date | Source |\n|---|---|---|---|\n' +
        '| Desk queue minutes, Mondays | 12 | 30 June 2027 | Till logs |\n',
      errors: [{ line: 5, element: 'target' }],
    },
    {
      name: 'trust7: a bracket that sets a deadline is no baseline, and "ingen" inside an item sets no zero target',
      text: '# Nøkler\n\n## Mål\n\n- Færre tapte nøkler (50 % innen 2027), og ingen bruker skal vente (avvikssystemet).\n',
      errors: [{ line: 5, element: 'baseline' }],
    },
    {
      name: 'trust7: a zero with no baseline still lacks its baseline',
      text: '# Nøkler\n\n## Suksesskriterier\n\n- Ingen tapte nøkler innen 1. oktober 2027 (avvikssystemet).\n',
      errors: [{ line: 5, element: 'baseline' }],
    },
    {
      name: 'trust6: under a lead-in that tells actions apart, an item with a direction is still a criterion, and "to 60 %" still a target',
      text:
        '# Oppfølging\n\n## Effektmål\n\nVi må skille mellom disse handlingene:\n\n1. Starte på et utkast\n2. Flere sender planen til fastlegen, til 60 %\n',
      errors: [
        { line: 8, element: 'baseline' },
        { line: 8, element: 'timeframe' },
        { line: 8, element: 'source' },
      ],
    },
    {
      name: 'trust6: a price reached by a direction is still a target (*skal ned til 2 900 kroner per måned*), and here has no baseline or source',
      text: '# Dagsenter\n\n## Gevinstrealisering\n\n- Kostnaden for transport skal ned til 2 900 kroner per måned innen juni 2028.\n',
      errors: [
        { line: 5, element: 'baseline' },
        { line: 5, element: 'source' },
      ],
    },
    {
      name: 'trust5: under "We will look at:" only the item with a direction is a criterion; the other measures and the template guidance cover nothing',
      text:
        '# Wounds\n\n## 8. Evaluation\n\nThe pilot will be evaluated by the QI team. We will look at:\n\n- photos uploaded per week in each team;\n' +
        '- reduction in home visits by the tissue viability nurses;\n- staff feedback from a short survey.\n\n' +
        '*Guidance: add a baseline and a target for each measure and say where the data will come from.*\n',
      errors: [
        { line: 8, element: 'baseline' },
        { line: 8, element: 'target' },
        { line: 8, element: 'timeframe' },
        { line: 8, element: 'source' },
      ],
    },
    {
      name: 'amounts with "mill. kr" keep their baseline; Norwegian systems and compound logs are sources; a value dated in the past is a baseline',
      text:
        '# Tilsyn\n\n## Suksesskriterier\n\n- Vikarutgiftene går ned fra 1,2 mill. kr (2026) til 0,9 mill. kr innen 31.12.2027, hentet fra Agresso.\n' +
        '- Antall utrykninger går ned til 20 per måned innen 31.12.2027 (i 2026 var det 34), fra alarmloggen i responssenteret.\n' +
        '- Sykefraværet går ned fra 9,1 % (2026) til 8 % innen 31.12.2027, fra sykefraværsstatistikken.\n' +
        '- Liggetiden går ned fra 1,2 mill. kr (2026) til 0,9 mill. kr innen 31.12.2027.\n',
      errors: [{ line: 8, element: 'source' }],
    },
    {
      name: 'a share of a count is a target and a kept tally a source; a numbered item\'s own number is no amount (bokmål)',
      text:
        '# Tilsyn\n\n## Mål\n\n1. Planlagte tilsyn per natt reduseres fra 14 (uke 40 2026) til 6 innen 31.12.2027, målt i fagsystemet.\n' +
        '2. 10 av 12 beboere har tatt løsningen i bruk innen 1.4.2027, i dag 0 (prosjektleders oversikt).\n' +
        '3. 12 beboere bruker løsningen innen 1.6.2027, i dag 0.\n',
      errors: [{ line: 7, element: 'source' }],
    },
    {
      name: 'English: "9 out of 10" is a target and "the team\'s own count" a source; no tally, no source',
      text:
        '# Check-in\n\n## Success criteria\n\n- 9 out of 10 residents use the app by June 2028, 0 today (the team\'s own count).\n' +
        '- Calls to the front desk fall from 40 a day (2026) to 25 by June 2028.\n',
      errors: [{ line: 6, element: 'source' }],
    },
    {
      name: 'a deliverable beside a real criterion: only the criterion is asked for its elements',
      text:
        '# Kundesenter\n\n## Delmål\n\n1. Publisere svarene i kunnskapsbasen.\n2. Kortere svartid i kundesenteret\n',
      errors: [
        { line: 6, element: 'baseline' },
        { line: 6, element: 'target' },
        { line: 6, element: 'timeframe' },
        { line: 6, element: 'source' },
      ],
    },
    {
      name: 'trust4: a baseline cell that says "none yet" holds no baseline',
      text:
        '# Leaks\n\n## Objectives\n\n| Objective | Measure | Baseline | Target | By when | Source |\n|---|---|---|---|---|---|\n' +
        '| O3 Faster response | Time from alert to engineer | none yet | under 2 hours | 31 March 2028 | Alert platform |\n',
      errors: [{ line: 7, element: 'baseline' }],
    },
    {
      name: 'a "How we\'ll know it worked" slide sets criteria: a comparative ("easier") makes the list a criteria list',
      text:
        '# Talk Together\n\n## How we\'ll know it worked\n\n- Staff and parents say communication is easier (end-of-pilot survey, July 2027)\n' +
        '- New pupils tell us they feel welcome (pupil voice interviews, July 2027)\n',
      errors: [
        { line: 5, element: 'baseline' },
        { line: 5, element: 'target' },
        { line: 6, element: 'baseline' },
        { line: 6, element: 'target' },
      ],
    },
    {
      name: 'a dated survey is the time frame, "tall fra saksarkivet" a source, "mot 9 i 2025" a baseline, "I snitt 30" a target',
      text:
        '# Innspill\n\n## Hva vil vi oppnå?\n\n- I snitt 30 innspill per reguleringsplan innen utgangen av 2027, mot 9 i 2025 (tall fra saksarkivet).\n' +
        '- Brukertilfredsheten skal øke (brukerundersøkelse høsten 2027).\n- Raise satisfaction from 64% (survey, 2025) to 72% in the 2028 STAR survey.\n',
      errors: [
        { line: 6, element: 'baseline' },
        { line: 6, element: 'target' },
      ],
    },
    {
      name: 'issue 8: "Spending objectives" set criteria; a sample "from June 2027" is a start, not a deadline',
      text:
        '# Photo triage\n\n## Spending objectives\n\n- SO1: cut visits that find nothing from 38% (2025/26) to 20% by March 2028, measured in Confirm.\n' +
        '- SO3: at least 85% of reports correctly triaged, checked against inspector decisions in a monthly sample from June 2027.\n',
      errors: [
        { line: 6, element: 'baseline' },
        { line: 6, element: 'timeframe' },
      ],
    },
    {
      name: 'issue 8: every item of a goal list is a criterion, also the one with nothing to measure by (bokmål)',
      text:
        '# Tilsyn\n\n## Mål\n\n1. Tidsbruk per tilsyn går ned fra 31 timer (2025) til høyst 18 timer innen desember 2027, målt i timeregistreringen.\n' +
        '2. Barnehagene opplever tilsynet som nyttig.\n',
      errors: [
        { line: 6, element: 'baseline' },
        { line: 6, element: 'target' },
        { line: 6, element: 'timeframe' },
        { line: 6, element: 'source' },
      ],
    },
    {
      name: 'issue 8: targets stated in a goal section are read as criteria; a stop rule\'s date is no time frame (nynorsk)',
      text:
        '# Leselyst\n\n## Mål for piloten\n\n- Delen elevar på lågaste nivå går ned frå 31 % (hausten 2025) til 22 % innan hausten 2027, målt med nasjonale prøvar.\n' +
        '- Betre leselyst.\n\nGår ikkje lesetida opp innan november 2027, stoppar vi piloten.\n',
      errors: [
        { line: 6, element: 'baseline' },
        { line: 6, element: 'target' },
        { line: 6, element: 'timeframe' },
        { line: 6, element: 'source' },
      ],
    },
    {
      name: 'bokmål table: an empty baseline cell, placeholder cells and an empty metric each count as missing',
      text:
        '# Tilsyn\n\n## Suksesskriterier\n\n| Indikator | Nullpunkt | Mål | Innen | Kilde |\n|---|---|---|---|---|\n' +
        '| Fall per måned | 9 (2026) | ≤ 5 | 2027-09-30 | Avvikssystemet |\n' +
        '| Tilsynsrunder per natt |  | 2 | 2027-09-30 | Gerica |\n' +
        '| Ventetid på hjelp | TBD | {{…}} | 2027-09-30 | Gerica |\n' +
        '| – | 4 | 2 | 2027-09-30 | Gerica |\n',
      errors: [
        { line: 8, element: 'baseline', message: 'Suksesskriteriet «Tilsynsrunder per natt» mangler nullpunkt' },
        { line: 9, element: 'baseline' },
        { line: 9, element: 'target', message: 'mangler mål' },
        { line: 10, element: 'metric', message: 'mangler indikator' },
      ],
    },
    {
      name: 'English list: soft items lack baseline, target and time frame; "significant" without a number',
      text:
        '# Pilot\n\n## Outcomes\n\nWe expect the following outcomes. Data come from the annual user survey.\n\n' +
        '- Increased user satisfaction\n- A significant reduction in phone calls\n',
      errors: [
        { line: 7, element: 'baseline', severity: 'warning' },
        { line: 7, element: 'target' },
        { line: 7, element: 'timeframe', message: 'by when' },
        { line: 8, element: 'baseline' },
        { line: 8, element: 'target' },
        { line: 8, element: 'timeframe' },
        { line: 8, element: 'vague', message: '"significant" without a number' },
      ],
    },
    {
      name: 'a table with no source column and nothing naming a source: one finding on the header row (CRLF)',
      text: (
        '# Pilot\n\n## 3.2 Måleindikatorer\n\nVi måler effekten av piloten på disse indikatorene, og det er viktig for kommunen.\n\n| Indikator | Nullpunkt | Mål | Innen |\n|---|---|---|---|\n' +
        '| Fall per måned | 9 (2026) | 5 | 2027-09-30 |\n| Liggedøgn | 420 (2026) | 350 | 2027-09-30 |\n'
      ).replace(/\n/g, '\r\n'),
      errors: [{ line: 7, element: 'source', message: 'Ingen av kriteriene i tabellen har datakilde' }],
    },
    {
      name: 'a numbered list of comparatives ("Kortere", "Mer fornøyde") is criteria without numbers',
      text:
        '# RPA\n\n## Gevinster\n\nVi måler gevinstene i fagsystemet ved utgangen av piloten, mot nullpunktet fra januar.\n\n' +
        '1. Kortere saksbehandlingstid\n2. Mer fornøyde søkere\n',
      errors: [
        { line: 7, element: 'target' },
        { line: 8, element: 'target', message: 'Mer fornøyde søkere' },
      ],
    },
    {
      name: '"significant increase" in a target cell has no number even though the row has others',
      text:
        '# Pilot\n\n## Measures of success\n\n| Metric | Baseline | Target | By | Source |\n|---|---|---|---|---|\n' +
        '| Users who feel in control | 31 % (2026-05) | significant increase | 2027-09-30 | User survey |\n',
      errors: [{ line: 7, element: 'vague', message: '"significant" without a number' }],
    },
    {
      name: 'seven criteria are more than the Green Book\'s five or six',
      text: SEVEN,
      errors: [{ line: 3, element: 'count', message: '7 success criteria' }],
    },
    {
      name: 'a criterion in a nested subsection: "betydelig" without a number, and no time frame',
      text:
        '# Pilot\n\n## Gevinster\n\n### Effektmål\n\n- Betydelig færre fall om natten, målt i avvikssystemet fra dagens nivå\n',
      errors: [
        { line: 7, element: 'target' },
        { line: 7, element: 'timeframe', message: 'mangler tidsfrist' },
        { line: 7, element: 'vague', message: '«Betydelig» uten tall' },
      ],
    },
  ],
};

testRule(rule, cases);
