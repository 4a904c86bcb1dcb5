// The engine's model and plumbing: positions with BOM/CRLF/emoji, language, directives, waivers, template placement.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { parseProposal } from '../server/src/model/parse';
import { normalizeHeading } from '../server/src/model/match';
import { applyEdits, mergeFixes } from '../server/src/core/fixes';
import type { PilotlintConfig } from '../server/src/core/config';
import type { Facet } from '../rules/types';
import { RULES } from '../rules/index';

/** Only the named rules on, so the tests do not depend on what other rules find. */
function only(...ids: string[]): PilotlintConfig {
  const rules: NonNullable<PilotlintConfig['rules']> = {};
  for (const r of RULES) rules[r.meta.id] = ids.includes(r.meta.id) ? r.meta.defaultSeverity : 'off';
  return { rules };
}

describe('positions', () => {
  it('keeps offsets into the original text when it has a BOM, CRLF and emoji before the finding', () => {
    const text = '\uFEFF---\r\ntitle: 🚀 Fall sensors 👩‍⚕️\r\n---\r\n# 🚀 Pilot 👩‍⚕️\r\n\r\n## Exit plan 🧭\r\n\r\nBudget: TBD 👍\r\n';
    const f = lint(text, only('placeholder-text')).findings.filter((x) => x.ruleId === 'placeholder-text');
    expect(f.length).toBe(1);
    expect(text.slice(f[0].start, f[0].end)).toBe('TBD');
  });

  it('points a missing section at the title heading of a BOM + CRLF document', () => {
    const text = '\uFEFF# 🚀 Pilot\r\n\r\n## Background\r\n\r\nText.';
    const [f] = lint(text, only('exit-plan-missing')).findings;
    expect(text.slice(f.start, f.end)).toBe('# 🚀 Pilot');
  });

  it('inserts a template at a CRLF document end without a trailing newline, keeping CRLF', () => {
    const text = '\uFEFF# Pilot\r\n\r\n## Background\r\n\r\nText.';
    const [f] = lint(text, only('exit-plan-missing')).findings;
    const fixed = applyEdits(text, f.fix!.edits);
    expect(fixed.startsWith('\uFEFF# Pilot\r\n\r\n## Background\r\n\r\nText.\r\n\r\n## Exit plan')).toBe(true);
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});

describe('language', () => {
  it('follows front matter language, else detects bokmål or English', () => {
    expect(parseProposal('---\nlanguage: nb\n---\n# Pilot\n\nThe pilot will be good.').language).toBe('nb');
    expect(parseProposal('# Pilot\n\nKommunen skal prøve ut løsningen og det er viktig for de ansatte.').language).toBe('nb');
    expect(parseProposal('# Pilot\n\nThe municipality will test the solution and it is important for the staff.').language).toBe('en');
    expect(parseProposal('# Pilot\n\nKommunen skal prøve ut løysinga, og det er ikkje berre for dei tilsette. Kva skjer etter piloten? Eit godt spørsmål frå dei.').language).toBe('nn');
  });

  it('writes messages in the document language, and the config language overrides it', () => {
    const nb = '# Pilot\n\nKommunen skal prøve ut løsningen og det er viktig for de ansatte.\n';
    expect(lint(nb, only('exit-plan-missing')).findings[0].message).toMatch(/videreføring/);
    expect(lint(nb, { ...only('exit-plan-missing'), language: 'en' }).findings[0].message).toMatch(/exit plan/i);
  });
});

describe('headings', () => {
  it('matches facets after numbering, emoji and (optional) are stripped, longest synonym first', () => {
    const doc = parseProposal(
      '# T\n\n## 3.2 Strategisk forankring\n\n## Del 4: Gevinstrealisering 🚀\n\n## A) Exit plan (optional)\n\n## Leadership support\n\n## Support\n',
    );
    expect(doc.sections.map((s) => s.facets)).toEqual([[], ['strategic_alignment'], ['exit_plan', 'success'], ['exit_plan'], ['anchoring'], ['training']]);
  });

  it('does not take headings inside code blocks or block quotes as sections', () => {
    const doc = parseProposal('# T\n\n```\n## Exit plan\n```\n\n> ## Exit plan\n');
    expect(doc.sectionsFor('exit_plan')).toEqual([]);
  });

  it('blanks code, inline code and comments in section text but keeps offsets', () => {
    const src = '# T\n\n## Exit plan\n\nPaid by `TODO` <!-- TBD --> the budget.\n\n```\nTBD\n```\n';
    const doc = parseProposal(src);
    const s = doc.sectionsFor('exit_plan')[0];
    expect(s.text).not.toMatch(/TODO|TBD/);
    expect(s.text.length).toBe(src.length - s.contentStart);
    expect(s.text).toContain('the budget');
  });
});

describe('directives', () => {
  const body = '# Pilot\n\n## Exit plan\n\nTBD\n';
  it('disable-next-line silences the next line only', () => {
    const r = lint('# Pilot\n\n## Exit plan\n\n<!-- pilotlint-disable-next-line placeholder-text -->\nTBD\n\nTODO\n', only('placeholder-text'));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['placeholder-text']);
  });
  it('disable ... enable brackets a region', () => {
    const text = '# Pilot\n\n<!-- pilotlint-disable placeholder-text -->\nTBD\n<!-- pilotlint-enable placeholder-text -->\n\nTODO\n';
    const r = lint(text, only('placeholder-text'));
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['TODO']);
  });
  it('disable-file silences everything and a document-level finding honours a disable anywhere', () => {
    expect(lint(`<!-- pilotlint-disable-file -->\n${body}`, only('placeholder-text', 'exit-plan-missing')).findings).toEqual([]);
    const r = lint('# Pilot\n\n## Background\n\n<!-- pilotlint-disable exit-plan-missing -->\n', only('exit-plan-missing'));
    expect(r.findings).toEqual([]);
  });
  it('reports unused directives and unknown rule ids', () => {
    const r = lint('# Pilot\n\n## Exit plan\n\nFine.\n\n<!-- pilotlint-disable-next-line placeholder-text, no-such-rule -->\nAll good.\n', only('placeholder-text'));
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['unknown-rule', 'unused-disable-directive']);
  });
  it('treats a directive inside a code block as text', () => {
    const r = lint('# Pilot\n\n```\n<!-- pilotlint-disable-file -->\n```\n\n## Exit plan\n\nTBD\n', only('placeholder-text'));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['placeholder-text']);
  });
});

describe('waivers', () => {
  it('silences a waived rule and records the reason and count', () => {
    const r = lint('---\nwaivers:\n  exit-plan-missing: "The exit plan is annex B, approved 2026-03-01"\n---\n# Pilot\n', only('exit-plan-missing'));
    expect(r.findings).toEqual([]);
    expect(r.waivers).toEqual([{ ruleId: 'exit-plan-missing', reason: 'The exit plan is annex B, approved 2026-03-01', suppressed: 1 }]);
  });
  it('a waiver without a reason is a finding and does not silence the rule', () => {
    const text = '---\nwaivers:\n  exit-plan-missing: ""\n---\n# Pilot\n';
    const r = lint(text, only('exit-plan-missing'));
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['exit-plan-missing', 'waiver-without-reason']);
    const w = r.findings.find((f) => f.ruleId === 'waiver-without-reason')!;
    expect(text.slice(w.start, w.end)).toBe('waivers:');
  });
  it('an unknown rule id in waivers is reported', () => {
    expect(lint('---\nwaivers:\n  not-a-rule: "because"\n---\n# P\n', only()).findings.map((f) => f.ruleId)).toEqual(['unknown-rule']);
  });
});

describe('configuration', () => {
  it('applies severities from config, and off; "warn" is not a severity, so the rule keeps its default', () => {
    const text = '# Pilot\n\n## Background\n';
    expect(lint(text, { rules: { ...only('exit-plan-missing').rules, 'exit-plan-missing': 'warning' } }).findings[0].severity).toBe('warning');
    expect(lint(text, { rules: { ...only('exit-plan-missing').rules, 'exit-plan-missing': 'warn' as never } }).findings[0].severity).toBe('error');
    expect(lint(text, { rules: { ...only('exit-plan-missing').rules, 'exit-plan-missing': 'off' } }).findings).toEqual([]);
  });
  it('profiles from front matter type change severities under the user config', () => {
    const text = '---\ntype: scale-up\n---\n# Pilot\n';
    const r = lint(text);
    expect(r.profile).toBe('scale-up');
  });
});

describe('template placement', () => {
  it('inserts missing sections in canonical order in one fix-all pass', () => {
    const text = '# Pilot\n\n## Background and need\n\nText.\n\n## Risks\n\nSome.\n';
    const r = lint(text, only('exit-plan-missing', 'success-criteria-missing', 'training-plan-missing', 'owner-roles-missing'));
    const fixed = applyEdits(text, mergeFixes(r.findings.flatMap((f) => (f.fix ? [f.fix] : []))));
    const order = [...fixed.matchAll(/^## (.+)$/gm)].map((m) => m[1].replace(/ \(.*\)$/, ''));
    expect(order).toEqual(['Background and need', 'Organisational anchoring', 'Success criteria', 'Exit plan', 'Training and support', 'Risks']);
    expect(lint(fixed, only('exit-plan-missing', 'success-criteria-missing', 'training-plan-missing', 'owner-roles-missing')).findings).toEqual([]);
  });
  it('uses the heading depth of the main sections', () => {
    const text = '# Pilot\n\n# Background\n\nText.\n';
    const [f] = lint(text, only('exit-plan-missing')).findings;
    expect(f.fix!.edits[0].newText).toMatch(/^\n?# Exit plan/m);
  });
});

describe('team headings', () => {
  it('count a project team or prosjektgruppe as the anchoring section, so the quality rule judges its roles', () => {
    for (const h of ['Project team', '2. Prosjektgruppe', 'Organisering og roller']) {
      expect(parseProposal(`# T\n\n## ${h}\n\nText.\n`).sectionsFor('anchoring').length, h).toBe(1);
    }
    expect(parseProposal('# T\n\n## Team building activities\n\nText.\n').sectionsFor('anchoring')).toEqual([]);
  });
});

describe('next-steps headings', () => {
  it('count "Videre arbeid" and "Next steps" as the exit plan, so exit-plan-incomplete judges them', () => {
    for (const h of ['Videre arbeid', 'Sustainability and scale-up', 'Scaling up']) {
      expect(parseProposal(`# T\n\n## ${h}\n\nText.\n`).sectionsFor('exit_plan').length, h).toBe(1);
    }
    // A bare "Next steps" heads the exit plan where its text looks past the pilot (trust17 en).
    for (const [h, text] of [
      ['6. Next steps', 'If the targets are met, Cabinet decides on roll-out.'],
      ['Neste steg', 'Formannskapet avgjør videreføring i oktober.'],
    ]) {
      expect(parseProposal(`# T\n\n## ${h}\n\n${text}\n`).sectionsFor('exit_plan').length, h).toBe(1);
    }
    expect(parseProposal('# T\n\n## Arbeidsmiljø\n\nText.\n').sectionsFor('exit_plan')).toEqual([]);
  });

  it('leave a bare "Next steps" that only plans the pilot\'s own tasks out of the exit plan', () => {
    for (const [h, text] of [
      ['6. Next steps', 'April: install the sensors and train the crews. November: evaluation report to committee.'],
      ['Neste steg', 'April: montere sensorene. November: evalueringsrapport.'],
    ]) {
      expect(parseProposal(`# T\n\n## ${h}\n\n${text}\n`).sectionsFor('exit_plan'), h).toEqual([]);
    }
  });
});

describe('headings from real proposals (issue 8)', () => {
  const cases: [string, Facet][] = [
    ['Problem', 'strategic_alignment'],
    ['2. Evidence of the problem', 'strategic_alignment'],
    ['Project partners', 'stakeholders'],
    ['Partnere', 'stakeholders'],
    ['Project close', 'exit_plan'],
    ['Adoption strategy', 'exit_plan'],
    ['Hvordan prosjektet får effekt utover prosjektperioden', 'exit_plan'],
    ['Delmål', 'success'],
  ];
  it('trust4: English contractions are written out before matching ("Why we\'re doing this", "Who we\'ve talked to")', () => {
    const read: [string, Facet][] = [
      ["Why we're doing this", 'strategic_alignment'],
      ['Who we’ve talked to', 'stakeholders'],
      ["How we'll know it's working", 'success'],
      ['Who is running the pilot', 'anchoring'],
      ['C4. Who have you involved?', 'stakeholders'],
      ['Risk management', 'risks'],
      ['Evaluation and decision', 'exit_plan'],
      // web pages, slides and grant forms as the blind sets write them
      ['What happens after the trial', 'exit_plan'],
      ['Exit and transition', 'exit_plan'],
      ['Når piloten slutter', 'exit_plan'],
      ['What success looks like', 'success'],
      ['Key performance indicators', 'success'],
      ['How will the project be managed?', 'anchoring'],
      ["Who's who", 'anchoring'],
      ["Who we're working with", 'stakeholders'],
      ['Involving users', 'stakeholders'],
      ['How will you train staff?', 'training'],
      ['Supporting staff', 'training'],
      ['What it costs', 'resources'],
      ['Keeping your data safe', 'values'],
      ['Where we are now', 'strategic_alignment'],
      ['Dagens situasjon', 'strategic_alignment'],
      ["Why we're trialling this", 'strategic_alignment'],
      ['Getting crews ready', 'training'],
      ['5. Who have you worked with so far?', 'stakeholders'],
      ['6. How will you make sure staff are ready?', 'training'],
    ];
    for (const [h, facet] of read) expect(parseProposal(`# T\n\n## ${h}\n\nText.\n`).sectionsFor(facet).length, h).toBe(1);
    expect(parseProposal("# T\n\n## The council's plans\n\nText.\n").sections[1].heading.normalized).toBe('the council s plans');
  });
  it('are read as their facet, in English and Norwegian', () => {
    for (const [h, facet] of cases) {
      expect(parseProposal(`# T\n\n## ${h}\n\nText.\n`).sectionsFor(facet).length, h).toBe(1);
    }
  });
  it('a heading that only contains "problem" inside a word is not the problem statement', () => {
    expect(parseProposal('# T\n\n## Problemløsning i team\n\nText.\n').sectionsFor('strategic_alignment')).toEqual([]);
  });
});

describe('structure as people write it (catalogue E: headings)', () => {
  const headings = (text: string): string[] => parseProposal(text).sections.map((s) => `${s.heading.depth} ${s.heading.text}`);

  it('reads Word outline numbering, an indented sub-level and bold-only lines as headings (English)', () => {
    const text =
      '# Business case\n\n3. Strategic Case\n\nThe council needs fewer falls.\n\n    1. The proposal\n\nSensors in 40 rooms.\n\n' +
      '**Problem**\n\nFalls cost NOK 2 million a year.\n';
    expect(headings(text)).toEqual(['1 Business case', '2 3. Strategic Case', '3 1. The proposal', '2 Problem']);
    expect(parseProposal(text).sectionsFor('strategic_alignment').map((s) => s.heading.text)).toEqual(['3. Strategic Case', 'Problem']);
  });

  it('reads "Del 4 Gevinster" and "3.2 Delmål" as headings (bokmål)', () => {
    const text = '# Søknad\n\nDel 4 Gevinster\n\nFærre fall.\n\n3.2 Delmål\n\n- Halvere antall fall innen 2027.\n';
    expect(headings(text)).toEqual(['1 Søknad', '2 Del 4 Gevinster', '3 3.2 Delmål']);
  });

  it('issue 8: reads Word\'s outline with its sub-level right under it ("1. Strategic Case", "    1. Case for change")', () => {
    const text = '# SOC\n\n1. Strategic Case\n\n    1. Case for change\n\nResidents reported 21,400 defects.\n\n2. Economic Case\n\nThree options.\n';
    expect(headings(text)).toEqual(['1 SOC', '2 1. Strategic Case', '3 1. Case for change', '2 2. Economic Case']);
    const doc = parseProposal(text);
    const first = doc.sections.find((s) => s.heading.text === '1. Strategic Case')!;
    expect(text.slice(first.heading.start, first.heading.end)).toBe('1. Strategic Case');
  });

  it('issue 8: reads Word\'s tab-numbered "1 Bakgrunn" and bold grant-form questions as headings; "40 brukere" stays text', () => {
    const text = '**Søknad**\n\n**B3. What difference will the project make?**\n\nA table.\n\n1 Bakgrunn\n\nTekst.\n\n40 brukere får dispenser\n\nMer tekst.\n';
    expect(headings(text)).toEqual(['1 Søknad', '2 B3. What difference will the project make?', '2 1 Bakgrunn']);
  });

  it('trust14 en: bold letterhead lines above the document\'s own "#" title are not its title; without a "#" title the bold line is', () => {
    const text = '**Carron Valley Council**\n\n**Housing Committee**\n\n# Gas Safety Texts\n\n1. Recommendations\n\nApprove the pilot.\n';
    expect(headings(text)).toEqual(['1 Gas Safety Texts', '2 1. Recommendations']);
    expect(headings('**Carron Valley Council**\n\n**Housing Committee**\n\n## Background\n\nText.\n')[0]).toBe('1 Carron Valley Council');
  });

  it('trust14 en: a contents list whose last item starts the numbering again gives that item back as the first outline title', () => {
    const text =
      '**Brief**\n\nContents\n\n1. Project Definition\n2. Business Case\n3. References\n\n1. Project Definition\n\n    1.1 Background\n\n' +
      'The council runs 68 schools.\n\n2. Business Case\n\nIt costs £48,000.\n';
    expect(headings(text)).toEqual(['1 Brief', '2 1. Project Definition', '3 1.1 Background', '2 2. Business Case']);
    // A numbered list that counts on is a list, and one that ends in a sentence is no title.
    expect(headings('# T\n\n1. Alpha\n2. Beta\n3. Gamma\n4. Delta\n\nText.\n')).toEqual(['1 T']);
    expect(headings('# T\n\n1. Alpha\n2. Beta\n3. Gamma\n\n1. We will start in May.\n\nText.\n')).toEqual(['1 T']);
  });

  it('trust4: a funder\'s long bold question is a heading; a long bold sentence is not', () => {
    const text =
      '**Application**\n\n**C3. What difference will the project make, and how will you measure it?**\n\nOutcomes.\n\n' +
      '**We will also work with every secondary school in the borough over the two years of the project.**\n\nText.\n';
    expect(headings(text)).toEqual(['1 Application', '2 C3. What difference will the project make, and how will you measure it?']);
    expect(parseProposal(text).sectionsFor('success')).toHaveLength(1);
  });

  it('trust18 en: a funder\'s question with its word limit after it is a heading, and the limit is not in its name', () => {
    const text = '**Form**\n\n**9. What will happen when the funding ends? (max 200 words)**\n\nThe council takes it over.\n';
    expect(headings(text)).toEqual(['1 Form', '2 9. What will happen when the funding ends? (max 200 words)']);
    expect(normalizeHeading('9. What will happen when the funding ends? (max 200 words)')).toBe('what will happen when the funding ends');
  });

  it('trust20 nb: a form\'s required-answer asterisk after a bold question is no part of its title; a bold sentence with one stays text', () => {
    const text =
      '**Søknad**\n\n**4. Hva er prosjektets mål, og hvordan vil dere måle om målene nås?\\***\n\nUtlånet skal øke.\n\n' +
      '**10. Risiko** \\*\n\nTabell.\n\n**Vi skal også samarbeide med alle skolene i kommunen gjennom hele prosjektperioden i to år.\\***\n\nTekst.\n';
    expect(headings(text)).toEqual(['1 Søknad', '2 4. Hva er prosjektets mål, og hvordan vil dere måle om målene nås?', '2 10. Risiko']);
    expect(parseProposal(text).sectionsFor('success')).toHaveLength(1);
    expect(parseProposal(text).sectionsFor('risks')).toHaveLength(1);
  });

  it('trust4: Word\'s indented sub-level right after a bullet list is a heading, not part of the last bullet', () => {
    const text =
      '# SOC\n\n1. Management Case\n\n    1. Governance and roles\n\n- Senior Responsible Owner: Clinical Director.\n- The Board decides.\n\n' +
      '    2. Stakeholder engagement\n\nWe have met the patient panel.\n';
    expect(headings(text)).toEqual(['1 SOC', '2 1. Management Case', '3 1. Governance and roles', '3 2. Stakeholder engagement']);
    const doc = parseProposal(text);
    expect(doc.sectionsFor('stakeholders')).toHaveLength(1);
    const governance = doc.sectionsFor('anchoring')[0];
    expect(governance.text).not.toContain('Stakeholder engagement');
  });

  it('trust7 en: a Word outline level right above its own sub-level is a heading ("5. Budget", "5.1 Project costs")', () => {
    const text =
      'Application form\n\n5. Budget\n\n5.1 Project costs\n\n| Item | Cost |\n|---|---|\n| Flights | £38,000 |\n\n' +
      '5.2 Match funding\n\nStaff time in kind.\n\n6. Risks\n\n6.1 Register\n\n7.2 Notes\n\nText.\n';
    // "6. Risks" opens "6.1 Register", which has no body under it; "7.2" is no sub-level of "6.1".
    expect(headings(text)).toEqual(['2 5. Budget', '3 5.1 Project costs', '3 5.2 Match funding', '3 7.2 Notes']);
    const budget = parseProposal(text).sectionsFor('resources').find((s) => s.heading.text === '5. Budget')!;
    expect(budget.text).toContain('Match funding');
  });

  it('trust8 en: a Word export without blank lines keeps its tab-numbered headings, and a table ends at a line with no pipe', () => {
    const text =
      'Plan for a library kiosk\n\n1\tWhy\n1.1\tThe problem\nQueues at the desk are *long* on Mondays.\n' +
      '2\tGoals\n| Metric | Now | Goal |\n|---|---|---|\n| Queue minutes | 12 | 5 |\n3\tTraining\nDesk staff get one hour.\n' +
      'Row 4\tis not\ta title, and 40\tbooks neither.\n';
    expect(headings(text)).toEqual(['2 1\tWhy', '3 1.1\tThe problem', '2 2\tGoals', '2 3\tTraining']);
    const doc = parseProposal(text);
    const rows = doc.blocks.filter((b) => b.kind === 'tableRow');
    expect(rows.map((r) => r.text)).toEqual([expect.stringContaining('Queue minutes')]);
    expect(doc.sectionsFor('training')[0].text).toContain('Desk staff get one hour');
    // A paragraph of tab-numbered titles with no text under any of them stays a paragraph.
    expect(headings('Intro text.\n\n1\tOne\n2\tTwo\n')).toEqual([]);
  });

  it('recognises a heading glued under an image line', () => {
    const text = '# Pilot\n\n<img src="logo.png" alt="logo">\n## Exit plan\nThe committee decides.\n';
    const doc = parseProposal(text);
    expect(doc.sectionsFor('exit_plan').map((s) => text.slice(s.heading.start, s.heading.end))).toEqual(['## Exit plan']);
  });

  it('splits a glued heading at the right place and line with CRLF, lone CR and many images', () => {
    for (const eol of ['\r\n', '\r']) {
      const pairs = Array.from({ length: 300 }, (_, i) => `<img src="p${i}.png">${eol}## Result ${i}${eol}Text ${i}.${eol}${eol}`).join('');
      const text = `# Pilot${eol}${eol}${pairs}<img src="x.png">${eol}## Exit plan${eol}The committee decides.${eol}`;
      const doc = parseProposal(text);
      const exit = doc.sectionsFor('exit_plan');
      expect(exit.map((s) => text.slice(s.heading.start, s.heading.end))).toEqual(['## Exit plan']);
      const heading = doc.tree.children.find((n) => n.type === 'heading' && n.position?.start.offset === exit[0].heading.start)!;
      // 1 title line, 1 blank, 4 lines per pair, then the image line: the heading is on line 2 + 4 × 300 + 2.
      expect(heading.position?.start.line).toBe(1204);
      expect(doc.sections.filter((s) => /^## Result/.test(text.slice(s.heading.start, s.heading.end)))).toHaveLength(300);
    }
  });

  it('keeps real lists, bold sentences, fenced code and a lone last line as they are (limits)', () => {
    const text =
      '# Pilot\n\n1. Install sensors\n2. Train staff\n3. Evaluate\n\n**The pilot starts in March.**\n\nBody.\n\n' +
      '```\n1. Not a heading\n```\n\nText.\n\n**Trailing bold**\n';
    expect(headings(text)).toEqual(['1 Pilot']);
  });
});

describe('where a missing-section finding sits (catalogue E)', () => {
  it('on line 1 when the only H1 comes deep in the document, not on that heading (English)', () => {
    const text = 'Pilot proposal for digital supervision\n\n## Background\n\nText.\n\n' + 'More text.\n\n'.repeat(50) + '# Appendix A\n\nTables.\n';
    const f = lint(text).findings.find((x) => x.ruleId === 'exit-plan-missing')!;
    expect(f.start).toBe(0);
  });
  it('on the title when it opens the document (bokmål)', () => {
    const text = '# Digitalt tilsyn\n\n## Bakgrunn\n\nTekst.\n';
    const f = lint(text, { language: 'nb' }).findings.find((x) => x.ruleId === 'exit-plan-missing')!;
    expect(text.slice(f.start, f.end)).toBe('# Digitalt tilsyn');
  });
});
