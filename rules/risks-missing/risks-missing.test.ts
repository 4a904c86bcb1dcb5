// risks-missing: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const T8_EN =
  '## Risks\n\n' +
  '| Risk | L/I | Mitigation | Owner |\n' +
  '|---|---|---|---|\n' +
  '| No funding after the pilot | {{…}} | {{…}} | {{…}} |\n' +
  '| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |\n' +
  '| SME capacity or continuity | {{…}} | {{…}} | {{…}} |\n';

const T8_NB =
  '## Risiko\n\n' +
  '| Risiko | S/K | Tiltak | Ansvarlig |\n' +
  '|---|---|---|---|\n' +
  '| Ingen finansiering etter piloten | {{…}} | {{…}} | {{…}} |\n' +
  '| Pådriveren slutter / turnover | {{…}} | {{…}} | {{…}} |\n' +
  '| Leverandørens kapasitet eller konkurs | {{…}} | {{…}} | {{…}} |\n';

const cases: RuleCases = {
  valid: [
    {
      name: 'English risk register heading',
      text: '# Pilot\n\n## Risk register\n\n| Risk | Mitigation |\n|---|---|\n| No funding | Budget proposal |\n',
    },
    {
      name: 'numbered bokmål "Risiko og tiltak"',
      text: '# Pilot\n\n## 8. Risiko og tiltak\n\nLeverandøren kan gå konkurs.\n',
    },
    {
      name: '"Uncertainties" and "ROS-analyse" count as risk sections',
      text: '# Pilot\n\n## Uncertainties\n\nText.\n\n## ROS-analyse\n\nTekst.\n',
    },
    {
      name: "trust18 en: a funder's bold question with its word limit after the question mark is the risk section",
      text:
        '**Application form**\n\n**8. What are the main risks and how will you manage them? (max 150 words)**\n\n' +
        '- Too few people sign up: we will door-knock.\n',
    },
    {
      name: 'an empty risk heading is present (empty-section reports the emptiness)',
      text: '# Pilot\n\n## Risiko\n\n## Videreføring\n\nTekst.\n',
    },
    {
      name: 'front-matter pointer to a risk register',
      text: '---\ntitle: Pilot\nrisk_register: annex-e.xlsx\n---\n# Pilot\n\n## Background\n\nText.\n',
    },
    {
      name: 'extra heading synonym from options',
      text: '# Pilot\n\n## What could go wrong\n\nText.\n',
      headings: { risks: ['What could go wrong'] },
    },
  ],
  invalid: [
    {
      name: 'trust18 en: a word limit makes no heading of a bold sentence that is no question',
      text:
        '# Application form\n\n**We will also talk about what could go wrong with the main risks of the project (max 150 words)**\n\n' +
        '- Too few people sign up.\n',
      errors: [{ line: 1, message: 'No risk section' }],
      output:
        '# Application form\n\n**We will also talk about what could go wrong with the main risks of the project (max 150 words)**\n\n' +
        '- Too few people sign up.\n\n' +
        T8_EN.slice(1),
    },
    {
      name: 'English: on the title, T8 appended at the end after the values section; risk words in code do not count',
      text:
        '# Fall sensors pilot\n\n## Success criteria\n\nFewer falls.\n\n## Ethics\n\nConsent first.\n\n' +
        '```markdown\n## Risks\n```\n',
      errors: [{ line: 1, severity: 'warning', message: 'No risk section' }],
      output:
        '# Fall sensors pilot\n\n## Success criteria\n\nFewer falls.\n\n## Ethics\n\nConsent first.\n\n' +
        '```markdown\n## Risks\n```\n\n' +
        T8_EN,
    },
    {
      name: 'bokmål with CRLF and numbered headings: T8 inserted before the lessons section',
      text:
        '# Digitalt tilsyn\r\n\r\n## 1. Bakgrunn og behov\r\n\r\nKommunen har mange nattbesøk og vil prøve ut kamera.\r\n\r\n' +
        '## 2. Erfaringer fra tidligere piloter\r\n\r\nVi lærte mye av pilot 1.\r\n',
      errors: [{ line: 1, message: 'Mangler risikovurdering' }],
      output:
        '# Digitalt tilsyn\r\n\r\n## 1. Bakgrunn og behov\r\n\r\nKommunen har mange nattbesøk og vil prøve ut kamera.\r\n\r\n' +
        T8_NB.replace(/\n/g, '\r\n') +
        '\r\n## 2. Erfaringer fra tidligere piloter\r\n\r\nVi lærte mye av pilot 1.\r\n',
    },
    {
      name: 'a "risk" paragraph without a heading does not count; no trailing newline',
      text: '# Pilot\n\n## Exit plan\n\nThere is a risk that funding stops.',
      errors: [{ line: 1 }],
      output: '# Pilot\n\n## Exit plan\n\nThere is a risk that funding stops.\n\n' + T8_EN,
    },
  ],
};

testRule(rule, cases);
