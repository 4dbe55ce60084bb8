import { describe, expect, it } from "vitest";
import { type DraftAction, draftReducer, EMPTY_DRAFT, previewInput, saleInput, selectedLine } from "./sale-draft";

const tee = { variantId: "v1", productName: "T恤", variantName: "白 M", sku: "TS-W-M", unitPrice: 5900 };
const cola = { variantId: "v2", productName: "可乐", variantName: "", sku: "CL-330", unitPrice: 350 };
const member = { id: "m1", name: "张三", maskedPhone: "138****0001", pointsBalance: 500, storeCreditBalance: 0, tierName: "金卡" };
const run = (...actions: DraftAction[]) => actions.reduce(draftReducer, EMPTY_DRAFT);

describe("draftReducer", () => {
  it("selects the line just added, and the last one when the selected line goes", () => {
    const draft = run({ type: "add", line: tee }, { type: "add", line: cola }, { type: "select", variantId: "v1" });
    expect(selectedLine(draft)?.variantId).toBe("v1");
    expect(draftReducer(draft, { type: "remove", variantId: "v1" }).selected).toBe("v2");
  });

  it("keeps coupon codes unique and upper-case", () => {
    const draft = run({ type: "addCoupon", code: "demo-coupon-20" }, { type: "addCoupon", code: "DEMO-COUPON-20 " });
    expect(draft.couponCodes).toEqual(["DEMO-COUPON-20"]);
  });

  it("redeems points only for a member and resets them when the member changes", () => {
    expect(run({ type: "setPoints", points: 100 }).pointsToRedeem).toBe(0);
    const draft = run({ type: "setMember", member }, { type: "setPoints", points: 100 });
    expect(draft.pointsToRedeem).toBe(100);
    expect(draftReducer(draft, { type: "setMember", member: null }).pointsToRedeem).toBe(0);
  });

  it("drops the approval once no manual price is left", () => {
    const draft = run(
      { type: "add", line: tee },
      { type: "setManual", variantId: "v1", manual: { kind: "AMOUNT_OFF", value: 500 } },
      { type: "approve", approval: { username: "manager.sh", pin: "1234" } },
    );
    expect(draft.approval).not.toBeNull();
    expect(draftReducer(draft, { type: "setManual", variantId: "v1", manual: null }).approval).toBeNull();
  });
});

describe("server inputs", () => {
  const draft = run(
    { type: "add", line: tee },
    { type: "add", line: cola },
    { type: "setManual", variantId: "v2", manual: { kind: "PRICE_OVERRIDE", value: 300 } },
    { type: "approve", approval: { username: "manager.sh", pin: "1234" } },
    { type: "setMember", member },
    { type: "addCoupon", code: "DEMO-COUPON-20" },
  );

  it("previews nothing for an empty cart", () => {
    expect(previewInput(EMPTY_DRAFT, "s1")).toBeNull();
  });

  it("sends lines, member, coupons and the manual price with its approval", () => {
    expect(previewInput(draft, "s1")).toEqual({
      storeId: "s1",
      memberId: "m1",
      couponCodes: ["DEMO-COUPON-20"],
      pointsToRedeem: 0,
      lines: [
        { variantId: "v1", quantity: 1 },
        { variantId: "v2", quantity: 1, manual: { kind: "PRICE_OVERRIDE", value: 300, label: null } },
      ],
    });
    const sale = saleInput(draft, { clientSaleId: "c1", storeId: "s1", registerId: "r1", shiftId: "sh1" }, [
      { tender: "CASH", amount: 10000 },
    ]);
    expect(sale).toMatchObject({ clientSaleId: "c1", shiftId: "sh1", approval: { username: "manager.sh" }, training: false });
  });
});
