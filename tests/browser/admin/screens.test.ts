// Every main screen renders real demo data for the owner, in each language and on a tablet, with no page errors;
// screenshots of those not covered by the flow tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

const SCREENS: { path: string; heading: string; ready: string; shot: string }[] = [
  { path: "/catalog", heading: "商品", ready: "件商品", shot: "admin-catalog" },
  { path: "/marketing", heading: "营销", ready: "进行中", shot: "admin-promotions" },
  { path: "/marketing/segments", heading: "营销", ready: "新建人群", shot: "admin-segments" },
  { path: "/inventory/movements", heading: "库存", ready: "变动后在库", shot: "admin-stock-ledger" },
  { path: "/orders/exceptions", heading: "订单", ready: "类型", shot: "admin-exceptions" },
  { path: "/members", heading: "会员", ready: "累计消费", shot: "admin-members" },
  { path: "/audit", heading: "审计日志", ready: "操作人", shot: "admin-audit-all" },
  { path: "/settings", heading: "设置", ready: "收银台", shot: "admin-settings" },
  { path: "/members/tiers", heading: "会员", ready: "积分倍率", shot: "admin-tiers" },
  { path: "/orders/returns", heading: "订单", ready: "退货申请", shot: "admin-returns" },
  { path: "/inventory/stocktakes", heading: "库存", ready: "开始盘点", shot: "admin-stocktakes" },
];

describe("admin screens", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows every main screen with demo data", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner");
    for (const screen of SCREENS) {
      await open(h, page, screen.path);
      await page.getByRole("heading", { name: screen.heading, level: 2 }).waitFor();
      await page.getByText(screen.ready).first().waitFor();
      await page.locator(".state-loading").waitFor({ state: "detached" });
      await page.evaluate(() => window.scrollTo(0, 0));
      await h.screenshot(page, screen.shot);
    }
    const member = await h.env.db.member.findFirstOrThrow({ where: { phone: "13800000001" } });
    await open(h, page, `/members/${member.id}`);
    await page.getByRole("heading", { name: "积分明细" }).waitFor();
    // admin-member.png is taken by editors.test.ts, once the member also has a ticket.
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("speaks Traditional Chinese and English", async () => {
    const page = await h.newPage();
    await signIn(h, page, "owner");
    await page.getByRole("heading", { name: "经营概览" }).waitFor();
    const locale = page.getByRole("combobox", { name: "界面语言" });
    await locale.selectOption("zh-TW");
    await page.getByRole("heading", { name: "經營總覽" }).waitFor();
    await page.getByRole("combobox", { name: "介面語言" }).selectOption("en");
    await page.getByRole("heading", { name: "Business overview" }).waitFor();
    await open(h, page, "/orders");
    await page.getByRole("columnheader", { name: "Order" }).waitFor();
    await page.context().close();
  });

  it("works on a tablet: the menu opens from the top bar", async () => {
    const page = await h.newPage({ viewport: { width: 820, height: 1180 }, hasTouch: true });
    await signIn(h, page, "manager.sh");
    await page.getByRole("button", { name: "打开菜单" }).click();
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "库存" }).click();
    await page.getByRole("heading", { name: "库存", level: 2 }).waitFor();
    await page.getByRole("cell").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-inventory-tablet");
    await page.context().close();
  });
});
