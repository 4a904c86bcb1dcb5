// soft-outcomes-only: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T7_TABLE_NB =
  '| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |\n' +
  '|---|---|---|---|---|---|---|\n' +
  '| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |';

const cases: RuleCases = {
  valid: [
    { name: 'trust26 en: a waiting list, or a wait in weeks, is a hard metric beside confidence', text: '# Therapy\n\n## Objectives\n\n- Shorten the waiting list for assessment.\n- Cut the wait to a first session to 6 weeks.\n- Teachers feel more confidence.\n' },
    { name: 'trust26 nb: *ventelisten* and *uker* are hard too', language: 'nb', text: '# Terapi\n\n## Mål\n\n- Kortere venteliste til utredning, ned til 6 uker.\n- Lærerne opplever mer trygghet.\n' },
    { name: "trust11 en: \"fewer missed appointments\" still measures something beside reassurance", text: "# BP\n\n## Objectives\n\n- Reassure women between appointments.\n- Fewer missed appointments at the day unit.\n" },
    {
      name: 'issue 8 real documents: support load and resolution rate are operational measures (nb)',
      text: '# Nettsted\n\n## Effektmål\n\n- Redusert supportbelastning på medlemsservice\n- Økt løsningsgrad på kjerneoppgaver\n- Økt trafikk og engasjement\n',
    },
    {
      name: 'issue 8 real documents: fewer support enquiries and a higher resolution rate are operational measures (en)',
      text: '# Website\n\n## Outcomes\n\n- Fewer support enquiries to member services\n- A higher first-contact resolution rate\n- Happier members\n',
    },
    {
      name: 'nynorsk teacher time in "timar" beside an experience goal',
      text: '# Skriving\n\n## Effektmål\n\n- Tida lærarane brukar på tilbakemelding skal ned frå 6 timar i veka til 4,5 timar.\n- Elevane skal oppleve betre tilbakemelding.\n',
    },
    {
      name: 'English objectives with readmissions next to satisfaction',
      text: '# Pilot\n\n## Objectives\n\n- Higher patient satisfaction\n- Fewer 30-day readmissions\n',
    },
    {
      name: 'bokmål Gevinster: a compound hard word (saksbehandlingstid) beside "fornøyde"',
      text: '# Pilot\n\n## Gevinster\n\n1. Kortere saksbehandlingstid\n2. Mer fornøyde søkere\n',
    },
    {
      name: 'a hard metric in a table row of numbered "Suksesskriterier"',
      text:
        '# Pilot\n\n## 4. Suksesskriterier\n\n| Indikator | Mål |\n|---|---|\n| Timer brukt per kartlegging | 1,5 |\n| Trivsel blant ansatte | høy |\n',
    },
    {
      name: '"experienced nurses" is not a soft outcome, and no hard word is needed without soft ones',
      text: '# Pilot\n\n## Aims\n\nExperienced nurses will run the pilot on two wards.\n',
    },
    {
      name: 'nynorsk: minutt and avvik',
      text: '# E-lås\n\n## Suksesskriterium\n\nTilsette opplever tryggleik, og tid brukt på nøklar går ned frå 38 minutt. Avvik om nøklar går ned.\n',
    },
    {
      name: 'a configured hard word',
      text: '# GPS\n\n## Objectives\n\nFewer searches for missing persons and more satisfied next of kin.\n',
      options: { hard: ['searches'] },
    },
    {
      name: 'trust9 en: entering work, an apprenticeship or a course is a counted outcome beside feeling more confident',
      text: '# Coaching\n\n## Objectives\n\n- At least 60 young people enter work, an apprenticeship or a course.\n- Young people feel more confident.\n',
    },
  ],
  invalid: [
    { name: 'trust26 en: a list of what people wait for, with no wait or list measured, stays soft', text: '# Therapy\n\n## Objectives\n\n- Teachers feel more confidence while students wait for therapy.\n', errors: [{ line: 3 }], output: '# Therapy\n\n## Objectives\n\n- Teachers feel more confidence while students wait for therapy.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n' },
    { name: "trust11 en: \"between appointments\" says when, not what is measured: the objectives stay soft", text: "# BP\n\n## Objectives\n\n- Improve women's experience of antenatal care.\n- Reassure women and their families between appointments.\n", errors: [{line: 3}], output: "# BP\n\n## Objectives\n\n- Improve women's experience of antenatal care.\n- Reassure women and their families between appointments.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    { name: "trust11 nb: *mellom besøkene* the same in bokmål", text: "# BT\n\n## Mål\n\n- Økt trygghet for kvinnene mellom besøkene.\n", errors: [{line: 3}], output: "# BT\n\n## Mål\n\n- Økt trygghet for kvinnene mellom besøkene.\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n" },
    {
      name: 'trust9 en: how confident and welcome people feel, feedback and stories are soft outcomes',
      text:
        '# Clubs\n\n## How will you know the project has worked?\n\nLearners tell us how confident they feel. We expect most learners ' +
        'to feel more welcome. Tutors give us feedback, and we share learners\' stories.\n',
      errors: [{ line: 3, message: 'promises only soft outcomes ("confident")' }],
      output:
        '# Clubs\n\n## How will you know the project has worked?\n\nLearners tell us how confident they feel. We expect most learners ' +
        'to feel more welcome. Tutors give us feedback, and we share learners\' stories.\n\n' +
        '| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n',
    },
    {
      name: 'feeling welcome and communication that is easier are soft outcomes',
      text: '# Talk\n\n## Objectives\n\n- Parents say communication is easier\n- New pupils feel welcome\n',
      errors: [{ line: 3, message: 'promises only soft outcomes' }],
      output:
        '# Talk\n\n## Objectives\n\n- Parents say communication is easier\n- New pupils feel welcome\n\n## Success criteria\n\n' +
        '| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n|---|---|---|---|---|---|---|\n' +
        '| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\nStop/adjust criteria: {{…}}\n',
    },
    {
      name: 'English objectives only (no success section): on the heading, T7 inserted; hard words in code do not count',
      text:
        '# Chatbot\n\n## Objectives\n\n- Better service for citizens\n- Increased citizen satisfaction\n- Positive feedback from staff\n\n' +
        '```\ncost: 0\n```\n',
      errors: [{ line: 3, severity: 'warning', message: 'The "Objectives" section promises only soft outcomes ("Better service")' }],
      output:
        '# Chatbot\n\n## Objectives\n\n- Better service for citizens\n- Increased citizen satisfaction\n- Positive feedback from staff\n\n' +
        '```\ncost: 0\n```\n\n' +
        '## Success criteria\n\n' +
        '| ID | Metric | Baseline (date) | Target | By | Data source | Owner |\n' +
        '|---|---|---|---|---|---|---|\n' +
        '| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |\n\n' +
        'Stop/adjust criteria: {{…}}\n',
    },
    {
      name: 'bokmål with CRLF, "Del 5:" heading: trygghet and trivsel only; "krav" and "natten" are not hard words',
      text:
        '# Fallsensorer\r\n\r\n## Del 5: Mål og suksesskriterier\r\n\r\nMålet er økt trygghet for beboerne om natten. Krav til dokumentasjon følges.\r\n\r\n' +
        '- Beboerne opplever økt trygghet\r\n- Bedre trivsel på nattevakt\r\n',
      errors: [{ line: 3, message: 'Delen «Del 5: Mål og suksesskriterier» lover bare myke gevinster («trygghet»)' }],
      output:
        '# Fallsensorer\r\n\r\n## Del 5: Mål og suksesskriterier\r\n\r\nMålet er økt trygghet for beboerne om natten. Krav til dokumentasjon følges.\r\n\r\n' +
        '- Beboerne opplever økt trygghet\r\n- Bedre trivsel på nattevakt\r\n\r\n' +
        T7_TABLE_NB.replace(/\n/g, '\r\n') +
        '\r\n',
    },
    {
      name: 'soft criteria in a table under "Evaluering", with an unfilled hard-metric template row that does not count',
      text:
        '# Leseapp\n\n## Evaluering\n\n| Indikator | Mål |\n|---|---|\n| Elevene er fornøyde | flere enn i dag |\n' +
        '| {{f.eks. timer spesialundervisning}} | {{…}} |\n',
      errors: [{ line: 3, message: '«fornøyde»' }],
      output:
        '# Leseapp\n\n## Evaluering\n\n| Indikator | Mål |\n|---|---|\n| Elevene er fornøyde | flere enn i dag |\n' +
        '| {{f.eks. timer spesialundervisning}} | {{…}} |\n\n' +
        T7_TABLE_NB +
        '\n',
    },
  ],
};

testRule(rule, cases);
