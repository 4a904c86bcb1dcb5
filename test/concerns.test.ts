// One concern, one finding (catalogue E): the engine keeps the owning rule's finding and groups per-element findings.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import type { Finding } from '../rules/types';
import { duplicateConcerns, type WildDoc } from './util/wild-corpus';

const ids = (text: string): string[] => lint(text).findings.map((f) => (f.element ? `${f.ruleId}/${f.element}` : f.ruleId));

describe('one concern, one finding', () => {
  it('no exit plan at all: exit-plan-missing owns the missing decision date (English)', () => {
    const found = ids('# Chatbot\n\n## Background\n\nCustomer service gets 4,000 calls a month.\n');
    expect(found).toContain('exit-plan-missing');
    expect(found).not.toContain('exit-decision-date-missing');
  });

  it('an exit plan without a dated decision: exit-decision-date-missing fires once, frontmatter-missing-field does not list the date (bokmål)', () => {
    const text =
      '---\nlanguage: nb\norganisation: Nordby kommune\npilot_start: 2026-01-05\npilot_end: 2026-12-31\n---\n# Pilot\n\n' +
      '## Videreføring etter piloten\n\nKommunestyret avgjør videreføring. Hjemmetjenesten eier tjenesten og betaler fra eget budsjett.\n';
    const found = ids(text);
    expect(found.filter((id) => id === 'exit-decision-date-missing')).toHaveLength(1);
    expect(found.filter((id) => id.startsWith('frontmatter-missing-field'))).toEqual(['frontmatter-missing-field/sponsor']);
    expect(found).not.toContain('exit-plan-incomplete/decision');
  });

  it('trust13 nb: an exit answer that is only a slot ("(kommer)") owns its missing date; a filled one without a date does not (bokmål)', () => {
    const slot = ids('# Søknad\n\n## 8. Hvordan skal resultatene tas i bruk og spres?\n\n(kommer)\n');
    expect(slot).toContain('placeholder-text');
    expect(slot).not.toContain('exit-decision-date-missing');
    expect(slot.filter((id) => id.startsWith('exit-plan-incomplete'))).toEqual([]);
    const filled = ids('# Søknad\n\n## 8. Hvordan skal resultatene tas i bruk og spres?\n\nPPT eier modellen i drift.\n');
    expect(filled).toContain('exit-decision-date-missing');
  });

  it('an empty Risks section is empty-section only (English)', () => {
    const found = lint('# Pilot\n\n## Risks\n\n## Budget\n\nNOK 1 million.\n').findings;
    const onRisks = found.filter((f) => f.start === '# Pilot\n\n'.length);
    expect(onRisks.map((f) => f.ruleId)).toEqual(['empty-section']);
  });

  it('a section whose every line is a placeholder is placeholder-text only; one slot among filled lines is not (English, nynorsk)', () => {
    const text = '# Pilot\n\n## Risks\n\nNone.\n\n## 11. Training and support\n\nTODO: agree the training approach with the manager.\n';
    const at = text.indexOf('## 11.');
    expect(lint(text).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toEqual([]);
    expect(lint(text).findings.map((f) => f.ruleId)).toContain('placeholder-text');
    expect(lint(text, { rules: { 'placeholder-text': 'off' } }).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toContain('training-plan-incomplete');
    const partly = '# Pilot\n\n## Opplæring\n\nTilsette får kurs.\nAnsvarleg: [namn]\n';
    const heading = partly.indexOf('## Opplæring');
    expect(lint(partly, { language: 'nb' }).findings.filter((f) => f.start === heading).map((f) => f.ruleId)).toContain('training-plan-incomplete');
  });

  it('round 9: a labelled slot in brackets ("Equality impact assessment: [TBC]", reported at TBC) leaves its section unfilled (English)', () => {
    const text = '# Booking\n\n## Section 9: Equality impact\n\nEquality impact assessment: [TBC]\n';
    const at = text.indexOf('## Section 9');
    expect(lint(text).findings.map((f) => f.ruleId)).toContain('placeholder-text');
    expect(lint(text).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toEqual([]);
    expect(lint(text, { rules: { 'placeholder-text': 'off' } }).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toContain('value-tradeoffs-missing');
  });

  it('a paragraph with one slot among its sentences is content: the section is read (bokmål, English)', () => {
    const nb = '# Pilot\n\n## Videreføring\n\nOrdningen innføres ved alle skoler fra høsten 2028. Kostnader i drift: avklares senere.\n';
    const at = nb.indexOf('## Videreføring');
    const onHeading = lint(nb, { language: 'nb' }).findings.filter((f) => f.start === at).map((f) => `${f.ruleId}/${f.element ?? ''}`);
    expect(onHeading).toContain('exit-plan-incomplete/owner');
    // The running-cost slot is placeholder-text's: no payer finding beside it (catalogue E).
    expect(onHeading).not.toContain('exit-plan-incomplete/payer');
    expect(lint(nb, { language: 'nb' }).findings.map((f) => f.ruleId)).toContain('placeholder-text');
    const en = '# Pilot\n\n## Exit plan\n\nThe board decides in October 2027. Running cost: TBD.\n';
    const exit = en.indexOf('## Exit plan');
    const enHeading = lint(en).findings.filter((f) => f.start === exit).map((f) => `${f.ruleId}/${f.element ?? ''}`);
    expect(enHeading).toContain('exit-plan-incomplete/owner');
    expect(enHeading).not.toContain('exit-plan-incomplete/payer');
  });

  it('trust7: a sentence that says something before its slot is content; italic template guidance beside a slot is not (bokmål)', () => {
    const told = '# Plan\n\n## Opplæring\n\nSaksbehandlerne får opplæring i løsningen (xx timer).\n';
    const training = told.indexOf('## Opplæring');
    const onTraining = lint(told, { language: 'nb' }).findings.filter((f) => f.start === training).map((f) => `${f.ruleId}/${f.element ?? ''}`);
    expect(onTraining).toContain('training-plan-incomplete/format');
    // The hours are the slot's: placeholder-text reports them (catalogue E).
    expect(onTraining).not.toContain('training-plan-incomplete/hours');
    const guided = '# Plan\n\n## Suksesskriterier\n\n*Hvordan vet vi at prosjektet har lyktes? Angi nullpunkt og mål.*\n\nTBD\n';
    const success = guided.indexOf('## Suksesskriterier');
    expect(lint(guided, { language: 'nb' }).findings.filter((f) => f.start === success).map((f) => f.ruleId)).toEqual([]);
    // Italics alone are the author's own text: without a slot the section is read.
    const italic = '# Plan\n\n## Suksesskriterier\n\n*Færre fall på sykehjemmet.*\n';
    const at = italic.indexOf('## Suksesskriterier');
    expect(lint(italic, { language: 'nb' }).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toContain('stop-criteria-missing');
  });

  it('trust12: a wiki status line ("Status: NOT STARTED") beside a slot leaves the section unfilled; beside content it does not (English, bokmål)', () => {
    const unfilled = '# Review\n\n## Training and support\n\nStatus: NOT STARTED\n\nTODO – agree the onboarding for the review officers.\n';
    const at = unfilled.indexOf('## Training');
    expect(lint(unfilled).findings.filter((f) => f.start === at).map((f) => f.ruleId)).toEqual([]);
    const nb = '# Gjennomgang\n\n## Opplæring\n\nStatus: Ikke startet\n\nTBD\n';
    const nbAt = nb.indexOf('## Opplæring');
    expect(lint(nb, { language: 'nb' }).findings.filter((f) => f.start === nbAt).map((f) => f.ruleId)).toEqual([]);
    // Beside the author's own text the section is read.
    const told = '# Review\n\n## Training and support\n\nStatus: IN PROGRESS\n\nThe review officers get a short briefing.\n';
    const toldAt = told.indexOf('## Training');
    expect(lint(told).findings.filter((f) => f.start === toldAt).map((f) => f.ruleId)).toContain('training-plan-incomplete');
  });

  it('trust4: a paragraph with one slot among sentences that say something is content, so its section is judged (English)', () => {
    const text =
      '# Leaks\n\n## Handover and closure\n\nAt the end of the pilot the Project Executive reports to the Property Board with a recommendation ' +
      'to extend, adjust, or stop. The Property Board meets on [date]. If extended, Facilities Management will own the service.\n';
    const heading = text.indexOf('## Handover');
    const found = lint(text).findings;
    expect(found.map((f) => f.ruleId)).toContain('placeholder-text');
    expect(found.filter((f) => f.start === heading).map((f) => (f.element ? `${f.ruleId}/${f.element}` : f.ruleId))).toContain('exit-plan-incomplete/stop');
    // The Board's meeting date is the slot: no exit-decision-date finding, and the Board is the deciding forum.
    expect(found.map((f) => f.ruleId)).not.toContain('exit-decision-date-missing');
    expect(found.map((f) => `${f.ruleId}/${f.element}`)).not.toContain('exit-plan-incomplete/decision');
  });

  it('an empty section\'s content findings come back when empty-section is off (nb)', () => {
    const text = '# Pilot\n\n## Risiko\n\n## Budsjett\n\nEn million kroner.\n';
    const on = lint(text, { language: 'nb' }).findings.filter((f) => f.start === '# Pilot\n\n'.length);
    const off = lint(text, { language: 'nb', rules: { 'empty-section': 'off' } }).findings.filter((f) => f.start === '# Pilot\n\n'.length);
    expect(on.map((f) => f.ruleId)).toEqual(['empty-section']);
    expect(off.length).toBeGreaterThan(0);
    expect(off.map((f) => f.ruleId)).not.toContain('empty-section');
  });

  it('a placeholder value is placeholder-text only: the missing baseline on that row comes back only when placeholder-text is off (English)', () => {
    const text = '# Pilot\n\n## Success criteria\n\n| ID | Metric | Baseline (date) | Target | By |\n|---|---|---|---|---|\n| S1 | Falls per month | TBD | 20% fewer | 2026-12-31 |\n';
    const row = text.indexOf('| S1');
    const onRow = (config = {}) => lint(text, config).findings.filter((f) => f.start >= row).map((f) => (f.element ? `${f.ruleId}/${f.element}` : f.ruleId));
    expect(onRow()).toEqual(['placeholder-text']);
    expect(onRow({ rules: { 'placeholder-text': 'off' } })).toEqual(['success-criterion-incomplete/baseline']);
  });

  it('a directive for a grouped sub-id is used, not reported as unknown or unused (English)', () => {
    const text =
      '# Chatbot\n\n<!-- pilotlint-disable-next-line stakeholder-levels-incomplete/political -->\n## Stakeholders\n\n- Customer service staff\n- Talkwise Ltd\n';
    const found = lint(text).findings;
    expect(found.map((f) => f.ruleId)).not.toContain('unknown-rule');
    expect(found.map((f) => f.ruleId)).not.toContain('unused-disable-directive');
    const grouped = found.find((f) => f.ruleId === 'stakeholder-levels-incomplete')!;
    expect(grouped.elements).toEqual(['operational', 'end-user', 'support']);
    expect(grouped.message).not.toContain('political');
  });

  it('a waiver names an element, and an unknown rule in a sub-id is still unknown (bokmål)', () => {
    const text =
      '---\nlanguage: nb\nwaivers:\n  frontmatter-missing-field/owner: "eier står i vedlegg A"\n  tull/regel: "finnes ikke"\n---\n# Pilot\n\nTekst.\n';
    const result = lint(text);
    const fm = result.findings.find((f) => f.ruleId === 'frontmatter-missing-field');
    expect(fm?.elements ?? [fm?.element]).not.toContain('owner');
    expect(result.waivers.find((w) => w.ruleId === 'frontmatter-missing-field/owner')?.suppressed).toBe(1);
    expect(result.findings.some((f) => f.ruleId === 'unknown-rule' && f.message.includes('tull/regel'))).toBe(true);
  });
});

describe('the wild corpus duplicate check (test/util/wild-corpus.ts)', () => {
  const doc = (text: string, findings: { ruleId: string; at: string; element?: string }[]): WildDoc => ({
    name: 'x.md', file: 'x.md', expectedFile: 'x.expected.yaml', set: 'tuning', language: 'en', group: 'en', expect: [], forbid: [], text,
    findings: findings.map(({ ruleId, at, element }) => {
      const start = text.indexOf(at);
      return { ruleId, element, start, end: start + at.length, message: '', severity: 'warning' } as unknown as Finding;
    }),
  });

  it('counts a finding about the slot itself as the placeholder\'s concern', () => {
    const text = '# Pilot\n\n## Budget\n\nCosts: TBC.\n';
    expect(duplicateConcerns(doc(text, [{ ruleId: 'placeholder-text', at: 'TBC' }, { ruleId: 'external-funding-only', at: 'Costs: TBC.' }]))).toEqual([
      'external-funding-only on line 5, which placeholder-text owns',
    ]);
  });

  it('counts a missing-element finding on the placeholder\'s line as its concern, wherever it points', () => {
    const text = '# Pilot\n\n## After\n\nThe board decides in May. Payer: TBC.\n';
    expect(duplicateConcerns(doc(text, [{ ruleId: 'placeholder-text', at: 'TBC' }, { ruleId: 'exit-plan-incomplete', element: 'payer', at: 'The board' }]))).toHaveLength(1);
  });

  it('lets a finding about what the rest of the sentence says stand beside the placeholder', () => {
    const text = '# Pilot\n\n## Budget\n\nAlpha costs: TBC (we are waiting for a decision on our Local Digital Fund bid).\n';
    const sentence = text.slice(text.indexOf('Alpha'), text.indexOf(').') + 2);
    expect(duplicateConcerns(doc(text, [{ ruleId: 'placeholder-text', at: 'TBC' }, { ruleId: 'external-funding-only', at: sentence }]))).toEqual([]);
  });
});
