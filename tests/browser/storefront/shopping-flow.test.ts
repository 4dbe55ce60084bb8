// The storefront's main flow, as a shopper does it: browse, search in Chinese, add two items as a guest, sign in by SMS
// code (the cart follows), apply a coupon, pick up at a store, pay through the wallet simulator and watch the order
// move live while the store works on it; and a price change showing on an open product page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { type ShopItem, stockedItems } from "./storefront-fixtures.ts";

const PHONE = "13800000001";
const ORDER_UPDATED = `subscription($s: ID) { orderUpdated(storeId: $s) { orderId number status storeId } }`;
const FULFIL = (action: string) => `mutation($o: ID!) { ${action}(orderId: $o) { __typename ... on ErrorResult { code message } } }`;
const SET_PRICE = `mutation($v: ID!, $p: Int!) { setBasePrice(variantId: $v, price: $p) { id } }`;

let h: BrowserEnv;
let items: ShopItem[];
let shanghai: string;

beforeAll(async () => {
  h = await startBrowserEnv({ apps: ["storefront"] });
  shanghai = h.env.demo.storeIds.shanghai;
  items = await stockedItems(h.env, [shanghai, h.env.demo.storeIds.warehouse], 2);
});
afterAll(async () => {
  await h?.close();
});

async function addFromSearch(page: Page, item: ShopItem) {
  const search = page.getByRole("searchbox", { name: "搜索商品" });
  await search.fill(item.name);
  await search.press("Enter");
  await page.waitForURL(/\/search\?q=/);
  await page
    .getByRole("link", { name: new RegExp(item.name) })
    .first()
    .click();
  await page.getByRole("heading", { level: 1, name: item.name }).waitFor();
  await page.getByRole("radio", { name: /今天到上海南京路店自提/ }).check();
  await page.getByRole("button", { name: "加入购物车" }).click();
  await page.getByText("已加入购物车。").waitFor();
}

describe("storefront shopping flow", () => {
  it("guest to paid pickup order, followed live by the store and the shopper", async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // The shopper arrives through a friend's share link: the friend's referral code goes on the order.
    const friend = await h.env.db.member.findFirstOrThrow({ where: { phone: "13800000003" } });
    await page.goto(`${h.appUrl.storefront}/?ref=${friend.referralCode}`);
    // Streamed sections are revealed a moment after the document loads (React batches the reveals): wait for it.
    await page.getByRole("heading", { name: "为你推荐" }).waitFor();
    await h.screenshot(page, "storefront-home-phone");

    for (const item of items) await addFromSearch(page, item);
    await expect(page.getByTestId("cart-count").textContent()).resolves.toBe("2");

    // Sign in from the cart with the one-time code; the guest cart is merged into the member's.
    await page
      .getByRole("link", { name: /购物车/ })
      .first()
      .click();
    await page.getByRole("link", { name: "登录并结算" }).click();
    await page.getByLabel("手机号").fill(PHONE);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByText(/验证码已发送至/).waitFor();
    await page.getByLabel("验证码").fill(h.env.sms.lastCodeFor(PHONE) ?? "");
    await page.getByRole("button", { name: "登录 / 注册" }).click();
    await page.waitForURL(/\/cart$/);
    for (const item of items) await page.getByRole("link", { name: item.name }).first().waitFor();
    const member = await h.env.db.member.findFirstOrThrow({ where: { phone: PHONE } });
    const merged = await h.env.db.cart.findFirstOrThrow({ where: { memberId: member.id }, include: { items: true } });
    expect(merged.items.map((i) => i.variantId).sort()).toEqual(items.map((i) => i.variantIds[0]).sort());

    await page.getByPlaceholder("输入优惠券码").fill("DEMO-COUPON-20");
    await page.getByRole("button", { name: "使用", exact: true }).last().click();
    await page.getByText("已减 ¥20.00").waitFor();
    await h.screenshot(page, "storefront-cart-phone");

    // The store's staff app is listening for new orders of Shanghai.
    const staff = await h.env.as("manager.sh");
    const storeFeed = staff.subscribe<{ orderUpdated: { orderId: string; number: string; status: string } }>(ORDER_UPDATED, {
      s: shanghai,
    });
    await new Promise((r) => setTimeout(r, 300));

    await page.getByRole("link", { name: "去结算" }).click();
    await page.waitForURL(/\/checkout$/);
    await page.getByRole("radio", { name: /上海南京路店/ }).check();
    await page.getByText("今天可取").first().waitFor();
    await h.screenshot(page, "storefront-checkout-phone");
    await page.getByRole("button", { name: /^提交订单/ }).click();
    await page.waitForURL(/\/orders\/[^/]+\/pay$/);
    await page.getByRole("img", { name: "微信支付付款码" }).waitFor();
    await h.screenshot(page, "storefront-pay-phone");
    await page.getByRole("button", { name: /^确认付款/ }).click();
    await page.waitForURL(/\/orders\/[^/?]+\?paid=1$/);
    await page.getByText("支付成功，感谢你的购买！").waitFor();
    await expect(page.getByTestId("order-status").textContent()).resolves.toBe("已支付，待备货");
    const orderId = new URL(page.url()).pathname.split("/")[2] ?? "";

    // The store sees the order live.
    for (let i = 0; i < 50 && !storeFeed.events.some((e) => e.orderUpdated.orderId === orderId && e.orderUpdated.status === "PAID"); i++) {
      await storeFeed.next(200);
    }
    expect(storeFeed.events.map((e) => e.orderUpdated)).toContainEqual(expect.objectContaining({ orderId, status: "PAID" }));
    const order = await h.env.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, fulfilments: true } });
    expect(order).toMatchObject({ storeId: shanghai, memberId: member.id, status: "PAID", referralCode: friend.referralCode });
    expect(order.discountTotal).toBeGreaterThanOrEqual(2000);
    expect(order.lines).toHaveLength(2);

    // The store prepares it; the open order page follows without a reload.
    for (const action of ["startPicking", "markPacked", "markReadyForPickup"]) {
      const result = await staff.ok(FULFIL(action), { o: orderId });
      expect(Object.values(result)[0]).not.toHaveProperty("code");
    }
    await page.getByTestId("order-status").getByText("待取货").waitFor({ timeout: 10_000 });
    await page.getByText("已备好，请到 上海南京路店 取货").waitFor();
    await expect(page.getByTestId("pickup-code").textContent()).resolves.toBe(order.fulfilments[0]?.pickupCode);
    await page.getByRole("img", { name: "取货二维码" }).waitFor();
    await h.screenshot(page, "storefront-order-phone", { fullPage: true });
    await storeFeed.close();
    await page.context().close();
  });

  it("shows a price change on an open product page without a reload", async () => {
    const [item] = await stockedItems(h.env, [shanghai, h.env.demo.storeIds.warehouse], 1, 5);
    if (!item) throw new Error("no item");
    const page = await h.newPage();
    await page.goto(`${h.appUrl.storefront}/product/${item.productId}`);
    await page.getByRole("heading", { level: 1, name: item.name }).waitFor();
    await h.screenshot(page, "storefront-product-desktop");
    const before = await page.getByTestId("product-price").locator("strong").textContent();
    await page.waitForTimeout(500); // the price subscription is open once the page has hydrated

    const owner = await h.env.as("owner");
    for (const variantId of item.variantIds) await owner.ok(SET_PRICE, { v: variantId, p: 12_345 });
    await page.getByTestId("product-price").getByText("¥123.45").waitFor({ timeout: 10_000 });
    expect(before).not.toBe("¥123.45");
    await page.getByText("价格已更新").waitFor();
    await page.context().close();
  });
});
