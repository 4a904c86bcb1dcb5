// The quick-fix menu over LSP: one entry per distinct edit, the fix under the cursor first, suppressions at the cursor,
// snippets only for a client that asks, and missing-section fixes that never add errors to the weak examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { createServer } from '../server/src/lsp/server';
import { applyWorkspaceEdit, TestClient } from './util/lsp-client';

const root = join(__dirname, '..');
const example = (name: string) => readFileSync(join(root, 'examples', name), 'utf8');
const ERROR = 1;

async function startServer(initializationOptions?: unknown): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  createServer(createConnection(toServer, toClient));
  const client = new TestClient(toClient, toServer);
  await client.initialize({ workspace: { workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } }, null, initializationOptions);
  return client;
}

const menu = (client: TestClient, uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]) =>
  client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>;

/** What VS Code sends for Ctrl+. with the cursor at `position`: every diagnostic on the cursor's line. */
const onLine = (ds: Diagnostic[], line: number) => ds.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
const cursorAt = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

describe('code actions', () => {
  let client: TestClient;
  let snippetClient: TestClient;
  beforeAll(async () => {
    client = await startServer();
    snippetClient = await startServer({ snippetEdits: true });
  });
  afterAll(() => {
    client?.dispose();
    snippetClient?.dispose();
  });

  it('the title line of weak-en lists each fix once, the preferred one first, suppressions for the cursor and fix-all once', async () => {
    const uri = 'file:///menu/weak-en.proposal.md';
    const text = example('weak-en.proposal.md');
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'exit-plan-missing'));
    const titleLine = ds.find((d) => d.code === 'exit-plan-missing')!.range.start.line;
    const here = onLine(ds, titleLine);
    expect(here.length).toBeGreaterThan(3);
    const actions = await menu(client, uri, cursorAt(titleLine, 2), here);
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
    // Fixes that insert the same template are one entry holding every diagnostic that offers it.
    const templateFixes = here.filter((d) => (d.data as { fix?: unknown }).fix);
    const distinct = new Set(templateFixes.map((d) => JSON.stringify((d.data as { fix: { edits: unknown } }).fix.edits)));
    expect(actions.filter((a) => a.title.startsWith('Insert the'))).toHaveLength(distinct.size);
    expect(distinct.size).toBeLessThan(templateFixes.length);
    expect(actions[0].isPreferred).toBe(true);
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
    expect(actions[0].diagnostics!.map((d) => d.code)).toContain(here[0].code);
    const waive = titles.filter((t) => t.startsWith('Waive'));
    const disable = titles.filter((t) => t.startsWith('Disable'));
    expect(waive).toEqual([`Waive ${here[0].code} with a reason`]);
    expect(disable).toHaveLength(2);
    expect(disable[1]).toMatch(/^Disable all \d+ pilotlint rules for this line/);
    expect(titles.filter((t) => t === 'Fix all pilotlint problems')).toHaveLength(1);
    expect(titles.at(-1)).toBe('Fix all pilotlint problems');
    // fix-all lints to a fixed point, so the menu runs it as a server command instead of computing it per request
    expect(actions.at(-1)!.command).toMatchObject({ command: 'pilotlint.applyFixAll', arguments: [uri] });
    // Suppressions come after every fix.
    const lastFix = Math.max(...titles.map((t, i) => (t.startsWith('Insert the') ? i : -1)));
    expect(titles.findIndex((t) => t.startsWith('Waive'))).toBeGreaterThan(lastFix);
    // The source fix-all is for clients that ask for it by kind, so a full menu does not list it twice.
    expect(actions.some((a) => a.kind === 'source.fixAll.pilotlint')).toBe(false);
    expect((await menu(client, uri, cursorAt(0, 0), [], ['source.fixAll'])).map((a) => a.kind)).toEqual(['source.fixAll.pilotlint']);
  });

  it('the diagnostic under the cursor decides the preferred fix and what the suppressions name', async () => {
    const uri = 'file:///menu/cursor.proposal.md';
    const text = example('weak-en.proposal.md');
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'placeholder-text'));
    const tbd = ds.find((d) => d.code === 'placeholder-text' && d.range.start.line === d.range.end.line)!;
    const title = ds.find((d) => d.code === 'exit-plan-missing')!;
    // A range spanning both: the cursor (range start) sits in the placeholder, so it names placeholder-text.
    const actions = await menu(client, uri, { start: tbd.range.start, end: tbd.range.end }, [title, tbd]);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    expect(actions.filter((a) => a.title.startsWith('Waive')).map((a) => a.title)).toEqual(['Waive placeholder-text with a reason']);
    expect(actions.some((a) => a.title.includes('exit-plan-missing') && !a.title.startsWith('Insert'))).toBe(false);
  });

  it('a snippet-capable client gets the snippet form of a template fix; others get plain text only', async () => {
    const text = example('weak-en.proposal.md');
    const uri = 'file:///menu/snippet.proposal.md';
    for (const c of [client, snippetClient]) {
      await c.open(uri, text);
      const ds = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'exit-plan-missing'));
      const exit = ds.find((d) => d.code === 'exit-plan-missing')!;
      const fix = (await menu(c, uri, exit.range, [exit], ['quickfix']))[0];
      expect(fix.title).toBe('Insert the "Exit plan" section (T3)');
      const plain = applyWorkspaceEdit(text, uri, fix.edit!);
      expect(plain).toContain('\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}}');
      if (c === client) {
        expect(fix.data).toBeUndefined();
        continue;
      }
      const data = fix.data as { snippet: { uri: string; edits: { index: number; snippet: string }[] } };
      expect(data.snippet.uri).toBe(uri);
      const [edit] = data.snippet.edits;
      expect(edit.index).toBe(0);
      expect(edit.snippet).toContain('- Decision: ${1:{{forum\\}\\}} decides on ${2:{{YYYY-MM-DD\\}\\}}');
      // Without its tab-stop markup the snippet is exactly the plain edit.
      const unmarked = edit.snippet.replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1').replace(/\$0$/, '').replace(/\\(.)/g, '$1');
      const plainEdit = (fix.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits[0].newText;
      expect(unmarked).toBe(plainEdit);
    }
  });

  for (const name of ['weak-en.proposal.md', 'svak-nb.proposal.md']) {
    it(`on ${name}, applying any missing-section fix never raises the number of errors`, async () => {
      const text = example(name);
      const uri = `file:///never-worse/${name}`;
      await client.open(uri, text);
      const ds = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      const errors = ds.filter((d) => d.severity === ERROR).length;
      const missing = ds.filter((d) => String(d.code).endsWith('-missing') && (d.data as { fix?: unknown }).fix);
      expect(missing.length).toBeGreaterThan(2);
      let version = 1;
      let current = ds;
      const seen = new Set<string>();
      for (const m of missing) {
        // the diagnostic as published for the current version: actions on an older one are refused
        const d = current.find((x) => x.code === m.code && x.message === m.message)!;
        const [fix] = await menu(client, uri, d.range, [d], ['quickfix']);
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
        const mark = client.published.length;
        await client.change(uri, applyWorkspaceEdit(text, uri, fix.edit!), ++version);
        const after = await client.diagnostics(uri, (p) => p.version === version, mark);
        const afterErrors = after.filter((x) => x.severity === ERROR);
        expect(afterErrors.length, `${fix.title}: ${afterErrors.map((x) => x.code).join(', ')}`).toBeLessThanOrEqual(errors);
        // A whole inserted section answers its finding (a fix that adds one line to a section may leave a slot to fill).
        const edits = (fix.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits;
        if (edits.some((e) => /^#{1,6} /m.test(e.newText))) {
          expect(after.filter((x) => x.code === d.code && x.range.start.line === d.range.start.line).map((x) => x.message), fix.title).toEqual([]);
        }
        // back to the original text for the next fix
        const back = client.published.length;
        await client.change(uri, text, ++version);
        current = await client.diagnostics(uri, (p) => p.version === version, back);
      }
      expect(seen.size).toBeGreaterThan(2);
    });
  }
});
