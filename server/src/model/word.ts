// What counts as a word character for detector boundaries: a letter, mark or digit of any script, spelled as a small negated class.

/**
 * Characters that end a word: white space, controls, and the punctuation and symbol blocks of the scripts in use
 * (ASCII, Latin-1, spacing modifiers, general and supplemental punctuation, arrows to dingbats, CJK and full-width
 * punctuation, emoji). Everything else — Latin, Cyrillic, Greek, Arabic, Devanagari, CJK, Hangul, combining marks —
 * is a word character, so a run of Han text is one word with one possible match start, not thousands.
 * Spelled as a negated class because a `\p{L}` lookbehind costs V8 about 1 ms to compile per regex (hundreds of
 * regexes in the lexicon), while this one costs about 0.03 ms. Punctuation of scripts not listed here counts as a
 * word character: a term right after it is missed, never matched inside a word.
 */
export const NON_WORD_CHARS =
  '\\s\\u0000-\\u002F\\u003A-\\u0040\\u005B-\\u005E\\u0060\\u007B-\\u00A9\\u00AB-\\u00B1\\u00B4\\u00B6-\\u00B8\\u00BB\\u00BF\\u00D7\\u00F7' +
  '\\u02C2-\\u02C5\\u02D2-\\u02DF\\u02E5-\\u02EB\\u02ED\\u02EF-\\u02FF\\u037E\\u0387\\u055A-\\u055F\\u0589\\u058A\\u05BE\\u05C0\\u05C3\\u05F3\\u05F4' +
  '\\u060C\\u060D\\u061B-\\u061F\\u066A-\\u066D\\u06D4\\u0964\\u0965\\u0970\\u0E4F\\u0E5A\\u0E5B\\u104A-\\u104F\\u10FB\\u1360-\\u1368\\u166E' +
  '\\u17D4-\\u17D6\\u17D8-\\u17DA\\u1800-\\u180A\\u2000-\\u200B\\u200E-\\u206F\\u20A0-\\u20CF\\u2190-\\u245F\\u2500-\\u2775\\u2794-\\u2BFF' +
  '\\u2E00-\\u2E7F\\u3000-\\u3004\\u3008-\\u3020\\u3030\\u3036\\u3037\\u303D-\\u303F\\u30FB\\uD800-\\uDFFF\\uFD3E\\uFD3F\\uFE10-\\uFE19' +
  '\\uFE30-\\uFE6B\\uFEFF\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF3E\\uFF40\\uFF5B-\\uFF65\\uFFF9-\\uFFFD\\u{1F000}-\\u{1FAFF}\\u{E0000}-\\u{E007F}';

/**
 * NON_WORD_CHARS with each visible character written as itself: the same set, in about a third of the source. Every
 * `\b` of a detector spells the class out four times, and V8 stops optimizing a regex whose source passes 20 KB
 * (match.ts), so the spelling decides how many detectors it optimizes. test/word.test.ts checks every code point.
 */
export const COMPACT_NON_WORD_CHARS = compact(NON_WORD_CHARS);

/** Regex source for one word character (needs the `u` flag). */
export const WORD_CHAR = `[^${COMPACT_NON_WORD_CHARS}]`;

function compact(chars: string): string {
  return chars.replace(/\\u\{([0-9A-F]+)\}|\\u([0-9A-F]{4})/g, (escape, astral: string | undefined, bmp: string | undefined) => {
    const ch = String.fromCodePoint(parseInt(astral ?? bmp ?? '', 16));
    // Letters, digits, punctuation and symbols as themselves, except the ones a class gives a meaning to.
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) && !/^[\\\]\[^-]$/.test(ch) ? ch : escape;
  });
}
