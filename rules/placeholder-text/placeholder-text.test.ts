// Runs placeholder-text's cases, and checks exact ranges (BOM, CRLF, front matter, emoji) and escalation rules.
import { describe, expect, it } from 'vitest';
import rule from './index';
import { run, testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'round 13: a bracket opened on one line and closed on a later one is no slot (a slot is read on one line)', text: '# Pilot\n\n## Plan\n\nWe will [insert the\nnew rota] once agreed, see {{ the\nnotes }}.\n' },
    { name: 'trust22 nn: a filled signature line and a link named "[signatur]" are no slot', text: '# Mandat\n\nGodkjent 3. mars 2027, signert av kommunalsjefen. Sjå [dato og signatur](vedlegg.pdf).\n', language: 'nb' },
    { name: "trust18 nn: a filled date and a bracketed word that asks nothing are no slot", text: "# Prosjekt\n\n| Felt | Innhald |\n|---|---|\n| Prosjektperiode | 1. april 2027 – 31. oktober 2027 |\n\nPVK er gjord [sjå vedlegg 2].\n" },
    { name: 'trust17 en: a date written out (12/03/2027) and a format named inside a word ("odd/mm") are no slot', text: '# Pilot\n\n| Field | Entry |\n|---|---|\n| Date | 12/03/2027 |\n\nDates are stored as ISO 8601.\n' },
    { name: 'trust13 nn: *det er ikkje avklart med frivilligsentralen* reports an open question in prose, not a slot', text: '# Friluftsutlån\n\n## Drift\n\nBiblioteksjefen meinte dette kan løysast med frivillige, men det er ikkje avklart med frivilligsentralen.\n' },
    { name: 'trust13 nb: "(kommer)" inside a sentence (*Sluttrapporten (kommer) i mai 2028*) is prose, not a slot', text: '# Drøftingsteam\n\n## Spredning\n\nSluttrapporten (kommer) i mai 2028.\n' },
    { name: 'trust13 en: "(to follow)" inside a sentence is prose, not a slot', text: '# Pilot\n\n## Dissemination\n\nThe report (to follow) goes to the board in May 2028.\n' },
    { name: 'trust12 nb: a later stage with its condition (*Sone 5 og 6 kommer senere, etter ny konkurranse i 2029*) is a plan, not a hole', text: '# Lekkasjesøk\n\n## Overgang til drift\n\nDriftsingeniøren leder utrullingen til sone 3 og 4. Sone 5 og 6 kommer senere, etter ny konkurranse i 2029.\n' },
    {
      name: 'trust9: joined slot words in a link are link text, not a slot ("[Dato og saksnummer](…)")',
      text: '# Plan\n\nSjå vedtaket: [Dato og saksnummer](https://example.org/sak/41-26)\n',
    },
    {
      name: 'trust7: "fylles ut av" in prose says who fills in a form, and "xx" beside no unit of time is no slot',
      text: '# Søknad\n\n## Gjennomføring\n\nSkjemaet fylles ut av søkeren i ID-porten. Modellen heter XX-Line.\n',
      language: 'nb',
    },
    {
      name: 'trust6: a Hugo shortcode ({{< figure … >}}, {{% note %}}) is site markup, not a slot',
      text: '# Pilot\n\n## Architecture\n\n{{< figure src="sketch.svg" alt="Data flow" caption="Proposed architecture" >}}\n\n{{% note %}}Draft.{{% /note %}}\n',
    },
    {
      name: 'trust5: a currency sign before a real amount is no slot (£6,600, £1.10, a Xerox lease)',
      text: '# Meals\n\n## Budget\n\nLicences cost £6,600 and £1.10 per pupil; the Xerox lease is £40 a month.\n',
    },
    {
      name: 'trust6: a link or a reference whose text ends in a name word is no slot ([Skolens navn](url), [Full name][1])',
      text: '# Pilot\n\n## Bakgrunn\n\nSe [Skolens navn](https://example.org/p) og [Full name][1].\n\n[1]: https://example.org/n\n',
    },
    {
      name: 'a link whose text is a compound name ([Prosjektnavn](url)) is no slot',
      text: '# Pilot\n\n## Bakgrunn\n\nSe [Prosjektnavn](https://example.org/p) for detaljer.\n',
    },
    {
      name: 'issue 8 real documents: "TBC" as the status of a named event in parentheses is no slot',
      text: '# Review\n\n## Planned papers\n\n- Tools and workflows (Registries Workshop TBC)\n- Open registries (Spring Forum TBA)\n',
    },
    {
      name: 'issue 8: a Markdown link text such as [Name](url) is no form slot',
      text: '# Pilot\n\n## Background\n\nSee [Name](https://example.org/names) for the register.\n',
    },
    {
      name: 'a filled-in English proposal',
      text: '---\ntitle: Fall sensors\nbudget:\n  amount: 450000\n---\n# Fall sensors\n\n## Exit plan\n\nThe care committee decides on 2026-10-15.\n',
    },
    {
      name: 'placeholders in code, inline code, HTML comments and YAML comments are not prose',
      text:
        '---\ntitle: Pilot # TODO: shorter title\n---\n# Pilot\n\nUse `{{name}}` in the template.\n\n<!-- TODO: add the budget -->\n\n' +
        '```markdown\nOwner: TBD\n```\n\n    indented code: FIXME\n',
    },
    {
      name: 'real HTML tags and autolinks are not <name> placeholders',
      text:
        '# Pilot\n\nLine one<br>line two<br/> and x<sup>2</sup>.\n\n<details>\n<summary>Budget details</summary>\n\nNOK 450 000.\n</details>\n\n' +
        'See <https://example.no/plan> and <kari@example.no>, and <img src="a.png" alt="chart">.\n',
    },
    {
      name: 'words that contain the markers, and emphatic question marks',
      text: '# Pilot\n\nWhy??? Because the XXXL size and the AXXXB code matter. Our todo-liste lives in Teams. Methodology: TODOs are tracked elsewhere.\n',
    },
    {
      name: 'Norwegian plans that mention clarifying are not placeholders',
      text:
        '# Pilot\n\nSkjemaet fylles inn av brukeren. Dette avklares med personvernombudet i mars 2026. ' +
        'Detaljene kommer senere i rapporten.\n',
    },
    {
      name: 'a URL that contains TODO is not prose',
      text: '# Pilot\n\nSee [the plan](https://example.no/TODO/plan) and [annex](<annex b.md>).\n',
    },
    {
      name: 'a link whose text looks like a bracketed placeholder, and a year range, are not placeholders',
      text: '# Pilot\n\n## Background\n\nSee [Organisation name](https://example.org) for the register. Period 2026–2028.\n',
    },
  ],
  invalid: [
    { name: 'round 13: an unclosed {{ on one line does not swallow the slot on the next', text: '# Pilot\n\n## Plan\n\nOwner: {{ open\nSponsor: {{sponsor}}\n', errors: [{ line: 6, message: '{{sponsor}}' }] },
    { name: "trust18 nn: a compound date slot ([sluttdato]) and a slot that asks to be written in ([Skriv inn status]) are slots", text: "# Prosjekt\n\n| Felt | Innhald |\n|---|---|\n| Prosjektperiode | 1. april 2027 – [sluttdato] |\n\nPersonvernkonsekvensvurdering (PVK): [Skriv inn status]\nKven eig data etter forsøket: [Skriv inn]\n", errors: [{ line: 5, message: '[sluttdato]' }, { line: 7, message: '[Skriv inn status]' }, { line: 8, message: '[Skriv inn]' }] },
    { name: 'trust17 en: a date still written as its format ("[dd/mm/yyyy]", *dd.mm.åååå*) is a slot', text: '# Pilot\n\n| Field | Entry |\n|---|---|\n| Date | [dd/mm/yyyy] |\n\nDato: DD.MM.ÅÅÅÅ\n', errors: [{ line: 5, message: 'dd/mm/yyyy' }, { line: 7, message: 'DD.MM.ÅÅÅÅ' }] },
    { name: 'trust13 nb: *Gevinstansvarlig: ikke avklart* and *Dette er ikke avklart.* still leave a hole', text: '# Pilot\n\n## Forankring\n\nGevinstansvarlig: ikke avklart\n\nDette er ikke avklart.\n', errors: [{ line: 5, message: 'ikke avklart' }, { line: 7, message: 'ikke avklart' }] },
    { name: 'trust13 nb: an answer that is only "(kommer)" is a slot still to fill', text: '# Drøftingsteam\n\n## 8. Hvordan skal resultatene tas i bruk og spres?\n\n(kommer)\n', errors: [{ line: 5, message: '(kommer)' }] },
    { name: 'trust13 en: "Budget: (to follow)" is a slot still to fill', text: '# Pilot\n\n## Costs\n\nBudget: (to follow)\n', errors: [{ line: 5, message: '(to follow)' }] },
    { name: 'trust12 nb: *kommer senere, og …* with no time or condition is still a hole', text: '# Lekkasjesøk\n\n## Overgang til drift\n\nKostnadene kommer senere, og utrullingen planlegges.\n', errors: [{ line: 5, message: 'kommer senere' }] },
    { name: 'trust22 nn: a signature\'s slot joined to another ("[dato / signatur]", "[Date and signature]") is one slot', text: '# Mandat\n\nMandatet er godkjent av kommunalsjefen: [dato / signatur]\n\nApproved: [Date and signature]\n', language: 'nb', errors: [{ line: 3, message: '«[dato / signatur]»' }, { line: 5, message: '«[Date and signature]»' }] },
    {
      name: 'trust9 nn: two form-slot words joined are one slot ("[Dato og saksnummer]", "[Name and role]", "[Namn/stilling]")',
      text: '# Prosjektplan\n\nVedtak om oppstart: [Dato og saksnummer]\n\nSponsor: [Name and role]\n\nKontakt: [Namn/stilling]\n',
      language: 'nb',
      errors: [
        { line: 3, message: '«[Dato og saksnummer]»' },
        { line: 5, message: '«[Name and role]»' },
        { line: 7, message: '«[Namn/stilling]»' },
      ],
    },
    {
      name: 'trust7: a kommune template\'s "Fylles ut av …" as a value, and time or staff written with x\'s (xx timer, xx årsverk)',
      text:
        '# Prosjektplan\n\nAnsvarlig: Fylles ut av enhetsleder\n\n## Opplæring\n\nVeilederne får kurs (xx timer).\n\n' +
        '## Ressurser\n\n- Egeninnsats: xx årsverk\n- Resultatmål: Fyllast ut av prosjektleiar\n',
      language: 'nb',
      errors: [
        { line: 3, message: '«Fylles ut av enhetsleder»' },
        { line: 7, message: '«xx timer»' },
        { line: 11, message: '«xx årsverk»' },
        { line: 12, message: '«Fyllast ut av prosjektleiar»' },
      ],
    },
    {
      name: 'trust5: amounts written with x\'s after a currency sign or code (£xx, £x,xxx, €XX.XX, GBP xx)',
      text: '# Wounds\n\n## Budget\n\n| Item | Cost |\n|---|---|\n| Phones | £xx |\n| Cases | £x,xxx |\n\nLicence after the pilot: €XX.XX per user; hosting GBP xx a year.\n',
      errors: [{ line: 7, message: '"£xx"' }, { line: 8, message: '"£x,xxx"' }, { line: 10, message: '"€XX.XX"' }, { line: 10, message: '"GBP xx"' }],
    },
    {
      name: 'trust6: a slot of a few words ending in the name asked for: [Kommunen sitt namn], [Skolens navn], [Company name]',
      text: '# Plan\n\n| | |\n|---|---|\n| Organisasjon | [Kommunen sitt namn], flyktningtenesta |\n\nSkole: [Skolens navn]. Supplier: [Company name].\n',
      language: 'nb',
      errors: [
        { line: 5, message: '«[Kommunen sitt namn]»' },
        { line: 7, message: '«[Skolens navn]»' },
        { line: 7, message: '«[Company name]»' },
      ],
    },
    {
      name: 'a compound name slot in the title: [Prosjektnavn], [Kommunenamn] (bokmål, nynorsk)',
      text: '# Prosjektskisse: [Prosjektnavn]\n\n## Bakgrunn\n\nSøkar: [Kommunenamn].\n',
      language: 'nb',
      errors: [
        { line: 1, message: '«[Prosjektnavn]»' },
        { line: 5, message: '«[Kommunenamn]»' },
      ],
    },
    {
      name: 'issue 8: "TBC" as a value or after a lower-case field in parentheses is still a slot',
      text: '# Review\n\n## Workshop\n\n- Date: TBC\n- Venue (room TBC)\n',
      errors: [{ line: 5 }, { line: 6 }],
    },
    {
      name: 'trust4: a bracketed note of what is still to come, "[baseline to be pulled from claims register]"',
      text: '# PID\n\n## Objectives\n\n| Objective | Baseline | Target |\n|---|---|---|\n| Claims | [baseline to be pulled from claims register] | -50% |\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'issue 8: a bare form slot such as [Navn] is a placeholder (bokmål)',
      text: '# Søknad\n\n**Kontaktperson:** [Navn]\n\n## Bakgrunn\n\nTekst.\n',
      errors: [{ line: 3, severity: 'warning' }],
    },
    {
      name: 'English markers outside key sections are warnings',
      text: '# Pilot\n\n## Background\n\nBudget: TBD. Start date TBA.\n\nTODO: describe the users.\n',
      errors: [
        { line: 5, severity: 'warning', message: 'Placeholder "TBD"' },
        { line: 5, severity: 'warning', message: 'Placeholder "TBA"' },
        { line: 7, severity: 'warning', message: 'Placeholder "TODO"' },
      ],
    },
    {
      name: 'inside the exit plan, success criteria and anchoring the severity is error',
      text:
        '# Pilot\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}}\n\n### Funding\n\nAnnual cost: xx kr\n\n' +
        '## Success criteria\n\n| Metric | Target |\n|---|---|\n| Falls | ??? |\n\n## Governance\n\nSponsor: <name>\n\n## Risks\n\nFIXME\n',
      errors: [
        { line: 5, severity: 'warning', message: '2 template placeholders left in "Exit plan"', related: [5, 5] },
        { line: 9, severity: 'error', message: '"xx kr" in "Exit plan"' },
        { line: 15, severity: 'error', message: '"???" in "Success criteria"' },
        { line: 19, severity: 'error', message: '"<name>" in "Governance"' },
        { line: 23, severity: 'warning' },
      ],
    },
    {
      name: 'Norwegian holes get bokmål messages; escalated in Videreføring',
      text:
        '# Velferdsteknologi i Nordby kommune\n\n## Bakgrunn og behov\n\nKommunen har mange fall. Tallene kommer senere.\n\n' +
        '## Videreføring etter piloten\n\n- Gevinstansvarlig: avklares senere\n- Driftsansvar: ikke avklart\n- Finansiering etter piloten må avklares.\n- Budsjett: fylles inn\n',
      errors: [
        { line: 5, severity: 'warning', message: 'Plassholdertekst «kommer senere» står igjen' },
        { line: 9, severity: 'error', message: '«avklares senere» i «Videreføring etter piloten»' },
        { line: 10, severity: 'error', message: '«ikke avklart»' },
        { line: 11, severity: 'error', message: '«avklares»' },
        { line: 12, severity: 'error', message: '«fylles inn»' },
      ],
    },
    {
      name: 'nynorsk holes',
      text: '# Pilot\n\n## Bakgrunn\n\nDriftsansvar: avklarast seinare. Finansieringa er ikkje avklart. Tala kjem seinare.\n',
      errors: [
        { line: 5, message: '«avklarast seinare»' },
        { line: 5, message: '«ikkje avklart»' },
        { line: 5, message: '«kjem seinare»' },
      ],
    },
    {
      name: 'front-matter values are checked, keys and comments are not',
      text: '---\ntitle: Pilot\nbudget: TBD\nowner:\n  role: "{{role}}"\n  name: Kari\nsites: [Nordby, TBD]\ntodo: done # FIXME later\n---\n# Pilot\n\nText.\n',
      errors: [
        { line: 3, message: 'front-matter field `budget`' },
        { line: 5, message: '`owner.role`' },
        { line: 7, message: '`sites`' },
      ],
    },
    {
      name: 'CRLF line endings and a BOM keep lines right',
      text: '\uFEFF# Pilot\r\n\r\n## Background\r\n\r\nCost: XXX NOK\r\n\r\nLorem ipsum dolor sit amet.\r\n',
      errors: [
        { line: 5, message: '"XXX NOK"' },
        { line: 7, message: '"Lorem ipsum"' },
      ],
    },
    {
      name: 'fill-in brackets and angle-bracket placeholders that look like tags but are not',
      text: '# Pilot\n\n## Background\n\n[Insert problem statement here]. Contact: <unit/role>, <organisation name>, <title>.\n',
      errors: [
        { line: 5, message: '[Insert problem statement here]' },
        { line: 5, message: '<unit/role>' },
        { line: 5, message: '<organisation name>' },
        { line: 5, message: '<title>' },
      ],
    },
    {
      name: 'template markers as Word templates write them: <INSERT – …>, <INPUT – …>, [Organisation name], 202X (English)',
      text: '# Pilot\n\n## Background\n\nLead: <INSERT – DETAILS OF THE LEAD …>\n\nApplicant: [Organisation name], start 202X.\n\nCost: <INPUT – amount>\n',
      errors: [
        { line: 5, message: 'Placeholder "<INSERT – DETAILS OF THE LEAD …>"' },
        { line: 7, message: 'Placeholder "[Organisation name]"' },
        { line: 7, message: 'Placeholder "202X"' },
        { line: 9, message: 'Placeholder "<INPUT – amount>"' },
      ],
    },
    {
      name: 'bokmål: [Ditt Navn] and xx kr',
      text: '# Pilot\n\n## Bakgrunn\n\nKontaktperson: [Ditt Navn]. Egenandel: xx kr.\n',
      language: 'nb',
      errors: [
        { line: 5, message: '«[Ditt Navn]»' },
        { line: 5, message: '«xx kr»' },
      ],
    },
    {
      name: 'a fresh template: one finding per section counts its slots, each slot a related location; lone TBD apart',
      text:
        '# Pilot\n\n## Exit plan\n\n- Decision: {{forum}} decides on {{YYYY-MM-DD}}\n- Owner in operation: {{unit/role}}\n\n' +
        '## Risiken\n\n| Risk | Mitigation |\n|---|---|\n| Funding | {{…}} |\n| Staff | {{…}} |\n\nBudget: TBD\n\n## Background\n\nContact {{name}}.\n',
      errors: [
        { line: 5, severity: 'warning', message: '3 template placeholders left in "Exit plan"', related: [5, 5, 6] },
        { line: 12, severity: 'warning', message: '2 template placeholders left in "Risiken"', related: [12, 13] },
        { line: 15, severity: 'warning', message: 'Placeholder "TBD"', related: [] },
        { line: 19, severity: 'warning', message: 'Placeholder "{{name}}"' },
      ],
    },
    {
      name: 'a fresh bokmål template gets a bokmål count',
      text: '# Pilot\n\n## Videreføring etter piloten\n\n- Beslutning: {{forum}} vedtar videreføring {{ÅÅÅÅ-MM-DD}}\n',
      language: 'nb',
      errors: [{ line: 5, severity: 'warning', message: '2 plassholdere fra malen står igjen i «Videreføring etter piloten»', related: [5, 5] }],
    },
  ],
};

testRule(rule, cases);

const spans = (text: string, options?: Record<string, unknown>) =>
  run(rule, { name: '', text, options }).map((f) => text.slice(f.start, f.end));

describe('placeholder-text ranges', () => {
  it('covers exactly the placeholder, after a BOM and with CRLF', () => {
    const text = '\uFEFF---\r\ntitle: Pilot\r\nbudget: TBD\r\n---\r\n# Pilot 🚀\r\n\r\nOwner: {{name}} · cost xx kr\r\n';
    const found = run(rule, { name: '', text });
    expect(found.map((f) => [f.start, f.end])).toEqual([
      [text.indexOf('TBD'), text.indexOf('TBD') + 3],
      [text.indexOf('{{name}}'), text.indexOf('{{name}}') + 8],
      [text.indexOf('xx kr'), text.indexOf('xx kr') + 5],
    ]);
  });

  it('merges overlapping patterns into one finding per occurrence', () => {
    expect(spans('# P\n\nCost: XXX kr, then ????? and TBD/TBA.\n')).toEqual(['XXX kr', '?????', 'TBD', 'TBA']);
  });

  it('points into quoted and nested front-matter values', () => {
    const text = '---\nbudget:\n  amount: "{{amount}}"\n  funding_sources:\n    - name: TBD\n---\n# P\n\nText.\n';
    expect(spans(text)).toEqual(['{{amount}}', 'TBD']);
  });

  it('honours a user-set severity over the escalation', () => {
    const text = '# P\n\n## Exit plan\n\nOwner: TBD\n';
    expect(run(rule, { name: '', text }).map((f) => f.severity)).toEqual(['error']);
    expect(run(rule, { name: '', text, options: {} }).map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not read front matter that failed to parse', () => {
    expect(spans('---\ntitle: "TBD\n---\n# P\n\nText.\n')).toEqual([]);
  });
});
