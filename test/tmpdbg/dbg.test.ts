import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProposal } from '../../server/src/model/parse';
it('dbg', () => {
  const f = process.env.F!;
  const doc: any = (parseProposal as any)(readFileSync(f, 'utf8'));
  for (const s of doc.sections) console.log(s.heading.depth, JSON.stringify(s.heading.text), s.facets.join(','));
});
