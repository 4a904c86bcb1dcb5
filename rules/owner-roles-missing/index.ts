// owner-roles-missing: nobody is named as owner or sponsor and no section covers anchoring, roles or governance.
import { defineRule } from '../util/define';
import { fmFilled } from '../util/scope';

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
    if (fmFilled(doc, 'owner') && fmFilled(doc, 'sponsor')) return;
    if (fmFilled(doc, 'anchoring') || fmFilled(doc, 'governance')) return;
    context.report({
      messageId: 'missing',
      ...context.missingAnchor(),
      documentLevel: true,
      fix: context.insertTemplate('T1'),
    });
  },
});
