// exit-plan-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

/** The list the fix inserts under its heading, in each language (a case ending with it ends with the template). */
const EN_TEMPLATE =
  '- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n' +
  '- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
  '- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
  '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' +
  '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n' +
  '- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n';
const NB_TEMPLATE =
  '- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\n' +
  '- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\n' +
  '- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\n' +
  '- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\n' +
  '- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\n' +
  '- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\n';

const cases: RuleCases = {
  valid: [
    { name: 'trust23 en: "Evaluation and Continuation" pairs the generic word with evaluation and heads the exit plan', text: '# PID\n\n## 10. Evaluation and Continuation\n\nThe management team decides on 20 January 2028 whether to keep it.\n' },
    { name: 'trust23 nb: *Evaluering og videreføring* the same in Norwegian', text: '# Plan\n\n## 10. Evaluering og videreføring\n\nLedergruppa beslutter 20. januar 2028.\n' },
    { name: 'trust20 en: a slide headed by the month the pilot ends, "After June", is the exit plan', text: '# Glasses\n\n## After June\n\n- **Decision:** Culture Leadership Team, 24 June 2027\n' },
    { name: 'trust20 nb: *Etter juni* the same in Norwegian', text: '# Briller\n\n## Etter juni\n\n- Ledergruppa beslutter videreføring 24. juni 2027.\n' },
    { name: 'trust17 en: a bare "Next steps" that looks past the pilot (rolled out, decision) is still the exit plan', text: '# Pilot\n\n## Next steps\n\n- September: the committee decides whether the service is rolled out city-wide\n' },
    { name: 'trust17 nb: *Neste steg* that names the continuation (*videreføring*) is still the exit plan', text: '# Pilot\n\n## Neste steg\n\n- Oktober: styret beslutter videreføring\n' },
    { name: 'trust12 en: an SBRI form\'s "Continuation by the challenge owner after Phase 2" is the exit plan', text: '# Application\n\n## Question 8\n\n### Continuation by the challenge owner after Phase 2\n\nThe Intelligence team would own it.\n' },
    { name: 'trust13 en: a fund\'s bid form "Section 10: Sustainability after the fund" and a KTP plan\'s "Embedding after the partnership" head the exit plan', text: '# Bid\n\n## Section 10: Sustainability after the fund\n\nThe Head of Waste Services owns it.\n\n# KTP\n\n## 13. Embedding after the partnership\n\nThe lighting team runs it.\n' },
    { name: 'trust13 en: "Next steps: live service" still heads the exit plan (only the trial phase itself is denied)', text: '# Report\n\n## Next steps: live service\n\nThe Bereavement Services Manager owns it.\n' },
    { name: 'trust12 nb: *Videre drift etter fase 2* the same in bokmål', text: '# Søknad\n\n## Hva skjer etter fase 2?\n\nEtaten drifter løsningen.\n' },
    { name: 'trust13 nb: a research form\'s question "8. Hvordan skal resultatene tas i bruk og spres?" heads the exit plan', text: '# Søknad til Regionale forskningsfond\n\n## 8. Hvordan skal resultatene tas i bruk og spres?\n\nPPT tar modellen inn i ordinær drift fra mars 2028.\n' },
    { name: 'trust13 nn: *Korleis skal resultata takast i bruk?* the same in nynorsk', text: '# Søknad\n\n## Korleis skal resultata takast i bruk?\n\nPPT tek modellen inn i ordinær drift frå mars 2028.\n' },
    { name: 'trust12 nb: a grant form\'s question "11. Hvordan skal tiltaket videreføres etter tilskuddsperioden?" heads the exit plan', text: '# Søknad om tilskudd\n\n## 11. Hvordan skal tiltaket videreføres etter tilskuddsperioden?\n\nHovedutvalget behandler videreføring i møtet 14. oktober 2027.\n' },
    { name: 'trust12 nn: *Kva skjer når tilskotet er slutt?* the same in nynorsk', text: '# Søknad om tilskot\n\n## Kva skjer når tilskotet er slutt?\n\nHovudutvalet handsamar vidareføring i møtet 14. oktober 2027.\n' },
    {
      name: 'trust10 en: a grant form\'s "Sustainability: how will the work continue after our funding ends?" is the exit plan',
      text: '# Application\n\n**4.1 Sustainability: how will the work continue after our funding ends?**\n\nThe council takes the visits on.\n',
    },
    {
      name: 'trust10 en: "After your funding" and "once Invest to Save funding ends", whoever\'s money it is',
      text: '# Bid\n\n## After your funding\n\nThe council keeps the service.\n\n## How will it go on once Invest to Save funding ends?\n\nIt is mainstreamed.\n',
    },
    {
      name: 'trust9 en: generic words of one facet joined ("5.8 Continuation and exit") are the exit plan',
      text: '# Case\n\n## 5.8 Continuation and exit\n\nThe committee decides on continuation on 13 January 2028.\n',
    },
    {
      name: 'trust9 en: a grant form\'s question "What will happen when the grant ends?" is the exit plan',
      text: '# Application\n\n**6. What will happen when the grant ends?**\n\nThe library service runs the clubs from its own budget.\n',
    },
    {
      name: 'trust9 en: "when the project period ends" counts too',
      text: '# Bid\n\n## What happens when the project period ends\n\nThe council keeps the service.\n',
    },
    {
      name: 'trust8 en: a funder\'s "How will the project be sustained once the grant ends?" is the exit plan',
      text: '# Bid\n\n## 9. How will the project be sustained once the grant ends?\n\nThe library service runs the kiosks from its own budget from April 2028.\n',
    },
    {
      name: 'trust7 en: the Model for Improvement\'s last step, "Act: sustaining and spreading the change", is the exit plan',
      text: '# Test of change\n\n## Act: sustaining and spreading the change\n\nThe ward keeps the checklist and the matron takes it to two more wards.\n',
    },
    {
      name: 'trust7 en: "Sustain and spread" as a heading',
      text: '# Falls huddle\n\n## Sustain and spread\n\nThe huddle becomes part of every shift handover.\n',
    },
    {
      name: 'issue 8 real documents: "Sustainability planning" is the -ing form of a sustainability plan',
      text: '# Registries\n\n## Sustainability planning\n\nWe decide in year two which tools the community maintains.\n',
    },
    {
      name: 'issue 8 real documents: a heading that asks how the service is operated',
      text: '# Dashboard\n\n## Who’s behind the dashboard and how is it operated?\n\nA foundation runs it since the project ended.\n',
    },
    {
      name: 'issue 8 real documents: bokmål "Overføring til drift"',
      text: '# Nettsted\n\n# **Overføring til drift**\n\nEtter lansering overtar medlemsservice forvaltningen.\n',
    },
    {
      name: 'issue 8 real documents: the funder\'s question "effekt utover prosjektperiode" (no definite ending)',
      text: '# Søknad\n\n## Beskrivelse av hvordan prosjektet får effekt utover prosjektperiode\n\nKoden er åpen, og vi vedlikeholder listene.\n',
    },
    {
      name: 'issue 8 real documents: running costs after the move to a new operator',
      text: '# Rapporteket\n\n## Driftskostnader etter flytting\n\nDriften koster om lag 70 000 kr per register i året.\n',
    },
    {
      name: 'nynorsk web-page heading "Vegen vidare"',
      text: '# Opne energidata\n\n## Vegen vidare\n\nFormannskapet avgjer vidareføring 1. oktober 2027.\n',
    },
    {
      name: 'English exit plan heading',
      text: '# Fall sensors pilot\n\n## Background\n\nText.\n\n## Exit plan\n\nThe care committee decides on 2026-10-15.\n',
    },
    {
      name: 'trust9 nb: a web page\'s question "Hva skjer etter prøveperioden?" is the exit plan',
      text: '# Støttekontakt\n\n## Hva skjer etter prøveperioden?\n\nEtter prøveperioden vil kommunen evaluere ordningen.\n',
    },
    {
      name: 'trust17 nn: a grant form\'s question "Kva skjer når prosjektet er ferdig?" is the exit plan',
      text: '# Søknad\n\n**9. Kva skjer når prosjektet er ferdig?**\n\nHovudutvalet handsamar vidareføring i september 2028.\n',
    },
    {
      name: 'trust9 nn: "Når forsøket er over" is the exit plan',
      text: '# Forsøk\n\n## Når forsøket er over\n\nEininga held fram med tenesta.\n',
    },
    {
      name: 'numbered bokmål heading with a suffix stem',
      text: '# Pilot\n\n## 4.2 Videreføring og spredning\n\nKommunestyret vedtar.\n',
    },
    {
      name: 'nynorsk heading',
      text: '# Pilot\n\n## Vidareføring etter piloten\n\nTekst.\n',
    },
    {
      name: 'benefits realisation counts as exit plan',
      text: '# Pilot\n\n## Del 5: Gevinstrealisering\n\nTekst.\n',
    },
    {
      name: 'front-matter pointer to an annex',
      text: '---\ntitle: Pilot\nexit_plan: annex-b.md\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## Life after launch\n\nText.\n',
      headings: { exit_plan: ['Life after launch'] },
    },
  ],
  invalid: [
    {
      name: 'trust23 en: a bare "Evaluation" section is the success criteria, not the exit plan',
      text: '# PID\n\n## 10. Evaluation\n\nWe count abandoned calls each week.\n',
      errors: [{ line: 1 }],
      output: '# PID\n\n## 10. Evaluation\n\nWe count abandoned calls each week.\n\n## Exit plan\n\n' + EN_TEMPLATE,
    },
    {
      name: 'trust17 en: a bare "Next steps" that only lists the pilot\'s own tasks and its evaluation report is no exit plan',
      text: '# Pilot\n\n## Next steps\n\n- April: install probes and train crews\n- November: evaluation report to the committee\n',
      errors: [{ line: 1 }],
      output: '# Pilot\n\n## Next steps\n\n- April: install probes and train crews\n- November: evaluation report to the committee\n\n## Exit plan\n\n' + EN_TEMPLATE,
    },
    {
      name: 'trust17 nb: *Neste steg* with only the pilot\'s own tasks is no exit plan either',
      text: '# Pilot\n\n## Neste steg\n\n- April: montere sensorer og lære opp mannskapene\n- November: evalueringsrapport\n',
      errors: [{ line: 1 }],
      output: '# Pilot\n\n## Neste steg\n\n- April: montere sensorer og lære opp mannskapene\n- November: evalueringsrapport\n\n## Videreføring etter piloten\n\n' + NB_TEMPLATE,
    },
    { name: 'trust13 nb: a question on how the grant is used (*Hvordan skal midlene brukes?*) is no exit plan', text: '# Søknad\n\n## Hvordan skal midlene brukes?\n\nTil frikjøp av prosjektleder.\n', errors: [{ line: 1 }], output: '# Søknad\n\n## Hvordan skal midlene brukes?\n\nTil frikjøp av prosjektleder.\n\n## Videreføring etter piloten\n\n' + NB_TEMPLATE },
    { name: 'trust12 nb: a question on how the pilot is run (*Hvordan skal tiltaket gjennomføres?*) is no exit plan', text: '# Søknad om tilskudd\n\n## Hvordan skal tiltaket gjennomføres?\n\nVi prøver ut dispensere hos 40 brukere i 2027, og kommunen har bekreftet at avtalen gjelder.\n', errors: [{ line: 1 }], output: '# Søknad om tilskudd\n\n## Hvordan skal tiltaket gjennomføres?\n\nVi prøver ut dispensere hos 40 brukere i 2027, og kommunen har bekreftet at avtalen gjelder.\n\n## Videreføring etter piloten\n\n' + NB_TEMPLATE },
    {
      name: 'trust12 en: a phase by its number ("Phase 2 delivery plan") is no exit plan; only what follows it is',
      text: '# Bid\n\n## Phase 2 delivery plan\n\nWe build the prototype.\n',
      errors: [{ line: 1, message: 'No exit plan' }],
      output:
        '# Bid\n\n## Phase 2 delivery plan\n\nWe build the prototype.\n\n' +
        '## Exit plan\n\n' +
        EN_TEMPLATE,
    },
    {
      name: 'trust13 en: a phase report\'s "Next steps: private beta" plans the trial itself, not what follows it: no exit plan',
      text: '# Report\n\n## Next steps: private beta\n\nPrivate beta runs from 1 November 2027.\n',
      errors: [{ line: 1, message: 'No exit plan' }],
      output:
        '# Report\n\n## Next steps: private beta\n\nPrivate beta runs from 1 November 2027.\n\n' +
        '## Exit plan\n\n' +
        EN_TEMPLATE,
    },
    {
      name: 'trust13 nb: *Neste steg: piloten* the same in bokmål',
      text: '# Rapport\n\n## Neste steg: piloten\n\nPiloten starter 1. november 2027, og seks byråer er med fra starten av. Vi skal også lære opp de ansatte på kontoret.\n',
      errors: [{ line: 1 }],
      output: '# Rapport\n\n## Neste steg: piloten\n\nPiloten starter 1. november 2027, og seks byråer er med fra starten av. Vi skal også lære opp de ansatte på kontoret.\n\n## Videreføring etter piloten\n\n' + NB_TEMPLATE,
    },
    {
      name: 'trust13 en: the partnership itself ("The partnership and the fund") is no exit plan; only what follows it is',
      text: '# KTP\n\n## The partnership and the fund\n\nThe university supervises the Associate.\n',
      errors: [{ line: 1, message: 'No exit plan' }],
      output:
        '# KTP\n\n## The partnership and the fund\n\nThe university supervises the Associate.\n\n' +
        '## Exit plan\n\n' +
        EN_TEMPLATE,
    },
    {
      name: 'trust10 en: funding in a heading that is not about its end ("Funding sources") is no exit plan',
      text: '# Bid\n\n## Funding sources\n\nThe grant pays for everything.\n',
      errors: [{ line: 1, message: 'No exit plan' }],
      output:
        '# Bid\n\n## Funding sources\n\nThe grant pays for everything.\n\n' +
        '## Exit plan\n\n' +
        EN_TEMPLATE,
    },
    {
      name: 'English proposal without exit plan: reported on the title, T3 inserted after success criteria',
      text: '# Fall sensors pilot\n\n## Background\n\nText.\n\n## Success criteria\n\nFewer falls.\n\n## Risks\n\nSome.\n',
      errors: [{ line: 1, severity: 'error', message: 'No exit plan' }],
      output:
        '# Fall sensors pilot\n\n## Background\n\nText.\n\n## Success criteria\n\nFewer falls.\n\n' +
        '## Exit plan\n\n' +
        '- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})\n' +
        '- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}\n' +
        '- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}\n' +
        '- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}\n' +
        '- Procurement route: {{new tender / innovation-partnership option / framework agreement}}\n' +
        '- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}\n\n' +
        '## Risks\n\nSome.\n',
    },
    {
      name: 'Norwegian proposal without exit plan gets a bokmål message and template, CRLF kept',
      text: '# Velferdsteknologi\r\n\r\n## Bakgrunn og behov\r\n\r\nKommunen har behov for dette.\r\n',
      errors: [{ line: 1, message: 'Mangler plan for videreføring' }],
      output:
        '# Velferdsteknologi\r\n\r\n## Bakgrunn og behov\r\n\r\nKommunen har behov for dette.\r\n\r\n' +
        '## Videreføring etter piloten\r\n\r\n' +
        '- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})\r\n' +
        '- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}\r\n' +
        '- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}\r\n' +
        '- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}\r\n' +
        '- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}\r\n' +
        '- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}\r\n',
    },
    {
      name: 'trust9 nb: the trial period named in a heading without "after" or its end is not an exit plan',
      text: '# Prøveordning\n\n## Hva skjer i prøveperioden?\n\nDu lager en profil.\n\n## Når prøveperioden starter\n\nVi ringer deg.\n',
      errors: [{ line: 1, message: 'Mangler plan for videreføring' }],
      output:
        '# Prøveordning\n\n## Hva skjer i prøveperioden?\n\nDu lager en profil.\n\n## Når prøveperioden starter\n\nVi ringer deg.\n\n' +
        '## Videreføring etter piloten\n\n' +
        NB_TEMPLATE,
    },
    {
      name: 'trust17 nb: what must be finished before the project starts is no exit plan',
      text: '# Prøveordning\n\n## Hva må være ferdig før prosjektet starter?\n\nVi ringer deg.\n',
      errors: [{ line: 1, message: 'Mangler plan for videreføring' }],
      output:
        '# Prøveordning\n\n## Hva må være ferdig før prosjektet starter?\n\nVi ringer deg.\n\n' +
        '## Videreføring etter piloten\n\n' +
        NB_TEMPLATE,
    },
    {
      name: 'trust9 en: generic words of two facets joined ("Continuation and costs") name neither; the grant\'s start is no end',
      text: '# Pilot\n\n## Continuation and costs\n\nText\n\n## When the grant starts\n\nText\n',
      errors: [{ line: 1 }],
      output:
        '# Pilot\n\n## Continuation and costs\n\nText\n\n## When the grant starts\n\nText\n\n## Exit plan\n\n' +
        EN_TEMPLATE,
    },
    {
      name: 'a heading that merely mentions the pilot is not an exit plan',
      text: '# Pilot\n\n## About the pilot\n\nText',
      errors: [{ line: 1 }],
      output:
        '# Pilot\n\n## About the pilot\n\nText\n\n## Exit plan\n\n' +
        EN_TEMPLATE,
    },
  ],
};

testRule(rule, cases);
