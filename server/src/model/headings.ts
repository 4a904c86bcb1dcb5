// Structure as people write it (catalogue E): outline numbering, bold-only lines and glued headings become headings.
import type { List, Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';
import { LineIndex, lineAt } from './lines';

/** A heading-like line is short: a title, not a sentence. */
const MAX_WORDS = 10;
/** A funder's question in bold runs longer ("C3. What difference will the project make, and how will you measure it?"). */
const MAX_QUESTION_WORDS = 20;
/** "3. Strategic Case", "3.2 Options", "1) Bakgrunn": outline numbering before a capitalised title. */
const OUTLINE = /^(\d+(?:\.\d+)*)[.)]?\s+(\p{Lu}[^\n]*)$/u;
/** "Del 4 Gevinster", "Part 2: Economic case": a numbered part as Word and grant forms write it. */
const PART = /^(?:del|part|kapittel|chapter|section|seksjon|fase|phase)\s+\d+[.:]?\s+\p{Lu}[^\n]*$/iu;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
/** "2.2<TAB>Objectives": Word's outline number and its tab, which no sentence in body text starts with. */
const TABBED = /^(\d+(?:\.\d+)*)\t+(\p{Lu}[^\n]*)$/u;

/**
 * A funder's word or page limit after the question, "(max 200 words)", *(maks 1 side)*: guidance to the applicant,
 * not part of the title, so a long question keeps its question mark and its word count (trust18 en).
 */
export const ANSWER_LIMIT =
  /\s*[([]\s*(?:(?:max(?:imum)?|maks(?:imum|imalt)?|up to|no more than|inntil|opptil|høgst|høyst)\.?\s*)?\d[\d,. ]*\s*(?:words?|ord|characters?|tegn|teikn|pages?|sider?)(?:\s*(?:max(?:imum)?|maks(?:imum)?))?\.?\s*[)\]]\s*$/iu;

/**
 * A form's mark for a required answer after the question, "**4. Hva er målene?\\***": the funder's asterisk, not part
 * of the title, so the question keeps its question mark and its longer word limit (trust20 nb).
 */
const REQUIRED_MARK = /\s*\*+\s*$/;
const withoutMarks = (text: string): string => text.trim().replace(REQUIRED_MARK, '').replace(ANSWER_LIMIT, '').replace(REQUIRED_MARK, '');

const isTitle = (text: string, question = false): boolean => {
  const t = withoutMarks(text);
  const max = question && t.endsWith('?') ? MAX_QUESTION_WORDS : MAX_WORDS;
  return t.length > 0 && t.split(/\s+/).length <= max && !(question ? /[.!,;]$/ : /[.!?,;]$/).test(t) && !/[\r\n]/.test(t);
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
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return undefined;
  // The required-answer asterisk may stand outside the bold, "**Prosjektets navn** *".
  const rest = node.children.slice(1);
  if (!rest.every((c) => c.type === 'text' && /^\s*\*+\s*$/.test(c.value))) return undefined;
  const text = textOf(node.children[0]);
  return isTitle(text, true) && !/:$/.test(withoutMarks(text)) ? text.trim().replace(REQUIRED_MARK, '') : undefined;
}

/** A one-item ordered list, "3. Strategic Case": Word's outline numbering, which CommonMark reads as a list. */
function outlineItem(node: RootContent): string | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const item = node.children[0];
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
  const text = textOf(item.children[0]);
  return isTitle(text) && /^\p{Lu}/u.test(text) ? `${node.start ?? 1}. ${text.trim()}` : undefined;
}

/**
 * Word's outline with its sub-level right under it: "1. Strategic Case", a blank line, "    1. Case for change".
 * CommonMark reads the indented line as a list nested in the first item, so the item holds a title and a one-item
 * ordered list of another title: each level becomes a heading, one deeper than the last.
 */
function outlineChain(node: RootContent): { title: string; from: RootContent }[] | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const item = node.children[0];
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph' || rest.length !== 1) return undefined;
  const text = textOf(first);
  if (!isTitle(text) || !/^\p{Lu}/u.test(text)) return undefined;
  const nested = rest[0] as RootContent;
  // The sub-level may also be a dotted line, "    2.1 Current position", which CommonMark keeps as a second paragraph
  // of the item (trust10 en: a business case's "2. Strategic fit" and its "2.1").
  const sub = outlineItem(nested) ?? dottedLine(nested);
  const inner = sub !== undefined ? [{ title: sub, from: nested }] : outlineChain(nested);
  // The heading runs from the list marker to the end of its own line, not over the nested level.
  const at = node.position && first.position ? { ...first, position: { start: node.position.start, end: first.position.end } } : first;
  return inner ? [{ title: `${node.start ?? 1}. ${text.trim()}`, from: at as RootContent }, ...inner] : undefined;
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

/**
 * Word's indented sub-level right after a bullet list, "- last point", a blank line, "    2. Stakeholder engagement":
 * CommonMark nests it in the last bullet as a one-item ordered list, so the heading hides inside the list.
 */
function trailingOutline(node: RootContent, source: string): string | undefined {
  if (node.type !== 'list' || node.ordered) return undefined;
  const nested = lastItemTail(node);
  if (!nested || !nested.position) return undefined;
  const lineStart = source.lastIndexOf('\n', nested.position.start.offset! - 1) + 1;
  if (!/^ {4,}$/.test(source.slice(lineStart, nested.position.start.offset!))) return undefined;
  return outlineItem(nested) ?? dottedLine(nested);
}

/**
 * The last block of the last item of a list, when it is a one-item ordered list, or a dotted outline line ("    5.3
 * Training", which CommonMark keeps as a paragraph of the last bullet: trust10 en).
 */
function lastItemTail(list: List): RootContent | undefined {
  const item = list.children[list.children.length - 1];
  const tail = item?.children[item.children.length - 1];
  if (!item || item.children.length < 2 || !tail) return undefined;
  return (tail.type === 'list' && tail.ordered && tail.children.length === 1) || dottedLine(tail) !== undefined ? tail : undefined;
}

/** A paragraph that is a dotted outline title alone, "2.1 Current position". */
function dottedLine(node: RootContent): string | undefined {
  const line = numberedLine(node);
  return line !== undefined && /^\d+\.\d/.test(line) ? line : undefined;
}

/**
 * The list without the nested outline line, ending where its last item's text ends. A copy of the list and its last
 * item: the nodes may be the chunk cache's, which gives them to the next parse, and a list cut in place there had
 * lost its sub-level, so the heading was gone after any edit elsewhere in the document.
 */
function detachTail(list: List): List {
  const item = list.children[list.children.length - 1];
  const children = item.children.slice(0, -1);
  const end = children[children.length - 1]?.position?.end;
  const kept = { ...item, children, position: end && item.position ? { ...item.position, end } : item.position };
  return { ...list, children: [...list.children.slice(0, -1), kept], position: end && list.position ? { ...list.position, end } : list.position };
}

/**
 * "5. Budget" right above "5.1 Project costs": a Word outline level whose first content is its own sub-level, which
 * has body text under it (or opens a level of its own). The parent stands alone between blocks and its content is the
 * subsection, as a heading's is (catalogue E; trust7 en: a grant form's "5. Budget" held its "5.2 Match funding").
 */
function opensSubLevel(title: string, nodes: RootContent[], at: number): boolean {
  const own = /^(\d+(?:\.\d+)*)[.)]?\s/.exec(title);
  const next = nodes[at];
  const sub = next ? numberedLine(next) : undefined;
  if (!own || sub === undefined || !sub.startsWith(`${own[1]}.`) || !/^\d+\.\d/.test(sub.slice(own[1].length - 1))) return false;
  return isBody(nodes[at + 1]) || opensSubLevel(sub, nodes, at + 1);
}

function isHeadingLike(node: RootContent): boolean {
  return node.type === 'heading' || boldOnly(node) !== undefined || outlineItem(node) !== undefined || numberedLine(node) !== undefined;
}

function heading(depth: number, text: string, from: RootContent): MdHeading {
  const children: Paragraph['children'] = [{ type: 'text', value: text, position: from.position }];
  return { type: 'heading', depth: Math.min(Math.max(depth, 1), 6) as MdHeading['depth'], children, position: from.position };
}

/**
 * A contents list ("1. Project Definition" … "6. References") whose last item starts the numbering again ("1. Project
 * Definition", then "    1.1 Background" and body text): CommonMark keeps the first outline title in the contents list,
 * so the document's first section and its sub-level were lost (trust14 en). The last item goes back to a number no
 * higher than the item before it, and alone it is an outline title or an outline with its sub-level.
 */
function restartedOutline(node: RootContent, source: string): { list: List; item: List } | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length < 3) return undefined;
  const numberOf = (i: number): number | undefined => {
    const at = node.children[i]?.position?.start.offset;
    const m = at === undefined ? null : /^\d{1,3}(?=[.)])/.exec(source.slice(at, at + 4));
    return m ? Number(m[0]) : undefined;
  };
  const last = node.children.length - 1;
  const [n, before] = [numberOf(last), numberOf(last - 1)];
  if (n === undefined || before === undefined || n > before) return undefined;
  const lastItem = node.children[last];
  const item: List = { type: 'list', ordered: true, start: n, spread: false, children: [lastItem], position: lastItem.position };
  if (outlineChain(item) === undefined && outlineItem(item) === undefined) return undefined;
  const end = node.children[last - 1].position?.end;
  const list: List = { ...node, children: node.children.slice(0, last), position: end && node.position ? { ...node.position, end } : node.position };
  return { list, item };
}

/**
 * Where the document opens with bold-only lines and then its own `#` title ("**Carron Valley Council**", the committee,
 * the meeting date, then "# Gas Safety Check Appointments"), the index of that title; else 0. Those lines are a
 * committee report's letterhead: the title is the `#` heading, so missing sections sit on it (trust14 en).
 */
function letterheadEnd(nodes: RootContent[]): number {
  let i = 0;
  while (i < nodes.length && (nodes[i].type === 'yaml' || nodes[i].type === 'html')) i++;
  const first = i;
  while (i < nodes.length && nodes[i].type === 'paragraph' && (nodes[i] as Paragraph).children.every((c) => c.type === 'strong')) i++;
  const title = nodes[i];
  return i > first && title?.type === 'heading' && title.depth === 1 ? i : 0;
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
  let lines: LineIndex | undefined;
  const index = (): LineIndex => (lines ??= new LineIndex(source));
  let depth = 1;
  const nodes = tree.children;
  const letterhead = letterheadEnd(nodes);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (node.type === 'heading') {
      depth = node.depth;
      out.push(node);
      continue;
    }
    if (node.type === 'html') {
      out.push(...splitGlued(node, source, index));
      continue;
    }
    const unglued = splitTabbed(node, source, index);
    if (unglued) {
      // Each level is one below the last heading, the dotted sub-levels one deeper, as for lines standing alone.
      for (const n of unglued) {
        if (n.type !== 'heading') out.push(n);
        else if (/^\d+\.\d/.test(textOf(n))) out.push({ ...n, depth: Math.min(Math.max(depth + 1, 2) + 1, 6) as MdHeading['depth'] });
        else {
          out.push({ ...n, depth: Math.min(Math.max(depth + 1, 2), 6) as MdHeading['depth'] });
        }
      }
      continue;
    }
    // Bold lines above the document's own `#` title (council, committee, meeting) are its letterhead, not its title.
    if (i < letterhead) {
      out.push(node);
      continue;
    }
    const bold = boldOnly(node) ?? outlineItem(node) ?? numberedLine(node);
    // A bold first line is the title even when a section heading follows it at once (a form's "**Section A**").
    const opensDocument = !out.some((n) => n.type !== 'yaml' && n.type !== 'html') && boldOnly(node) !== undefined;
    const numbered = boldOnly(node) === undefined && bold !== undefined && opensSubLevel(bold, nodes, i + 1);
    if (bold !== undefined && (isBody(next) || numbered || (opensDocument && !!next && isHeadingLike(next)))) {
      // A bold line that opens a document without headings is its title.
      if (opensDocument) {
        out.push(heading(1, bold, node));
        continue;
      }
      const dotted = /^\d+\.\d+/.test(bold);
      out.push(heading(Math.max(depth + 1, 2) + (dotted ? 1 : 0), bold, node));
      continue;
    }
    const tail = trailingOutline(node, source);
    if (tail && isBody(next)) {
      out.push(detachTail(node as List), heading(Math.max(depth + 1, 2) + 1, tail, lastItemTail(node as List)!));
      continue;
    }
    const restart = restartedOutline(node, source);
    if (restart && isBody(next)) {
      out.push(restart.list);
      const chained = outlineChain(restart.item);
      const titles = chained ?? [{ title: outlineItem(restart.item)!, from: restart.item }];
      titles.forEach((c, k) => out.push(heading(Math.max(depth + 1, 2) + k, c.title, c.from)));
      continue;
    }
    const chain = outlineChain(node);
    if (chain && isBody(next)) {
      chain.forEach((c, i) => out.push(heading(Math.max(depth + 1, 2) + i, c.title, c.from)));
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
 * A Word export that keeps no blank lines between paragraphs: "1<TAB>Background", "1.1<TAB>Purpose", then body text
 * on the next line, all one Markdown paragraph. Each tab-numbered title line becomes a heading and the lines between
 * them paragraphs, split at the soft line breaks so links and emphasis stay as they were. Only where body text follows
 * a title somewhere in the paragraph: a paragraph of titles alone is left as it is.
 */
function splitTabbed(node: RootContent, source: string, index: () => LineIndex): RootContent[] | undefined {
  if (node.type === 'table') return splitTable(node, source, index);
  if (node.type !== 'paragraph' || !node.position || node.position.start.line === node.position.end.line) return undefined;
  // A title line needs its tab (TABBED), so a paragraph without one is not split into lines: a long document has
  // thousands of paragraphs of several lines, nearly all without a tab, and each was split on every parse.
  if (!hasTab(node)) return undefined;
  const lines: Paragraph['children'][] = [[]];
  for (const c of node.children) {
    if (c.type === 'break') lines.push([]);
    else if (c.type !== 'text' || !c.value.includes('\n')) lines[lines.length - 1].push(c);
    else
      c.value.split('\n').forEach((v, i) => {
        if (i > 0) lines.push([]);
        if (v) lines[lines.length - 1].push({ type: 'text', value: v });
      });
  }
  const first = node.position.start.line - 1;
  if (first + lines.length - 1 !== node.position.end.line - 1) return undefined;
  return splitLines(lines, first, index);
}

/** Tables whose rows all keep their pipes, by node (see splitTable). */
const wholeTables = new WeakSet<object>();

/**
 * GFM runs a table on over every following line up to a blank one, so in a Word export with no blank lines the
 * next heading and its text became one-cell rows ("2.3<TAB>Scope" read as a success criterion). A row whose line has
 * no pipe at all is text after the table: the table ends before it, and the text is split as a glued paragraph.
 */
function splitTable(table: Extract<RootContent, { type: 'table' }>, source: string, index: () => LineIndex): RootContent[] | undefined {
  // Each row's line is found from its offset: the document's line index is built only for a table that is cut, so a
  // long document with tables and no Word export no longer builds one on every parse.
  // A table whose rows all have their pipes is remembered as such by node: the chunk cache hands an unchanged chunk's
  // nodes to the next parse, and walking every row's line of a long document's tables was 5 ms of each re-parse.
  if (wholeTables.has(table)) return undefined;
  const cut = table.children.findIndex(
    (r, i) => i > 0 && r.position?.start.offset !== undefined && !lineAt(source, r.position.start.offset).text.includes('|'),
  );
  if (cut < 0) {
    wholeTables.add(table);
    return undefined;
  }
  const rows = table.children.slice(cut);
  const first = rows[0].position!.start.line - 1;
  if (rows.some((r, i) => r.position?.start.line !== first + i + 1)) return undefined;
  const lines = rows.map((r) => r.children.flatMap((c) => c.children) as Paragraph['children']);
  const last = table.children[cut - 1].position!.end;
  const kept = { ...table, children: table.children.slice(0, cut), position: { start: table.position!.start, end: last } };
  return [kept, ...(splitLines(lines, first, index, true) ?? [])];
}

/** Whether the text of the node (as textOf reads it) holds a tab. */
function hasTab(node: RootContent): boolean {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.includes('\t');
  return 'children' in node && (node.children as RootContent[]).some(hasTab);
}

/** Lines of inline content from line `first` (0-based) on, as headings and paragraphs. */
function splitLines(lines: Paragraph['children'][], first: number, index: () => LineIndex, always = false): RootContent[] | undefined {
  const titles = lines.map((l) => {
    const t = l.map((c) => textOf(c as RootContent)).join('').trim();
    const m = TABBED.exec(t);
    return m && isTitle(m[2]) ? t : undefined;
  });
  if (!always && !titles.some((t, i) => t !== undefined && i + 1 < lines.length && titles[i + 1] === undefined)) return undefined;
  const ix = index();
  const at = (l: number, end = false) => {
    const line = ix.line(first + l);
    const offset = end ? line.end : line.start + (line.text.length - line.text.trimStart().length);
    return { ...ix.position(offset), offset };
  };
  const out: RootContent[] = [];
  let body: number | undefined;
  const flush = (to: number) => {
    if (body === undefined) return;
    const children: Paragraph['children'] = [];
    for (let l = body; l < to; l++) {
      if (l > body) children.push({ type: 'text', value: '\n' });
      children.push(...lines[l]);
    }
    out.push({ type: 'paragraph', children, position: { start: at(body), end: at(to - 1, true) } });
    body = undefined;
  };
  titles.forEach((t, l) => {
    if (t === undefined) {
      body ??= l;
      return;
    }
    flush(l);
    const position = { start: at(l), end: at(l, true) };
    out.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: t, position }], position });
  });
  flush(lines.length);
  return out;
}

/**
 * An ATX heading glued under an HTML line (`<img …>` then `## Results` with no blank line) is swallowed by the HTML
 * block in CommonMark; it is split back out, with any text after it as a paragraph.
 */
function splitGlued(node: Extract<RootContent, { type: 'html' }>, source: string, index: () => LineIndex): RootContent[] {
  const p = node.position;
  const start = p?.start.offset;
  const end = p?.end.offset;
  if (!p || start === undefined || end === undefined) return [node];
  // One line index for the whole document: positions made per node from the text before it were quadratic (a page
  // export of 16,000 image-and-heading pairs took over two minutes).
  const lines = index();
  const first = lines.lineOf(start);
  const last = lines.lineOf(end);
  let at = -1;
  for (let l = first + 1; l <= last && at < 0; l++) if (ATX.test(lines.line(l).text)) at = l;
  if (at < 0) return [node];
  const point = (offset: number) => ({ ...lines.position(offset), offset });
  const htmlEnd = lines.line(at - 1).end;
  const head = lines.line(at);
  const m = ATX.exec(head.text)!;
  const textStart = head.start + head.text.indexOf(m[2]);
  const out: RootContent[] = [
    { type: 'html', value: source.slice(start, htmlEnd), position: { start: p.start, end: point(htmlEnd) } },
    {
      type: 'heading',
      depth: m[1].length as MdHeading['depth'],
      children: [{ type: 'text', value: m[2], position: { start: point(textStart), end: point(textStart + m[2].length) } }],
      position: { start: point(head.start), end: point(head.end) },
    },
  ];
  const after = source.slice(Math.min(head.next, end), end);
  const rest = after.trim();
  if (rest) {
    const restStart = Math.min(head.next, end) + (after.length - after.trimStart().length);
    out.push({ type: 'paragraph', children: [{ type: 'text', value: rest }], position: { start: point(restStart), end: p.end } });
  }
  return out;
}
