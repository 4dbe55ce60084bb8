import { describe, expect, it } from "vitest";
import type { CartLineInput } from "../pricing/cart-types.ts";
import { cartContext, cartLine, coupon, couponTemplate, NOON_WEDNESDAY, promotion } from "../pricing/cart-test-builders.ts";
import { priceCart } from "../pricing/price-cart.ts";
import type { CouponInput } from "./coupon-types.ts";

const lines: CartLineInput[] = [cartLine("a", 6000), cartLine("b", 4000), cartLine("gift", 500, 2)];
const hourBefore = new Date(NOON_WEDNESDAY.getTime() - 3_600_000);
const hourAfter = new Date(NOON_WEDNESDAY.getTime() + 3_600_000);

function results(coupons: CouponInput[], memberId: string | null = "m1") {
  return priceCart({ lines, context: cartContext({ memberId }), coupons }).couponResults;
}

describe("coupon validity", () => {
  it.each<[string, CouponInput, string | null, object]>([
    ["a plain amount coupon applies", coupon("c", couponTemplate("t")), "m1", { ok: true, amount: 1000 }],
    ["redeemed", coupon("c", couponTemplate("t"), { status: "REDEEMED" }), "m1", { code: "COUPON_ALREADY_REDEEMED" }],
    ["void", coupon("c", couponTemplate("t"), { status: "VOID" }), "m1", { code: "COUPON_VOID" }],
    ["another member's", coupon("c", couponTemplate("t"), { ownerMemberId: "m2" }), "m1", { code: "COUPON_NOT_OWNER" }],
    ["owned but no member signed in", coupon("c", couponTemplate("t"), { ownerMemberId: "m1" }), null, { code: "COUPON_NOT_OWNER" }],
    ["owned by this member", coupon("c", couponTemplate("t"), { ownerMemberId: "m1" }), "m1", { ok: true }],
    ["template not started", coupon("c", couponTemplate("t", { validFrom: hourAfter })), "m1", { code: "COUPON_NOT_STARTED" }],
    ["template starts exactly now", coupon("c", couponTemplate("t", { validFrom: NOON_WEDNESDAY })), "m1", { ok: true }],
    ["template ended exactly now", coupon("c", couponTemplate("t", { validTo: NOON_WEDNESDAY })), "m1", { code: "COUPON_EXPIRED" }],
    ["issued coupon expired", coupon("c", couponTemplate("t"), { validTo: hourBefore }), "m1", { code: "COUPON_EXPIRED" }],
    ["issued coupon not started", coupon("c", couponTemplate("t"), { validFrom: hourAfter }), "m1", { code: "COUPON_NOT_STARTED" }],
    ["within both windows", coupon("c", couponTemplate("t", { validTo: hourAfter }), { validFrom: hourBefore }), "m1", { ok: true }],
    [
      "per-member limit reached",
      coupon("c", couponTemplate("t", { perMemberLimit: 1 }), { memberUsageCount: 1 }),
      "m1",
      { code: "COUPON_LIMIT_REACHED" },
    ],
    ["per-member limit not reached", coupon("c", couponTemplate("t", { perMemberLimit: 2 }), { memberUsageCount: 1 }), "m1", { ok: true }],
    ["other store", coupon("c", couponTemplate("t", { scope: { storeIds: ["store-9"] } })), "m1", { code: "COUPON_NOT_APPLICABLE" }],
    ["other channel", coupon("c", couponTemplate("t", { scope: { channels: ["ONLINE"] } })), "m1", { code: "COUPON_NOT_APPLICABLE" }],
    ["no item in scope", coupon("c", couponTemplate("t", { scope: { brandIds: ["nike"] } })), "m1", { code: "COUPON_NOT_APPLICABLE" }],
  ])("%s", (_name, input, memberId, expected) => {
    expect(results([input], memberId)[0]).toMatchObject({
      couponId: "c",
      ...("ok" in expected ? {} : { ok: false }),
      ...expected,
    });
  });
});

describe("coupon kinds", () => {
  it.each<[string, CouponInput, object]>([
    ["amount capped at the eligible spend", coupon("c", couponTemplate("t", { value: 999_999 })), { ok: true, amount: 11000 }],
    ["percent off", coupon("c", couponTemplate("t", { kind: "PERCENT", value: 1000 })), { ok: true, amount: 1100 }],
    [
      "percent off with a cap",
      coupon("c", couponTemplate("t", { kind: "PERCENT", value: 1000, maxDiscount: 800 })),
      { ok: true, amount: 800 },
    ],
    [
      "free item: one unit",
      coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 1, freeVariantId: "v-gift" })),
      { ok: true, amount: 500, lineIds: ["gift"] },
    ],
    [
      "free item: more units than in the cart",
      coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 5, freeVariantId: "v-gift" })),
      { ok: true, amount: 1000 },
    ],
    [
      "free item not in the cart",
      coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 1, freeVariantId: "v-x" })),
      { ok: false, code: "COUPON_NOT_APPLICABLE" },
    ],
    [
      "free item threshold excludes the free item (1分 short)",
      coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 1, freeVariantId: "v-gift", threshold: 10001 })),
      { ok: false, code: "COUPON_THRESHOLD_NOT_MET", missing: 1 },
    ],
    [
      "free item threshold exactly met",
      coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 1, freeVariantId: "v-gift", threshold: 10000 })),
      { ok: true, amount: 500 },
    ],
    [
      "threshold 1分 short",
      coupon("c", couponTemplate("t", { threshold: 11001 })),
      { ok: false, code: "COUPON_THRESHOLD_NOT_MET", missing: 1 },
    ],
    ["threshold exactly met", coupon("c", couponTemplate("t", { threshold: 11000 })), { ok: true }],
    ["threshold 1分 over", coupon("c", couponTemplate("t", { threshold: 10999 })), { ok: true }],
    [
      "scoped to one line",
      coupon("c", couponTemplate("t", { scope: { variantIds: ["v-b"] }, value: 5000 })),
      { ok: true, amount: 4000, lineIds: ["b"] },
    ],
  ])("%s", (_name, input, expected) => {
    expect(results([input])[0]).toMatchObject(expected);
  });
});

describe("several coupons", () => {
  it("applies in priority order but reports in input order", () => {
    const low = coupon("low", couponTemplate("t1", { value: 1000, priority: 0 }));
    const high = coupon("high", couponTemplate("t2", { kind: "PERCENT", value: 5000, priority: 9 }));
    const out = results([low, high]);
    expect(out.map((r) => r.couponId)).toEqual(["low", "high"]);
    expect(out.map((r) => (r.ok ? r.amount : r.code))).toEqual([1000, 5500]);
  });

  it.each<[string, CouponInput[], (string | number)[]]>([
    [
      "only one EXCLUSIVE coupon",
      [
        coupon("x1", couponTemplate("t1", { stacking: "EXCLUSIVE", priority: 1 })),
        coupon("x2", couponTemplate("t2", { stacking: "EXCLUSIVE", priority: 2 })),
      ],
      ["COUPON_NOT_STACKABLE", 1000],
    ],
    [
      "an expired EXCLUSIVE coupon leaves room for the next",
      [
        coupon("x1", couponTemplate("t1", { stacking: "EXCLUSIVE", priority: 1 })),
        coupon("x2", couponTemplate("t2", { stacking: "EXCLUSIVE", priority: 2, validTo: hourBefore })),
      ],
      [1000, "COUPON_EXPIRED"],
    ],
    [
      "an EXCLUSIVE coupon combines with WITH_PROMOTIONS coupons",
      [coupon("x", couponTemplate("t1", { stacking: "EXCLUSIVE" })), coupon("w", couponTemplate("t2"))],
      [1000, 1000],
    ],
    ["the same coupon twice", [coupon("c", couponTemplate("t")), coupon("c", couponTemplate("t"))], [1000, "COUPON_DUPLICATE"]],
    [
      "two of a template with a limit of one per member",
      [coupon("c1", couponTemplate("t", { perMemberLimit: 1 })), coupon("c2", couponTemplate("t", { perMemberLimit: 1 }))],
      [1000, "COUPON_LIMIT_REACHED"],
    ],
    [
      "nothing left to discount",
      [coupon("big", couponTemplate("t1", { value: 999_999, priority: 1 })), coupon("more", couponTemplate("t2"))],
      [11000, "COUPON_NOT_APPLICABLE"],
    ],
  ])("%s", (_name, inputs, expected) => {
    expect(results(inputs).map((r) => (r.ok ? r.amount : r.code))).toEqual(expected);
  });

  it("a failing coupon does not fail the cart", () => {
    const cart = priceCart({
      lines,
      context: cartContext(),
      promotions: [promotion("p", { type: "PERCENT_OFF", params: { bps: 1000 } })],
      coupons: [coupon("bad", couponTemplate("t", { validTo: hourBefore }))],
    });
    expect(cart.discountTotal).toBe(1100);
    expect(cart.couponResults).toMatchObject([{ ok: false, code: "COUPON_EXPIRED" }]);
  });

  it("refuses a template that cannot be priced", () => {
    expect(() => results([coupon("c", couponTemplate("t", { kind: "PERCENT", value: 20000 }))])).toThrow(RangeError);
    expect(() => results([coupon("c", couponTemplate("t", { kind: "FREE_ITEM", value: 1 }))])).toThrow(RangeError);
  });
});
