import { describe, expect, it } from "vitest";
import type { CartLineInput, PricedCart } from "../pricing/cart-types.ts";
import { cartContext, cartLine, coupon, couponTemplate, promotion } from "../pricing/cart-test-builders.ts";
import { priceCart } from "../pricing/price-cart.ts";
import type { Promotion, PromotionRule } from "./promotion-types.ts";

function discountsByLine(cart: PricedCart): Record<string, number> {
  return Object.fromEntries(cart.lines.map((line) => [line.lineId, line.lineDiscount]));
}

function price(lines: CartLineInput[], promotions: Promotion[]): PricedCart {
  return priceCart({ lines, context: cartContext(), promotions });
}

const SPEND_SAVE: PromotionRule = {
  type: "SPEND_SAVE",
  params: {
    tiers: [
      { threshold: 20000, discount: 2000 },
      { threshold: 50000, discount: 8000 },
    ],
  },
};
const EVERY_200_SAVE_20: PromotionRule = {
  type: "SPEND_SAVE",
  params: { tiers: [{ threshold: 20000, discount: 2000 }], repeat: true },
};
const BUY_2_GET_1: PromotionRule = { type: "BUY_X_GET_Y", params: { buyQty: 2, getQty: 1, getDiscountBps: 10000 } };
const SECOND_HALF_PRICE: PromotionRule = { type: "NTH_ITEM_DISCOUNT", params: { n: 2, bps: 5000 } };
const THREE_FOR_99: PromotionRule = { type: "BUNDLE_PRICE", params: { quantity: 3, price: 9900 } };

describe("promotion rules", () => {
  it.each<[string, CartLineInput[], PromotionRule, Record<string, number>]>([
    [
      "PERCENT_OFF 10%, rounded once, spread",
      [cartLine("a", 1000, 2), cartLine("b", 999)],
      { type: "PERCENT_OFF", params: { bps: 1000 } },
      { a: 200, b: 100 },
    ],
    ["PERCENT_OFF rounding to nothing", [cartLine("a", 1)], { type: "PERCENT_OFF", params: { bps: 3333 } }, { a: 0 }],
    ["PERCENT_OFF 100%", [cartLine("a", 1234, 3)], { type: "PERCENT_OFF", params: { bps: 10000 } }, { a: 3702 }],
    [
      "AMOUNT_OFF per unit, capped at the unit",
      [cartLine("a", 1000, 2), cartLine("b", 300)],
      { type: "AMOUNT_OFF", params: { amount: 500 } },
      { a: 1000, b: 300 },
    ],
    [
      "AMOUNT_OFF per order, spread",
      [cartLine("a", 1000, 2), cartLine("b", 300)],
      { type: "AMOUNT_OFF", params: { amount: 500, per: "ORDER" } },
      { a: 435, b: 65 },
    ],
    [
      "AMOUNT_OFF per order, capped at the lines",
      [cartLine("a", 1000, 2), cartLine("b", 300)],
      { type: "AMOUNT_OFF", params: { amount: 5000, per: "ORDER" } },
      { a: 2000, b: 300 },
    ],
    ["SPEND_SAVE 1分 below", [cartLine("a", 19999)], SPEND_SAVE, { a: 0 }],
    ["SPEND_SAVE exactly at", [cartLine("a", 20000)], SPEND_SAVE, { a: 2000 }],
    ["SPEND_SAVE 1分 above", [cartLine("a", 20001)], SPEND_SAVE, { a: 2000 }],
    ["SPEND_SAVE second tier 1分 below", [cartLine("a", 49999)], SPEND_SAVE, { a: 2000 }],
    ["SPEND_SAVE second tier exactly at", [cartLine("a", 50000)], SPEND_SAVE, { a: 8000 }],
    ["SPEND_SAVE second tier 1分 above", [cartLine("a", 50001)], SPEND_SAVE, { a: 8000 }],
    ["SPEND_SAVE spread over lines", [cartLine("a", 15000), cartLine("b", 5000)], SPEND_SAVE, { a: 1500, b: 500 }],
    ["SPEND_SAVE repeat 1分 below twice", [cartLine("a", 39999)], EVERY_200_SAVE_20, { a: 2000 }],
    ["SPEND_SAVE repeat exactly twice", [cartLine("a", 40000)], EVERY_200_SAVE_20, { a: 4000 }],
    ["SPEND_SAVE repeat 1分 above twice", [cartLine("a", 40001)], EVERY_200_SAVE_20, { a: 4000 }],
    ["BUY_X_GET_Y cheapest free", [cartLine("a", 1000), cartLine("b", 800), cartLine("c", 500)], BUY_2_GET_1, { a: 0, b: 0, c: 500 }],
    ["BUY_X_GET_Y one short", [cartLine("a", 1000), cartLine("b", 800)], BUY_2_GET_1, { a: 0, b: 0 }],
    ["BUY_X_GET_Y two groups", [cartLine("a", 100, 6)], BUY_2_GET_1, { a: 200 }],
    [
      "BUY_X_GET_Y five units make one group",
      [cartLine("a", 1000), cartLine("b", 800), cartLine("c", 500, 3)],
      BUY_2_GET_1,
      { a: 0, b: 0, c: 500 },
    ],
    [
      "BUY_X_GET_Y half off",
      [cartLine("a", 1000), cartLine("b", 800), cartLine("c", 500)],
      { type: "BUY_X_GET_Y", params: { buyQty: 2, getQty: 1, getDiscountBps: 5000 } },
      { a: 0, b: 0, c: 250 },
    ],
    ["BUY_X_GET_Y mixed items", [cartLine("a", 1000, 2), cartLine("b", 800, 2)], BUY_2_GET_1, { a: 0, b: 800 }],
    [
      "BUY_X_GET_Y same item only",
      [cartLine("a", 1000, 2), cartLine("b", 800, 2)],
      { type: "BUY_X_GET_Y", params: { buyQty: 2, getQty: 1, getDiscountBps: 10000, sameItem: true } },
      { a: 0, b: 0 },
    ],
    ["NTH_ITEM second half price, half-up", [cartLine("a", 1999, 2)], SECOND_HALF_PRICE, { a: 1000 }],
    ["NTH_ITEM three units, one discounted", [cartLine("a", 1000, 3)], SECOND_HALF_PRICE, { a: 500 }],
    ["NTH_ITEM single unit", [cartLine("a", 1000)], SECOND_HALF_PRICE, { a: 0 }],
    ["NTH_ITEM mixed items, cheapest discounted", [cartLine("a", 1000), cartLine("b", 600)], SECOND_HALF_PRICE, { a: 0, b: 300 }],
    [
      "NTH_ITEM same item only",
      [cartLine("a", 1000), cartLine("b", 600)],
      { type: "NTH_ITEM_DISCOUNT", params: { n: 2, bps: 5000, sameItem: true } },
      { a: 0, b: 0 },
    ],
    ["BUNDLE_PRICE 3 for ¥99", [cartLine("a", 4000, 3)], THREE_FOR_99, { a: 2100 }],
    ["BUNDLE_PRICE worth exactly the price", [cartLine("a", 3300, 3)], THREE_FOR_99, { a: 0 }],
    ["BUNDLE_PRICE worth 1分 below the price", [cartLine("a", 3300, 2), cartLine("b", 3299)], THREE_FOR_99, { a: 0, b: 0 }],
    ["BUNDLE_PRICE worth 1分 above the price", [cartLine("a", 3300, 2), cartLine("b", 3301)], THREE_FOR_99, { a: 1, b: 0 }],
    [
      "BUNDLE_PRICE dearest units bundled",
      [cartLine("a", 5000), cartLine("b", 4000), cartLine("c", 3000), cartLine("d", 100)],
      THREE_FOR_99,
      { a: 875, b: 700, c: 525, d: 0 },
    ],
    [
      "BUNDLE_PRICE stops at the first bundle not worth it",
      [cartLine("a", 5000, 3), cartLine("b", 2000, 3)],
      THREE_FOR_99,
      { a: 5100, b: 0 },
    ],
  ])("%s", (_name, lines, rule, expected) => {
    const cart = price(lines, [promotion("P", rule)]);
    expect(discountsByLine(cart)).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(cart.discountTotal).toBe(total);
    expect(cart.appliedPromotions.map((p) => p.promotionId)).toEqual(total > 0 ? ["P"] : []);
  });
});

describe("spend thresholds give hints", () => {
  it.each<[string, number, PromotionRule, { missing: number; discount: number } | null]>([
    ["1分 below the first tier", 19999, SPEND_SAVE, { missing: 1, discount: 2000 }],
    ["exactly at the first tier", 20000, SPEND_SAVE, { missing: 30000, discount: 8000 }],
    ["1分 above the first tier", 20001, SPEND_SAVE, { missing: 29999, discount: 8000 }],
    ["1分 below the top tier", 49999, SPEND_SAVE, { missing: 1, discount: 8000 }],
    ["exactly at the top tier", 50000, SPEND_SAVE, null],
    ["repeat: 1分 below the next step", 39999, EVERY_200_SAVE_20, { missing: 1, discount: 4000 }],
    ["repeat: exactly at a step", 40000, EVERY_200_SAVE_20, { missing: 20000, discount: 6000 }],
    ["empty-ish cart", 1, SPEND_SAVE, { missing: 19999, discount: 2000 }],
  ])("%s", (_name, amount, rule, expected) => {
    const cart = price([cartLine("a", amount)], [promotion("P", rule, { name: "满减" })]);
    expect(cart.hints).toEqual(expected === null ? [] : [{ promotionId: "P", label: "满减", ...expected }]);
  });

  it("gives no hint when no line is in scope", () => {
    const cart = price([cartLine("a", 100)], [promotion("P", SPEND_SAVE, { scope: { categoryIds: ["other"] } })]);
    expect(cart.hints).toEqual([]);
  });
});

describe("stacking and exclusivity", () => {
  const tenPercent: PromotionRule = { type: "PERCENT_OFF", params: { bps: 1000 } };
  const twentyPercent: PromotionRule = { type: "PERCENT_OFF", params: { bps: 2000 } };
  const fiveYuanOff: PromotionRule = { type: "AMOUNT_OFF", params: { amount: 500, per: "ORDER" } };

  it("applies promotions in priority order, each on what is left", () => {
    const percentFirst = price(
      [cartLine("a", 22000)],
      [promotion("pct", tenPercent, { priority: 10 }), promotion("ss", SPEND_SAVE, { priority: 0 })],
    );
    expect(percentFirst.total).toBe(19800);
    expect(percentFirst.appliedPromotions.map((p) => p.promotionId)).toEqual(["pct"]);
    expect(percentFirst.hints).toEqual([{ promotionId: "ss", label: "ss", missing: 200, discount: 2000 }]);

    const spendSaveFirst = price(
      [cartLine("a", 22000)],
      [promotion("pct", tenPercent, { priority: 0 }), promotion("ss", SPEND_SAVE, { priority: 10 })],
    );
    expect(spendSaveFirst.total).toBe(18000);
    expect(spendSaveFirst.appliedPromotions.map((p) => [p.promotionId, p.amount])).toEqual([
      ["ss", 2000],
      ["pct", 2000],
    ]);
  });

  it.each<[string, Promotion[], string[], number]>([
    [
      "an exclusive promotion with the highest priority applies alone",
      [promotion("E", twentyPercent, { priority: 10, exclusive: true }), promotion("N", fiveYuanOff, { priority: 5 })],
      ["E"],
      2000,
    ],
    [
      "an exclusive promotion is skipped once another has applied",
      [
        promotion("N1", fiveYuanOff, { priority: 10 }),
        promotion("E", twentyPercent, { priority: 5, exclusive: true }),
        promotion("N2", fiveYuanOff, { priority: 0 }),
      ],
      ["N1", "N2"],
      1000,
    ],
    [
      "an exclusive promotion out of scope blocks nothing",
      [
        promotion("E", twentyPercent, { priority: 10, exclusive: true, scope: { categoryIds: ["x"] } }),
        promotion("N", fiveYuanOff, { priority: 5 }),
      ],
      ["N"],
      500,
    ],
    [
      "an exclusive 满减 below its threshold blocks nothing",
      [promotion("E", SPEND_SAVE, { priority: 10, exclusive: true }), promotion("N", fiveYuanOff, { priority: 5 })],
      ["N"],
      500,
    ],
    [
      "of two exclusive promotions the higher priority wins",
      [promotion("E1", fiveYuanOff, { priority: 1, exclusive: true }), promotion("E2", twentyPercent, { priority: 2, exclusive: true })],
      ["E2"],
      2000,
    ],
    ["equal priorities apply in id order", [promotion("b", twentyPercent), promotion("a", fiveYuanOff)], ["a", "b"], 500 + 1900],
    [
      "an ineligible exclusive promotion blocks nothing",
      [promotion("E", twentyPercent, { priority: 10, exclusive: true, memberOnly: true }), promotion("N", fiveYuanOff)],
      ["N"],
      500,
    ],
  ])("%s", (_name, promotions, appliedIds, discount) => {
    const cart = price([cartLine("a", 10000)], promotions);
    expect(cart.appliedPromotions.map((p) => p.promotionId)).toEqual(appliedIds);
    expect(cart.discountTotal).toBe(discount);
    expect(price([cartLine("a", 10000)], [...promotions].reverse())).toEqual(cart);
  });

  it("never takes a line below zero", () => {
    const cart = price(
      [cartLine("a", 1000)],
      [promotion("big", { type: "AMOUNT_OFF", params: { amount: 5000 } }, { priority: 2 }), promotion("more", tenPercent, { priority: 1 })],
    );
    expect(cart.total).toBe(0);
    expect(cart.appliedPromotions.map((p) => [p.promotionId, p.amount])).toEqual([["big", 1000]]);
  });
});

describe("promotions and coupons", () => {
  const tenPercentOnA = promotion(
    "P",
    { type: "PERCENT_OFF", params: { bps: 1000 } },
    { scope: { variantIds: ["v-a"] }, stackableWithCoupons: false },
  );
  const lines = [cartLine("a", 10000), cartLine("b", 5000)];

  it.each<[string, Promotion, ReturnType<typeof coupon>, object]>([
    [
      "a coupon skips lines of a promotion that does not stack with coupons",
      tenPercentOnA,
      coupon("c", couponTemplate("t")),
      { ok: true, amount: 1000, lineIds: ["b"] },
    ],
    [
      "the threshold counts only the lines the coupon may discount (1分 short)",
      tenPercentOnA,
      coupon("c", couponTemplate("t", { threshold: 5001 })),
      { ok: false, code: "COUPON_THRESHOLD_NOT_MET", missing: 1 },
    ],
    [
      "the threshold counts only the lines the coupon may discount (exactly met)",
      tenPercentOnA,
      coupon("c", couponTemplate("t", { threshold: 5000 })),
      { ok: true, amount: 1000 },
    ],
    [
      "a coupon only for blocked lines is not stackable",
      tenPercentOnA,
      coupon("c", couponTemplate("t", { scope: { variantIds: ["v-a"] } })),
      { ok: false, code: "COUPON_NOT_STACKABLE" },
    ],
    [
      "an EXCLUSIVE coupon skips every promoted line",
      { ...tenPercentOnA, stackableWithCoupons: true },
      coupon("c", couponTemplate("t", { stacking: "EXCLUSIVE", value: 6000 })),
      { ok: true, amount: 5000, lineIds: ["b"] },
    ],
    [
      "a WITH_PROMOTIONS coupon stacks on promoted lines",
      { ...tenPercentOnA, stackableWithCoupons: true },
      coupon("c", couponTemplate("t", { value: 6000 })),
      { ok: true, amount: 6000, lineIds: ["a", "b"] },
    ],
    [
      "the coupon threshold is checked after promotions (1分 short)",
      { ...tenPercentOnA, stackableWithCoupons: true },
      coupon("c", couponTemplate("t", { threshold: 14001 })),
      { ok: false, code: "COUPON_THRESHOLD_NOT_MET", missing: 1 },
    ],
    [
      "the coupon threshold is checked after promotions (1分 over)",
      { ...tenPercentOnA, stackableWithCoupons: true },
      coupon("c", couponTemplate("t", { threshold: 13999 })),
      { ok: true, amount: 1000 },
    ],
  ])("%s", (_name, promo, couponInput, expected) => {
    const cart = priceCart({ lines, context: cartContext(), promotions: [promo], coupons: [couponInput] });
    expect(cart.couponResults[0]).toMatchObject(expected);
    expect(cart.lines.reduce((sum, line) => sum + line.lineDiscount, 0)).toBe(cart.discountTotal);
  });
});
