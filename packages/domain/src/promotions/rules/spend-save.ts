import type { Money } from "../../money/money.ts";
import { allocateByRemaining, sumRemaining, type WorkingLine } from "../../pricing/cart-working-line.ts";
import type { SpendSaveParams } from "../promotion-types.ts";

// Rule SPEND_SAVE (满减): the best met tier saves its discount once; with repeat (每满) the tier that saves most when
// repeated floor(spend / threshold) times wins. Never more than the spend.
export function spendSaveDiscount(spend: Money, params: SpendSaveParams): Money {
  let best = 0;
  for (const tier of params.tiers) {
    if (spend < tier.threshold) continue;
    const times = params.repeat === true ? Math.floor(spend / tier.threshold) : 1;
    best = Math.max(best, times * tier.discount);
  }
  return Math.min(best, spend);
}

// Rule SPEND_SAVE hint: the smallest extra spend that raises the saving, and the saving it would reach.
export function spendSaveNextStep(spend: Money, params: SpendSaveParams): { missing: Money; discount: Money } | null {
  const current = spendSaveDiscount(spend, params);
  let best: { missing: Money; discount: Money } | null = null;
  for (const tier of params.tiers) {
    // the fewest repetitions of this tier that beat the current saving
    const times = params.repeat === true ? Math.floor(current / tier.discount) + 1 : tier.discount > current ? 1 : 0;
    if (times === 0) continue;
    const missing = times * tier.threshold - spend;
    if (missing <= 0) continue;
    const discount = spendSaveDiscount(spend + missing, params);
    if (best === null || missing < best.missing || (missing === best.missing && discount > best.discount)) {
      best = { missing, discount };
    }
  }
  return best;
}

// Rule SPEND_SAVE: the saving is spread over the qualifying lines by largest remainder of what is left on them.
export function spendSaveDiscounts(lines: readonly WorkingLine[], params: SpendSaveParams): Money[] {
  return allocateByRemaining(spendSaveDiscount(sumRemaining(lines), params), lines);
}
