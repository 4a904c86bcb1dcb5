// Fix-all and single fixes are safe to repeat: a fixed point, nothing of the original lost, every fix ends its finding.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Lang, TemplateId } from '../rules/types';
import { SECTION_SYNONYMS } from '../server/src/model/lexicon';
import { templateLines } from '../rules/util/templates';
import { applyEdits, fixAll } from '../server/src/core/fixes';
import { lint } from '../server/src/core/lint';

const root = join(__dirname, '..');
const files = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.proposal.md')).map((f) => join('examples', f)),
  ...readdirSync(join(root, 'test/corpus')).filter((f) => f.endsWith('.proposal.md')).map((f) => join('test/corpus', f)),
];

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const key = (f: Finding): string => `${f.ruleId}/${f.element ?? ''}: ${f.message}`;

/** Every line of `original` in `fixed`, in the same order (fixes only insert). */
function keepsEveryLine(original: string, fixed: string): boolean {
  const out = lines(fixed);
  let at = 0;
  for (const line of lines(original)) {
    while (at < out.length && out[at] !== line) at++;
    if (at === out.length) return false;
    at++;
  }
  return true;
}

describe('fix-all on the examples and the corpus', () => {
  it('finds proposals to run on', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`${file}: a second run changes nothing, no line is lost, no fixed finding stays`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const once = fixAll(text);
      const twice = fixAll(once.text);
      expect(twice.text).toBe(once.text);
      expect(twice.applied).toBe(0);
      expect(keepsEveryLine(text, once.text)).toBe(true);
      const fixed = lint(text).findings.filter((f) => f.fix?.edits.every((e) => e.start === e.end));
      const left = new Set(lint(once.text).findings.map(key));
      expect(fixed.map(key).filter((k) => left.has(k))).toEqual([]);
    });
  }

  it('weak-en: 4 rounds give the size of the first', () => {
    let text = readFileSync(join(root, 'examples/weak-en.proposal.md'), 'utf8');
    const sizes = [text.length];
    for (let i = 0; i < 4; i++) sizes.push((text = fixAll(text).text).length);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    expect(new Set(sizes.slice(1)).size).toBe(1);
    expect(text.split('Internal effort:').length - 1).toBe(1);
  });
});

describe('fix-all next to indented headings and trailing spaces', () => {
  // A heading's section starts after its indent, and a section's content ends before its trailing spaces: inserting
  // at either split a line in two (both found by the fuzz suite).
  for (const text of [
    '---\n\n---\n# organisational anchoring\n\n  Foo *bar\nbaz*→\n====\n',
    '# Pilot\n\n## Background\n\nText.\n\n   ## Risks\n\nA risk.\n',
    '# Pilot\r\n\r\n  Background\r\n  ----------\r\n\r\nText.\r\n',
    // A line appended to a section goes after the last line's trailing spaces, which stay on their line.
    '# organisational anchoring\n\n>\n>  \n> \n',
    '# Pilot\n\n## Exit plan\n\nThe board decides.   \n\n## Risks\n\nNone.\n',
  ]) {
    it(`keeps every line and reaches a fixed point: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const once = fixAll(text).text;
      expect(once.length).toBeGreaterThan(text.length);
      expect(keepsEveryLine(text, once)).toBe(true);
      expect(fixAll(once).text).toBe(once);
    });
  }
});

describe('single fixes on the examples and the corpus', () => {
  for (const file of files) {
    it(`${file}: each fix, applied alone, removes its own finding`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const stays = lint(text)
        .findings.filter((f) => f.fix)
        .filter((f) => lint(applyEdits(text, f.fix!.edits)).findings.some((a) => key(a) === key(f)))
        .map(key);
      expect(stays).toEqual([]);
    });
  }
});

describe('fix-all on random proposals', () => {
  const TEMPLATES: TemplateId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];
  const PROSE: Record<Lang, string[]> = {
    en: [
      'The pilot runs in two wards for six months.',
      'Patients report higher satisfaction and well-being.',
      'The supplier is on site every day during the pilot.',
      'We store the pupil\'s name and class in the app.',
      '- Head of care services',
      '| Metric | Target |\n|---|---|\n| Falls | -30 % |',
      'Internal effort: {{hours per week}}',
    ],
    nb: [
      'Piloten går på to avdelinger i seks måneder.',
      'Brukerne opplever økt trygghet og mestring.',
      'Leverandøren er til stede hver dag i piloten.',
      'Vi lagrer elevens navn og klasse i appen.',
      '- Kommunalsjef helse og omsorg',
      '| Indikator | Mål |\n|---|---|\n| Fall | -30 % |',
      'Kriterier for å stoppe/justere: {{…}}',
    ],
  };
  const proposal = fc.constantFrom<Lang>('en', 'nb').chain((lang) => {
    // Lexicon synonyms may end in `*` (any ending): the bare stem is a heading too.
    const headings = Object.values(SECTION_SYNONYMS).flatMap((s) => ((s as Partial<Record<Lang, readonly string[]>>)[lang] ?? []).map((h) => h.replace(/\*/g, '')));
    const body = fc.oneof(
      fc.constantFrom(...PROSE[lang]),
      fc.constantFrom(...TEMPLATES).chain((t) => fc.constantFrom(...templateLines(t, lang))),
    );
    const section = fc.tuple(fc.constantFrom('## ', '### ', '# '), fc.constantFrom(...headings), fc.array(body, { maxLength: 3 }));
    return fc.record({
      title: fc.boolean(),
      sections: fc.array(section, { maxLength: 6 }),
      eol: fc.constantFrom('\n', '\r\n'),
      trailing: fc.boolean(),
    }).map(({ title, sections, eol, trailing }) => {
      const parts = [
        ...(title ? ['# Pilot'] : []),
        ...sections.map(([mark, heading, paras]) => [mark + heading[0].toUpperCase() + heading.slice(1), ...paras].join('\n\n')),
      ];
      const text = parts.join('\n\n') + (trailing ? '\n' : '');
      return text.replace(/\n/g, eol);
    });
  });

  it('fixAll(fixAll(x)) is fixAll(x), and every line of x is kept', () => {
    fc.assert(
      fc.property(proposal, (text) => {
        const once = fixAll(text).text;
        expect(fixAll(once).text).toBe(once);
        expect(keepsEveryLine(text, once)).toBe(true);
      }),
      { numRuns: 100 },
    );
    // A guard against a hang on a busy machine, not a speed target (those live in the bench).
  }, 120_000);
});
