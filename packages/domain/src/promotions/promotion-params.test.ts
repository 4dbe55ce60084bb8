import { describe, expect, it } from "vitest";
import { parsePromotionRule } from "./promotion-params.ts";

describe("parsePromotionRule", () => {
  it.each<[string, unknown, object]>([
    ["PERCENT_OFF", { bps: 1500 }, { type: "PERCENT_OFF", params: { bps: 1500 } }],
    ["AMOUNT_OFF", { amount: 500 }, { type: "AMOUNT_OFF", params: { amount: 500, per: "UNIT" } }],
    ["AMOUNT_OFF", { amount: 500, per: "ORDER" }, { type: "AMOUNT_OFF", params: { amount: 500, per: "ORDER" } }],
    [
      "SPEND_SAVE",
      { tiers: [{ threshold: 20000, discount: 2000 }] },
      { type: "SPEND_SAVE", params: { tiers: [{ threshold: 20000, discount: 2000 }], repeat: false } },
    ],
    [
      "BUY_X_GET_Y",
      { buyQty: 2, getQty: 1, getDiscountBps: 10000 },
      { type: "BUY_X_GET_Y", params: { buyQty: 2, getQty: 1, getDiscountBps: 10000, sameItem: false } },
    ],
    ["NTH_ITEM_DISCOUNT", { n: 2, bps: 5000, sameItem: true }, { type: "NTH_ITEM_DISCOUNT", params: { n: 2, bps: 5000, sameItem: true } }],
    ["BUNDLE_PRICE", { quantity: 3, price: 9900 }, { type: "BUNDLE_PRICE", params: { quantity: 3, price: 9900 } }],
  ])("accepts %s %j", (type, params, rule) => {
    expect(parsePromotionRule(type, params)).toEqual({ ok: true, rule });
  });

  it.each<[string, unknown]>([
    ["FREE_SHIPPING", {}],
    ["PERCENT_OFF", null],
    ["PERCENT_OFF", []],
    ["PERCENT_OFF", { bps: 0 }],
    ["PERCENT_OFF", { bps: 10001 }],
    ["PERCENT_OFF", { bps: 12.5 }],
    ["AMOUNT_OFF", { amount: -1 }],
    ["AMOUNT_OFF", { amount: 100, per: "LINE" }],
    ["SPEND_SAVE", { tiers: [] }],
    ["SPEND_SAVE", { tiers: [{ threshold: 100, discount: 200 }] }],
    [
      "SPEND_SAVE",
      {
        tiers: [
          { threshold: 100, discount: 10 },
          { threshold: 100, discount: 20 },
        ],
      },
    ],
    ["SPEND_SAVE", { tiers: [{ threshold: 100, discount: 10 }], repeat: "yes" }],
    ["BUY_X_GET_Y", { buyQty: 0, getQty: 1, getDiscountBps: 10000 }],
    ["BUY_X_GET_Y", { buyQty: 1, getQty: 1, getDiscountBps: 0 }],
    ["NTH_ITEM_DISCOUNT", { n: 1, bps: 5000 }],
    ["BUNDLE_PRICE", { quantity: 1, price: 100 }],
    ["BUNDLE_PRICE", { quantity: 3, price: -1 }],
  ])("rejects %s %j", (type, params) => {
    expect(parsePromotionRule(type, params)).toMatchObject({ ok: false, code: "PROMOTION_INVALID_PARAMS" });
  });
});
