// The injection grammars, tokenized as VS Code does (vscode-textmate + oniguruma) over a minimal Markdown base grammar.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const root = join(__dirname, '..');
const require = createRequire(import.meta.url);

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars?: GrammarContribution[] };
};
const contributed = manifest.contributes.grammars ?? [];

let markdown: IGrammar;

beforeAll(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const files = new Map<string, string>([['text.html.markdown', join(root, 'test/fixtures/markdown-base.tmLanguage.json')]]);
  for (const g of contributed) files.set(g.scopeName, join(root, g.path));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = files.get(scopeName);
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // Injections come from package.json, so a grammar that is not registered for Markdown fails here.
    getInjections: (scopeName) => contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  if (!g) throw new Error('base grammar did not load');
  markdown = g;
});

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(source: string): Token[][] {
  let state: StateStack = INITIAL;
  return source.split('\n').map((line) => {
    const r = markdown.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the token that is exactly `text` on line `line` (0-based); fails when the tokenizer split it differently. */
function scopesOf(lines: Token[][], line: number, text: string): string[] {
  const hit = lines[line].find((t) => t.text === text);
  if (!hit) throw new Error(`no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(lines[line].map((t) => t.text))}`);
  return hit.scopes;
}

/** Every pilotlint scope on a line, to show that nothing was scoped. */
function pilotlintScopes(lines: Token[][], line: number): string[] {
  return lines[line].flatMap((t) => t.scopes.filter((s) => s.endsWith('.pilotlint')));
}

describe('grammar registration', () => {
  it('contributes both injection grammars to Markdown, with files that exist', () => {
    const byScope = new Map(contributed.map((g) => [g.scopeName, g]));
    for (const scope of ['pilotlint.markdown.injection', 'pilotlint.frontmatter.injection']) {
      const g = byScope.get(scope);
      expect(g?.injectTo).toEqual(['text.html.markdown']);
      const raw = JSON.parse(readFileSync(join(root, g!.path), 'utf8')) as { scopeName: string };
      expect(raw.scopeName).toBe(scope);
    }
  });

  it('keeps the injection out of code', () => {
    const raw = JSON.parse(readFileSync(join(root, 'syntaxes/pilotlint.injection.tmLanguage.json'), 'utf8')) as {
      injectionSelector: string;
    };
    expect(raw.injectionSelector).toBe('L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw');
  });
});

describe('placeholders', () => {
  it('scopes {{…}} with its braces', () => {
    const lines = tokenize('Owner: {{role}} and {{…}} from {{budget line}}.');
    expect(scopesOf(lines, 0, 'role')).toContain('variable.other.placeholder.pilotlint');
    expect(scopesOf(lines, 0, 'budget line')).toContain('variable.other.placeholder.pilotlint');
    expect(lines[0].filter((t) => t.text === '{{').every((t) => t.scopes.includes('punctuation.definition.placeholder.begin.pilotlint'))).toBe(true);
    expect(scopesOf(lines, 0, 'Owner: ')).not.toContain('variable.other.placeholder.pilotlint');
    expect(scopesOf(lines, 0, ' from ')).toEqual(['text.html.markdown', 'meta.paragraph.markdown']);
  });

  it('scopes the English markers in upper case only, as whole words', () => {
    const lines = tokenize('Price: TBD. Owner: TODO, FIXME later, TBA and TBC.\n\nWe have a todo list and TODOS and XTBD.');
    for (const w of ['TBD', 'TODO', 'FIXME', 'TBA', 'TBC']) expect(scopesOf(lines, 0, w)).toContain('keyword.other.placeholder.pilotlint');
    expect(pilotlintScopes(lines, 2)).toEqual([]);
  });

  it('scopes the Norwegian phrases in any case, and not inside longer words', () => {
    const lines = tokenize('Budsjett: avklares. Eier: fylles inn\n\nAnsvar: Ikke avklart; drift: ikkje  avklart\n\nDette er uavklares og avklaresvis.');
    expect(scopesOf(lines, 0, 'avklares')).toContain('keyword.other.placeholder.pilotlint');
    expect(scopesOf(lines, 0, 'fylles inn')).toContain('keyword.other.placeholder.pilotlint');
    expect(scopesOf(lines, 2, 'Ikke avklart')).toContain('keyword.other.placeholder.pilotlint');
    expect(scopesOf(lines, 2, 'ikkje  avklart')).toContain('keyword.other.placeholder.pilotlint');
    expect(pilotlintScopes(lines, 4)).toEqual([]);
  });

  it('leaves placeholders in fenced code, inline code and indented code alone', () => {
    const src = ['```md', 'Owner: {{role}} TBD', '```', '', 'Use `{{role}}` or `TODO` here.', '', '    {{indented}} TODO', ''].join('\n');
    const lines = tokenize(src);
    expect(scopesOf(lines, 1, 'Owner: {{role}} TBD')).toContain('markup.fenced_code.block.markdown');
    expect(pilotlintScopes(lines, 1)).toEqual([]);
    expect(scopesOf(lines, 4, '`{{role}}`')).toContain('markup.inline.raw.string.markdown');
    expect(pilotlintScopes(lines, 4)).toEqual([]);
    expect(pilotlintScopes(lines, 6)).toEqual([]);
  });

  it('scopes placeholders after the code ends', () => {
    const lines = tokenize(['~~~', 'TBD', '~~~', '', 'Date: {{YYYY-MM-DD}} and `code` then TBD'].join('\n'));
    expect(pilotlintScopes(lines, 1)).toEqual([]);
    expect(scopesOf(lines, 4, 'YYYY-MM-DD')).toContain('variable.other.placeholder.pilotlint');
    expect(scopesOf(lines, 4, 'TBD')).toContain('keyword.other.placeholder.pilotlint');
  });

  it('does not run a placeholder over a line break', () => {
    const lines = tokenize('Budget {{amount\nfrom}} the grant');
    expect(pilotlintScopes(lines, 0)).toEqual([]);
    expect(pilotlintScopes(lines, 1)).toEqual([]);
  });
});

describe('directives', () => {
  it('scopes the directive keyword and each rule id of a comment at the start of a line', () => {
    const lines = tokenize('<!-- pilotlint-disable exit-plan-missing, anchoring-missing -- covered in annex B -->\n');
    const kw = scopesOf(lines, 0, 'pilotlint-disable');
    expect(kw).toContain('keyword.control.directive.pilotlint');
    expect(kw).toContain('comment.block.html');
    expect(scopesOf(lines, 0, 'exit-plan-missing')).toContain('constant.other.rule-id.pilotlint');
    expect(scopesOf(lines, 0, 'anchoring-missing')).toContain('constant.other.rule-id.pilotlint');
    expect(scopesOf(lines, 0, 'covered in annex B ')).toContain('string.unquoted.reason.pilotlint');
    expect(scopesOf(lines, 0, '-->')).toContain('punctuation.definition.comment.html');
    // the line after the comment is plain Markdown again
    expect(pilotlintScopes(lines, 1)).toEqual([]);
  });

  it('recognises every directive kind, also inside an indented comment opened by the base grammar', () => {
    const kinds = ['disable-next-line', 'disable-file', 'disable', 'enable'];
    for (const kind of kinds) {
      for (const indent of ['', '  ']) {
        const lines = tokenize(`${indent}<!-- pilotlint-${kind} placeholder-text -->`);
        expect(scopesOf(lines, 0, `pilotlint-${kind}`)).toContain('keyword.control.directive.pilotlint');
        expect(scopesOf(lines, 0, 'placeholder-text')).toContain('constant.other.rule-id.pilotlint');
        expect(scopesOf(lines, 0, 'placeholder-text')).toContain('comment.block.html');
      }
    }
  });

  it('scopes a directive that spans lines', () => {
    const lines = tokenize('<!-- pilotlint-disable\n  exit-plan-missing\n-->\nAfter TBD');
    expect(scopesOf(lines, 1, 'exit-plan-missing')).toContain('constant.other.rule-id.pilotlint');
    expect(scopesOf(lines, 3, 'TBD')).not.toContain('comment.block.html');
  });

  it('leaves ordinary comments and look-alike words unscoped', () => {
    const lines = tokenize('<!-- reviewed by exit-plan team -->\n\n<!-- pilotlint-disabled x-y -->');
    expect(pilotlintScopes(lines, 0)).toEqual([]);
    expect(pilotlintScopes(lines, 2)).toEqual([]);
  });

  it('leaves directives in code alone', () => {
    const lines = tokenize('```\n<!-- pilotlint-disable exit-plan-missing -->\n```');
    expect(pilotlintScopes(lines, 1)).toEqual([]);
  });
});

describe('front matter waivers', () => {
  const doc = [
    '---',
    'title: Chatbot',
    'waivers:',
    '  exit-plan-missing: "covered by annex B"',
    '  training-missing: TBD',
    'owner:',
    '  role: adviser',
    '---',
    '',
    'waivers: not front matter',
  ].join('\n');

  it('scopes the waivers key and its rule ids', () => {
    const lines = tokenize(doc);
    expect(scopesOf(lines, 2, 'waivers')).toContain('keyword.other.waivers.pilotlint');
    expect(scopesOf(lines, 3, 'exit-plan-missing')).toContain('constant.other.rule-id.pilotlint');
    expect(scopesOf(lines, 4, 'training-missing')).toContain('constant.other.rule-id.pilotlint');
    expect(scopesOf(lines, 4, 'training-missing')).toContain('meta.embedded.block.frontmatter');
  });

  it('ends at the next top-level key and leaves other keys to YAML', () => {
    const lines = tokenize(doc);
    expect(scopesOf(lines, 1, 'title')).toContain('entity.name.tag.yaml');
    expect(pilotlintScopes(lines, 5)).toEqual([]);
    expect(pilotlintScopes(lines, 6)).toEqual([]);
    expect(scopesOf(lines, 6, 'role')).toContain('entity.name.tag.yaml');
  });

  it('does not scope a waivers line in the body', () => {
    const lines = tokenize(doc);
    expect(pilotlintScopes(lines, 9)).toEqual([]);
  });

  it('still scopes placeholders in front matter values', () => {
    const lines = tokenize(doc);
    expect(scopesOf(lines, 4, 'TBD')).toContain('keyword.other.placeholder.pilotlint');
  });
});
