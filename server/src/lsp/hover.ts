// Hovers: on a finding, why its facet matters for scaling; on a facet heading, what a strong section holds and what is missing.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Facet, Finding, Lang } from '../../../rules/types';
import { RULE_MAP } from '../../../rules/index';
import { FACET_INFO } from '../model/facets';
import { docsUrl } from '../core/docs';
import type { LintEntry } from './linting';

const LABEL = {
  why: { en: 'Why it matters for scaling', nb: 'Hvorfor det betyr noe for skalering' },
  docs: { en: 'Rule documentation', nb: 'Dokumentasjon av regelen' },
  strong: { en: 'A strong section holds', nb: 'En god seksjon inneholder' },
  missing: { en: 'What pilotlint finds missing here', nb: 'Dette mangler ifølge pilotlint' },
  none: { en: 'pilotlint finds nothing missing in this section.', nb: 'pilotlint finner ingenting som mangler i denne seksjonen.' },
  facet: { en: 'Scaling facet', nb: 'Skaleringsfaktor' },
} as const;

const RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

export function hover(doc: TextDocument, entry: LintEntry, position: Position): Hover | null {
  const model = entry.model;
  if (!model || entry.version !== doc.version) return null;
  const offset = doc.offsetAt(position);
  const lang = entry.lang;
  const hits = entry.findings
    .filter((f) => f.start <= offset && (offset < f.end || offset === f.start))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // On a facet heading, the section's explanation comes with any finding that sits on the heading itself.
  const { doc: proposal, shift } = model;
  const section = proposal.sections.find((s) => s.heading.start + shift <= offset && offset <= s.heading.end + shift);
  if (section && section.facets.length > 0) {
    const start = section.heading.start + shift;
    const end = section.end + shift;
    const inside = entry.findings.filter((f) => f.start >= start && f.start < end);
    const parts = [...hits.slice(0, 3).map((f) => findingText(f, lang)), sectionText(section.facets, inside, lang)];
    return {
      contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
      range: { start: doc.positionAt(start), end: doc.positionAt(section.heading.end + shift) },
    };
  }
  if (hits.length === 0) return null;
  const first = hits[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.slice(0, 3).map((f) => findingText(f, lang)).join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) },
  };
}

function findingText(f: Finding, lang: Lang): string {
  const rule = RULE_MAP.get(f.ruleId);
  const id = f.element ? `${f.ruleId}/${f.element}` : f.ruleId;
  const parts: string[] = [];
  const info = rule && rule.meta.facet in FACET_INFO ? FACET_INFO[rule.meta.facet as Facet] : undefined;
  parts.push(info ? `**${id}** · ${info.title[lang]}` : `**${id}**`);
  if (rule) parts.push(rule.meta.description[lang]);
  if (info) parts.push(`*${LABEL.why[lang]}:* ${info.why[lang]}`);
  const href = docsUrl(f.ruleId);
  if (href) parts.push(`[${LABEL.docs[lang]}](${href})`);
  return parts.join('\n\n');
}

function sectionText(facets: Facet[], findings: Finding[], lang: Lang): string {
  const parts: string[] = [];
  for (const facet of facets) {
    const info = FACET_INFO[facet];
    parts.push(`**${info.title[lang]}** · ${LABEL.facet[lang]}`, info.what[lang], `*${LABEL.strong[lang]}:* ${info.strong[lang]}`);
  }
  if (findings.length === 0) parts.push(`*${LABEL.none[lang]}*`);
  else {
    const items = findings.map((f) => `- ${f.message} (\`${f.element ? `${f.ruleId}/${f.element}` : f.ruleId}\`)`);
    parts.push(`*${LABEL.missing[lang]}:*\n\n${items.join('\n')}`);
  }
  return parts.join('\n\n');
}
