// Engine behaviour shared by every rule: parsing, positions and the lint loop.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../server/src/model/parse';

describe('front-matter errors point at the line at fault', () => {
  const errorLine = (text: string): string => {
    const e = parseProposal(text).frontMatter?.error;
    return e ? text.slice(e.start, e.end) : '(no error)';
  };

  it('an unclosed quote is reported where it opens, not on the closing fence', () => {
    expect(errorLine('---\ntitle: "Fall sensors\nowner: Kari\n---\n# T\n')).toBe('title: "Fall sensors');
    expect(errorLine("---\r\ntitle: x\r\nowner: 'Kari\r\n---\r\n# T\r\n")).toBe("owner: 'Kari");
  });

  it('an unclosed flow sequence is reported where it opens', () => {
    expect(errorLine('---\ntitle: x\nsites: [Nordby, Sørby\nowner: y\n---\n# T\n')).toBe('sites: [Nordby, Sørby');
  });

  it('quotes in comments and inside words do not count as openers', () => {
    expect(errorLine("---\ntitle: Kari's pilot # it's fine\nsites: [a, b\n---\n# T\n")).toBe('sites: [a, b');
  });

  it('an unresolved alias is reported on the line that uses it', () => {
    const e = parseProposal('---\ntitle: x\nowner: *boss\n---\n# T\n').frontMatter?.error;
    expect(e?.message).toContain('boss');
    expect(e?.kind).toBe('syntax');
    expect('---\ntitle: x\nowner: *boss\n---\n# T\n'.slice(e!.start, e!.end)).toBe('owner: *boss');
  });

  it('tells syntax errors, non-mappings and unclosed blocks apart', () => {
    expect(parseProposal('---\na: 1\na: 2\n---\n# T\n').frontMatter?.error?.kind).toBe('syntax');
    expect(parseProposal('---\n- a\n- b\n---\n# T\n').frontMatter?.error?.kind).toBe('not-mapping');
    expect(parseProposal('---\ntitle: x\n\n# T\n').frontMatter?.error?.kind).toBe('unclosed');
  });
});

describe('configured heading synonyms', () => {
  it('match after the same normalisation as headings (punctuation, numbering, case)', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    const extra = { values: ['Who gains, who loses'], risks: ['4.2 What could go WRONG?'] };
    expect(matchFacets(normalizeHeading('Who gains, who loses'), extra)).toEqual(['values']);
    expect(matchFacets(normalizeHeading('What could go wrong'), extra)).toEqual(['risks']);
    expect(matchFacets(normalizeHeading('Who gains'), extra)).toEqual([]);
  });
});

describe('the document title', () => {
  it('does not count as a facet section when it heads sections of its own', () => {
    const doc = parseProposal('# Digital bedside handover\n\n## Why this pilot\n\nText.\n\n## Risks\n\nSome.\n');
    expect(doc.title?.facets).toEqual([]);
    expect(doc.sectionsFor('exit_plan')).toEqual([]);
    expect(doc.sectionsFor('risks').map((s) => s.heading.text)).toEqual(['Risks']);
  });

  it('keeps its facets when it is the section itself (an annex with plain subsections)', () => {
    const doc = parseProposal('# Exit plan\n\n## Decision\n\nThe council decides.\n\n## Funding\n\nBudget line 3540.\n');
    expect(doc.sectionsFor('exit_plan').map((s) => s.heading.text)).toEqual(['Exit plan']);
  });
});

describe('plain-language question headings', () => {
  it('count as stakeholder, risk and problem-statement sections in English, bokmål and nynorsk', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    expect(matchFacets(normalizeHeading('## Who is involved'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('5. Hvem vi har snakket med'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('Hva som kan gå galt?'))).toEqual(['risks']);
    expect(matchFacets(normalizeHeading('Kva som kan gå gale'))).toEqual(['risks']);
    expect(matchFacets(normalizeHeading('Hvorfor vi trenger dette'))).toEqual(['strategic_alignment']);
    expect(matchFacets(normalizeHeading('What we will do'))).toEqual([]);
  });

  it('count as success-criteria sections in English, bokmål and nynorsk', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    expect(matchFacets(normalizeHeading('## What we want to achieve'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('How we will know it works'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('4. Slik vet vi om det virker'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('Hva vi vil oppnå'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('Kva vi vil oppnå'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('What we want to build'))).toEqual([]);
  });

  it('read generic words of one facet joined as that facet, English and Norwegian (trust9)', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    expect(matchFacets(normalizeHeading('5.8 Continuation and exit'))).toEqual(['exit_plan']);
    expect(matchFacets(normalizeHeading('Continuation & sustainability'))).toEqual(['exit_plan']);
    expect(matchFacets(normalizeHeading('Roller og team'))).toEqual(['anchoring']);
    expect(matchFacets(normalizeHeading('Penger og økonomi'))).toEqual(['resources']);
    // Generic words of two facets name neither; a generic word beside an ordinary one stays as it was.
    expect(matchFacets(normalizeHeading('Continuation and costs'))).toEqual([]);
    expect(matchFacets(normalizeHeading('Exit interviews'))).toEqual([]);
  });

  it('read grant forms\' lettered parts and web pages\' questions (reviewer-written corpus)', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    expect(matchFacets(normalizeHeading('Section E: Who will be involved'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('Section H: Skills and support'))).toEqual(['training']);
    expect(matchFacets(normalizeHeading('Section K: Equality, accessibility and openness'))).toEqual(['values']);
    expect(matchFacets(normalizeHeading('9. Initial risk log'))).toEqual(['risks']);
    expect(matchFacets(normalizeHeading('11. Beyond the pilot'))).toEqual(['exit_plan']);
    expect(matchFacets(normalizeHeading("How we'll know it worked"))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('Why now'))).toEqual(['strategic_alignment']);
    expect(matchFacets(normalizeHeading('Hvem står bak?'))).toEqual(['anchoring']);
    expect(matchFacets(normalizeHeading('Hvem har vært med så langt?'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('Hva skjer etter piloten?'))).toEqual(['exit_plan']);
    // A letter that is a word stays: "Section on a budget" is not a lettered part.
    expect(normalizeHeading('Section A: Summary')).toBe('summary');
    expect(matchFacets(normalizeHeading('Section E: What we will build'))).toEqual([]);
  });

  it('read the headings of published Norwegian plans and søknader, bokmål and nynorsk (trust4)', async () => {
    const { matchFacets, normalizeHeading } = await import('../server/src/model/match');
    expect(matchFacets(normalizeHeading('3 Prosjektorganisasjon'))).toEqual(['anchoring']);
    expect(matchFacets(normalizeHeading('Brukermedvirkning og brukerinvolvering'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('5. Medverknad'))).toEqual(['stakeholders']);
    expect(matchFacets(normalizeHeading('Gevinstar'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('Gevinstplan'))).toEqual(['success']);
    expect(matchFacets(normalizeHeading('Informasjonstryggleik'))).toEqual(['values']);
    expect(matchFacets(normalizeHeading('Overføring til drift'))).toEqual(['exit_plan']);
    expect(matchFacets(normalizeHeading('Finansieringsplan'))).toEqual(['resources']);
    expect(matchFacets(normalizeHeading('Gevinstar for brukarane')).includes('success')).toBe(true);
    expect(matchFacets(normalizeHeading('Overføring av data'))).toEqual([]);
  });
});
