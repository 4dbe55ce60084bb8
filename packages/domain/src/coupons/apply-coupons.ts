import { assertBps, assertNonNegativeInteger, assertPositiveInteger } from "../input-assertions.ts";
import { allocate } from "../money/allocate.ts";
import { applyBps } from "../money/basis-points.ts";
import { formatMoney } from "../money/format-money.ts";
import type { Money } from "../money/money.ts";
import type { CartContext } from "../pricing/cart-types.ts";
import { allocateByRemaining, discountLine, sumRemaining, type WorkingLine } from "../pricing/cart-working-line.ts";
import { scopeCoversLine } from "../promotions/discount-scope.ts";
import { allPositions, buildUnitPool, pickUnits } from "../promotions/unit-pool.ts";
import type { CouponInput, CouponRejected, CouponResult, CouponTemplate } from "./coupon-types.ts";
import { couponRejected, couponValidity } from "./coupon-validity.ts";

function assertTemplate(template: CouponTemplate): void {
  const name = `coupon template ${template.id}`;
  assertNonNegativeInteger(template.threshold, `${name} threshold`);
  if (template.maxDiscount != null) assertNonNegativeInteger(template.maxDiscount, `${name} maxDiscount`);
  if (template.kind === "PERCENT") assertBps(template.value, `${name} value`);
  else assertPositiveInteger(template.value, `${name} value`);
  if (template.kind === "FREE_ITEM" && template.freeVariantId == null) {
    throw new RangeError(`${name} is FREE_ITEM without freeVariantId`);
  }
}

type Computed = { readonly discounts: Money[]; readonly lines: WorkingLine[] } | CouponRejected;

function computeCoupon(coupon: CouponInput, eligible: WorkingLine[], inScope: WorkingLine[]): Computed {
  const { template } = coupon;
  const cap = (amount: Money): Money => (template.maxDiscount == null ? amount : Math.min(amount, template.maxDiscount));
  const isFree = (line: WorkingLine): boolean => line.input.variantId === template.freeVariantId;
  const freeLines = template.kind === "FREE_ITEM" ? eligible.filter(isFree) : [];
  if (template.kind === "FREE_ITEM" && freeLines.length === 0) {
    return inScope.some(isFree)
      ? couponRejected(coupon.id, "COUPON_NOT_STACKABLE", "the free item is already discounted by a promotion")
      : couponRejected(coupon.id, "COUPON_NOT_APPLICABLE", "add the free item to the cart to use this coupon");
  }
  const spend = sumRemaining(template.kind === "FREE_ITEM" ? eligible.filter((line) => !isFree(line)) : eligible);
  if (spend < template.threshold) {
    const missing = template.threshold - spend;
    return {
      ok: false,
      couponId: coupon.id,
      code: "COUPON_THRESHOLD_NOT_MET",
      message: `spend ${formatMoney(missing)} more on eligible items to use this coupon`,
      missing,
    };
  }
  switch (template.kind) {
    case "AMOUNT":
      return { discounts: allocateByRemaining(cap(Math.min(template.value, spend)), eligible), lines: eligible };
    case "PERCENT":
      return { discounts: allocateByRemaining(cap(applyBps(spend, template.value)), eligible), lines: eligible };
    case "FREE_ITEM": {
      const picked = freeLines.map(() => 0);
      pickUnits(buildUnitPool(freeLines, allPositions(freeLines), "CHEAPEST_FIRST"), template.value, picked);
      let total = 0;
      for (const value of picked) total += value;
      return { discounts: allocate(cap(total), picked), lines: freeLines };
    }
  }
}

// Rule order: coupon priority (higher first), then coupon id.
function compareCoupons(a: CouponInput, b: CouponInput): number {
  return b.template.priority - a.template.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Rule: coupons apply after promotions, in priority order, each on what is left to pay. A coupon's eligible lines are
 * the lines in its scope minus lines with a price override, lines discounted by a promotion that does not stack with
 * coupons, and (for an EXCLUSIVE coupon) lines any promotion discounted; its threshold is checked on those lines. At
 * most one EXCLUSIVE coupon applies. A failing coupon gets an error value and the cart is still priced.
 */
export function applyCoupons(lines: readonly WorkingLine[], coupons: readonly CouponInput[], context: CartContext): CouponResult[] {
  const results = new Array<CouponResult>(coupons.length);
  const seen = new Set<string>();
  const usedByTemplate = new Map<string, number>();
  let exclusiveApplied = false;
  const order = coupons
    .map((_, index) => index)
    .sort((a, b) => compareCoupons(coupons[a] as CouponInput, coupons[b] as CouponInput) || a - b);
  for (const index of order) {
    const coupon = coupons[index] as CouponInput;
    const { template } = coupon;
    assertTemplate(template);
    if (seen.has(coupon.id)) {
      results[index] = couponRejected(coupon.id, "COUPON_DUPLICATE", "coupon is already in the cart");
      continue;
    }
    seen.add(coupon.id);
    const invalid = couponValidity(coupon, context, usedByTemplate.get(template.id) ?? 0);
    if (invalid !== null) {
      results[index] = invalid;
      continue;
    }
    const exclusive = template.stacking === "EXCLUSIVE";
    if (exclusive && exclusiveApplied) {
      results[index] = couponRejected(coupon.id, "COUPON_NOT_STACKABLE", "only one exclusive coupon per order");
      continue;
    }
    const inScope = lines.filter((line) => !line.priceOverridden && scopeCoversLine(template.scope, line.input));
    if (inScope.length === 0) {
      results[index] = couponRejected(coupon.id, "COUPON_NOT_APPLICABLE", "no item in the cart is eligible");
      continue;
    }
    const eligible = inScope.filter((line) => !line.couponBlocked && !(exclusive && line.promotionDiscounted));
    if (eligible.length === 0) {
      results[index] = couponRejected(coupon.id, "COUPON_NOT_STACKABLE", "eligible items are already discounted by promotions");
      continue;
    }
    const computed = computeCoupon(coupon, eligible, inScope);
    if ("ok" in computed) {
      results[index] = computed;
      continue;
    }
    let amount = 0;
    const lineIds: string[] = [];
    computed.lines.forEach((line, position) => {
      const discount = computed.discounts[position] as Money;
      if (discount <= 0) return;
      discountLine(line, { source: "COUPON", sourceId: coupon.id, label: template.name, amount: discount });
      amount += discount;
      lineIds.push(line.input.lineId);
    });
    if (amount === 0) {
      results[index] = couponRejected(coupon.id, "COUPON_NOT_APPLICABLE", "nothing left to discount");
      continue;
    }
    if (exclusive) exclusiveApplied = true;
    usedByTemplate.set(template.id, (usedByTemplate.get(template.id) ?? 0) + 1);
    results[index] = { couponId: coupon.id, ok: true, amount, lineIds };
  }
  return results;
}
