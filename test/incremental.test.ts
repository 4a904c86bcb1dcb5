// Incremental re-lint equals a full lint: random edit sequences through one chunk cache, compared after every edit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, lintSteps } from '../server/src/core/lint';
import { ChunkCache } from '../server/src/model/chunk-cache';
import { parseMarkdownSteps } from '../server/src/model/parse';
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
];

const SNIPPETS = ['\n## Exit plan\n', '\n# ', '```', '\n```\n', '~~~\n', '---\n', '\n---\n', '...\n', '<!-- ', ' -->', 'TBD', '\n- item\n', '\r\n', '😀', '#', '\n\n', 'x', ' '];

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
        let text = start;
        drain(parseMarkdownSteps(text, cache));
        for (const [e, abandonAfter] of edits) {
          text = apply(text, e);
          // Some lints are dropped half-way, as a newer edit drops them in the editor.
          if (abandonAfter % 3 === 0) {
            const steps = lintSteps(text, config, { cache });
            for (let i = 0; i < abandonAfter && !steps.next().done; i++);
            steps.return(undefined as never);
          }
          const incremental = lint(text, config, { cache });
          const full = lint(text, config);
          expect(incremental.findings).toEqual(full.findings);
          // Positions too, including those no finding points at.
          expect(JSON.stringify(incremental.doc.tree)).toBe(JSON.stringify(full.doc.tree));
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('reuses the nodes of chunks before the edit and copies those after it with moved positions', () => {
    const cache = new ChunkCache();
    const text = '# A\n\nOne.\n\n## B\n\nTwo.\n\n## C\n\nThree.\n';
    const first = drain(parseMarkdownSteps(text, cache));
    const edited = text.replace('Two.', 'Two, more.');
    const second = drain(parseMarkdownSteps(edited, cache));
    expect(second.children[0]).toBe(first.children[0]);
    expect(second.children[2]).not.toBe(first.children[2]);
    const moved = second.children.find((n) => n.type === 'heading' && n.depth === 2 && n.position!.start.line === 9)!;
    expect(moved.position!.start.offset).toBe(edited.indexOf('## C'));
    // The earlier tree still describes the earlier text.
    expect(first.children.find((n) => n.type === 'heading' && n.position!.start.line === 9)!.position!.start.offset).toBe(text.indexOf('## C'));
  });
});
