// Judged corpus: lints realistic proposals and checks them against what a careful human reviewer expects.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../server/src/core/lint';
import { RULE_MAP } from '../rules/index';
import type { Finding } from '../rules/types';
import { type Entry, lineOf, matches, toEntry } from './util/judged';

const ROOT = resolve(__dirname, '..');
const CORPUS = join(ROOT, 'test', 'corpus');
const EXAMPLES = join(ROOT, 'examples');
const FLOOR = 0.9;

interface Judged {
  name: string;
  file: string;
  expectedFile: string;
  isExample: boolean;
  expect: Entry[];
  /** Entries without line/element forbid the rule anywhere; with them, only there. */
  forbid: Entry[];
}

function load(name: string, file: string, expectedFile: string, isExample: boolean): Judged {
  if (!existsSync(expectedFile)) {
    return { name, file, expectedFile, isExample, expect: [], forbid: [] };
  }
  const data = (parse(readFileSync(expectedFile, 'utf8')) ?? {}) as { expect?: unknown[]; forbid?: unknown[] };
  return {
    name,
    file,
    expectedFile,
    isExample,
    expect: (data.expect ?? []).map((e) => toEntry(e, expectedFile)),
    forbid: (data.forbid ?? []).map((e) => toEntry(e, expectedFile)),
  };
}

const proposals = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.proposal.md')).sort() : [];

const judged: Judged[] = [
  ...proposals(EXAMPLES).map((f) =>
    load(`examples/${f}`, join(EXAMPLES, f), join(CORPUS, 'examples', f.replace(/\.proposal\.md$/, '.expected.yaml')), true),
  ),
  ...proposals(CORPUS).map((f) =>
    load(`test/corpus/${f}`, join(CORPUS, f), join(CORPUS, f.replace(/\.proposal\.md$/, '.expected.yaml')), false),
  ),
];

interface Linted {
  text: string;
  findings: Finding[];
}
const cache = new Map<string, Linted>();
function linted(doc: Judged): Linted {
  let r = cache.get(doc.file);
  if (!r) {
    const text = readFileSync(doc.file, 'utf8');
    r = { text, findings: lint(text).findings };
    cache.set(doc.file, r);
  }
  return r;
}

const label = (e: Entry): string =>
  e.rule + (e.element ? `/${e.element}` : '') + (e.line !== undefined ? ` at line ${e.line}` : '');

/** What the linter said for a rule, for failure messages. */
function describeReported(l: Linted, rule: string): string {
  const hits = l.findings.filter((f) => f.ruleId === rule);
  if (hits.length === 0) return `nothing was reported for ${rule}`;
  return hits
    .map((f) => `  line ${lineOf(l.text, f.start)}${f.element ? ` [${f.element}]` : ''}: ${f.message}`)
    .join('\n');
}

for (const doc of judged) {
  describe(doc.name, () => {
    for (const e of doc.expect) {
      it(`reports ${label(e)}`, () => {
        const l = linted(doc);
        const ok = l.findings.some((f) => matches(f, e, l.text));
        expect(ok, `missed finding: a reviewer expects ${label(e)} in ${doc.name}; reported:\n${describeReported(l, e.rule)}`).toBe(true);
      });
    }
    for (const e of doc.forbid) {
      it(`does not report ${label(e)}`, () => {
        const l = linted(doc);
        const hits = l.findings.filter((f) => matches(f, e, l.text));
        expect(
          hits.length,
          `false alarm: ${label(e)} fired in ${doc.name}, which a reviewer would not flag:\n${hits
            .map((f) => `  line ${lineOf(l.text, f.start)}${f.element ? ` [${f.element}]` : ''}: ${f.message}`)
            .join('\n')}`,
        ).toBe(0);
      });
    }
  });
}

describe('corpus summary', () => {
  it('every judged document is well formed: known rule ids, both verdicts, no contradictions', () => {
    const problems: string[] = [];
    const corpusDocs = judged.filter((d) => !d.isExample);
    if (corpusDocs.length < 12) problems.push(`only ${corpusDocs.length} corpus proposals (want at least 12)`);
    for (const d of judged) {
      if (!existsSync(d.expectedFile)) problems.push(`${d.name}: no ${d.expectedFile}`);
      for (const e of [...d.expect, ...d.forbid]) {
        if (!RULE_MAP.has(e.rule)) problems.push(`${d.name}: unknown rule id ${e.rule}`);
      }
      if (d.forbid.length === 0) problems.push(`${d.name}: forbids nothing`);
      if (!d.isExample && d.expect.length === 0) problems.push(`${d.name}: expects nothing`);
      for (const f of d.forbid) {
        if (f.line === undefined && f.element === undefined && d.expect.some((e) => e.rule === f.rule)) {
          problems.push(`${d.name}: ${f.rule} is both expected and forbidden everywhere`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('computes precision and recall over the judged rule ids and writes test-output/corpus.json', () => {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let tn = 0;
    const perRule = new Map<string, { tp: number; fn: number; fp: number; tn: number }>();
    const bump = (rule: string, k: 'tp' | 'fn' | 'fp' | 'tn'): void => {
      const r = perRule.get(rule) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
      r[k]++;
      perRule.set(rule, r);
    };
    const documents = judged.map((d) => {
      const l = linted(d);
      const missed: string[] = [];
      const falseAlarms: string[] = [];
      for (const e of d.expect) {
        if (l.findings.some((f) => matches(f, e, l.text))) {
          tp++;
          bump(e.rule, 'tp');
        } else {
          fn++;
          bump(e.rule, 'fn');
          missed.push(label(e));
        }
      }
      for (const e of d.forbid) {
        if (l.findings.some((f) => matches(f, e, l.text))) {
          fp++;
          bump(e.rule, 'fp');
          falseAlarms.push(label(e));
        } else {
          tn++;
          bump(e.rule, 'tn');
        }
      }
      return { document: d.name, expected: d.expect.length, forbidden: d.forbid.length, missed, falseAlarms };
    });
    const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
    const summary = {
      documents: judged.length,
      truePositives: tp,
      falseNegatives: fn,
      falsePositives: fp,
      trueNegatives: tn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      perRule: Object.fromEntries(
        [...perRule.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([rule, c]) => [rule, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }]),
      ),
      byDocument: documents,
    };
    const out = join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'corpus.json'), JSON.stringify(summary, null, 2) + '\n');
    expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')).precision).toBe(summary.precision);
    // A floor, not a target: below it the linter cries wolf or misses too much to be worth running.
    expect(summary.precision, `precision ${summary.precision} (false alarms ${fp})`).toBeGreaterThanOrEqual(FLOOR);
    expect(summary.recall, `recall ${summary.recall} (missed ${fn})`).toBeGreaterThanOrEqual(FLOOR);
  });
});
