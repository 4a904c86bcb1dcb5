// `pilotlint report`: a portfolio of proposals as one self-contained HTML page (inline CSS and SVG), or a Markdown summary.
import type { Lang, Severity } from '../../../rules/types';
import type { Waiver } from '../core/lint';
import { format as fill } from '../core/messages';
import { docsUrl } from '../core/docs';
import { READINESS_IDS, readinessGroupOf, readinessLabel, tally, type Readiness, type ReadinessId, type ReadinessStatus } from '../core/readiness';
import { printable, type CliMessage } from './format';

/** One proposal as the report shows it. */
export interface ReportEntry {
  /** As shown: relative to the current folder when inside it. */
  path: string;
  title: string;
  lang: Lang;
  /** Absent when the file could not be linted; `messages` then says why. */
  readiness?: Readiness;
  messages: CliMessage[];
  waivers: Waiver[];
  errorCount: number;
  warningCount: number;
}

export interface ReportInput {
  entries: ReportEntry[];
  version: string;
  /** ISO date the report was made. */
  date: string;
}

const TEXT = {
  title: { en: 'Scaling readiness of {n} proposals', nb: 'Skaleringsklarhet for {n} forslag' },
  summary: {
    en: 'pilotlint {version}, {date}: {errors} errors and {warnings} warnings in {n} proposals.',
    nb: 'pilotlint {version}, {date}: {errors} feil og {warnings} advarsler i {n} forslag.',
  },
  overview: { en: 'Overview', nb: 'Oversikt' },
  portfolio: { en: 'Proposals per facet', nb: 'Forslag per fasett' },
  proposal: { en: 'Proposal', nb: 'Forslag' },
  readiness: { en: 'Readiness', nb: 'Klarhet' },
  errors: { en: 'Errors', nb: 'Feil' },
  warnings: { en: 'Warnings', nb: 'Advarsler' },
  other: { en: 'Other findings', nb: 'Andre funn' },
  waivers: { en: 'Waivers', nb: 'Unntak' },
  waived: { en: '{n} finding(s) waived', nb: '{n} funn unntatt' },
  none: { en: 'No findings.', nb: 'Ingen funn.' },
  notLinted: { en: 'not linted', nb: 'ikke kontrollert' },
  legend: {
    en: 'Ready: no finding in the facet. Weak: the section is there but falls short. Missing: no section for it.',
    nb: 'På plass: ingen funn i fasetten. Svak: seksjonen finnes, men har mangler. Mangler: ingen seksjon for den.',
  },
  line: { en: 'line', nb: 'linje' },
  more: { en: '… and {n} more', nb: '… og {n} til' },
} satisfies Record<string, Record<Lang, string>>;

const STATUS: Record<ReadinessStatus, Record<Lang, string>> = {
  ok: { en: 'ready', nb: 'på plass' },
  weak: { en: 'weak', nb: 'svak' },
  missing: { en: 'missing', nb: 'mangler' },
};

const SEVERITY: Record<Severity, Record<Lang, string>> = {
  error: { en: 'error', nb: 'feil' },
  warning: { en: 'warning', nb: 'advarsel' },
  info: { en: 'info', nb: 'info' },
  hint: { en: 'hint', nb: 'hint' },
};

const MARK: Record<ReadinessStatus, string> = { ok: '✅', weak: '🟡', missing: '❌' };

/** The language most of the documents are written in (English on a tie): the report speaks to their readers. */
export function reportLanguage(entries: readonly ReportEntry[]): Lang {
  const nb = entries.filter((e) => e.lang === 'nb').length;
  return nb > entries.length - nb ? 'nb' : 'en';
}

const esc = (s: string): string =>
  printable(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Group = ReadinessId | 'other';
const groupOf = (ruleId: string): Group => readinessGroupOf(ruleId) ?? 'other';
const groupLabel = (g: Group, lang: Lang): string => (g === 'other' ? TEXT.other[lang] : readinessLabel(g, lang));

const CSS = `
:root{--ok:#2e7d32;--ok-bg:#dcefdc;--weak:#a66b00;--weak-bg:#fff1c2;--missing:#b3261e;--missing-bg:#fbd9d6;--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px}h3{font-size:15px;margin:16px 0 4px}
p.summary,.path,.legend{color:var(--muted)}
table.heatmap{border-collapse:collapse;width:100%;font-size:14px}
.heatmap th,.heatmap td{border:1px solid var(--line);padding:4px 8px;text-align:center}
.heatmap th{background:#f4f5f7;position:sticky;top:0}
.heatmap td.name{text-align:left;max-width:320px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
td.s-ok{background:var(--ok-bg);color:var(--ok)}td.s-weak{background:var(--weak-bg);color:var(--weak)}td.s-missing{background:var(--missing-bg);color:var(--missing);font-weight:600}
td.s-none{color:var(--muted);font-style:italic}
section.proposal{border-top:2px solid var(--line);margin-top:28px}
.charts{display:flex;gap:32px;flex-wrap:wrap;align-items:flex-start}
ul.findings{list-style:none;padding:0;margin:0}
ul.findings li{padding:3px 0;border-bottom:1px dotted var(--line)}
.sev{display:inline-block;min-width:72px;font-size:12px;font-weight:600;text-transform:uppercase}
.sev-error{color:var(--missing)}.sev-warning{color:var(--weak)}.sev-info,.sev-hint{color:var(--muted)}
.loc{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:6px}
a.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;margin-left:6px}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}
@media print{th{position:static}}
`;

type Text = (k: keyof typeof TEXT, data?: Record<string, string | number>) => string;

/** What both formats open with: the language, its texts, and the title and summary lines. */
function opening(input: ReportInput): { lang: Lang; t: Text; title: string; summary: string } {
  const lang = reportLanguage(input.entries);
  const t: Text = (k, data) => fill(TEXT[k][lang], data);
  const n = input.entries.length;
  const errors = input.entries.reduce((s, e) => s + e.errorCount, 0);
  const warnings = input.entries.reduce((s, e) => s + e.warningCount, 0);
  return { lang, t, title: t('title', { n }), summary: t('summary', { version: input.version, date: input.date, errors, warnings, n }) };
}

export function renderHtml(input: ReportInput): string {
  const { lang, t, title, summary } = opening(input);
  const out: string[] = [];
  out.push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${esc(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="summary">${esc(summary)}</p>`,
    `<h2>${esc(t('portfolio'))}</h2>`,
    portfolioChart(input.entries, lang),
    `<h2>${esc(t('overview'))}</h2>`,
    heatmap(input.entries, lang, t),
    `<p class="legend">${esc(t('legend'))}</p>`,
  );
  input.entries.forEach((e, i) => out.push(proposalSection(e, i, lang, t)));
  out.push('</body></html>\n');
  return out.join('\n');
}

function heatmap(entries: readonly ReportEntry[], lang: Lang, t: Text): string {
  const head = [t('proposal'), t('readiness'), ...READINESS_IDS.map((id) => readinessLabel(id, lang)), t('errors'), t('warnings')];
  const rows = entries.map((e, i) => {
    const name = `<td class="name"><a href="#p${i + 1}" title="${esc(e.path)}">${esc(e.title)}</a></td>`;
    if (!e.readiness) {
      return `<tr>${name}<td class="s-none" colspan="${READINESS_IDS.length + 1}">${esc(t('notLinted'))}</td><td>${e.errorCount}</td><td>${e.warningCount}</td></tr>`;
    }
    const cells = e.readiness.items.map((item) => `<td class="s-${item.status}" title="${esc(item.findings.join(', '))}">${esc(STATUS[item.status][lang])}</td>`);
    return `<tr>${name}<td>${e.readiness.ready}/${e.readiness.total}</td>${cells.join('')}<td>${e.errorCount}</td><td>${e.warningCount}</td></tr>`;
  });
  return `<table class="heatmap"><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

const COLOR: Record<ReadinessStatus, string> = { ok: 'var(--ok)', weak: '#e0a100', missing: 'var(--missing)' };
const LABEL_W = 190;
const BAR_W = 300;
const ROW_H = 24;

/** For each facet, how many proposals are ready, weak or missing, as one stacked bar. */
function portfolioChart(entries: readonly ReportEntry[], lang: Lang): string {
  const linted = entries.flatMap((e) => (e.readiness ? [e.readiness] : []));
  const counts = tally(linted);
  const total = Math.max(1, linted.length);
  const rows = READINESS_IDS.map((id, row) => {
    const y = row * ROW_H;
    let x = LABEL_W;
    const segments = (['ok', 'weak', 'missing'] as const).map((status) => {
      const w = (counts[id][status] / total) * BAR_W;
      const seg = w > 0
        ? `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 6}" fill="${COLOR[status]}"><title>${esc(`${STATUS[status][lang]}: ${counts[id][status]}`)}</title></rect>` +
          (w >= 22 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + ROW_H / 2 + 4}" text-anchor="middle" style="fill:#fff">${counts[id][status]}</text>` : '')
        : '';
      x += w;
      return seg;
    });
    return `<text x="0" y="${y + ROW_H / 2 + 4}">${esc(readinessLabel(id, lang))}</text>${segments.join('')}`;
  });
  const legendY = READINESS_IDS.length * ROW_H + 14;
  const legend = (['ok', 'weak', 'missing'] as const)
    .map((s, i) => `<rect x="${LABEL_W + i * 100}" y="${legendY - 10}" width="12" height="12" fill="${COLOR[s]}"/><text x="${LABEL_W + i * 100 + 16}" y="${legendY}">${esc(STATUS[s][lang])}</text>`)
    .join('');
  const height = legendY + 6;
  return `<svg role="img" aria-label="${esc(TEXT.portfolio[lang])}" width="${LABEL_W + BAR_W + 10}" height="${height}" viewBox="0 0 ${LABEL_W + BAR_W + 10} ${height}">${rows.join('')}${legend}</svg>`;
}

/** One proposal's five facets as bars: full when ready, half when weak, a stub when missing. */
function readinessChart(r: Readiness, lang: Lang): string {
  const share: Record<ReadinessStatus, number> = { ok: 1, weak: 0.5, missing: 0.06 };
  const rows = r.items.map((item, row) => {
    const y = row * ROW_H;
    const w = share[item.status] * BAR_W;
    return (
      `<text x="0" y="${y + ROW_H / 2 + 4}">${esc(item.label)}</text>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${BAR_W}" height="${ROW_H - 6}" fill="#eef0f3"/>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 6}" fill="${COLOR[item.status]}"><title>${esc(item.findings.join(', ') || STATUS[item.status][lang])}</title></rect>` +
      `<text x="${LABEL_W + BAR_W + 8}" y="${y + ROW_H / 2 + 4}">${esc(STATUS[item.status][lang])}</text>`
    );
  });
  const width = LABEL_W + BAR_W + 80;
  const height = r.items.length * ROW_H;
  return `<svg role="img" aria-label="${esc(`${TEXT.readiness[lang]} ${r.ready}/${r.total}`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`;
}

function proposalSection(e: ReportEntry, i: number, lang: Lang, t: Text): string {
  const out: string[] = [`<section class="proposal" id="p${i + 1}">`, `<h2>${esc(e.title)}${e.readiness ? ` · ${e.readiness.ready}/${e.readiness.total}` : ''}</h2>`, `<p class="path">${esc(e.path)}</p>`];
  if (e.readiness) out.push(`<div class="charts">${readinessChart(e.readiness, lang)}</div>`);
  if (e.messages.length === 0) out.push(`<p>${esc(t('none'))}</p>`);
  const groups: Group[] = [...READINESS_IDS, 'other'];
  for (const g of groups) {
    const list = e.messages.filter((m) => groupOf(m.ruleId) === g);
    if (list.length === 0) continue;
    out.push(`<h3>${esc(groupLabel(g, lang))}</h3><ul class="findings">`);
    for (const m of list) {
      const url = docsUrl(m.ruleId);
      const rule = url ? `<a class="rule" href="${esc(url)}">${esc(m.ruleId)}</a>` : `<code class="rule">${esc(m.ruleId)}</code>`;
      out.push(
        `<li><span class="sev sev-${m.severity}">${esc(SEVERITY[m.severity][lang])}</span><span class="loc" title="${esc(t('line'))} ${m.line}">${m.line}:${m.column}</span>${esc(m.message)}${rule}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (e.waivers.length) {
    out.push(`<h3>${esc(t('waivers'))}</h3><ul class="findings">`);
    for (const w of e.waivers) {
      const url = docsUrl(w.ruleId);
      out.push(`<li><a class="rule" href="${esc(url ?? '#')}">${esc(w.ruleId)}</a>: ${esc(w.reason)} <span class="loc">(${esc(t('waived', { n: w.suppressed }))})</span></li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

// GitHub rejects comments over 65,536 characters; a long error list is cut well before that.
const MAX_LISTED = 50;

/** A summary that fits a pull-request comment: the heatmap as a table, then the errors. */
export function renderMarkdown(input: ReportInput): string {
  const { lang, t, title, summary } = opening(input);
  const cell = (s: string): string => printable(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const head = [t('proposal'), t('readiness'), ...READINESS_IDS.map((id) => readinessLabel(id, lang)), t('errors'), t('warnings')];
  const lines = [
    `### ${title}`,
    '',
    summary,
    '',
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : ':-:')).join('|')}|`,
  ];
  for (const e of input.entries) {
    const name = `\`${cell(e.path).replace(/`/g, "'")}\``;
    const facets = e.readiness ? e.readiness.items.map((item) => MARK[item.status]) : READINESS_IDS.map(() => '–');
    lines.push(`| ${name} | ${e.readiness ? `${e.readiness.ready}/${e.readiness.total}` : t('notLinted')} | ${facets.join(' | ')} | ${e.errorCount} | ${e.warningCount} |`);
  }
  lines.push('', (['ok', 'weak', 'missing'] as const).map((s) => `${MARK[s]} ${STATUS[s][lang]}`).join(' · '));
  const errorList = input.entries.flatMap((e) => e.messages.filter((m) => m.severity === 'error').map((m) => ({ e, m })));
  if (errorList.length) {
    lines.push('', `<details><summary>${t('errors')} (${errorList.length})</summary>`, '');
    for (const { e, m } of errorList.slice(0, MAX_LISTED)) {
      lines.push(`- \`${cell(e.path).replace(/`/g, "'")}:${m.line}\` ${cell(m.message).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))} (\`${m.ruleId}\`)`);
    }
    if (errorList.length > MAX_LISTED) lines.push(`- ${t('more', { n: errorList.length - MAX_LISTED })}`);
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}
