// The readiness view: the five facets as bars, what each lacks and the findings behind it (a click goes to the text),
// in a webview that follows the editor theme; plus the status bar and language status items that open it.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { statusWord, text, type Status } from './l10n';

export interface ReadinessDetail {
  ruleId: string;
  element?: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface ReadinessItem {
  id: string;
  label: string;
  status: Status;
  expects: string;
  details: ReadinessDetail[];
}
export interface Readiness {
  items: ReadinessItem[];
  ready: number;
  total: number;
}

const SCORE: Record<Status, number> = { ok: 1, weak: 0.5, missing: 0.06 };
const ICON: Record<Status, string> = { ok: '$(pass)', weak: '$(warning)', missing: '$(error)' };

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function chart(r: Readiness): string {
  const row = 30;
  const labelWidth = 190;
  const barWidth = 200;
  const rows = r.items.map((item, i) => {
    const y = i * row;
    const w = Math.round(barWidth * SCORE[item.status]);
    return (
      `<text x="0" y="${y + 19}">${escape(item.label)}</text>` +
      `<rect class="track" x="${labelWidth}" y="${y + 6}" width="${barWidth}" height="18" rx="3"/>` +
      `<rect class="bar ${item.status}" x="${labelWidth}" y="${y + 6}" width="${w}" height="18" rx="3"/>` +
      `<text x="${labelWidth + barWidth + 10}" y="${y + 19}" class="word ${item.status}">${escape(statusWord(item.status))}</text>`
    );
  });
  const height = r.items.length * row + 6;
  const width = labelWidth + barWidth + 110;
  return `<svg role="img" aria-label="${escape(text.chartLabel())}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">${rows.join('')}</svg>`;
}

/** The view's body; finding links carry their index into `details` (the flattened findings of every item). */
function body(r: Readiness): string {
  let index = 0;
  const sections = r.items.map((item) => {
    const head = `<h2 class="${item.status}"><span class="dot ${item.status}"></span>${escape(item.label)} <span class="word ${item.status}">${escape(statusWord(item.status))}</span></h2>`;
    if (item.status === 'ok') return `<section data-facet="${item.id}">${head}<p class="quiet">${escape(text.noneMissing())}</p></section>`;
    const findings = item.details
      .map((d) => {
        const line = text.line(d.range.start.line + 1);
        const id = d.element ? `${d.ruleId}/${d.element}` : d.ruleId;
        return `<li><a href="#" data-finding="${index++}" class="sev-${d.severity}">${escape(d.message)}</a> <span class="quiet">${escape(id)} · ${escape(line)}</span></li>`;
      })
      .join('');
    return (
      `<section data-facet="${item.id}">${head}<p><strong>${escape(text.strongHolds())}</strong> ${escape(item.expects)}</p>` +
      `<h3>${escape(text.findings())}</h3><ul>${findings}</ul></section>`
    );
  });
  return `<h1>${escape(text.readinessTitle())}: ${escape(text.readyCount(r.ready, r.total))}</h1>${chart(r)}${sections.join('')}`;
}

function page(nonce: string, content: string): string {
  return `<!DOCTYPE html><html lang="${escape(vscode.env.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 20px; line-height: 1.45; }
h1 { font-size: 1.4em; font-weight: 600; } h2 { font-size: 1.1em; margin: 1.4em 0 .3em; } h3 { font-size: .95em; margin: .6em 0 .2em; }
.ok { --c: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); } .weak { --c: var(--vscode-editorWarning-foreground); } .missing { --c: var(--vscode-editorError-foreground); }
svg { width: 100%; max-width: 560px; height: auto; display: block; } svg text { fill: var(--vscode-foreground); font-size: 13px; } svg text.word { fill: var(--c); font-weight: 600; }
rect.track { fill: var(--vscode-editorWidget-background, var(--vscode-input-background)); stroke: var(--vscode-widget-border, transparent); }
rect.bar { fill: var(--c); }
.word { color: var(--c); font-weight: 600; font-size: .9em; margin-left: .4em; }
.dot { display: inline-block; width: .7em; height: .7em; border-radius: 50%; background: var(--c); margin-right: .5em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; cursor: pointer; } a:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
.quiet { color: var(--vscode-descriptionForeground); font-size: .9em; }
ul { padding-left: 1.2em; margin: .2em 0; } li { margin: .25em 0; }
</style></head><body><main id="root">${content}</main>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
window.addEventListener('message', (e) => { if (e.data && e.data.type === 'render') document.getElementById('root').innerHTML = e.data.html; });
document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('[data-finding]');
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ type: 'reveal', index: Number(a.dataset.finding) });
});
</script></body></html>`;
}

export class ReadinessView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readiness: Readiness | null = null;
  private uri: vscode.Uri | undefined;
  private readonly status = vscode.window.createStatusBarItem('pilotlint.readiness', vscode.StatusBarAlignment.Right, 100);
  private readonly language = vscode.languages.createLanguageStatusItem('pilotlint.readiness', { language: 'markdown' });

  constructor() {
    this.status.name = text.readinessTitle();
    this.status.command = 'pilotlint.showReadiness';
    this.language.name = text.readinessTitle();
    this.language.command = { title: text.showReadiness(), command: 'pilotlint.showReadiness' };
    this.update(null, undefined);
  }

  /** New readiness for the document at `uri` (null: not a proposal). */
  update(readiness: Readiness | null, uri: vscode.Uri | undefined): void {
    this.readiness = readiness;
    this.uri = uri;
    if (!readiness) {
      this.status.hide();
      this.language.text = text.readinessTitle();
      this.language.detail = text.openProposal();
      this.language.severity = vscode.LanguageStatusSeverity.Information;
    } else {
      const count = text.readinessCount(readiness.ready, readiness.total);
      this.status.text = `$(checklist) ${count}`;
      this.status.tooltip = readiness.items.map((i) => `${i.label}: ${statusWord(i.status)}`).join('\n');
      this.status.show();
      this.language.text = `${ICON[worst(readiness)]} ${count}`;
      this.language.detail = readiness.items.filter((i) => i.status !== 'ok').map((i) => `${i.label}: ${statusWord(i.status)}`).join(' · ');
      const w = worst(readiness);
      this.language.severity = w === 'missing' ? vscode.LanguageStatusSeverity.Error : w === 'weak' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }
    if (this.panel && readiness) void this.panel.webview.postMessage({ type: 'render', html: body(readiness) });
  }

  show(): void {
    if (!this.readiness || !this.uri) return void vscode.window.showInformationMessage(`pilotlint: ${text.openProposal()}`);
    if (this.panel) return this.panel.reveal(undefined, true);
    const panel = vscode.window.createWebviewPanel('pilotlint.readiness', text.readinessTitle(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
    });
    this.panel = panel;
    const nonce = randomBytes(16).toString('hex');
    panel.webview.html = page(nonce, body(this.readiness));
    panel.webview.onDidReceiveMessage((m: { type?: string; index?: number }) => {
      if (m?.type === 'reveal' && typeof m.index === 'number') void this.reveal(m.index);
    });
    panel.onDidDispose(() => (this.panel = undefined));
  }

  private async reveal(index: number): Promise<void> {
    const detail = this.readiness?.items.flatMap((i) => i.details)[index];
    if (!detail || !this.uri) return;
    const { start, end } = detail.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
    await vscode.window.showTextDocument(this.uri, { selection, viewColumn: open?.viewColumn ?? vscode.ViewColumn.One });
  }

  dispose(): void {
    this.panel?.dispose();
    this.status.dispose();
    this.language.dispose();
  }
}

function worst(r: Readiness): Status {
  return r.items.some((i) => i.status === 'missing') ? 'missing' : r.items.some((i) => i.status === 'weak') ? 'weak' : 'ok';
}
