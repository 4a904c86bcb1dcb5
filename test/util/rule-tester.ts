// Runs a rule's valid and invalid cases through the real engine with only that rule switched on.
import { describe, expect, it } from 'vitest';
import type { Rule, Severity } from '../../rules/types';
import { RULES } from '../../rules/index';
import { lint } from '../../server/src/core/lint';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';
import type { PilotlintConfig, RuleSetting } from '../../server/src/core/config';
import { profileFor } from '../../server/src/core/profiles';

export interface ValidCase {
  name: string;
  text: string;
  options?: Record<string, unknown>;
  /** Forces the message language instead of the document's. */
  language?: 'en' | 'nb';
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

export function configFor(rule: Rule, options?: Record<string, unknown>, language?: 'en' | 'nb', explicit = false): PilotlintConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  // Without options the rule keeps its default, as for a user who set nothing, so per-finding escalation shows.
  if (options || explicit) rules[rule.meta.id] = options ? [rule.meta.defaultSeverity, options] : rule.meta.defaultSeverity;
  else delete rules[rule.meta.id];
  return { rules, language };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lints with only this rule on; when the document's profile switches the rule off, it is switched back on explicitly. */
export function run(rule: Rule, c: ValidCase) {
  let result = lint(c.text, configFor(rule, c.options, c.language));
  if (profileFor(result.profile).rules[rule.meta.id] === 'off') result = lint(c.text, configFor(rule, c.options, c.language, true));
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
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
