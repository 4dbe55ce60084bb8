import type { PosOrderFragment } from "@o2o/schema";
import { displayWidth } from "@o2o/domain";
import { describe, expect, it } from "vitest";
import { decodeEscPos } from "../hardware/escpos/escpos-decoder";
import { renderReceipt } from "../hardware/escpos/receipt-render";
import type { TillReceiptSettings } from "../offline/snapshot-types";
import type { TillSelection } from "../till/till-selection";
import { type ReceiptContext, returnReceipt, saleReceipt } from "./print-receipt";

const order = {
  id: "ord-1",
  number: "P20261124SH010007",
  placedAt: "2026-11-24T05:30:00.000Z",
  training: false,
  staffName: "王收银",
  subtotal: 9_900,
  discountTotal: 0,
  roundingAdjustment: 0,
  total: 9_900,
  pointsEarned: 99,
  pointsRedeemed: 0,
  store: { name: "上海南京路店" },
  lines: [{ id: "l1", name: "纯棉圆领T恤 白色/L", sku: "TS-001-WL", quantity: 1, unitPrice: 9_900, total: 9_900, discounts: [] }],
  payments: [{ tender: "CASH", amount: 9_900, cashTendered: 10_000, changeGiven: 100 }],
  member: { name: "李女士", phone: "13800000001", pointsBalance: 1_432 },
} as unknown as PosOrderFragment;

const till = { storeId: "s1", storeName: "上海南京路店", registerId: "r1", registerName: "1号收银台" } as TillSelection;

const template: TillReceiptSettings = {
  headerLines: ["鲜衣坊", "好衣好物 · 门店自提"],
  footerLines: ["7 天无理由退换，凭小票办理", "客服热线 400-820-0000"],
  showPointsBalance: true,
  showOrderQr: true,
  paperWidth: 80,
  storeName: "上海南京路店",
  storeAddress: "上海市黄浦区南京东路 300 号 1 层",
  storePhone: "021-63210001",
};

const ctx = (receipt: TillReceiptSettings | null): ReceiptContext => ({ till, locale: "zh-CN", cashier: "王收银", receipt });
const printed = (doc: ReturnType<typeof saleReceipt>) => decodeEscPos(renderReceipt(doc));

describe("receipts follow the merchant's template", () => {
  it("prints the header lines above the store's name, address and phone, and the footer lines after the totals", () => {
    const out = printed(saleReceipt(order, ctx(template)));
    expect(out.text.slice(0, 5)).toEqual([
      "鲜衣坊",
      "好衣好物 · 门店自提",
      "上海南京路店",
      "上海市黄浦区南京东路 300 号 1 层",
      "电话: 021-63210001",
    ]);
    expect(out.lines[0]).toMatchObject({ align: "center", bold: true });
    const footerAt = out.text.indexOf("7 天无理由退换，凭小票办理");
    expect(footerAt).toBeGreaterThan(out.text.findIndex((l) => l.startsWith("合计")));
    expect(out.text[footerAt + 1]).toBe("客服热线 400-820-0000");
    expect(out.text).toContainEqual(expect.stringMatching(/^积分余额 +1432$/));
    expect(out.qr).toEqual(["P20261124SH010007"]);
    for (const line of out.text) expect(displayWidth(line)).toBeLessThanOrEqual(48);
  });

  it("hides the points balance and the order QR when the template says so, and lays out 58 mm paper in 32 columns", () => {
    const narrow = { ...template, paperWidth: 58 as const, showPointsBalance: false, showOrderQr: false };
    const out = printed(saleReceipt(order, ctx(narrow)));
    expect(out.text.join("\n")).not.toContain("积分余额");
    expect(out.text).toContainEqual(expect.stringMatching(/^本单积分 +\+99$/));
    expect(out.qr).toEqual([]);
    expect(out.text).toContain("-".repeat(32));
    expect(out.text).toContainEqual(expect.stringMatching(/^现金 +100\.00$/));
    for (const line of out.text) expect(displayWidth(line)).toBeLessThanOrEqual(32);
  });

  it("uses the template on return receipts too, and prints a plain 80 mm receipt before the first snapshot", () => {
    const ret = returnReceipt(
      order,
      { number: "R1", createdAt: order.placedAt, refundTotal: 9_900, lines: [], refunds: [{ tender: "CASH", amount: 9_900 }] },
      ctx({ ...template, showOrderQr: false }),
    );
    expect(printed(ret).text).toContain("客服热线 400-820-0000");
    expect(printed(ret).qr).toEqual([]);
    const plain = printed(saleReceipt(order, ctx(null)));
    expect(plain.text[0]).toBe("上海南京路店");
    expect(plain.text).toContain("-".repeat(48));
    expect(plain.qr).toEqual(["P20261124SH010007"]);
  });
});
