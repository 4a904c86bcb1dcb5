// frontmatter-invalid-yaml: the front matter does not parse as a YAML mapping, so no field can be checked.
import type { Bilingual } from '../types';
import { defineRule } from '../util/define';

/** Plain-language hints for the parser reasons authors meet most; the reason itself is always quoted. */
const HINTS: [RegExp, Bilingual][] = [
  [
    /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/,
    {
      en: 'a value that contains ": " must be in quotes (title: "Fall sensors: phase 2"), and fields start at the beginning of the line',
      nb: 'en verdi som inneholder ": " må stå i anførselstegn (title: "Fallsensorer: fase 2"), og felt starter først på linjen',
    },
  ],
  [/Tabs are not allowed/, { en: 'indent with spaces, not tabs', nb: 'rykk inn med mellomrom, ikke tabulator' }],
  [/Map keys must be unique/, { en: 'this field appears twice; keep one', nb: 'feltet står to ganger; behold ett' }],
  [/Missing closing .?quote/, { en: 'close the quote on this line', nb: 'lukk anførselstegnet på denne linjen' }],
  [/end with a [\]}]/, { en: 'close the bracket that opens on this line', nb: 'lukk parentesen som åpnes på denne linjen' }],
  [/must start at the same column|sufficiently indented|BAD_INDENT/, { en: 'align the indentation of the fields', nb: 'rett opp innrykket til feltene' }],
  [/cannot start with reserved character/, { en: 'put the value in quotes', nb: 'sett verdien i anførselstegn' }],
  [/alias/i, { en: 'a value starting with * is read as a YAML alias; put it in quotes', nb: 'en verdi som starter med * leses som et YAML-alias; sett den i anførselstegn' }],
];

export default defineRule({
  meta: {
    id: 'frontmatter-invalid-yaml',
    description: {
      en: 'The front matter must be valid YAML (key: value lines between --- fences) so its fields can be checked.',
      nb: 'Front matter må være gyldig YAML (linjer med felt: verdi mellom ---) slik at feltene kan kontrolleres.',
    },
    facet: 'frontmatter',
    defaultSeverity: 'error',
    fixable: false,
  },
  messages: {
    syntax: {
      en: 'Front matter is not valid YAML: {reason}{hint}. Until it parses, no front-matter field is checked.',
      nb: 'Front matter er ikke gyldig YAML: {reason}{hint}. Ingen felt i front matter kontrolleres før den kan leses.',
    },
    notMapping: {
      en: 'Front matter must be fields (key: value), not {what}{hint}. Until then no front-matter field is checked.',
      nb: 'Front matter må bestå av felt (felt: verdi), ikke {what}{hint}. Inntil da kontrolleres ingen felt i front matter.',
    },
    unclosed: {
      en: 'Front matter is not closed: add a line with --- after the last field. Until then it is read as body text.',
      nb: 'Front matter er ikke avsluttet: legg til en linje med --- etter siste felt. Inntil da leses den som brødtekst.',
    },
    aList: { en: 'a list', nb: 'en liste' },
    aSingleValue: { en: 'a single value', nb: 'en enkelt verdi' },
    hintColonSpace: { en: ' (put a space after the colon: "title: Pilot")', nb: ' (sett inn mellomrom etter kolon: «title: Pilot»)' },
  },
  defaultOptions: {},
  check(context) {
    const { doc, lang } = context;
    const error = doc.frontMatter?.error;
    if (!error) return;
    const range = { start: error.start, end: error.end };
    if (error.kind === 'unclosed') {
      context.report({ messageId: 'unclosed', ...range });
      return;
    }
    const line = doc.source.slice(error.start, error.end);
    if (error.kind === 'not-mapping') {
      const list = /^\s*-(\s|$)/.test(line);
      const what = context.text(list ? 'aList' : 'aSingleValue');
      // `title:Pilot` is one plain scalar in YAML: the missing space is the usual cause.
      const noSpace = /^[A-Za-z_][\w-]*:\S/.test(line.trim());
      const hint = noSpace ? context.text('hintColonSpace') : '';
      context.report({ messageId: 'notMapping', data: { what, hint }, ...range });
      return;
    }
    // A value like `*see annex` fails as an alias or as "Unexpected scalar"; the line shows the cause better.
    const found = /:\s+\*/.test(line) ? HINTS[HINTS.length - 1] : HINTS.find(([re]) => re.test(error.message));
    const hint = found ? ` (${found[1][lang]})` : '';
    context.report({ messageId: 'syntax', data: { reason: error.message, hint }, ...range });
  },
});
