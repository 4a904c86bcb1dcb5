// The Markdown snippets are the section templates T1-T8 in both languages, with every {{…}} a tab stop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang, TemplateId } from '../rules/types';
import { renderTemplate, TEMPLATE_TITLE } from '../rules/util/templates';

const root = join(__dirname, '..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { snippets?: { language: string; path: string }[] };
};
const registration = manifest.contributes.snippets?.find((s) => s.language === 'markdown');
const snippets = JSON.parse(readFileSync(join(root, registration?.path ?? 'snippets/pilotlint.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;

/** What VS Code inserts before the user types anything: tab stops hold their default text, escapes are resolved. */
function expand(source: string): { text: string; stops: { n: number; text: string }[] } {
  let text = '';
  const stops: { n: number; text: string }[] = [];
  let i = 0;
  const readEscaped = (stopAt: string): string => {
    let out = '';
    while (i < source.length && source[i] !== stopAt) {
      if (source[i] === '\\' && i + 1 < source.length && '\\$}'.includes(source[i + 1])) {
        out += source[i + 1];
        i += 2;
      } else if (source[i] === '$') {
        throw new Error(`unescaped $ inside a placeholder at ${i}: ${source}`);
      } else out += source[i++];
    }
    return out;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\' && '\\$}'.includes(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const m = /^\$(?:(\d+)|\{(\d+):)/.exec(source.slice(i));
      if (!m) throw new Error(`bare $ at ${i}: ${source}`);
      i += m[0].length;
      if (m[1] !== undefined) {
        stops.push({ n: Number(m[1]), text: '' });
        continue;
      }
      const inner = readEscaped('}');
      if (source[i] !== '}') throw new Error(`unclosed placeholder: ${source}`);
      i++;
      stops.push({ n: Number(m[2]), text: inner });
      text += inner;
      continue;
    }
    text += c;
    i++;
  }
  return { text, stops };
}

const bodyOf = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const ids = Object.keys(TEMPLATE_TITLE) as TemplateId[];
const langs: Lang[] = ['en', 'nb'];

describe('snippets', () => {
  it('are registered for Markdown', () => {
    expect(registration?.path).toBe('./snippets/pilotlint.code-snippets');
  });

  it('hold exactly one English and one Norwegian snippet per template', () => {
    const keys = Object.keys(snippets)
      .map((name) => /^(T\d) (en|nb): /.exec(name)?.slice(1, 3).join(' '))
      .sort();
    expect(keys).toEqual(ids.flatMap((id) => langs.map((l) => `${id} ${l}`)).sort());
  });

  for (const id of ids) {
    for (const lang of langs) {
      it(`${id} ${lang} inserts the template text with every {{…}} as a tab stop`, () => {
        const entry = Object.entries(snippets).find(([name]) => name.startsWith(`${id} ${lang}: `));
        expect(entry).toBeDefined();
        const [name, snippet] = entry!;
        expect(name).toBe(`${id} ${lang}: ${TEMPLATE_TITLE[id][lang]}`);
        const template = renderTemplate(id, lang, 2, '\n', true);
        const { text, stops } = expand(bodyOf(snippet));
        expect(text).toBe(template);
        const placeholders = template.match(/\{\{[^}\n]*\}\}/g) ?? [];
        expect(placeholders.length).toBeGreaterThan(0);
        const numbered = stops.filter((s) => s.n > 0);
        expect(numbered.map((s) => s.text)).toEqual(placeholders);
        expect(numbered.map((s) => s.n)).toEqual(placeholders.map((_, k) => k + 1));
        expect(stops.filter((s) => s.n === 0)).toHaveLength(1);
      });
    }
  }

  it('have prefixes no two snippets share', () => {
    const all = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(p).toMatch(/^(pilotlint|pl)-[a-z0-9-]+$/);
  });

  it('expands escapes the way VS Code does', () => {
    expect(expand('a \\$1 ${1:{{x\\}\\}} b$0')).toEqual({ text: 'a $1 {{x}} b', stops: [{ n: 1, text: '{{x}}' }, { n: 0, text: '' }] });
    expect(() => expand('cost $ 5')).toThrow(/bare \$/);
  });
});
