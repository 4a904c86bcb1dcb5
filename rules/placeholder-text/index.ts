// placeholder-text: unfilled template text (TBD, TODO, {{…}}, <name>, "avklares senere") left in the proposal.
import type { Bilingual, Facet, Proposal, RelatedLocation, Section } from '../types';
import { isPair, isScalar, isSeq, visit } from 'yaml';
import { defineRule } from '../util/define';
import { findPlaceholders, type PlaceholderHit } from '../util/placeholders';
import { partitionPoint } from '../../server/src/model/search';

/** Sections where a hole blocks the decision the proposal asks for, so the placeholder is an error there. */
const KEY_FACETS: Facet[] = ['exit_plan', 'success', 'anchoring'];

/** The innermost section holding `offset` is the last one starting before it (sections are in document order). */
function keySection(doc: Proposal, starts: number[], offset: number): Section | null {
  const i = lastAtOrBefore(starts, offset);
  for (let s: Section | null = i < 0 ? null : doc.sections[i]; s; s = s.parent) {
    if (offset < s.end && s.facets.some((f) => KEY_FACETS.includes(f))) return s;
  }
  return null;
}

/** The innermost section holding `offset`, or null before the first heading. */
function innermostSection(doc: Proposal, starts: number[], offset: number): Section | null {
  for (let s: Section | null = doc.sections[lastAtOrBefore(starts, offset)] ?? null; s; s = s.parent) if (offset < s.end) return s;
  return null;
}

/** A template slot (`{{…}}`): a freshly inserted template has many, and one finding per slot buries the rest. */
const isSlot = (h: PlaceholderHit): boolean => h.text.startsWith('{{');

const SLOT: Bilingual = { en: 'Placeholder "{text}"', nb: 'Plassholder «{text}»' };

/** Index of the last sorted value <= x, or -1. */
function lastAtOrBefore(sorted: number[], x: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] <= x) - 1;
}

/** Placeholders in front-matter values (not keys, not YAML comments), with offsets into the source. */
function frontMatterHits(doc: Proposal): { start: number; end: number; text: string; key: string }[] {
  const fm = doc.frontMatter;
  if (!fm?.document || fm.error) return [];
  const valueStart = fm.bodyStart;
  const yaml = fm.document;
  const out: { start: number; end: number; text: string; key: string }[] = [];
  visit(yaml, {
    Pair(_k, pair, path) {
      const keys = [...path.filter(isPair), pair].map((p) => (isScalar(p.key) ? String(p.key.value) : '?'));
      const key = keys.join('.');
      const scan = (node: unknown): void => {
        if (!isScalar(node) || !node.range || typeof node.value !== 'string') return;
        const [s, e] = node.range;
        for (const h of findPlaceholders(doc.source.slice(valueStart + s, valueStart + e))) {
          out.push({ start: valueStart + s + h.start, end: valueStart + s + h.end, text: h.text, key });
        }
      };
      if (isSeq(pair.value)) pair.value.items.forEach(scan);
      else scan(pair.value);
    },
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'placeholder-text',
    description: {
      en: 'Placeholder text (TBD, TODO, {{…}}, <name>, "to be clarified later") must be filled in before the proposal is decided on.',
      nb: 'Plassholdertekst (TBD, TODO, {{…}}, <navn>, «avklares senere») må fylles ut før søknaden behandles.',
    },
    facet: 'hygiene',
    defaultSeverity: 'warning',
    fixable: false,
  },
  messages: {
    body: {
      en: 'Placeholder "{text}" left in the text: fill it in or remove it.',
      nb: 'Plassholdertekst «{text}» står igjen: fyll den ut eller fjern den.',
    },
    keySection: {
      en: 'Placeholder "{text}" in "{section}": the decision depends on this section, so fill it in before the proposal goes forward.',
      nb: 'Plassholdertekst «{text}» i «{section}»: beslutningen hviler på denne delen, så fyll den ut før søknaden går videre.',
    },
    slots: {
      en: '{count} template placeholders left in "{section}": fill them in or remove them (their places are listed below).',
      nb: '{count} plassholdere fra malen står igjen i «{section}»: fyll dem ut eller fjern dem (stedene er listet under).',
    },
    slotsKeySection: {
      en: '{count} template placeholders left in "{section}": the decision depends on this section, so fill them in before the proposal goes forward.',
      nb: '{count} plassholdere fra malen står igjen i «{section}»: beslutningen hviler på denne delen, så fyll dem ut før søknaden går videre.',
    },
    frontMatter: {
      en: 'Placeholder "{text}" in the front-matter field `{key}`: give the real value.',
      nb: 'Plassholdertekst «{text}» i front matter-feltet `{key}`: oppgi den faktiske verdien.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    for (const h of frontMatterHits(doc)) {
      context.report({ messageId: 'frontMatter', data: { text: h.text, key: h.key }, start: h.start, end: h.end });
    }
    const sectionStarts = doc.sections.map((s) => s.heading.start);
    // Link and image targets are URLs, not prose (`https://x.no/TODO`).
    const urls = doc.targets;
    const urlStarts = urls.map(([s]) => s);
    const inUrl = (start: number): boolean => {
      const i = lastAtOrBefore(urlStarts, start);
      return i >= 0 && start < urls[i][1];
    };
    // Cut at the section headings, so a re-lint matches the patterns again only in the section that changed.
    const hits = findPlaceholders(doc.text, (start) => inUrl(start), sectionStarts);
    // Template slots in one section become one finding that counts them; other placeholders are reported one by one.
    const slotsBySection = new Map<Section | null, PlaceholderHit[]>();
    for (const h of hits.filter(isSlot)) {
      const s = innermostSection(doc, sectionStarts, h.start);
      const list = slotsBySection.get(s);
      if (list) list.push(h);
      else slotsBySection.set(s, [h]);
    }
    for (const h of hits) {
      const section = keySection(doc, sectionStarts, h.start);
      if (isSlot(h)) {
        // A slot is a visible to-do, never escalated: inserting a template must not add errors to a proposal.
        const slots = slotsBySection.get(innermostSection(doc, sectionStarts, h.start))!;
        if (slots[0] !== h) continue;
        const name = innermostSection(doc, sectionStarts, h.start)?.heading.text ?? '';
        const related: RelatedLocation[] = slots.map((s) => ({ start: s.start, end: s.end, message: SLOT[context.lang].replace('{text}', s.text) }));
        if (slots.length > 1) {
          context.report({ messageId: section ? 'slotsKeySection' : 'slots', data: { count: slots.length, section: name }, start: h.start, end: h.end, related });
        } else if (section) {
          context.report({ messageId: 'keySection', data: { text: h.text, section: section.heading.text }, start: h.start, end: h.end });
        } else context.report({ messageId: 'body', data: { text: h.text }, start: h.start, end: h.end });
      } else if (section) {
        context.report({
          messageId: 'keySection',
          data: { text: h.text, section: section.heading.text },
          start: h.start,
          end: h.end,
          severity: 'error',
        });
      } else context.report({ messageId: 'body', data: { text: h.text }, start: h.start, end: h.end });
    }
  },
});
