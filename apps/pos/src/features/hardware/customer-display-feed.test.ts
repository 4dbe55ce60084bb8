import { describe, expect, it } from "vitest";
import type { SaleDraft } from "../sale/sale-draft";
import type { SalePreview } from "../sale/use-sale-preview";
import { displayStateOf } from "./customer-display-feed";

const draft: SaleDraft = {
  lines: [{ variantId: "v1", productName: "冰丝T恤", variantName: "L", sku: "TS-1", unitPrice: 4900, quantity: 2 }],
  member: { id: "m1", name: "林晓燕", maskedPhone: "138****0001", pointsBalance: 10, storeCreditBalance: 0, tierName: "金卡" },
  couponCodes: [],
  pointsToRedeem: 0,
  approval: null,
  selected: null,
} as SaleDraft;

describe("customer display state", () => {
  it("is idle with an empty cart and shows the outcome once paid", () => {
    expect(displayStateOf("上海南京路店", { ...draft, lines: [] }, null, null)).toEqual({ kind: "idle", storeName: "上海南京路店" });
    const paid = displayStateOf("店", draft, null, {
      kind: "recorded",
      number: "P1",
      total: 8800,
      change: 1200,
      cash: true,
      receipt: null,
    });
    expect(paid).toEqual({ kind: "paid", storeName: "店", total: 8800, change: 1200 });
  });

  it("shows list prices while the first price loads, then the server's lines, discounts and amount due", () => {
    const loading = displayStateOf("店", draft, null, null);
    expect(loading).toMatchObject({ kind: "cart", memberName: "林晓燕", subtotal: 9800, discountTotal: 0, total: 9800 });
    const preview = {
      amountDue: 8820,
      cart: {
        subtotal: 9800,
        discountTotal: 980,
        lines: [{ name: "冰丝T恤 L", quantity: 2, unitPrice: 4900, lineTotal: 8820, discounts: [{ label: "金卡9折" }] }],
      },
    } as unknown as SalePreview;
    expect(displayStateOf("店", draft, preview, null)).toEqual({
      kind: "cart",
      storeName: "店",
      memberName: "林晓燕",
      lines: [{ name: "冰丝T恤 L", detail: "金卡9折", quantity: 2, unitPrice: 4900, lineTotal: 8820 }],
      subtotal: 9800,
      discountTotal: 980,
      total: 8820,
    });
  });
});
