import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../../server/src/core/lint';
it('dbg', () => {
  const r: any = (lint as any)(readFileSync(process.env.F!, 'utf8'));
  for (const f of r.findings) if (f.ruleId === 'success-criterion-incomplete') console.log(f.element, f.message.slice(0, 60));
});
