import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CouponInput } from "../coupons/coupon-types.ts";
import type { DiscountScope } from "../promotions/discount-scope.ts";
import type { Promotion, PromotionRule } from "../promotions/promotion-types.ts";
import { cartContext, coupon, couponTemplate, promotion } from "./cart-test-builders.ts";
import type { CartLineInput, PriceCartInput, PricedCart } from "./cart-types.ts";
import type { ManualDiscountInput } from "./manual-discounts.ts";
import { priceCart } from "./price-cart.ts";

const CATEGORIES = ["c1", "c2", "c3"];

const scopeArb: fc.Arbitrary<DiscountScope> = fc.oneof(
  fc.constant({}),
  fc.record({ categoryIds: fc.subarray(CATEGORIES, { minLength: 1 }) }),
  fc.record({ variantIds: fc.subarray(["v1", "v2", "v3", "v4"], { minLength: 1 }) }),
  fc.record({ excludeBrandIds: fc.constant(["b1"]) }),
);

const ruleArb: fc.Arbitrary<PromotionRule> = fc.oneof(
  fc.record({
    type: fc.constant("PERCENT_OFF" as const),
    params: fc.record({ bps: fc.integer({ min: 1, max: 10000 }) }),
  }),
  fc.record({
    type: fc.constant("AMOUNT_OFF" as const),
    params: fc.record({
      amount: fc.integer({ min: 1, max: 20000 }),
      per: fc.constantFrom("UNIT" as const, "ORDER" as const),
    }),
  }),
  fc.record({
    type: fc.constant("SPEND_SAVE" as const),
    params: fc.record({
      tiers: fc
        .uniqueArray(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 3 })
        .chain((thresholds) =>
          fc.tuple(...thresholds.map((threshold) => fc.integer({ min: 1, max: threshold }).map((discount) => ({ threshold, discount })))),
        ),
      repeat: fc.boolean(),
    }),
  }),
  fc.record({
    type: fc.constant("BUY_X_GET_Y" as const),
    params: fc.record({
      buyQty: fc.integer({ min: 1, max: 3 }),
      getQty: fc.integer({ min: 1, max: 2 }),
      getDiscountBps: fc.integer({ min: 1, max: 10000 }),
      sameItem: fc.boolean(),
    }),
  }),
  fc.record({
    type: fc.constant("NTH_ITEM_DISCOUNT" as const),
    params: fc.record({
      n: fc.integer({ min: 2, max: 4 }),
      bps: fc.integer({ min: 1, max: 10000 }),
      sameItem: fc.boolean(),
    }),
  }),
  fc.record({
    type: fc.constant("BUNDLE_PRICE" as const),
    params: fc.record({ quantity: fc.integer({ min: 2, max: 4 }), price: fc.integer({ min: 0, max: 30000 }) }),
  }),
);

const linesArb: fc.Arbitrary<CartLineInput[]> = fc
  .array(
    fc.record({
      variantId: fc.constantFrom("v1", "v2", "v3", "v4"),
      categoryIds: fc.subarray(CATEGORIES),
      brandId: fc.constantFrom(null, "b1", "b2"),
      quantity: fc.integer({ min: 1, max: 6 }),
      unitPrice: fc.oneof(fc.integer({ min: 0, max: 50000 }), fc.constantFrom(0, 1, 3, 9999)),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => lines.map((line, i) => ({ ...line, lineId: `L${i}`, productId: `p-${line.variantId}` })));

const promotionsArb: fc.Arbitrary<Promotion[]> = fc
  .array(
    fc.record({
      rule: ruleArb,
      scope: scopeArb,
      priority: fc.integer({ min: 0, max: 3 }),
      exclusive: fc.boolean(),
      stackableWithCoupons: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((specs) =>
    specs.map((spec, i) =>
      promotion(`P${i}`, spec.rule, {
        scope: spec.scope,
        priority: spec.priority,
        exclusive: spec.exclusive,
        stackableWithCoupons: spec.stackableWithCoupons,
      }),
    ),
  );

const couponsArb: fc.Arbitrary<CouponInput[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom("AMOUNT" as const, "PERCENT" as const, "FREE_ITEM" as const),
      amount: fc.integer({ min: 1, max: 30000 }),
      bps: fc.integer({ min: 0, max: 10000 }),
      units: fc.integer({ min: 1, max: 3 }),
      maxDiscount: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
      threshold: fc.integer({ min: 0, max: 60000 }),
      stacking: fc.constantFrom("EXCLUSIVE" as const, "WITH_PROMOTIONS" as const),
      priority: fc.integer({ min: 0, max: 3 }),
      scope: scopeArb,
    }),
    { maxLength: 3 },
  )
  .map((specs) =>
    specs.map((spec, i) =>
      coupon(
        `C${i}`,
        couponTemplate(`T${i}`, {
          kind: spec.kind,
          value: spec.kind === "AMOUNT" ? spec.amount : spec.kind === "PERCENT" ? spec.bps : spec.units,
          freeVariantId: spec.kind === "FREE_ITEM" ? "v1" : null,
          maxDiscount: spec.maxDiscount,
          threshold: spec.threshold,
          stacking: spec.stacking,
          priority: spec.priority,
          scope: spec.scope,
        }),
      ),
    ),
  );

const cartArb: fc.Arbitrary<PriceCartInput> = linesArb.chain((lines) =>
  fc.record({
    lines: fc.constant(lines),
    context: fc.constant(cartContext()),
    promotions: promotionsArb,
    coupons: couponsArb,
    manualDiscounts: fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        lineId: fc.constantFrom(...lines.map((line) => line.lineId), "missing"),
        kind: fc.constantFrom("AMOUNT_OFF" as const, "PERCENT_OFF" as const, "PRICE_OVERRIDE" as const),
        value: fc.integer({ min: 0, max: 20000 }),
      }) as fc.Arbitrary<ManualDiscountInput>,
      { maxLength: 2 },
    ),
  }),
);

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function byLineId(cart: PricedCart) {
  return Object.fromEntries(cart.lines.map((line) => [line.lineId, line]));
}

describe("priceCart properties", () => {
  it("totals are never negative and no line goes below zero", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        expect(cart.total).toBeGreaterThanOrEqual(0);
        expect(cart.discountTotal).toBeGreaterThanOrEqual(0);
        for (const line of cart.lines) {
          expect(line.lineTotal).toBeGreaterThanOrEqual(0);
          expect(line.lineTotal).toBeLessThanOrEqual(line.lineSubtotal);
          for (const discount of line.discounts) expect(discount.amount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("line discounts add up exactly to the order discount, and every source adds up", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        expect(sum(cart.lines.map((line) => line.lineDiscount))).toBe(cart.discountTotal);
        expect(sum(cart.lines.map((line) => line.lineTotal))).toBe(cart.total);
        expect(cart.subtotal - cart.discountTotal).toBe(cart.total);
        for (const line of cart.lines) {
          expect(sum(line.discounts.map((d) => d.amount))).toBe(line.lineDiscount);
          expect(line.lineSubtotal).toBe(line.unitPrice * line.quantity);
        }
        const { promotion, coupon, manual } = cart.discountBreakdown;
        expect(promotion + coupon + manual).toBe(cart.discountTotal);
        expect(sum(cart.appliedPromotions.map((p) => p.amount))).toBe(promotion);
        expect(sum(cart.couponResults.map((r) => (r.ok ? r.amount : 0)))).toBe(coupon);
        expect(sum(cart.manualResults.map((r) => (r.ok ? r.amount : 0)))).toBe(manual);
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic and does not depend on the order of lines, promotions or coupons", () => {
    fc.assert(
      fc.property(
        cartArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.lines], { minLength: input.lines.length }),
            fc.shuffledSubarray([...(input.promotions ?? [])], { minLength: input.promotions?.length ?? 0 }),
            fc.shuffledSubarray([...(input.coupons ?? [])], { minLength: input.coupons?.length ?? 0 }),
          ),
        ),
        ([input, lines, promotions, coupons]) => {
          const cart = priceCart(input);
          expect(priceCart(input)).toEqual(cart);
          const shuffled = priceCart({ ...input, lines, promotions, coupons });
          expect(shuffled.total).toBe(cart.total);
          expect(shuffled.discountTotal).toBe(cart.discountTotal);
          expect(byLineId(shuffled)).toEqual(byLineId(cart));
          expect(shuffled.appliedPromotions).toEqual(cart.appliedPromotions);
          const couponsById = (c: PricedCart) => Object.fromEntries(c.couponResults.map((r) => [r.couponId, r]));
          expect(couponsById(shuffled)).toEqual(couponsById(cart));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a threshold hint is always reachable: adding the missing amount to a single in-scope line earns the discount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), ruleArb, (amount, rule) => {
        if (rule.type !== "SPEND_SAVE") return;
        const line = { lineId: "a", variantId: "v1", productId: "p", categoryIds: [], quantity: 1, unitPrice: amount };
        const promos = [promotion("P", rule)];
        const cart = priceCart({ lines: [line], context: cartContext(), promotions: promos });
        for (const hint of cart.hints) {
          const topped = priceCart({
            lines: [{ ...line, unitPrice: amount + hint.missing }],
            context: cartContext(),
            promotions: promos,
          });
          expect(topped.discountTotal).toBe(hint.discount);
          expect(hint.discount).toBeGreaterThan(cart.discountTotal);
          if (hint.missing > 1) {
            const short = priceCart({
              lines: [{ ...line, unitPrice: amount + hint.missing - 1 }],
              context: cartContext(),
              promotions: promos,
            });
            expect(short.discountTotal).toBe(cart.discountTotal);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
