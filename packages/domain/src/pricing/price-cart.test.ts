import { describe, expect, it } from "vitest";
import type { ManualDiscountInput } from "./manual-discounts.ts";
import { cartContext, cartLine, coupon, couponTemplate, promotion } from "./cart-test-builders.ts";
import { priceCart } from "./price-cart.ts";

describe("priceCart", () => {
  it("prices a cart without discounts", () => {
    const cart = priceCart({ lines: [cartLine("a", 1999, 3), cartLine("b", 0)], context: cartContext() });
    expect(cart).toEqual({
      lines: [
        {
          lineId: "a",
          variantId: "v-a",
          quantity: 3,
          unitPrice: 1999,
          lineSubtotal: 5997,
          discounts: [],
          lineDiscount: 0,
          lineTotal: 5997,
        },
        {
          lineId: "b",
          variantId: "v-b",
          quantity: 1,
          unitPrice: 0,
          lineSubtotal: 0,
          discounts: [],
          lineDiscount: 0,
          lineTotal: 0,
        },
      ],
      subtotal: 5997,
      discountTotal: 0,
      total: 5997,
      discountBreakdown: { promotion: 0, coupon: 0, manual: 0 },
      appliedPromotions: [],
      couponResults: [],
      manualResults: [],
      hints: [],
    });
  });

  it("returns lines in input order and labels every discount with its source", () => {
    const cart = priceCart({
      lines: [cartLine("z", 10000), cartLine("a", 10000)],
      context: cartContext(),
      manualDiscounts: [{ id: "m1", lineId: "z", kind: "AMOUNT_OFF", value: 100, label: "Damaged box" }],
      promotions: [promotion("p", { type: "PERCENT_OFF", params: { bps: 1000 } }, { name: "10% off" })],
      coupons: [coupon("c", couponTemplate("t", { name: "¥10 coupon" }))],
    });
    expect(cart.lines.map((line) => line.lineId)).toEqual(["z", "a"]);
    expect(cart.lines[0]?.discounts).toEqual([
      { source: "MANUAL", sourceId: "m1", label: "Damaged box", amount: 100 },
      { source: "PROMOTION", sourceId: "p", label: "10% off", amount: 990 },
      { source: "COUPON", sourceId: "c", label: "¥10 coupon", amount: 497 },
    ]);
    expect(cart.discountBreakdown).toEqual({ manual: 100, promotion: 1990, coupon: 1000 });
    expect(cart.discountTotal).toBe(3090);
    expect(cart.total).toBe(20000 - 3090);
  });

  it("refuses structurally invalid carts (the API validates first)", () => {
    const context = cartContext();
    expect(() => priceCart({ lines: [cartLine("a", 100), cartLine("a", 200)], context })).toThrow(/duplicate lineId/);
    expect(() => priceCart({ lines: [cartLine("a", 100, 0)], context })).toThrow(RangeError);
    expect(() => priceCart({ lines: [cartLine("a", 100, 1.5)], context })).toThrow(RangeError);
    expect(() => priceCart({ lines: [cartLine("a", -1)], context })).toThrow(RangeError);
    expect(() => priceCart({ lines: [cartLine("a", 10.5)], context })).toThrow(RangeError);
    const broken = promotion("p", { type: "NTH_ITEM_DISCOUNT", params: { n: 0, bps: 5000 } });
    expect(() => priceCart({ lines: [cartLine("a", 100)], context, promotions: [broken] })).toThrow(/promotion p/);
  });
});

describe("manual discounts", () => {
  const lines = [cartLine("a", 1000, 2), cartLine("b", 500)];

  it.each<[string, ManualDiscountInput[], object[], Record<string, number>]>([
    ["amount off", [{ id: "m", lineId: "a", kind: "AMOUNT_OFF", value: 150 }], [{ ok: true, amount: 150 }], { a: 150, b: 0 }],
    ["percent off", [{ id: "m", lineId: "a", kind: "PERCENT_OFF", value: 1250 }], [{ ok: true, amount: 250 }], { a: 250, b: 0 }],
    ["price override", [{ id: "m", lineId: "a", kind: "PRICE_OVERRIDE", value: 800 }], [{ ok: true, amount: 400 }], { a: 400, b: 0 }],
    ["price override to free", [{ id: "m", lineId: "b", kind: "PRICE_OVERRIDE", value: 0 }], [{ ok: true, amount: 500 }], { a: 0, b: 500 }],
    [
      "price override above the price",
      [{ id: "m", lineId: "a", kind: "PRICE_OVERRIDE", value: 1001 }],
      [{ ok: false, code: "MANUAL_DISCOUNT_INVALID" }],
      { a: 0, b: 0 },
    ],
    [
      "amount off more than the line",
      [{ id: "m", lineId: "b", kind: "AMOUNT_OFF", value: 501 }],
      [{ ok: false, code: "MANUAL_DISCOUNT_INVALID" }],
      { a: 0, b: 0 },
    ],
    [
      "amount off exactly the line",
      [{ id: "m", lineId: "b", kind: "AMOUNT_OFF", value: 500 }],
      [{ ok: true, amount: 500 }],
      { a: 0, b: 500 },
    ],
    [
      "percent over 100%",
      [{ id: "m", lineId: "a", kind: "PERCENT_OFF", value: 10001 }],
      [{ ok: false, code: "MANUAL_DISCOUNT_INVALID" }],
      { a: 0, b: 0 },
    ],
    [
      "zero amount",
      [{ id: "m", lineId: "a", kind: "AMOUNT_OFF", value: 0 }],
      [{ ok: false, code: "MANUAL_DISCOUNT_INVALID" }],
      { a: 0, b: 0 },
    ],
    [
      "unknown line",
      [{ id: "m", lineId: "x", kind: "AMOUNT_OFF", value: 1 }],
      [{ ok: false, code: "MANUAL_LINE_NOT_FOUND" }],
      { a: 0, b: 0 },
    ],
    [
      "nothing after an override",
      [
        { id: "m1", lineId: "a", kind: "PRICE_OVERRIDE", value: 900 },
        { id: "m2", lineId: "a", kind: "AMOUNT_OFF", value: 100 },
      ],
      [
        { ok: true, amount: 200 },
        { ok: false, code: "MANUAL_DISCOUNT_INVALID" },
      ],
      { a: 200, b: 0 },
    ],
    [
      "override after an amount off sets the final price",
      [
        { id: "m1", lineId: "a", kind: "AMOUNT_OFF", value: 100 },
        { id: "m2", lineId: "a", kind: "PRICE_OVERRIDE", value: 900 },
      ],
      [
        { ok: true, amount: 100 },
        { ok: true, amount: 100 },
      ],
      { a: 200, b: 0 },
    ],
  ])("%s", (_name, manualDiscounts, expectedResults, expectedDiscounts) => {
    const cart = priceCart({ lines, context: cartContext(), manualDiscounts });
    expect(cart.manualResults).toMatchObject(expectedResults);
    expect(Object.fromEntries(cart.lines.map((line) => [line.lineId, line.lineDiscount]))).toEqual(expectedDiscounts);
  });

  it("a price override takes the line out of promotions and coupons", () => {
    const cart = priceCart({
      lines,
      context: cartContext(),
      manualDiscounts: [{ id: "m", lineId: "a", kind: "PRICE_OVERRIDE", value: 700 }],
      promotions: [promotion("p", { type: "PERCENT_OFF", params: { bps: 1000 } })],
      coupons: [coupon("c", couponTemplate("t", { scope: { variantIds: ["v-a"] } }))],
    });
    expect(cart.lines[0]?.lineTotal).toBe(1400);
    expect(cart.lines[1]?.lineTotal).toBe(450);
    expect(cart.couponResults).toMatchObject([{ ok: false, code: "COUPON_NOT_APPLICABLE" }]);
  });

  it("manual amounts count before promotion thresholds", () => {
    const cart = priceCart({
      lines: [cartLine("a", 20000)],
      context: cartContext(),
      manualDiscounts: [{ id: "m", lineId: "a", kind: "AMOUNT_OFF", value: 1 }],
      promotions: [promotion("ss", { type: "SPEND_SAVE", params: { tiers: [{ threshold: 20000, discount: 2000 }] } })],
    });
    expect(cart.appliedPromotions).toEqual([]);
    expect(cart.hints).toMatchObject([{ promotionId: "ss", missing: 1, discount: 2000 }]);
  });
});
