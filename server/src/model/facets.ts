// What each scaling facet is, why it decides whether a pilot scales, and what a strong section holds (for hovers and summaries).
import type { Bilingual, Facet } from './types';
import { FACET_TITLES } from './lexicon';

export interface FacetInfo {
  /** The section title (lexicon.yaml `titles`). */
  title: Bilingual;
  /** What the facet covers. */
  what: Bilingual;
  /** Why a pilot that lacks it tends not to scale. */
  why: Bilingual;
  /** What a reviewer expects to find in a strong section. */
  strong: Bilingual;
}

const PROSE: Record<Facet, Omit<FacetInfo, 'title'>> = {
  anchoring: {
    what: {
      en: 'Who owns the pilot in the line organisation and has committed to it, at more than one level.',
      nb: 'Hvem i linjeorganisasjonen som eier piloten og har forpliktet seg til den, på mer enn ett nivå.',
    },
    why: {
      en: 'A pilot carried by one enthusiast stops when that person leaves; scaling needs a decision-maker, an operational manager and a benefit owner who will still be there.',
      nb: 'En pilot som bæres av én ildsjel stopper når den personen slutter; skalering krever en beslutningstaker, en driftsleder og en gevinstansvarlig som fortsatt er der.',
    },
    strong: {
      en: 'A named decision-level owner, an operational manager, a frontline lead and a benefit owner (a line manager), with a decision reference, signature or allocated budget.',
      nb: 'En navngitt eier på beslutningsnivå, en driftsleder, en leder i førstelinjen og en gevinstansvarlig (linjeleder), med vedtak, signatur eller avsatt budsjett.',
    },
  },
  strategic_alignment: {
    what: {
      en: 'The problem the pilot addresses and the plan or strategy that makes it a priority.',
      nb: 'Problemet piloten løser, og planen eller strategien som gjør det til en prioritet.',
    },
    why: {
      en: 'Only services that serve the organisation’s core mission get funded in operation; a nice-to-have pilot is the first thing cut.',
      nb: 'Bare tjenester som støtter kjerneoppdraget får driftsmidler; en pilot som er «fin å ha» kuttes først.',
    },
    strong: {
      en: 'A goal cited from a named plan or strategy, the size of the problem as a number with source and year, and the cost of doing nothing.',
      nb: 'Et mål hentet fra en navngitt plan eller strategi, problemets størrelse som et tall med kilde og år, og kostnaden ved å ikke gjøre noe.',
    },
  },
  exit_plan: {
    what: {
      en: 'What happens to the service when the pilot ends: who decides, who owns it, who pays.',
      nb: 'Hva som skjer med tjenesten når piloten slutter: hvem som beslutter, eier og betaler.',
    },
    why: {
      en: 'Pilots without a planned handover end in the “pilot graveyard”: equipment is removed and staff return to the old routine while the decision is still pending.',
      nb: 'Piloter uten planlagt overgang havner på «pilotkirkegården»: utstyret fjernes og de ansatte går tilbake til gammel praksis mens beslutningen venter.',
    },
    strong: {
      en: 'The decision forum and date (before the pilot ends), the owner in operation, the budget line for the annual running cost, the scaling trigger tied to the success criteria, the procurement route, and what happens if it stops.',
      nb: 'Beslutningsforum og dato (før piloten slutter), driftsansvarlig, budsjettpost for årlig driftskostnad, skaleringskriterium knyttet til suksesskriteriene, anskaffelsesvei, og hva som skjer ved avslutning.',
    },
  },
  training: {
    what: {
      en: 'How every user group learns the new way of working and gets help after go-live.',
      nb: 'Hvordan alle brukergrupper lærer den nye arbeidsmåten og får hjelp etter oppstart.',
    },
    why: {
      en: 'A one-off supplier introduction does not reach night shifts, temporary staff or new hires; without lasting support the practice fades when the pilot team leaves.',
      nb: 'En engangsintroduksjon fra leverandøren når ikke nattevakter, vikarer eller nyansatte; uten varig støtte forsvinner praksisen når pilotteamet går.',
    },
    strong: {
      en: 'Audiences (including night shifts, temporary staff and new hires), format, hours, a responsible role, a user manual, and support after go-live.',
      nb: 'Målgrupper (også nattevakter, vikarer og nyansatte), format, timer, ansvarlig rolle, brukerveiledning og brukerstøtte etter oppstart.',
    },
  },
  resources: {
    what: {
      en: 'The internal effort the pilot and the service in operation need.',
      nb: 'Egeninnsatsen piloten og tjenesten i drift krever.',
    },
    why: {
      en: 'An over-resourced pilot proves little: if the supplier’s on-site effort has no equivalent in operation, results will not repeat at scale.',
      nb: 'En overressursert pilot beviser lite: har leverandørens innsats på stedet ingen motsvarighet i drift, gjentar ikke resultatene seg i stor skala.',
    },
    strong: {
      en: 'FTE or hours for the pilot and for operation, and how backfill is funded.',
      nb: 'Årsverk eller timer i piloten og i drift, og hvordan frikjøp finansieres.',
    },
  },
  values: {
    what: {
      en: 'The trade-offs the pilot makes, who decides them, and how personal data is protected.',
      nb: 'Avveiningene piloten gjør, hvem som beslutter dem, og hvordan personopplysninger beskyttes.',
    },
    why: {
      en: 'Unstated trade-offs surface as objections when the service reaches more people; a missing DPIA can stop roll-out outright.',
      nb: 'Uuttalte avveininger dukker opp som motstand når tjenesten når flere; en manglende DPIA kan stoppe utrullingen helt.',
    },
    strong: {
      en: 'An explicit trade-off (A vs B) and who decides it, who may be disadvantaged and their alternative, how users are informed, and the DPIA, legal basis and data processing agreement.',
      nb: 'En uttalt avveining (A mot B) og hvem som beslutter den, hvem som kan bli skadelidende og deres alternativ, hvordan brukerne informeres, og DPIA, behandlingsgrunnlag og databehandleravtale.',
    },
  },
  stakeholders: {
    what: {
      en: 'Who is affected or must act, at every level, and how each is involved.',
      nb: 'Hvem som berøres eller må handle, på alle nivåer, og hvordan hver av dem involveres.',
    },
    why: {
      en: 'Scaling needs a constituency beyond frontline staff and the supplier: politicians, managers, support functions, unions and users.',
      nb: 'Skalering krever støtte utover førstelinjen og leverandøren: politikere, ledere, støttefunksjoner, tillitsvalgte og brukere.',
    },
    strong: {
      en: 'Political or decision level, operational management, frontline, end users or next of kin, and support functions (IT, procurement, DPO, union representative).',
      nb: 'Politisk nivå eller beslutningsnivå, driftsledelse, førstelinje, brukere eller pårørende, og støttefunksjoner (IT, innkjøp, personvernombud, tillitsvalgt).',
    },
  },
  success: {
    what: {
      en: 'What the pilot must show, measured against a baseline, to justify scaling or stopping.',
      nb: 'Hva piloten må vise, målt mot et nullpunkt, for å begrunne skalering eller avslutning.',
    },
    why: {
      en: 'Without measurable criteria the continuation decision rests on impressions, and satisfaction alone rarely wins a budget.',
      nb: 'Uten målbare kriterier hviler beslutningen om videreføring på inntrykk, og tilfredshet alene vinner sjelden budsjettkampen.',
    },
    strong: {
      en: 'Per criterion: metric, baseline (value and date), target, time frame, data source and owner, including at least one hard operational or financial metric, plus stop criteria.',
      nb: 'For hvert kriterium: indikator, nullpunkt (verdi og dato), mål, tidsramme, datakilde og ansvarlig, med minst én hard drifts- eller økonomiindikator, og stoppkriterier.',
    },
  },
  risks: {
    what: {
      en: 'What could stop the pilot or its scaling, and how each risk is handled.',
      nb: 'Hva som kan stoppe piloten eller skaleringen, og hvordan hver risiko håndteres.',
    },
    why: {
      en: 'The risks that kill scaling are rarely technical: funding after the pilot, the champion leaving, supplier capacity, integration, procurement.',
      nb: 'Risikoene som stopper skalering er sjelden tekniske: finansiering etter piloten, at pådriveren slutter, leverandørens kapasitet, integrasjon, anskaffelse.',
    },
    strong: {
      en: 'Each risk with likelihood and impact, a mitigation and an owner, including the scaling risks.',
      nb: 'Hver risiko med sannsynlighet og konsekvens, tiltak og ansvarlig, også skaleringsrisikoene.',
    },
  },
  lessons: {
    what: {
      en: 'What earlier pilots of the same idea learned, and why they were not implemented.',
      nb: 'Hva tidligere piloter av samme idé lærte, og hvorfor de ikke ble innført.',
    },
    why: {
      en: 'Repeating a pilot without its lessons drains resources and tends to end the same way.',
      nb: 'Å gjenta en pilot uten å ta lærdom av den tapper ressurser og ender gjerne på samme måte.',
    },
    strong: {
      en: 'Which pilots ran, what they showed, why they stopped, and what this one does differently.',
      nb: 'Hvilke piloter som er gjennomført, hva de viste, hvorfor de stoppet, og hva denne gjør annerledes.',
    },
  },
};

export const FACET_INFO = Object.fromEntries(
  (Object.keys(PROSE) as Facet[]).map((facet) => [facet, { title: FACET_TITLES[facet], ...PROSE[facet] }]),
) as Record<Facet, FacetInfo>;
