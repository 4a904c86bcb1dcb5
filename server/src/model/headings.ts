// Structure as people write it (catalogue E): outline numbering, bold-only lines and glued headings become headings.
import type { Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';

/** A heading-like line is short: a title, not a sentence. */
const MAX_WORDS = 10;
/** "3. Strategic Case", "3.2 Options", "1) Bakgrunn": outline numbering before a capitalised title. */
const OUTLINE = /^(\d+(?:\.\d+)*)[.)]?\s+(\p{Lu}[^\n]*)$/u;
/** "Del 4 Gevinster", "Part 2: Economic case": a numbered part as Word and grant forms write it. */
const PART = /^(?:del|part|kapittel|chapter|section|seksjon|fase|phase)\s+\d+[.:]?\s+\p{Lu}[^\n]*$/iu;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

const isTitle = (text: string, question = false): boolean => {
  const t = text.trim();
  return t.length > 0 && t.split(/\s+/).length <= MAX_WORDS && !(question ? /[.!,;]$/ : /[.!?,;]$/).test(t) && !/[\r\n]/.test(t);
};
/** Body text follows: a paragraph, a list, a table, a quote or code, not another heading or nothing. */
const isBody = (node: RootContent | undefined): boolean =>
  !!node && ['paragraph', 'list', 'table', 'blockquote', 'code'].includes(node.type) && !isHeadingLike(node);

function textOf(node: RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/**
 * A bold-only paragraph: `**Problem**` alone on its line. Grant forms put the funder's questions in bold
 * ("**B3. What difference will the project make?**"), so a bold line may end in a question mark.
 */
function boldOnly(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'strong') return undefined;
  const text = textOf(node.children[0]);
  return isTitle(text, true) && !/:$/.test(text.trim()) ? text.trim() : undefined;
}

/** A one-item ordered list, "3. Strategic Case": Word's outline numbering, which CommonMark reads as a list. */
function outlineItem(node: RootContent): string | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const item = node.children[0];
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
  const text = textOf(item.children[0]);
  return isTitle(text) && /^\p{Lu}/u.test(text) ? `${node.start ?? 1}. ${text.trim()}` : undefined;
}

/** An indented line read as code, "    1. The proposal": a sub-level of the outline. */
function indentedOutline(node: RootContent, source: string): string | undefined {
  if (node.type !== 'code' || node.lang || !node.position) return undefined;
  if (/^\s*(```|~~~)/.test(source.slice(node.position.start.offset, node.position.end.offset))) return undefined;
  const m = OUTLINE.exec(node.value.trim());
  return m && isTitle(m[2]) ? node.value.trim() : undefined;
}

/**
 * A plain paragraph line with outline numbering or a numbered part: "3.2 Options", "Del 4 Gevinster", and Word's
 * tab-separated "1 Bakgrunn" (one or two digits before a capitalised title; "40 brukere" starts lower-case).
 */
function numberedLine(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const text = textOf(node).trim();
  if (/[\r\n]/.test(text)) return undefined;
  const m = OUTLINE.exec(text);
  if (m && (m[1].includes('.') || /^\d{1,2}\s/.test(text)) && isTitle(m[2])) return text;
  return PART.test(text) && isTitle(text) ? text : undefined;
}

function isHeadingLike(node: RootContent): boolean {
  return node.type === 'heading' || boldOnly(node) !== undefined || outlineItem(node) !== undefined || numberedLine(node) !== undefined;
}

function heading(depth: number, text: string, from: RootContent): MdHeading {
  const children: Paragraph['children'] = [{ type: 'text', value: text, position: from.position }];
  return { type: 'heading', depth: Math.min(Math.max(depth, 1), 6) as MdHeading['depth'], children, position: from.position };
}

/**
 * Rewrites the top level of the tree so that lines people use as headings are headings. A candidate counts only
 * where it stands alone at the top level and body text follows it; a one-item ordered list is a candidate, a list of
 * two or more items never is, so real numbered lists stay lists. Depth: a bold line that opens the document is its
 * title (1); others one below the last real heading (at least 2); an indented outline line and a dotted number ("3.2")
 * go one level deeper.
 */
export function promoteHeadings(tree: Root, source: string): void {
  const out: RootContent[] = [];
  let depth = 1;
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (node.type === 'heading') {
      depth = node.depth;
      out.push(node);
      continue;
    }
    if (node.type === 'html') {
      out.push(...splitGlued(node, source));
      continue;
    }
    const bold = boldOnly(node) ?? outlineItem(node) ?? numberedLine(node);
    // A bold first line is the title even when a section heading follows it at once (a form's "**Section A**").
    const opensDocument = !out.some((n) => n.type !== 'yaml' && n.type !== 'html') && boldOnly(node) !== undefined;
    if (bold !== undefined && (isBody(next) || (opensDocument && !!next && isHeadingLike(next)))) {
      // A bold line that opens a document without headings is its title.
      if (opensDocument) {
        out.push(heading(1, bold, node));
        continue;
      }
      const dotted = /^\d+\.\d+/.test(bold);
      out.push(heading(Math.max(depth + 1, 2) + (dotted ? 1 : 0), bold, node));
      continue;
    }
    const indented = indentedOutline(node, source);
    if (indented !== undefined && isBody(next)) {
      out.push(heading(Math.max(depth + 1, 2) + 1, indented, node));
      continue;
    }
    out.push(node);
  }
  tree.children = out;
}

/**
 * An ATX heading glued under an HTML line (`<img …>` then `## Results` with no blank line) is swallowed by the HTML
 * block in CommonMark; it is split back out, with any text after it as a paragraph.
 */
function splitGlued(node: Extract<RootContent, { type: 'html' }>, source: string): RootContent[] {
  const start = node.position?.start.offset;
  if (start === undefined || !node.position) return [node];
  const lines = node.value.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && ATX.test(l.replace(/\r$/, '')));
  if (at < 0) return [node];
  const offsetOf = (line: number): number => start + lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const point = (offset: number) => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n'), offset };
  };
  const htmlEnd = offsetOf(at) - 1 - (lines[at - 1].endsWith('\r') ? 1 : 0);
  const headStart = offsetOf(at);
  const headLine = lines[at].replace(/\r$/, '');
  const m = ATX.exec(headLine)!;
  const headEnd = headStart + headLine.length;
  const out: RootContent[] = [
    { type: 'html', value: lines.slice(0, at).join('\n').replace(/\r$/, ''), position: { start: node.position.start, end: point(htmlEnd) } },
    {
      type: 'heading',
      depth: m[1].length as MdHeading['depth'],
      children: [{ type: 'text', value: m[2], position: { start: point(headStart + headLine.indexOf(m[2])), end: point(headStart + headLine.indexOf(m[2]) + m[2].length) } }],
      position: { start: point(headStart), end: point(headEnd) },
    },
  ];
  const rest = lines.slice(at + 1).join('\n').trim();
  if (rest) {
    const restStart = source.indexOf(rest, headEnd);
    out.push({ type: 'paragraph', children: [{ type: 'text', value: rest }], position: { start: point(restStart), end: node.position.end } });
  }
  return out;
}
