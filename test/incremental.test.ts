// Incremental re-lint equals a full lint: random edit sequences through one chunk cache and one rule memo, compared after
// every edit with a lint that starts from nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, lintSteps } from '../server/src/core/lint';
import { ChunkCache } from '../server/src/model/chunk-cache';
import { TextMemo } from '../server/src/model/memo';
import { parseMarkdown, parseMarkdownSteps } from '../server/src/model/parse';
import { drain } from '../server/src/model/steps';
import type { PilotlintConfig } from '../server/src/core/config';

/** Pieces of real proposals, and the constructs an edit can open or close: headings, fences, comments, front matter. */
const PIECES = [
  '---\ntitle: Fall sensors\ntype: pilot-proposal\nlanguage: en\n---\n',
  '---\ntittel: Sensorer\nwaivers:\n  risks-missing: "covered in annex B"\n---\n',
  '# Fall sensors in care homes\n\n',
  '## Exit plan\n\nThe municipal director decides on 2027-03-01 whether the service continues; the care unit owns it after the pilot.\n\n',
  '## Success criteria\n\n- Falls per 1,000 bed days: baseline 4.1 (2025), target 3.0 by 2027-01-01, from the incident register.\n\n',
  '## Opplæring\n\nAlle ansatte på natt og vikarer får opplæring før oppstart. TBD\n\n',
  '### Risks\n\nSensors may fail at night {{owner}}.\n\n',
  '## Objectives\n\nBetter service and happier staff.\n\n',
  '```\n## Exit plan inside code\n```\n\n',
  '<!-- pilotlint-disable placeholder-text -->\n',
  '| metric | baseline |\n|---|---|\n| falls | TBD |\n\n',
  '## Empty\n\n',
  'Plain paragraph with avklares senere.\n\n',
  // What the memoized rule work reads: facts per block, role levels, sentences, cue tests.
  '---\norganisation: Vestby kommune\nsector: municipality\npilot_end: 2027-06-30\nexit_decision_date: 2027-11-15\n---\n',
  '## Anchoring\n\nOwner: Head of home care. The sponsor is the director of health and care.\n\n| Role | Name |\n|---|---|\n| Prosjekteier | Kommunalsjef |\n\n',
  '## Stakeholders\n\n- Nurses and care staff on night shifts\n- The user council and relatives\n- IT service desk\n\n',
  '## Exit plan\n\nThe steering group decides on 2027-05-01. Decision: {{forum}} decides on {{YYYY-MM-DD}}.\n\n',
  'Pilot period: 2026-01-01 to 2026-12-31. We will stop the pilot if falls rise.\n\n',
  '## Lessons\n\nAn earlier pilot in 2023 taught us to train night staff first.\n\n',
  // Whether a sponsor is named anywhere changes who "Prosjekteier" is: the same block reads differently.
  'Prosjekteier: Enhetsleder Kari Nordmann.\n\nPer Hansen er prosjekteier.\n\n',
  // date-in-past reads milestones per block against the document's date.
  '---\nstatus: draft\ndate: 2026-03-01\n---\n',
  'The new routine will be in place by 2025-09-01; staff will be trained by 1 March 2027.\n\n',
  // promoteHeadings takes this sub-level out of the list's last item, a node the chunk cache keeps.
  '- first point\n- last point\n\n    2. Stakeholder engagement\n\nWe meet the council monthly.\n\n',
];

const SNIPPETS = ['The sponsor is the rådmann. ', 'oppdragsgiver', '\n## Exit plan\n', '\n# ', '```', '\n```\n', '~~~\n', '---\n', '\n---\n', '...\n', '<!-- ', ' -->', 'TBD', '\n- item\n', '\r\n', '😀', '#', '\n\n', 'x', ' '];

const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((ps) => ps.join(''));

type Edit = { at: number; del: number; insert: string };
const edit = fc.record({
  /** Where, as a fraction of the text's length, so it fits whatever the earlier edits made of the text. */
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
});

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

const CONFIGS: PilotlintConfig[] = [{}, { rules: { 'exit-plan-missing': ['error', { headings: ['Objectives'] }] } }];

describe('incremental re-lint', () => {
  it('gives the findings and tree of a full lint after every edit of a random sequence', async () => {
    await fc.assert(
      // Async only to let the test worker answer its runner between sequences on a busy machine.
      fc.asyncProperty(doc, fc.array(fc.tuple(edit, fc.nat({ max: 40 })), { minLength: 1, maxLength: 3 }), fc.constantFrom(...CONFIGS), async (start, edits, config) => {
        await new Promise((resolve) => setImmediate(resolve));
        const cache = new ChunkCache();
        const memo = new TextMemo();
        let text = start;
        drain(parseMarkdownSteps(text, cache));
        lint(text, config, { cache, memo });
        for (const [e, abandonAfter] of edits) {
          text = apply(text, e);
          // Some lints are dropped half-way, as a newer edit drops them in the editor.
          if (abandonAfter % 3 === 0) {
            const steps = lintSteps(text, config, { cache, memo });
            for (let i = 0; i < abandonAfter && !steps.next().done; i++);
            steps.return(undefined as never);
          }
          const incremental = lint(text, config, { cache, memo });
          const full = lint(text, config);
          expect(incremental.findings).toEqual(full.findings);
          // Positions too, including those no finding points at.
          expect(JSON.stringify(incremental.doc.tree)).toBe(JSON.stringify(full.doc.tree));
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('reuses the nodes of chunks before the edit and moves those after it in place, without copying them', () => {
    const cache = new ChunkCache();
    const text = '# A\n\nOne.\n\n## B\n\nTwo.\n\n## C\n\nThree.\n';
    const first = drain(parseMarkdownSteps(text, cache));
    const firstC = first.children.find((n) => n.type === 'heading' && n.position!.start.line === 9)!;
    const edited = text.replace('Two.', 'Two, more.');
    const second = drain(parseMarkdownSteps(edited, cache));
    expect(second.children[0]).toBe(first.children[0]);
    const moved = second.children.find((n) => n.type === 'heading' && n.depth === 2 && n.position!.start.line === 9)!;
    expect(moved).toBe(firstC);
    expect(moved.position!.start.offset).toBe(edited.indexOf('## C'));
    expect(second).toEqual(parseMarkdown(edited, 0));
  });

  it('copies a repeated chunk rather than move nodes that are already in the tree', () => {
    const cache = new ChunkCache();
    const text = '# A\n\n## Same\n\nText.\n\n## Same\n\nText.\n';
    drain(parseMarkdownSteps(text, cache));
    // The new chunk's text is one that sits twice: each place needs nodes of its own.
    const edited = '# A\n\n## Same\n\nText.\n\n## Same\n\nText.\n\n## Same\n\nText.\n';
    const tree = drain(parseMarkdownSteps(edited, cache));
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2);
    expect(new Set(headings).size).toBe(3);
    expect(tree).toEqual(parseMarkdown(edited, 0));
    // Typed into the first one, the other two move, each on its own.
    const typed = edited.replace('Text.', 'Text, more.');
    expect(drain(parseMarkdownSteps(typed, cache))).toEqual(parseMarkdown(typed, 0));
  });

  it('gives a repeated chunk that did not move the nodes it had at that place, whichever of its places changed', () => {
    const cache = new ChunkCache();
    const same = '## Same\n\nText.\n\n';
    const text = `# A\n\n${same.repeat(4)}`;
    const first = drain(parseMarkdownSteps(text, cache));
    const sames = (tree: typeof first) => tree.children.filter((n) => n.type === 'heading' && n.depth === 2);
    const before = sames(first);
    // The first place changes to a text of the same length: the other three keep their offsets and their own nodes.
    const edited = text.replace('Text.', 'Txet.');
    const second = drain(parseMarkdownSteps(edited, cache));
    sames(second).slice(1).forEach((n, i) => expect(n).toBe(before[i + 1]));
    expect(second).toEqual(parseMarkdown(edited, 0));
    // Then everything moves by one character, and each place is still parsed as a full parse would.
    const shifted = `x${edited}`;
    expect(drain(parseMarkdownSteps(shifted, cache))).toEqual(parseMarkdown(shifted, 0));
  });

  it('keeps a cached list whole when a Word sub-level nested in its last item is promoted to a heading', () => {
    const cache = new ChunkCache();
    const memo = new TextMemo();
    const text = '# Title\n\n## Plan\n\n- first point\n- last point\n\n    2. Stakeholder engagement\n\nWe meet the council monthly.\n\n## Other\n\nSome text.\n';
    const first = lint(text, {}, { cache, memo });
    expect(first.doc.sections.map((s) => s.heading.text)).toContain('2. Stakeholder engagement');
    // An edit in another chunk: the list's chunk comes from the cache, and must read as it did.
    const edited = text.replace('Some text.', 'Some more text.');
    const incremental = lint(edited, {}, { cache, memo });
    const full = lint(edited, {});
    expect(incremental.doc.sections.map((s) => s.heading.text)).toEqual(full.doc.sections.map((s) => s.heading.text));
    expect(incremental.findings).toEqual(full.findings);
    expect(JSON.stringify(incremental.doc.tree)).toBe(JSON.stringify(full.doc.tree));
  });

  it('re-lints with the rule work of unchanged blocks reused: only the edited block is split again', () => {
    const computed = new Map<string, number>();
    class Counting extends TextMemo {
      override get<T>(table: string, key: string, compute: () => T): T {
        return super.get(table, key, () => {
          computed.set(table, (computed.get(table) ?? 0) + 1);
          return compute();
        });
      }
    }
    const memo = new Counting();
    const cache = new ChunkCache();
    const text = PIECES.join('').replace(/^---[\s\S]*?\n---\n/, '');
    const first = lint(text, {}, { cache, memo });
    const firstSplits = computed.get('sentences') ?? 0;
    expect(firstSplits).toBeGreaterThan(10);
    computed.clear();
    const edited = text.replace('Nurses and care staff', 'Nurses, doctors and care staff');
    const second = lint(edited, {}, { cache, memo });
    // The edited list item, and the stakeholder section's joined text in the role-level tables.
    expect(computed.get('sentences')).toBe(1);
    expect(computed.get('levelsIn') ?? 0).toBeLessThanOrEqual(2);
    expect(second.findings).toEqual(lint(edited, {}).findings);
    // What the memo keeps is the latest lint's entries, not every version's.
    computed.clear();
    lint(edited, {}, { cache, memo });
    expect(computed.size).toBe(0);
    expect(first.findings.length).toBeGreaterThan(0);
  });
});
