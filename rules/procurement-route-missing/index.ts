// procurement-route-missing: a supplier delivers the pilot but nothing says how the solution is bought afterwards.
import type { Fix, RuleContext } from '../types';
import { defineRule } from '../util/define';
import { words } from '../util/options';
import { detectorRegex, escapeRegExp } from '../../server/src/model/match';
import { isOwnResult } from '../util/context';
import { facetRoots, headingRange, inBody } from '../util/scope';
import { appendLines, findCue, fmRoute, hasSupplier, isSme, proseSentences, ROUTE, ROUTE_DENIED, suppliedFreeForPilot } from '../util/commercial';
import { templateLines } from '../util/templates';
import { findPlaceholders, labelledSlot, namingSlot } from '../util/placeholders';

export interface ProcurementOptions extends Record<string, unknown> {
  /** Extra phrases that name a procurement route (plain strings), e.g. a regional purchasing scheme. */
  routes: string[];
}

/** A plan to buy the solution after the pilot ("will purchase the solution", "kommunen skal kjøpe løsningen"). */
const OBJECT_EN = '(solution|system|tool|platform|product|service|app|software|licen[cs]es?|sensors|devices|equipment|it|them)';
// Nynorsk definite forms too (*løysinga*, *tenesta*, *sensorane*): "vil kommunen kjøpe løysinga" plans a purchase (trust6 nb).
const OBJECT_NB =
  '(løsningen|løysinga|systemet|verktøyet|tjenesten|tenesta|lisens\\p{L}*|utstyret|sensorene|sensorane|plattformen|plattforma|appen|programvaren|programvara|den|dem|ho|dei)';
const PURCHASE = detectorRegex(
  `(will|shall|would|plans? to|intends? to|then) (then )?(buy|purchase|procure|acquire)\\w* ([\\p{L}-]+ ){0,2}${OBJECT_EN}\\b|` +
    `(buy|purchase|procure|acquire)\\w* (the|this|their) ${OBJECT_EN}\\b after|` +
    // Contracted, as Google Docs and web pages write it: "If it works we'll buy licences for all 14 estates" (trust8 en).
    `(we|they|you|i)['’]ll (then )?(buy|purchase|procure|acquire)\\w* ([\\p{L}-]+ ){0,2}${OBJECT_EN}\\b|` +
    `(vil|skal|kommer til å|kjem til å|planlegger å|planlegg å) ([\\p{L}-]+ ){0,2}(kjøpe|anskaffe|anskaffa|kjøpa)( inn)? ([\\p{L}-]+ ){0,1}${OBJECT_NB}|` +
    `${OBJECT_NB} (vil bli|skal|blir|vert) (kjøpt|anskaffet|anskaffa|kjøpte)`,
);

const QUOTATION = detectorRegex(
  'requests? for quot(e|es|ation|ations)|rfqs?|(competitive|written|three) quot(es|ations)|tilbudsforespørsel\\w*|tilbodsførespurnad\\w*|prisforespørsel\\w*|direkteanskaff\\w*',
);

/**
 * The route left as a template slot: a slot that names it (*Robotane blir kjøpte gjennom [Fyll inn anskaffingsform]*,
 * "<INSERT – PROCUREMENT ROUTE>") or a labelled line whose value is a slot (*Anskaffelse: [Fyll inn]*). The author has
 * the route to fill in, which is placeholder-text's finding alone (catalogue E; trust10 nn). The template's own `{{…}}`
 * in a sentence is the skeleton unfilled and still counts as no route.
 */
const ROUTE_SLOT_WORD = detectorRegex('anskaff\\w*|innkjøp\\w*|procure\\w*|procurement|purchasing|kjøpsform\\w*|route');
const ROUTE_LABEL = detectorRegex('anskaff\\w*|innkjøp\\w*|procurement( route)?|purchasing|route to market');

export default defineRule<ProcurementOptions>({
  meta: {
    id: 'procurement-route-missing',
    description: {
      en: 'When a supplier delivers the pilot, the proposal names the procurement route for buying the solution afterwards (new tender, innovation-partnership option, framework agreement, PCP/PPI).',
      nb: 'Når en leverandør leverer piloten, sier søknaden hvilken anskaffelsesvei som skal brukes for å kjøpe løsningen etterpå (ny konkurranse, opsjon i innovasjonspartnerskap, rammeavtale, PCP/PPI).',
    },
    facet: 'exit_plan',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T3',
    options: { routes: words('Extra phrases that name a procurement route.') },
  },
  messages: {
    fix: { en: 'Add the procurement route (T3)', nb: 'Legg til anskaffelsesvei (T3)' },
    missing: {
      en: 'A supplier delivers the pilot, but no procurement route follows it: say how the solution will be bought after the pilot (new tender, option in an innovation partnership, framework agreement, PCP/PPI). A pilot contract is not a licence to buy.',
      nb: 'En leverandør leverer piloten, men ingen anskaffelsesvei følger etter: si hvordan løsningen skal kjøpes etter piloten (ny konkurranse, opsjon i innovasjonspartnerskap, rammeavtale, PCP/PPI). En pilotavtale gir ikke rett til å kjøpe.',
    },
    purchase: {
      en: '"{text}" plans to buy the solution without a procurement route: name the route (new tender, innovation-partnership option, framework agreement), or the purchase will breach procurement rules or stall.',
      nb: '«{text}» planlegger å kjøpe løsningen uten en anskaffelsesvei: oppgi veien (ny konkurranse, opsjon i innovasjonspartnerskap, rammeavtale), ellers bryter kjøpet anskaffelsesreglene eller stopper opp.',
    },
    none: {
      en: 'Front matter says `procurement_route: none` for an SME supplier: an SME pilot without a follow-on route ends in the "pilot company" trap. Plan the purchase (new tender, innovation-partnership option, framework agreement).',
      nb: 'Front matter sier `procurement_route: none` for en liten leverandør (SMB): uten anskaffelsesvei etter piloten blir den et «pilotselskap». Planlegg kjøpet (ny konkurranse, opsjon i innovasjonspartnerskap, rammeavtale).',
    },
  },
  defaultOptions: { routes: [] },
  check(context) {
    const { doc, options } = context;
    const route = fmRoute(doc);
    const sme = isSme(doc);
    if (route && route !== 'none') return;
    // An open-source or in-house result is not bought, so it needs no route (catalogue E).
    // A company that gives the kit free for the pilot sells it afterwards, whatever is built in the open (resid17).
    if (!hasSupplier(doc) || (isOwnResult(doc) && !suppliedFreeForPilot(doc))) return;

    const pieces = proseSentences(doc);
    const extraWords = (Array.isArray(options.routes) ? options.routes : []).filter((w): w is string => typeof w === 'string' && !!w.trim());
    const extra = extraWords.length ? detectorRegex(extraWords.map((w) => escapeRegExp(w.trim()).replace(/ +/g, '\\s+')).join('|')) : undefined;
    // A denial reaches only its own clause: "an option … exercised through a contract variation; no new tender is needed".
    const clauses = pieces.flatMap((p) => {
      const out: (typeof pieces)[number][] = [];
      let from = 0;
      for (const part of p.text.split(/(?<=;)\s*/u)) {
        const at = p.text.indexOf(part, from);
        out.push({ text: part, start: p.start + at, end: p.start + at + part.length });
        from = at + part.length;
      }
      return out;
    });
    // Below the tender threshold the follow-on is bought by quotation ("**Buying:** open request for quotation for caption
    // glasses in summer 2027", *tilbudsforespørsel*): a route where the exit plan says it, while quotes gathered for the
    // pilot's own purchase buy only the pilot (trust20 en).
    const exits = facetRoots(doc, 'exit_plan');
    const afterwards = clauses.filter((c) => inBody(exits, c.start));
    const named = findCue(clauses, ROUTE, ROUTE_DENIED) ?? findCue(afterwards, QUOTATION, ROUTE_DENIED) ?? (extra ? findCue(pieces, extra) : undefined);

    const buy = findCue(pieces, PURCHASE);
    if (route === 'none' && sme) {
      const at = doc.frontMatter?.keyRange('procurement_route') ?? context.missingAnchor();
      context.report({ messageId: 'none', ...at, severity: buy ? 'error' : undefined, fix: fixFor(context) });
      return;
    }
    if (named) return;
    const slot = pieces.some((p) => labelledSlot(p.text, ROUTE_LABEL) || namingSlot(findPlaceholders(p.text), ROUTE_SLOT_WORD));
    if (slot) return;
    if (buy) {
      const text = buy.text.replace(/\s+/g, ' ');
      context.report({
        messageId: 'purchase',
        data: { text: text.length > 80 ? `${text.slice(0, 77)}…` : text },
        start: buy.start,
        end: buy.end,
        severity: 'error',
        fix: fixFor(context),
      });
      return;
    }
    const exit = facetRoots(doc, 'exit_plan')[0];
    const at = exit ? headingRange(exit) : context.missingAnchor();
    context.report({ messageId: 'missing', ...at, documentLevel: !exit, fix: fixFor(context) });
  },
});

/** T3's procurement line at the end of the exit plan, or the whole T3 when there is no exit plan. */
function fixFor(context: RuleContext<ProcurementOptions>): Fix {
  const exit = facetRoots(context.doc, 'exit_plan')[0];
  if (!exit) return context.insertTemplate('T3');
  const line = templateLines('T3', context.lang).find((l) => /Procurement route|Anskaffelsesvei/.test(l))!;
  return appendLines(context.doc, exit, [line], context.text('fix'));
}
