// The wild corpus yardstick: loads test/corpus/wild, lints each proposal with lint() and scores it strictly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../../server/src/core/lint';
import { RULE_MAP } from '../../rules/index';
import type { Finding } from '../../rules/types';
import { type Entry, lineOf, matches, toEntry } from './judged';

export { lineOf, type Entry };

export type CorpusSet = 'tuning' | 'holdout';
/** Language group for reporting: nynorsk counts with bokmål as Norwegian. */
export type LangGroup = 'en' | 'nb';

export interface WildDoc {
  /** Path relative to the repository root. */
  name: string;
  file: string;
  expectedFile: string;
  set: CorpusSet;
  /** Written language, from the file name suffix (-en, -nb, -nn). */
  language: 'en' | 'nb' | 'nn';
  group: LangGroup;
  expect: Entry[];
  forbid: Entry[];
  text: string;
  findings: Finding[];
}

export interface Located {
  doc: string;
  line: number;
  rule: string;
  element?: string;
  message?: string;
}

export interface Score {
  documents: number;
  findings: number;
  truePositives: number;
  falseAlarms: number;
  misses: number;
  precision: number | null;
  recall: number | null;
  falseAlarmList: Located[];
  missList: Located[];
}

/**
 * Rules whose findings carry a sub-id: an expect entry must name the element, so that a finding for the wrong
 * element is a false alarm. Two rules are exempt because catalogue section E groups them into one finding that
 * lists what is missing (per section, per document).
 */
export const SUB_ID_RULES = new Set([
  'exit-plan-incomplete',
  'owner-not-decision-level',
  'post-pilot-terms-missing',
  'success-criterion-incomplete',
  'training-plan-incomplete',
]);
export const GROUPED_RULES = new Set(['stakeholder-levels-incomplete', 'frontmatter-missing-field']);

export const WILD_ROOT = (repoRoot: string): string => join(repoRoot, 'test', 'corpus', 'wild');

const EXPECTED_SUFFIX = '.expected.yaml';

/** Proposals are the Markdown files of a folder other than its README. */
function proposalsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
}

/** Loads and lints every fixture; the holdout is the `holdout/` folder. */
export function loadWild(repoRoot: string): WildDoc[] {
  return wildFiles(repoRoot).map(loadDoc);
}

/**
 * loadWild for a test worker: it gives the event loop a turn between files. Linting the whole corpus at collection
 * takes tens of seconds on a loaded machine, and a worker busy for a minute misses vitest's RPC deadline
 * ("Timeout calling onTaskUpdate"), which fails a run whose tests all passed.
 */
export async function loadWildYielding(repoRoot: string): Promise<WildDoc[]> {
  const docs: WildDoc[] = [];
  for (const file of wildFiles(repoRoot)) {
    await new Promise((done) => setImmediate(done));
    docs.push(loadDoc(file));
  }
  return docs;
}

/**
 * Loads and lints the proposals of any folder as a holdout, for a blind set scored once on arrival before it joins
 * the corpus (`npm run corpus:score -- --dir PATH`).
 */
export function loadFolder(repoRoot: string, dir: string): WildDoc[] {
  return proposalsIn(dir).map((name) => loadDoc({ repoRoot, set: 'holdout', dir, name }));
}

interface WildFile {
  repoRoot: string;
  set: CorpusSet;
  dir: string;
  name: string;
}

function wildFiles(repoRoot: string): WildFile[] {
  const root = WILD_ROOT(repoRoot);
  const sets: [CorpusSet, string][] = [
    ['tuning', root],
    ['holdout', join(root, 'holdout')],
  ];
  return sets.flatMap(([set, dir]) => proposalsIn(dir).map((name) => ({ repoRoot, set, dir, name })));
}

function loadDoc({ repoRoot, set, dir, name: f }: WildFile): WildDoc {
  const file = join(dir, f);
  const expectedFile = join(dir, f.replace(/\.md$/, EXPECTED_SUFFIX));
  const data = existsSync(expectedFile)
    ? ((parse(readFileSync(expectedFile, 'utf8')) ?? {}) as { expect?: unknown[]; forbid?: unknown[] })
    : {};
  const m = /-(en|nb|nn)\.md$/.exec(f);
  const language = (m?.[1] ?? 'en') as WildDoc['language'];
  const text = readFileSync(file, 'utf8');
  return {
    name: relative(repoRoot, file),
    file,
    expectedFile,
    set,
    language,
    group: language === 'en' ? 'en' : 'nb',
    expect: (data.expect ?? []).map((e) => toEntry(e, expectedFile)),
    forbid: (data.forbid ?? []).map((e) => toEntry(e, expectedFile)),
    text,
    findings: lint(text).findings,
  } satisfies WildDoc;
}

const specificity = (e: Entry): number => (e.line === undefined ? 0 : 2) + (e.element === undefined ? 0 : 1);

/**
 * Pairs findings with expect entries one to one, most specific entries first: a second finding for a concern
 * already matched is a false alarm ("one concern, one finding"), an entry with no finding left is a miss.
 */
export function judge(doc: WildDoc): { matched: Finding[]; falseAlarms: Finding[]; misses: Entry[] } {
  const free = new Set(doc.findings);
  const matched: Finding[] = [];
  const misses: Entry[] = [];
  const order = [...doc.expect].sort((a, b) => specificity(b) - specificity(a));
  for (const e of order) {
    const f = [...free].find((x) => matches(x, e, doc.text));
    if (f) {
      free.delete(f);
      matched.push(f);
    } else misses.push(e);
  }
  return { matched, falseAlarms: doc.findings.filter((f) => free.has(f)), misses };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export function score(docs: WildDoc[]): Score {
  const falseAlarmList: Located[] = [];
  const missList: Located[] = [];
  let findings = 0;
  let tp = 0;
  let expected = 0;
  for (const d of docs) {
    const j = judge(d);
    findings += d.findings.length;
    tp += j.matched.length;
    expected += d.expect.length;
    for (const f of j.falseAlarms) {
      falseAlarmList.push({ doc: d.name, line: lineOf(d.text, f.start), rule: f.ruleId, element: f.element, message: f.message });
    }
    for (const e of j.misses) missList.push({ doc: d.name, line: e.line ?? 0, rule: e.rule, element: e.element });
  }
  return {
    documents: docs.length,
    findings,
    truePositives: tp,
    falseAlarms: findings - tp,
    misses: expected - tp,
    precision: ratio(tp, findings),
    recall: ratio(tp, expected),
    falseAlarmList,
    missList,
  };
}

/** Problems with the fixtures themselves (not with the linter): missing verdicts, unknown ids, contradictions. */
/** Problems in the verdict files; `inCorpus` adds the corpus's naming convention (holdout files are named holdout-*). */
export function fixtureProblems(docs: WildDoc[], inCorpus = true): string[] {
  const problems: string[] = [];
  for (const d of docs) {
    if (!existsSync(d.expectedFile)) problems.push(`${d.name}: no ${EXPECTED_SUFFIX} beside it`);
    else if (!/^#/.test(readFileSync(d.expectedFile, 'utf8'))) problems.push(`${d.name}: expected file does not open with a comment`);
    if (!/-(en|nb|nn)\.md$/.test(d.file)) problems.push(`${d.name}: file name does not end in -en, -nb or -nn`);
    if (inCorpus && d.set === 'holdout' !== /\/holdout-[^/]*$/.test(d.file)) problems.push(`${d.name}: holdout files, and only they, are named holdout-*`);
    for (const e of [...d.expect, ...d.forbid]) {
      if (!RULE_MAP.has(e.rule)) problems.push(`${d.name}: unknown rule id ${e.rule}`);
    }
    for (const e of d.expect) {
      if (SUB_ID_RULES.has(e.rule) && e.element === undefined) problems.push(`${d.name}: expect ${e.rule} names no element`);
    }
    for (const f of d.forbid) {
      const clash = d.expect.some(
        (e) =>
          e.rule === f.rule &&
          (f.element === undefined || e.element === undefined || e.element === f.element) &&
          (f.line === undefined || e.line === undefined || e.line === f.line),
      );
      if (clash) problems.push(`${d.name}: ${f.rule}${f.element ? `/${f.element}` : ''} is both expected and forbidden`);
    }
  }
  return problems;
}

const EXIT_DATE_FIELD = 'exit_decision_date';

/**
 * Concerns reported twice in one document: the same rule and element on one line, a grouped rule more than once
 * on a line (or front matter more than once at all), and the duplicate pairs that catalogue section E settles.
 */
export function duplicateConcerns(doc: WildDoc): string[] {
  const out: string[] = [];
  const at = (f: Finding): number => lineOf(doc.text, f.start);
  const seen = new Map<string, number>();
  for (const f of doc.findings) {
    // placeholder-text reports each hole where it stands (its README): two slots on one line ("RFF XX kr, egenandel
    // [Sett inn] kr") are two values to write, so its findings are told apart by their column, not only their line.
    const where = f.ruleId === 'placeholder-text' ? `${at(f)}:${f.start}` : `${at(f)}`;
    const key = GROUPED_RULES.has(f.ruleId) ? `${f.ruleId}@${where}` : `${f.ruleId}/${f.element ?? ''}@${where}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, n] of seen) if (n > 1) out.push(`${key} reported ${n} times`);
  const of = (rule: string): Finding[] => doc.findings.filter((f) => f.ruleId === rule);
  if (of('frontmatter-missing-field').length > 1) out.push('frontmatter-missing-field reported more than once');
  if (of('frontmatter-missing-field').some((f) => f.element === EXIT_DATE_FIELD || f.message.includes(EXIT_DATE_FIELD))) {
    out.push('frontmatter-missing-field lists exit_decision_date, which exit-decision-date-missing owns');
  }
  if (of('exit-decision-date-missing').length > 1) out.push('exit-decision-date-missing reported more than once');
  if (of('exit-decision-date-missing').length > 0 && of('exit-plan-missing').length > 0) {
    out.push('exit-decision-date-missing beside exit-plan-missing');
  }
  if (of('single-person-governance').length > 0 && of('owner-not-decision-level').some((f) => f.element === 'same-person')) {
    out.push('owner = sponsor reported by single-person-governance and owner-not-decision-level/same-person');
  }
  // An empty section or a placeholder is one concern: only findings about the whole document may share it. A
  // placeholder owns its line's missing-element findings (as settleConcerns decides) and any finding about its own
  // text: one that overlaps it and says little besides ("Costs: TBD."). A finding about another sentence of a long line
  // ("The board decides on 16 May. Costs: TBD.") is another concern, and so is one about what the rest of its sentence
  // says ("Costs: TBC (waiting on our Local Digital Fund bid)": outside money only, which no placeholder stands for;
  // catalogue E: a placeholder only keeps its own value from counting as missing).
  const aboutSlot = (f: Finding, o: Finding): boolean =>
    f.start < o.end && o.start < f.end && (doc.text.slice(f.start, o.start) + doc.text.slice(o.end, f.end)).split(/[^\p{L}\p{N}]+/u).filter(Boolean).length < 4;
  for (const owner of ['empty-section', 'placeholder-text']) {
    for (const o of of(owner)) {
      const line = at(o);
      for (const f of doc.findings) {
        if (f === o || f.ruleId === owner || f.documentLevel || f.ruleId === 'frontmatter-missing-field') continue;
        const shares = owner === 'empty-section' || f.element !== undefined || aboutSlot(f, o);
        if (at(f) === line && shares) out.push(`${f.ruleId}${f.element ? `/${f.element}` : ''} on line ${line}, which ${owner} owns`);
      }
    }
  }
  return out;
}

export const LANG_GROUPS: LangGroup[] = ['en', 'nb'];
export const SETS: CorpusSet[] = ['tuning', 'holdout'];
