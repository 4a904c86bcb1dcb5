// owner-not-decision-level: its valid and invalid cases (English and Norwegian) and its README examples, run through the engine.
import rule from './index';
import { testRule, type RuleCases } from '../../test/util/rule-tester';

const STRONG_EN = `---
title: Medicine dispensers
owner:
  role: Head of Home Care Services
  name: Ingrid Solberg
sponsor:
  role: Director of Health and Care
  name: Morten Aas
---
# Medicine dispensers

## 2. Organisational anchoring

| Level | Role | Name | Commitment |
|---|---|---|---|
| Decision-maker / sponsor | Director of Health and Care | Morten Aas | Signed letter of commitment, 2026-10-28 |
| Operational manager | Head of Home Care Services | Ingrid Solberg | Owns the pilot budget |
| Frontline lead | Team leader, home care district North | Sara Lindqvist | 40 % released from the roster |
| Benefit owner | Head of Home Care Services (line manager) | Ingrid Solberg | Reports benefits to the committee |

The project manager, Jonas Berg (adviser), runs the day-to-day work.
`;

const NB_NESTED = `---
title: Velferdsteknologi
owner: { role: Enhetsleder hjemmetjenesten, name: Ola Hansen }
sponsor: { role: Kommunalsjef helse og omsorg, name: Berit Dahl }
---
# Velferdsteknologi i hjemmetjenesten

## 2 Prosjektorganisering

Kommunalsjef for helse og omsorg er prosjekteier og leder styringsgruppen. Enhetslederne i sone nord og sør har
driftsansvar. Sykepleierne i sone nord deltar i arbeidsgruppen. Prosjektleder er rådgiver Per Berg.

### 2.1 Gevinstansvarlig

Enhetsleder i sone nord er gevinstansvarlig.
`;

const cases: RuleCases = {
  valid: [
    { name: 'trust21 nb: a question on how the project is anchored in the plans is no organisation section, so there is nothing to judge', text: '# Søknad\n\n**2. Hvordan er prosjektet forankret i kommunenes planer og mål?**\n\nHandlingsplanen for integrering har som mål at flere deltakere når B1.\n' },
    { name: 'trust21 en: "She … will be responsible for making sure the benefits … are delivered" after the manager it refers to', text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Volunteer Coordinator works with the tree officers on the street. Priya Raman, Parks Manager, is the project owner. She holds the parks budget and will be responsible for making sure the benefits in section 6 are delivered after the grant ends.\n" },
    { name: 'trust20 en: a manager "responsible for the reduction in clearance costs" owns that benefit', text: '# Cameras\n\n## Governance\n\nThe Head of Neighbourhood Services is the sponsor. The Enforcement Team Leader owns the trial and manages the enforcement officers. The Street Cleansing Manager is responsible for the reduction in clearance costs.\n' },
    { name: "lever19 en (liberal backstop): a line manager who \"answers for the savings\" once the pilot ends owns the benefits", text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Parks Manager answers for the savings once the pilot ends. The Volunteer Coordinator works with the tree officers on the street.\n" },
    { name: "lever19 nb (liberal backstop): *Driftssjefen tar over gevinstene* names the benefit owner", text: "# Trær\n\n## Organisering\n\nKommunedirektøren er oppdragsgiver. Driftssjefen tar over gevinstene etter piloten. Koordinatoren jobber med parkarbeiderne.\n" },
    { name: "lever19 nb (liberal backstop): a unit's *-sjef* the lexicon has not met (*innkjøpssjef*) beside the kommunedirektør names a second level", text: "# Innkjøp\n\n## Organisering\n\nKommunedirektør Ola Brekke er oppdragsgiver. Innkjøpssjef Kari Nes er prosjekteier og gevinstansvarlig.\n" },
    { name: "lever19 en (liberal backstop): a board beside a head and a manager names two levels", text: "# Museum\n\n## Governance\n\n- **Sponsor:** Head of Culture & Heritage\n- **Owner and benefit owner:** Collections Manager\n- Quarterly report to the Collections Board\n" },
    { name: "trust18 nn: a kultursjef is the culture unit's operational manager, beside a kommunalsjef", text: "# Skåp\n\n### Organisering\n\nRådmannen er oppdragsgjevar. Kommunalsjef for oppvekst og kultur er prosjekteigar. Kultursjefen leiar arbeidet i det daglege og er gevinstansvarleg.\n" },
    { name: 'trust18 en: a manager who "has agreed to own the survival target" owns the benefit', text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Council's Trees and Woodlands Manager has agreed to own the survival target. Our Volunteer Coordinator leads the project day to day with the tree officers on the street.\n" },
    {
      name: 'trust17 en: a manager who "owns the project and is accountable for its benefits" is the benefit owner',
      text: "# Oral history\n\n**6. Who will manage the project?**\n\nThe Director of Communities is the project sponsor. The Manager Libraries owns the project and is accountable for its benefits once the grant ends. Day-to-day delivery rests with the frontline team leader at each branch.\n",
    },
    { name: "trust17 nb: a regnskapssjef is the accounting section's operational manager, beside the kommunedirektør", text: "# Robot\n\n## Organisering\n\nKommunedirektør Øyvind Lie er oppdragsgiver. Regnskapssjef Per Moen leder arbeidet til daglig og er gevinstansvarlig.\n" },
    { name: "trust16 nn: a biblioteksjef is the library's operational manager, beside a kommunalsjef", text: "# Meirope\n\n## Organisering og forankring\n\nKommunalsjef for kultur, Hege Lunde, er prosjektansvarleg og gevinstansvarleg. Biblioteksjef Arne Vik er prosjektleiar.\n" },
    {
      name: 'trust16 en: a head of service who "will be accountable for the service and its results once the grant ends" is the benefit owner',
      text: "# Laptops\n\n**1. Project leadership and governance**\n\nThe Library Director is the executive sponsor. The project owner is Daniel Reyes, Head of Adult Services, who manages the circulation team and will be accountable for the service and its results once the grant ends. Day-to-day delivery is led by the Digital Navigator, who works on the public floor.\n",
    },
    {
      name: "trust15 en: an operations lead \"accountable for realizing the fuel and maintenance savings\" is the benefit owner",
      text: "# Cargo bikes\n\n## Roles and responsibilities\n\n- Executive sponsor: Karen Boyd, Director of Public Works.\n- Operations lead: Ahmed Saleh, Parks Superintendent, who is also accountable for realizing the fuel and maintenance savings.\n- Frontline lead: Maria Chen, Parks Crew Supervisor.\n",
    },
    { name: 'trust12 en: "How is the project governed?" with a benefits owner who is a manager', text: '# Bid\n\n## How is the project governed?\n\n| Role | Name |\n|---|---|\n| Sponsor | Chief Executive |\n| Project owner | Director of Adult Care |\n| Benefits owner | Home Care Service Manager |\n| Lead | Senior practitioner, frontline team |\n' },
    {
      name: 'trust8 en: a body owner who is a Chief Officer ranks at decision level',
      text:
        '# Kiosks\n\n**Owner:** Sam Lee (Chief Officer, Communities)\n\n## Roles and responsibilities\n\n' +
        '| Task | Responsible | Accountable |\n|---|---|---|\n| Run kiosks | Library assistants | Branch Manager |\n\nThe Branch Manager is the benefits owner.\n',
    },
    {
      name: 'trust7 en: a council\'s Service Delivery Manager runs a service, beside a director',
      text:
        '# Permits\n\n## Governance\n\nSponsor: Director of Place. Service Delivery Manager (Parking) leads the parking officers. ' +
        'Benefit owner: Service Delivery Manager (Parking). Approved by the Place board on 3 May 2027.\n',
    },
    {
      name: 'trust5: the coaches a manager runs and the key workers are frontline ("manages the two coaches day to day")',
      text:
        '# Next Step\n\n## C1. Project management and governance\n\nThe project owner is Priya Shah, Employment Support Manager and benefit owner, ' +
        'who manages the two coaches day to day. The key workers meet her weekly.\n',
    },
    {
      name: 'a person who "leder hjemmetjenesten" leads a unit: still a manager',
      text: '# Pilot\n\n## Forankring\n\nKommunalsjef Ola Dahl er prosjekteier (vedtak 12/26). Kari Li leder hjemmetjenesten, eier tjenesten i drift og er gevinstansvarlig.\n',
    },
    {
      name: 'the noun "leder" before a preposition is still a manager ("leder for enheten")',
      text: '# Pilot\n\n## Forankring\n\nKommunalsjef Ola Dahl er prosjekteier (vedtak 12/26). Leder for hjemmetjenesten, Kari Li, eier tjenesten i drift og er gevinstansvarlig.\n',
    },
    {
      name: 'trust4: "the Street Scene Manager owns the service and the benefits" names the benefit owner',
      text:
        '# Bins\n\n## Who is running the trial\n\nThe Director of Environment is the sponsor (Cabinet decision CAB-2026-14). ' +
        'The Street Scene Manager owns the service and the benefits, and the crew supervisor leads it on the ground.\n',
    },
    {
      name: 'a benefit-owner row whose value is a slot, and "Gevinstansvarleg: Fyllast inn", are placeholder-text\'s (catalogue E)',
      text:
        '---\nowner: { role: Director of Shared Services }\n---\n# PID\n\n## Project organisation structure\n\n| Role | Post |\n|---|---|\n| Executive | Director of Shared Services |\n' +
        '| Senior User | Licensing Manager |\n| Benefit owner | <INSERT – DETAILS OF BENEFIT OWNER> |\n',
    },
    {
      name: 'nynorsk "Gevinstansvarleg: Fyllast inn" is a slot',
      text: '---\nowner: { role: Einingsleiar heimetenesta }\n---\n# Pilot\n\n## Organisering\n\n- Prosjekteigar: kommunalsjef\n- Einingsleiar heimetenesta leier drifta\n- Gevinstansvarleg: Fyllast inn\n',
    },
    {
      name: 'trust10 en: "owns the pilot and its benefits" names the benefit owner too',
      text:
        '---\nowner: { role: Assistant Director of Housing }\n---\n# Repairs\n\n## Governance\n\nThe Assistant Director of Housing chairs the board. ' +
        'The Repairs Service Manager owns the pilot and its benefits; the Repairs Planning Team Leader leads the change.\n',
    },
    {
      name: 'the role that "owns the benefits" is the benefit owner',
      text:
        '---\nowner: { role: Assistant Director of Housing }\n---\n# Repairs\n\n## Governance\n\nThe Assistant Director of Housing chairs the board. ' +
        'The Repairs Service Manager owns the benefits and the service in operation; the Repairs Planning Team Leader leads the change.\n',
    },
    { name: 'a strong English anchoring table with four levels and a line-manager benefit owner', text: STRONG_EN },
    {
      name: 'trust13 nn: a church fellesråd, its kyrkjeverje, the gravplassleiar and the graveyard workers are four levels',
      text: '# Robotklipping\n\n## Ansvar og organisering\n\n| Rolle | Kven |\n|---|---|\n| Oppdragsgjevar | Sørvik kyrkjelege fellesråd ved leiar Ingrid Sæbø |\n| Prosjekteigar | Kyrkjeverje Harald Lien |\n| Gevinstansvarleg og dagleg leiing | Gravplassleiar Odd Inge Myrvang |\n| Utførande | Gravplassarbeidarane |\n',
    },
    { name: 'bokmål with inflected roles (enhetslederne, sykepleierne) and a nested benefit-owner subsection', text: NB_NESTED },
    {
      name: 'nynorsk roles (einingsleiar, gevinstansvarleg) and a benefit owner named in parentheses in a table',
      text:
        '---\nowner: { role: Einingsleiar heimetenesta, name: Solveig Fjære }\nsponsor: { role: Kommunalsjef, name: Arne Tveit }\n---\n' +
        '# E-lås\n\n## 2. Forankring\n\n| Rolle | Namn |\n|---|---|\n| Kommunalsjef (prosjekteigar) | Arne Tveit |\n' +
        '| Einingsleiar (eigar, gevinstansvarleg) | Solveig Fjære |\n',
    },
    {
      name: 'no anchoring section and no owner or sponsor: owner-roles-missing covers it',
      text: '# Pilot\n\n## Background\n\nA nurse had the idea.\n',
    },
    {
      name: 'a role word from options: a chief physician counts as operational management (CRLF)',
      text: (
        '---\nowner: { role: Avdelingsoverlege, name: Kari Berg }\nsponsor: { role: Klinikksjef, name: Per Dahl }\n' +
        'benefit_owner: { role: Avdelingsoverlege, name: Kari Berg }\n---\n# Pilot\n\n## Forankring\n\nKlinikksjefen har signert.\n'
      ).replace(/\n/g, '\r\n'),
      options: { roles: { operational: ['avdelingsoverlege'] } },
    },
  ],
  invalid: [
    { name: 'trust21 en: a pronoun after a coordinator is no line manager owning the benefits', text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Parks Manager runs the depot. Our Volunteer Coordinator leads the work day to day. She will be responsible for making sure the benefits are delivered after the grant.\n", errors: [{ line: 3, element: 'benefit-owner' }] },
    { name: "lever19 en (liberal backstop): a line manager \"responsible for reporting the savings\" has a task, not the benefits", text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Parks Manager is responsible for reporting the savings once the pilot ends. The Volunteer Coordinator works with the tree officers on the street.\n", errors: [{ line: 3, element: 'benefit-owner' }] },
    { name: "lever19 en (liberal backstop): directors and a chief executive beside a project manager name the top alone", text: "# Museum\n\n## Governance\n\n- **Sponsor:** Chief Executive\n- **Owner and benefit owner:** Director of Place\n- **Project manager:** Ruth Adeyemi\n", errors: [{ line: 3, element: "levels" }] },
    { name: "trust18 nn: with no kultursjef or other manager beside the kommunalsjef only the decision level is named", text: "# Skåp\n\n### Organisering\n\nRådmannen er oppdragsgjevar. Kommunalsjef for oppvekst og kultur er prosjekteigar og gevinstansvarleg. Silje Vatne er prosjektleiar.\n", errors: [{ line: 3, element: "levels" }] },
    { name: 'trust18 en: a coordinator who "has agreed to own the survival target" is no line manager', text: "# Trees\n\n**7. Who will manage the project?**\n\nOur Chair of Trustees is the project sponsor. The Parks Manager runs the depot. Our Volunteer Coordinator has agreed to own the survival target and works with the tree officers on the street.\n", errors: [{ line: 3, element: 'benefit-owner' }] },
    { name: "trust17 nb: a regnskapsrådgiver is no manager, so beside the kommunedirektør only the decision level is named", text: "# Robot\n\n## Organisering\n\nKommunedirektør Øyvind Lie er oppdragsgiver og gevinstansvarlig. Regnskapsrådgiver Per Moen leder arbeidet til daglig.\n", errors: [{ line: 3, element: "levels" }] },
    { name: "trust16 nn: with no biblioteksjef or other manager beside the kommunalsjef only the decision level is named", text: "# Meirope\n\n## Organisering og forankring\n\nKommunalsjef for kultur, Hege Lunde, er prosjektansvarleg og gevinstansvarleg. Arne Vik er prosjektleiar.\n", errors: [{ line: 3, element: "levels" }] },
    {
      name: 'trust17 en: "responsible for tracking benefits" names a task, not the benefits\' owner',
      text: "# Oral history\n\n**6. Who will manage the project?**\n\nThe Director of Communities is the project sponsor. The Manager Libraries owns the project and is responsible for tracking benefits with the finance team. Day-to-day delivery rests with the frontline team leader at each branch.\n",
      errors: [{ line: 3, element: 'benefit-owner' }],
    },
    {
      name: 'trust16 en: a head of service "responsible for reporting results" owns no benefits',
      text: "# Laptops\n\n**1. Project leadership and governance**\n\nThe Library Director is the executive sponsor. The project owner is Daniel Reyes, Head of Adult Services, who is responsible for reporting results to the funder. Day-to-day delivery is led by the Digital Navigator, who works on the public floor.\n",
      errors: [{ line: 3, element: 'benefit-owner' }],
    },
    {
      name: "trust15 en: a project officer accountable for the savings is no line manager",
      text: "# Cargo bikes\n\n## Roles and responsibilities\n\n- Executive sponsor: Karen Boyd, Director of Public Works.\n- Operations lead: Ahmed Saleh, Parks Superintendent.\n- Frontline lead: Maria Chen, Parks Crew Supervisor.\n- The project officer is accountable for realizing the fuel savings.\n",
      errors: [{ line: 3, element: 'benefit-owner' }],
    },
    {
      name: 'trust13 nn: the gravplassleiar alone, as owner and benefit owner, is one level',
      text: '# Robotklipping\n\n## Ansvar og organisering\n\n| Rolle | Kven |\n|---|---|\n| Prosjekteigar | Gravplassleiar Odd Inge Myrvang |\n| Gevinstansvarleg | Gravplassleiar Odd Inge Myrvang |\n',
      errors: [{ line: 3, element: 'levels' }],
    },
    { name: 'trust21 nb: *Hvordan er prosjektet forankret i kommunenes planer og mål?* asks for the fit with plans; the finding sits on the organisation question', text: '# Søknad\n\n**2. Hvordan er prosjektet forankret i kommunenes planer og mål?**\n\nHandlingsplanen for integrering har som mål at flere deltakere når B1.\n\n**6. Hvordan er prosjektet organisert og forankret?**\n\nProsjektet eies av rektor. Kommunalsjef for oppvekst er oppdragsgiver og leder styringsgruppen.\n', errors: [{ line: 7, element: 'benefit-owner' }] },
    { name: 'trust12 nb: a form\'s question "5. Hvordan er prosjektet forankret og organisert?" is the anchoring section, and it names no gevinstansvarlig', text: '# Søknad\n\n## 5. Hvordan er prosjektet forankret og organisert?\n\n| Rolle | Navn | Stilling |\n|---|---|---|\n| Oppdragsgiver | Liv Andersen | Kommunedirektør |\n| Prosjekteier | Trond Ervik | Kommunalsjef helse og omsorg |\n| Styringsgruppe | Enhetsleder hjemmetjenesten | |\n', errors: [{ line: 3, element: 'benefit-owner' }] },
    {
      name: 'trust10 en: "owns the pilot and its risks" names no benefit owner',
      text:
        '---\nowner: { role: Assistant Director of Housing }\n---\n# Repairs\n\n## Governance\n\nThe Assistant Director of Housing chairs the board. ' +
        'The Repairs Service Manager owns the pilot and its risks; the Repairs Planning Team Leader leads the change.\n',
      errors: [{ line: 6, element: 'benefit-owner' }],
    },
    {
      name: 'trust8 en: a body owner who is a frontline officer, with no sponsor, is the owner finding despite a manager in the RACI',
      text:
        '# Kiosks\n\n**Owner:** Sam Lee (Library Officer)\n\n## Roles and responsibilities\n\n' +
        '| Task | Responsible | Accountable | Informed |\n|---|---|---|---|\n| Run kiosks | Library assistants | Sam Lee | Head of Libraries |\n\n' +
        'The Head of Libraries is the benefits owner.\n',
      errors: [{ line: 5, element: 'owner', message: 'no sponsor is named' }],
    },
    {
      name: 'trust7 en: an agile team\'s delivery manager runs the project and is no line manager; trust10 en: its product owner is the owner, a frontline officer with no sponsor',
      text:
        '# Permits\n\n## Team\n\n- Product owner: Ana Diaz (Parking Officer)\n- Delivery manager: Tom Reid\n- Developers: Li Wu, Sam Ola\n',
      errors: [
        { line: 3, element: 'owner', message: 'The owner is Ana Diaz (Parking Officer) and no sponsor is named' },
        { line: 3, element: 'levels' },
        { line: 3, element: 'benefit-owner' },
      ],
    },
    {
      name: 'issue 8 real documents (miss): "Biblioteket leder prosjektet" is the verb, not a manager: no owner at any level',
      text: '# Webdata\n\n## Prosjektorganisering\n\nBiblioteket leder prosjektet sammen med tre partnere.\n',
      errors: [
        { line: 3, element: 'owner', message: 'Forankringen nevner ingen leder' },
        { line: 3, element: 'levels', message: 'ingen ledere eller ansatte' },
        { line: 3, element: 'benefit-owner' },
      ],
    },
    {
      name: 'issue 8 real documents: roles in an HTML <table> (a Joplin export) are read like Markdown rows; only the benefit owner is missing',
      text: '# Nettsted\n\n## Organisering og roller\n\n<div class="wrapper"><table><tbody><tr><th><p><strong>Rolle</strong></p></th><th><p>Hvem</p></th></tr><tr><td><p>Prosjekteier</p></td><td><p>Daglig leder</p></td></tr><tr><td><p>Styringsgruppe</p></td><td><p>Ledergruppen</p></td></tr></tbody></table></div>\n\nProsjektet gjennomføres med ekstern leverandør.\n',
      errors: [{ line: 3, element: 'benefit-owner' }],
    },
    {
      name: 'the catalogue seed: one nurse is owner, sponsor and contact, and the benefit owner is "avklares senere" (owner = sponsor is single-person-governance\'s; the placeholder is placeholder-text\'s, catalogue E)',
      text:
        '---\ntitle: Nattilsyn\nowner:\n  role: Sykepleier\n  name: Kari Nordmann\nsponsor:\n  role: Sykepleier\n  name: Kari Nordmann\n---\n' +
        '# Digitalt nattilsyn\n\n## Innledning\n\nProsjektet er initiert av sykepleier Kari Nordmann. Kari er prosjekteier, prosjektleder og ' +
        'kontaktperson mot leverandøren.\n\n## Økonomi\n\nGevinstansvarlig: avklares senere.\n',
      errors: [
        { line: 3, element: 'owner', message: 'Eier og prosjekteier er bare Sykepleier' },
        { line: 3, element: 'levels', message: 'bare førstelinjen' },
      ],
    },
    {
      name: 'an adviser as owner and no sponsor, no anchoring section: findings sit on the owner field',
      text:
        '---\ntitle: Chatbot\nowner:\n  role: Customer service adviser\n  name: Hanne Moe\n---\n# Chatbot\n\n## Introduction\n\n' +
        'Hanne Moe in customer service will lead the pilot and will be the contact person for the supplier.\n',
      errors: [
        { line: 3, element: 'owner', severity: 'warning', message: 'no sponsor is named' },
        { line: 3, element: 'levels', message: 'no managers or staff' },
        { line: 3, element: 'benefit-owner' },
      ],
    },
    {
      name: 'a governance section with only the project manager and staff: reported on its numbered heading',
      text:
        '# Pilot\n\n## 3. Roles and responsibilities\n\nThe project manager leads the pilot. Staff on ward 4 test the app.\n',
      errors: [
        { line: 3, element: 'owner', message: 'names no manager' },
        { line: 3, element: 'levels', message: 'only the frontline' },
        { line: 3, element: 'benefit-owner' },
      ],
    },
    {
      name: 'a project manager as owner (inflected prosjektlederen) is not decision level, even with managers named below',
      text:
        '---\nowner: { role: Prosjektlederen i helse, name: Per Berg }\n---\n# Pilot\n\n## Forankring\n\n' +
        'Enhetslederen på Nordby har driftsansvar, og sykepleierne deltar. Gevinstansvarlig er enhetslederen.\n',
      errors: [{ line: 2, element: 'owner', message: 'Eieren er Prosjektlederen i helse, og ingen prosjekteier' }],
    },
  ],
};

testRule(rule, cases);
