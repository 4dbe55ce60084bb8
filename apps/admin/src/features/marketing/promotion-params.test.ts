import { describe, expect, it } from "vitest";
import { checkRule, EMPTY_FIELDS, ruleParams } from "./promotion-params";

describe("promotion builder params", () => {
  it("builds 满减 tiers in 分", () => {
    const f = {
      ...EMPTY_FIELDS,
      tiers: [
        { threshold: "200", discount: "30" },
        { threshold: "300", discount: "50" },
      ],
    };
    expect(ruleParams("SPEND_SAVE", f)).toEqual({
      tiers: [
        { threshold: 20000, discount: 3000 },
        { threshold: 30000, discount: 5000 },
      ],
      repeat: false,
    });
    expect(checkRule("SPEND_SAVE", f).ok).toBe(true);
  });

  it.each([
    ["PERCENT_OFF", { percentOff: "15" }, { bps: 1500 }],
    ["AMOUNT_OFF", { amount: "5", per: "UNIT" as const }, { amount: 500, per: "UNIT" }],
    ["BUY_X_GET_Y", { buyQty: "2", getQty: "1" }, { buyQty: 2, getQty: 1, getDiscountBps: 10000, sameItem: true }],
    ["NTH_ITEM_DISCOUNT", {}, { n: 2, bps: 5000, sameItem: true }],
    ["BUNDLE_PRICE", { bundleQty: "3", bundlePrice: "99" }, { quantity: 3, price: 9900 }],
  ] as const)("builds %s params the engine accepts", (type, over, params) => {
    const result = checkRule(type, { ...EMPTY_FIELDS, ...over });
    expect(result).toEqual({ ok: true, params });
  });

  it("reports what the engine rejects", () => {
    const saveTooMuch = checkRule("SPEND_SAVE", { ...EMPTY_FIELDS, tiers: [{ threshold: "10", discount: "20" }] });
    expect(saveTooMuch.ok).toBe(false);
    expect(checkRule("PERCENT_OFF", EMPTY_FIELDS).ok).toBe(false);
  });
});
