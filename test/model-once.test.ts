// One model per document version: lint() parses once, and every editor feature reads the model it returned.
import { describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintService, type LintEntry, type Resolution } from '../server/src/lsp/linting';
import { completeHeading } from '../server/src/lsp/completion';
import { documentSymbols } from '../server/src/lsp/symbols';
import { hover } from '../server/src/lsp/hover';
import { readiness } from '../server/src/core/readiness';
import { lint } from '../server/src/core/lint';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../server/src/model/parse', async (original) => {
  const real = await original<typeof import('../server/src/model/parse')>();
  return {
    ...real,
    parseProposal: (...args: Parameters<typeof real.parseProposal>) => {
      parses.count++;
      return real.parseProposal(...args);
    },
    // lint() builds the model in steps (the server runs them in slices): one call is one parse too.
    parseProposalSteps: function* (...args: Parameters<typeof real.parseProposalSteps>) {
      parses.count++;
      return yield* real.parseProposalSteps(...args);
    },
  };
});

const PROPOSAL = [
  '# Night-time sensor pilot',
  '',
  '## Background and need',
  '',
  'Falls at night cost the care homes 40 bed-days a year.',
  '',
  '## Life after launch',
  '',
  'The health committee decides on 2027-10-14 whether the service continues, funded from the operating budget.',
  '',
  '## ',
].join('\n');

const HEADINGS = { exit_plan: ['Life after launch'] };

async function entryFor(text: string, version: number, resolution: Resolution): Promise<{ doc: TextDocument; entry: LintEntry }> {
  const doc = TextDocument.create('file:///w/a.proposal.md', 'markdown', version, text);
  // In-thread, where the mocked parse counts; test/lint-worker.test.ts counts the lints the worker runs per version.
  const service = new LintService({ getDocument: () => doc, resolve: async () => resolution, onResult: () => {}, logError: () => {}, workerScript: null });
  const entry = await service.get(doc.uri);
  return { doc, entry: entry! };
}

describe('one parse per document version', () => {
  it('lint() parses once, with or without heading synonyms and rule options', () => {
    parses.count = 0;
    lint(PROPOSAL);
    expect(parses.count).toBe(1);
    lint(PROPOSAL, { headings: HEADINGS, rules: { 'exit-plan-incomplete': ['warning', { elements: ['payer'] }] } });
    expect(parses.count).toBe(2);
  });

  it('the server lints once per version and hover, outline, completion and readiness parse nothing more', async () => {
    parses.count = 0;
    const { doc, entry } = await entryFor(PROPOSAL, 1, { selected: true, config: { headings: HEADINGS } });
    expect(parses.count).toBe(1);
    const last = doc.lineCount - 1;
    completeHeading(doc, entry, { line: last, character: 3 });
    documentSymbols(doc, entry);
    hover(doc, entry, { line: 6, character: 4 });
    readiness(entry.model!.doc, entry.findings, entry.lang);
    expect(parses.count).toBe(1);
    await entryFor(PROPOSAL + 'R', 2, { selected: true, config: { headings: HEADINGS } });
    expect(parses.count).toBe(2);
  });
});

describe('document-level heading synonyms', () => {
  it('make diagnostics, outline, completion and readiness agree that the exit plan is there', async () => {
    const without = await entryFor(PROPOSAL, 1, { selected: true, config: {} });
    const withHeadings = await entryFor(PROPOSAL, 1, { selected: true, config: { headings: HEADINGS } });
    const state = ({ doc, entry }: { doc: TextDocument; entry: LintEntry }) => ({
      missing: entry.findings.some((f) => f.ruleId === 'exit-plan-missing'),
      offered: (completeHeading(doc, entry, { line: doc.lineCount - 1, character: 3 }) ?? []).some((c) => c.label.includes('Exit plan')),
      readiness: readiness(entry.model!.doc, entry.findings, entry.lang).items.find((i) => i.id === 'exit_plan')!.status,
      outline: documentSymbols(doc, entry)![0].children!.find((s) => s.name === 'Life after launch')!.detail,
    });
    expect(state(without)).toEqual({ missing: true, offered: true, readiness: 'missing', outline: undefined });
    const after = state(withHeadings);
    expect(after).toMatchObject({ missing: false, offered: false, outline: 'Exit plan' });
    expect(after.readiness).not.toBe('missing');
  });

  it('belong to the document, not to a rule: another rule does not change what exit-plan-missing sees', () => {
    const rules = { 'procurement-route-missing': ['warning', { headings: ['Life after launch'] }] } as never;
    expect(lint(PROPOSAL, { rules }).findings.map((f) => f.ruleId)).toContain('exit-plan-missing');
  });
});
