// Summarises findings into the five scaling facets a reviewer asks about first: ok, weak or missing, with the rule ids behind each.
import type { Facet, Finding, Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { FACET_INFO } from '../model/facets';
import type { ReadinessStatus } from '../protocol';

export type ReadinessId = 'anchoring' | 'business_criticality' | 'exit_plan' | 'competence' | 'values';
export type { ReadinessStatus };

export interface ReadinessItem {
  id: ReadinessId;
  label: string;
  status: ReadinessStatus;
  /** Rule ids (with `/element` where a rule names one) of the findings behind a weak or missing status. */
  findings: string[];
  /** What a strong proposal holds for this item, in the document's language. */
  expects: string;
  /** The findings behind the status, in document order, with offsets into the linted text. */
  details: ReadinessDetail[];
}

/** A finding behind a status, with offsets into the linted text. */
export type ReadinessDetail = Pick<Finding, 'ruleId' | 'element' | 'severity' | 'message' | 'start' | 'end'>;

export interface Readiness {
  items: ReadinessItem[];
  /** Items with status ok. */
  ready: number;
  total: number;
}

const GROUPS: { id: ReadinessId; facets: Facet[]; label: Record<Lang, string> }[] = [
  { id: 'anchoring', facets: ['anchoring'], label: { en: 'Organisational anchoring', nb: 'Forankring' } },
  {
    id: 'business_criticality',
    facets: ['strategic_alignment', 'success'],
    label: { en: 'Business criticality', nb: 'Virksomhetskritikalitet' },
  },
  { id: 'exit_plan', facets: ['exit_plan'], label: { en: 'Exit plan', nb: 'Videreføring' } },
  // Catalogue section 4 puts implementation resources under competence.
  { id: 'competence', facets: ['training', 'resources'], label: { en: 'Competence', nb: 'Kompetanse' } },
  { id: 'values', facets: ['values'], label: { en: 'Value choices', nb: 'Verdivalg' } },
];

/** The five groups in report order. */
export const READINESS_IDS: readonly ReadinessId[] = GROUPS.map((g) => g.id);

export function readinessLabel(id: ReadinessId, lang: Lang): string {
  return GROUPS.find((g) => g.id === id)!.label[lang];
}

/** The group a rule's findings count towards; undefined for rules outside the five (stakeholders, risks, hygiene…). */
export function readinessGroupOf(ruleId: string): ReadinessId | undefined {
  const facet = RULE_MAP.get(ruleId)?.meta.facet;
  return GROUPS.find((g) => (g.facets as string[]).includes(facet as string))?.id;
}

/** How many proposals are ok, weak or missing in each group: the portfolio view a programme office reads first. */
export function tally(all: readonly Readiness[]): Record<ReadinessId, Record<ReadinessStatus, number>> {
  const out = Object.fromEntries(GROUPS.map((g) => [g.id, { ok: 0, weak: 0, missing: 0 }])) as Record<ReadinessId, Record<ReadinessStatus, number>>;
  for (const r of all) for (const item of r.items) out[item.id][item.status]++;
  return out;
}

/**
 * A group is missing when none of its facets has a section and a rule reported the absence; weak when any finding
 * above hint level belongs to it; ok otherwise. Rules switched off contribute nothing.
 */
/** `doc` is the model, or the part of it the editor keeps (its sections). */
export function readiness(doc: { sectionsFor(facet: Facet): readonly unknown[] }, findings: readonly Finding[], lang: Lang): Readiness {
  const items = GROUPS.map((g): ReadinessItem => {
    const own = findings.filter((f) => f.severity !== 'hint' && readinessGroupOf(f.ruleId) === g.id);
    const noSection = g.facets.every((f) => doc.sectionsFor(f).length === 0);
    const status: ReadinessStatus =
      own.length === 0 ? 'ok' : noSection && own.some((f) => f.documentLevel) ? 'missing' : 'weak';
    const ids = [...new Set(own.map((f) => (f.element ? `${f.ruleId}/${f.element}` : f.ruleId)))];
    const details = [...own]
      .sort((a, b) => a.start - b.start)
      .map((f): ReadinessDetail => ({ ruleId: f.ruleId, ...(f.element ? { element: f.element } : {}), severity: f.severity, message: f.message, start: f.start, end: f.end }));
    const expects = g.facets.map((f) => FACET_INFO[f].strong[lang]).join(' ');
    return { id: g.id, label: g.label[lang], status, findings: ids, expects, details };
  });
  return { items, ready: items.filter((i) => i.status === 'ok').length, total: items.length };
}
