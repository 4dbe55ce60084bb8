// The member centre and catalogue browsing as shoppers use them: typo-tolerant search, filters, claiming a coupon,
// signing up for an event, and a service conversation whose staff replies arrive live. Also takes the storefront's
// phone and desktop screenshots (with UPDATE_SCREENSHOTS=1).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberQrPayload } from "../../../apps/storefront/src/features/member/member-qr.ts";
import { encodeQr } from "../../../apps/storefront/src/features/qr/qr-code.ts";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { stockedItems } from "./storefront-fixtures.ts";

const PHONE = "13912345678"; // a new shopper: registered by the first sign-in
const PHONE_VIEW = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP_VIEW = { viewport: { width: 1280, height: 800 } };

let h: BrowserEnv;

beforeAll(async () => {
  h = await startBrowserEnv({ apps: ["storefront"] });
});
afterAll(async () => {
  await h?.close();
});

/** The SVG path QrImage draws for a payload (modules offset by the 4-module quiet zone). */
function qrPath(payload: string): string {
  let d = "";
  encodeQr(payload).forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    });
  });
  return d;
}

async function signIn(page: Page, next: string) {
  await page.goto(`${h.appUrl.storefront}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("手机号").fill(PHONE);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByText(/验证码已发送至/).waitFor();
  await page.getByLabel("验证码").fill(h.env.sms.lastCodeFor(PHONE) ?? "");
  await page.getByRole("button", { name: "登录 / 注册" }).click();
  await page.waitForURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

describe("catalogue browsing", () => {
  it("finds products through a pinyin typo and a Chinese homophone, and filters by size", async () => {
    const page = await h.newPage(PHONE_VIEW);
    const tshirt = await h.env.db.product.findFirstOrThrow({ where: { status: "ACTIVE", name: { contains: "纯棉" } } });
    await page.goto(`${h.appUrl.storefront}/search?q=${encodeURIComponent(tshirt.name.replace("纯棉", "纯绵"))}`);
    // Visible copies only: while the page streams in, React may already have rendered it on the client (the session
    // arriving re-renders the providers) while the server's copy still waits, hidden, to be swapped in.
    await page
      .getByText(/为你找到了相近的结果/)
      .filter({ visible: true })
      .waitFor();
    await page
      .getByRole("link", { name: new RegExp(tshirt.name) })
      .first()
      .waitFor();

    await page.goto(`${h.appUrl.storefront}/search?q=chunmain`);
    await page.getByText("没有找到“chunmain”，已为你显示“chunmian”的结果。").filter({ visible: true }).waitFor();
    await h.screenshot(page, "storefront-search-phone");

    await page.goto(`${h.appUrl.storefront}/search`);
    await page.getByRole("region", { name: "filters" }).getByText("筛选", { exact: true }).click();
    await page.getByLabel("尺码").selectOption("XL");
    await page.getByRole("button", { name: "应用筛选" }).click();
    await page.waitForURL(/size=XL/);
    // The filtered page streams in after the address changes: wait for its first product before counting.
    await page.locator(".product-grid li").first().waitFor();
    const count = await page.locator(".product-grid li").count();
    expect(count).toBeGreaterThan(0);
    await page.context().close();
  });

  it("renders the main pages at phone and desktop sizes", async () => {
    const [item] = await stockedItems(h.env, [h.env.demo.storeIds.shanghai, h.env.demo.storeIds.warehouse], 1, 2);
    if (!item) throw new Error("no item");
    for (const [suffix, view] of [
      ["phone", PHONE_VIEW],
      ["desktop", DESKTOP_VIEW],
    ] as const) {
      const page = await h.newPage(view);
      await page.goto(h.appUrl.storefront);
      await page.getByRole("heading", { name: "为你推荐" }).waitFor();
      if (suffix === "desktop") await h.screenshot(page, "storefront-home-desktop");
      await page.goto(`${h.appUrl.storefront}/product/${item.productId}`);
      await page.getByRole("heading", { level: 1, name: item.name }).waitFor();
      await page.getByText("满200减20", { exact: false }).first().waitFor();
      await h.screenshot(page, `storefront-product-${suffix}`);
      await page.getByRole("button", { name: "加入购物车" }).click();
      await page.getByText("已加入购物车。").waitFor();
      await page.goto(`${h.appUrl.storefront}/cart`);
      await page.getByRole("link", { name: item.name }).first().waitFor();
      if (suffix === "desktop") await h.screenshot(page, "storefront-cart-desktop");
      await page.context().close();
    }
    expect(h.pageErrors).toEqual([]);
  });
});

describe("member centre", () => {
  it("claims a coupon, signs up for an event and chats with service live", async () => {
    const page = await h.newPage(PHONE_VIEW);
    await signIn(page, "/account");
    const member = await h.env.db.member.findFirstOrThrow({ where: { phone: PHONE } });
    await page.getByText(member.referralCode).waitFor();
    await h.screenshot(page, "storefront-account-phone");

    // The member code the till scans: O2O-MEMBER:<member id>, drawn by the storefront's own encoder.
    await page.getByRole("link", { name: "会员码" }).click();
    await page.waitForURL(/\/account\/member-code$/);
    const payload = memberQrPayload(member.id);
    expect(payload).toBe(`O2O-MEMBER:${member.id}`);
    const qr = page.getByRole("img", { name: `会员码二维码：${payload}` });
    await qr.waitFor();
    expect(await page.locator("figure.member-code-qr").getAttribute("data-payload")).toBe(payload);
    expect(await qr.locator("path").getAttribute("d")).toBe(qrPath(payload));
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(240); // large enough for a till scanner at arm's length
    await page
      .getByText(`${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`)
      .first()
      .waitFor();
    await h.screenshot(page, "storefront-member-code-phone");
    await page.goto(`${h.appUrl.storefront}/account`);
    await page.getByText(member.referralCode).waitFor();

    await page.getByRole("link", { name: "优惠券" }).click();
    await page.getByLabel("领券码").fill("WELCOME10");
    await page.getByRole("button", { name: "领取" }).click();
    await page
      .getByRole("status")
      .getByText(/已领取/)
      .or(page.getByRole("status").getByText(/已/))
      .first()
      .waitFor();
    expect(await h.env.db.coupon.count({ where: { memberId: member.id, template: { claimCode: "WELCOME10" } } })).toBeGreaterThanOrEqual(1);
    await h.screenshot(page, "storefront-coupons-phone");

    await page.goto(`${h.appUrl.storefront}/account/events`);
    await page.getByRole("heading", { name: "秋冬新品穿搭沙龙" }).waitFor();
    await page.getByRole("button", { name: "报名" }).first().click();
    await page.getByText("报名成功，期待见到你！").waitFor();
    expect(await h.env.db.eventSignup.count({ where: { memberId: member.id } })).toBe(1);

    await page.goto(`${h.appUrl.storefront}/account/service/new`);
    await page.getByLabel("主题").fill("尺码咨询");
    await page.getByLabel("详细描述").fill("纯棉T恤 M 码适合 170cm 吗？");
    await page.getByRole("button", { name: "发送" }).click();
    await page.waitForURL(/\/account\/service\/(?!new$)[^/]+$/);
    const ticketId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    await page.getByText("纯棉T恤 M 码适合 170cm 吗？").waitFor();
    await page.waitForTimeout(500); // the conversation's subscription is open once hydrated

    const owner = await h.env.as("owner");
    await owner.ok(`mutation($t: ID!, $b: String!) { staffReplyToTicket(ticketId: $t, body: $b) { __typename } }`, {
      t: ticketId,
      b: "您好，170cm 建议选 M 码，偏宽松。",
    });
    await page.getByText("您好，170cm 建议选 M 码，偏宽松。").waitFor({ timeout: 10_000 });
    await h.screenshot(page, "storefront-service-phone");
    await page.context().close();
  });
});
