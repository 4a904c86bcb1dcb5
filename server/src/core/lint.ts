// The engine: parse once, run every enabled rule over the model, apply directives and waivers, return findings.
import type { DocLang, Facet, Finding, Fix, Lang, Proposal, ReportInput, Section, Rule, RuleContext, Severity, TemplateId } from '../../../rules/types';
import { RULES, RULE_MAP } from '../../../rules/index';
import { findPlaceholders } from '../../../rules/util/placeholders';
import { CANONICAL_ORDER, TEMPLATE_FACET, TEMPLATE_TITLE, renderTemplate } from '../../../rules/util/templates';
import { isShiftCare } from '../../../rules/util/context';
import { htmlNodes, parseProposalSteps, type parseProposal } from '../model/parse';
import type { ChunkCache } from '../model/chunk-cache';
import { TextMemo, withMemo } from '../model/memo';
import { drain, type Steps } from '../model/steps';
import { ruleChoice, type PilotlintConfig, type RuleChoice } from './config';
import { profileFor } from './profiles';
import { applyDirectives } from './directives';
import { CUT_MESSAGES, MAX_BRACKET_DEPTH, MAX_NESTING } from '../model/limits';
import { LineIndex, lineAt, lineEndAt } from '../model/lines';
import { engineMessage, format } from './messages';
import { mergeGroups, namedBy, ruleOf, settleConcerns, type SectionBlocks } from './concerns';

export interface Waiver {
  ruleId: string;
  reason: string;
  /** How many findings the waiver silenced. */
  suppressed: number;
}

export interface LintResult {
  findings: Finding[];
  language: DocLang;
  /** Language of the messages and templates: the configured one, else the document's (nynorsk gets bokmål). */
  lang: Lang;
  profile: string;
  waivers: Waiver[];
  /** The model the rules read (BOM removed: add `shift` to its offsets to get offsets into the input). */
  doc: Proposal;
  shift: number;
  /** Line starts of the model's text (BOM removed), built once per lint for the concerns, the directives and positions. */
  lines: LineIndex;
}

export interface LintOptions {
  /**
   * The document's chunk cache, so unchanged chunks are not parsed again. The next lint with it moves the nodes it
   * reuses in place (chunk-cache.ts), so a result's tree is true until then: take from it what you keep.
   */
  cache?: ChunkCache;
  /** The document's memo of text functions (model/memo.ts), so rules redo their work only on text that changed. */
  memo?: TextMemo;
}

export function lint(input: string, config: PilotlintConfig = {}, options: LintOptions = {}): LintResult {
  return drain(lintSteps(input, config, options));
}

/** lint() as steps, yielding after each parsed chunk and each rule, so a caller can pause or abandon it between them. */
export function* lintSteps(input: string, config: PilotlintConfig = {}, options: LintOptions = {}): Steps<LintResult> {
  // Offsets given to rules are into the text without a BOM; every finding is shifted back afterwards.
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? input.slice(1) : input;
  const choices = new Map<string, RuleChoice>();
  // Without a document's memo, a fresh one still lets rules share work within this lint.
  const memo = options.memo ?? new TextMemo();
  let ran = false;
  let doc: Proposal;
  let lang: Lang;
  let findings: Finding[] = [];
  try {
    doc = yield* parseProposalSteps(source, { language: forcedLanguage(config), synonyms: config.headings, cache: options.cache, memo });
    const profile = profileFor(doc.profile);
    for (const rule of RULES) {
      const fallback = profile.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
      const choice =
        fallback === 'off' && config.rules?.[rule.meta.id] === undefined
          ? { severity: 'off' as const, options: {}, explicit: false }
          : ruleChoice(config.rules?.[rule.meta.id], fallback === 'off' ? rule.meta.defaultSeverity : fallback);
      choices.set(rule.meta.id, choice);
    }
    lang = config.language === 'en' || config.language === 'nb' ? config.language : doc.language === 'en' ? 'en' : 'nb';
    let lines: Set<string> | undefined;
    const model = doc;
    const known = (): Set<string> => (lines ??= lineSet(model.source));
    for (const rule of RULES) {
      const choice = choices.get(rule.meta.id)!;
      if (choice.severity === 'off') continue;
      const l = lang;
      findings.push(...withMemo(memo, () => runRule(rule, model, l, choice, known)));
      yield;
    }
    ran = true;
  } finally {
    if (ran) memo.commit();
    else memo.abandon();
  }
  // One line table of the text for the concerns, the directives, the rules and the editor's positions (a long
  // document's took a pass each).
  const lines = doc.lines();
  findings = settleConcerns(findings, source, facetSectionBlocks(doc), lines);
  const waived = applyWaivers(doc.frontMatter?.data ?? null, findings, (k) => doc.frontMatter?.keyRange(k), lang);
  findings = mergeGroups(applyDirectives(htmlNodes(doc.tree), source, waived.findings, lang, lines));
  findings.push(...waived.extra, ...cutFindings(doc, lang));
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  if (bom) findings = findings.map((f) => shift(f, 1));
  return { findings, language: doc.language, lang, profile: doc.profile, waivers: waived.waivers, doc, shift: bom, lines };
}

/** One warning per kind of Markdown that was too deeply nested to parse, on its first occurrence. */
function cutFindings(doc: Proposal, lang: Lang): Finding[] {
  return doc.cuts.map((c) => ({
    ruleId: 'markdown-too-complex',
    severity: 'warning' as const,
    message: format(CUT_MESSAGES[c.kind][lang], { depth: c.depth, count: c.count, max: c.kind === 'nesting' ? MAX_NESTING : MAX_BRACKET_DEPTH }),
    start: c.start,
    end: c.end,
  }));
}

function forcedLanguage(config: PilotlintConfig): DocLang | undefined {
  return config.language === 'en' || config.language === 'nb' ? config.language : undefined;
}

/** `known` gives the document's lines (see `lineSet`), built once per lint and only when a rule offers a fix. */
function runRule(rule: Rule, doc: ReturnType<typeof parseProposal>, lang: Lang, choice: RuleChoice, known: () => ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const severity = choice.severity as Severity;
  const context: RuleContext = {
    doc,
    lang,
    options: { ...rule.defaultOptions, ...choice.options },
    report: (r: ReportInput) => {
      let fix = r.fix;
      if (fix && insertsOnlyKnownLines(fix, known())) {
        // The fix's own lines are there: with their `{{…}}` the element is present and placeholder-text asks to fill
        // it in; without, inserting them again would only repeat them.
        if (fix.edits.some((e) => findPlaceholders(e.newText).length > 0)) return;
        fix = undefined;
      }
      const template = rule.messages[r.messageId];
      const text = template ? format(template[lang], r.data) : r.messageId;
      const sev = !choice.explicit && r.severity ? r.severity : severity;
      const groupTemplate = r.group && rule.messages[r.group.messageId];
      const partTemplate = r.group && rule.messages[r.group.part];
      out.push({
        ruleId: rule.meta.id,
        element: r.element,
        severity: sev,
        message: text,
        start: clamp(r.start, doc.source.length),
        end: clamp(Math.max(r.end, r.start), doc.source.length),
        fix,
        documentLevel: r.documentLevel,
        ...(r.group && {
          group: {
            key: `${rule.meta.id}\u0000${r.group.messageId}\u0000${r.start}`,
            message: groupTemplate ? format(groupTemplate[lang], r.data) : r.group.messageId,
            part: partTemplate ? format(partTemplate[lang], r.data) : r.group.part,
          },
        }),
        ...(r.related ? { related: r.related.map((l) => ({ ...l, start: clamp(l.start, doc.source.length), end: clamp(l.end, doc.source.length) })) } : {}),
      });
    },
    text: (id, data) => (rule.messages[id] ? format(rule.messages[id][lang], data) : id),
    missingAnchor: () => missingAnchor(doc),
    insertTemplate: (t: TemplateId) => insertTemplate(doc, t, lang),
  };
  try {
    rule.check(context);
  } catch (e) {
    const anchor = missingAnchor(doc);
    return [
      {
        ruleId: 'internal-error',
        severity: 'error',
        message: engineMessage('ruleFailed', lang, { id: rule.meta.id, reason: (e as Error).message }),
        start: anchor.start,
        end: anchor.end,
      },
    ];
  }
  return out;
}

/** A line as fixes compare it: no indent, list, quote or heading marker, whitespace collapsed. */
function normalizeLine(line: string): string {
  return line
    .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalized non-blank lines of a text (any line ending). */
export function lineSet(text: string): Set<string> {
  return new Set(text.split(/\r\n|\r|\n/).map(normalizeLine).filter((l) => l !== ''));
}

/**
 * A fix that only inserts, and whose every inserted non-blank line is already in `known` or part of a known line
 * (a rule's single line out of a template line that holds it and more).
 */
export function insertsOnlyKnownLines(fix: Fix, known: ReadonlySet<string>): boolean {
  if (!isInsertion(fix)) return false;
  const added = [...lineSet(fix.edits.map((e) => e.newText).join('\n'))];
  return added.length > 0 && added.every((l) => known.has(l) || [...known].some((k) => k.includes(l)));
}

/** A fix made of insertions only: it cannot delete a character of the text. */
export function isInsertion(fix: Fix): boolean {
  return fix.edits.every((e) => e.start === e.end);
}

const clamp = (n: number, max: number): number => Math.max(0, Math.min(n, max));

function shift(f: Finding, by: number): Finding {
  const fix: Fix | undefined = f.fix && {
    ...f.fix,
    edits: f.fix.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })),
  };
  const related = f.related?.map((l) => ({ ...l, start: l.start + by, end: l.end + by }));
  return { ...f, start: f.start + by, end: f.end + by, fix, ...(related ? { related } : {}) };
}

/**
 * Where a finding about a missing section sits (catalogue E): the title heading when it opens the document, else
 * line 1; never a heading deep in the document.
 */
export function missingAnchor(doc: ReturnType<typeof parseProposal>): { start: number; end: number } {
  const h = doc.title && doc.title === doc.sections[0] ? doc.title : null;
  if (h) return { start: h.heading.start, end: h.heading.end };
  return { start: 0, end: lineEndAt(doc.source, 0) };
}

/**
 * Inserts a template after the last main section that precedes it in canonical order (else before the first that
 * follows it, else at the end), at the heading depth the document uses for its main sections.
 */
export function insertTemplate(doc: ReturnType<typeof parseProposal>, id: TemplateId, lang: Lang): Fix {
  const eol = doc.eol;
  const depth = mainDepth(doc);
  const main = doc.sections.filter((s) => s.heading.depth === depth);
  const want = CANONICAL_ORDER.indexOf(TEMPLATE_FACET[id]);
  const rank = (facets: Facet[]): number => Math.min(...facets.map((f) => CANONICAL_ORDER.indexOf(f)).filter((i) => i >= 0), Infinity);
  let offset: number | undefined;
  let before: (typeof main)[number] | undefined;
  for (const s of main) {
    const r = rank(s.facets);
    if (r === Infinity) continue;
    if (r <= want) before = s;
  }
  if (before) offset = before.end;
  else {
    const after = main.find((s) => rank(s.facets) > want && rank(s.facets) !== Infinity);
    if (after) offset = after.heading.start;
  }
  if (offset === undefined) {
    const title = doc.title;
    offset = title && depth > 1 ? title.end : doc.source.length;
  }
  const text = doc.source;
  // A heading may be indented (up to three spaces): its section starts after the indent, and inserting there would
  // split the heading's line in two (fix-all would then not keep every line as it was).
  const line = lineAt(text, offset);
  if (line.start < offset && text.slice(line.start, offset).trim() === '') offset = line.start;
  const beforeText = text.slice(Math.max(0, offset - 2 * eol.length), offset);
  let prefix = '';
  if (offset > 0) {
    if (!beforeText.endsWith(eol)) prefix = eol + eol;
    else if (!beforeText.endsWith(eol + eol)) prefix = eol;
  }
  const suffix = offset < text.length ? eol : '';
  const title = TEMPLATE_TITLE[id][lang];
  return {
    title: engineMessage('insertSection', lang, { title, id }),
    // Night shifts and next of kin belong in the template only in shift-based care (catalogue E).
    edits: [{ start: offset, end: offset, newText: prefix + renderTemplate(id, lang, depth, eol, isShiftCare(doc)) + suffix }],
    rank: want,
  };
}

/** The heading depth of the document's main sections: the shallowest below a lone H1 title, else the shallowest. */
function mainDepth(doc: ReturnType<typeof parseProposal>): number {
  const depths = doc.sections.map((s) => s.heading.depth);
  if (depths.length === 0) return 2;
  const h1 = depths.filter((d) => d === 1).length;
  if (h1 === 1 && depths.some((d) => d > 1)) return Math.min(...depths.filter((d) => d > 1));
  return Math.min(...depths);
}

function applyWaivers(
  data: Record<string, unknown> | null,
  findings: Finding[],
  keyRange: (k: string) => { start: number; end: number } | undefined,
  lang: Lang,
): { findings: Finding[]; waivers: Waiver[]; extra: Finding[] } {
  const raw = data?.waivers;
  if (raw === undefined || raw === null) return { findings, waivers: [], extra: [] };
  const at = keyRange('waivers') ?? { start: 0, end: 3 };
  const extra: Finding[] = [];
  // Every problem with the waivers is a warning on the `waivers` key.
  const note = (ruleId: string, message: string): void => void extra.push({ ruleId, severity: 'warning', message, ...at });
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    note('waiver-without-reason', engineMessage('waiversNotMapping', lang));
    return { findings, waivers: [], extra };
  }
  const waivers: Waiver[] = [];
  for (const [ruleId, reason] of Object.entries(raw as Record<string, unknown>)) {
    if (!RULE_MAP.has(ruleOf(ruleId))) {
      note('unknown-rule', engineMessage('unknownWaiverRule', lang, { id: ruleId }));
      continue;
    }
    if (typeof reason !== 'string' || reason.trim().length < 3) {
      note('waiver-without-reason', engineMessage('waiverWithoutReason', lang, { id: ruleId }));
      continue;
    }
    const before = findings.length;
    findings = findings.filter((f) => !namedBy([ruleId], f));
    waivers.push({ ruleId, reason: reason.trim(), suppressed: before - findings.length });
  }
  return { findings, waivers, extra };
}

/** The content blocks of each section that matches a facet (subsections included), for settleConcerns. */
function facetSectionBlocks(doc: Proposal): SectionBlocks[] {
  const bySection = new Map<Section, { start: number; end: number }[]>();
  for (const b of doc.blocks) {
    if (b.kind === 'heading') continue;
    for (let s = b.section; s; s = s.parent) if (s.facets.length > 0) (bySection.get(s) ?? bySection.set(s, []).get(s)!).push(b);
  }
  return [...bySection].map(([s, blocks]) => ({ heading: s.heading.start, blocks }));
}
