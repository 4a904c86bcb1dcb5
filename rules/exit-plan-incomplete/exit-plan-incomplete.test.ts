// exit-plan-incomplete: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const STRONG_EN = `# Medicine dispensers

## 5. Exit plan

- **Decision:** the Committee for Health and Care decides on continuation on 2027-10-14, on the basis of the
  evaluation report of 2027-09-30. The pilot ends on 2027-12-31, so there is no gap in the service.
- **Scaling trigger:** we scale if S1 and S2 are met and S5 shows no decline; we adjust if only one is met.
- **Owner in operation:** Home Care Services (Head of Home Care) owns the service.
- **Who pays:** the annual running cost of NOK 1.85 million is funded from the home care operating budget from
  2028 and entered in the 2028-2031 economic plan.
- **Champion and roll-out:** the team leader in district North is the adoption champion; roll-out to districts
  South and West by 2028-04-30.
- **If stopped:** dispensers are returned to the supplier, users go back to medication visits, and pilot data are
  deleted in line with the DPIA.
`;

const PATHS_EN = "# Paths\n\n## What happens next\n\nIf the alpha goes well we'll consider switching off the old mailbox.\n";
const LICENCE_EN = STRONG_EN.replace(/- \*\*Who pays:\*\*[^]*?economic plan\.\n/, '- Annual licence for the dispensers after the pilot: TBC with the supplier.\n');
const BREAK_EN =
  '# Paths\n\n## After the pilot\n\nThe Cabinet decides on continuation; if the targets are met, the rangers take a break over the summer ' +
  'and the parks team leader rolls it out to all parks by June 2028. The running cost is met from the parks revenue budget. ' +
  'If it stops, reports go back to email.\n';

const STRONG_NB = `# Digitalt tilsyn

## 5 Videreføring og spredning

Hovedutvalg for helse og omsorg behandler videreføring 14. oktober 2027, før budsjettet for 2028 vedtas.

### 5.1 Drift og finansiering

| Spørsmål | Svar |
|---|---|
| Driftsansvar | Hjemmetjenesten ved enhetsleder overtar tjenesten 1. januar 2028 |
| Finansiering | Årlig driftskostnad 1,2 mill. kr dekkes over driftsbudsjettet og innarbeides i økonomiplan 2028–2031 |

### 5.2 Skalering og avslutning

- Skaler dersom S1 og S2 er nådd; juster dersom bare ett er nådd; avslutt ellers.
- Pådriver: teamleder i sone nord; spredning til sone sør og vest innen 30. april 2028.
- Ved avslutning: utstyret returneres, brukerne får ordinære besøk igjen, og data slettes.
`;

const WEAK_NB =
  '# Digitalt nattilsyn\n\n## Veien videre\n\n' +
  'Dersom piloten blir vellykket, vil kommunen vurdere videre bruk av digitalt tilsyn på flere sykehjem. ' +
  'Etter piloten vil kommunen kjøpe løsningen.\n\n## Risiko\n\nIngen.\n';

const WEAK_NB_FIXED =
  '# Digitalt nattilsyn\n\n## Veien videre\n\n' +
  'Dersom piloten blir vellykket, vil kommunen vurdere videre bruk av digitalt tilsyn på flere sykehjem. ' +
  'Etter piloten vil kommunen kjøpe løsningen.\n\n' +
  '- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n' +
  '- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n' +
  '- Driftsansvar: {{enhet/rolle}}\n' +
  '- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n' +
  '- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n' +
  '- Ved avslutning: {{data, utstyr, brukere}}\n\n## Risiko\n\nIngen.\n';

const TABLE_EN = `# Chatbot

## Exit strategy

| Item | Plan |
|---|---|
| Decision | The steering group will decide on continuation |
| Owner in operation | Customer service (head of customer service) |
| Running cost | NOK 300,000 per year |

## Risks

Some.
`;

/** A complete plan in plain prose; each case swaps one sentence for another way proposals phrase that element. */
const PROSE_EN: Record<'trigger' | 'owner' | 'champion' | 'stop', string> = {
  trigger: 'If both targets are reached, the menu is introduced in all nine homes.',
  owner: 'Elderly Care takes over the service.',
  champion: 'The Lindeberg manager is the champion, with roll-out by 2028-06-30.',
  stop: 'If the pilot is stopped, the tablets are returned to the supplier.',
};
const proseEn = (swap: Partial<typeof PROSE_EN>): string =>
  '# Meals\n\n## Next steps after the pilot\n\nThe management group decides on 2027-09-28. ' +
  Object.values({ ...PROSE_EN, ...swap }).join(' ') +
  ' Running costs are absorbed within the care homes\' operating budgets.\n';

const PROSE_NB: Record<'trigger' | 'owner' | 'champion' | 'stop', string> = {
  trigger: 'Dersom suksesskriteriene er nådd, blir tilbudet fast.',
  owner: 'Rehabiliteringstjenesten overtar tjenesten.',
  champion: 'Fagleder er pådriver for spredningen innen 2028-06-30.',
  stop: 'Ved avslutning slettes dataene hos leverandøren.',
};
const proseNb = (swap: Partial<typeof PROSE_NB>): string =>
  '# Rehabilitering\n\n## Etter piloten\n\nKommunestyret vedtar videreføring 2027-10-21. ' +
  Object.values({ ...PROSE_NB, ...swap }).join(' ') +
  ' Lisensene dekkes over rammen til helse og mestring.\n';

const NO_TRIGGER_EN = proseEn({
  trigger: 'If the committee agrees, the service continues.',
  champion: 'The supplier extends the licence to the end of 2027 by agreement.',
});

/** A return to something in the criteria that stops nothing: no stop path. */
const RETURN_EN =
  '# Rehab\n\n## Success criteria\n\nPatients return to work four weeks sooner than today.\n\n' + proseEn({ stop: '' }).replace('# Meals\n\n', '');
const RETURN_NN =
  '# Rehab\n\n## Mål\n\nBrukarane kjem tilbake til jobb fire veker tidlegare.\n\n' + proseNb({ stop: '' }).replace('# Rehabilitering\n\n', '');

/** The second reviewer's ways (trust4): a decision with nobody to take it; a budget that "meets" the cost is no trigger. */
const PASSIVE_DECISION_EN =
  '# Chat\n\n## When the funding ends\n\nWe will approach the Integrated Care Board for funding, and a decision on continuation will be taken at the end of the pilot. ' +
  Object.values(PROSE_EN).join(' ') +
  " Running costs are absorbed within the care homes' operating budgets.\n";
const MET_FROM_BUDGET_EN = proseEn({ trigger: 'If extended, the running cost will be met from the FM revenue budget.' });

/** A grant form's answer that only hopes and may (trust9 en). */
const HOPE_EN =
  '# Clubs\n\n## What will happen when the grant ends?\n\nWe hope the clubs will carry on after the grant ends and keep running in the libraries. ' +
  'We will consider whether to keep the clubs going once the report is finished, and we may apply to other funders.\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust26 en: "would lead its introduction to the branch libraries" names the champion', options: { elements: ['champion'] }, text: '# Lockers\n\n## After the pilot\n\nThe lending team would run the lockers, and the Branch Services Lead would lead its introduction to the branch libraries from May 2028.\n' },
    { name: "trust25 nb: a partnership meeting that *kan vedta* is the deciding body", options: { elements: ['decision'] }, text: "# SMS\n\n## Veien videre\n\nResultatene legges fram i oktober. Partnerskapsmøtet kan vedta varig drift, justere piloten eller avslutte den.\n", language: 'nb' },
    { name: "trust25 nn: a running cost shared out over a budget (*fordelt på vassverka …, over vassbudsjettet*) has its payer", options: { elements: ['payer'] }, text: "# Sensorar\n\n## Vidare etter piloten\n\n- Årskostnad: om lag 420 000 kr, fordelt på vassverka etter tal hydrantar, over vassbudsjettet\n", language: 'nb' },
    { name: "trust25 nn: a slide's terse *Rull-ut om kriterium 1 og 2 er nådde* is the trigger", options: { elements: ['trigger'] }, text: "# Sensorar\n\n## Vidare etter piloten\n\n- Rull-ut om kriterium 1 og 2 er nådde\n", language: 'nb' },
    { name: "trust25 nn: one willing *å ta løysinga vidare til nabokommunane … i løpet av hausten 2027* carries the roll-out", options: { elements: ['champion'] }, text: "# Frivillig\n\n## Vidareføring\n\nKultursjefen har sagt seg villig til å ta løysinga vidare til nabokommunane i løpet av hausten 2027.\n", language: 'nb' },
    { name: "trust24 nb: a management meeting (*Klinikkens ledermøte beslutter …*) is the deciding body", options: { elements: ['decision'] }, text: "# Pumper\n\n## Veien videre\n\nKlinikkens ledermøte beslutter 24. august 2027 om løsningen skal videreføres.\n", language: 'nb' },
    { name: 'trust23 en: a recommendation to extend "if … spend was lower than in the same months of 2026" ties the decision to a result', options: { elements: ['trigger'] }, text: "# Rooms\n\n## After the pilot\n\nWe will recommend extending it if families spent fewer nights in bed and breakfast and nightly spend was lower than in the same months of 2026.\n" },
    { name: 'trust23 nb: *anbefaler videreføring dersom … er lavere enn i 2026* the same in Norwegian', options: { elements: ['trigger'] }, text: "# Rom\n\n## Videreføring\n\nVi anbefaler videreføring dersom utgiftene til hotell er lavere enn i de samme månedene i 2026.\n" },
    { name: 'trust23 nb: *Teknisk utvalg skal ta stilling til* names the deciding body', options: { elements: ['decision'] }, text: '# Gravemaskin\n\n## Videreføring\n\nTeknisk utvalg skal ta stilling til om de neste maskinene også skal være elektriske.\n', language: 'nb' },
    { name: 'trust23 nn: the case sent to a body (*Saka går til formannskapet*) names the deciding body', options: { elements: ['decision'] }, text: '# Sensorar\n\n## Etter piloten\n\n- Saka går til formannskapet\n', language: 'nb' },
    { name: 'trust26 nb: an evaluation put to the church council (*legger fram evalueringen for fellesrådet*) names the deciding body', options: { elements: ['decision'] }, text: '# Gravminner\n\n## Videre drift\n\nKirkevergen legger fram evalueringen for fellesrådet 14. september 2027.\n', language: 'nb' },
    { name: 'trust26 nn: a verb-first condition (*Får vi færre enn …, avsluttar vi*) and going on with the old way give the stop path', options: { elements: ['stop'] }, text: '# Video\n\n## Etter piloten\n\n- Får vi færre enn 200 samtalar, avsluttar vi og held fram med telefonrettleiing\n', language: 'nb' },
    { name: 'trust26 nn: *Viser målingane at …, … fjernar dei som ikkje verkar* removes the kit that fails: the stop path', options: { elements: ['stop'] }, text: '# Fangarar\n\n## Vidareføring\n\nViser målingane at svinnet går lite ned, går vi gjennom tiltaka og fjernar dei som ikkje verkar.\n', language: 'nb' },
    { name: 'trust24 en: the tool switched off and the old check relied on "as now" give the stop path', options: { elements: ['stop'] }, text: '# Checks\n\n## After the pilot\n\n- If not, we switch the script off and rely on the recovery audit as now\n' },
    { name: 'trust23 nb: users going back to the old card from the pilot\'s end give the stop path', options: { elements: ['stop'] }, text: '# Kort\n\n## Etter pilotperioden\n\nFra piloten slutter til saken er behandlet, går deltakerne tilbake til papirkort.\n', language: 'nb' },
    { name: 'trust23 nb: the old machine kept as the fallback if the new one fails gives the stop path', options: { elements: ['stop'] }, text: '# Gravemaskin\n\n## Videreføring\n\nHvis maskinen ikke fungerer om vinteren, beholdes dieselmaskinen som reserve.\n', language: 'nb' },
    { name: 'trust22 en: "with the Electoral Services Manager leading the change" names the champion', options: { elements: ['champion'] }, text: "# Canvass\n\n## What happens next\n\nIf reply rates meet the 55% target, texts will be used for all eligible households in 2028, with the Electoral Services Manager leading the change.\n" },
    { name: 'trust22 en: a "Roll-out lead" names the champion', options: { elements: ['champion'] }, text: "# Beacons\n\n## After the pilot\n\n- **Scale if** S1 and S2 are met: 300 stops during 2028/29\n- **Owner in operation:** Public Transport Team · **Roll-out lead:** Accessibility Officer\n" },
    { name: 'trust22 en: a unit that runs it "as part of the normal canvass" owns it in operation', options: { elements: ['owner'] }, text: "# Canvass\n\n## What happens next\n\nElectoral Services would then run text-first contact as part of the normal canvass.\n" },
    { name: 'trust22 en: kit that joins another stock if the service closes is its stop path', options: { elements: ['stop'] }, text: "# Instruments\n\n## What will happen when your grant ends?\n\nIf fewer than 60 pupils have borrowed by the end of March 2028, we will close the library and the instruments will join the hub's main loan stock.\n" },
    { name: 'trust21 en: one who "will coach reviewers in the other departments through the rollout" carries it', options: { elements: ['champion'] }, text: "# Permits\n\n## Post-pilot plan\n\nIf adopted, all permits move online from July 2027. Marcus Hale will coach reviewers in the other departments through the rollout.\n" },
    { name: 'trust21 nn: *rettleiar avdelingane gjennom innføringa* the same', options: { elements: ['champion'] }, text: "# Løyve\n\n## Vidare drift\n\nFagleiaren rettleiar avdelingane gjennom innføringa hausten 2027.\n" },
    { name: 'trust20 nb: a manager who will *vurdere å videreføre* the service still weighs the continuation (only weighing new sites is the spread)', options: { elements: ['decision'] }, text: '# Hentehyller\n\n## Etter prosjektperioden\n\nDersom målene nås, vil biblioteksjefen vurdere å videreføre hentehyllene i drift.\n' },
    { name: 'trust20 nn: a committee that gets the evaluation at its meeting and chooses the option (*Utvalet får evalueringa i møtet 7. oktober 2027 og kan då velje å vidareføre*) is the deciding body', text: '# Låsar\n\n## Vidare drift etter piloten\n\nUtvalet får evalueringa i møtet 7. oktober 2027 og kan då velje å vidareføre, justere eller avslutte ordninga. Tilrådinga om vidareføring føreset at målet om under 10 tonn er nådd. Renovasjonsavdelinga skal eige ordninga i drift, og kostnadene blir tekne inn i gebyrregulativet for 2028, slik at dei som brukar punkta, betaler for dei. Avdelingsleiar for renovasjon er pådrivar og skal spreie ordninga til fleire hyttepunkt i 2028. Blir piloten avslutta, demonterer leverandøren låsane.\n' },
    { name: 'lever19 en: the liberal backstop reads "If the Board does not renew the scheme, the loan laptops are wiped and sold" as the stop path', options: { elements: ['stop'] }, text: "# Laptops\n\n## After the pilot\n\nIf the Board does not renew the scheme, the loan laptops are wiped and sold.\n" },
    { name: 'lever19 nn: the liberal backstop reads *Viss styret ikkje fornyar avtalen, blir skjermane selde* as the stop path', options: { elements: ['stop'] }, text: "# Skjermar\n\n## Vidare drift\n\nViss styret ikkje fornyar avtalen, blir skjermane selde og kontoane arkiverte.\n" },
    { name: 'lever19 en: the liberal backstop reads one who "coordinates the extension to the other four depots" as the champion', options: { elements: ['champion'] }, text: "# Depots\n\n## After the pilot\n\nThe Parks Manager coordinates the extension to the other four depots.\n" },
    { name: 'trust21 nb: one responsible for taking it into use further (*har ansvaret for å ta modellen i bruk også i kveldsundervisningen*) is the champion', options: { elements: ['champion'] }, text: "# Klasserom\n\n## Etter prosjektet\n\nAvdelingsleder har ansvaret for å ta modellen i bruk også i kveldsundervisningen fra januar 2029.\n" },
    { name: 'trust21 en: "responsible for bringing it into use at the other depots" is the champion', options: { elements: ['champion'] }, text: "# Depots\n\n## After the pilot\n\nThe fleet manager is responsible for bringing it into use at the other depots by June 2028.\n" },
    { name: 'trust21 nn: running costs *dekte av hamnekassa gjennom straumsal og kaivederlag* name the payer', options: { elements: ['payer'] }, text: "# Straum\n\n## Vidare drift\n\nDriftskostnadene vert dekte av hamnekassa gjennom straumsal og kaivederlag.\n" },
    { name: 'trust21 nb: *Anbefalingen bygger på om M1 og M2 er nådd* ties the decision to the criteria', options: { elements: ['trigger'] }, text: "# Kontroll\n\n## Videreføring\n\nAnbefalingen bygger på om M1 og M2 er nådd.\n" },
    { name: 'lever19 nb: the liberal backstop reads *koordinerer utvidelsen til alle skolene* as the champion', options: { elements: ['champion'] }, text: "# Skoler\n\n## Videreføring\n\nVirksomhetsleder skole koordinerer utvidelsen til alle skolene.\n" },
    { name: 'lever19 en: the liberal backstop reads money "paid out of the Street Lighting reserve" as the payer', options: { elements: ['payer'] }, text: "# Lights\n\n## After the pilot\n\nFrom 2028 the licences are paid out of the Street Lighting reserve.\n" },
    { name: 'lever19 nn: the liberal backstop reads *betalt av gebyrinntektene* as the payer', options: { elements: ['payer'] }, text: "# Sensorar\n\n## Vidare drift\n\nFrå 2028 blir kostnaden betalt av gebyrinntektene.\n" },
    { name: 'lever19 en: the liberal backstop reads a body the findings are presented to as the deciding body', options: { elements: ['decision'] }, text: "# Cameras\n\n## After the pilot\n\nFindings will be presented to the Transport Strategy Panel in October 2027.\n" },
    { name: 'lever19 en: the liberal backstop reads a condition on the indicators as the trigger ("Once the indicators in section 3 show the expected change")', options: { elements: ['trigger'] }, text: "# Cameras\n\n## After the pilot\n\nOnce the indicators in section 3 show the expected change, the scheme becomes permanent on all three corridors.\n" },
    { name: 'lever19 nb: the liberal backstop reads *Dersom indikatorene for bruk viser fremgang* as the trigger', options: { elements: ['trigger'] }, text: "# Kulturkort\n\n## Videreføring\n\nDersom indikatorene for bruk viser fremgang, gjøres kortet permanent fra 2028.\n" },
    { name: 'lever19 en: the liberal backstop reads the owner in other words ("accountable for the service")', options: { elements: ['owner'] }, text: "# Sensors\n\n## After the pilot\n\nFrom April 2028 the Arboriculture team is accountable for the service.\n" },
    { name: 'lever19 nb: the liberal backstop reads the line organisation (*en del av linja i parkavdelingen*) as the owner', options: { elements: ['owner'] }, text: "# Sensorer\n\n## Etter piloten\n\nEtter piloten blir tilbudet en del av linja i parkavdelingen.\n" },
    { name: 'trust19 en: a cost "recovered through a $90 annual add-on to the permit fee" names the payer', text: "# Coolers\n\n## After the pilot\n\nIf the first two targets are met, City Council decides at its budget meeting on June 13, 2028. From FY2029 the subscription costs would be recovered through a $90 annual add-on to the food-service permit fee. The Environmental Health Division would own the service in operation, and the senior inspector leads the roll-out to all sites by December 2028. If the targets are not met, the sensors will be removed and returned to the supplier.\n" },
    { name: 'trust19 en: vehicles "bought from the fleet replacement capital programme" name the payer', text: "# Vans\n\n## After the trial\n\nCabinet decides on 15 February 2028. If both targets are met, the vehicles would be bought from the fleet replacement capital programme. In operation they would be owned by Fleet and Transport, and the Waste Operations Manager would lead the roll-out to two rounds by June 2028. If Cabinet decides not to proceed, both vehicles go back to the supplier at the end of the lease.\n" },
    { name: 'trust19 en: "the Voids Team runs them" names the owner, and "If the measures are not met, the safes come off" the stop path', text: "# Safes\n\n## After the pilot\n\nDecision at the Property DMT on 22 February 2028. If the first two measures are met, we roll the safes out to all void homes in 2028/29 from the repairs revenue budget and the Voids Team runs them; the team leader will lead the roll-out. If the measures are not met, the safes come off and go to the sheltered schemes.\n" },
    { name: "trust19 nn: *Barnehagekontoret vil då vere eigar av løysinga* names the owner in operation", text: "# Vikarpool\n\n**Korleis skal resultata takast i bruk etter prosjektperioden?**\n\nOppvekstutvalet avgjer vidareføring i mars 2028. Dersom prosjektet når måla, vert vikarpoolen teken inn i ordinær drift, finansiert over oppvekstbudsjettet. Barnehagekontoret vil då vere eigar av løysinga. Styraren i Haugen barnehage er pådrivar for spreiinga til alle barnehagane innan 2029. Dersom piloten vert avslutta, blir dataa sletta.\n" },
    { name: "trust19 nb: *forutsetter at målene … er nådd* is the trigger, *med enhet … som eier* the owner, *leder utvidelsen til* the champion, and the verb-first *Avsluttes ordningen, …* the stop path", text: "# Halltimer\n\n## Anmodning om videreføring\n\nKulturutvalget behandler saken 22. april 2027. Ordningen videreføres i drift fra 2028, med enhet idrett som eier. Driftskostnaden innarbeides i økonomiplanen. Idrettskonsulenten leder utvidelsen til svømmehallene i løpet av 2028. Anbefalingen forutsetter at målene for bruk av timer er nådd per 31. mars 2027. Avsluttes ordningen, slås modulen av, og lagrede telefonnumre slettes.\n" },
    { name: "trust19 nb: a recommended roll-out *dersom andelen … er under 5 prosent* sets a measured threshold, the trigger", text: "# Kamera\n\n## Videreføring\n\nStyret tar stilling i mars 2028. Innføring anbefales dersom andelen feilsortering er under 5 prosent per 31. januar 2028. Avdeling innsamling eier løsningen i drift, og kostnaden dekkes over gebyret. Fagleder leder utrullingen til alle bilene i 2028. Avsluttes piloten, demonterer leverandøren kameraene.\n" },
    { name: "trust18 nb: criteria *på vei mot målet* as the trigger; a licence *sies opp* and data *eksporteres* as the stop path", text: "# Energi\n\n## 10 Overgang til drift\n\nFormannskapet avgjør 15. oktober 2027 om løsningen skal rulles ut. Dersom G1 og G2 er på vei mot målet, rulles løsningen ut i løpet av 2028, ledet av driftsleder bygg, med eiendomsavdelingen som eier i drift. Kostnaden dekkes av energibudsjettet.\n\nDersom besparelsen er under 5 %, stanses utrullingen. EOS-lisensen sies opp ved årsskiftet, og måledataene eksporteres til kommunens FDV-system.\n" },
    { name: "trust18 nn: the nynorsk passive *må dekkjast innanfor kulturbudsjettet* names the payer", text: "# Skåp\n\n### Etter prøveperioden\n\nFormannskapet tek stilling til vidare drift 7. oktober 2027. Dersom målet om 150 utlån i månaden er nådd, vert skåpa ein fast del av tilbodet, og kultursjefen er pådrivar for utvidinga til skulane innan august 2028. Kultureininga eig tenesta i drift. Årleg driftskostnad er 95 000 kr og må dekkjast innanfor kulturbudsjettet frå 2028. Om prøveordninga vert avslutta, vert skåpa henta, og utstyret går attende til lageret.\n" },
    { name: 'trust18 en: "these costs can be recovered through driver licence fees" after a yearly price for the roll-out names the payer', text: "# Badges\n\n## Financial implications\n\nIf rolled out, the module costs about £7,400 a year. These costs can be recovered through driver licence fees.\n\n## After the pilot\n\nThe Licensing Committee decides on 14 September 2027. If the measures are met, the Senior Licensing Officer leads roll-out to all drivers by March 2028, and the Licensing Manager owns the service in operation. If the pilot is stopped, the badges are switched off and the survey data deleted.\n" },
    { name: 'trust18 en: the owner in operation named under Financial implications, beside the running cost, counts', text: "# Voids\n\n## Financial implications\n\nThe pilot costs £4,800. The Head of Property Services would own the service in operation.\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n" },
    { name: 'trust18 en: "the repairs team would keep the booking form running" names the owner with the thing run between the verbs', text: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. After the pilot the repairs team would keep the booking form running as part of the asset register, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n" },
    { name: "resid17 en: what becomes of the recordings and kit \"whatever is decided\" is the stop path", options: { elements: ["stop"] }, text: "# Oral histories\n\n## When the grant ends\n\nThe recorders stay with the branches, and all recordings remain in the collection whatever is decided.\n" },
    { name: "resid17 nb: *utstyret blir værende i kommunen uansett utfall* the same", options: { elements: ["stop"] }, text: "# Lydopptak\n\n## Etter prosjektet\n\nUtstyret blir værende på bibliotekene, og opptakene blir i samlingen uansett utfall.\n" },
    { name: "resid17 nb: a modal before another passive (*vil løsningen bli tatt i bruk i alle roder*) promises no consideration", text: "# Vintervedlikehold\n\n## Videreføring etter piloten\n\nFormannskapet tar stilling 21. oktober 2027. Dersom S1 og S2 er nådd, vil løsningen bli tatt i bruk i alle roder. Ved videreføring eies tjenesten av vei og park. Sensorleien dekkes over driftsbudsjettet for vinterdrift fra 2028. Formann vinterdrift er pådriver for å ta løsningen i bruk i alle roder innen 2029. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n" },
    { name: 'trust17 en: "otherwise it stops, records are exported … and the tablets go to …" is the stop path', text: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. In operation the service is owned by the Head of Property Services, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n" },
    { name: 'trust17 nb: *ellers avsluttes piloten, og utstyret leveres tilbake* the same in bokmål', text: "# Tilsyn\n\n## Videreføring etter piloten\n\nFormannskapet tar stilling 21. oktober 2027. Dersom S1 og S2 er nådd, videreføres løsningen, og boligforvaltningen overtar driftsansvaret. Driften dekkes over driftsbudsjettet. Driftsleder er pådriver for å ta løsningen i bruk i alle boliger innen 2029. Dersom bare S1 er nådd, justeres piloten; ellers avsluttes piloten, og utstyret leveres tilbake til leverandøren.\n" },
    { name: 'trust17 en: "Decision on continuation: [Insert forum and date]" gives the forum\'s place; the slot is placeholder-text\'s', text: "# Laptops\n\n## After the pilot\n\n- Decision on continuation: [Insert forum and date]\n\nIf targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as owner and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the service is not continued: kits move to in-library use and the hotspot lines are cancelled.\n" },
    { name: 'trust17 nb: *Beslutning om videreføring: [Fyll inn forum og dato]* the same in bokmål', text: "# Utlån\n\n## Videreføring etter piloten\n\n- Beslutning om videreføring: [Fyll inn forum og dato]\n\nDersom S1 og S2 er nådd, videreføres løsningen. Biblioteket overtar driftsansvaret. Driften dekkes over driftsbudsjettet til biblioteket. Biblioteksjefen er pådriver for å ta løsningen i bruk i alle filialer innen 2029. Dersom piloten avsluttes, leveres utstyret tilbake og dataene slettes.\n" },
    { name: "trust16 nb: *Ved videreføring eies tjenesten av vei og park* names the owner, the subject after the verb", text: "# Vintervedlikehold\n\n## Videreføring etter piloten\n\nFormannskapet tar stilling 21. oktober 2027. Dersom S1 og S2 er nådd, videreføres løsningen. Ved videreføring eies tjenesten av vei og park. Sensorleien dekkes over driftsbudsjettet for vinterdrift fra 2028. Formann vinterdrift er pådriver for å ta løsningen i bruk i alle roder innen 2029. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n" },
    { name: "trust16 nn: *vert då eigd av heimetenesta* names the owner, and *Dersom … går ned som venta* the trigger", text: "# Nattilsyn\n\n## Vurdering og vidareføring\n\nHovudutvalet avgjer vidareføring 14. oktober 2027. Dersom talet på besøk går ned som venta, vert tenesta då eigd av heimetenesta, og tenesteleiar leier innføringa i alle soner innan juni 2028. Drifta vert dekt over driftsbudsjettet. Dersom utprøvinga vert avslutta, vert kamera demonterte.\n" },
    { name: 'trust16 en: "with the Head of Adult Services as owner" names the owner; "If neither is met, …: kits move …, lines are cancelled" the stop path', text: "# Laptops\n\n## Sustainability: what happens after the grant period?\n\nThe Board of Trustees decides on May 26, 2028. If targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as owner and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the service is not continued: kits move to in-library use and the hotspot lines are cancelled.\n" },
    { name: 'trust17 nn: a template\'s labelled line *Eigar i drift: …* names the owner', text: "# Elsykkel\n\n## 7 Vidareføring\n\n- Avgjerd om vidareføring: Formannskapet, 1. oktober 2027\n- Årleg driftskostnad: 90 000 kr over driftsbudsjettet\n- Eigar i drift: Seksjon for innkjøp og drift\n- Vi går vidare dersom måla er nådd; innkjøpsleiaren er pådrivar for utrulling til alle einingar innan 2028.\n- Dersom piloten vert avslutta, blir syklane leverte tilbake.\n" },
    { name: 'trust17 nb: a criterion reaching a level (*Hvis S1 når minst 25 prosent, …*) is the trigger', text: "# Kulturkort\n\n## Videreføring\n\nKommunestyret tar stilling 15. november 2027. Hvis S1 når minst 25 prosent, videreføres kortet. Kulturkontoret eier tjenesten i drift, og enhetsleder kultur er pådriver for å koble på idrettslagene innen 2028. Lisensen dekkes over driftsbudsjettet for kultur fra 2028. Dersom piloten avsluttes, slettes dataene.\n" },
    { name: 'trust17 nn: *Dersom vi ikkje går vidare, …* with what becomes of the kit is the stop path', text: "# Kai\n\n## Etter prosjektet\n\nHovudutvalet handsamar vidareføring 10. september 2028. Vi går vidare dersom delmål 1 er nådd. Då blir sensorar monterte på alle kaier innan 2031, og seksjonsleiaren er ansvarleg for utrullinga. Seksjonen eig løysinga i drift, og oppfølginga blir dekt over driftsbudsjettet frå 2029. Dersom vi ikkje går vidare, blir sensorane demonterte.\n" },
    { name: 'trust16 nb: *Dersom ingen av målene nås, …* with what becomes of the equipment is the stop path', text: "# Utlån\n\n## Etter prosjektperioden\n\nStyret vedtar videreføring 26. mai 2028. Dersom mål 1 og 2 er nådd, overtar avdelingslederen tjenesten, og navigatøren leder utrullingen til filialen innen september 2028. Driften dekkes over bibliotekets driftsbudsjett. Dersom ingen av målene nås, blir utstyret brukt bare i biblioteket.\n" },
    {
      name: "trust15 en: \"the RLT will be asked to approve\" names the deciding body; \"would own and operate\" the owner; \"If a closure is not continued\" the stop path",
      text: "# Video reporting\n\n## Decision on roll-out\n\nIf M1 and M2 are met, the RLT will be asked to approve roll-out to the other PDUs by October 2028, led by the Head of Probation Delivery. The Parks Division would own and operate the kit, funded from the base operating budget. If a closure is not continued, its order lapses and the signs come down.\n",
    },
    { name: "trust15 nb: the project reaching its goals (*Dersom prosjektet når resultatmål 1 og 2*) is the trigger", text: "# Fuktvakt\n\n## Videreføring etter prosjektperioden\n\nFormannskapet vedtar videreføring 20. oktober 2028. Dersom prosjektet når resultatmål 1 og 2, tas sensorene i bruk i alle boliger. Boligforvaltningen overtar driftsansvaret, og driftsleder leder utrullingen til de 270 boligene innen juni 2029. Driften dekkes over driftsbudsjettet til boligforvaltningen. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n" },
    { name: "trust15 nn: *Viss piloten når effektmåla* the same in nynorsk", text: "# Fuktvakt\n\n## Videreføring etter prosjektperioden\n\nFormannskapet vedtar videreføring 20. oktober 2028. Viss piloten når effektmåla, tas sensorene i bruk i alle boliger. Boligforvaltningen overtar driftsansvaret, og driftsleder leder utrullingen til de 270 boligene innen juni 2029. Driften dekkes over driftsbudsjettet til boligforvaltningen. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n" },
    { name: "trust14 nb: *Seksjonsleder Veiledning person er ansvarlig for spredningen* with the units and a date names the champion", options: { elements: ["champion"] }, text: "# P\n\n## Videreføring\n\nDersom S1 og S2 er nådd, spres veiviseren til alle enheter innen 1. mai 2028. Seksjonsleder Veiledning person er ansvarlig for spredningen.\n" },
    { name: "trust14 nn: *har ansvaret for innføringa* with the committees and a date names the champion", options: {"elements": ["champion"]}, text: "# P\n\n## Vidareføring\n\nModulen vert teken i bruk i alle ni utval frå 1. februar 2028. Leiar for politisk sekretariat har ansvaret for innføringa.\n" },
    { name: "trust14 nb: *Hvis tiltaket avsluttes, demonteres …* says what happens if the measure stops", options: {"elements": ["stop"]}, text: "# P\n\n## Videreføring\n\nHvis tiltaket avsluttes, demonteres radar og blink, og tellingene blir liggende i det åpne datasettet.\n" },
    { name: "trust12 en: *ordinary operation* with the running cost paid from the service budget still names the payer", options: {elements: ["payer"]}, text: "# Dispensers\n\n## After the pilot\n\nIf M1 and M2 are met, the service moves into ordinary operation in January 2028. The running cost of £31,000 a year is met from the home care revenue budget.\n" },
    { name: "trust12 nn: running costs shared by the partners' key (*blir fordelt mellom kommunane etter fordelingsnøkkelen*) name the payer", options: {elements: ["payer"]}, text: "# Drone\n\n## 11. Vidareføring\n\nDriftskostnaden er rekna til 140 000 kr i året og blir fordelt mellom kommunane etter fordelingsnøkkelen i samarbeidsavtalen.\n" },
    { name: "trust12 en: \"running costs split between the three councils\" the same", options: {elements: ["payer"]}, text: "# Drone\n\n## After the pilot\n\nThe running cost of £14,000 a year will be split between the three councils.\n" },
    { name: "trust12 nn: *vil styringsgruppa vurdere å ta … inn i* names the deciding body (the -a form of *styringsgruppe*)", options: {elements: ["decision"]}, text: "# Drone\n\n## 11. Vidareføring\n\nDersom piloten lukkast, vil styringsgruppa vurdere å ta dronekontroll inn i den faste kontrollplanen.\n" },
    { name: "trust11 en: \"Go / no-go at Highways Board\" (spaces round the slash) names the deciding body", options: {elements:  ["decision"]}, text: "# P\n\n## After the trial\n\n- Go / no-go at Highways Board\n" },
    { name: "trust11 en: \"Budget: TBC\" on an exit slide is the payer's place, its slot placeholder-text's", options: {elements:  ["payer"]}, text: "# P\n\n## After the trial\n\n- Budget: TBC\n" },
    { name: "trust11 nb: the same slot in bokmål, *Budsjett: avklares senere*", options: {elements:  ["payer"]}, text: "# P\n\n## Etter piloten\n\n- Budsjett: avklares senere\n" },
    { name: "trust11 en: \"If the service does not continue, council IT will wipe the laptops\" is the stop path", options: {elements:  ["stop"]}, text: "# P\n\n## What will happen when our funding ends?\n\nIf the service does not continue, council IT will wipe the laptops and give them to borrowers.\n" },
    { name: "trust12 en: \"owns the model and the transcripts in operation\" names the owner in operation", options: {elements:  ["owner"]}, text: "# P\n\n## After the project\n\n- The Archives service owns the model and the transcripts in operation.\n" },
    { name: "trust13 en: a time of operation before the owner (\"After the partnership the Street Lighting Manager owns the model …\", \"In operation the Head of Prevention would own …\")", options: {elements:  ["owner"]}, text: "# P\n\n## After the partnership\n\nAfter the partnership the Street Lighting Manager owns the model and the dimming profiles.\n\n## After the pilot\n\n11.3 In operation the Head of Prevention would own the risk-led allocation.\n" },
    { name: "trust12 en: \"If M1 is not met, the transcripts already checked are still published\" says what becomes of the data", options: {elements:  ["stop"]}, text: "# P\n\n## After the project\n\n- If M1 is not met, the transcripts already checked are still published and the code is deposited openly.\n" },
    { name: "trust12 nb: *Dersom M1 ikke nås, publiseres resultatene likevel* the same in bokmål", options: {elements:  ["stop"]}, text: "# P\n\n## Etter piloten\n\n- Dersom M1 ikke nås, publiseres resultatene likevel åpent.\n" },
    {
      name: 'trust11 nb: responsibility for the service by its own name after the project names the owner; *leder utrullingen* the champion',
      text: proseNb({
        owner: 'Rektorene har ansvaret for leseløpene på egen skole etter prosjektperioden.',
        champion: 'Driftsleder vann leder utrullingen, og alle fire soner har loggere innen 1. juli 2029.',
      }),
    },
    {
      name: 'trust11 nn: one who trains the next sites by a date carries the roll-out',
      text: proseNb({ champion: 'Øvingsleiaren lærer opp vaktlaga ved Nes og Lia innan 1. mars 2028.' }),
    },
    {
      name: 'trust11 en: "are responsible for the reading groups after the project" names the owner in operation',
      text: proseEn({ owner: 'Head teachers are responsible for the reading groups at their school after the project.' }),
    },
    {
      name: 'trust10 nn: the split verb *tek … over ansvaret* names the owner in operation, as *overtek* does',
      text: proseNb({ owner: 'Driftsavdelinga tek då over ansvaret for sensorane og bommane.' }),
    },
    {
      name: 'trust10 en: "owns the live service" names the owner, and "leads its extension to all wards" the champion',
      text: proseEn({
        owner: 'The Development Management Manager owns the live service.',
        champion: 'The Planning Support Team Leader leads its extension to all wards from February 2028.',
      }),
    },
    {
      name: 'trust10 en: "would take the visits on" takes the service over: it names the owner in operation',
      text: proseEn({ owner: "If the outcomes are met, the council's Affordable Warmth team would take the visits on." }),
    },
    {
      name: 'trust9 en: a plan stated without hedging still counts ("the library team will run the clubs")',
      text: proseEn({ owner: 'The library team will run the clubs from April 2028.' }),
    },
    {
      name: 'trust8 nn: the subject after the verb (*Når piloten er over, blir digital oppfølging ein del av ordinær drift*) still names the owner',
      text: proseNb({ owner: 'Når piloten er over, blir digital oppfølging ein del av ordinær drift under einingsleiarane.' }),
    },
    {
      name: 'trust7 en: "would take the inspection work over" names the owner in operation',
      text: BREAK_EN.replace('the rangers take a break over the summer', 'the parks team would take the report handling over'),
    },
    { name: 'issue 8 real documents: "now operated by OAPEN" names the owner in operation', text: proseEn({ owner: 'The service is now operated by Bookhost, a foundation.' }) },
    { name: 'issue 8 real documents: the operator as a link, "operated by [Bookhost](url)"', text: proseEn({ owner: 'The service is now operated by [Bookhost](https://example.org), a foundation.' }) },
    { name: 'issue 8 real documents: the team that maintains it and makes fixes owns it', text: proseEn({ owner: 'Because it was built in-house, the data team can maintain the portal and make fixes.' }) },
    { name: 'issue 8 real documents: *Gramo selvstendig kan videreutvikle og forvalte* names the owner', text: proseNb({ owner: 'Etter overføringen kan kommunen selvstendig videreutvikle og forvalte løsningen.' }) },
    { name: 'issue 8 real documents: *vi kan vedlikeholde listene* names who keeps it running', text: proseNb({ owner: 'Med koden for oppdatering kan vi vedlikeholde og forbedre listene i mange år.' }) },
    { name: 'trust4: stop "residents will book by phone as now"', text: proseEn({ stop: 'If it stops, residents will book by phone as now.' }) },
    { name: 'trust4: owner "Street Scene runs the service from July 2027"', text: proseEn({ owner: 'Street Scene runs the service from July 2027.' }) },
    { name: 'trust4: owner "the service run by Bereavement Services"', text: proseEn({ owner: 'The service would then be run by Bereavement Services.' }) },
    { name: 'trust4: owner "would host the chat"', text: proseEn({ owner: 'The Youth Service would host the chat.' }) },
    {
      name: 'trust4: a named unit decides ("Education Services will decide on …")',
      text: proseEn({}).replace('The management group decides on 2027-09-28.', 'Education Services will decide on 2027-09-28.'),
    },
    { name: 'trust4: stop "Should the chat close"', text: proseEn({ stop: 'Should the chat close, young people are told two months in advance.' }) },
    { name: 'trust4: owner "Responsibility passes to the Parking team"', text: proseEn({ owner: 'Responsibility passes to the Parking team.' }) },
    { name: 'trust4: owner "Libraries will look after the tool"', text: proseEn({ owner: 'Libraries will look after the tool.' }) },
    { name: 'trust4: owner "tek over tilbodet" (nynorsk)', text: proseNb({ owner: 'Helsestasjonen tek over tilbodet.' }) },
    { name: 'trust4: owner "drifter løsningen"', text: proseNb({ owner: 'Barnevernstjenesten drifter løsningen.' }) },
    { name: 'trust4: stop "the licences lapse and the tablets are collected"', text: proseEn({ stop: 'If the decision is no, the licences lapse and the tablets are collected.' }) },
    { name: 'trust4: stop "Dersom tenesta ikkje held fram"', text: proseNb({ stop: 'Dersom tenesta ikkje held fram, får brukarane vanleg oppfølging.' }) },
    { name: 'trust4: champion "takes it to the other four teams by June 2028"', text: proseEn({ champion: 'The team leader takes it to the other four teams by June 2028.' }) },
    { name: 'trust4: champion "ansvar for spreiinga"', text: proseNb({ champion: 'Fagleiar har ansvar for spreiinga til dei andre skulane innan august 2028.' }) },
    { name: 'trust4: trigger "Viss vi når måla"', text: proseNb({ trigger: 'Viss vi når måla, blir tilbodet fast.' }) },
    {
      name: 'trust4: payer "built into the 2028/29 budget"',
      text:
        '# Meals\n\n## Next steps after the pilot\n\nThe management group decides on 2027-09-28. ' +
        Object.values(PROSE_EN).join(' ') +
        ' The licence is built into the 2028/29 budget of Elderly Care.\n',
    },
    {
      name: 'trust4: a leadership team decides (a forum); a running-cost slot "Kostnader i drift: avklares senere" is placeholder-text\'s',
      text:
        '# Rehabilitering\n\n## Etter piloten\n\nDirektørens ledergruppe vedtar videreføring 2027-10-21. ' +
        Object.values(PROSE_NB).join(' ') +
        ' Kostnader i drift: avklares senere.\n',
    },
    {
      name: 'issue 8: the payer in the financial case, the rest in other words under the exit heading',
      text:
        '# Permits\n\n## Financial case\n\nFrom 2028 the running cost of £12,000 a year is met from the Parking Services revenue budget.\n\n' +
        '## Next steps\n\nCabinet decides on 21 October 2027. If both targets are met, the service is handed over to Parking Services as business as usual. ' +
        'The team leader leads the roll-out to all eleven zones by June 2028. If the pilot is stopped, residents return to paper permits.\n',
    },
    {
      name: 'issue 8: bokmål in other words: innarbeides i driftsrammen, går inn i ordinær drift under enhetsleder, tar dispenserne videre',
      text:
        '# Dispensere\n\n## Overgang til drift\n\nHovedutvalget tar stilling til videreføring 15. desember 2027. Nås begge resultatmålene, innarbeides leien i ' +
        'hjemmetjenestens driftsramme fra 2028, og tjenesten går inn i ordinær drift under enhetsleder. Fagutviklingssykepleier tar dispenserne videre til ' +
        'hjemmetjenesten Nord innen juni 2028. Avsluttes piloten, hentes dispenserne av leverandøren.\n',
    },
    {
      name: 'a plural subject owns the service in operation',
      text:
        '# Reading support\n\n## Exit plan\n\nThe education committee decides on 2026-10-01. If both targets are met, the tool is rolled out to all six schools by August 2027, led by the principal at Østby school. Running cost NOK 120 000 a year is funded from the education budget line. The schools own the service in operation. If stopped, pupil data is deleted within 30 days.\n',
    },
    { name: 'owner: "will be responsible for the service"', text: proseEn({ owner: 'Each care home manager will be responsible for the service in their home.' }) },
    { name: 'champion: "leading the roll-out"', text: proseEn({ champion: 'The roll-out to all nine homes in 2028 has the Lindeberg manager leading the roll-out.' }) },
    { name: 'stop: "Should the pilot be wound down"', text: proseEn({ stop: 'Should the pilot be wound down, residents go back to the printed menu.' }) },
    { name: 'trigger: "Should both targets be met"', text: proseEn({ trigger: 'Should both targets be met, the menu is introduced in all nine homes.' }) },
    { name: 'owner: the unit that runs it, "drifter Artsmelder fra" (bokmål)', text: proseNb({ owner: 'Park og vei drifter Artsmelder fra 1.1.2028.' }) },
    { name: 'owner: "vatn og avløp driftar sensorane" (nynorsk)', text: proseNb({ owner: 'Då er det naturleg at vatn og avløp driftar sensorane.' }) },
    { name: 'payer: a labelled running-cost slot is placeholder-text\'s (catalogue E)', text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Kostnader i drift: avklares senere.') },
    {
      name: 'decision: a recommendation put to the board names the deciding body',
      text: proseEn({}).replace('The management group decides on 2027-09-28.', 'At the end of the pilot the Project Executive reports to the Property Board with a recommendation to extend, adjust or stop.'),
    },
    {
      name: 'stop: the stop path beside the stop rule in the criteria section (nynorsk)',
      text:
        '# Triage\n\n## Mål\n\nDersom delen som er triagerte for lågt aukar to månader på rad, blir piloten stoppa og vi går tilbake til papirskjema.\n\n' +
        proseNb({ stop: '' }).replace('# Rehabilitering\n\n', ''),
    },
    {
      name: 'stop: the stop path beside the stop rule in the criteria section (English)',
      text:
        '# Triage\n\n## Success criteria\n\nIf under-triage rises two months in a row, the pilot is stopped and nurses go back to paper forms.\n\n' +
        proseEn({ stop: '' }).replace('# Meals\n\n', ''),
    },
    { name: 'owner: the line organisation takes it over, "implementeres i linjen" (DFØ\'s gevinstrealisering)', text: proseNb({ owner: 'Tjenesten implementeres i linjen fra januar 2028.' }) },
    { name: 'owner: "blir en del av det ordinære tjenestetilbudet i hjemmetjenesten"', text: proseNb({ owner: 'Tilbudet blir en del av det ordinære tjenestetilbudet i hjemmetjenesten.' }) },
    { name: 'owner: nynorsk "vert ein del av det ordinære tenestetilbodet i heimetenesta"', text: proseNb({ owner: 'Tenesta vert ein del av det ordinære tenestetilbodet i heimetenesta.' }) },
    { name: 'payer: a cost taken into a budget frame', text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Utgiftene tas inn i tjenestens ordinære budsjettramme.') },
    { name: 'payer: the gains pay for the running', text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' De sparte vikarutgiftene dekker lisensene fra 2028.') },
    { name: 'champion: a team spreads it to new units in a year', text: proseNb({ champion: 'Implementeringsteamet sprer løsningen til tre nye enheter i 2028.' }) },
    { name: 'stop: nynorsk "Om utprøvinga ikkje held fram, vert utstyret levert attende"', text: proseNb({ stop: 'Om utprøvinga ikkje held fram, vert utstyret levert attende.' }) },
    { name: 'owner: "får ansvaret for driften"', text: proseNb({ owner: 'Enhetsleder får ansvaret for driften.' }) },
    { name: 'owner: "har ansvaret for tilbudet i drift"', text: proseNb({ owner: 'Rehabiliteringstjenesten har ansvaret for tilbudet i drift.' }) },
    { name: 'trigger: verb-first "Blir målene ... nådd, blir ..."', text: proseNb({ trigger: 'Blir målene for hjemmetjeneste og kjøretid nådd, blir tilbudet fast.' }) },
    {
      name: 'champion: "tar det videre til ... innen"',
      text: proseNb({ champion: 'Fagansvarlig fysioterapeut tar det videre til pasienter etter hjerneslag innen utgangen av 2028.' }),
    },
    { name: 'stop: "Ved en eventuell stans slettes"', text: proseNb({ stop: 'Ved en eventuell stans slettes alle opptak hos leverandøren.' }) },
    { name: 'trigger: "if the pilot meets the objectives"', text: proseEn({ trigger: 'If the pilot meets the objectives in section 2, the tool becomes standard.' }) },
    { name: 'trigger: a measured threshold "falls to 80 or fewer"', text: proseEn({ trigger: 'If gritting runs fall to 80 or fewer, the sensors are fitted across the network.' }) },
    { name: 'trigger: verb-first "Nås målet ..., tas ..."', text: proseNb({ trigger: 'Nås målet for gjennomføring, tas modellen inn i oppfølgingstjenesten.' }) },
    {
      name: 'payer: "within the existing library budget"; owner: "keeps it in operation"',
      text:
        '# Rooms\n\n## Project close\n\nThe management team decides on 2027-06-24. If room use reaches 80%, Libraries keeps it in operation ' +
        'within the existing library budget, and the Senior Library Assistant rolls it out to all seven branches by December 2027. ' +
        'If it stops, rooms go back to desk booking.\n',
    },
    {
      name: 'payer: "tas fra ... budsjett" in nynorsk',
      text:
        '# Rom\n\n## Vidareføring\n\nUtvalet vedtek vidareføring 2027-06-24. Vert målet nådd, eig biblioteket tenesta i drift, og kostnaden vert ' +
        'teken frå biblioteksbudsjettet. Einingsleiaren utvidar ordninga til alle filialane innan desember 2027. Vert piloten stoppa, går romma tilbake til skranken.\n',
    },
    { name: 'owner: "keeps the portal in operation"', text: proseEn({ owner: 'The Revenues service keeps the portal in operation.' }) },
    { name: 'owner: "som eier den i drift"', text: proseNb({ owner: 'Modellen tas inn i oppfølgingstjenesten, som eier den i drift.' }) },
    { name: 'champion: "extends it to ... by April 2028"', text: proseEn({ champion: 'The Head of Revenues extends it to council tax enquiries by April 2028.' }) },
    { name: 'champion: "utvidar ... til ... innan"', text: proseNb({ champion: 'Einingsleiaren utvidar løysinga til alle 120 brukarane innan juni 2028.' }) },
    { name: 'stop: verb-first "Blir modellen ikke videreført, ..."', text: proseNb({ stop: 'Blir modellen ikke videreført, slettes modellen og dataene.' }) },
    { name: 'owner: "owns and supports the platform"', text: proseEn({ owner: 'The Shared Digital Service owns and supports the platform.' }) },
    { name: 'owner: "vil eie tilbudet i drift"', text: proseNb({ owner: 'NAV-leder vil eie tilbudet i drift.' }) },
    { name: 'owner: "forvaltar verktøyet" in nynorsk', text: proseNb({ owner: 'Seksjon for skuleutvikling forvaltar verktøyet.' }) },
    { name: 'champion: "will promote the feed to ... by the end of 2028"', text: proseEn({ champion: 'The Head of Transport will promote the feed to the other six authorities by the end of 2028.' }) },
    { name: 'trigger: "if the objectives are on track"', text: proseEn({ trigger: 'If the spending objectives are on track, the menu is introduced in all nine homes.' }) },
    { name: 'a strong English exit plan with every element in a list', text: STRONG_EN },
    { name: 'a strong bokmål exit plan spread over numbered subsections, a table and a list', text: STRONG_NB },
    {
      name: 'payer and the decision date and forum come from front matter (CRLF)',
      text: (
        '---\ntitle: Sensors\nexit_decision_date: 2027-10-14\ndecision_forum: Committee for Health and Care\n' +
        'post_pilot_funding: Care home operating budget from 2028\nowner:\n  role: Care home manager\n  name: Eva Lie\n---\n' +
        '# Sensors\n\n## After the pilot\n\nWe scale to all four care homes if the success criteria S1 and S2 are met. ' +
        'Nordby care home takes over the service, and its unit manager is the champion for the roll-out. If the pilot is stopped, the sensors are removed and data deleted.\n'
      ).replace(/\n/g, '\r\n'),
    },
    {
      name: 'no exit section at all is exit-plan-missing, not this rule',
      text: '# Pilot\n\n## Conclusion\n\nIf the pilot is successful, the municipality will consider further use.\n',
    },
    { name: 'the lines the fix adds are recognised (placeholders are left to placeholder-text)', text: WEAK_NB_FIXED },
    {
      name: 'nynorsk plan with sentences broken across CRLF lines and an inverted "Stoppast piloten"',
      text: (
        '# E-lås\n\n## 4. Vidareføring etter piloten\n\nKommunestyret vedtek vidareføring 2027-10-20. Dersom minst to av tre\n' +
        'suksesskriterium er nådde, vert e-lås innført i alle soner. Heimetenesta har driftsansvar, og kostnaden vert dekt over\n' +
        'driftsbudsjettet. Teamleiar i sone vest er pådrivar for spreiinga. Stoppast piloten, vert låsane demonterte.\n'
      ).replace(/\n/g, '\r\n'),
    },
    {
      name: 'an element switched off in options is not checked',
      text:
        '# Pilot\n\n## Exit plan\n\n- The council decides on 2027-06-01 whether to continue.\n- Owner in operation: the school.\n' +
        '- Funded from the education operating budget.\n- Scale if the success criteria are met.\n- If stopped, tablets are returned.\n',
      options: { elements: ['payer', 'owner', 'decision', 'trigger', 'stop'] },
    },
    {
      name: 'trust6 nn: running costs met over the unit\'s operating budget (*finansierast over driftsbudsjettet*) name the payer',
      text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Drifta skal finansierast over driftsbudsjettet til eininga frå 2028.'),
    },
    { name: 'trust25 en: an evaluation presented to a leadership team ("will present its evaluation to the Strategic Leadership Team") names the deciding body', options: { elements: ['decision'] }, text: '# Alarms\n\n## After the pilot\n\nThe working group will present its evaluation to the Strategic Leadership Team on 22 July 2027, recommending one of three options.\n' },
    { name: 'trust25 en: continuing at no additional running cost needs no payer', options: { elements: ['payer'] }, text: '# Week\n\n## After the pilot\n\nThe compressed week has no additional running cost, so no budget provision is needed.\n' },
  ],
  invalid: [
    { name: 'trust26 en: "would lead the evaluation" names no champion', options: { elements: ['champion'] }, text: '# Lockers\n\n## After the pilot\n\nThe lending team would run the lockers, and the Branch Services Lead would lead the evaluation.\n', errors: [{ line: 3, element: 'champion' }], output: '# Lockers\n\n## After the pilot\n\nThe lending team would run the lockers, and the Branch Services Lead would lead the evaluation.\n\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' },
    { name: 'trust25 en: a running cost that has no budget yet is no cost-free continuation', options: { elements: ['payer'] }, text: '# Week\n\n## After the pilot\n\nThe rosters cost £4,000 a year and no budget has been found.\n', errors: [{ line: 3, element: 'payer' }], output: '# Week\n\n## After the pilot\n\nThe rosters cost £4,000 a year and no budget has been found.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' },
    { name: 'trust25 en: an evaluation presented to the project team names no deciding body', options: { elements: ['decision'] }, text: '# Alarms\n\n## After the pilot\n\nThe analyst will present the evaluation to the project team in July 2027.\n', errors: [{ line: 3, element: 'decision' }], output: '# Alarms\n\n## After the pilot\n\nThe analyst will present the evaluation to the project team in July 2027.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n' },
    { name: "trust25 nn: who pays left as an open question (*er eit ope spørsmål*) names no payer", options: { elements: ['payer'] }, text: "# Frivillig\n\n## Vidareføring\n\nKorleis kostnaden skal dekkjast etter mars 2027, er eit ope spørsmål.\n", language: 'nb', errors: [{ line: 3, element: 'payer' }], output: "# Frivillig\n\n## Vidareføring\n\nKorleis kostnaden skal dekkjast etter mars 2027, er eit ope spørsmål.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust24 nb: a meeting not named as a body's (*Et møte beslutter*) names nobody", options: { elements: ['decision'] }, text: "# Pumper\n\n## Veien videre\n\nEt møte beslutter senere om løsningen skal videreføres.\n", language: 'nb', errors: [{ line: 3, element: 'decision' }], output: "# Pumper\n\n## Veien videre\n\nEt møte beslutter senere om løsningen skal videreføres.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n" },
    { name: 'trust23 en: a recommendation to extend with no result to compare is no trigger', options: { elements: ['trigger'] }, text: "# Rooms\n\n## After the pilot\n\nWe will recommend extending it if the Cabinet Member agrees.\n", errors: [{ line: 3, element: 'trigger' }], output: "# Rooms\n\n## After the pilot\n\nWe will recommend extending it if the Cabinet Member agrees.\n\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n" },
    { name: 'trust23 nb: money going to a body (*Tilskuddet går til kommunen*) is no decision', options: { elements: ['decision'] }, text: '# Kort\n\n## Etter pilotperioden\n\nTilskuddet går til styret for drift.\n', language: 'nb', errors: [{ line: 3, element: 'decision' }], output: '# Kort\n\n## Etter pilotperioden\n\nTilskuddet går til styret for drift.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n' },
    { name: 'trust23 en: data that can be exported "after the pilot ends" is a right, not the stop path', options: { elements: ['stop'] }, text: "# Sensors\n\n## After the pilot\n\nThe council owns the readings and can export them at any time, including after the pilot ends.\n", errors: [{ line: 3, element: 'stop' }], output: "# Sensors\n\n## After the pilot\n\nThe council owns the readings and can export them at any time, including after the pilot ends.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: 'trust22 en: a change with nobody leading it names no champion', options: { elements: ['champion'] }, text: "# Canvass\n\n## After the pilot\n\nThe change to text-first contact will be made in 2028.\n", errors: [{ line: 3, element: 'champion' }], output: "# Canvass\n\n## After the pilot\n\nThe change to text-first contact will be made in 2028.\n\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n" },
    { name: 'trust22 en: the pilot run "as part of the normal canvass" during the pilot is no owner in operation', options: { elements: ['owner'] }, text: "# Canvass\n\n## After the pilot\n\nDuring the pilot the texts go out as part of the normal canvass.\n", errors: [{ line: 3, element: 'owner' }], output: "# Canvass\n\n## After the pilot\n\nDuring the pilot the texts go out as part of the normal canvass.\n\n- Owner in operation: {{unit/role}}\n" },
    { name: 'trust26 nb: a report put forward with no body to take it (*legger fram rapporten*) names no deciding body', options: { elements: ['decision'] }, text: "# Gravminner\n\n## Videre drift\n\nKirkevergen legger fram rapporten i september 2027.\n", language: 'nb', errors: [{ line: 3, element: 'decision' }], output: "# Gravminner\n\n## Videre drift\n\nKirkevergen legger fram rapporten i september 2027.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n" },
    { name: 'trust26 nb: a verb-first condition that stops with nothing done for data, kit or users names no stop path', options: { elements: ['stop'] }, text: "# Video\n\n## Etter piloten\n\nFår vi færre enn 200 samtaler, avslutter vi piloten.\n", language: 'nb', errors: [{ line: 3, element: 'stop' }], output: "# Video\n\n## Etter piloten\n\nFår vi færre enn 200 samtaler, avslutter vi piloten.\n\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'trust24 en: the pilot switched off, with no tool, data or users, names no stop path', options: { elements: ['stop'] }, text: "# Checks\n\n## After the pilot\n\nIf S1 is not met, the Board switches the pilot off.\n", errors: [{ line: 3, element: 'stop' }], output: "# Checks\n\n## After the pilot\n\nIf S1 is not met, the Board switches the pilot off.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: 'trust22 en: schools that join the next round, with no kit or data, name no stop path', options: { elements: ['stop'] }, text: "# Instruments\n\n## After the pilot\n\nIf S1 is not met, the Board stops the pilot and the schools join the next round.\n", errors: [{ line: 3, element: 'stop' }], output: "# Instruments\n\n## After the pilot\n\nIf S1 is not met, the Board stops the pilot and the schools join the next round.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: 'trust21 en: coaching with no roll-out to take people through names no champion', options: { elements: ['champion'] }, text: "# Permits\n\n## After the pilot\n\nMarcus Hale will coach reviewers through the new forms. The rollout is planned for 2028.\n", errors: [{ line: 3, element: 'champion' }], output: "# Permits\n\n## After the pilot\n\nMarcus Hale will coach reviewers through the new forms. The rollout is planned for 2028.\n\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n" },
    { name: 'trust20 nb: a champion who will *vurdere to nye hentepunkter* weighs the spread, not the continuation: the deciding body is still missing', options: { elements: ['decision'] }, text: '# Hentehyller\n\n## Etter prosjektperioden\n\nDersom målene nås, vil kommunen vurdere å videreføre hentehyllene. Avdelingsleder for bokbuss er pådriver og skal vurdere to nye hentepunkter i 2028.\n', errors: [{ line: 3, element: 'decision' }], output: '# Hentehyller\n\n## Etter prosjektperioden\n\nDersom målene nås, vil kommunen vurdere å videreføre hentehyllene. Avdelingsleder for bokbuss er pådriver og skal vurdere to nye hentepunkter i 2028.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n' },
    { name: 'round 12 en: of two exit sections the finding sits on the one that states the most ("After the pilot"), not on the first', options: { elements: ['payer'] }, text: "# Ceremonies\n\n## Running costs after the pilot\n\nRunning online booking needs about 0.2 FTE of a registration officer.\n\n## After the pilot\n\nIf IO1 and IO2 are met, the service moves to online booking under the Registration Service Manager, and the Superintendent Registrar leads the roll-out to two more offices by March 2028. The project board decides on continuation on 15 September 2027. If the service does not continue, booking returns to phone only and the supplier deletes the data.\n", errors: [{ line: 7, element: 'payer' }], output: "# Ceremonies\n\n## Running costs after the pilot\n\nRunning online booking needs about 0.2 FTE of a registration officer.\n\n## After the pilot\n\nIf IO1 and IO2 are met, the service moves to online booking under the Registration Service Manager, and the Superintendent Registrar leads the roll-out to two more offices by March 2028. The project board decides on continuation on 15 September 2027. If the service does not continue, booking returns to phone only and the supplier deletes the data.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: 'lever19 en: the stop backstop reads neither the condition alone nor an export with no branch where the service ends', options: { elements: ['stop'] }, text: "# Laptops\n\n## After the pilot\n\nIf S1 is not met, the Board stops the pilot. Loan data can be exported as CSV.\n", errors: [{ line: 3, element: 'stop' }], output: "# Laptops\n\n## After the pilot\n\nIf S1 is not met, the Board stops the pilot. Loan data can be exported as CSV.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: 'lever19 nn: the same in nynorsk', options: { elements: ['stop'] }, text: "# Skjermar\n\n## Vidare drift\n\nDersom S1 ikkje er nådd, avsluttar styret piloten. Dataa kan eksporterast som CSV.\n", errors: [{ line: 3, element: 'stop' }], output: "# Skjermar\n\n## Vidare drift\n\nDersom S1 ikkje er nådd, avsluttar styret piloten. Dataa kan eksporterast som CSV.\n\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'trust21 nb: a taking into use with nobody responsible for it (*kan senere tas i bruk for*) names no champion', options: { elements: ['champion'] }, text: "# Skjenkekontroll\n\n## Videreføring\n\nEnhetsleder har ansvaret for driften. Løsningen kan senere tas i bruk for salgsbevillingene.\n", errors: [{ line: 3, element: 'champion' }], output: "# Skjenkekontroll\n\n## Videreføring\n\nEnhetsleder har ansvaret for driften. Løsningen kan senere tas i bruk for salgsbevillingene.\n\n- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n" },
    { name: 'trust21 nn: a fund named with no cost met from it is no payer', options: { elements: ['payer'] }, text: "# Straum\n\n## Vidare drift\n\nHamnekassa har god økonomi, og driftskostnadene er om lag 55 000 kr i året.\n", errors: [{ line: 3, element: 'payer' }], output: "# Straum\n\n## Vidare drift\n\nHamnekassa har god økonomi, og driftskostnadene er om lag 55 000 kr i året.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: 'trust21 nb: a recommendation that *bygger på* a report names no criterion, so no trigger', options: { elements: ['trigger'] }, text: "# Kontroll\n\n## Videreføring\n\nAnbefalingen bygger på sluttrapporten.\n", errors: [{ line: 3, element: 'trigger' }], output: "# Kontroll\n\n## Videreføring\n\nAnbefalingen bygger på sluttrapporten.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: 'lever19 en: the champion backstop does not read a roll-out with nobody to carry it', options: { elements: ['champion'] }, text: "# Depots\n\n## After the pilot\n\nThe roll-out to the other four depots is planned for 2028.\n", errors: [{ line: 3, element: 'champion' }], output: "# Depots\n\n## After the pilot\n\nThe roll-out to the other four depots is planned for 2028.\n\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n" },
    { name: 'lever19 nb: nor one who leads the work in the pilot period', options: { elements: ['champion'] }, text: "# Skoler\n\n## Videreføring\n\nProsjektleder leder arbeidet i pilotperioden, og utrullingen til alle skolene skjer i 2028.\n", errors: [{ line: 3, element: 'champion' }], output: "# Skoler\n\n## Videreføring\n\nProsjektleder leder arbeidet i pilotperioden, og utrullingen til alle skolene skjer i 2028.\n\n- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n" },
    { name: 'lever19 en: the payer backstop does not read money still to be sought', options: { elements: ['payer'] }, text: "# Lights\n\n## After the pilot\n\nFrom 2028 we will seek money from the Street Lighting reserve to pay for the licences.\n", errors: [{ line: 3, element: 'payer' }], output: "# Lights\n\n## After the pilot\n\nFrom 2028 we will seek money from the Street Lighting reserve to pay for the licences.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: 'lever19 nn: nor a price alone', options: { elements: ['payer'] }, text: "# Sensorar\n\n## Vidare drift\n\nLisensen kostar om lag 85 000 kroner per år frå 2028.\n", errors: [{ line: 3, element: 'payer' }], output: "# Sensorar\n\n## Vidare drift\n\nLisensen kostar om lag 85 000 kroner per år frå 2028.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: 'lever19 en: the decision backstop does not read a body in another clause than the decision', options: { elements: ['decision'] }, text: "# Cameras\n\n## After the pilot\n\nThe project group will meet monthly, and a decision will be made at the end of the pilot.\n", errors: [{ line: 3, element: 'decision' }], output: "# Cameras\n\n## After the pilot\n\nThe project group will meet monthly, and a decision will be made at the end of the pilot.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n" },
    { name: 'lever19 nn: nor *Styringsgruppa møtest kvar månad, og ei avgjerd … kjem*', options: { elements: ['decision'] }, text: "# Sensorar\n\n## Vidare drift\n\nStyringsgruppa møtest kvar månad, og ei avgjerd om vidareføring kjem mot slutten av piloten.\n", errors: [{ line: 3, element: 'decision' }], output: "# Sensorar\n\n## Vidare drift\n\nStyringsgruppa møtest kvar månad, og ei avgjerd om vidareføring kjem mot slutten av piloten.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n" },
    { name: 'lever19 en: the trigger backstop does not read a good result ("if the pilot goes well and the results are good")', options: { elements: ['trigger'] }, text: "# Cameras\n\n## After the pilot\n\nIf the pilot goes well and the results are good, the scheme becomes permanent on all three corridors.\n", errors: [{ line: 3, element: 'trigger' }], output: "# Cameras\n\n## After the pilot\n\nIf the pilot goes well and the results are good, the scheme becomes permanent on all three corridors.\n\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n" },
    { name: 'lever19 nb: the trigger backstop reads neither criteria only measured nor a level that stops', options: { elements: ['trigger'] }, text: "# Kulturkort\n\n## Videreføring\n\nNår G1 og G2 er målt, legges saken fram. Dersom andelen brukere er under 5 prosent, avsluttes piloten.\n", errors: [{ line: 3, element: 'trigger' }], output: "# Kulturkort\n\n## Videreføring\n\nNår G1 og G2 er målt, legges saken fram. Dersom andelen brukere er under 5 prosent, avsluttes piloten.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: 'lever19 en: the backstop reads neither the project owner nor ownership during the trial', options: { elements: ['owner'] }, text: "# Sensors\n\n## After the pilot\n\nThe project owner is the Head of Parks. During the trial the university owns the sensor data.\n", errors: [{ line: 3, element: 'owner' }], output: "# Sensors\n\n## After the pilot\n\nThe project owner is the Head of Parks. During the trial the university owns the sensor data.\n\n- Owner in operation: {{unit/role}}\n" },
    { name: 'lever19 nb: the backstop reads neither keys taken over nor responsibility in the pilot period', options: { elements: ['owner'] }, text: "# Sensorer\n\n## Etter piloten\n\nVaktmesteren tar over nøklene. I pilotperioden har prosjektlederen ansvaret for sensorene.\n", errors: [{ line: 3, element: 'owner' }], output: "# Sensorer\n\n## Etter piloten\n\nVaktmesteren tar over nøklene. I pilotperioden har prosjektlederen ansvaret for sensorene.\n\n- Driftsansvar: {{enhet/rolle}}\n" },
    { name: 'trust19 en: vehicles bought from the supplier name no payer', text: "# Vans\n\n## After the trial\n\nCabinet decides on 15 February 2028. If both targets are met, the vehicles would be bought from the supplier's capital stock. In operation they would be owned by Fleet and Transport, and the Waste Operations Manager would lead the roll-out to two rounds by June 2028. If Cabinet decides not to proceed, both vehicles go back to the supplier at the end of the lease.\n", errors: [{ line: 3, element: 'payer' }], output: "# Vans\n\n## After the trial\n\nCabinet decides on 15 February 2028. If both targets are met, the vehicles would be bought from the supplier's capital stock. In operation they would be owned by Fleet and Transport, and the Waste Operations Manager would lead the roll-out to two rounds by June 2028. If Cabinet decides not to proceed, both vehicles go back to the supplier at the end of the lease.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: 'trust19 en: a team that is only told names no owner, and safes that stay where they are are no stop path', text: "# Safes\n\n## After the pilot\n\nDecision at the Property DMT on 22 February 2028. If the first two measures are met, we roll the safes out to all void homes in 2028/29 from the repairs revenue budget and the Voids Team is told; the team leader will lead the roll-out. If the measures are not met, the safes stay where they are.\n", errors: [{ line: 3, element: 'owner' }, { line: 3, element: 'stop' }], output: "# Safes\n\n## After the pilot\n\nDecision at the Property DMT on 22 February 2028. If the first two measures are met, we roll the safes out to all void homes in 2028/29 from the repairs revenue budget and the Voids Team is told; the team leader will lead the roll-out. If the measures are not met, the safes stay where they are.\n\n- Owner in operation: {{unit/role}}\n- If stopped: {{data, equipment, users}}\n" },
    { name: "trust19 nb: beside a dated decision, *Driftskostnadene må vurderes i budsjettprosessen* is the open payer alone", options: { elements: ["payer"] }, text: "# Arkiv\n\n## 7 Overgang til drift\n\nKommunedirektørens ledergruppe tar stilling til innføring 15. september 2027. Driftskostnadene må vurderes i budsjettprosessen.\n", errors: [{ line: 3, element: "payer" }], output: "# Arkiv\n\n## 7 Overgang til drift\n\nKommunedirektørens ledergruppe tar stilling til innføring 15. september 2027. Driftskostnadene må vurderes i budsjettprosessen.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust19 nb: without a date for the decision the same sentence is also the promise to consider", options: { elements: ["payer"] }, text: "# Arkiv\n\n## 7 Overgang til drift\n\nKommunedirektørens ledergruppe tar stilling til innføring. Driftskostnadene må vurderes i budsjettprosessen.\n", errors: [{ line: 3, element: "payer" }, { line: 5, element: "considered" }], output: "# Arkiv\n\n## 7 Overgang til drift\n\nKommunedirektørens ledergruppe tar stilling til innføring. Driftskostnadene må vurderes i budsjettprosessen.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust19 nn: the owner of the supplier contract (*eigar av avtalen*) is not the owner of the service", text: "# Vikarpool\n\n**Korleis skal resultata takast i bruk etter prosjektperioden?**\n\nOppvekstutvalet avgjer vidareføring i mars 2028. Dersom prosjektet når måla, vert vikarpoolen vidareført, finansiert over oppvekstbudsjettet. Barnehagekontoret vil då vere eigar av avtalen med leverandøren. Styraren i Haugen barnehage er pådrivar for spreiinga til alle barnehagane innan 2029. Dersom piloten vert avslutta, blir dataa sletta.\n", errors: [{ line: 3, element: "owner" }], output: "# Vikarpool\n\n**Korleis skal resultata takast i bruk etter prosjektperioden?**\n\nOppvekstutvalet avgjer vidareføring i mars 2028. Dersom prosjektet når måla, vert vikarpoolen vidareført, finansiert over oppvekstbudsjettet. Barnehagekontoret vil då vere eigar av avtalen med leverandøren. Styraren i Haugen barnehage er pådrivar for spreiinga til alle barnehagane innan 2029. Dersom piloten vert avslutta, blir dataa sletta.\n\n- Driftsansvar: {{enhet/rolle}}\n" },
    { name: "trust19 nb: a recommendation that presupposes only a delivered evaluation has no trigger", text: "# Halltimer\n\n## Anmodning om videreføring\n\nKulturutvalget behandler saken 22. april 2027. Ordningen videreføres i drift fra 2028, med enhet idrett som eier. Driftskostnaden innarbeides i økonomiplanen. Idrettskonsulenten leder utvidelsen til svømmehallene i løpet av 2028. Anbefalingen forutsetter at evalueringen er levert innen 31. mars 2027. Avsluttes ordningen, slås modulen av, og lagrede telefonnumre slettes.\n", errors: [{ line: 3, element: "trigger" }], output: "# Halltimer\n\n## Anmodning om videreføring\n\nKulturutvalget behandler saken 22. april 2027. Ordningen videreføres i drift fra 2028, med enhet idrett som eier. Driftskostnaden innarbeides i økonomiplanen. Idrettskonsulenten leder utvidelsen til svømmehallene i løpet av 2028. Anbefalingen forutsetter at evalueringen er levert innen 31. mars 2027. Avsluttes ordningen, slås modulen av, og lagrede telefonnumre slettes.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: "trust18 nn: a running cost left to be agreed (*må avklarast med kulturavdelinga*) names no payer", text: "# Skåp\n\n### Etter prøveperioden\n\nFormannskapet tek stilling til vidare drift 7. oktober 2027. Dersom målet om 150 utlån i månaden er nådd, vert skåpa ein fast del av tilbodet, og kultursjefen er pådrivar for utvidinga til skulane innan august 2028. Kultureininga eig tenesta i drift. Årleg driftskostnad er 95 000 kr og må drøftast med kulturavdelinga. Om prøveordninga vert avslutta, vert skåpa henta, og utstyret går attende til lageret.\n", errors: [{ line: 3, element: "payer" }], output: "# Skåp\n\n### Etter prøveperioden\n\nFormannskapet tek stilling til vidare drift 7. oktober 2027. Dersom målet om 150 utlån i månaden er nådd, vert skåpa ein fast del av tilbodet, og kultursjefen er pådrivar for utvidinga til skulane innan august 2028. Kultureininga eig tenesta i drift. Årleg driftskostnad er 95 000 kr og må drøftast med kulturavdelinga. Om prøveordninga vert avslutta, vert skåpa henta, og utstyret går attende til lageret.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust18 nb: criteria only measured give no trigger, and a licence that runs out the year says nothing of a stop", text: "# Energi\n\n## 10 Overgang til drift\n\nFormannskapet avgjør 15. oktober 2027 om løsningen skal rulles ut. Når G1 og G2 er målt, legges saken fram, og løsningen rulles ut i løpet av 2028, ledet av driftsleder bygg, med eiendomsavdelingen som eier i drift. Kostnaden dekkes av energibudsjettet.\n\nDersom besparelsen er under 5 %, stanses utrullingen. Lisensen varer ut året.\n", errors: [{ line: 3, element: "trigger" }, { line: 3, element: "stop" }], output: "# Energi\n\n## 10 Overgang til drift\n\nFormannskapet avgjør 15. oktober 2027 om løsningen skal rulles ut. Når G1 og G2 er målt, legges saken fram, og løsningen rulles ut i løpet av 2028, ledet av driftsleder bygg, med eiendomsavdelingen som eier i drift. Kostnaden dekkes av energibudsjettet.\n\nDersom besparelsen er under 5 %, stanses utrullingen. Lisensen varer ut året.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'trust18 en: the pilot\'s own cost recovered through a fee account does not point back to the roll-out price', text: "# Badges\n\n## Financial implications\n\nIf rolled out, the module costs about £7,400 a year. The pilot's own cost is recovered through the licensing fee account.\n\n## After the pilot\n\nThe Licensing Committee decides on 14 September 2027. If the measures are met, the Senior Licensing Officer leads roll-out to all drivers by March 2028, and the Licensing Manager owns the service in operation. If the pilot is stopped, the badges are switched off and the survey data deleted.\n", errors: [{ line: 7, element: 'payer' }], output: "# Badges\n\n## Financial implications\n\nIf rolled out, the module costs about £7,400 a year. The pilot's own cost is recovered through the licensing fee account.\n\n## After the pilot\n\nThe Licensing Committee decides on 14 September 2027. If the measures are met, the Senior Licensing Officer leads roll-out to all drivers by March 2028, and the Licensing Manager owns the service in operation. If the pilot is stopped, the badges are switched off and the survey data deleted.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: 'trust18 en: the budget section\'s owner of the pilot budget is not the service\'s owner in operation', text: "# Voids\n\n## Financial implications\n\nThe pilot costs £4,800. The Head of Property Services owns the pilot budget.\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n", errors: [{ line: 7, element: 'owner' }], output: "# Voids\n\n## Financial implications\n\nThe pilot costs £4,800. The Head of Property Services owns the pilot budget.\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n\n- Owner in operation: {{unit/role}}\n" },
    { name: 'trust18 en: "we hope the repairs team could keep the booking form running" is a hope, no owner', text: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. We hope the repairs team could keep the booking form running as part of the asset register. The running cost is funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n", errors: [{ line: 3, element: 'owner' }], output: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. We hope the repairs team could keep the booking form running as part of the asset register. The running cost is funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops, records are exported to the housing system and the tablets go to another team.\n\n- Owner in operation: {{unit/role}}\n" },
    { name: "resid17 en: \"whatever is decided\" with nothing said of data or kit is no stop path", options: { elements: ["stop"] }, text: "# Oral histories\n\n## When the grant ends\n\nThe librarian will brief volunteers whatever is decided.\n", errors: [{ line: 3, element: "stop" }], output: "# Oral histories\n\n## When the grant ends\n\nThe librarian will brief volunteers whatever is decided.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: "resid17 nb: the subject between the modal and the passive (*vil videre bruk i hele foretaket bli vurdert*) is the promise to consider", text: "# Sengebelegg\n\n## Veien videre\n\nDersom piloten gir gode resultater, vil videre bruk i hele foretaket bli vurdert. Løsningen vil i så fall forvaltes av seksjon for pasientlogistikk.\n", errors: [{ line: 3, element: "payer" }, { line: 3, element: "decision" }, { line: 3, element: "trigger" }, { line: 3, element: "champion" }, { line: 3, element: "stop" }, { element: "considered", line: 5 }], output: "# Sengebelegg\n\n## Veien videre\n\nDersom piloten gir gode resultater, vil videre bruk i hele foretaket bli vurdert. Løsningen vil i så fall forvaltes av seksjon for pasientlogistikk.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: "resid17 nn: *skal utlån til alle tilsette verte vurdert* the same", text: "# Sykkelutlån\n\n## Vegen vidare\n\nViss S1 er nådd, skal utlån til alle tilsette verte vurdert. Eininga for bygg og eigedom driftar ordninga vidare.\n", errors: [{ line: 3, element: "payer" }, { line: 3, element: "decision" }, { line: 3, element: "champion" }, { line: 3, element: "stop" }, { element: "considered", line: 5 }], output: "# Sykkelutlån\n\n## Vegen vidare\n\nViss S1 er nådd, skal utlån til alle tilsette verte vurdert. Eininga for bygg og eigedom driftar ordninga vidare.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: 'trust17 en: "otherwise it stops" with nothing said of records, kit or people is no stop path', text: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. In operation the service is owned by the Head of Property Services, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops.\n", errors: [{ line: 3, element: 'stop' }], output: "# Voids\n\n## Transition to business as usual\n\nThe Housing Board decides on 15 July 2027. If the first two measures are met, the app is rolled out to the other area teams by December 2027, led by the Voids Manager. In operation the service is owned by the Head of Property Services, funded from the repairs revenue budget. If they are not met but visits have fallen, the pilot is adjusted; otherwise it stops.\n\n- If stopped: {{data, equipment, users}}\n" },
    { name: 'trust17 en: a slot labelled for something else ("Contact: [Insert name]") names no deciding body', text: "# Laptops\n\n## After the pilot\n\n- Contact: [Insert name]\n\nIf targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as owner and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the service is not continued: kits move to in-library use and the hotspot lines are cancelled.\n", errors: [{ line: 3, element: 'decision' }], output: "# Laptops\n\n## After the pilot\n\n- Contact: [Insert name]\n\nIf targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as owner and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the service is not continued: kits move to in-library use and the hotspot lines are cancelled.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n" },
    { name: 'trust17 nn: *Eigar av syklane: …* names the bikes\' owner, not the service\'s', text: "# Elsykkel\n\n## 7 Vidareføring\n\n- Avgjerd om vidareføring: Formannskapet, 1. oktober 2027\n- Årleg driftskostnad: 90 000 kr over driftsbudsjettet\n- Eigar av syklane: Sykkelnøkkel AS\n- Vi går vidare dersom måla er nådd; innkjøpsleiaren er pådrivar for utrulling til alle einingar innan 2028.\n- Dersom piloten vert avslutta, blir syklane leverte tilbake.\n", errors: [{ line: 3, element: "owner" }], output: "# Elsykkel\n\n## 7 Vidareføring\n\n- Avgjerd om vidareføring: Formannskapet, 1. oktober 2027\n- Årleg driftskostnad: 90 000 kr over driftsbudsjettet\n- Eigar av syklane: Sykkelnøkkel AS\n- Vi går vidare dersom måla er nådd; innkjøpsleiaren er pådrivar for utrulling til alle einingar innan 2028.\n- Dersom piloten vert avslutta, blir syklane leverte tilbake.\n- Driftsansvar: {{enhet/rolle}}\n" },
    { name: 'trust17 nb: reaching out to places (*Hvis kortet når ut til alle skolene*) sets no level, so no trigger', text: "# Kulturkort\n\n## Videreføring\n\nKommunestyret tar stilling 15. november 2027. Hvis kortet når ut til alle skolene, videreføres det. Kulturkontoret eier tjenesten i drift, og enhetsleder kultur er pådriver for å koble på idrettslagene innen 2028. Lisensen dekkes over driftsbudsjettet for kultur fra 2028. Dersom piloten avsluttes, slettes dataene.\n", errors: [{ line: 3, element: "trigger" }], output: "# Kulturkort\n\n## Videreføring\n\nKommunestyret tar stilling 15. november 2027. Hvis kortet når ut til alle skolene, videreføres det. Kulturkontoret eier tjenesten i drift, og enhetsleder kultur er pådriver for å koble på idrettslagene innen 2028. Lisensen dekkes over driftsbudsjettet for kultur fra 2028. Dersom piloten avsluttes, slettes dataene.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: 'trust17 nn: *Dersom vi ikkje går vidare med …* without a branch of its own says nothing of the stop', text: "# Kai\n\n## Etter prosjektet\n\nHovudutvalet handsamar vidareføring 10. september 2028. Vi går vidare dersom delmål 1 er nådd. Då blir sensorar monterte på alle kaier innan 2031, og seksjonsleiaren er ansvarleg for utrullinga. Seksjonen eig løysinga i drift, og oppfølginga blir dekt over driftsbudsjettet frå 2029. Dersom vi ikkje går vidare med fleire kaier i 2029, ventar vi.\n", errors: [{ line: 3, element: "stop" }], output: "# Kai\n\n## Etter prosjektet\n\nHovudutvalet handsamar vidareføring 10. september 2028. Vi går vidare dersom delmål 1 er nådd. Då blir sensorar monterte på alle kaier innan 2031, og seksjonsleiaren er ansvarleg for utrullinga. Seksjonen eig løysinga i drift, og oppfølginga blir dekt over driftsbudsjettet frå 2029. Dersom vi ikkje går vidare med fleire kaier i 2029, ventar vi.\n\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: "trust16 nb: *eies sensorene av leverandøren* is the equipment's owner, not the service's", text: "# Vintervedlikehold\n\n## Videreføring etter piloten\n\nFormannskapet tar stilling 21. oktober 2027. Dersom S1 og S2 er nådd, videreføres løsningen. Ved videreføring eies sensorene av leverandøren. Sensorleien dekkes over driftsbudsjettet for vinterdrift fra 2028. Formann vinterdrift er pådriver for å ta løsningen i bruk i alle roder innen 2029. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n", errors: [{ line: 3, element: "owner" }], output: "# Vintervedlikehold\n\n## Videreføring etter piloten\n\nFormannskapet tar stilling 21. oktober 2027. Dersom S1 og S2 er nådd, videreføres løsningen. Ved videreføring eies sensorene av leverandøren. Sensorleien dekkes over driftsbudsjettet for vinterdrift fra 2028. Formann vinterdrift er pådriver for å ta løsningen i bruk i alle roder innen 2029. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n\n- Driftsansvar: {{enhet/rolle}}\n" },
    { name: "trust16 nn: *Når utprøvinga er ferdig* with no expected result is no trigger", text: "# Nattilsyn\n\n## Vurdering og vidareføring\n\nHovudutvalet avgjer vidareføring 14. oktober 2027. Når utprøvinga er ferdig, vert tenesta då eigd av heimetenesta, og tenesteleiar leier innføringa i alle soner innan juni 2028. Drifta vert dekt over driftsbudsjettet. Dersom utprøvinga vert avslutta, vert kamera demonterte.\n", errors: [{ line: 3, element: "trigger" }], output: "# Nattilsyn\n\n## Vurdering og vidareføring\n\nHovudutvalet avgjer vidareføring 14. oktober 2027. Når utprøvinga er ferdig, vert tenesta då eigd av heimetenesta, og tenesteleiar leier innføringa i alle soner innan juni 2028. Drifta vert dekt over driftsbudsjettet. Dersom utprøvinga vert avslutta, vert kamera demonterte.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: 'trust16 en: "If neither is met" with nothing said of kit, lines or people is no stop path, and "with … as contact" names no owner', text: "# Laptops\n\n## Sustainability: what happens after the grant period?\n\nThe Board of Trustees decides on May 26, 2028. If targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as contact and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the Board will think again.\n", errors: [{ line: 3, element: 'owner' }, { line: 3, element: 'stop' }], output: "# Laptops\n\n## Sustainability: what happens after the grant period?\n\nThe Board of Trustees decides on May 26, 2028. If targets 1 and 2 are met, the service is extended to the Eastgate branch by September 2028, with the Head of Adult Services as contact and the Navigator leading the roll-out, funded from the library's operating budget. If neither is met, the Board will think again.\n\n- Owner in operation: {{unit/role}}\n- If stopped: {{data, equipment, users}}\n" },
    {
      name: "trust15 en: \"the team\" asked to approve names no deciding body, and a condition with no stopping is no stop path",
      text: "# Video reporting\n\n## Decision on roll-out\n\nIf M1 and M2 are met, the team will be asked to approve roll-out to the other PDUs by October 2028, led by the Head of Probation Delivery. The Parks Division would own and operate the kit, funded from the base operating budget. If the sensors stay, the signs come down.\n",
      errors: [{ line: 3, element: 'decision' }, { line: 3, element: 'stop' }],
      output: "# Video reporting\n\n## Decision on roll-out\n\nIf M1 and M2 are met, the team will be asked to approve roll-out to the other PDUs by October 2028, led by the Head of Probation Delivery. The Parks Division would own and operate the kit, funded from the base operating budget. If the sensors stay, the signs come down.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- If stopped: {{data, equipment, users}}\n",
    },
    { name: "trust15 nb: *Når prosjektet er ferdig* (when, not reaches) is no trigger", text: "# Fuktvakt\n\n## Videreføring etter prosjektperioden\n\nFormannskapet vedtar videreføring 20. oktober 2028. Når prosjektet er ferdig, tas sensorene i bruk i alle boliger. Boligforvaltningen overtar driftsansvaret, og driftsleder leder utrullingen til de 270 boligene innen juni 2029. Driften dekkes over driftsbudsjettet til boligforvaltningen. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n", errors: [{ line: 3, element: "trigger" }], output: "# Fuktvakt\n\n## Videreføring etter prosjektperioden\n\nFormannskapet vedtar videreføring 20. oktober 2028. Når prosjektet er ferdig, tas sensorene i bruk i alle boliger. Boligforvaltningen overtar driftsansvaret, og driftsleder leder utrullingen til de 270 boligene innen juni 2029. Driften dekkes over driftsbudsjettet til boligforvaltningen. Dersom piloten avsluttes, demonteres sensorene og dataene slettes.\n\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n" },
    { name: "trust15 nb: two promises to consider in one plan are one concern, reported on the first", text: "# Fuktvakt\n\n## Hvordan skal resultatene videreføres etter prosjektperioden?\n\nDersom prosjektet når resultatmål 1 og 2, vil kommunen vurdere å ta i bruk sensorer i hele boligmassen fra 2029. Boligforvaltningen overtar driftsansvaret, og driftsleder har ansvaret for utrullingen. Finansieringen vurderes i budsjettarbeidet.\n", errors: [{ line: 3, element: "payer" }, { line: 3, element: "decision" }, { line: 3, element: "stop" }, { line: 5, element: "considered" }], output: "# Fuktvakt\n\n## Hvordan skal resultatene videreføres etter prosjektperioden?\n\nDersom prosjektet når resultatmål 1 og 2, vil kommunen vurdere å ta i bruk sensorer i hele boligmassen fra 2029. Boligforvaltningen overtar driftsansvaret, og driftsleder har ansvaret for utrullingen. Finansieringen vurderes i budsjettarbeidet.\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n- Ved avslutning: {{data, utstyr, brukere}}\n" },
    { name: "trust15 nn: funding left to be considered beside a dated decision (*Korleis drifta skal finansierast, skal vurderast …*) is the payer's gap alone", text: "# Sluttrapport\n\n## Vidareføring etter hovudprosjektet\n\nUtval for teknikk og miljø avgjer 12. oktober 2028 om løysinga skal inn i fast drift frå 2029. Dersom S1 og S2 er nådde, går alle inspeksjonar gjennom modellen, og driftsleiaren for leidningsnett leier innføringa. Eininga for vatn og avløp overtek driftsansvaret. Korleis drifta skal finansierast, skal vurderast når resultata ligg føre. Vert løysinga ikkje vidareført, går vi tilbake til manuell gjennomgang.\n", errors: [{ line: 3, element: "payer" }], output: "# Sluttrapport\n\n## Vidareføring etter hovudprosjektet\n\nUtval for teknikk og miljø avgjer 12. oktober 2028 om løysinga skal inn i fast drift frå 2029. Dersom S1 og S2 er nådde, går alle inspeksjonar gjennom modellen, og driftsleiaren for leidningsnett leier innføringa. Eininga for vatn og avløp overtek driftsansvaret. Korleis drifta skal finansierast, skal vurderast når resultata ligg føre. Vert løysinga ikkje vidareført, går vi tilbake til manuell gjennomgang.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust15 en: \"How the running cost is funded will be considered\" beside a dated decision is the payer's gap alone", text: "# Energy advice\n\n## After the pilot\n\nCabinet decides on continuation on 15 October 2027. If the outcomes in 3.3 are met, the council's Affordable Warmth team would take the visits on, led by the team leader. How the running cost is funded will be considered once the results are known. If the visits stop, households are referred back to the helpline.\n", errors: [{ line: 3, element: "payer" }], output: "# Energy advice\n\n## After the pilot\n\nCabinet decides on continuation on 15 October 2027. If the outcomes in 3.3 are met, the council's Affordable Warmth team would take the visits on, led by the team leader. How the running cost is funded will be considered once the results are known. If the visits stop, households are referred back to the helpline.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: "trust15 en: with no dated decision, \"Mainstream funding will be considered by the council\" is still the promise to consider", text: "# Energy advice\n\n## After your funding\n\nIf the outcomes in 3.3 are met, the council's Affordable Warmth team would take the visits on, led by the team leader. Mainstream funding will be considered by the council once the results are known. If the visits stop, households are referred back to the helpline.\n", errors: [{ line: 3, element: "payer" }, { line: 3, element: "decision" }, { line: 5, element: "considered" }], output: "# Energy advice\n\n## After your funding\n\nIf the outcomes in 3.3 are met, the council's Affordable Warmth team would take the visits on, led by the team leader. Mainstream funding will be considered by the council once the results are known. If the visits stop, households are referred back to the helpline.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: "trust14 nn: a split of the running cost left to the board for later (*tek styret stilling til seinare*) names no payer", options: {"elements": ["payer"]}, text: "# P\n\n## Vidareføring\n\nDriftskostnaden er om lag 60 000 kr i året. Korleis kostnaden skal fordelast mellom kommunane, tek styret stilling til seinare.\n", errors: [{"line": 3, "element": "payer"}], output: "# P\n\n## Vidareføring\n\nDriftskostnaden er om lag 60 000 kr i året. Korleis kostnaden skal fordelast mellom kommunane, tek styret stilling til seinare.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust14 nn: a cost weighed against other needs (*må vurderast opp mot andre behov*) leaves the payer open, and is no promise to consider continuation", options: {"elements": ["payer"]}, text: "# P\n\n## Vidareføring\n\nLisensen etter prøveperioden kostar 42 000 kr i året. Kostnaden må vurderast opp mot andre behov i budsjettet for 2028.\n", errors: [{"line": 3, "element": "payer"}], output: "# P\n\n## Vidareføring\n\nLisensen etter prøveperioden kostar 42 000 kr i året. Kostnaden må vurderast opp mot andre behov i budsjettet for 2028.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust12 nb: the plan's own *Hvordan den skal dekkes, er ikke bestemt* outweighs *anbefales ordinær drift* beside it", options: {elements: ["payer"]}, text: "# Dispensere\n\n## 11. Videreføring\n\nDersom M1 og M2 er nådd, anbefales ordinær drift fra 1. januar 2028. Driftskostnaden etter piloten er anslått til 310 000 kr i året. Hvordan den skal dekkes, er ikke bestemt.\n", errors: [{line: 3, element: "payer"}], output: "# Dispensere\n\n## 11. Videreføring\n\nDersom M1 og M2 er nådd, anbefales ordinær drift fra 1. januar 2028. Driftskostnaden etter piloten er anslått til 310 000 kr i året. Hvordan den skal dekkes, er ikke bestemt.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust12 nn: a cost shared with the users (*delt mellom brukarane*) is no partner paying", options: {elements: ["payer"]}, text: "# Drone\n\n## 11. Vidareføring\n\nDriftskostnaden er rekna til 140 000 kr i året og blir delt mellom brukarane av tenesta.\n", errors: [{line: 3, element: "payer"}], output: "# Drone\n\n## 11. Vidareføring\n\nDriftskostnaden er rekna til 140 000 kr i året og blir delt mellom brukarane av tenesta.\n\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n" },
    { name: "trust12 nn: a steering group that follows the pilot (*styringsgruppa følgjer piloten*) takes no decision", options: {elements: ["decision"]}, text: "# Drone\n\n## 11. Vidareføring\n\nStyringsgruppa følgjer piloten kvar månad.\n", errors: [{line: 3, element: "decision"}], output: "# Drone\n\n## 11. Vidareføring\n\nStyringsgruppa følgjer piloten kvar månad.\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n" },
    { name: "trust11 en: \"Go / no-go in June 2027\" with nobody to take it names no deciding body", options: {elements:  ["decision"]}, text: "# P\n\n## After the trial\n\n- Go / no-go in June 2027\n", errors: [{line:  3,  element:  "decision"}], output: "# P\n\n## After the trial\n\n- Go / no-go in June 2027\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n" },
    { name: "trust12 en: \"if SO1 is not met, the Board stops the pilot\" says nothing of the data, the kit or the users", options: {elements:  ["stop"]}, text: "# P\n\n## After the trial\n\n- If SO1 is not met, the Board stops the pilot.\n", errors: [{line:  3,  element:  "stop"}], output: "# P\n\n## After the trial\n\n- If SO1 is not met, the Board stops the pilot.\n- If stopped: {{data, equipment, users}}\n" },
    { name: "trust11 en: \"Budget: £40,000 for the trial\" is the pilot's figure, not who pays afterwards", options: {elements:  ["payer"]}, text: "# P\n\n## After the trial\n\n- Budget: £40,000 for the trial\n", errors: [{line:  3,  element:  "payer"}], output: "# P\n\n## After the trial\n\n- Budget: £40,000 for the trial\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n" },
    { name: "trust11 en: \"If the service does not meet its targets\" is a condition, not what happens when it stops", options: {elements:  ["stop"]}, text: "# P\n\n## What will happen when our funding ends?\n\nIf the service does not meet its targets, the steering group will review it.\n", errors: [{line:  3,  element:  "stop"}], output: "# P\n\n## What will happen when our funding ends?\n\nIf the service does not meet its targets, the steering group will review it.\n\n- If stopped: {{data, equipment, users}}\n" },
    {
      name: 'trust11 nb: responsibility for the project period, or training with no sites and date, names no owner and no champion',
      text: proseNb({ owner: 'Rektorene har ansvaret for leseløpene i prosjektperioden.', champion: 'Øvingsleiaren lærer opp vaktlaga.' }),
      errors: [{ line: 3, element: 'owner' }, { line: 3, element: 'champion' }],
      output:
        proseNb({ owner: 'Rektorene har ansvaret for leseløpene i prosjektperioden.', champion: 'Øvingsleiaren lærer opp vaktlaga.' }) +
        '\n- Driftsansvar: {{enhet/rolle}}\n- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n',
    },
    {
      name: 'trust10 nn: "kan det vere aktuelt å vurdere" promises to consider with no date; *tek over* a duty other than the service names no owner',
      text: proseNb({ owner: 'Vaktmeisteren tek over nøklane.' }).replace(' Lisensene dekkes over rammen til helse og mestring.', ' På sikt kan det vere aktuelt å vurdere fleire skredpunkt i fylket.'),
      errors: [{ line: 3, element: 'payer' }, { line: 3, element: 'owner' }, { line: 5, element: 'considered', message: 'aktuelt å vurdere' }],
      output:
        proseNb({ owner: 'Vaktmeisteren tek over nøklane.' }).replace(' Lisensene dekkes over rammen til helse og mestring.', ' På sikt kan det vere aktuelt å vurdere fleire skredpunkt i fylket.') +
        '\n- Driftsansvar: {{enhet/rolle}}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n',
    },
    {
      name: 'trust10 en: "will need a revenue budget, which has yet to be found" names no payer',
      text:
        '# Comments\n\n## After the pilot\n\nThe management team decides on 14 December 2027. If the first measure is met, the manager owns the live service, ' +
        'and the team leader leads its extension to all wards. Hosting after January 2028 will need a revenue budget, which has yet to be found. ' +
        'If the service stops, the link goes back to the old form.\n',
      errors: [{ line: 3, element: 'payer' }],
      output:
        '# Comments\n\n## After the pilot\n\nThe management team decides on 14 December 2027. If the first measure is met, the manager owns the live service, ' +
        'and the team leader leads its extension to all wards. Hosting after January 2028 will need a revenue budget, which has yet to be found. ' +
        'If the service stops, the link goes back to the old form.\n' +
        '\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n',
    },
    {
      name: 'trust13 en: owning something during the trial, with no time of operation, names no owner in operation',
      text: proseEn({ owner: 'During the trial the university owns the data.' }),
      errors: [{ line: 3, element: 'owner' }],
      output: proseEn({ owner: 'During the trial the university owns the data.' }) + '\n- Owner in operation: {{unit/role}}\n',
    },
    {
      name: 'trust10 en: taking on staff or a risk is not taking the service on',
      text: proseEn({ owner: 'The council will take on two more advisers and take on the risk.' }),
      errors: [{ line: 3, element: 'owner' }],
      output: proseEn({ owner: 'The council will take on two more advisers and take on the risk.' }) + '\n- Owner in operation: {{unit/role}}\n',
    },
    {
      name: 'trust8 nn: "blir … ein del av" something other than operation names no owner',
      text: proseNb({ owner: 'Når piloten er over, blir rapporten ein del av saka til utvalet.' }),
      errors: [{ line: 3, element: 'owner' }],
      output: proseNb({ owner: 'Når piloten er over, blir rapporten ein del av saka til utvalet.' }) + '\n- Driftsansvar: {{enhet/rolle}}\n',
    },
    {
      name: 'trust7 en: "we\'ll consider" is a promise to consider, as "will consider" is',
      text: PATHS_EN,
      errors: [
        { line: 3, element: 'payer' }, { line: 3, element: 'owner' }, { line: 3, element: 'decision' }, { line: 3, element: 'trigger' },
        { line: 3, element: 'champion' }, { line: 3, element: 'stop' }, { line: 5, element: 'considered' },
      ],
      output:
        PATHS_EN +
        '\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
        '- Owner in operation: {{unit/role}}\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
        '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- If stopped: {{data, equipment, users}}\n',
    },
    {
      name: 'trust9 en: a hope or a possibility ("We hope … will carry on", "we may apply to other funders") credits no element',
      text: HOPE_EN,
      errors: [
        { line: 3, element: 'payer' }, { line: 3, element: 'owner' }, { line: 3, element: 'decision' }, { line: 3, element: 'trigger' },
        { line: 3, element: 'champion' }, { line: 3, element: 'stop' }, { line: 5, element: 'considered' },
      ],
      output:
        HOPE_EN +
        '\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
        '- Owner in operation: {{unit/role}}\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
        '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n- If stopped: {{data, equipment, users}}\n',
    },
    {
      name: 'trust9 en: "might be run by" the library team is no owner; the same sentence stated is one',
      text: proseEn({ owner: 'The clubs might be run by the library team.' }),
      errors: [{ line: 3, element: 'owner' }],
      output: proseEn({ owner: 'The clubs might be run by the library team.' }) + '\n- Owner in operation: {{unit/role}}\n',
    },
    {
      name: 'trust7 en: a slot for the annual licence ("Annual licence … after the pilot: TBC") is the price\'s, not a payer',
      text: LICENCE_EN,
      errors: [{ line: 3, element: 'payer' }],
      output: LICENCE_EN + '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n',
    },
    {
      name: 'trust7 en: "take over" split by something other than the service ("take a break over the summer") names no owner',
      text: BREAK_EN,
      errors: [{ line: 3, element: 'owner' }],
      output: BREAK_EN + '\n- Owner in operation: {{unit/role}}\n',
    },
    {
      name: 'trust6 nn: taking over the running (*tek over driftsansvaret*) is the owner, and "er ikkje bestemt" denies the payer',
      text: proseNb({ owner: 'Radiologisk avdeling tek over driftsansvaret for tenesta.' }).replace(
        ' Lisensene dekkes over rammen til helse og mestring.',
        ' Korleis drifta skal finansierast etter 2027, er ikkje bestemt.',
      ),
      errors: [{ line: 3, element: 'payer' }],
      output:
        proseNb({ owner: 'Radiologisk avdeling tek over driftsansvaret for tenesta.' }).replace(
          ' Lisensene dekkes over rammen til helse og mestring.',
          ' Korleis drifta skal finansierast etter 2027, er ikkje bestemt.',
        ) + '\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n',
    },
    {
      name: 'trust6: a slot for the supplier\'s price after the pilot is no payer\'s slot ("Licence after the pilot: £xx per user")',
      text: proseEn({}).replace(" Running costs are absorbed within the care homes' operating budgets.", '') + '\nLicence after the pilot: £xx per user per month.\n',
      errors: [{ line: 3, element: 'payer' }],
      output:
        proseEn({}).replace(" Running costs are absorbed within the care homes' operating budgets.", '') +
        '\nLicence after the pilot: £xx per user per month.\n\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n',
    },
    {
      name: 'a payer cue inside a promise to consider names no payer: "vil kommunen vurdere å videreføre tiltaket i ordinær drift"',
      text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Dersom prosjektet lykkes, vil kommunen vurdere å videreføre tiltaket i ordinær drift.'),
      errors: [{ line: 3, element: 'payer' }, { line: 5, element: 'considered' }],
      output:
        proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Dersom prosjektet lykkes, vil kommunen vurdere å videreføre tiltaket i ordinær drift.') +
        '\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n',
    },
    {
      name: 'trust9 nb: "vil kommunen evaluere ordningen og vurdere om …" promises to consider, with four words between',
      text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Etter prøveperioden vil kommunen evaluere ordningen og vurdere om den skal bli et fast tilbud.'),
      errors: [{ line: 3, element: 'payer' }, { line: 5, element: 'considered', message: 'vil kommunen evaluere ordningen' }],
      output:
        proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Etter prøveperioden vil kommunen evaluere ordningen og vurdere om den skal bli et fast tilbud.') +
        '\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n',
    },
    {
      name: 'an owner of the benefits is not an owner of the service; promoting the service with no date drives no roll-out',
      text: proseEn({ owner: 'The manager owns the benefits.', champion: 'The Head of Transport will promote the feed to other authorities.' }),
      errors: [{ line: 3, element: 'owner' }, { line: 3, element: 'champion' }],
      output:
        proseEn({ owner: 'The manager owns the benefits.', champion: 'The Head of Transport will promote the feed to other authorities.' }) +
        '\n- Owner in operation: {{unit/role}}\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n',
    },
    {
      name: 'trust4: "a decision will be taken" names nobody; the Board in the other clause is only approached for funding',
      text: PASSIVE_DECISION_EN,
      errors: [{ line: 3, element: 'decision', message: 'who decides on continuation' }],
      output: PASSIVE_DECISION_EN + '\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n',
    },
    {
      name: 'trust4: "We will decide" names no deciding body',
      text: proseEn({}).replace('The management group decides on 2027-09-28.', 'We will decide on 2027-09-28.'),
      errors: [{ line: 3, element: 'decision' }],
      output:
        proseEn({}).replace('The management group decides on 2027-09-28.', 'We will decide on 2027-09-28.') +
        '\n- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n',
    },
    {
      name: 'trust4: "the criteria are met by the end of June" is a trigger, not a payer; "sits with" alone names no owner',
      text: proseEn({ trigger: 'If the criteria are met by the end of June, the service continues.', owner: 'The decision sits with the board.' }).replace(
        " Running costs are absorbed within the care homes' operating budgets.",
        '',
      ),
      errors: [
        { line: 3, element: 'payer' },
        { line: 3, element: 'owner' },
      ],
      output:
        proseEn({ trigger: 'If the criteria are met by the end of June, the service continues.', owner: 'The decision sits with the board.' }).replace(
          " Running costs are absorbed within the care homes' operating budgets.",
          '',
        ) + '\n- Owner in operation: {{unit/role}}\n- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n',
    },
    {
      name: 'trust4: a running cost "met from" a budget is a payer, not a criterion met',
      text: MET_FROM_BUDGET_EN,
      errors: [{ line: 3, element: 'trigger' }],
      output: MET_FROM_BUDGET_EN + '\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n',
    },
    {
      name: 'extending the pilot period is no champion; "if" without a target or threshold is no trigger',
      text: NO_TRIGGER_EN,
      errors: [{ line: 3, element: 'trigger' }, { line: 3, element: 'champion' }],
      output:
        NO_TRIGGER_EN +
        '\n- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n',
    },
    {
      name: '"gode resultater" and a verb-first "Blir det nei" are no trigger; "tar det videre" without a date is no champion',
      text: proseNb({
        trigger: 'Dersom piloten gir gode resultater, blir tilbudet fast. Blir det nei, får pasientene vanlig oppfølging.',
        champion: 'Kommunen tar det videre til flere enheter.',
      }),
      errors: [
        { line: 3, element: 'trigger' },
        { line: 3, element: 'champion' },
      ],
      output:
        proseNb({
          trigger: 'Dersom piloten gir gode resultater, blir tilbudet fast. Blir det nei, får pasientene vanlig oppfølging.',
          champion: 'Kommunen tar det videre til flere enheter.',
        }) +
        '\n- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n' +
        '- Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n',
    },
    {
      name: 'a pilot owner in front matter is not an owner in operation; a roll-out date without a person is no champion',
      text:
        '---\nowner: { role: Ward manager, name: Julie Park }\nexit_decision_date: 2027-08-15\ndecision_forum: Innovation board\n---\n' +
        '# Digital handover\n\n## Why this pilot\n\nHandover takes 47 minutes.\n\n## Sustainability\n\n' +
        'The innovation board decides in August 2027. If the success criteria are met, the tool is rolled out to all surgical wards by ' +
        '2028-03-01, funded from the surgical division budget. If the pilot stops, the tablets are returned to the supplier.\n',
      errors: [
        { line: 12, element: 'owner', message: 'who owns the service in operation' },
        { line: 12, element: 'champion' },
      ],
      output:
        '---\nowner: { role: Ward manager, name: Julie Park }\nexit_decision_date: 2027-08-15\ndecision_forum: Innovation board\n---\n' +
        '# Digital handover\n\n## Why this pilot\n\nHandover takes 47 minutes.\n\n## Sustainability\n\n' +
        'The innovation board decides in August 2027. If the success criteria are met, the tool is rolled out to all surgical wards by ' +
        '2028-03-01, funded from the surgical division budget. If the pilot stops, the tablets are returned to the supplier.\n\n' +
        '- Owner in operation: {{unit/role}}\n- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n',
    },
    {
      name: 'the catalogue weak seed: "vil kommunen vurdere", nothing else; each element on the heading, then the sentence',
      text: WEAK_NB,
      errors: [
        { line: 3, element: 'payer', message: 'hvem som betaler' },
        { line: 3, element: 'owner' },
        { line: 3, element: 'decision' },
        { line: 3, element: 'trigger' },
        { line: 3, element: 'champion' },
        { line: 3, element: 'stop' },
        { line: 5, element: 'considered', message: 'Dersom piloten blir vellykket' },
      ],
      output: WEAK_NB_FIXED,
    },
    {
      name: 'a table plan: a decision without a date (catalogue E: the date is exit-decision-date-missing\'s), a cost without a payer; lines appended after the table',
      text: TABLE_EN,
      errors: [
        { line: 3, element: 'payer', severity: 'warning', message: 'who pays' },
        { line: 3, element: 'trigger' },
        { line: 3, element: 'champion' },
        { line: 3, element: 'stop' },
      ],
      output: TABLE_EN.replace(
        '| NOK 300,000 per year |\n',
        '| NOK 300,000 per year |\n\n' +
          '- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
          '- Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
          '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' +
          '- If stopped: {{data, equipment, users}}\n',
      ),
    },
    {
      name: '"en del av det ordinære tjenestetilbudet" with no unit names no owner',
      text: proseNb({ owner: 'Tilbudet blir en del av det ordinære tjenestetilbudet.' }),
      errors: [{ line: 3, element: 'owner' }],
      output: `${proseNb({ owner: 'Tilbudet blir en del av det ordinære tjenestetilbudet.' })}\n- Driftsansvar: {{enhet/rolle}}\n`,
    },
    {
      name: 'a funder of the pilot is no payer after it',
      text: proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Innovasjon Norge finansierer piloten.'),
      errors: [{ line: 3, element: 'payer' }],
      output: `${proseNb({}).replace(' Lisensene dekkes over rammen til helse og mestring.', ' Innovasjon Norge finansierer piloten.')}\n- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n`,
    },
    {
      name: 'a return elsewhere that is no stop path: "patients return to work" stops nothing',
      text: RETURN_EN,
      errors: [{ line: 7, element: 'stop' }],
      output: `${RETURN_EN}\n- If stopped: {{data, equipment, users}}\n`,
    },
    {
      name: 'nynorsk: "kjem tilbake til jobb" elsewhere is no stop path either',
      text: RETURN_NN,
      errors: [{ line: 7, element: 'stop' }],
      output: `${RETURN_NN}\n- Ved avslutning: {{data, utstyr, brukere}}\n`,
    },
    {
      name: 'a payer that is "not yet clarified" is no payer; a forum without a date is enough for the decision element',
      text:
        '# Pilot\n\n## Continuation plan\n\nThe committee decides on continuation.\n\nThe pilot ends on 2027-12-31. ' +
        'Funding after the pilot has not yet been clarified.\n\n- Owner in operation: the IT department.\n' +
        '- We scale if the success criteria are met; the head of unit champions the roll-out.\n- If stopped, licences end and data are deleted.\n',
      errors: [{ line: 3, element: 'payer' }],
      output:
        '# Pilot\n\n## Continuation plan\n\nThe committee decides on continuation.\n\nThe pilot ends on 2027-12-31. ' +
        'Funding after the pilot has not yet been clarified.\n\n- Owner in operation: the IT department.\n' +
        '- We scale if the success criteria are met; the head of unit champions the roll-out.\n- If stopped, licences end and data are deleted.\n' +
        '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n',
    },
    {
      name: 'bokmål plan with subsections and CRLF: the missing stop line goes at the end of the section\'s own text',
      text: (
        '# Tilsyn\n\n## Overgang til drift\n\nKommunestyret vedtar videreføring 1. desember 2027.\n\n' +
        '### Finansiering\n\nDriftskostnaden dekkes over driftsbudsjettet for omsorg, og enhetsleder har driftsansvar.\n\n' +
        '### Spredning\n\nVi sprer løsningen dersom suksesskriteriene er nådd. Pådriver er fagleder på Nordby.\n'
      ).replace(/\n/g, '\r\n'),
      errors: [{ line: 3, element: 'stop', message: 'ved avslutning' }],
      output: (
        '# Tilsyn\n\n## Overgang til drift\n\nKommunestyret vedtar videreføring 1. desember 2027.\n\n' +
        '- Ved avslutning: {{data, utstyr, brukere}}\n\n' +
        '### Finansiering\n\nDriftskostnaden dekkes over driftsbudsjettet for omsorg, og enhetsleder har driftsansvar.\n\n' +
        '### Spredning\n\nVi sprer løsningen dersom suksesskriteriene er nådd. Pådriver er fagleder på Nordby.\n'
      ).replace(/\n/g, '\r\n'),
    },
  ],
};

testRule(rule, cases);
