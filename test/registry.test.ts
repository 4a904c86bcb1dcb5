// Every registered rule is complete: id = folder, docs, valid and invalid cases, fixable agrees, purity of rules/.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES } from '../rules/index';

const root = join(__dirname, '..');
const rulesDir = join(root, 'rules');
const catalogue = ['frontmatter-invalid-yaml'];
/** Ids the engine, the server and the CLI report that are not rules. */
const ENGINE_IDS = ['unused-disable-directive', 'unknown-rule', 'waiver-without-reason', 'internal-error', 'config-invalid', 'file-unreadable', 'file-encoding', 'document-too-large'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('rule registry', () => {
  it('registers all 34 catalogue ids, sorted, once each', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.length).toBe(34);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of catalogue) expect(ids).toContain(id);
  });

  it('has a folder for every rule and a rule for every folder', () => {
    const folders = readdirSync(rulesDir).filter(
      (n) => statSync(join(rulesDir, n)).isDirectory() && n !== 'util',
    );
    expect(folders.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a kebab-case id that is its folder name', () => {
        expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
        expect(existsSync(join(rulesDir, id, 'index.ts'))).toBe(true);
      });

      it('is implemented, not a scaffold', () => {
        expect(readFileSync(join(rulesDir, id, 'index.ts'), 'utf8')).not.toMatch(/SCAFFOLD/);
      });

      it('has docs with why, incorrect, correct, fix and options', () => {
        const file = join(rulesDir, id, 'README.md');
        expect(existsSync(file)).toBe(true);
        const md = readFileSync(file, 'utf8');
        expect(md.startsWith(`# ${id}`)).toBe(true);
        for (const heading of ['Why', 'Incorrect', 'Correct', 'Fix', 'Options']) {
          expect(md, `${id}/README.md lacks "## ${heading}"`).toMatch(new RegExp(`^## ${heading}`, 'm'));
        }
      });

      it('has messages in English and bokmål, and a description in both', () => {
        expect(rule.meta.description.en.length).toBeGreaterThan(10);
        expect(rule.meta.description.nb.length).toBeGreaterThan(10);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const [key, m] of Object.entries(rule.messages)) {
          expect(m.en, `${id}.${key}.en`).toBeTruthy();
          expect(m.nb, `${id}.${key}.nb`).toBeTruthy();
          expect(m.en).not.toBe(m.nb);
        }
      });

      it('has a test file of its own beside it (its cases run there, with its README examples)', () => {
        expect(existsSync(join(rulesDir, id, `${id}.test.ts`))).toBe(true);
      });
    });
  }

  it('keeps rules pure: nothing under rules/ imports the editor, the LSP library or the file system', () => {
    const offenders: string[] = [];
    for (const file of walk(rulesDir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const src = readFileSync(file, 'utf8');
      const imports = [...src.matchAll(/(?:import|require)\s*(?:[^'"]*from\s*)?\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of imports) {
        if (/^(vscode|vscode-languageserver|vscode-languageclient)/.test(spec) || /^(node:)?(fs|fs\/promises|child_process|net|http|https)$/.test(spec)) {
          offenders.push(`${file.slice(root.length + 1)} imports ${spec}`);
        }
        if (spec.includes('server/src/lsp') || spec.includes('server/src/node')) offenders.push(`${file} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('is the catalogue in docs/catalogue.md: every registered id is there, and every rule id there is registered', () => {
    const catalogue = readFileSync(join(root, 'docs', 'catalogue.md'), 'utf8');
    // Rule ids are written in backticks; sub-ids (`rule/element`) name the same rule.
    const named = new Set([...catalogue.matchAll(/`([a-z]+(?:-[a-z]+)+)(?:\/[a-z-]+)?`/g)].map((m) => m[1]).filter((id) => !ENGINE_IDS.includes(id)));
    expect([...named].sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('links from the README and the docs only to files inside the repository that exist', () => {
    const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const page of pages) {
      const md = readFileSync(join(root, page), 'utf8');
      for (const [, target] of md.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = resolve(dirname(join(root, page)), target.split('#')[0]);
        if (!path.startsWith(root) || !existsSync(path)) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("lists every rule in the README's table as the registry describes it: facet, severity, fixable, description", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| \[`([a-z-]+)`\]\(rules\/[a-z-]+\/README\.md\) \| ([^|]+) \| (\w+) \| (yes)? *\| (.+) \|$/gm)].map((m) => [m[1], m]),
    );
    const wrong = RULES.flatMap((r) => {
      const row = rows.get(r.meta.id);
      if (!row) return [`${r.meta.id}: no row`];
      const facet = r.meta.facet.replace(/_/g, ' ');
      const problems: string[] = [];
      if (row[2].trim() !== facet) problems.push(`facet "${row[2].trim()}" is "${facet}"`);
      if (row[3] !== r.meta.defaultSeverity) problems.push(`severity ${row[3]} is ${r.meta.defaultSeverity}`);
      if (Boolean(row[4]) !== r.meta.fixable) problems.push(`fixable is ${r.meta.fixable}`);
      if (row[5].trim() !== r.meta.description.en) problems.push(`description is "${r.meta.description.en}"`);
      return problems.map((p) => `${r.meta.id}: ${p}`);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the core free of LSP imports', () => {
    const offenders = walk(join(root, 'server', 'src', 'core'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+['"](vscode|vscode-languageserver)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
