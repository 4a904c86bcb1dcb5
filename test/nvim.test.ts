// The language server under Neovim's built-in LSP client (headless nvim, test/nvim/drive.lua): what the editor shows equals the engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';

const ROOT = join(__dirname, '..');
const NVIM = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const HAVE_NVIM = NVIM.status === 0;
// CI installs Debian's neovim (.ci/run); elsewhere the suite says it was skipped rather than passing without a client.
if (!HAVE_NVIM && process.env.CI) throw new Error('nvim is not installed: .ci/run installs it, and this suite needs it in CI');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  message: string;
  source: string;
}

interface Drive {
  error?: string;
  offset_encoding: string;
  steps: { label: string; text: string; diagnostics: NvimDiagnostic[] }[];
  hover: string;
  actions: { title: string; kind: string; isPreferred: boolean }[];
  applied: { title: string; code: string };
  symbols: number;
  stopped: boolean;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function drive(name: string, text: string): Drive {
  const dir = mkdtempSync(join(tmpdir(), 'pl-nvim-'));
  dirs.push(dir);
  // `root: true` keeps configuration files above the temporary folder out of the comparison with lint(text, {}).
  writeFileSync(join(dir, '.pilotlintrc.json'), '{ "root": true }\n');
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = join(dir, 'out.json');
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(ROOT, 'test/nvim/drive.lua')}`], {
    env: { ...process.env, PL_SERVER: join(ROOT, 'bin/pilotlint-ls.js'), PL_FILE: file, PL_OUT: out },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const result = JSON.parse(readFileSync(out, 'utf8')) as Drive;
  expect(result.error, `nvim exited ${r.status}: ${r.stderr}`).toBeUndefined();
  return result;
}

/** The engine's findings on the text the editor holds, in Neovim's terms: 0-based line and byte column. */
function expected(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i].length + (text.startsWith('\r\n', at + lines[i].length) ? 2 : 1);
  }
  const place = (offset: number): [number, number] => {
    let line = starts.findIndex((s, i) => i === starts.length - 1 || starts[i + 1] > offset);
    const col = Math.min(offset - starts[line], lines[line].length);
    return [line, Buffer.byteLength(lines[line].slice(0, col))];
  };
  return lint(text, {}).findings.map((f) => {
    const [l, c] = place(f.start);
    const [el, ec] = place(f.end);
    return `${f.ruleId} ${l}:${c}-${el}:${ec}`;
  });
}

const shown = (ds: NvimDiagnostic[]): string[] => ds.map((d) => `${d.code} ${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}`);

describe.skipIf(!HAVE_NVIM)(`Neovim's LSP client (${NVIM.stdout?.split('\n')[0] ?? 'nvim not installed'})`, () => {
  for (const [name, text] of [
    ['weak-en.proposal.md', readFileSync(join(ROOT, 'examples/weak-en.proposal.md'), 'utf8')],
    // CRLF, a BOM and no final newline: Neovim keeps the BOM out of the buffer and sends CRLF lines.
    ['svak-nb.proposal.md', '\uFEFF' + readFileSync(join(ROOT, 'examples/svak-nb.proposal.md'), 'utf8').replace(/\n/g, '\r\n').replace(/\r\n$/, '')],
  ] as const) {
    describe(name, () => {
      let run: Drive;
      beforeAll(() => {
        run = drive(name, text);
      }, 150_000);

      it('negotiates UTF-16 and shows, at every step, exactly the engine findings at the same places', () => {
        expect(run.offset_encoding).toBe('utf-16');
        expect(run.steps.map((s) => s.label)).toEqual(['open', 'quick fix', 'typed emoji', 'fix-all 1', 'fix-all 2']);
        for (const step of run.steps) {
          expect(step.diagnostics.length, step.label).toBeGreaterThan(0);
          expect(shown(step.diagnostics).sort(), step.label).toEqual(expected(step.text).sort());
          expect(step.diagnostics.every((d) => d.source === 'pilotlint')).toBe(true);
        }
        expect(run.steps[2].text).toContain('🚀 Æøå ');
      });

      it('hovers and offers one preferred quick fix that removes its own finding', () => {
        expect(run.hover).toContain(run.steps[0].diagnostics[0].code);
        // The actions listed are those at the diagnostic whose fix was applied.
        expect(run.actions.filter((a) => a.isPreferred)).toHaveLength(1);
        const before = run.steps[0].diagnostics.filter((d) => d.code === run.applied.code).length;
        const after = run.steps[1].diagnostics.filter((d) => d.code === run.applied.code).length;
        expect(after).toBeLessThan(before);
      });

      it('fix-all on save is a fixed point, keeps every line, and the server stops when asked', () => {
        const [, , typed, once, twice] = run.steps;
        expect(once.text.length).toBeGreaterThan(typed.text.length);
        expect(twice.text).toBe(once.text);
        const kept = once.text.split(/\r?\n/);
        let at = 0;
        for (const line of typed.text.split(/\r?\n/)) {
          at = kept.indexOf(line, at);
          expect(at, `line lost by fix-all: ${line}`).toBeGreaterThanOrEqual(0);
        }
        // What is left has no fix to offer (e.g. a decision date only the author can give).
        expect(lint(once.text, {}).findings.filter((f) => f.fix).map((f) => f.ruleId)).toEqual([]);
        expect(once.diagnostics.length).toBeLessThan(typed.diagnostics.length);
        expect(run.symbols).toBeGreaterThan(0);
        expect(run.stopped).toBe(true);
      });
    });
  }
});
