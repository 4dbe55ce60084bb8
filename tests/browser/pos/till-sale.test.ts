// The till end to end against the real API: a shift opened with a float, three items scanned by a (simulated) wedge
// scanner, a member, a coupon and the 满减 promotion priced by the server, a split payment in cash and WeChat Pay (the
// wallet simulator), a return at the till, and a Z report that matches the shift's sales.
import { formatFen } from "@o2o/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { cartLines, chooseTill, openShift, scan, scanItems, signIn, text } from "./till-helpers.ts";

const yuan = (fen: number) => formatFen(fen);

describe("till: shift, sale, return, Z report", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["pos"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("sells three scanned items to a member with a coupon and 满减, split cash + WeChat, returns one, closes with a matching Z report", async () => {
    const { env } = h;
    const storeId = env.demo.storeIds.shanghai;
    const store = await env.db.store.findUniqueOrThrow({ where: { id: storeId }, include: { registers: { orderBy: { code: "asc" } } } });
    const register = store.registers[0]!;
    // Three different items in stock in the shop, together over ¥200 (满200减20) and ¥50 (the demo coupon's threshold).
    const levels = await env.db.stockLevel.findMany({
      where: {
        locationId: storeId,
        onHand: { gte: 5 },
        variant: { basePrice: { gte: 8000, lte: 15000 }, status: "ACTIVE", product: { status: "ACTIVE" }, barcodes: { some: {} } },
      },
      include: { variant: { include: { barcodes: true, product: true } } },
      take: 40,
    });
    const distinct = levels.filter((l, i, all) => all.findIndex((x) => x.variant.productId === l.variant.productId) === i);
    const picked = distinct.slice(0, 3);
    const extra = distinct[3]!;
    expect(picked).toHaveLength(3);
    const codes = picked.map((l) => l.variant.barcodes[0]!.code);

    const page = await h.newPage();
    await signIn(h, page, "cashier.sh", "pos-login");
    await chooseTill(page, store.name, register.name);
    await openShift(page, "500");
    const shift = await env.db.shift.findFirstOrThrow({ where: { registerId: register.id, status: "OPEN" } });
    expect(shift.openingFloat).toBe(50000);

    // Scans land in the sale wherever the focus is, each with its own line.
    await page.waitForLoadState("networkidle");
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await scanItems(page, codes);
    await cartLines(page).nth(2).waitFor();
    expect(await cartLines(page).count()).toBe(3);

    // A code no item carries: the error tone's message, and an entry in the managers' exception log.
    await scan(page, "6900000000000");
    await page.getByText("条码 6900000000000 没有对应的商品").waitFor();
    await vi.waitFor(async () => {
      const logged = await env.db.exceptionLog.count({
        where: { kind: "UNKNOWN_BARCODE", storeId, details: { path: ["code"], equals: "6900000000000" } },
      });
      expect(logged).toBe(1);
    });

    // A fourth item scanned by mistake: F8 voids the line just scanned, after confirming.
    await scan(page, extra.variant.barcodes[0]!.code);
    await cartLines(page).nth(3).waitFor();
    await page.keyboard.press("F8");
    await page.getByRole("dialog", { name: "删除这件商品？" }).getByRole("button", { name: "删除" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(await cartLines(page).count()).toBe(3);

    // The member by their phone number (scanned like a member code), then the coupon code scanned.
    await scan(page, "13800000001");
    await page.getByTestId("sale-member").waitFor();
    await scan(page, "DEMO-COUPON-20");
    await page.getByText("优惠券 DEMO-COUPON-20").waitFor();
    await page.getByText("满200减20", { exact: false }).first().waitFor();

    // The total on screen is the server's price of this cart.
    const member = await env.db.member.findFirstOrThrow({ where: { phone: "13800000001" } });
    const cashier = await env.as("cashier.sh");
    const preview = (
      await cashier.ok(
        `query($i: PosSalePreviewInput!) { posSalePreview(input: $i) { amountDue cart { discountTotal promotionDiscount couponDiscount } } }`,
        {
          i: {
            storeId,
            memberId: member.id,
            couponCodes: ["DEMO-COUPON-20"],
            lines: picked.map((l) => ({ variantId: l.variantId, quantity: 1 })),
          },
        },
      )
    ).posSalePreview;
    expect(preview.cart.promotionDiscount).toBeGreaterThan(0);
    expect(preview.cart.couponDiscount).toBeGreaterThan(0);
    await page.getByTestId("sale-total").getByText(yuan(preview.amountDue)).waitFor();
    await h.screenshot(page, "pos-till");

    // F12: ¥100 cash, then the rest by WeChat Pay, scanning the shopper's payment code.
    await page.keyboard.press("F12");
    await page.getByRole("dialog", { name: "收款" }).waitFor();
    await page.getByLabel("实收现金").fill("100");
    await page.getByLabel("实收现金").press("Enter");
    await page.getByText(`还需收取`).waitFor();
    await page.keyboard.press("F3");
    await page.getByText("请扫描顾客的微信支付付款码").waitFor();
    await page.getByRole("dialog").getByRole("heading", { name: "收款" }).click();
    await scan(page, "134567890123456789");
    await page.getByTestId("change-due").waitFor();
    await h.screenshot(page, "pos-payment");
    await page.getByRole("button", { name: /完成收款/ }).click();
    await page.getByRole("dialog", { name: "收款成功" }).waitFor();

    const order = await env.db.order.findFirstOrThrow({
      where: { shiftId: shift.id },
      include: { payments: true, lines: true },
      orderBy: { placedAt: "desc" },
    });
    expect(order.total).toBe(preview.amountDue);
    expect(order.memberId).toBe(member.id);
    expect(order.payments.map((p) => p.tender).sort()).toEqual(["CASH", "WECHAT_PAY"]);
    expect(order.payments.find((p) => p.tender === "CASH")?.amount).toBe(10000);
    await page.getByRole("dialog", { name: "收款成功" }).getByText(order.number).waitFor();
    await page.getByRole("button", { name: "下一位顾客" }).click();
    expect(await cartLines(page).count()).toBe(0);

    // F11: the return of one item, found by the receipt number, refunded to the original tenders.
    await page.keyboard.press("F11");
    await page.getByLabel("订单号").fill(order.number);
    await page.getByRole("button", { name: "查找订单" }).click();
    const firstLine = order.lines.find((l) => l.variantId === picked[0]!.variantId)!;
    await page.getByRole("button", { name: `${firstLine.name} 数量加一` }).click();
    await page.getByRole("button", { name: "确认退货" }).click();
    await page.getByRole("button", { name: "退货并退款" }).click();
    await page.getByTestId("refund-total").waitFor();
    const ret = await env.db.orderReturn.findFirstOrThrow({ where: { orderId: order.id } });
    expect(await text(page, "refund-total")).toBe(yuan(ret.refundTotal));
    await page.getByRole("link", { name: "返回收银" }).click();

    // F10: the X report, then close with the counted cash; the Z report matches the shift's sales.
    await page.getByText("购物车是空的").waitFor();
    await page.keyboard.press("F10");
    const xDialog = page.getByRole("dialog", { name: "X 报表（当前班次）" });
    await xDialog.getByText("按支付方式").waitFor();
    await xDialog.getByRole("button", { name: "交班" }).click();
    const cashIn = order.payments.find((p) => p.tender === "CASH")!.amount;
    const refunds = await env.db.refund.findMany({ where: { returnId: ret.id } });
    const cashOut = refunds.filter((r) => r.tender === "CASH").reduce((s, r) => s + r.amount, 0);
    const expectedCash = 50000 + cashIn - cashOut;
    await page.getByLabel("实点现金").fill(String((expectedCash - 100) / 100));
    await page.getByRole("button", { name: "确认交班" }).click();
    const z = page.getByRole("region", { name: "Z 报表（交班）" }).first();
    await z.getByText("班次已关闭").waitFor();
    await h.screenshot(page, "pos-z-report");
    const report = (await z.textContent()) ?? "";
    expect(report).toContain(yuan(order.total));
    expect(report).toContain(yuan(expectedCash));
    expect(report).toContain("短款");
    const wechat = order.payments.find((p) => p.tender === "WECHAT_PAY")!.amount;
    expect(report).toContain(`微信支付 × 1${yuan(wechat)}`);
    expect(report).toContain(`现金 × 1${yuan(cashIn)}`);
    expect(report).toContain(`退款（1 笔）-${yuan(ret.refundTotal)}`);
    expect(report).toContain("作废（1 次）");
    const closed = await env.db.shift.findUniqueOrThrow({ where: { id: shift.id } });
    expect(closed).toMatchObject({ status: "CLOSED", expectedCash, countedCash: expectedCash - 100, overShort: -100 });
    expect(h.pageErrors).toEqual([]);
  });
});
