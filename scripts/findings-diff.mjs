// Checks that a change leaves every finding as it was: bundles the engine of a git ref (default main) and of the
// working tree, lints every proposal in examples/, test/corpus/ (all levels), the bench's generated files and the
// CommonMark spec examples with both, and prints any finding (or parsed tree) that differs.
// Usage: node scripts/findings-diff.mjs [ref]. Exit 1 on a difference.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildYaml } from './yaml-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ref = process.argv[2] ?? 'main';
// Under the repository, so the bundled reference resolves the same node_modules.
const out = join(root, 'test-output', 'findings-diff');
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
const refTree = join(out, 'ref');
mkdirSync(refTree, { recursive: true });
execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} server rules tsconfig.base.json | tar -x -C ${JSON.stringify(refTree)}`], { cwd: root });

async function engine(tree, name) {
  const outfile = join(out, `${name}.cjs`);
  await build({ entryPoints: [join(tree, 'server/src/core/lint.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning', plugins: [esbuildYaml] });
  return require(outfile).lint;
}

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [p] : [];
  });
}

const inputs = [...files(join(root, 'examples')), ...files(join(root, 'test/corpus')), ...files(join(root, 'test-output/bench/files'))].map(
  (f) => ({ name: relative(root, f), text: readFileSync(f, 'utf8') }),
);
for (const t of require('commonmark-spec').tests) inputs.push({ name: `CommonMark example ${t.example}`, text: t.markdown });
if (!inputs.some((f) => f.name.includes('generated-1MB'))) console.warn('no generated bench files: run `BENCH_ONLY=engine npm run bench` first to include them');

const before = await engine(refTree, 'ref');
const after = await engine(root, 'work');
const ruleIds = readdirSync(join(root, 'rules')).filter((n) => existsSync(join(root, 'rules', n, 'index.ts')));
// The default configuration, and every rule switched on (rules that a profile turns off are checked too).
const configs = [{}, { rules: Object.fromEntries(ruleIds.map((id) => [id, 'warning'])) }];

let compared = 0;
let differing = 0;
const report = (name, what, a, b) => {
  differing++;
  console.log(`DIFFERENT: ${name} (${what})`);
  const la = a.split('\n');
  const lb = b.split('\n');
  const at = la.findIndex((l, k) => l !== lb[k]);
  console.log(`  first difference at line ${at}:\n  ${ref}: ${la.slice(Math.max(0, at - 3), at + 3).join('\n  ')}\n  work: ${lb.slice(Math.max(0, at - 3), at + 3).join('\n  ')}`);
};
for (const { name, text } of inputs) {
  for (const [i, config] of configs.entries()) {
    const ra = before(text, config);
    const rb = after(text, config);
    const a = JSON.stringify(ra.findings, null, 1);
    const b = JSON.stringify(rb.findings, null, 1);
    compared += ra.findings.length;
    if (a !== b) report(name, `findings, config ${i}`, a, b);
    // The parse is the same too: the model's tree, position by position.
    if (i === 0) {
      const ta = JSON.stringify(ra.doc.tree, null, 1);
      const tb = JSON.stringify(rb.doc.tree, null, 1);
      if (ta !== tb) report(name, 'tree', ta, tb);
    }
  }
}
console.log(`${inputs.length} inputs x ${configs.length} configs, ${compared} findings from ${ref}: ${differing ? `${differing} DIFFER` : 'findings and trees all identical'}`);
process.exit(differing ? 1 : 0);
