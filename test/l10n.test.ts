// Every UI string of the extension exists in English and Norwegian: the manifest's nls files and the client's l10n bundle.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const argsOf = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

describe('localisation', () => {
  const en = json('package.nls.json') as Record<string, string>;
  const nb = json('package.nls.nb.json') as Record<string, string>;

  it('package.nls.json and package.nls.nb.json have the same keys, none empty', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(nb)]) expect(v.trim(), k).not.toBe('');
    // A Norwegian file that only copies the English one would pass the key check; most strings must differ.
    const same = Object.keys(en).filter((k) => en[k] === nb[k]);
    expect(same).toEqual([]);
  });

  it('every %key% in package.json is in the nls files, and every nls key is used', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !used.includes(k))).toEqual([]);
  });

  it('every vscode.l10n.t string in the client is in the Norwegian bundle with the same arguments, and nothing else is', () => {
    const bundle = json('l10n/bundle.l10n.nb.json') as Record<string, string>;
    const sources = readdirSync(join(root, 'client/src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'client/src', f), 'utf8'))
      .join('\n');
    // Only literal messages can be looked up in a bundle, so a call with anything else is a defect too.
    const calls = [...sources.matchAll(/l10n\.t\(\s*('(?:[^'\\]|\\.)*'|[^,)]*)/g)].map((m) => m[1].trim());
    expect(calls.length).toBeGreaterThan(5);
    const keys = calls.map((c) => {
      expect(c, 'l10n.t takes a string literal').toMatch(/^'(?:[^'\\]|\\.)*'$/);
      return c.slice(1, -1).replace(/\\'/g, "'");
    });
    expect(keys.filter((k) => !(k in bundle))).toEqual([]);
    expect(Object.keys(bundle).filter((k) => !keys.includes(k))).toEqual([]);
    for (const k of keys) {
      expect(bundle[k], k).not.toBe(k);
      expect(argsOf(bundle[k]), k).toEqual(argsOf(k));
    }
  });

  it('the packaged extension ships the nls files and the bundle', () => {
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
    for (const f of ['!package.nls.json', '!package.nls.nb.json', '!l10n/*.json']) expect(ignore).toContain(f);
    expect(json('package.json').l10n).toBe('./l10n');
  });
});
