// Inventory beyond receiving and transfers: a stocktake sheet with its variance, and an adjustment with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

describe("inventory", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("counts a category, shows the variance and adjusts stock on completion", async () => {
    const sh = await h.env.db.store.findUniqueOrThrow({ where: { id: h.env.demo.storeIds.shanghai } });
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "manager.sh", "/inventory/stocktakes");
    const start = page.getByRole("form", { name: "开始盘点" });
    await start.getByLabel("库位").selectOption({ label: sh.name });
    await start.getByLabel("分类").selectOption({ label: "　家清" });
    await start.getByRole("button", { name: "开始盘点" }).click();
    await page.waitForURL((url) => /^\/inventory\/stocktakes\/[^/]+$/.test(url.pathname));
    const stocktakeId = page.url().split("/").at(-1) ?? "";
    const line = await h.env.db.stocktakeLine.findFirstOrThrow({
      where: { stocktakeId },
      include: { variant: { include: { product: true } } },
      orderBy: { id: "asc" },
    });
    const name = `${line.variant.product.name} ${line.variant.name}`;
    await page.getByLabel(`${name} 的实盘数`).fill(String(line.expected - 2));
    await page.getByRole("button", { name: "保存盘点数" }).click();
    await page.getByText("盘点数已保存").waitFor();
    await page.getByRole("row").filter({ hasText: line.variant.sku }).getByText("-2").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-stocktake");
    await page.getByRole("button", { name: "完成盘点" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await page.getByText("盘点完成，库存已调整").waitFor();
    const level = await h.env.db.stockLevel.findUniqueOrThrow({
      where: { variantId_locationId: { variantId: line.variantId, locationId: sh.id } },
    });
    expect(level.onHand).toBe(line.expected - 2);

    // An adjustment with a reason lands in the ledger.
    await open(h, page, "/inventory");
    await page.getByRole("searchbox").first().fill(line.variant.sku);
    const row = page.getByRole("row").filter({ hasText: line.variant.sku }).filter({ hasText: sh.name });
    await row.getByRole("button", { name: "调整" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "调整库存" });
    await dialog.getByLabel(/调整数量/).fill("-1");
    await dialog.getByLabel("原因").selectOption({ label: "报损" });
    await dialog.getByRole("button", { name: "确认调整" }).click();
    await row
      .getByRole("cell", { name: String(line.expected - 3), exact: true })
      .first()
      .waitFor();
    const damage = await h.env.db.stockMovement.findFirstOrThrow({
      where: { variantId: line.variantId, locationId: sh.id, reason: "DAMAGE" },
    });
    expect(damage.delta).toBe(-1);
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("keeps an adjustment dialog open when a search typed just before lands while it is open", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "manager.sh", "/inventory");
    const first = page
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: "调整" }) })
      .first();
    await first.waitFor();
    const sku = ((await first.locator(".mono").first().textContent()) ?? "").trim();
    // Type a search, then open the row's dialog before the search (debounced) reaches the API.
    await page.getByRole("searchbox").first().fill(sku);
    await first.getByRole("button", { name: "调整" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "调整库存" });
    await dialog.getByLabel(/调整数量/).fill("2");
    await page.getByText(/^共 [1-9] 条$/).waitFor(); // the searched list has arrived (unsearched: hundreds)
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.getByLabel(/调整数量/).inputValue()).resolves.toBe("2");
    await page.context().close();
  });
});
