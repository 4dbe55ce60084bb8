import { assertNonNegativeInteger, assertPositiveInteger } from "../input-assertions.ts";
import { allocate } from "../money/allocate.ts";
import type { Money } from "../money/money.ts";
import type { CartLineInput, LineDiscount } from "./cart-types.ts";

/** A cart line while the engine prices it: what is left to pay and which discounts touched it. */
export interface WorkingLine {
  readonly index: number;
  readonly input: CartLineInput;
  readonly subtotal: Money;
  remaining: Money;
  readonly discounts: LineDiscount[];
  /** some promotion discounted it (EXCLUSIVE coupons skip such lines) */
  promotionDiscounted: boolean;
  /** a promotion that does not stack with coupons discounted it */
  couponBlocked: boolean;
  /** a manual price override fixed its price: no promotion or coupon touches it */
  priceOverridden: boolean;
}

// Lines are worked on in lineId order so that every tie-break is independent of the order the client sent them in.
export function createWorkingLines(lines: readonly CartLineInput[]): WorkingLine[] {
  const seen = new Set<string>();
  const working = lines.map((input, index): WorkingLine => {
    if (seen.has(input.lineId)) throw new RangeError(`duplicate lineId "${input.lineId}"`);
    seen.add(input.lineId);
    assertPositiveInteger(input.quantity, `quantity of line ${input.lineId}`);
    assertNonNegativeInteger(input.unitPrice, `unitPrice of line ${input.lineId}`);
    const subtotal = input.unitPrice * input.quantity;
    assertNonNegativeInteger(subtotal, `subtotal of line ${input.lineId}`);
    return {
      index,
      input,
      subtotal,
      remaining: subtotal,
      discounts: [],
      promotionDiscounted: false,
      couponBlocked: false,
      priceOverridden: false,
    };
  });
  return working.sort((a, b) => (a.input.lineId < b.input.lineId ? -1 : a.input.lineId > b.input.lineId ? 1 : 0));
}

// Rule: thresholds and order-level discounts look at what is left to pay on the qualifying lines.
export function sumRemaining(lines: readonly WorkingLine[]): Money {
  let total = 0;
  for (const line of lines) total += line.remaining;
  return total;
}

// Order-level discounts are spread over the lines they were earned on by largest remainder of what is left to pay.
export function allocateByRemaining(total: Money, lines: readonly WorkingLine[]): Money[] {
  return allocate(
    total,
    lines.map((line) => line.remaining),
  );
}

// Rule: a discount never takes a line below zero (a larger one is a bug in the rule that produced it).
export function discountLine(line: WorkingLine, discount: LineDiscount): void {
  if (discount.amount <= 0) return;
  if (discount.amount > line.remaining) {
    throw new Error(`bug: discount ${discount.amount} exceeds remaining ${line.remaining} on line ${line.input.lineId}`);
  }
  line.remaining -= discount.amount;
  line.discounts.push(discount);
}
