// Times bare remark parsing, lint(), the pilotlint CLI and markdownlint-cli2 on the same proposals, the portfolio
// report of 50 proposals (made by the CLI, loaded in chromium), and the language server while typing; writes
// test-output/bench.json. BENCH_ONLY=engine or BENCH_ONLY=lsp runs one half; BENCH_ONLY=many runs only the server with
// 200 open 10 KB proposals (its peak RSS), to iterate on memory. To iterate on the editor figures:
// BENCH_SIZES="10 KB,1 MB" runs the typing scenario at those sizes only (and skips the 200 open proposals and the
// hostile input), BENCH_SERVER=<dir> drives <dir>/dist/server.js instead of this checkout's (a paired run against
// another build).
import { build } from 'esbuild';
import { esbuildYaml } from '../../scripts/yaml-plugin.mjs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { HOSTILE, hostileScenario, manyOpenScenario, typingScenario } from './lsp.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'test-output', 'bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const SIZES = process.env.BENCH_SIZES?.split(',').map((s) => s.trim());
const SERVER = process.env.BENCH_SERVER ?? root;
const PORTFOLIO = 'portfolio (50 files)';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);

if (process.argv[2] === '--worker') await worker(process.argv[3], process.argv.slice(4));
else await main();

/** In-process measurements run in their own process, so each peak RSS belongs to one tool. */
async function worker(kind, files) {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let run;
  if (kind === 'remark') {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkGfm } = await import('remark-gfm');
    const { default: remarkFrontmatter } = await import('remark-frontmatter');
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
    run = () => texts.reduce((n, t) => n + processor.parse(t).children.length, 0);
  } else {
    const { lint } = require(join(out, 'engine.cjs'));
    run = () => texts.reduce((n, t) => n + lint(t, {}).findings.length, 0);
  }
  run(); // warm-up: JIT, lexicon regexes and lazily built tables are not what a long-running server pays per document
  const times = [];
  let check = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    check = run();
    times.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ times, maxRssKb: process.resourceUsage().maxRSS, check }));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Runs a command under /usr/bin/time for wall time and the child's peak RSS. */
function timed(cmd, args, cwd) {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const rss = Number(r.stderr.trim().split('\n').pop());
  return { ms, maxRssKb: rss, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function generate(target, sources) {
  // Real proposal bodies repeated under numbered headings: the shape of a long proposal, not random text.
  const bodies = sources.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF?---[\s\S]*?\n---\r?\n/, ''));
  let text = readFileSync(sources[0], 'utf8');
  for (let i = 0; text.length < target; i++) text += `\n\n## Appendix ${i + 1}\n\n${bodies[i % bodies.length].replace(/^#+ /gm, '### ')}`;
  return text;
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  const filesDir = join(out, 'files');
  mkdirSync(filesDir, { recursive: true });
  // The engine bundled as the build bundles it (esbuild, node20, cjs), with lint() exported for in-process timing.
  await build({ entryPoints: [join(root, 'server/src/core/lint.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: join(out, 'engine.cjs'), logLevel: 'warning', plugins: [esbuildYaml] });

  const repo = [join(root, 'examples'), join(root, 'test/corpus')].flatMap((d) =>
    readdirSync(d).filter((n) => n.endsWith('.proposal.md')).map((n) => join(d, n)),
  );
  const small = repo.map((f, i) => {
    const dest = join(filesDir, `${String(i).padStart(2, '0')}-${basename(f)}`);
    copyFileSync(f, dest);
    return dest;
  });
  const english = repo.filter((f) => /strong-en|hospital/.test(f));
  const sized = (label, size) => {
    const dest = join(filesDir, `generated-${label.replace(' ', '')}.proposal.md`);
    writeFileSync(dest, generate(size, english.length ? english : repo));
    return dest;
  };
  const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavg: loadavg(), runs: RUNS };
  const targets = [];
  if (ONLY !== 'lsp' && ONLY !== 'many') {
    const large = [
      ['100 KB', 100_000],
      ['1 MB', 1_000_000],
    ].map(([label, size]) => ({ label, files: [sized(label, size)] }));
    // The 100 KB proposal with its body in Han script (headings kept, so sections are found; no spaces, as in Chinese).
    const cjkFile = join(filesDir, 'generated-100KB-cjk.proposal.md');
    writeFileSync(cjkFile, toHan(readFileSync(large[0].files[0], 'utf8')));
    const sets = [{ label: `repo proposals (${small.length} files)`, files: small }, ...large, { label: 'CJK 100 KB', files: [cjkFile] }];
    report.rows = engineRows(sets, filesDir);
    report.rows.push(...(await reportRows(repo, join(out, 'portfolio'))));
    targets.push(...engineTargets(report.rows, `repo proposals (${small.length} files)`));
  }
  if (ONLY === 'many') {
    const manyOpen = await manyOpenScenario(SERVER, 200, tens(repo));
    console.log(`${manyOpen.open} open 10 KB proposals: server peak RSS ${manyOpen.peakRssMb} MB`);
    return;
  }
  if (ONLY !== 'engine') {
    report.lsp = await lspFigures(repo, english, sized);
    targets.push(...lspTargets(report.lsp));
  }
  report.targets = targets.map((t) => ({ ...t, met: t.value <= t.limit }));

  // Timings on a shared machine move with its load, so the load is part of the result.
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`pilotlint bench: median of ${RUNS} runs (in-process after one warm-up), node ${process.version}, ${cpus().length} CPUs, load ${load}\n`);
  if (report.rows) {
    const header = ['set', 'tool', 'files', 'median ms', 'files/s', 'MB/s', 'peak RSS MB', 'note'];
    printTable([header, ...report.rows.map((r) => [r.set, r.tool, r.files, r.medianMs, r.filesPerS, r.mbPerS, r.maxRssMb, r.note ?? ''])], [2, 3, 4, 5, 6]);
  }
  if (report.lsp) {
    console.log(`\nLanguage server (dist/server.js --stdio): open, ${report.lsp.edits} one-character edits in the middle, each waited for, hovers while it is pending`);
    const header = ['size', 'bytes', 'open ms', 'keystroke p50', 'keystroke p95', 'hover p95 idle', 'hover p95 typing', 'hover p95 paced idle', 'hovers', 'peak RSS MB', 'note'];
    printTable([header, ...report.lsp.typing.map((r) => [r.size, r.bytes, r.openMs, r.keystrokeP50Ms, r.keystrokeP95Ms, r.hoverIdleP95Ms, r.hoverTypingP95Ms, r.hoverPacedIdleP95Ms, r.hoversWhileTyping, r.peakRssMb, r.refused ? 'refused: document-too-large' : ''])], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    console.log(`  ${report.lsp.manyOpen.open} open 10 KB proposals: server peak RSS ${report.lsp.manyOpen.peakRssMb} MB`);
    console.log('\nHostile input (issue 12): open, one edit, one hover at a time every 40 ms until the re-lint lands');
    printTable([['input', 'bytes', 're-lint ms', 'hovers', 'hover p95', 'hover max'], ...report.lsp.hostile.map((h) => [h.kind, h.bytes, h.relintMs, h.hovers, h.hoverP95Ms, h.hoverMaxMs])], [1, 2, 3, 4, 5]);
  }
  console.log('\nTargets:');
  for (const t of report.targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value} ${t.unit} (limit ${t.limit} ${t.unit})`);

  writeFileSync(join(root, 'test-output', 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('\nWritten to test-output/bench.json');
}

function engineRows(sets, filesDir) {
  const rows = [];
  for (const set of sets) {
    const bytes = set.files.reduce((n, f) => n + statSync(f).size, 0);
    const add = (tool, times, maxRssKb, note) => {
      const ms = median(times);
      rows.push({ set: set.label, tool, files: set.files.length, bytes, runs: times.length, medianMs: round(ms), filesPerS: round((set.files.length / ms) * 1000), mbPerS: round(bytes / 1e6 / (ms / 1000)), maxRssMb: round(maxRssKb / 1024), note });
    };
    for (const kind of ['remark', 'lint']) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', kind, ...set.files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`${kind} worker failed: ${r.stderr}`);
      const res = JSON.parse(r.stdout);
      add(kind === 'remark' ? 'remark parse (in-process)' : 'pilotlint lint() (in-process)', res.times, res.maxRssKb, kind === 'lint' ? `${res.check} findings` : '');
    }
    const names = set.files.map((f) => basename(f));
    for (const [tool, cmd, args] of [
      ['pilotlint CLI (process)', process.execPath, [join(root, 'bin/pilotlint.js'), '--no-config', '--format', 'json', ...names]],
      ['markdownlint-cli2 (process)', process.execPath, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), ...names.map((n) => `:${n}`)]],
    ]) {
      const times = [];
      let rss = 0;
      let last;
      for (let i = 0; i < RUNS; i++) {
        last = timed(cmd, args, filesDir);
        if (last.status !== 0 && last.status !== 1) throw new Error(`${tool} exited ${last.status}: ${last.stderr.slice(0, 500)}`);
        times.push(last.ms);
        rss = Math.max(rss, last.maxRssKb);
      }
      const note = tool.startsWith('pilotlint') ? `${JSON.parse(last.stdout).reduce((n, r) => n + r.messages.length, 0)} findings` : `${(last.stderr.match(/^\S+:\d+/gm) ?? []).length} findings`;
      add(tool, times, rss, note);
    }
  }
  return rows;
}

function engineTargets(rows, repoSet) {
  const at = (set, tool) => rows.find((r) => r.set === set && r.tool.startsWith(tool));
  const ratio = (set) => at(set, 'pilotlint lint()').medianMs / at(set, 'remark parse').medianMs;
  return [
    // The CLI's own work (its engine, start-up aside) on the repo proposals against parsing them with remark alone.
    { target: 'lint() (the CLI engine) at most 1.0x bare remark parse on the repo proposals', value: round(ratio(repoSet)), limit: 1, unit: 'x' },
    { target: 'lint() at most 3x bare remark parse on 1 MB', value: round(ratio('1 MB')), limit: 3, unit: 'x' },
    { target: 'lint() at most 3x bare remark parse on 100 KB', value: round(ratio('100 KB')), limit: 3, unit: 'x' },
    { target: 'lint() of a CJK proposal at most 3x a Latin proposal of the same size (100 KB)', value: round(at('CJK 100 KB', 'pilotlint lint()').medianMs / at('100 KB', 'pilotlint lint()').medianMs), limit: 3, unit: 'x' },
    { target: 'lint() of a 100 KB proposal within 250 ms (a keystroke-debounced editor stays responsive)', value: at('100 KB', 'pilotlint lint()').medianMs, limit: 250, unit: 'ms' },
    { target: 'pilotlint CLI on the repo proposals within 2 s (start-up included)', value: at(repoSet, 'pilotlint CLI').medianMs, limit: 2000, unit: 'ms' },
    { target: 'lint() peak RSS on 1 MB within 512 MB', value: at('1 MB', 'pilotlint lint()').maxRssMb, limit: 512, unit: 'MB' },
    ...(rows.some((r) => r.set === PORTFOLIO && r.tool.startsWith('chromium'))
      ? [{ target: 'the report of 50 proposals loads and lays out in chromium within 2 s', value: at(PORTFOLIO, 'chromium').medianMs, limit: 2000, unit: 'ms' }]
      : []),
  ];
}

async function lspFigures(repo, english, sized) {
  const typing = [];
  for (const [label, size] of [
    ['10 KB', 10_000],
    ['100 KB', 100_000],
    ['1 MB', 1_000_000],
    ['5 MB', 5_000_000],
  ]) {
    if (!SIZES || SIZES.includes(label)) typing.push(await typingScenario(SERVER, label, sized(label, size)));
  }
  if (SIZES) return { edits: 50, typing, manyOpen: { open: 0, peakRssMb: NaN }, hostile: [] };
  const manyOpen = await manyOpenScenario(SERVER, 200, tens(repo));
  const hostile = [];
  for (const kind of Object.keys(HOSTILE)) hostile.push(await hostileScenario(SERVER, kind));
  return { edits: 50, typing, manyOpen, hostile };
}

/** 10 KB proposals that start from each repo proposal in turn, so the open documents differ. */
function tens(repo) {
  return repo.map((_, i) => generate(10_000, [...repo.slice(i), ...repo.slice(0, i)]));
}

function lspTargets(lsp) {
  const at = (size) => lsp.typing.find((r) => r.size === size);
  if (SIZES) return [];
  const refusedOr = (size, value) => (at(size).refused ? Infinity : value);
  return [
    { target: 'keystroke -> diagnostics p95 at 1 MB at most 1.5x the same at 10 KB', value: refusedOr('1 MB', round(at('1 MB').keystrokeP95Ms / at('10 KB').keystrokeP95Ms)), limit: 1.5, unit: 'x' },
    { target: 'hover p95 while typing at most 2x hover p95 idle at 100 KB', value: round(at('100 KB').hoverTypingP95Ms / at('100 KB').hoverIdleP95Ms), limit: 2, unit: 'x' },
    // The same ratio against idle hovers paced as the typing ones are (docs/performance.md, round 9 hov13): what the
    // lint adds, without the cost of waking two processes after 40 ms of quiet. The target above stays as the issue set it.
    { target: 'hover p95 while typing at most 2x hover p95 paced idle at 100 KB', value: round(at('100 KB').hoverTypingP95Ms / at('100 KB').hoverPacedIdleP95Ms), limit: 2, unit: 'x' },
    { target: 'hover p95 while typing under 30 ms at 100 KB', value: at('100 KB').hoverTypingP95Ms, limit: 30, unit: 'ms' },
    { target: 'the editor lints a 5 MB proposal (not refused)', value: refusedOr('5 MB', 0), limit: 0, unit: '' },
    { target: 'server peak RSS with 200 open 10 KB proposals within 300 MB', value: lsp.manyOpen.peakRssMb, limit: 300, unit: 'MB' },
    // Issue 12: hostile input never blocks the server for more than about a second.
    ...lsp.hostile.map((h) => ({ target: `hover max during re-lint of hostile input "${h.kind}" within 1 s`, value: h.hoverMaxMs, limit: 1000, unit: 'ms' })),
  ];
}

function printTable(table, numeric) {
  const cells = table.map((r) => r.map(String));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const lines = cells.map((r) => r.map((c, i) => (numeric.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(lines.join('\n'));
}

/** Body letters become CJK ideographs and body spaces go, line by line; headings, front matter and markup stay. */
function toHan(text) {
  let inFrontMatter = text.startsWith('---');
  return text
    .split('\n')
    .map((line, i) => {
      if (i > 0 && inFrontMatter && /^---\s*$/.test(line)) {
        inFrontMatter = false;
        return line;
      }
      if (inFrontMatter || /^#{1,6} /.test(line)) return line;
      return line.replace(/[A-Za-z]/g, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) * 379) % 20000))).replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
    })
    .join('\n');
}

/** `pilotlint report` on 50 proposals (the repo's, cycled), and the page's load in chromium when it is installed. */
async function reportRows(repo, dir) {
  mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: 50 }, (_, i) => {
    const dest = join(dir, `p${String(i + 1).padStart(2, '0')}.proposal.md`);
    copyFileSync(repo[i % repo.length], dest);
    return dest;
  });
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const html = join(out, 'report-50.html');
  const row = (tool, times, maxRssKb, note) => {
    const ms = median(times);
    return { set: PORTFOLIO, tool, files: files.length, bytes, runs: times.length, medianMs: round(ms), filesPerS: round((files.length / ms) * 1000), mbPerS: round(bytes / 1e6 / (ms / 1000)), maxRssMb: round(maxRssKb / 1024), note };
  };
  const times = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = timed(process.execPath, [join(root, 'bin/pilotlint.js'), 'report', '--no-config', '--out', html, '.'], dir);
    if (r.status !== 0) throw new Error(`pilotlint report exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    times.push(r.ms);
    rss = Math.max(rss, r.maxRssKb);
  }
  const rows = [row('pilotlint report (process)', times, rss, `${Math.round(statSync(html).size / 1024)} KB of HTML`)];
  if (!existsSync(CHROMIUM)) {
    console.log(`(no ${CHROMIUM}: the report's load in chromium is not measured)`);
    return rows;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const loads = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      // Layout included: the last proposal's chart has a size only once the page is laid out.
      await page.locator('section.proposal svg').last().boundingBox();
      loads.push(performance.now() - t);
    }
    rows.push(row('chromium load of the report (in-process)', loads, 0, 'navigation to layout'));
  } finally {
    await browser.close();
  }
  return rows;
}

function round(n) {
  return Math.round(n * 100) / 100;
}
