// One concern, one finding (catalogue E): which rule owns a concern two rules see, and grouping per-element findings.
import { LineIndex } from '../model/lines';
import type { Finding, Fix, TextEdit } from '../../../rules/types';

/** Whether a waiver or directive id (`rule` or `rule/element`) names this finding, and which id did. */
export function namedBy(ids: readonly string[], f: Finding): string | undefined {
  if (ids.includes(f.ruleId)) return f.ruleId;
  const elements = f.elements ?? (f.element ? [f.element] : []);
  return elements.map((e) => `${f.ruleId}/${e}`).find((id) => ids.includes(id));
}

/** The rule part of a waiver or directive id: `stakeholder-levels-incomplete/users` names `stakeholder-levels-incomplete`. */
export const ruleOf = (id: string): string => id.split('/')[0];

/**
 * Drops the findings whose concern another rule owns and reported:
 * - no exit plan at all: `exit-plan-missing` owns the missing decision date, and an exit section left empty or unfilled
 *   owns it as well;
 * - an empty section: `empty-section` owns it, so findings about what the section holds (on its heading) go;
 * - a placeholder: `placeholder-text` owns it, so a missing-element finding on the same line goes;
 * - a section whose every sentence of content holds a placeholder ("## Training", then only "TODO: agree the approach"): it is
 *   unfilled, not weak, so findings about what it holds (on its heading) go, as for an empty section.
 */
export function settleConcerns(findings: readonly Finding[], source: string, sections: readonly SectionBlocks[] = [], lines = new LineIndex(source)): Finding[] {
  const lineOf = (offset: number): number => lines.lineOf(offset);
  const noExitPlan = findings.some((f) => f.ruleId === 'exit-plan-missing');
  const emptyHeadings = new Set(findings.filter((f) => f.ruleId === 'empty-section').map((f) => f.start));
  // A template's slots are one placeholder-text finding with each slot as a related location.
  const placeholderLines = new Set(
    findings.filter((f) => f.ruleId === 'placeholder-text').flatMap((f) => [f.start, ...(f.related ?? []).map((r) => r.start)].map(lineOf)),
  );
  const slotStarts = findings
    .filter((f) => f.ruleId === 'placeholder-text')
    .flatMap((f) => [f.start, ...(f.related ?? []).map((r) => r.start)]);
  // Every line of the block holds a placeholder: "Prosjekteigar: …" above "Prosjektleiar: [namn]" is content. So is a
  // paragraph whose other sentences say something ("… adjust, or stop. The Board meets on [date]. If extended, …"),
  // and a sentence that states something before its slot ("Saksbehandlerne får opplæring (xx timer).", trust7 nb):
  // only a sentence that opens with its slot, or gives it as a label's value, is a slot and nothing more.
  const holdsSlot = (b: { start: number; end: number }): boolean => {
    for (let l = lineOf(b.start), last = lineOf(Math.max(b.start, b.end - 1)); l <= last; l++) if (!placeholderLines.has(l)) return false;
    return sentenceSpans(source, b).every((s) => slotStarts.some((o) => o >= s.start && o < s.end && SLOT_LEAD.test(source.slice(s.start, o))));
  };
  // Template guidance in italics ("*Beskriv hvorfor prosjektet er nødvendig.*") is the template's, not the author's:
  // beside a slot it leaves the section unfilled.
  const guidance = (b: { start: number; end: number }): boolean => GUIDANCE.test(source.slice(b.start, b.end).trim());
  // A wiki's status macro exported as text ("Status: NOT STARTED") tracks the page, it answers nothing (trust12 en).
  const status = (b: { start: number; end: number }): boolean => STATUS_LINE.test(source.slice(b.start, b.end).trim());
  for (const s of sections) {
    if (s.blocks.length > 0 && s.blocks.some(holdsSlot) && s.blocks.every((b) => holdsSlot(b) || guidance(b) || status(b))) emptyHeadings.add(s.heading);
  }
  return findings.filter((f) => {
    // Without front matter it sits on the exit plan's heading: an exit answer that is only a slot ("(kommer)") or
    // nothing is placeholder-text's or empty-section's, the date with the rest (trust13 nb).
    if (f.ruleId === 'exit-decision-date-missing') return !noExitPlan && !emptyHeadings.has(f.start);
    if (f.ruleId === 'empty-section' || f.ruleId === 'placeholder-text' || f.documentLevel) return true;
    if (emptyHeadings.has(f.start)) return false;
    return !(f.element && placeholderLines.has(lineOf(f.start)));
  });
}

/** What may stand before a slot that is the whole sentence: nothing but markup, or a label ("Budsjett:", "| Styringsgruppe |"), and
 * the bracket that opens the slot ("Equality impact assessment: [TBC]" is reported at TBC). */
const SLOT_LEAD = /^[\s>#*_+\-|\d.)[(<]*$|[:|]\s*[*_]*\s*[[(<]?\s*$/u;
/** A status label whose value is a progress state only (Confluence's status macro as text; *Status: Ikke startet*). */
const STATUS_LINE = /^[*_]*(status|state)[*_]*\s*:\s*[*_]*\s*(not started|in progress|started|done|complete|completed|draft|open|on hold|blocked|to ?do|ikke startet|ikkje starta|pågår|i gang|ferdig|utkast)\s*[*_]*\.?$/iu;
/** A paragraph wholly in italics: a template's instruction to its author. */
const GUIDANCE = /^([*_])(?![*_\s])[^]*[^*_\s]\1$/u;

/** The sentences of a block as offset spans: a full stop, "!" or "?", a space and a capital end one. */
function sentenceSpans(source: string, b: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = source.slice(b.start, b.end);
  // A capital letter opens the next sentence, so "1. februar" and "e.g. the" do not end one.
  const re = /[.!?](?=\s+[\p{Lu}\p{N}*_])/gu;
  let from = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    out.push({ start: b.start + from, end: b.start + m.index + 1 });
    from = m.index + 1;
  }
  out.push({ start: b.start + from, end: b.end });
  return out;
}

/** A facet section's heading offset and the blocks of its content, subsections included. */
export interface SectionBlocks {
  heading: number;
  blocks: readonly { start: number; end: number }[];
}

/** Merges the findings of one group into one whose message lists every surviving part; a lone member keeps its own. */
export function mergeGroups(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) if (f.group) (groups.get(f.group.key) ?? groups.set(f.group.key, []).get(f.group.key)!).push(f);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.group) {
      out.push(f);
      continue;
    }
    const members = groups.get(f.group.key)!;
    if (members[0] !== f) continue;
    const { group: _, ...first } = f;
    if (members.length === 1) {
      out.push(first);
      continue;
    }
    const elements = members.flatMap((m) => (m.element ? [m.element] : []));
    out.push({
      ...first,
      message: f.group.message.replace('{list}', members.map((m) => m.group!.part).join(', ')),
      element: elements.join(','),
      elements,
      fix: mergeMemberFixes(members),
    });
  }
  return out;
}

/** The members' edits, each once: members often share one fix that adds every missing line at once. */
function mergeMemberFixes(members: readonly Finding[]): Fix | undefined {
  const fixes = members.flatMap((m) => (m.fix ? [m.fix] : []));
  if (fixes.length === 0) return undefined;
  const edits: TextEdit[] = [];
  for (const e of fixes.flatMap((x) => x.edits)) {
    if (!edits.some((t) => t.start === e.start && t.end === e.end && t.newText === e.newText)) edits.push(e);
  }
  return { ...fixes[0], edits };
}
