import { it } from 'vitest';
import { run } from '../util/rule-tester';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes';
import { RULES } from '../../rules/index';
const cases: [string, string][] = [
  ['success-criteria-missing', '# Pilot\n\n## Objectives\n\nWe want a better, more modern service for residents.\n'],
  ['post-pilot-terms-missing', '# Nattilsyn\n\n## Vidareføring\n\nTryggvakt AS leverer utstyret. Driftskostnaden på 380 000 kr i året vert dekt over budsjettet, og kommunen eig alle data.\n'],
  ['privacy-assessment-missing', "# Read Aloud\n\n## How it works\n\nThe app records each pupil's voice and shows teachers every child's reading level.\n"],
];
it('out', () => {
  for (const [id, text] of cases) {
    const rule = RULES.find((r) => r.meta.id === id)!;
    const found = run(rule, { name: 'x', text });
    console.log(id, found.length, found.map((f: any) => f.message.slice(0, 50)));
    console.log('OUT ' + JSON.stringify(applyEdits(text, mergeFixes(found.flatMap((f: any) => (f.fix ? [f.fix] : []))))));
  }
});
