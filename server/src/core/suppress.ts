// Edits that silence a finding the documented ways: a front-matter waiver with a reason, or a disable-next-line comment.
import type { TextEdit } from '../../../rules/types';
import { scanFrontMatter } from '../model/frontmatter-block';
import { lineAt, lineEnding, type Line } from '../model/lines';

export const REASON_PLACEHOLDER = '{{reason}}';

const quoted = (id: string): string => `${id}: "${REASON_PLACEHOLDER}"`;

/**
 * Inserts `<id>: "{{reason}}"` under `waivers:` in the front matter, creating the key or the whole block as needed.
 * Undefined when the front matter is unclosed, the id is already waived, or `waivers` is not a block mapping we can extend.
 */
export function waiverEdit(text: string, ruleId: string): TextEdit | undefined {
  const eol = lineEnding(text);
  const fm = scanFrontMatter(text);
  if (fm && !fm.closed) return undefined;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}waivers:${eol}  ${quoted(ruleId)}${eol}---${eol}${eol}` };
  }
  const body = text.slice(fm.bodyStart, fm.bodyEnd);
  const key = /^(["']?)waivers\1[ \t]*:([^\r\n]*)$/m.exec(body);
  if (!key) return { start: fm.bodyEnd, end: fm.bodyEnd, newText: `waivers:${eol}  ${quoted(ruleId)}${eol}` };

  const keyLine = lineAt(text, fm.bodyStart + key.index);
  const rest = key[2].replace(/[ \t]+#.*$/, '').trim();
  if (rest === '{}' || rest === '~' || rest === 'null') {
    const valueStart = keyLine.start + keyLine.text.indexOf(':') + 1;
    return { start: valueStart, end: keyLine.end, newText: `${eol}  ${quoted(ruleId)}` };
  }
  if (rest !== '') return undefined;

  let indent: string | undefined;
  let insertAt = keyLine.next;
  for (let at = keyLine.next; at < fm.bodyEnd; ) {
    const line = lineAt(text, at);
    at = line.next;
    if (line.text.trim() === '' || /^\s*#/.test(line.text)) continue;
    const lead = /^[ \t]*/.exec(line.text)![0];
    if (lead === '') break;
    if (/^\s*-(\s|$)/.test(line.text)) return undefined;
    indent ??= lead;
    const entry = /^\s*(["']?)([^"':]+)\1\s*:/.exec(line.text);
    if (entry && entry[2].trim() === ruleId) return undefined;
    insertAt = line.next;
  }
  // A sequence at the key's own indentation is not a mapping we can add to.
  if (indent === undefined && /^-(\s|$)/.test(lineAt(text, keyLine.next).text) && keyLine.next < fm.bodyEnd) return undefined;
  const prefix = insertAt > 0 && text[insertAt - 1] !== '\n' ? eol : '';
  return { start: insertAt, end: insertAt, newText: `${prefix}${indent ?? '  '}${quoted(ruleId)}${eol}` };
}

const LIST_ITEM = /^([ \t]*(?:>[ \t]?)*)([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Inserts `<!-- pilotlint-disable-next-line <id> -->` on its own line above the line holding `offset`, indented so
 * it stays inside the same list item or block quote. Undefined inside front matter and tables, where a comment line
 * would break the structure.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit | undefined {
  const eol = lineEnding(text);
  const fm = scanFrontMatter(text);
  if (fm && !fm.closed) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (fm && offset < fm.end) return undefined;
  const line = lineAt(text, Math.max(offset, bom));
  if (inTable(text, line)) return undefined;
  const prev = line.start > 0 ? lineAt(text, line.start - 1) : null;
  const item = LIST_ITEM.exec(line.text);
  let prefix = /^[ \t]*(?:>[ \t]?)*/.exec(line.text)![0];
  // Between two list items the comment is indented into the previous item so the list is not split in two.
  if (item && prev && prev.text.trim() !== '') prefix = item[1] + ' '.repeat(item[2].length);
  const start = Math.max(line.start, bom);
  return { start, end: start, newText: `${prefix}<!-- pilotlint-disable-next-line ${ruleId} -->${eol}` };
}

function inTable(text: string, line: Line): boolean {
  if (!line.text.includes('|')) return false;
  for (let l: Line | null = line; l && l.text.trim() !== '' && l.text.includes('|'); l = l.start > 0 ? lineAt(text, l.start - 1) : null) {
    if (DELIMITER_ROW.test(l.text)) return true;
  }
  for (let at = line.next; at < text.length; ) {
    const l = lineAt(text, at);
    if (l.text.trim() === '' || !l.text.includes('|')) break;
    if (DELIMITER_ROW.test(l.text)) return true;
    at = l.next;
  }
  return false;
}
