// owner-roles-missing: nobody is named as owner or sponsor and no section covers anchoring, roles or governance.
import { defineRule } from '../util/define';
import { fmFilled } from '../util/scope';
import { readFacts } from '../util/facts';

export default defineRule({
  meta: {
    id: 'owner-roles-missing',
    description: {
      en: 'The proposal needs a section on organisational anchoring (owner, sponsor, roles, governance), or an owner and a sponsor in front matter.',
      nb: 'Søknaden trenger en del om forankring (eier, prosjekteier, roller, styring), eller eier og oppdragsgiver (owner og sponsor) i front matter.',
    },
    facet: 'anchoring',
    defaultSeverity: 'warning',
    fixable: true,
    template: 'T1',
  },
  messages: {
    missing: {
      en: 'No organisational anchoring: add a section naming the decision-maker who sponsors the pilot, the operational manager who will own it, a frontline lead and the benefit owner (a line manager), with how each has committed, or give `owner` and `sponsor` in front matter.',
      nb: 'Mangler forankring: legg til en del som navngir beslutningstakeren som står bak piloten, lederen som skal eie den i drift, en leder i førstelinjen og gevinstansvarlig (en linjeleder), og hvordan hver har forpliktet seg, eller oppgi `owner` og `sponsor` i front matter.',
    },
  },
  defaultOptions: {},
  check(context) {
    const { doc } = context;
    if (doc.sectionsFor('anchoring').length > 0) return;
    // Both fields must hold a real value: `owner: TBD` names nobody (placeholder-text reports the TBD itself).
    // A fact found in the body counts as present too (catalogue E): "Owner: … · Sponsor: …" on a README's first line.
    // The facts reader prefers front matter, so its value counts only when it comes from the body.
    const facts = readFacts(doc);
    const named = (key: 'owner' | 'sponsor'): boolean => !!fmFilled(doc, key) || facts[key]?.from === 'body';
    if (named('owner') && named('sponsor')) return;
    if (fmFilled(doc, 'anchoring') || fmFilled(doc, 'governance')) return;
    context.report({
      messageId: 'missing',
      ...context.missingAnchor(),
      documentLevel: true,
      fix: context.insertTemplate('T1'),
    });
  },
});
