// exit-decision-date-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'trust26 nb: *legger fram evalueringen for fellesrådet 14. september 2027* dates the decision by the elected body', text: '# Gravminner\n\n## Videre drift\n\nKirkevergen legger fram evalueringen for fellesrådet 14. september 2027.\n' },
    { name: 'trust20 nn: a body that gets the evaluation *i møtet 7. oktober 2027* (the meeting, definite) dates the decision', text: '# Låsar\n\n## Vidare drift etter piloten\n\nUtvalet får evalueringa i møtet 7. oktober 2027 og kan då velje å vidareføre, justere eller avslutte ordninga.\n' },
    { name: 'resid17 en: the running cost put into a budget "which Council adopts in late June 2028" dates the decision', text: '# Oral histories\n\n## What will happen when the grant ends?\n\nHosting will be met from the Libraries operating budget; the Manager Libraries will propose this in the 2028–29 budget, which Council adopts in late June 2028.\n' },
    { name: 'resid17 en: "included in the 2028/29 budget, to be approved by Full Council on 24 February 2028" the same', text: '# Cameras\n\n## After the pilot\n\nThe running cost will be included in the 2028/29 budget, to be approved by Full Council on 24 February 2028.\n' },
    { name: 'resid17 nb: *budsjettet for 2028, som kommunestyret vedtar 12. desember 2027* the same', text: '# Kamera\n\n## Etter piloten\n\nDriftskostnaden blir lagt inn i budsjettet for 2028, som kommunestyret vedtar 12. desember 2027.\n' },
    { name: 'resid17 en: "Results will be reported to the … Committee in October 2027" dates the decision, as "a report to CMT" does', text: '# Cameras\n\n## After the pilot\n\nIf the objectives are met, the Council will consider extending the scheme. Results will be reported to the Transportation Policy Committee in October 2027.\n' },
    { name: 'resid17 nb: *Resultata blir rapporterte til formannskapet 14. oktober 2027* the same', text: '# Kamera\n\n## Vegen vidare\n\nResultata blir rapporterte til formannskapet 14. oktober 2027.\n' },
    { name: "trust16 nn: a memo's proposed resolution that puts the continuation to a body on a date (*Saka om vidareføring vert lagd fram …*) dates the decision", text: "# Saksframlegg\n\n### Innstilling\n\n1. Utvalet godkjenner utprøvinga.\n2. Saka om vidareføring vert lagd fram for hovudutvalet 14. oktober 2027.\n\n### Vurdering og vidareføring\n\nDersom talet på besøk går ned, vil kommunedirektøren tilrå vidareføring.\n" },
    { name: 'trust16 en: a condition that holds its own date ("If Cabinet approves on 21 March 2028, …") still dates the decision', text: '# Roads\n\n## After the pilot\n\nIf Cabinet approves continuation on 21 March 2028, the service is extended to all vehicles from April 2028.\n' },
    { name: "trust11 en: \"An evaluation report will come to Cabinet on 15 June 2028\" dates the decision", text: "# Bins\n\n## 16. After the pilot\n\n16.1 An evaluation report will come to Cabinet on 15 June 2028. If S1 and S2 are met, it will recommend buying more units.\n" },
    {
      name: 'trust8 en: a report to a management team named by its initials, "recommending roll-out", dates the decision',
      text: '# Kiosks\n\n## After the trial\n\nThe branch manager will take a report to CMT on 12 May 2027 recommending roll-out to all branches.\n',
    },
    {
      name: 'a decision line whose value is a slot: "Sak til kommunestyret: avklarast seinare" is placeholder-text\'s (nynorsk)',
      text: '# Dispenserar\n\n## Vegen vidare\n\n- Evaluering i september 2027\n- Sak til kommunestyret: avklarast seinare\n',
    },
    {
      name: 'exit_decision_date in front matter',
      text: '---\npilot_end: 2026-12-31\nexit_decision_date: 2026-10-15\n---\n# Pilot\n',
    },
    {
      name: 'no front matter, but the exit plan names the decision and its date',
      text: '# Pilot\n\n## Exit plan\n\n- Decision: the health and care committee decides on 2026-10-15 (pilot ends 2026-12-31).\n',
    },
    {
      name: 'Norwegian exit plan with an inflected decision verb and a written date',
      text: '# Velferdsteknologi\n\n## Videreføring etter piloten\n\nHovedutvalg for helse og omsorg behandler videreføringen 7. oktober 2027.\n',
    },
    {
      name: 'a malformed date is still a date (frontmatter-invalid-date reports the form)',
      text: '---\nexit_decision_date: Q1 2026\n---\n# Pilot\n',
    },
    {
      name: 'a placeholder date is the field still to fill in: placeholder-text reports it (Norwegian)',
      text: '---\nlanguage: nb\nexit_decision_date: "{{ÅÅÅÅ-MM-DD}}"\n---\n# Pilot\n\n## Videreføring\n\nBeslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}}.\n',
    },
    {
      name: 'broken front matter is left to frontmatter-invalid-yaml',
      text: '---\ntitle: "Pilot\n---\n# Pilot\n',
    },
    {
      name: 'catalogue E: front matter without the field, but the exit plan dates the decision (Norwegian)',
      text:
        '---\nlanguage: nb\npilot_end: 2027-06-18\n---\n# Pilot\n\n## Videreføring etter piloten\n\n' +
        'Skolesjefen beslutter i ledermøtet 2027-06-10 om verktøyet skal tas i bruk.\n',
    },
    {
      name: 'catalogue E: a placeholder date is placeholder-text\'s concern only (Norwegian)',
      text: '---\nlanguage: nb\nexit_decision_date: "{{ÅÅÅÅ-MM-DD}}"\n---\n# Pilot\n\n## Videreføring\n\nBeslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}}.\n',
    },
    {
      name: 'a labelled line in a project-facts table gives the date (English, no front matter)',
      text: '# Pilot\n\n| Item | Value |\n|---|---|\n| Exit decision date | 14 October 2026 |\n\n## Exit plan\n\nThe board will look at the results.\n',
    },
    { name: 'nynorsk present tense "vedtek"', text: '# Alarm\n\n## Vidareføring\n\nStyringsgruppa gjer ei tilråding, og kommunestyret vedtek vidareføring 12.10.2027.\n' },
    { name: 'a case put to the body: "Saken legges fram for kommunestyret i møtet 14.10.2027"', text: '# Alarm\n\n## Videreføring\n\nSaken legges fram for kommunestyret i møtet 14.10.2027.\n' },
    { name: 'nynorsk "vert handsama" with a month', text: '# Alarm\n\n## Vidareføring\n\nSpørsmålet om vidare drift vert handsama i formannskapet i oktober 2027.\n' },
  ],
  invalid: [
    { name: 'trust20 nn: the project group\'s own meeting (*i møtet 7. oktober 2027*) names no deciding body, so dates no decision', text: '# Låsar\n\n## Vidare drift etter piloten\n\nProsjektgruppa oppsummerer erfaringane i møtet 7. oktober 2027.\n', errors: [{ line: 3 }] },
    { name: 'resid17 en: a budget "set by the project lead in May 2027" names no deciding body, so dates no decision', text: '# Cameras\n\n## After the pilot\n\nThe evaluation budget was set by the project lead in May 2027.\n', errors: [{ line: 3 }] },
    { name: 'resid17 en: progress "reported to the supplier in October 2027" names no deciding body, so dates no decision', text: '# Cameras\n\n## After the pilot\n\nCamera counts will be reported to the supplier in October 2027.\n', errors: [{ line: 3 }] },
    { name: 'trust26 nb: *legger fram evalueringen for styringsgruppen* in September puts it to no elected body, so no decision date', text: '# Kart\n\n## Etter piloten\n\nProsjektleder legger fram evalueringen for styringsgruppen 14. september 2027.\n', errors: [{ line: 3 }] },
    { name: 'resid17 nb: *rapporteres til leverandøren 14. oktober 2027* the same', text: '# Kamera\n\n## Etter piloten\n\nTellingene rapporteres til leverandøren 14. oktober 2027.\n', errors: [{ line: 3 }] },
    { name: "trust16 nn: a case on something else put to the same body (*Saka om nytt kamera …*) dates no continuation decision", text: "# Saksframlegg\n\n### Innstilling\n\n1. Utvalet godkjenner utprøvinga.\n2. Saka om nytt kamera vert lagd fram for hovudutvalet 14. oktober 2027.\n\n### Vurdering og vidareføring\n\nDersom talet på besøk går ned, vil kommunedirektøren tilrå vidareføring.\n", errors: [{ line: 8 }] },
    { name: 'trust16 en: "If … the decision is to continue, … rolled out from January 2028" dates the roll-out, not the decision', text: '# Rotas\n\n## Transition to business as usual\n\nIf S1 and S2 are met and the decision is to continue, rostering will be rolled out to the home care team from January 2028. The management team will make the continuation decision once the evaluation report is complete.\n', errors: [{ line: 3 }] },
    { name: 'trust16 nb: *Dersom vedtaket er å videreføre, …, fra januar 2028* dates the roll-out only', text: '# Turnus\n\n## Etter piloten\n\nDersom vedtaket er å videreføre, blir løsningen tatt i bruk i hjemmetjenesten fra januar 2028. Kommunalsjefen tar beslutningen når evalueringen er ferdig.\n', errors: [{ line: 3 }] },
    { name: "trust11 en: a report that will be written by a date is put to nobody and dates no decision", text: "# Bins\n\n## 16. After the pilot\n\n16.1 An evaluation report will be written by 15 June 2028. If S1 and S2 are met, we hope to buy more units.\n", errors: [{line: 3}] },
    {
      name: 'a crew role in lower case is no management team: "each crew\'s emt meets the hub on 12 May 2027" dates no decision',
      text: '# Hub\n\n## After the trial\n\nEach crew\'s emt meets the hub on 12 May 2027 to go through the new pathway.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'trust8 en: a board that "recommends" an option at the end of the evaluation takes no decision by that',
      text: '# Kiosks\n\n## Evaluation and decision options\n\nAt the end of August 2027 the project board recommends one of three options: roll out, adjust or stop.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'trust8 en: a report to a management team with no date still lacks the decision date',
      text: '# Kiosks\n\n## After the trial\n\nThe branch manager will take a report to CMT recommending roll-out to all branches.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'a date that is put forward for nothing: "Rapporten legges ut 14.10.2027" names no decision',
      text: '# Alarm\n\n## Videreføring\n\nEvalueringsrapporten legges ut på nettsidene 14.10.2027.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'front matter without the field: reported on its first line',
      text: '---\ntitle: Fall sensors\npilot_end: 2026-12-31\n---\n# Fall sensors\n\n## Exit plan\n\nIf the pilot succeeds, the municipality will consider further implementation.\n',
      errors: [{ line: 1, severity: 'warning', message: 'No exit decision date: say on what date' }],
    },
    {
      name: 'no front matter: a date in the exit plan with no decision does not count; reported on the exit plan heading',
      text: '# Pilot\n\n## Exit plan\n\nRoll-out to all sites by 2027-06-30.\n\n## Risks\n\nThe board decides on 2026-10-01 about the budget.\n',
      errors: [{ line: 3, message: 'No exit decision date' }],
    },
    {
      name: 'no front matter and no exit plan: reported on the title (CRLF, Norwegian)',
      text: '# Velferdsteknologi\r\n\r\n## Bakgrunn\r\n\r\nKommunen har behov for dette og vil prøve det ut.\r\n',
      errors: [{ line: 1, message: 'Mangler dato for beslutning om videreføring' }],
    },
  ],
};

testRule(rule, cases);
