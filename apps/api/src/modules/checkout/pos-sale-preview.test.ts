import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const PREVIEW = `query($i: PosSalePreviewInput!) { posSalePreview(input: $i) {
  cashRounding maxRedeemablePoints pointsUsed pointsValue pointsError amountDue manualProblems { lineId code }
  cart { subtotal discountTotal total couponResults { couponCode ok } unknownCouponCodes
    lines { lineId quantity unitPrice lineTotal discounts { source label amount } } } } }`;

let env: TestEnv;
let storeId: string;
let variantId: string;
let price: number;
beforeAll(async () => {
  env = await createTestEnv();
  storeId = env.demo.storeIds.shanghai;
  const variant = await env.db.variant.findFirstOrThrow({
    where: { basePrice: { gte: 6000, lt: 20000 }, status: "ACTIVE", product: { status: "ACTIVE" } },
  });
  variantId = variant.id;
  price = variant.basePrice;
});
afterAll(async () => {
  await env?.close();
});

describe("posSalePreview", () => {
  it("prices a till cart like createPosSale: coupons, manual discounts and points, writing nothing", async () => {
    const cashier = await env.as("cashier.sh");
    const member = await env.db.member.findFirstOrThrow({ where: { phone: "13800000001" } });
    const orders = await env.db.order.count();
    const res = (
      await cashier.ok(PREVIEW, {
        i: {
          storeId,
          memberId: member.id,
          lines: [{ variantId, quantity: 1, manual: { kind: "AMOUNT_OFF", value: 100 } }],
          couponCodes: ["DEMO-COUPON-20", "NOPE-1"],
          pointsToRedeem: 100,
        },
      })
    ).posSalePreview;
    expect(res.cart.unknownCouponCodes).toEqual(["NOPE-1"]);
    expect(res.cart.lines[0].discounts.some((d: { source: string }) => d.source === "MANUAL")).toBe(true);
    expect(res.cart.lines[0].unitPrice).toBeLessThanOrEqual(price);
    expect(res.manualProblems).toEqual([]);
    expect(res.pointsUsed).toBe(100);
    expect(res.amountDue).toBe(res.cart.total - res.pointsValue);
    expect(["NONE", "JIAO", "YUAN"]).toContain(res.cashRounding);
    expect(await env.db.order.count()).toBe(orders);
  });

  it("needs sale:create in the store", async () => {
    const other = await env.as("cashier.bj");
    const res = await other.gql(PREVIEW, { i: { storeId, lines: [{ variantId, quantity: 1 }] } });
    expect(TestClient.code(res)).toBe("FORBIDDEN");
  });
});
