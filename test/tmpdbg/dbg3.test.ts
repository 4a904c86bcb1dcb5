import { it } from 'vitest';
import { detector } from '../../server/src/model/match';
it('dbg', () => {
  for (const t of ['- Teaching-assistant time on one-to-one reading checks: from 6 hours a week per class to 3 hours by April 2027.', '3. Bedre brukeropplevelse for søkerne.']) {
    console.log(detector('source').exec(t), detector('target').exec(t));
  }
});
