// Runs empty-section's cases, and checks that the finding covers exactly the heading line.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: "trust24 nn: a deck's closing slide *Spørsmål?* as the last heading is a prompt, not an unwritten section",
      text: '---\nmarp: true\n---\n\n# Hjartesone\n\nUtvida pilot våren 2027\n\n---\n\n# Etter piloten\n\n- Utvalet gjer vedtak.\n\n---\n\n# Spørsmål?\n',
    },
    {
      name: 'trust24 en: a closing "Questions?" slide at the end of a deck',
      text: '# Duplicate checks\n\nA pilot.\n\n---\n\n## Questions?\n',
    },
    {
      name: 'every section has text',
      text: '# Pilot\n\n## Background\n\nFalls cost NOK 2 million a year.\n\n## Risks\n\n- Funding after the pilot.\n',
    },
    {
      name: 'a parent whose only content is subsections',
      text: '# Pilot\n\n## Plan\n\n### Exit plan\n\nThe committee decides.\n\n### Training\n\nTwo sessions.\n',
    },
    {
      name: 'code, tables, HTML and quotes are content',
      text:
        '# Pilot\n\n## Data\n\n```\nraw\n```\n\n## Budget\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n' +
        '## Details\n\n<details><summary>More</summary>x</details>\n\n## Quote\n\n> Sitat fra brukeren.\n',
    },
    {
      name: 'Norwegian sections with content; a placeholder is content (placeholder-text flags it)',
      text: '# Velferdsteknologi\n\n## Bakgrunn og behov\n\nKommunen har mange fall.\n\n## Risiko\n\nTBD\n',
    },
    {
      name: 'a heading inside a list or quote is not a section heading',
      text: '# Pilot\n\n> ## Quoted heading\n\nText.\n',
    },
  ],
  invalid: [
    {
      name: 'trust24 nn: *Spørsmål?* before another section is a section left empty',
      text: '# Hjartesone\n\nUtvida pilot.\n\n## Spørsmål?\n\n## Etter piloten\n\nUtvalet gjer vedtak.\n',
      errors: [{ line: 5, message: 'Seksjonen «Spørsmål?» er tom' }],
    },
    {
      name: 'an empty Norwegian risk section (catalogue D.10) at the end of the document',
      text: '# Velferdsteknologi\n\n## Bakgrunn og behov\n\nKommunen har mange fall.\n\n## Risiko\n',
      errors: [{ line: 7, message: 'Seksjonen «Risiko» er tom' }],
    },
    {
      name: 'blank lines, comments, link definitions and thematic breaks are not content',
      text:
        '# Pilot\n\n## Background\n\n<!-- write this -->\n\n[ref]: https://example.no\n\n---\n\n## Exit plan\n\n\n\n## Risks\n\nSome.\n',
      errors: [
        { line: 3, message: 'Section "Background" is empty' },
        { line: 11, message: 'Section "Exit plan" is empty' },
      ],
    },
    {
      name: 'a leaf subsection is empty even though its parent has content',
      text: '# Pilot\n\n## Plan\n\nOverview.\n\n### Training\n\n## Risks\n\nSome.\n',
      errors: [{ line: 7, message: '"Training"' }],
    },
    {
      name: 'a deeper heading right after an empty one: only the leaf is empty, CRLF',
      text: '# Pilot\r\n\r\n## Budget\r\n\r\n### Running cost\r\n\r\n## Risks\r\n\r\nSome.\r\n',
      errors: [{ line: 5, message: '"Running cost"' }],
    },
    {
      name: 'a document that is only a title',
      text: '# Pilot',
      errors: [{ line: 1 }],
    },
  ],
};

testRule(rule, cases);

describe('empty-section ranges', () => {
  it('covers the heading, after a BOM and with emoji', () => {
    const text = '\uFEFF# Pilot\r\n\r\nIntro.\r\n\r\n## 🚀 Exit plan\r\n';
    const [f] = run(rule, { name: '', text });
    expect(text.slice(f.start, f.end)).toBe('## 🚀 Exit plan');
  });
});
