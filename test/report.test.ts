// `pilotlint report`: the HTML page's content and self-containment, the Markdown summary, and rendering in Debian's chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(__dirname, '..');
const bin = join(root, 'bin/pilotlint.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shots = join(root, 'test-output');
let tmp: string;

function cli(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 50 proposals built from the examples, each with one main section cut so that the portfolio varies. */
function portfolio(dir: string): void {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.proposal.md')).sort();
  for (let i = 0; i < 50; i++) {
    const text = readFileSync(join(root, 'examples', examples[i % examples.length]), 'utf8');
    const parts = text.split(/(?=^## )/m);
    const cut = 1 + (i % Math.max(1, parts.length - 1));
    const body = parts.filter((_, j) => j !== cut || i % 4 === 0).join('').replace(/^# (.*)$/m, `# $1 (${i + 1})`);
    writeFileSync(join(dir, `p${String(i + 1).padStart(2, '0')}.proposal.md`), body);
  }
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  tmp = mkdtempSync(join(tmpdir(), 'pilotlint-report-'));
  mkdirSync(join(tmp, 'fifty'));
  portfolio(join(tmp, 'fifty'));
  mkdirSync(shots, { recursive: true });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('html', () => {
  it('one self-contained page: inline CSS and SVG, nothing loaded from elsewhere', () => {
    const r = cli(['report', '--out', join(tmp, 'examples.html'), 'examples']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('wrote');
    const html = readFileSync(join(tmp, 'examples.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('<style>');
    // Links to the rule docs are the only URLs, and they are anchors, not resources the page loads.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|srcset)=|url\(|@import/i);
    expect(html.match(/<svg /g)?.length).toBe(1 + 3);
  });

  it('heatmap, readiness per proposal, findings by facet with docs links, and waivers with their reason', () => {
    const dir = join(tmp, 'w');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'a.proposal.md'),
      '---\nwaivers:\n  procurement-route-missing: "Bought under the 2025 framework agreement, ref. 24/1234"\n---\n' +
        readFileSync(join(root, 'examples/weak-en.proposal.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    );
    const html = cli(['report', 'w'], tmp).stdout;
    expect(html).toContain('<table class="heatmap">');
    expect(html).toMatch(/<td class="s-missing"[^>]*>missing<\/td>/);
    expect(html).toContain('<h3>Exit plan</h3>');
    expect(html).toContain('href="https://github.com/pilotlint/pilotlint/blob/v');
    expect(html).toContain('/rules/exit-plan-missing/README.md">exit-plan-missing</a>');
    expect(html).toContain('<h3>Waivers</h3>');
    expect(html).toContain('Bought under the 2025 framework agreement, ref. 24/1234');
  });

  it('speaks the language most documents are written in', () => {
    const dir = join(tmp, 'nb');
    mkdirSync(dir);
    writeFileSync(join(dir, 'svak.proposal.md'), readFileSync(join(root, 'examples/svak-nb.proposal.md')));
    const html = cli(['report', 'nb'], tmp).stdout;
    expect(html).toMatch(/^<!doctype html><html lang="nb">/);
    expect(html).toContain('Skaleringsklarhet for 1 forslag');
    expect(html).toContain('<h3>Videreføring</h3>');
  });

  it('escapes document text: a title cannot inject markup', () => {
    const dir = join(tmp, 'x');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'x.proposal.md'),
      '---\ntitle: "The <img src=x onerror=alert(1)> pilot"\nwaivers:\n  risks-missing: "see <script>alert(1)</script> annex"\n---\n## Background\n\nText.\n',
    );
    const html = cli(['report', 'x'], tmp).stdout;
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('The &lt;img src=x onerror=alert(1)&gt; pilot');
    expect(html).toContain('see &lt;script&gt;alert(1)&lt;/script&gt; annex');
  });
});

describe('markdown', () => {
  it('a pull-request summary: the heatmap as a table, then the errors', () => {
    const r = cli(['report', '--format', 'markdown', 'examples']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('### Scaling readiness of 3 proposals');
    expect(lines).toContain('| `examples/strong-en.proposal.md` | 5/5 | ✅ | ✅ | ✅ | ✅ | ✅ | 0 | 0 |');
    expect(r.stdout).toMatch(/^\| `examples\/weak-en\.proposal\.md` \| \d\/5 \|.*❌/m);
    expect(r.stdout).toMatch(/<details><summary>Errors \(\d+\)<\/summary>/);
    expect(r.stdout).toContain('(`exit-plan-missing`)');
  });

  it('rejects lint-only options and unknown report formats', () => {
    for (const args of [['report', '--fix', 'examples'], ['report', '--format', 'json', 'examples'], ['--out', 'r.html', 'examples']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^pilotlint: /);
    }
  });
});

describe.skipIf(!existsSync(CHROMIUM))('in chromium', () => {
  it('renders the examples and 50 proposals with no request leaving the page; screenshots in test-output', async () => {
    const fifty = join(tmp, 'fifty.html');
    expect(cli(['report', '--out', fifty, join(tmp, 'fifty')]).status).toBe(0);
    const examples = join(tmp, 'examples.html');
    expect(cli(['report', '--out', examples, 'examples']).status).toBe(0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const timings: Record<string, number> = {};
      for (const [name, file, rows] of [['report-examples', examples, 3], ['report-50', fifty, 50]] as const) {
        requests.length = 0;
        const t = performance.now();
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        timings[name] = Math.round(performance.now() - t);
        expect(requests).toEqual([`file://${file}`]);
        expect(await page.locator('table.heatmap tbody tr').count()).toBe(rows);
        expect(await page.locator('section.proposal svg').count()).toBe(rows);
        // The charts have laid out: every bar has a width on screen.
        const box = await page.locator('section.proposal svg').first().boundingBox();
        expect(box?.width).toBeGreaterThan(300);
        await page.screenshot({ path: join(shots, `${name}.png`), fullPage: name === 'report-examples' });
      }
      writeFileSync(join(shots, 'report-timings.json'), JSON.stringify(timings, null, 2) + '\n');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
