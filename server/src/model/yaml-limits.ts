// Bounds YAML before the `yaml` parser sees it: its composer recurses per level, so deep nesting ends in a RangeError.
import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** Deepest nesting read: configs and front matter use 4 or 5 levels; the parser's stack gives out near 1,000. */
export const MAX_YAML_DEPTH = 32;

/** Longest front matter read: real front matter is a few hundred bytes; the body is linted even when this is exceeded. */
export const MAX_FRONT_MATTER_LENGTH = 100_000;

export interface YamlTooDeep {
  /** Offset of the character that went past the limit. */
  at: number;
  depth: number;
}

/**
 * The first place where block indentation, `- ` items and `[`/`{` flow brackets together nest deeper than `max`, in
 * one pass over the text. Quoted strings, comments and block scalars (`|`, `>`) are skipped.
 */
export function yamlTooDeep(text: string, max = MAX_YAML_DEPTH): YamlTooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let scalarIndent = -1;
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    let i = start;
    while (i < end && text[i] === ' ') i++;
    const indent = i - start;
    const blank = i === end || text[i] === '#';
    if (scalarIndent >= 0 && (blank || indent > scalarIndent)) {
      start = next;
      continue;
    }
    scalarIndent = -1;
    if (blank && !quote) {
      start = next;
      continue;
    }
    if (!quote && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length;
    let atScalarStart = !quote;
    for (; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      if (atScalarStart && (c === '"' || c === "'")) quote = c;
      else if (atScalarStart && (c === '-' || c === '?') && (i + 1 === end || text[i + 1] === ' ')) depth++;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (depth + flow > max) return { at: i, depth: depth + flow };
      atScalarStart = c === ' ' || c === '\t' || c === '[' || c === '{' || c === ',' || c === ':' || ((c === '-' || c === '?') && atScalarStart);
    }
    // A block scalar indicator ends the line: the lines indented below it are text, not structure.
    if (!quote && flow === 0 && /[:-]\s+[|>][-+0-9]*\s*(?:#.*)?$/.test(text.slice(start, end))) scalarIndent = indent;
    start = next;
  }
  return undefined;
}

export type YamlParseOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseDocument` that never throws: too-deep text is refused before parsing, and a stack overflow or other failure
 * inside the parser comes back as an error with a position instead of ending the caller.
 */
export function parseYamlSafely(
  text: string,
  options: YamlParseOptions,
  maxLength = Infinity,
): { doc: Document.Parsed; error?: undefined } | { doc?: undefined; error: { message: string; at: number } } {
  if (text.length > maxLength) return { error: { message: `${text.length.toLocaleString('en')} characters long; the limit is ${maxLength.toLocaleString('en')}`, at: 0 } };
  const deep = yamlTooDeep(text);
  if (deep) return { error: { message: `nested ${deep.depth} levels deep; the limit is ${MAX_YAML_DEPTH}`, at: deep.at } };
  try {
    return { doc: parseDocument(text, options) };
  } catch (e) {
    return { error: { message: `could not be read (${e instanceof Error ? e.message : String(e)})`, at: 0 } };
  }
}
