// Messages and action titles of the engine and the server (rules keep theirs in their own tables), in both languages.
import type { Bilingual, Lang } from '../../../rules/types';

export const ENGINE_MESSAGES = {
  unknownDirectiveRule: { en: 'Unknown rule id in directive: {id}.', nb: 'Ukjent regel-id i direktiv: {id}.' },
  anyRule: { en: 'any rule', nb: 'noen regel' },
  unusedDirective: {
    en: 'Unused directive: pilotlint-{kind} silences no finding of {what} here.',
    nb: 'Ubrukt direktiv: pilotlint-{kind} demper ikke {what} her.',
  },
  waiversNotMapping: {
    en: '`waivers` must map rule ids to reasons, e.g. `exit-plan-missing: "covered by annex B"`.',
    nb: '`waivers` må være en liste av regel-id: "begrunnelse".',
  },
  unknownWaiverRule: { en: 'Unknown rule id in waivers: {id}.', nb: 'Ukjent regel i waivers: {id}.' },
  waiverWithoutReason: {
    en: 'The waiver for {id} gives no reason; the rule stays on until one is written.',
    nb: 'Unntaket for {id} mangler begrunnelse; regelen gjelder til en begrunnelse er skrevet.',
  },
  ruleFailed: {
    en: 'pilotlint: rule {id} failed on this document ({reason}). Please report it.',
    nb: 'pilotlint: regelen {id} feilet på dette dokumentet ({reason}). Meld gjerne fra om det.',
  },
  documentFailed: {
    en: 'pilotlint could not check this document ({reason}). Details are in the pilotlint output channel; please report it.',
    nb: 'pilotlint kunne ikke sjekke dette dokumentet ({reason}). Detaljer står i utdatakanalen pilotlint; meld gjerne fra om det.',
  },
  documentTooLarge: {
    en: 'pilotlint does not check documents this large ({length} characters; the limit, the same as the CLI\'s, is {limit}): a proposal is far smaller, so this is most likely an export or a log.',
    nb: 'pilotlint sjekker ikke så store dokumenter ({length} tegn; grensen, den samme som for CLI-et, er {limit}): en søknad er langt mindre, så dette er trolig en eksport eller en logg.',
  },
  insertSection: { en: 'Insert the "{title}" section ({id})', nb: 'Sett inn seksjonen «{title}» ({id})' },
} satisfies Record<string, Bilingual>;

/** Fills `{name}` placeholders; unknown names stay as written. */
export function format(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** An engine message in the given language. */
export function engineMessage(key: keyof typeof ENGINE_MESSAGES, lang: Lang, data?: Record<string, string | number>): string {
  return format(ENGINE_MESSAGES[key][lang], data);
}
