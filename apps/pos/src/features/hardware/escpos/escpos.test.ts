import { displayWidth } from "@o2o/domain";
import { describe, expect, it } from "vitest";
import type { ReceiptDoc } from "../receipt-doc";
import { receiptFromOrder } from "../receipt-doc";
import { decodeEscPos } from "./escpos-decoder";
import { EscPosBuilder } from "./escpos-encoder";
import { drawerKickBytes, renderReceipt, yuan } from "./receipt-render";

const order = {
  id: "ord-1",
  number: "P20261124SH010007",
  placedAt: "2026-11-24T05:30:00.000Z",
  training: false,
  staffName: "王收银",
  subtotal: 25_800,
  discountTotal: 2_580,
  roundingAdjustment: -20,
  total: 23_200,
  pointsEarned: 232,
  pointsRedeemed: 0,
  lines: [
    {
      name: "纯棉圆领T恤 白色/L",
      sku: "TS-001-WL",
      quantity: 2,
      unitPrice: 9_900,
      total: 17_820,
      discounts: [{ label: "会员9折", amount: 1_980 }],
    },
    {
      name: "Bamboo socks 竹纤维袜 (3 pairs)",
      sku: "SK-3P",
      quantity: 1,
      unitPrice: 6_000,
      total: 5_400,
      discounts: [{ label: "满减", amount: 600 }],
    },
  ],
  payments: [{ tender: "CASH", amount: 23_200, cashTendered: 30_000, changeGiven: 6_800 }],
  member: { name: "李女士", phone: "13800000001", pointsBalance: 1_432 },
};
const store = { name: "鲜衣坊 上海南京路店", code: "SH01", addressLine: "上海市黄浦区南京东路 100 号", phone: "021-12345678" };

describe("ESC/POS encoding", () => {
  it("prints 分 as yuan", () => {
    expect(yuan(-1234)).toBe("-12.34");
  });

  it("round-trips Chinese text, styles, QR payload, cut and drawer kick", () => {
    const bytes = new EscPosBuilder()
      .init()
      .kickDrawer()
      .align("center")
      .bold(true)
      .line("鲜衣坊收银 ¥ 繁體 ok")
      .bold(false)
      .align("right")
      .line("12.30")
      .qr("https://shop.example/orders/ord-1")
      .cut()
      .build();
    const decoded = decodeEscPos(bytes);
    expect(decoded.text).toEqual(["鲜衣坊收银 ¥ 繁體 ok", "12.30"]);
    expect(decoded.lines[0]).toMatchObject({ align: "center", bold: true });
    expect(decoded.lines[1]).toMatchObject({ align: "right", bold: false });
    expect(decoded.qr).toEqual(["https://shop.example/orders/ord-1"]);
    expect(decoded.cuts).toBe(1);
    expect(decoded.drawerKicks).toEqual([{ pin: 2, onMs: 50, offMs: 500 }]);
    expect(decoded.unknown).toEqual([]);
  });
});

describe("receipt rendering", () => {
  it("prints header, lines with discounts, totals, tenders, change, member points and the order QR", () => {
    const doc = receiptFromOrder(order, store, { register: "1号收银台" });
    const decoded = decodeEscPos(renderReceipt(doc, { openDrawer: true }));
    const text = decoded.text.join("\n");
    expect(decoded.text[0]).toBe("鲜衣坊 上海南京路店");
    expect(text).toContain("单号: P20261124SH010007");
    expect(text).toContain("时间: 2026-11-24 13:30:00");
    expect(text).toContain("收银员: 王收银  收银台: 1号收银台");
    expect(text).toContain("纯棉圆领T恤 白色/L");
    expect(decoded.text).toContainEqual(expect.stringMatching(/^ {2}TS-001-WL {2}2 x 99\.00 +178\.20$/));
    expect(decoded.text).toContainEqual(expect.stringMatching(/^ {2}会员9折 +-19\.80$/));
    expect(decoded.text).toContainEqual(expect.stringMatching(/^抹零 +-0\.20$/));
    expect(decoded.lines.find((l) => l.text.startsWith("合计"))).toMatchObject({
      bold: true,
      height: 2,
      text: expect.stringMatching(/232\.00$/),
    });
    expect(decoded.text).toContainEqual(expect.stringMatching(/^现金 +300\.00$/));
    expect(decoded.text).toContainEqual(expect.stringMatching(/^找零 +68\.00$/));
    expect(text).toContain("会员: 李女士 138****0001");
    expect(decoded.text).toContainEqual(expect.stringMatching(/^本单积分 +\+232$/));
    expect(decoded.text).toContainEqual(expect.stringMatching(/^积分余额 +1432$/));
    expect(decoded.qr).toEqual(["P20261124SH010007"]);
    expect(decoded.cuts).toBe(1);
    expect(decoded.drawerKicks).toHaveLength(1);
    expect(text).not.toContain("培训模式");
    for (const line of decoded.text) expect(displayWidth(line)).toBeLessThanOrEqual(48);
  });

  it("marks training receipts at top and bottom, and never kicks unless asked", () => {
    const doc: ReceiptDoc = receiptFromOrder({ ...order, training: true }, store);
    const decoded = decodeEscPos(renderReceipt(doc));
    const banners = decoded.lines.filter((l) => l.text.includes("培训模式"));
    expect(banners).toHaveLength(2);
    expect(banners[0]?.reverse).toBe(true);
    expect(decoded.drawerKicks).toEqual([]);
  });

  it("prints return receipts with refund amounts, the original order, reprint and English labels", () => {
    const doc = receiptFromOrder(order, store, { returnReceipt: true, originalNumber: "P20261120SH010001", reprint: true, locale: "en" });
    const decoded = decodeEscPos(renderReceipt(doc));
    const text = decoded.text.join("\n");
    expect(text).toContain("RETURN");
    expect(text).toContain("*** REPRINT ***");
    expect(text).toContain("Original: P20261120SH010001");
    expect(decoded.text).toContainEqual(expect.stringMatching(/^REFUND +-232\.00$/));
    expect(decoded.text).toContainEqual(expect.stringMatching(/^Cash +-300\.00$/));
    // A document that already carries refunds as negative amounts prints the same.
    const negative = receiptFromOrder(
      { ...order, subtotal: -order.subtotal, total: -order.total, payments: [{ tender: "CASH", amount: -order.total }] },
      store,
      { returnReceipt: true, locale: "en" },
    );
    const again = decodeEscPos(renderReceipt(negative)).text;
    expect(again).toContainEqual(expect.stringMatching(/^REFUND +-232\.00$/));
    expect(again).toContainEqual(expect.stringMatching(/^Cash +-232\.00$/));
  });

  it("a drawer-only job is a pulse and nothing printed", () => {
    const decoded = decodeEscPos(drawerKickBytes());
    expect(decoded).toMatchObject({ text: [], cuts: 0, drawerKicks: [{ pin: 2 }] });
  });
});
