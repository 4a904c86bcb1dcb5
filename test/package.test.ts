// The npm package as a user gets it: packed, installed offline from the tarball into an empty folder, both bins run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let tmp: string;
let app: string;

// npm passes its own settings to scripts as npm_config_*; the install must not inherit the developer's cache or registry.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pilotlint-pack-'));
  // `npm pack` runs the prepare script, so the tarball holds a fresh build of dist/.
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], root)) as { filename: string }[];
  app = join(tmp, 'app');
  // An empty cache and --offline: the install succeeds only if the tarball needs nothing from a registry.
  mkdirSync(app);
  npm(['init', '-y'], app);
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'cache'), join(tmp, packed[0].filename)], app);
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm package', () => {
  it('bundles its runtime code: no dependencies to fetch', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(app, 'node_modules/pilotlint/dist/cli.js'))).toBe(true);
    // The language server finds its lint worker next to itself; without it the server would lint on its main thread.
    expect(existsSync(join(app, 'node_modules/pilotlint/dist/lint-worker.js'))).toBe(true);
  });

  it('ships the docs and schema the CLI and its messages link to', () => {
    const installed = join(app, 'node_modules/pilotlint');
    for (const f of ['docs/cli.md', 'docs/configuration.md', 'schemas/pilotlintrc.schema.json', 'rules/exit-plan-missing/README.md', 'README.md', 'LICENSE']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(existsSync(join(installed, 'server/src/cli.ts'))).toBe(false);
  });

  it('pilotlint: --version, and lints a proposal', () => {
    const bin = join(app, 'node_modules/.bin/pilotlint');
    const v = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8' });
    expect(v.stdout).toBe(`${pkg.version}\n`);
    copyFileSync(join(root, 'examples/weak-en.proposal.md'), join(app, 'weak.proposal.md'));
    const r = spawnSync(bin, ['--format', 'json', 'weak.proposal.md'], { cwd: app, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId);
    expect(ids).toContain('exit-plan-missing');
  });

  it('pilotlint-ls: answers initialize over stdio', async () => {
    const child = spawn(join(app, 'node_modules/.bin/pilotlint-ls'), ['--stdio'], { cwd: app });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<{ id: number; result: { capabilities: Record<string, unknown>; serverInfo?: { name: string } } }>((resolve, reject) => {
      let buf = Buffer.alloc(0);
      const timer = setTimeout(() => reject(new Error(`no reply; got ${buf.toString()}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        const head = buf.indexOf('\r\n\r\n');
        const length = /Content-Length: (\d+)/i.exec(buf.subarray(0, Math.max(head, 0)).toString());
        if (head < 0 || !length || buf.length < head + 4 + Number(length[1])) return;
        clearTimeout(timer);
        resolve(JSON.parse(buf.subarray(head + 4, head + 4 + Number(length[1])).toString()));
      });
    });
    child.kill();
    expect(reply.id).toBe(1);
    expect(reply.result.capabilities).toHaveProperty('codeActionProvider');
    expect(reply.result.serverInfo?.name).toBe('pilotlint');
  });
});
