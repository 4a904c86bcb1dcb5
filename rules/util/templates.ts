// Catalogue section templates T1-T8 in English and bokmål, with the facet each one fills and its canonical order.
import type { Facet, Lang, TemplateId } from '../types';
import { FACET_TITLES } from '../../server/src/model/lexicon';

export const TEMPLATE_FACET: Record<TemplateId, Facet> = {
  T1: 'anchoring',
  T2: 'strategic_alignment',
  T3: 'exit_plan',
  T4: 'training',
  T5: 'values',
  T6: 'stakeholders',
  T7: 'success',
  T8: 'risks',
};

/** Where sections belong in a proposal: why, who, with whom, what counts, what then, skills, values, risks. */
export const CANONICAL_ORDER: Facet[] = [
  'strategic_alignment',
  'anchoring',
  'stakeholders',
  'success',
  'exit_plan',
  'resources',
  'training',
  'values',
  'risks',
  'lessons',
];

/** Template headings are the facet titles of the lexicon. */
export const TEMPLATE_TITLE = Object.fromEntries(
  (Object.keys(TEMPLATE_FACET) as TemplateId[]).map((id) => [id, FACET_TITLES[TEMPLATE_FACET[id]]]),
) as Record<TemplateId, Record<Lang, string>>;

/** Template bodies (without the heading line); `{{…}}` placeholders stay flagged until filled. */
const BODY: Record<TemplateId, Record<Lang, string>> = {
  T1: {
    en: `| Level | Role | Name | Commitment (decision ref./signed) |
|---|---|---|---|
| Decision-maker / sponsor | {{role}} | {{name}} | {{case no., date}} |
| Operational manager | {{role}} | {{name}} | {{…}} |
| Frontline lead | {{role}} | {{name}} | {{…}} |

Benefit owner (line manager): {{role}} · Pilot budget: {{amount}} from {{budget line}}`,
    nb: `| Nivå | Rolle | Navn | Forpliktelse (vedtak/signert) |
|---|---|---|---|
| Beslutningstaker / prosjekteier | {{rolle}} | {{navn}} | {{saksnr., dato}} |
| Driftsleder / enhetsleder | {{rolle}} | {{navn}} | {{…}} |
| Leder i førstelinjen | {{rolle}} | {{navn}} | {{…}} |

Gevinstansvarlig (linjeleder): {{rolle}} · Budsjett for piloten: {{beløp}} fra {{budsjettpost}}`,
  },
  T2: {
    en: `Priority addressed: {{goal}} in {{plan/strategy, year}}
Problem size today: {{metric}} = {{value}} ({{source, year}})
Cost of doing nothing: {{…}}`,
    nb: `Prioritert mål: {{mål}} i {{plan/strategi, år}}
Problemets størrelse i dag: {{indikator}} = {{verdi}} ({{kilde, år}})
Kostnaden ved å ikke gjøre noe: {{…}}`,
  },
  T3: {
    en: `- Decision: {{forum}} decides on {{YYYY-MM-DD}} (pilot ends {{YYYY-MM-DD}})
- Scale if {{S1–S3}} are met; adjust if {{…}}; stop if {{…}}
- Owner in operation: {{unit/role}} · Adoption champion: {{role}}, roll-out to {{sites}} by {{date}}
- Annual running cost {{amount}}, funded from {{budget line / økonomiplan year}}
- Procurement route: {{new tender / innovation-partnership option / framework agreement}}
- After-pilot licence and price: {{…}} · Data and IP: {{…}} · If stopped: {{data, equipment, users}}`,
    nb: `- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}} (piloten slutter {{ÅÅÅÅ-MM-DD}})
- Skaler dersom {{S1–S3}} er nådd; juster dersom {{…}}; avslutt dersom {{…}}
- Driftsansvar: {{enhet/rolle}} · Pådriver for innføring: {{rolle}}, spredning til {{steder}} innen {{dato}}
- Årlig driftskostnad {{beløp}}, finansieres over {{budsjettpost / økonomiplan år}}
- Anskaffelsesvei: {{ny konkurranse / opsjon i innovasjonspartnerskap / rammeavtale}}
- Lisens og pris etter piloten: {{…}} · Data og immaterielle rettigheter: {{…}} · Ved avslutning: {{data, utstyr, brukere}}`,
  },
  T4: {
    en: `| Audience | Format | Hours / schedule | Responsible | Materials |
|---|---|---|---|---|
| {{incl. night shift, temporary staff}} | {{…}} | {{…}} | {{super-user}} | {{manual link}} |

Support after go-live: {{…}} · New/temporary staff: {{…}}
Internal effort: {{FTE/hours}} pilot, {{…}} operation; backfill funded by {{…}}`,
    nb: `| Målgruppe | Format | Timer / tidsplan | Ansvarlig | Materiell |
|---|---|---|---|---|
| {{inkl. nattevakt, vikarer}} | {{…}} | {{…}} | {{superbruker}} | {{lenke til brukerveiledning}} |

Brukerstøtte etter oppstart: {{…}} · Nyansatte/vikarer: {{…}}
Egeninnsats: {{årsverk/timer}} i piloten, {{…}} i drift; frikjøp finansieres av {{…}}`,
  },
  T5: {
    en: `Trade-off: {{A}} vs {{B}}, decided by {{role}}; possibly disadvantaged: {{group}}, alternative: {{…}}
Personal data: {{categories}}; legal basis: {{…}}; DPIA: {{status/date}}; data processing agreement: {{status}}
How users and next of kin are informed: {{…}}`,
    nb: `Avveining: {{A}} vs {{B}}, besluttes av {{rolle}}; kan bli skadelidende: {{gruppe}}, alternativ: {{…}}
Personopplysninger: {{kategorier}}; behandlingsgrunnlag: {{…}}; DPIA/PVK: {{status/dato}}; databehandleravtale: {{status}}
Slik informeres brukere og pårørende: {{…}}`,
  },
  T6: {
    en: `| Stakeholder | Level | Concern | Involvement |
|---|---|---|---|
| {{political committee}} | political | {{…}} | inform |
| {{unit manager}} | operational | {{…}} | co-own |
| {{union rep / tillitsvalgt}} | frontline | {{…}} | consult |
| {{patients / next of kin}} | end user | {{…}} | co-design |
| {{IT, procurement, DPO}} | support | {{…}} | consult |`,
    nb: `| Interessent | Nivå | Interesse | Involvering |
|---|---|---|---|
| {{politisk utvalg}} | politisk | {{…}} | informeres |
| {{enhetsleder}} | drift | {{…}} | medeier |
| {{tillitsvalgt}} | førstelinje | {{…}} | høres |
| {{pasienter / pårørende}} | sluttbruker | {{…}} | samskaping |
| {{IT, innkjøp, personvernombud}} | støtte | {{…}} | høres |`,
  },
  T7: {
    en: `| ID | Metric | Baseline (date) | Target | By | Data source | Owner |
|---|---|---|---|---|---|---|
| S1 | {{e.g. 30-day readmissions}} | {{…}} | {{…}} | {{date}} | {{EHR report}} | {{role}} |

Stop/adjust criteria: {{…}}`,
    nb: `| ID | Indikator | Nullpunkt (dato) | Mål | Innen | Datakilde | Ansvarlig |
|---|---|---|---|---|---|---|
| S1 | {{f.eks. reinnleggelser innen 30 dager}} | {{…}} | {{…}} | {{dato}} | {{rapport fra EPJ}} | {{rolle}} |

Kriterier for å stoppe/justere: {{…}}`,
  },
  T8: {
    en: `| Risk | L/I | Mitigation | Owner |
|---|---|---|---|
| No funding after the pilot | {{…}} | {{…}} | {{…}} |
| Champion leaves / staff turnover | {{…}} | {{…}} | {{…}} |
| SME capacity or continuity | {{…}} | {{…}} | {{…}} |`,
    nb: `| Risiko | S/K | Tiltak | Ansvarlig |
|---|---|---|---|
| Ingen finansiering etter piloten | {{…}} | {{…}} | {{…}} |
| Pådriveren slutter / turnover | {{…}} | {{…}} | {{…}} |
| Leverandørens kapasitet eller konkurs | {{…}} | {{…}} | {{…}} |`,
  },
};

/**
 * Outside shift-based health and care there are no night shifts, and next of kin are not whom a service informs
 * (catalogue E): these slots are worded for any public service there.
 */
const NOT_CARE: [string, string][] = [
  ['{{incl. night shift, temporary staff}}', '{{incl. temporary staff, new hires}}'],
  ['{{inkl. nattevakt, vikarer}}', '{{inkl. vikarer, nyansatte}}'],
  ['How users and next of kin are informed', 'How users are informed'],
  ['Slik informeres brukere og pårørende', 'Slik informeres brukerne'],
  ['{{patients / next of kin}}', '{{residents / service users}}'],
  ['{{pasienter / pårørende}}', '{{innbyggere / brukere}}'],
];

function body(id: TemplateId, lang: Lang, care: boolean): string {
  return care ? BODY[id][lang] : NOT_CARE.reduce((t, [a, b]) => t.replace(a, b), BODY[id][lang]);
}

/**
 * The template body's lines in a language, for fixes that add only the missing lines to an existing section;
 * `care: false` words the care-only slots for any service.
 */
export function templateLines(id: TemplateId, lang: Lang, care = true): string[] {
  return body(id, lang, care).split('\n');
}

/** The template as Markdown, heading at the given depth, lines joined with the document's line ending. */
export function renderTemplate(id: TemplateId, lang: Lang, depth: number, eol: string, care: boolean): string {
  // The heading is in the document's language only (catalogue E); the lexicon still recognises both when reading.
  const text = `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${TEMPLATE_TITLE[id][lang]}\n\n${body(id, lang, care)}\n`;
  return text.replace(/\n/g, eol);
}

/** Snippet syntax gives `$`, `\` and (inside a placeholder) `}` meaning, so the literal text escapes them. */
const escapeSnippetText = (s: string): string => s.replace(/[\\$]/g, '\\$&');
const escapeSnippetPlaceholder = (s: string): string => s.replace(/[\\$}]/g, '\\$&');

/**
 * Template text as snippet syntax: each `{{…}}` becomes a numbered tab stop that selects the whole slot (typing
 * replaces the braces too); the last Tab ends after the text.
 */
export function toSnippet(text: string): string {
  let n = 0;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\{\{[^}\r\n]*\}\}/g)) {
    out += escapeSnippetText(text.slice(last, m.index)) + `\${${++n}:${escapeSnippetPlaceholder(m[0])}}`;
    last = m.index + m[0].length;
  }
  return out + escapeSnippetText(text.slice(last)) + '$0';
}
