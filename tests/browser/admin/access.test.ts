// Who may open the console: a cashier is kept out (the till is theirs), a store manager sees only their modules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

describe("admin console access", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a cashier cannot open admin pages, not even by typing their address", async () => {
    const page = await h.newPage();
    await signIn(h, page, "cashier.sh");
    await page.getByRole("heading", { name: "此账号仅用于门店收银" }).waitFor();
    for (const path of ["/catalog", "/orders", "/audit"]) {
      await open(h, page, path);
      await page.getByRole("heading", { name: "此账号仅用于门店收银" }).waitFor();
      expect(await page.getByRole("navigation", { name: "主导航" }).count()).toBe(0);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-cashier-denied");
    await page.context().close();
  });

  it("a store manager sees the modules of their role only, and no staff-only settings", async () => {
    const page = await h.newPage();
    await signIn(h, page, "manager.sh");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await nav.getByRole("link", { name: "商品" }).waitFor();
    for (const label of ["概览", "商品", "库存", "订单", "会员", "营销", "员工", "审计日志"]) {
      expect(await nav.getByRole("link", { name: label }).count()).toBe(1);
    }
    // Marketing needs merchant-wide rights to create: the manager reads it but gets no "new promotion" button.
    await open(h, page, "/marketing");
    await page.getByRole("heading", { name: "营销", level: 2 }).waitFor();
    await page.getByRole("link", { name: "优惠券" }).waitFor();
    expect(await page.getByRole("link", { name: "新建促销" }).count()).toBe(0);
    // Typing the address of the builder does not get round it.
    await open(h, page, "/marketing/promotions/new");
    await page.getByText("没有访问权限").waitFor();
    expect(await page.getByRole("button", { name: "创建促销" }).count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });
});
