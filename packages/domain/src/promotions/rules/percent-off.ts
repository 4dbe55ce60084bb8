import { applyBps } from "../../money/basis-points.ts";
import type { Money } from "../../money/money.ts";
import { allocateByRemaining, sumRemaining, type WorkingLine } from "../../pricing/cart-working-line.ts";
import type { PercentOffParams } from "../promotion-types.ts";

// Rule PERCENT_OFF: bps off the qualifying lines' remaining total (rounded half-up once), spread by largest remainder.
export function percentOffDiscounts(lines: readonly WorkingLine[], params: PercentOffParams): Money[] {
  return allocateByRemaining(applyBps(sumRemaining(lines), params.bps), lines);
}
