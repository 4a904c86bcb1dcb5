// UI words of the client in the display language (vscode.l10n reads l10n/bundle.l10n.<language>.json; English is the key).
import * as vscode from 'vscode';

export type Status = 'ok' | 'weak' | 'missing';

/** Status ids as words a reader understands, never the raw ids. */
export function statusWord(status: Status): string {
  switch (status) {
    case 'ok':
      return vscode.l10n.t('Ready');
    case 'weak':
      return vscode.l10n.t('Needs work');
    case 'missing':
      return vscode.l10n.t('Missing');
  }
}

export const text = {
  readinessTitle: () => vscode.l10n.t('Scaling readiness'),
  readinessCount: (ready: number, total: number) => vscode.l10n.t('Scaling readiness {0}/{1}', ready, total),
  readyCount: (ready: number, total: number) => vscode.l10n.t('{0} of {1} ready', ready, total),
  showReadiness: () => vscode.l10n.t('Show readiness'),
  openProposal: () => vscode.l10n.t('Open a pilot proposal to see its scaling readiness.'),
  noneMissing: () => vscode.l10n.t('Nothing is missing here.'),
  strongHolds: () => vscode.l10n.t('A strong proposal has:'),
  findings: () => vscode.l10n.t('Findings'),
  line: (n: number) => vscode.l10n.t('line {0}', n),
  chartLabel: () => vscode.l10n.t('Readiness per facet: a full bar is ready, half a bar needs work, a sliver is missing.'),
};
