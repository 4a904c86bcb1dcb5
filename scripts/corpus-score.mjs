// Scores pilotlint on the wild corpus per set and language (precision, recall, false alarms, misses); writes test-output/corpus-wild.json.
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildYaml } from './yaml-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test-output', 'corpus-score');
mkdirSync(out, { recursive: true });
// The scorer and the engine from source, bundled as the build bundles the engine, so the vitest test and this script share one lint().
await build({
  entryPoints: [join(root, 'test/util/wild-corpus.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: join(out, 'wild-corpus.cjs'),
  logLevel: 'warning',
  plugins: [esbuildYaml],
});
const wild = createRequire(import.meta.url)(join(out, 'wild-corpus.cjs'));

const fmt = (x) => (x === null ? '  n/a' : x.toFixed(3));
/** One score's columns after its set and language. */
const cells = (s) =>
  `${String(s.documents).padStart(5)} ${String(s.findings).padStart(9)} ${String(s.truePositives).padStart(4)} ${String(s.falseAlarms).padStart(13)} ${String(s.misses).padStart(7)}  ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(7)}`;
const where = (l) => `${l.doc}:${l.line} ${l.rule}${l.element ? `/${l.element}` : ''}`;

// A blind set on arrival: `--dir PATH` scores that folder alone, per language; `--details` lists its false alarms and
// misses (ask for them only once the arrival figure is written down).
const dirAt = process.argv.indexOf('--dir');
if (dirAt !== -1) {
  const dir = process.argv[dirAt + 1];
  if (!dir || !existsSync(dir)) {
    console.error(`corpus:score: --dir needs an existing folder of proposals, got ${dir ?? 'nothing'}`);
    process.exit(2);
  }
  const docs = wild.loadFolder(root, resolve(dir));
  if (docs.length === 0) {
    console.error(`corpus:score: no proposals (*.md) in ${dir}`);
    process.exit(2);
  }
  console.log('lang  docs  findings  TP   false-alarms  misses  precision  recall');
  for (const group of [...wild.LANG_GROUPS, 'all']) {
    const s = wild.score(docs.filter((d) => group === 'all' || d.group === group));
    console.log(
      `${group.padEnd(4)} ${cells(s)}`,
    );
    if (group === 'all' && process.argv.includes('--details')) {
      console.log(`\nfalse alarms (${s.falseAlarmList.length})`);
      for (const l of s.falseAlarmList) console.log(`  ${where(l)}  — ${l.message}`);
      console.log(`misses (${s.missList.length})`);
      for (const l of s.missList) console.log(`  ${where(l)}`);
    }
  }
  const problems = wild.fixtureProblems(docs, false);
  for (const p of problems) console.log(`fixture problem: ${p}`);
  process.exit(problems.length ? 1 : 0);
}

// The holdout's false alarms and misses stay hidden unless asked for, so that nobody tunes on them by accident.
const showHoldout = process.argv.includes('--holdout-details');
const docs = wild.loadWild(root);
const problems = wild.fixtureProblems(docs);
const report = {};
const rows = [];
for (const set of wild.SETS) {
  report[set] = {};
  for (const group of [...wild.LANG_GROUPS, 'all']) {
    const subset = docs.filter((d) => d.set === set && (group === 'all' || d.group === group));
    const s = wild.score(subset);
    report[set][group] = s;
    rows.push([set, group, s]);
  }
}

console.log('set      lang  docs  findings  TP   false-alarms  misses  precision  recall');
for (const [set, group, s] of rows) {
  console.log(
    `${set.padEnd(8)} ${group.padEnd(4)} ${cells(s)}`,
  );
}
for (const set of wild.SETS) {
  const s = report[set].all;
  if (set === 'holdout' && !showHoldout) {
    console.log('\nholdout: false alarms and misses hidden (never tuned on); --holdout-details shows them for the closing note');
    continue;
  }
  console.log(`\n${set}: false alarms (${s.falseAlarmList.length})`);
  for (const l of s.falseAlarmList) console.log(`  ${where(l)}  — ${l.message}`);
  console.log(`${set}: misses (${s.missList.length})`);
  for (const l of s.missList) console.log(`  ${where(l)}`);
}
const dups = docs.filter((d) => d.set === 'tuning' || showHoldout).flatMap((d) => wild.duplicateConcerns(d).map((p) => `${d.name}: ${p}`));
console.log(`\nconcerns reported twice (${dups.length})`);
for (const p of dups) console.log(`  ${p}`);
if (problems.length) {
  console.log(`\nfixture problems (${problems.length})`);
  for (const p of problems) console.log(`  ${p}`);
}
if (!showHoldout) {
  for (const s of Object.values(report.holdout)) {
    delete s.falseAlarmList;
    delete s.missList;
  }
}
writeFileSync(join(root, 'test-output', 'corpus-wild.json'), JSON.stringify({ ...report, duplicates: dups, problems }, null, 2) + '\n');
process.exitCode = problems.length ? 1 : 0;
