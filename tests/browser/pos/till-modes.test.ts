// Self-checkout (kiosk) and training mode against the real API: the kiosk sells to a shopper paying with their Alipay
// payment code (a declined code first), training sales are priced by the server and never recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pinyinWords } from "../../../apps/api/src/modules/catalog/product-input-checks.ts";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { cartLines, chooseTill, ensureShift, openShift, scan, scanItems, signIn } from "./till-helpers.ts";

describe("till modes", () => {
  let h: BrowserEnv;
  let codes: string[];
  let lookup: { initials: string; name: string };
  let storeName: string;
  let registers: { id: string; name: string }[];
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["pos"] });
    const storeId = h.env.demo.storeIds.shanghai;
    const store = await h.env.db.store.findUniqueOrThrow({ where: { id: storeId }, include: { registers: { orderBy: { code: "asc" } } } });
    storeName = store.name;
    registers = store.registers;
    const levels = await h.env.db.stockLevel.findMany({
      where: {
        locationId: storeId,
        onHand: { gte: 5 },
        variant: { basePrice: { gte: 1000, lte: 6000 }, status: "ACTIVE", product: { status: "ACTIVE" }, barcodes: { some: {} } },
      },
      include: { variant: { include: { barcodes: true, product: true } } },
      take: 2,
    });
    codes = levels.map((l) => l.variant.barcodes[0]!.code);
    const other = await h.env.db.product.findFirstOrThrow({
      where: { status: "ACTIVE", id: { notIn: levels.map((l) => l.variant.productId) }, category: { name: "饮料" } },
    });
    // "纯棉T恤" → "chunmiantxu cmtx": the initials are the last word.
    lookup = { initials: pinyinWords(other.name).split(" ").at(-1)!, name: other.name };
  });
  afterAll(async () => {
    await h?.close();
  });

  it("kiosk: the shopper scans, a declined payment code fails loudly, the next one pays, staff can be called", async () => {
    const register = registers.at(-1)!;
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(h, page, "cashier.sh");
    await chooseTill(page, storeName, register.name);
    await page.goto(`${h.appUrl.pos}/kiosk`);
    await page.getByText("欢迎使用自助收银").waitFor();
    // A freshly loaded till is busy filling its catalogue snapshot: scan once it is idle, as a shopper would.
    await page.waitForLoadState("networkidle");
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await scanItems(page, codes);
    await scan(page, "13800000002");
    await page.getByRole("list", { name: "订单商品" }).getByRole("listitem").nth(1).waitFor();
    await page.getByRole("button", { name: "去付款" }).and(page.locator(":enabled")).waitFor();
    await h.screenshot(page, "pos-kiosk");

    // An item without a barcode, looked up by its pinyin initials.
    await page.getByRole("button", { name: "查找无条码商品" }).click();
    await page.getByLabel("搜索商品").fill(lookup.initials);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: new RegExp(lookup.name) })
      .first()
      .click();
    await page.getByRole("list", { name: "订单商品" }).getByRole("listitem").nth(2).waitFor();

    await page.getByRole("button", { name: /呼叫店员/ }).click();
    await page.getByText("店员马上就到").waitFor();
    await page.getByRole("button", { name: /已呼叫店员/ }).click();

    await page.getByRole("button", { name: "去付款" }).click();
    await page.getByText("请出示微信或支付宝付款码").waitFor();
    await scan(page, "284567890123450000");
    await page.getByText("支付失败").waitFor();
    await scan(page, "284567890123456789");
    await page.getByRole("dialog", { name: "收款成功" }).waitFor();
    const order = await h.env.db.order.findFirstOrThrow({
      where: { registerId: register.id },
      orderBy: { createdAt: "desc" },
      include: { payments: true },
    });
    expect(order.payments.map((p) => p.tender)).toEqual(["ALIPAY"]);
    expect(order.memberId).not.toBeNull();
    expect(h.pageErrors).toEqual([]);
  });

  it("training mode: the sale is priced and receipted as TRAINING, nothing is recorded", async () => {
    const register = registers[0]!;
    const page = await h.newPage();
    await signIn(h, page, "manager.sh");
    await chooseTill(page, storeName, register.name);
    await openShift(page, "200");
    const before = await h.env.db.order.count({ where: { registerId: register.id } });
    await page.getByRole("button", { name: "练习模式" }).click();
    await page.getByRole("dialog", { name: "进入练习模式？" }).getByRole("button", { name: "练习模式" }).click();
    await page.getByRole("status").getByText("练习模式").waitFor();
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await scan(page, codes[0]!);
    await cartLines(page).first().waitFor();
    await page.getByRole("button", { name: /收款/ }).and(page.locator(":enabled")).waitFor();
    await page.keyboard.press("F12");
    const pay = page.getByRole("dialog", { name: /收款 · 练习模式/ });
    await pay.getByRole("group", { name: "快捷现金" }).getByRole("button").first().click();
    await pay.getByRole("button", { name: /完成收款/ }).click();
    await page.getByRole("dialog", { name: "练习交易完成" }).waitFor();
    expect(await h.env.db.order.count({ where: { registerId: register.id } })).toBe(before);
    expect(await h.env.db.order.count({ where: { training: true } })).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it("a price override needs a manager's PIN (logged with the approver), then card payment with the terminal reference", async () => {
    const register = registers[0]!;
    const page = await h.newPage();
    await signIn(h, page, "cashier.sh");
    await chooseTill(page, storeName, register.name);
    await ensureShift(page, "100");
    await page.waitForLoadState("networkidle");
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await scanItems(page, [codes[1]!]);

    await page.keyboard.press("F5");
    const dialog = page.getByRole("dialog", { name: /改价\/折扣/ });
    await dialog.getByText("改单价").click();
    await dialog.getByLabel("新单价（元）").fill("9.90");
    await dialog.getByLabel("店长用户名").fill("manager.sh");
    await dialog.getByLabel("店长 PIN").fill("1234");
    await dialog.getByRole("button", { name: "授权并应用" }).click();
    await page.getByTestId("sale-total").getByText("¥9.90").waitFor();

    // F2: the member by phone number; they pay ¥1 of it with 100 points.
    await page.keyboard.press("F2");
    await page.getByRole("dialog", { name: "会员" }).getByLabel("手机号").fill("13800000003");
    await page.getByRole("dialog", { name: "会员" }).getByRole("button", { name: "查找会员" }).click();
    await page.getByTestId("sale-member").waitFor();

    await page.keyboard.press("F12");
    const pay = page.getByRole("dialog", { name: "收款" });
    await pay.waitFor();
    await page.keyboard.press("F5");
    await pay.getByLabel(/使用积分/).fill("100");
    await pay.getByRole("button", { name: "使用积分" }).click();
    await pay.getByText("积分抵扣（100 分）").waitFor();
    await pay.getByTestId("amount-due").getByText("¥8.90").waitFor();
    await page.keyboard.press("F2");
    await pay.getByLabel("刷卡凭证号").fill("T-884211");
    await pay.getByLabel("刷卡凭证号").press("Enter");
    await pay.getByTestId("change-due").waitFor();
    await pay.getByRole("button", { name: /完成收款/ }).click();
    await page.getByRole("dialog", { name: "收款成功" }).waitFor();

    const order = await h.env.db.order.findFirstOrThrow({
      where: { registerId: register.id, training: false },
      orderBy: { placedAt: "desc" },
      include: { payments: true },
    });
    expect(order.total).toBe(990);
    expect(order.pointsRedeemed).toBe(100);
    expect(order.payments.map((p) => [p.tender, p.amount]).sort()).toEqual([
      ["CARD", 890],
      ["POINTS", 100],
    ]);
    expect(order.payments.find((p) => p.tender === "CARD")?.providerReference).toBe("T-884211");
    const manager = await h.env.db.staffUser.findFirstOrThrow({ where: { username: "manager.sh" } });
    const logged = await h.env.db.exceptionLog.findFirst({ where: { kind: "PRICE_OVERRIDE", approvedById: manager.id } });
    expect(logged).not.toBeNull();
    expect(h.pageErrors).toEqual([]);
  });
});
