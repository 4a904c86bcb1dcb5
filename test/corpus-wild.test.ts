// The wild corpus: every proposal lints cleanly, no concern is reported twice, and the tuning set keeps its precision/recall floor.
import { describe, expect, it } from 'vitest';
import { basename, resolve } from 'node:path';
import { LANG_GROUPS, duplicateConcerns, fixtureProblems, lineOf, loadWildYielding, score, type WildDoc } from './util/wild-corpus';

const ROOT = resolve(__dirname, '..');
type Floor = Record<string, { precision: number; recall: number }>;
/** A batch of tuning files written on blind terms: the names it holds, and the floor it may not fall below. */
interface Batch {
  floor: Floor;
  pick: (d: { file: string }) => boolean;
}
const batch = (files: string[], floor: Floor): Batch => {
  const names = new Set(files);
  return { floor, pick: (d) => names.has(basename(d.file, '.md')) };
};
/**
 * Issue 8's goal is precision 0.95 and recall 0.9 per language. The tuning set may not fall below what it scored when
 * the issue's rule changes landed (en 0.629 / 0.857, nb 0.732 / 0.837), after the precision round (en 0.784 / 0.896,
 * nb 0.854 / 0.837) and after the trust round on 25 files (en 1.000 / 1.000, nb 1.000 / 0.978): raise these as the
 * rules improve, never lower them. The tuning set is what the rules were changed against; the holdout is the check.
 */
const FLOOR: Floor = {
  en: { precision: 1, recall: 1 },
  nb: { precision: 1, recall: 0.97 },
};

/**
 * Ten tuning files were written by a reviewer who read only the catalogue (see the wild README). They were a holdout
 * first, scored untouched at en 0.524 / 0.750 and nb 0.727 / 0.800; they have their own floor, so that tuning on
 * them shows, and the floor above keeps guarding the files the rules were first tuned on. After the reviewer round
 * (trust3) they score en 1.000 / 0.977 and nb 1.000 / 0.971: raise these as the rules improve, never lower them.
 */
const REVIEWER_WRITTEN = batch(
  [
  'pid-preop-assessment-en', 'fivecase-housing-repairs-en', 'slides-eal-translation-en', 'template-licensing-platform-en',
  'grant-roadworks-opendata-en', 'soknad-okonomisk-radgivning-nb', 'wordexport-talegjenkjenning-nb',
  'nettside-planmedvirkning-nb', 'soknad-skrivestotte-nn', 'lysbilde-medisindispenser-nn',
],
  {
    en: { precision: 1, recall: 0.97 },
    nb: { precision: 1, recall: 0.97 },
  },
);

/**
 * Ten more were written by a second reviewer on the same terms and scored untouched as the holdout at en 0.625 / 0.726
 * and nb 0.839 / 0.855 (round 3's closing note); they then moved here to be tuned on, and a third blind set took their
 * place in the holdout. Their floor starts at what they scored when they moved: raise it as the rules improve. After
 * trust4 (nb) the Norwegian five score 1.000 / 1.000.
 */
const SECOND_REVIEWER = batch(
  [
  'website-cemetery-records-en', 'grant-youth-chat-en', 'pid-leak-sensors-en', 'fivecase-dental-eprescribing-en',
  'slides-school-bus-tracking-en', 'prosjektplan-fremmede-arter-nb', 'wordexport-hjemmeeksamen-nb',
  'soknad-digitalt-tilsyn-omsorgsbolig-nb', 'prosjektplan-triage-akuttmottak-nn', 'lysbilde-flaumvarsel-nn',
],
  {
    en: { precision: 0.983, recall: 0.967 },
    nb: { precision: 1, recall: 1 },
  },
);

/**
 * The third blind set (ten files by two more reviewers): scored on arrival at en 0.758 / 0.857 and nb 0.708 / 0.868, and
 * after round 4's rule changes, still unseen, at en 0.804 / 0.881 and nb 0.742 / 0.868. It then moved here to be tuned
 * on; its floor starts at that second score. Raise it as the rules improve. After trust5 (en) the English five score
 * 1.000 / 1.000. After trust6 (nb) the Norwegian five score 1.000 / 1.000.
 */
const THIRD_BLIND = batch(
  [
  'fivecase-poolcar-telematics-en',
  'grant-youth-employment-en',
  'halffilled-wound-imaging-en',
  'lysbilde-mobil-rontgen-nn',
  'nettside-vannmalere-nb',
  'pid-school-meals-en',
  'prosjektplan-introduksjonsprogram-nn',
  'slides-museum-digitisation-en',
  'soknad-dagaktivitet-demens-nb',
  'wordexport-nokkelfri-haller-nb',
],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 1, recall: 1 },
  },
);

/**
 * The fourth blind set (ten files by two further reviewers), scored untouched on arrival at en 0.795 / 0.667 and nb
 * 0.831 / 0.865, after round 4 at en 0.864 / 0.805 and nb 0.855 / 0.878, and after round 5 and trust6-real at en
 * 0.875 / 0.805 and nb 0.855 / 0.878. It then moved here to be tuned on; a sixth blind set took its place in the
 * holdout. Its floor starts at that last score: raise it as the rules improve. After trust7 (nb) the Norwegian five
 * score 1.000 / 1.000, and after trust7 (en) the English five 1.000 / 0.931.
 */
const FOURTH_BLIND = batch(
  [
  'fivecase-fire-sensors-en',
  'pdsa-eobs-news2-en',
  'prosjektbeskrivelse-hjertesvikt-nb',
  'prosjektplan-inneklima-nn',
  'prosjektplan-kommunal-bolig-nb',
  'readme-path-reports-en',
  'slides-damp-mould-en',
  'soknad-elas-hjemmetjeneste-nb',
  'wordexport-bridge-drones-en',
  'wordexport-turbooking-nn',
],
  {
    en: { precision: 1, recall: 0.931 },
    nb: { precision: 1, recall: 1 },
  },
);

/**
 * The fifth blind set (ten files by two more reviewers, written after round 4), scored untouched on arrival at en
 * 0.705 / 0.554 and nb 0.703 / 0.918, and at the end of round 6 at en 0.705 / 0.554 and nb 0.742 / 0.939. It then moved
 * here, not yet tuned on, and a seventh blind set took its place in the holdout. Its floor is that last score: raise it
 * as the rules improve. After trust8 the English five score 1.000 / 1.000 (56 findings, no false alarm, no miss)
 * and the Norwegian five 1.000 / 1.000 (49 findings, no false alarm, no miss).
 */
const FIFTH_BLIND = batch(
  [
  'brief-bulky-waste-booking-en',
  'gdoc-asb-reporting-app-en',
  'innovation-pilot-cardiac-rehab-en',
  'investtosave-planning-validation-en',
  'mandate-medication-prompts-en',
  'nettside-broytevarsling-nn',
  'prosjektmandat-digital-innsjekk-nb',
  'prosjektplan-ki-journalforing-nb',
  'soknad-ki-startlan-nb',
  'soknad-legemiddelgjennomgang-nn',
],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 1, recall: 1 },
  },
);

/**
 * The seventh blind set (ten files by a reviewer on the same blind terms, written at the end of round 6), scored
 * untouched on arrival at en 0.771 / 0.675 and nb 0.754 / 0.766, and after trust8 at en 0.794 / 0.675 and nb 0.778 /
 * 0.766. It moved here at the start of round 7 so that two design questions (when a list is a set of criteria, and how
 * strictly exit-plan elements are credited) can be worked on against text the rules were not shaped by; an eighth
 * blind set took its place in the holdout. Its floor is that last score: raise it as the rules improve. After trust9
 * (en) the English five score 1.000 / 1.000 (40 findings, no false alarm, no miss).
 */
const SEVENTH_BLIND = batch(
  [
  'grant-esol-conversation-clubs-en',
  'lysbilde-sommarskule-matematikk-nn',
  'mal-sms-varsel-kommunale-gebyr-nn',
  'nettside-stottekontakt-formidling-nb',
  'pdsa-dental-two-way-reminders-en',
  'pid-blue-badge-bay-sensors-en',
  'prosjektmandat-ips-jobbspesialist-nb',
  'readme-gritting-live-map-en',
  'soknad-fysioterapeut-forstekontakt-nb',
  'wordexport-mental-health-clinical-hub-en',
],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 0.999, recall: 0.999 },
  },
);

/**
 * The ninth blind set (ten files by two reviewers on the blind terms, written in round 7 while the eighth was the
 * holdout), scored untouched on arrival at en 0.639 / 0.765 and nb 0.774 / 0.906, then tuned on at once: a second
 * blind measure this round, and new material. Its floor starts at that score: raise it as the rules improve.
 */
const NINTH_BLIND = batch(
  [
  'businesscase-school-transport-routing-en',
  'gevinstplan-robotstovsuging-bibliotek-nb',
  'grantform-community-energy-advice-en',
  'lysbilde-skredvarsling-veg-nn',
  'mal-halvutfylt-heimeteneste-nn',
  'pid-hospital-discharge-lounge-tracking-en',
  'prosjektplan-digital-nattevakt-sykehjem-nb',
  'readme-open-source-planning-comments-en',
  'slides-ai-letter-drafting-housing-en',
  'soknad-ks-innovasjon-lesestotte-nb',
],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 0.999, recall: 0.981 },
  },
);

/**
 * The tenth blind set (ten files by two reviewers on the blind terms, written at the start of round 8), scored untouched
 * on arrival at en 0.750 / 0.804 and nb 0.782 / 0.878 (45/60 and 43/55 findings paired, 45/56 and 43/49 entries
 * found), then tuned on at once like the ninth. Its floor starts at that score: raise it as the rules improve. After
 * trust11 (en) the English five score 1.000 / 0.982 (54 findings, no false alarm, one miss; one verdict corrected, see
 * the wild README), and after trust11 (nb) the Norwegian five 1.000 / 0.980 (49 findings, no false alarm, one miss).
 */
const TENTH_BLIND = batch(
  [
  'cabinetreport-smart-litter-bins-en',
  'grant-library-laptop-loans-en',
  'intranett-drone-brannvesen-nn',
  'mal-prosjektplan-digitalt-nattilsyn-heimeteneste-nn',
  'pid-home-bp-monitoring-pregnancy-en',
  'prosjektplan-regelsjekk-byggesak-nb',
  'readme-pitch-booking-en',
  'saksframlegg-lekkasjeloggere-vannledning-nb',
  'slides-pothole-cameras-bin-lorries-en',
  'soknad-skjonnsmidler-leseloft-skole-nb',
],
  {
    en: { precision: 1, recall: 0.981 },
    nb: { precision: 1, recall: 0.98 },
  },
);

/**
 * The eleventh blind set (ten files by two reviewers on the blind terms, written in round 8 while trust11 worked on the
 * tenth), scored untouched on arrival at en 0.661 / 0.683 and nb 0.724 / 0.875 with the round's starting rules, and at
 * en 0.661 / 0.683 and nb 0.741 / 0.896 after trust11 (41/62 and 43/58 findings paired, 41/60 and 43/48 entries
 * found), then tuned on. Its floor starts at that last score: raise it as the rules improve. After trust12 (en) the English
 * five score 0.921 / 0.783 (47/51 findings paired, 47/60 entries found), and after trust12 (nb) the Norwegian five
 * 1.000 / 0.979 (47 findings, no false alarms, 1 of 48 entries missed).
 */
const ELEVENTH_BLIND = batch(
  [
  'bjc-flood-level-sensors-en',
  'charter-care-transport-run-sheets-en',
  'konseptutredning-maskinell-takst-eiendomsskatt-nb',
  'projectplan-archives-handwriting-en',
  'prosjektmandat-lekkasjesok-vannforsyning-nb',
  'prosjektplan-dronekontroll-landbrukskontor-nn',
  'sbri-trading-standards-listings-en',
  'soknad-medisindispensere-hjemmetjeneste-nb',
  'statusrapport-gjestehamn-betaling-nn',
  'wiki-council-tax-discount-review-en',
],
  {
    en: { precision: 0.921, recall: 0.783 },
    nb: { precision: 1, recall: 0.979 },
  },
);

/**
 * The twelfth blind set (ten files by two reviewers on the blind terms, written at the end of round 8 after trust12
 * had landed), scored untouched on arrival at en 0.574 / 0.795 and nb 0.614 / 0.854 (31/54 and 35/57 findings paired,
 * 31/39 and 35/41 entries found), then tuned on in the same round. Its floor started at that score: raise it as the
 * rules improve. After trust13 (en) the English five score 0.864 / 0.974 (38/44 findings paired, 38/39 entries
 * found), and after trust13 (nb) the Norwegian five 0.760 / 0.904 (50 findings, 12 false alarms, 4 of 42 entries
 * missed; one verdict corrected on each side, see the wild README). After rest18nb the Norwegian five 0.891 / 0.976
 * (46 findings, 5 false alarms, 1 of 42 entries missed).
 */
const TWELFTH_BLIND = batch(
  [
  'board-paper-tenancy-sustainment-early-help-en',
  'discovery-alpha-report-crematorium-booking-en',
  'fund-bid-recycling-centre-booking-en',
  'gevinstplan-gravplass-robotklipping-nn',
  'ktp-plan-adaptive-street-lighting-en',
  'notat-renovasjon-fyllingssensorer-nb',
  'pilot-memo-fire-risk-led-safety-visits-en',
  'prosjektdirektiv-skatt-skattekortveiviser-nb',
  'referat-styringsgruppe-friluftsutlan-nn',
  'soknad-rff-ppt-drofting-nb',
],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 0.891, recall: 0.976 },
  },
);

/**
 * The thirteenth blind set: ten more files (5 en, 3 nb, 2 nn) written at the start of round 9 on the same blind terms
 * (the catalogue, the wild README's conventions, two verdicts for their format; never rule code or pilotlint's output).
 * Scored untouched on arrival (commit 1999cf0) at en 0.581 / 0.806 (43 findings, 18 false alarms, 6 misses) and nb
 * 0.694 / 0.862 (36, 11, 4), then tuned on in the same round. Its floor starts at that score: raise it as the rules improve.
 */
const THIRTEENTH_BLIND = batch(
  [
  'committeereport-gas-safety-no-access-en',
  'confluence-server-patching-en',
  'icsadoption-skin-lesion-triage-en',
  'interreg-bathing-water-nowcast-en',
  'projectbrief-school-heating-controls-en',
  'behovsmelding-robot-fakturamottak-nb',
  'forprosjektrapport-ki-postmottak-nb',
  'kommunestyresak-ki-motebok-nn',
  'prosjektbeskriving-kulturskule-fjernsamspel-nn',
  'soknad-vegvesen-smarte-gangfelt-nb',
],
  {
    en: { precision: 0.906, recall: 0.935 },
    nb: { precision: 1.0, recall: 0.965 },
  },
);

/**
 * The fourteenth blind set: ten more files (5 en, 3 nb, 2 nn) written at the end of round 9 on the same blind terms.
 * Scored untouched on arrival (commit 6e6457d, after the trust14 merges) at en 0.535 / 0.852 (43 findings, 20 false
 * alarms, 4 misses) and nb 0.600 / 0.844 (45, 18, 5), then moved here to be tuned on. Its floor starts at that score.
 */
const FOURTEENTH_BLIND = batch(
  [
    'businesscase-landtax-prefill-en',
    'citymemo-ecargo-bikes-parks-en',
    'evalplan-probation-video-reporting-en',
    'livinglab-school-streets-air-en',
    'rfc-procurement-pipeline-page-en',
    'gevinstplan-behovsstyrt-renhold-skole-nb',
    'nettside-nav-kveldsope-unge-nn',
    'prosjektforslag-kontraktsoppfolging-nb',
    'sluttrapport-forprosjekt-ki-avlopsinspeksjon-nn',
    'soknad-husbanken-fuktsensorer-nb',
  ],
  {
    en: { precision: 0.966, recall: 0.966 },
    nb: { precision: 1, recall: 1 },
  },
);

/**
 * The fifteenth blind set: ten more files (5 en, 3 nb, 2 nn) written at the start of round 10 on the same blind terms.
 * Scored untouched on arrival (commit a7a6ddb, after the trust15 merges; `npm run corpus:score -- --dir`) at en 0.612 /
 * 0.789 (49 findings, 19 false alarms, 8 misses) and nb 0.646 / 0.750 (65, 23, 14), then moved here to be tuned on. Its
 * floor starts at that score.
 */
const FIFTEENTH_BLIND = batch(
  [
    'grant-library-device-lending-en',
    'memo-textiles-collection-en',
    'pid-reablement-rostering-en',
    'slides-school-bus-routing-en',
    'wordexport-pothole-detection-en',
    'lysbilde-fyllingssensorer-avfall-nb',
    'nettside-fuktsensorer-utleieboliger-nb',
    'prosjektplan-vintervedlikehold-nb',
    'saksframlegg-digitalt-nattilsyn-nn',
    'soknad-meirope-bibliotek-nn',
  ],
  {
    // trust16 en: tuned by cause from 0.612 / 0.789 (49 findings, 19 false alarms, 8 misses) to 1.000 / 0.921 (35, 0, 3).
    en: { precision: 1.0, recall: 0.921 },
    // trust16 nb: tuned by cause from 0.646 / 0.750 to 0.982 / 1.000 (wild README; one champion verdict kept as judged).
    nb: { precision: 0.982, recall: 1 },
  },
);

/**
 * The sixteenth blind set: ten more files (5 en, 3 nb, 2 nn) written in round 10 after the trust16 merges, on the same
 * blind terms. Scored untouched on arrival (commit ee2e001; `npm run corpus:score -- --dir`) at en 0.667 / 0.786 (66
 * findings, 22 false alarms, 12 misses) and nb 0.746 / 0.855 (63, 16, 8), then moved here to be tuned on. Its floor
 * starts at that score.
 */
const SIXTEENTH_BLIND = batch(
  [
    'grantform-oral-history-branches-en',
    'halffilled-care-home-night-audio-en',
    'pid-void-inspection-app-en',
    'slides-street-tree-soil-sensors-en',
    'wordexport-bus-lane-cameras-en',
    'femkasus-robot-bankavstemming-nb',
    'mal-halvutfylt-elsykkelutlan-tilsette-nn',
    'prosjektdirektiv-digitalt-kulturkort-ungdom-nb',
    'soknad-forskingsradet-ferjekai-sensorar-nn',
    'styresak-prognose-sengebelegg-nb',
  ],
  {
    en: { precision: 0.963, recall: 0.929 },
    nb: { precision: 0.925, recall: 0.909 },
  },
);

/**
 * The seventeenth blind set: ten more files (5 en, 3 nb, 2 nn) written at the start of round 11 on the same blind terms.
 * Scored untouched on arrival (commit 9954958, after the trust17 merges; `npm run corpus:score -- --dir`) at en 0.425 /
 * 0.654 (40 findings, 23 false alarms, 9 misses) and nb 0.633 / 0.775 (49, 18, 9), then moved here to be tuned on. Its
 * floor starts at that score.
 */
const SEVENTEENTH_BLIND = batch(
  [
    'cabinetreport-taxi-digital-driver-badges-en',
    'grantapp-street-tree-watering-volunteers-en',
    'pid-staff-parking-virtual-permits-en',
    'readme-burial-ground-finder-en',
    'toc-adult-numeracy-blended-courses-en',
    'gevinstrealiseringsplan-fjernavlesing-energi-formalsbygg-nb',
    'mal-halvutfylt-virtuelt-gjerde-beite-nn',
    'prosjektplan-nivasensorer-pumpestasjoner-nb',
    'saksframlegg-utstyrsutlan-skap-nn',
    'soknad-skjonnsmidler-videotilsyn-feiing-nb',
  ],
  {
    en: { precision: 0.96, recall: 0.923 },
    nb: { precision: 1, recall: 0.975 },
  },
);

/**
 * The eighteenth blind set: ten more files (5 en, 3 nb, 2 nn) written in round 11 while the seventeenth was tuned, on
 * the same blind terms. Scored untouched three times as round 11's tuning landed (`npm run corpus:score -- --dir`):
 * before it (c9e5cf6) en 0.520 / 0.839 (50 findings, 24 false alarms, 5 misses) and nb 0.567 / 0.850 (60, 26, 6); after
 * trust18, resid17 and rest18nb (fb57ca0) en 0.520 / 0.839 unchanged and nb 0.583 / 0.875 (60, 25, 5). Then moved here
 * to be tuned on; its floor starts at the last score.
 */
const EIGHTEENTH_BLIND = batch(
  [
    'confluence-charter-void-key-safes-en',
    'marp-museum-environment-sensors-en',
    'obc-rest-centre-registration-en',
    'quarterly-report-ercv-trial-extension-en',
    'smartcity-cooler-sensors-food-safety-en',
    'konseptnotat-kamera-matavfall-iks-nb',
    'lysbilde-skjermtolk-flyktningteneste-nn',
    'prosjektmandat-automatisk-arkivering-epost-nb',
    'soknad-skjonnsmidlar-vikarpool-barnehage-nn',
    'statusrapport-frigjoring-halltimer-nb',
  ],
  {
    en: { precision: 0.684, recall: 0.838 },
    nb: { precision: 0.86, recall: 0.925 },
  },
);

const NINETEENTH_BLIND = batch(
  [
    'decision-notice-enforcement-triage-en',
    'exception-report-depot-ev-charging-en',
    'notion-pool-occupancy-display-en',
    'soc-registrars-ceremony-booking-en',
    'trustgrant-museum-object-boxes-en',
    'formannskap-ferdselstellere-turstier-nb',
    'fornyingsmidler-sykepengerefusjon-nb',
    'gevinstrealisering-vektbasert-renovasjonsgebyr-nb',
    'nettstad-lydvandring-kulturminne-nn',
    'prosjektplan-del-telehiv-grusvegar-nn',
  ],
  {
    en: { precision: 0.692, recall: 0.794 },
    nb: { precision: 0.795, recall: 0.875 },
  },
);

const TWENTIETH_BLIND = batch(
  [
    'committeereport-flytipping-cameras-en',
    'grantform-valley-dial-a-ride-booking-en',
    'marp-theatre-caption-glasses-en',
    'pid-halffilled-pcard-autocoding-en',
    'wordexport-grease-trap-sensors-en',
    'flyfoto-endringsdeteksjon-nb',
    'hentehyller-bibliotek-nb',
    'lysark-digitale-innsatsplaner-nb',
    'prosjektplan-leikeplasskontroll-nn',
    'saksframlegg-tilgangsstyrt-hytterenovasjon-nn',
  ],
  {
    en: { precision: 1, recall: 1 },
    nb: { precision: 1, recall: 0.95 },
  },
);

const TWENTY_FIRST_BLIND = batch(
  [
    'businesscase-coroner-referral-portal-en',
    'grantform-detached-youth-work-app-en',
    'marp-weights-measures-inspection-tablets-en',
    'scrutinyreport-gully-silt-sensors-en',
    'template-halffilled-special-event-permits-en',
    'marp-byarkiv-skanning-nb',
    'soknad-hybridklasserom-voksenopplaering-nb',
    'wordexport-skjenkekontroll-nb',
    'prosjektmandat-esportrom-ungdomsklubb-nn',
    'saksframlegg-landstraum-hamn-nn',
  ],
  {
    en: { precision: 1.0, recall: 0.914 },
    nb: { precision: 0.893, recall: 0.933 },
  },
);

const TWENTY_SECOND_BLIND = batch(
  [
    'councilpage-canvass-texts-en',
    'deck-bus-stop-beacons-en',
    'docx-lift-monitoring-en',
    'fundapp-instrument-lending-en',
    'template-pid-remote-inspections-en',
    'saksframlegg-reiseregning-kontroll-nb',
    'soknad-statsforvalter-telepresens-langtidssyke-elever-nb',
    'wordexport-elsparkesykkel-sonestyring-nb',
    'marp-ombruk-kontormoblar-nn',
    'prosjektmandat-barnevern-samtalestotte-nn',
  ],
  {
    en: { precision: 0.973, recall: 0.948 },
    nb: { precision: 0.947, recall: 0.972 },
  },
);

const TWENTY_THIRD_BLIND = batch(
  [
    'committeememo-temporary-accommodation-placements-en',
    'heritagefund-war-memorial-condition-survey-en',
    'marp-bus-pass-online-renewal-en',
    'pid-halffilled-admissions-enquiries-assistant-en',
    'wordexport-allotment-plot-inspections-en',
    'saksframlegg-digitalt-tt-kort-nb',
    'soknad-klimasats-elektrisk-minigraver-nb',
    'wordexport-kulturhus-billettkiosk-nb',
    'marp-snolast-sensorar-tak-nn',
    'prosjektmandat-deltidsbrann-tilgjengeapp-nn',
  ],
  {
    en: { precision: 0.878, recall: 0.837 },
    nb: { precision: 0.906, recall: 0.951 },
  },
);

const TWENTY_FOURTH_BLIND = batch(
  [
    'committeereport-noise-app-evidence-en',
    'grantform-meanwhile-studios-empty-shops-en',
    'marp-duplicate-payment-checks-en',
    'pid-minor-adaptations-video-assessment-en',
    'wordexport-speed-indicator-rotation-en',
    'a3-sporing-infusjonspumper-nb',
    'notat-partnerskap-beregningsstotte-sosialhjelp-nb',
    'prosjektbestilling-digital-gravemelding-nb',
    'prosjektskisse-digital-laerlingformidling-nn',
    'lysark-hjartesone-gabuss-nn',
  ],
  {
    en: { precision: 0.961, recall: 1 },
    nb: { precision: 0.972, recall: 0.921 },
  },
);

const TWENTY_FIFTH_BLIND = batch(
  [
    'councilpage-ferry-booking-deposits-en',
    'cpgreport-compressed-week-motor-tax-en',
    'eoi-sewer-rat-sensors-en',
    'forcechange-custody-cell-checks-en',
    'tor-fire-control-afa-call-challenge-en',
    'notat-nav-sms-innkalling-kvp-nb',
    'pid-kaibooking-fiskerihavner-nb',
    'tiltaksark-vr-sveisesimulator-vgs-nb',
    'delrapport-frivilligformidling-kultur-nn',
    'lysark-hydrantsensorar-brann-nn',
  ],
  {
    en: { precision: 0.846, recall: 0.862 },
    nb: { precision: 0.820, recall: 0.864 },
  },
);

const TWENTY_SIXTH_BLIND = batch(
  [
    'grantform-respite-booking-portal-en',
    'projectbrief-adaptive-signals-bus-corridor-en',
    'sbar-jury-citation-reminders-en',
    'template-halffilled-speech-telepractice-schools-en',
    'webpage-aquatic-lane-booking-trial-en',
    'mal-halvutfylt-tilsynsforer-rapport-nb',
    'pid-nettbrett-innsatte-nb',
    'saksframlegg-gravminnekontroll-nb',
    'marp-karriererettleiing-video-nn',
    'soknad-granulatsvinn-kunstgras-nn',
  ],
  {
    en: { precision: 1, recall: 0.914 },
    nb: { precision: 0.85, recall: 1 },
  },
);

const BLIND_BATCHES: [string, Batch][] = [
  ['reviewer-written', REVIEWER_WRITTEN],
  ['second reviewer', SECOND_REVIEWER],
  ['third blind set', THIRD_BLIND],
  ['fourth blind set', FOURTH_BLIND],
  ['fifth blind set', FIFTH_BLIND],
  ['seventh blind set', SEVENTH_BLIND],
  ['ninth blind set', NINTH_BLIND],
  ['tenth blind set', TENTH_BLIND],
  ['eleventh blind set', ELEVENTH_BLIND],
  ['twelfth blind set', TWELFTH_BLIND],
  ['thirteenth blind set', THIRTEENTH_BLIND],
  ['fourteenth blind set', FOURTEENTH_BLIND],
  ['fifteenth blind set', FIFTEENTH_BLIND],
  ['sixteenth blind set', SIXTEENTH_BLIND],
  ['seventeenth blind set', SEVENTEENTH_BLIND],
  ['eighteenth blind set', EIGHTEENTH_BLIND],
  ['nineteenth blind set', NINETEENTH_BLIND],
  ['twentieth blind set', TWENTIETH_BLIND],
  ['twenty-first blind set', TWENTY_FIRST_BLIND],
  ['twenty-second blind set', TWENTY_SECOND_BLIND],
  ['twenty-third blind set', TWENTY_THIRD_BLIND],
  ['twenty-fourth blind set', TWENTY_FOURTH_BLIND],
  ['twenty-fifth blind set', TWENTY_FIFTH_BLIND],
  ['twenty-sixth blind set', TWENTY_SIXTH_BLIND],
];

const docs = await loadWildYielding(ROOT);
const listed = (xs: { doc: string; line: number; rule: string; element?: string }[]): string =>
  xs.map((l) => `  ${l.doc}:${l.line} ${l.rule}${l.element ? `/${l.element}` : ''}`).join('\n');

describe('wild corpus fixtures', () => {
  it('has the shape the issue asks for: at least 20 judged files, half Norwegian, some nynorsk, a 14 + 14 holdout', () => {
    expect(fixtureProblems(docs)).toEqual([]);
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.filter((d) => d.group === 'nb').length * 2).toBeGreaterThanOrEqual(docs.length);
    expect(docs.filter((d) => d.language === 'nn').length).toBeGreaterThanOrEqual(3);
    const holdout = docs.filter((d) => d.set === 'holdout');
    expect(holdout.filter((d) => d.group === 'en').length).toBe(14);
    expect(holdout.filter((d) => d.group === 'nb').length).toBe(14);
  });
});

describe.each(docs.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
  it('lints without an internal error, with every range inside the file', () => {
    expect(doc.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    const outside = doc.findings.filter((f) => !(f.start >= 0 && f.start <= f.end && f.end <= doc.text.length));
    expect(outside.map((f) => `${f.ruleId} ${f.start}-${f.end}`)).toEqual([]);
    expect(doc.findings.every((f) => lineOf(doc.text, f.start) >= 1)).toBe(true);
  });

  it('reports no concern twice', () => {
    expect(duplicateConcerns(doc)).toEqual([]);
  });
});

describe('wild corpus floors (tuning set only; the holdout is reported, never tuned on)', () => {
  for (const [name, floors, pick] of [
    ['first tuned on', FLOOR, (d: WildDoc) => !BLIND_BATCHES.some(([, b]) => b.pick(d))] as const,
    ...BLIND_BATCHES.map(([n, b]) => [n, b.floor, b.pick] as const),
  ]) {
    for (const group of LANG_GROUPS) {
      const floor = floors[group];
      it(`${name}, ${group}: precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
        const s = score(docs.filter((d) => d.set === 'tuning' && d.group === group && pick(d)));
        expect(s.findings, 'the tuning set must produce findings to measure').toBeGreaterThan(0);
        expect(s.precision ?? 0, `precision ${s.precision}; false alarms:\n${listed(s.falseAlarmList)}`).toBeGreaterThanOrEqual(floor.precision);
        expect(s.recall ?? 0, `recall ${s.recall}; misses:\n${listed(s.missList)}`).toBeGreaterThanOrEqual(floor.recall);
      });
    }
  }
});
