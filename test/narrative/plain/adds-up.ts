// The plain code addsUpInIntegers stands for (analyse.ts addsUp before issue 19's tenth pass): the test oracle; do not optimise.
import Decimal from 'decimal.js';
import type { Claim } from '../../../src/core/narrative/analyse';

/** Do these amounts add up to the total (within the halves of the printed figures)? */
export function plainAddsUp(items: Claim[], total: Claim): boolean {
  if (!total.token.wan || items.some((c) => !c.token.wan)) return false;
  const sum = items.reduce((a, c) => a.plus(c.token.wan as Decimal), new Decimal(0));
  const slack = items.reduce((a, c) => a.plus(c.token.half ?? 0), total.token.half ?? new Decimal(0));
  return sum.minus(total.token.wan).abs().lte(slack);
}
