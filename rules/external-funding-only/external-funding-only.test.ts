// external-funding-only: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'trust24 en: an exit answer whose cost "will come from the … budget" names the payer, as exit-plan-incomplete reads it', text: '# Studios\n\n**9. What will happen when the funding ends?**\n\nIf it continues, the cost of about £18,000 a year will come from the High Street Recovery budget.\n\n**10. Budget summary**\n\nFunding: £48,000 requested from the Culture Fund.\n' },
    { name: "trust16 nb: the owner's share beside a grant in one sentence (*… og kommunen dekker 200 000 kr over …s budsjett*) is own money", text: "# Fukt\n\n## Hva koster det?\n\nHusbanken har gitt 480 000 kr i tilskudd til piloten, og kommunen dekker 200 000 kr over Eiendomsforvaltningens budsjett.\n\n## Hva skjer etter piloten?\n\nFormannskapet avgjør videre bruk.\n" },
    { name: "trust11 en: \"fund\" as a verb (\"we will fund two extra sessions\") names what is paid for, not a fund", text: "# Clubs\n\n## Budget\n\nWe will fund two extra sessions a month.\n" },
    {
      name: 'trust7 en: a UK service\'s own money in its words ("paid for from the digital team\'s existing budget") beside a bid',
      text:
        '# Paths\n\n## Budget\n\nDiscovery was paid for from the digital team\'s existing budget. The alpha depends on our Local Digital Fund bid.\n',
    },
    {
      name: 'issue 8: without front matter, a grant beside the owner\'s own contribution in kind',
      text:
        '# Trykksår\n\n## Budsjett\n\nVi søker 5 mill. kr i tilskudd fra Innovasjon Norge. Sykehuset bidrar med 400 timer fagsykepleier i piloten.\n',
    },
    {
      name: 'issue 8: without front matter, a grant and an exit plan that names the budget that pays afterwards',
      text:
        '# Alerts\n\n## Budget\n\nWe ask the Innovation Fund for a grant of £38,000.\n\n## After the grant\n\nThe service is funded from the Income operating budget.\n',
    },
    {
      name: 'trust6 nb: the own share in its definite or nynorsk form beside a grant ("Egenandelen", *eigeninnsats*)',
      text:
        '# Haller\n\n## Økonomi\n\nVi har søkt 200 000 kr i skjønnsmidler fra Statsforvalteren. Egenandelen på 80 000 kr tas inn i budsjettet.\n',
    },
    {
      name: 'trust6 nn: a grant and the municipality\'s own effort in nynorsk',
      text: '# Skanning\n\n## Ressursar\n\n- Finansiering: 900 000 kr i tilskot frå Helsedirektoratet og 200 000 kr i eigeninnsats frå kommunen\n',
    },
    {
      name: 'a mix of internal and external sources',
      text:
        '---\nbudget:\n  funding_sources:\n    - { source: Driftsbudsjett hjemmetjenesten 2027, type: internal }\n' +
        '    - { source: Helsedirektoratets tilskudd, type: external }\n---\n# Pilot\n',
    },
    {
      name: 'grant-only, but post-pilot funding is named',
      text: '---\nbudget:\n  funding_sources: [Innovasjon Norge]\npost_pilot_funding: Driftsbudsjettet til Eikelund fra 2028\n---\n# Pilot\n',
    },
    {
      name: 'trust14 en: grant-only front matter without post_pilot_funding, but the exit plan names the budget that pays',
      text: "---\nbudget:\n  funding_sources:\n    - { name: Health Innovation Network adoption fund, type: external }\n---\n# Pilot\n\n## After the pilot\n\n- The running cost would be funded from the ICB's planned care budget (line PC-114) from April 2028.\n",
    },
    {
      name: 'trust14 nb: bare eksterne kilder i front matter, men videreføringen sier hvilket budsjett som betaler',
      text: '---\nlanguage: nb\nbudget:\n  funding_sources: [Innovasjon Norge]\n---\n# Pilot\n\n## Videreføring\n\nDriften finansieres fra driftsbudsjettet til helse og omsorg fra 2028.\n',
    },
    {
      name: 'a source that is neither clearly internal nor external is not assumed external',
      text: '---\nbudget:\n  funding_sources: [Prosjekt 4411]\n---\n# Pilot\n',
    },
    {
      name: 'no funding sources at all',
      text: '---\nbudget:\n  amount: 380000\n---\n# Pilot\n',
    },
    {
      name: 'own budget named as a string wins over a grant word',
      text: '---\nfunding_sources: ["Own operating budget, innovation fund line"]\n---\n# Pilot\n',
    },
  ],
  invalid: [
    { name: "trust16 nb: a grant alone, with the kommune only applying for it, is outside money", text: "# Fukt\n\n## Hva koster det?\n\nHusbanken har gitt 480 000 kr i tilskudd til piloten etter søknad fra kommunen.\n\n## Hva skjer etter piloten?\n\nFormannskapet avgjør videre bruk.\n", errors: [{ line: 5 }] },
    { name: "trust11 en: a PID's \"Business case\" is its budget section; the fund's offer is outside money, and the verb \"fund\" beside it is no source", text: "# Home BP\n\n## 3. Business case\n\nThe pilot would buy 60 monitors (£2,700) and fund backfill for the Digital Midwife's time.\n\nThe LMNS digital maternity fund has offered up to £18,000 towards the pilot.\n", errors: [{line: 7}] },
    {
      name: 'trust7 en: an existing grant is still outside money ("our existing grant from the National Lottery")',
      text: '# Paths\n\n## Budget\n\nThe pilot is paid for from our existing grant from the National Lottery.\n',
      errors: [{ line: 5, message: 'funded from outside money only' }],
    },
    {
      name: 'issue 8: without front matter, a budget section funded only by a state grant, and no payer in the exit plan',
      text: '# Vegbelysning\n\n## Økonomi\n\n- 3,2 mill. kr fra Enova\n\n## Veien videre\n\n- Resultatene vil bli vurdert etter piloten\n',
      errors: [{ line: 5, message: 'bare med eksterne midler' }],
    },
    {
      name: 'trust6 nn: a grant applied for is the only funding named, and nothing pays afterwards',
      text: '# Plan\n\n## Budsjett\n\nFinansiering: Tilskot frå Bufdir er søkt.\n\n## Vegen vidare\n\nKommunen vil vurdere vidare drift.\n',
      errors: [{ line: 5, message: 'bare med eksterne midler' }],
    },
    {
      name: 'catalogue D.4: fully grant-funded school pilot, no post_pilot_funding',
      text:
        '---\nsector: school\nbudget:\n  amount: 380000\n  funding_sources:\n    - { source: Directorate for Education grant for digital learning, type: external, amount: 380000 }\n---\n# Reading app\n',
      errors: [{ line: 3, severity: 'warning', message: 'Every funding source is external (Directorate for Education grant for digital learning)' }],
    },
    {
      name: 'Norwegian grant names as strings; a placeholder post-pilot funding counts as none',
      text: '---\nlanguage: nb\nbudget:\n  funding_sources: [Statsforvalterens skjønnsmidler, EU Interreg]\npost_pilot_funding: TBD\n---\n# Pilot\n',
      errors: [{ line: 3, message: 'All finansiering er ekstern (Statsforvalterens skjønnsmidler; EU Interreg)' }],
    },
    {
      name: 'trust24 en: a budget that will be considered names no payer',
      text: '# Studios\n\n**9. What will happen when the funding ends?**\n\nMainstream funding from the revenue budget will be considered by the council.\n\n**10. Budget summary**\n\nFunding: £48,000 requested from the Culture Fund.\n',
      errors: [{ line: 9, message: 'funded from outside money only' }],
    },
    {
      name: 'trust14 en: an exit plan that only promises to look for money names no payer',
      text: '---\nbudget:\n  funding_sources: [NHS England grant]\n---\n# Pilot\n\n## After the pilot\n\nWe will look for recurrent funding.\n',
      errors: [{ line: 2, message: 'Every funding source is external' }],
    },
    {
      name: 'top-level funding_sources with type only (CRLF)',
      text: '---\r\nfunding_sources:\r\n  - type: external\r\n    name: Innovasjon Norge\r\n  - type: ekstern\r\npost_pilot_funding: ""\r\n---\r\n# Pilot\r\n',
      errors: [{ line: 2, message: 'Innovasjon Norge; ekstern' }],
    },
  ],
};

testRule(rule, cases);
