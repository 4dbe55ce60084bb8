import type { Money } from "../../money/money.ts";
import { allocateByRemaining, sumRemaining, type WorkingLine } from "../../pricing/cart-working-line.ts";
import type { AmountOffParams } from "../promotion-types.ts";
import { allPositions, buildUnitPool } from "../unit-pool.ts";

// Rule AMOUNT_OFF: per UNIT, each qualifying unit loses up to `amount`; per ORDER, the qualifying lines together lose
// up to `amount`, spread by largest remainder.
export function amountOffDiscounts(lines: readonly WorkingLine[], params: AmountOffParams): Money[] {
  if (params.per === "ORDER") {
    return allocateByRemaining(Math.min(params.amount, sumRemaining(lines)), lines);
  }
  const discounts = lines.map(() => 0);
  for (const group of buildUnitPool(lines, allPositions(lines), "CHEAPEST_FIRST")) {
    discounts[group.position] = (discounts[group.position] as number) + group.count * Math.min(group.value, params.amount);
  }
  return discounts;
}
