// Runs a rule's valid and invalid cases, and the examples of its README, through the real engine with only that rule on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule, Severity } from '../../rules/types';
import { RULES } from '../../rules/index';
import { lint } from '../../server/src/core/lint';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';
import type { HeadingSynonyms, PilotlintConfig, RuleSetting } from '../../server/src/core/config';
import { profileFor } from '../../server/src/core/profiles';
import { LineIndex } from '../../server/src/model/lines';

export interface ValidCase {
  name: string;
  text: string;
  options?: Record<string, unknown>;
  /** Forces the message language instead of the document's. */
  language?: 'en' | 'nb';
  /** Document-level heading synonyms per facet (the `headings` setting). */
  headings?: HeadingSynonyms;
}

export interface ExpectedError {
  /** 1-based line the finding starts on. */
  line?: number;
  element?: string;
  severity?: Severity;
  /** Substring the message must contain (checks the language and the wording). */
  message?: string;
  /** 1-based lines of the finding's related locations, in order. */
  related?: number[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying every fix this rule offers; required exactly when the rule is fixable. */
  output?: string;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function configFor(rule: Rule, c: ValidCase, explicit = false): PilotlintConfig {
  const { options, language, headings } = c;
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  // Without options the rule keeps its default, as for a user who set nothing, so per-finding escalation shows.
  if (options || explicit) rules[rule.meta.id] = options ? [rule.meta.defaultSeverity, options] : rule.meta.defaultSeverity;
  else delete rules[rule.meta.id];
  return { rules, language, headings };
}

/** 1-based line of an offset, in the model's line model. */
const lineOf = (text: string, offset: number): number => new LineIndex(text).position(offset).line;

/** Lints with only this rule on; when the document's profile switches the rule off, it is switched back on explicitly. */
export function run(rule: Rule, c: ValidCase) {
  let result = lint(c.text, configFor(rule, c));
  if (profileFor(result.profile).rules[rule.meta.id] === 'off') result = lint(c.text, configFor(rule, c, true));
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

/**
 * The fenced examples under `## Incorrect` or `## Correct` in the rule's README: Markdown as written, YAML as the
 * front matter of a proposal that has only a title.
 */
export function readmeExamples(id: string, heading: 'Incorrect' | 'Correct'): string[] {
  const md = readFileSync(join(__dirname, '..', '..', 'rules', id, 'README.md'), 'utf8');
  const examples: string[] = [];
  let inSection = false;
  let fence: { lang: string; lines: string[] } | null = null;
  for (const line of md.split('\n')) {
    if (fence) {
      if (line === '```') {
        const body = fence.lines.join('\n') + '\n';
        if (inSection && ['markdown', 'md', 'yaml'].includes(fence.lang)) examples.push(fence.lang === 'yaml' ? frontMatterDoc(body) : body);
        fence = null;
      } else fence.lines.push(line);
    } else if (line.startsWith('```')) fence = { lang: line.slice(3).trim(), lines: [] };
    else if (line.startsWith('## ')) inSection = line === `## ${heading}`;
  }
  return examples;
}

/** YAML from a README as the front matter of a proposal with only a title; the fences are added unless written. */
const frontMatterDoc = (yaml: string): string => `${yaml.startsWith('---\n') ? yaml : `---\n${yaml}---\n`}# Pilot\n`;

/**
 * A template's expected text outside shift-based care: no night shift or next of kin is asked for there (catalogue E;
 * the wording of rules/util/templates.ts, spelled out here so the tests state it).
 */
export function anyService(s: string): string {
  return s
    .replace('{{incl. night shift, temporary staff}}', '{{incl. temporary staff, new hires}}')
    .replace('{{inkl. nattevakt, vikarer}}', '{{inkl. vikarer, nyansatte}}')
    .replace('How users and next of kin are informed', 'How users are informed')
    .replace('Slik informeres brukere og pårørende', 'Slik informeres brukerne')
    .replace('{{patients / next of kin}}', '{{residents / service users}}')
    .replace('{{pasienter / pårørende}}', '{{innbyggere / brukere}}');
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it('has valid and invalid cases, and README examples of both', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      expect(readmeExamples(rule.meta.id, 'Incorrect').length, 'README ## Incorrect has no ```markdown or ```yaml block').toBeGreaterThan(0);
      expect(readmeExamples(rule.meta.id, 'Correct').length, 'README ## Correct has no ```markdown or ```yaml block').toBeGreaterThan(0);
    });
    readmeExamples(rule.meta.id, 'Incorrect').forEach((text, i) => {
      it(`README Incorrect example ${i + 1} is reported`, () => {
        expect(run(rule, { name: '', text }).length).toBeGreaterThan(0);
      });
    });
    readmeExamples(rule.meta.id, 'Correct').forEach((text, i) => {
      it(`README Correct example ${i + 1} is not reported`, () => {
        expect(run(rule, { name: '', text }).map((f) => f.message)).toEqual([]);
      });
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(rule, c).map((f) => `${lineOf(c.text, f.start)}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = run(rule, c);
        expect(found.length, found.map((f) => f.message).join('\n')).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = found[i];
          if (e.line !== undefined) expect(lineOf(c.text, f.start)).toBe(e.line);
          if (e.element !== undefined) expect(f.element).toBe(e.element);
          if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
          if (e.message !== undefined) expect(f.message).toContain(e.message);
          if (e.related !== undefined) expect((f.related ?? []).map((r) => lineOf(c.text, r.start))).toEqual(e.related);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(c.text.length);
        });
        if (rule.meta.fixable) {
          expect(c.output, 'a fixable rule states the fixed output of every invalid case').toBeTypeOf('string');
          const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
          expect(applyEdits(c.text, mergeFixes(fixes))).toBe(c.output);
        } else {
          expect(c.output).toBeUndefined();
          expect(found.every((f) => !f.fix)).toBe(true);
        }
      });
    }
  });
}
