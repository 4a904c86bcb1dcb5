// single-person-governance: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: "trust14 nn: a prosjekteigar and a different oppdragsgjevar", text: "# P\n\n| | |\n|---|---|\n| Vertskommune | Vik kommune |\n| Prosjekteigar | Kari Haugland, rektor |\n| Oppdragsgjevar | Per Lie, kommunalsjef |\n" },
    {
      name: 'different people as objects',
      text: '---\nowner:\n  role: Avdelingsleder\n  name: Tone Bakke\nsponsor:\n  role: Virksomhetsleder\n  name: Geir Fossum\n---\n# Pilot\n',
    },
    {
      name: 'the same role title but different names',
      text: '---\nowner: { role: enhetsleder, name: Ola Hansen }\nsponsor: { role: enhetsleder, name: Kari Nordmann }\n---\n# Pilot\n',
    },
    {
      name: 'template placeholders are not a shared name',
      text: '---\nowner:\n  role: "{{role}}"\n  name: "{{name}}"\nsponsor:\n  role: "{{role}}"\n  name: "{{name}}"\n---\n# Pilot\n',
    },
    {
      name: 'only one of the two given',
      text: '---\nowner: Kari Nordmann\n---\n# Pilot\n',
    },
    {
      name: 'body facts with different people (bokmål, no front matter)',
      text: '# Pilot\n\n- Prosjekteier: Geir Fossum, kommunalsjef\n- Tjenesteeier: Tone Bakke, enhetsleder\n',
    },
  ],
  invalid: [
    { name: "trust14 nn: *Prosjekteigar og oppdragsgjevar | Kari Haugland* is one person in both roles", text: "# P\n\n| | |\n|---|---|\n| Vertskommune | Vik kommune |\n| Prosjektperiode | 16. august 2027–20. desember 2028 |\n| Prosjekteigar og oppdragsgjevar | Kari Haugland, rektor |\n", errors: [{"line": 7}] },
    {
      name: 'catalogue D.2: one enthusiast nurse is owner and sponsor (Norwegian, case and spacing differ)',
      text: '---\nlanguage: nb\nowner:\n  role: Sykepleier\n  name: Kari  Nordmann\nsponsor:\n  role: Prosjektleder\n  name: kari nordmann\n---\n# Pilot\n',
      errors: [{ line: 6, severity: 'warning', message: '`owner` og `sponsor` er samme person (kari nordmann)' }],
    },
    {
      name: 'strings with roles after a comma',
      text: '---\nowner: Eva Brekke, head teacher\nsponsor: "Eva Brekke (project lead)"\n---\n# Reading app\n',
      errors: [{ line: 3, message: '`owner` and `sponsor` are the same person (Eva Brekke)' }],
    },
    {
      name: 'a string and an object (CRLF)',
      text: '---\r\nsponsor: { role: rektor, name: Eva Brekke }\r\nowner: Eva Brekke\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 2, message: 'Eva Brekke' }],
    },
    {
      name: 'catalogue E: no front matter, the body names one person as owner and sponsor (English)',
      text: '# Reading app\n\n**Project owner:** Eva Brekke, head teacher\n\n**Sponsor:** Eva Brekke\n\nThe school tests a reading app.\n',
      errors: [{ line: 5, message: '`owner` and `sponsor` are the same person (Eva Brekke)' }],
    },
    {
      name: 'catalogue E: a bokmål facts table with the same person in both rows',
      text: '# Nattilsyn\n\n| Rolle | Navn |\n|---|---|\n| Prosjekteier | Kari Nordmann |\n| Eier | Kari Nordmann (sykepleier) |\n\nKommunen prøver ut digitalt nattilsyn.\n',
      language: 'nb',
      errors: [{ line: 5, message: 'er samme person (Kari Nordmann)' }],
    },
  ],
};

testRule(rule, cases);
