import { applyCoupons } from "../coupons/apply-coupons.ts";
import type { Money } from "../money/money.ts";
import { applyPromotions } from "../promotions/engine.ts";
import type { DiscountSource, PriceCartInput, PricedCart, PricedCartLine } from "./cart-types.ts";
import { createWorkingLines } from "./cart-working-line.ts";
import { applyManualDiscounts } from "./manual-discounts.ts";

/**
 * Rule: a cart is priced as manual adjustments, then promotions (priority order, exclusivity), then coupons, each step
 * on what is left to pay; line discounts sum exactly to the order discount and no line goes below zero.
 */
export function priceCart(input: PriceCartInput): PricedCart {
  const working = createWorkingLines(input.lines);
  const manualResults = applyManualDiscounts(working, input.manualDiscounts ?? []);
  const { applied, hints } = applyPromotions(working, input.promotions ?? [], input.context);
  const couponResults = applyCoupons(working, input.coupons ?? [], input.context);

  const lines = new Array<PricedCartLine>(working.length);
  const breakdown: Record<DiscountSource, Money> = { PROMOTION: 0, COUPON: 0, MANUAL: 0 };
  let subtotal = 0;
  let discountTotal = 0;
  for (const line of working) {
    const lineDiscount = line.subtotal - line.remaining;
    for (const discount of line.discounts) breakdown[discount.source] += discount.amount;
    subtotal += line.subtotal;
    discountTotal += lineDiscount;
    lines[line.index] = {
      lineId: line.input.lineId,
      variantId: line.input.variantId,
      quantity: line.input.quantity,
      unitPrice: line.input.unitPrice,
      lineSubtotal: line.subtotal,
      discounts: line.discounts,
      lineDiscount,
      lineTotal: line.remaining,
    };
  }
  return {
    lines,
    subtotal,
    discountTotal,
    total: subtotal - discountTotal,
    discountBreakdown: { promotion: breakdown.PROMOTION, coupon: breakdown.COUPON, manual: breakdown.MANUAL },
    appliedPromotions: applied,
    couponResults,
    manualResults,
    hints,
  };
}
