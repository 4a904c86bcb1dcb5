// LSP round trip against the built server over stdio, plus pull diagnostics against the factory over in-process streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { version } from '../package.json';
import { createServer } from '../server/src/lsp/server';
import { applyWorkspaceEdit, TestClient } from './util/lsp-client';

const root = join(__dirname, '..');

const WEAK = [
  '# Fall sensors in two care homes',
  '',
  '## Background',
  '',
  'The municipality wants fewer falls at night and will test sensors in two care homes.',
  '',
  '## Success criteria',
  '',
  'Fewer falls and happier residents.',
  '',
  '## Risks',
  '',
  'The supplier may be late.',
  '',
].join('\n');

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {}, hover: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

const byCode = (ds: Diagnostic[], code: string) => ds.find((d) => d.code === code);
const hasCode = (code: string) => (p: { diagnostics: Diagnostic[] }) => p.diagnostics.some((d) => d.code === code);

describe('language server over stdio', () => {
  let server: ChildProcess;
  let client: TestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  let stderr = '';

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'pilotlint-lsp-'));
    server = spawn(process.execPath, ['dist/server.js', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    client = new TestClient(server.stdout!, server.stdin!);
    const init = await client.initialize(CAPABILITIES, pathToFileURL(dir).href);
    expect(init.serverInfo).toEqual({ name: 'pilotlint', version });
    expect(init.capabilities).toMatchObject({
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.pilotlint'] },
    });
    // No pull capability declared: the server pushes.
    expect(init.capabilities.diagnosticProvider).toBeUndefined();
  }, 120000);

  afterAll(() => {
    client?.dispose();
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics with rule id, source, docs link and the range of the title', async () => {
    const uri = uriOf('weak.proposal.md');
    await client.open(uri, WEAK);
    const ds = await client.diagnostics(uri, hasCode('exit-plan-missing'));
    for (const d of ds) {
      expect(d.source).toBe('pilotlint');
      expect(typeof d.code).toBe('string');
      expect(d.message.length).toBeGreaterThan(10);
    }
    const exit = byCode(ds, 'exit-plan-missing')!;
    expect(exit.severity).toBe(1);
    expect(exit.codeDescription?.href).toBe(`https://github.com/pilotlint/pilotlint/blob/v${version}/rules/exit-plan-missing/README.md`);
    expect(exit.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: WEAK.split('\n')[0].length } });
    expect(exit.message).toMatch(/No exit plan/);
  });

  it('offers the template quick fix, a waiver and a disable comment; applying the fix removes the diagnostic', async () => {
    const uri = uriOf('fix.proposal.md');
    await client.open(uri, WEAK);
    const exit = byCode(await client.diagnostics(uri, hasCode('exit-plan-missing')), 'exit-plan-missing')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: exit.range,
      context: { diagnostics: [exit], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toMatch(/Exit plan/);
    expect(fix.diagnostics).toEqual([exit]);
    expect(actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Waive exit-plan-missing with a reason', 'Disable exit-plan-missing for this line']),
    );

    const fixed = applyWorkspaceEdit(WEAK, uri, fix.edit!);
    expect(fixed).toMatch(/\n## Exit plan\n/);
    // Canonical order: after success criteria, before risks.
    expect(fixed.indexOf('## Exit plan')).toBeGreaterThan(fixed.indexOf('## Success criteria'));
    expect(fixed.indexOf('## Exit plan')).toBeLessThan(fixed.indexOf('## Risks'));
    const mark = client.published.length;
    await client.change(uri, fixed, 2);
    const after = await client.diagnostics(uri, (p) => p.version === 2, mark);
    expect(byCode(after, 'exit-plan-missing')).toBeUndefined();
  });

  it('a waiver with a reason and a disable comment each silence the finding', async () => {
    const uri = uriOf('waive.proposal.md');
    await client.open(uri, WEAK);
    const exit = byCode(await client.diagnostics(uri, hasCode('exit-plan-missing')), 'exit-plan-missing')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: exit.range,
      context: { diagnostics: [exit] },
    })) as CodeAction[];
    const waived = applyWorkspaceEdit(WEAK, uri, actions.find((a) => a.title.startsWith('Waive'))!.edit!);
    expect(waived.startsWith('---\nwaivers:\n  exit-plan-missing: "{{reason}}"\n---\n\n# Fall sensors')).toBe(true);
    let mark = client.published.length;
    await client.change(uri, waived.replace('{{reason}}', 'The exit plan is annex B, approved by the care committee'), 2);
    expect(byCode(await client.diagnostics(uri, (p) => p.version === 2, mark), 'exit-plan-missing')).toBeUndefined();

    const disabled = applyWorkspaceEdit(WEAK, uri, actions.find((a) => a.title.startsWith('Disable'))!.edit!);
    expect(disabled.startsWith('<!-- pilotlint-disable-next-line exit-plan-missing -->\n# Fall sensors')).toBe(true);
    mark = client.published.length;
    await client.change(uri, disabled, 3);
    expect(byCode(await client.diagnostics(uri, (p) => p.version === 3, mark), 'exit-plan-missing')).toBeUndefined();
  });

  it('gives Markdown that is not a proposal no diagnostics, and clears a proposal that stops being one', async () => {
    const readme = uriOf('README.md');
    await client.open(readme, WEAK);
    expect(await client.diagnostics(readme)).toEqual([]);

    const notes = uriOf('notes.md');
    const proposal = `---\ntype: pilot-proposal\n---\n${WEAK}`;
    await client.open(notes, proposal);
    expect(byCode(await client.diagnostics(notes, hasCode('exit-plan-missing')), 'exit-plan-missing')).toBeDefined();
    const mark = client.published.length;
    await client.change(notes, proposal.replace('pilot-proposal', 'meeting-notes'), 2);
    expect(await client.diagnostics(notes, (p) => p.version === 2, mark)).toEqual([]);
  });

  it('lints Markdown matched by the pilotlint.include setting, relative to the workspace folder', async () => {
    const uri = uriOf('drafts/plan.md');
    client.settings = { include: ['drafts/*.md'] };
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.open(uri, WEAK);
      expect(byCode(await client.diagnostics(uri, hasCode('exit-plan-missing')), 'exit-plan-missing')).toBeDefined();
    } finally {
      client.settings = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
    expect(await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).toEqual([]);
  });

  it('reads .pilotlintrc files above the document, over the editor settings, and reports problems on the config file', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'team'), { recursive: true });
    const rc = join(dir, 'team', '.pilotlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'exit-plan-missing': 'info', 'no-such-rule': 'error' } }, null, 2));
    const uri = uriOf('team/configured.proposal.md');
    await client.open(uri, WEAK);
    const ds = await client.diagnostics(uri, hasCode('exit-plan-missing'));
    expect(byCode(ds, 'exit-plan-missing')!.severity).toBe(3);
    const rcUri = pathToFileURL(rc).href;
    const problems = await client.diagnostics(rcUri, (p) => p.diagnostics.length > 0);
    expect(problems[0].code).toBe('config-invalid');
    expect(problems[0].message).toContain('no-such-rule');
    expect(problems[0].range.start.line).toBe(3);
  });

  it('leaves files excluded by a .pilotlintignore without diagnostics, as the CLI does', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'ignored'), { recursive: true });
    writeFileSync(join(dir, 'ignored', '.pilotlintignore'), 'old/\n');
    const skipped = uriOf('ignored/old/x.proposal.md');
    const linted = uriOf('ignored/new/x.proposal.md');
    await client.open(skipped, WEAK);
    await client.open(linted, WEAK);
    // Documents are linted in the order they open, so the ignored one has been decided on by now.
    expect(byCode(await client.diagnostics(linted, hasCode('exit-plan-missing')), 'exit-plan-missing')).toBeDefined();
    expect(client.published.filter((p) => p.uri === skipped).flatMap((p) => p.diagnostics)).toEqual([]);
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = uriOf('close.proposal.md');
    await client.open(uri, WEAK);
    await client.diagnostics(uri, hasCode('exit-plan-missing'));
    const mark = client.published.length;
    await client.close(uri);
    expect(await client.diagnostics(uri, () => true, mark)).toEqual([]);
  });

  it('applies every non-overlapping fix at once with source.fixAll.pilotlint', async () => {
    const uri = uriOf('fixall.proposal.md');
    await client.open(uri, WEAK);
    const before = await client.diagnostics(uri, hasCode('exit-plan-missing'));
    const fixable = before.filter((d) => (d.data as { fix?: unknown }).fix);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.pilotlint');
    const fixed = applyWorkspaceEdit(WEAK, uri, actions[0].edit!);
    expect(fixed).toContain('## Exit plan');
    const mark = client.published.length;
    await client.change(uri, fixed, 2);
    const after = await client.diagnostics(uri, (p) => p.version === 2, mark);
    expect(byCode(after, 'exit-plan-missing')).toBeUndefined();
    // Fix-all on save must not grow the file: on the fixed text there is nothing left to do.
    const again = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(again).toEqual([]);
    // Inserts never clash unless identical, so every fixable finding's inserted text is in the result.
    for (const d of fixable) {
      const edits = (d.data as { fix: { edits: { range: { start: unknown; end: unknown }; newText: string }[] } }).fix.edits;
      for (const e of edits) if (JSON.stringify(e.range.start) === JSON.stringify(e.range.end)) expect(fixed, d.code as string).toContain(e.newText.trim());
    }

    // The same through the server command, which asks the client to apply the edit.
    const other = uriOf('fixall-command.proposal.md');
    await client.open(other, WEAK);
    await client.diagnostics(other, hasCode('exit-plan-missing'));
    await client.connection.sendRequest('workspace/executeCommand', { command: 'pilotlint.applyFixAll', arguments: [other] });
    expect(client.applied).toHaveLength(1);
    expect(applyWorkspaceEdit(WEAK, other, client.applied[0])).toBe(fixed);
  });

  it('hovers explain a finding and a facet heading', async () => {
    const uri = uriOf('hover.proposal.md');
    await client.open(uri, WEAK);
    await client.diagnostics(uri, hasCode('exit-plan-missing'));
    const onTitle = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    })) as Hover;
    const text = (onTitle.contents as { value: string }).value;
    expect(text).toContain('**exit-plan-missing**');
    expect(text).toContain('Why it matters for scaling');
    expect(text).toContain('rules/exit-plan-missing/README.md');

    const onHeading = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 5 },
    })) as Hover;
    const h = (onHeading.contents as { value: string }).value;
    expect(h).toContain('**Success criteria**');
    expect(h).toContain('A strong section holds');
    expect(onHeading.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: 19 } });

    const onProse = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } });
    expect(onProse).toBeNull();
  });

  it('outlines sections with their facets, completes missing headings, and reports readiness', async () => {
    const uri = uriOf('outline.proposal.md');
    await client.open(uri, WEAK);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['Fall sensors in two care homes']);
    const children = symbols[0].children!;
    expect(children.map((s) => s.name)).toEqual(['Background', 'Success criteria', 'Risks']);
    expect(children[1].detail).toBe('Success criteria');
    expect(children[1].range).toEqual({ start: { line: 6, character: 0 }, end: { line: 10, character: 0 } });

    const withHash = `${WEAK}## Ex`;
    await client.change(uri, withHash, 2);
    const lastLine = withHash.split('\n').length - 1;
    const completions = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: lastLine, character: 5 },
    })) as CompletionItem[];
    const exitItem = completions.find((c) => c.label === 'Exit plan')!;
    expect(exitItem).toBeDefined();
    expect(completions.find((c) => c.label === 'Success criteria')).toBeUndefined();
    expect((exitItem.textEdit as { newText: string }).newText.startsWith('## Exit plan\n\n- Decision:')).toBe(true);

    // A care-home proposal is asked about night shifts; a library's is not (catalogue E), as in the quick fixes.
    const training = (items: CompletionItem[]): string => (items.find((c) => c.label === 'Training and support')!.textEdit as { newText: string }).newText;
    const complete = async (u: string, text: string): Promise<CompletionItem[]> =>
      (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: text.split('\n').length - 1, character: 5 } })) as CompletionItem[];
    const careText = `${WEAK}## Tr`;
    await client.change(uri, careText, 3);
    expect(training(await complete(uri, careText))).toContain('night shift');
    const library = uriOf('library.proposal.md');
    const libraryText = '# Open library rooms\n\n## Background\n\nThe library opens its rooms to citizens after hours with a booking app.\n\n## Tr';
    await client.open(library, libraryText);
    const libraryTraining = training(await complete(library, libraryText));
    expect(libraryTraining).toContain('temporary staff');
    expect(libraryTraining).not.toContain('night shift');

    const readiness = (await client.connection.sendRequest('pilotlint/readiness', { textDocument: { uri } })) as {
      items: { id: string; status: string; findings: string[] }[];
      ready: number;
      total: number;
    };
    expect(readiness.total).toBe(5);
    expect(readiness.items.map((i) => i.id)).toEqual(['anchoring', 'business_criticality', 'exit_plan', 'competence', 'values']);
    const exitPlan = readiness.items.find((i) => i.id === 'exit_plan')!;
    expect(exitPlan.status).toBe('missing');
    expect(exitPlan.findings).toContain('exit-plan-missing');
    expect(readiness.ready).toBe(readiness.items.filter((i) => i.status === 'ok').length);
  });

  it('follows a settings change: severity, then off, then back', async () => {
    const uri = uriOf('settings.proposal.md');
    await client.open(uri, WEAK);
    await client.diagnostics(uri, hasCode('exit-plan-missing'));
    try {
      client.settings = { rules: { 'exit-plan-missing': 'hint', 'no-such-rule': 'error' }, language: 'klingon' };
      let mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const hinted = await client.diagnostics(uri, hasCode('exit-plan-missing'), mark);
      expect(byCode(hinted, 'exit-plan-missing')!.severity).toBe(4);
      expect(client.logs.some((l) => l.includes('no-such-rule'))).toBe(true);
      expect(client.logs.some((l) => l.includes('klingon'))).toBe(true);

      client.settings = { rules: { 'exit-plan-missing': 'off' } };
      mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(byCode(await client.diagnostics(uri, () => true, mark), 'exit-plan-missing')).toBeUndefined();

      client.settings = { enable: false };
      mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(await client.diagnostics(uri, () => true, mark)).toEqual([]);
    } finally {
      client.settings = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
  });

  it('reports UTF-16 ranges in a CRLF document with a BOM and emoji', async () => {
    const lines = ['\uFEFF---', 'type: pilot-proposal', '---', '# 👩‍⚕️ Fall sensors 🚀 pilot', '', '## Background 🎯', '', 'Sensors 😀😀 arrive in week TBD at both homes.', ''];
    const text = lines.join('\r\n');
    const uri = uriOf('unicode.md');
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, hasCode('exit-plan-missing'));
    // Expected positions from the lines themselves: JS string indices are UTF-16 code units, as LSP requires.
    expect(byCode(ds, 'exit-plan-missing')!.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: lines[3].length } });
    // '# ' 2 + 👩‍⚕️ (surrogate pair, ZWJ, U+2695, VS16) 5 + ' Fall sensors ' 14 + 🚀 2 + ' pilot' 6.
    expect(lines[3].length).toBe(29);
    const tbd = ds.find((d) => d.code === 'placeholder-text' && d.range.start.line === 7)!;
    expect(tbd.range).toEqual({ start: { line: 7, character: lines[7].indexOf('TBD') }, end: { line: 7, character: lines[7].indexOf('TBD') + 3 } });
    // 'Sensors ' 8 + two surrogate pairs 4 + ' arrive in week ' 16; in code points it would be 26.
    expect(lines[7].indexOf('TBD')).toBe(28);
  });

  it('survives binary junk, lints a 2 MB document and keeps answering', async () => {
    let junk = '';
    for (let i = 0; i < 50000; i++) junk += String.fromCharCode((i * 7919 + 13) % 0xd7ff);
    junk = '\u0000\u0001---\n\uFFFF' + junk + '\n---\n# \u0000';
    const junkUri = uriOf('junk.proposal.md');
    await client.open(junkUri, junk);
    const junkDiagnostics = await client.diagnostics(junkUri);
    expect(Array.isArray(junkDiagnostics)).toBe(true);

    let big = '';
    while (big.length < 2_000_000) big += `## Section\n\nThe municipality tests fall sensors in care homes; result TBD.\n\n`;
    const bigUri = uriOf('big.proposal.md');
    await client.open(bigUri, `# Big\n\n${big}`);
    const bigDiagnostics = await client.diagnostics(bigUri, () => true, 0, 60000);
    // Linted, not refused: every section's TBD is found.
    expect(bigDiagnostics.filter((d) => d.code === 'placeholder-text').length).toBeGreaterThanOrEqual(big.split('TBD').length - 1);

    const uri = uriOf('after.proposal.md');
    await client.open(uri, WEAK);
    expect(byCode(await client.diagnostics(uri, hasCode('exit-plan-missing')), 'exit-plan-missing')).toBeDefined();
    const line = 'The municipality tests fall sensors in care homes; result TBD.';
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 4, character: line.indexOf('TBD') } });
    expect(JSON.stringify(hover)).toMatch(/placeholder-text/);
    expect(server.exitCode).toBeNull();
    expect(stderr).not.toMatch(/uncaught/i);
  }, 90000);
});

describe('language server in-process with pull diagnostics', () => {
  it('answers textDocument/diagnostic and does not push', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    createServer(createConnection(toServer, toClient));
    const client = new TestClient(toClient, toServer);
    try {
      const init = await client.initialize({
        workspace: { configuration: false },
        textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: {} },
      });
      expect(init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: false });
      const uri = 'file:///tmp/pull.proposal.md';
      await client.open(uri, WEAK);
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
        kind: string;
        items: Diagnostic[];
      };
      expect(report.kind).toBe('full');
      expect(byCode(report.items, 'exit-plan-missing')).toMatchObject({ source: 'pilotlint', severity: 1 });

      // Without workspace/configuration, settings pushed in didChangeConfiguration apply.
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pilotlint: { rules: { 'exit-plan-missing': 'info' } } } });
      const again = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      expect(byCode(again.items, 'exit-plan-missing')!.severity).toBe(3);
      expect(client.published.filter((p) => p.diagnostics.length > 0)).toEqual([]);
    } finally {
      client.dispose();
    }
  });

  it('takes settings from initializationOptions when the client offers no other way (Neovim 0.7 start_client)', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    createServer(createConnection(toServer, toClient));
    const client = new TestClient(toClient, toServer);
    try {
      await client.initialize({ textDocument: { publishDiagnostics: {} } }, null, { pilotlint: { rules: { 'exit-plan-missing': 'hint' } } });
      const uri = 'file:///tmp/init-options.proposal.md';
      await client.open(uri, WEAK);
      const ds = await client.diagnostics(uri, hasCode('exit-plan-missing'));
      expect(byCode(ds, 'exit-plan-missing')!.severity).toBe(4);
    } finally {
      client.dispose();
    }
  });
});
