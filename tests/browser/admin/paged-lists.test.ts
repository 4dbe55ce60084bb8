// Lists longer than the API's 100-row page: the orders list loads page after page (cursor paging) to the last order,
// and the audit log shows a price change field by field, money as money.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { signIn } from "./admin-helpers.ts";

describe("paged lists", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("loads every order past the first 100, a page at a time, without repeats", async () => {
    const total = await h.env.db.order.count({ where: { merchantId: h.env.demo.merchantId, training: false } });
    expect(total).toBeGreaterThan(100);
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/orders");
    const numbers = page.locator("tbody tr td:first-child a");
    await page.getByText(`已显示 30 / ${total}`).waitFor();
    for (let shown = 30; shown < total; shown = Math.min(total, shown + 30)) {
      await page.getByRole("button", { name: "加载更多" }).click();
      await page.getByText(`已显示 ${Math.min(total, shown + 30)} / ${total}`).waitFor();
    }
    expect(await page.getByRole("button", { name: "加载更多" }).count()).toBe(0);
    const shownNumbers = await numbers.allTextContents();
    expect(shownNumbers).toHaveLength(total);
    expect(new Set(shownNumbers).size).toBe(total);
    const expected = await h.env.db.order.findMany({
      where: { merchantId: h.env.demo.merchantId, training: false },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      select: { number: true },
    });
    expect(shownNumbers).toEqual(expected.map((o) => o.number));
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("shows an audit row's changes field by field, money as money", async () => {
    const owner = await h.env.as("owner");
    const variant = await h.env.db.variant.findFirstOrThrow({
      where: { status: "ACTIVE", basePrice: { not: 4321 } },
      orderBy: { sku: "asc" },
    });
    await owner.ok(`mutation($v: ID!) { setBasePrice(variantId: $v, price: 4321) { id } }`, { v: variant.id });
    const row = await h.env.db.auditLog.findFirstOrThrow({ where: { action: "price.base.set" }, orderBy: { createdAt: "desc" } });

    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/audit");
    await page.getByLabel("对象 ID").fill(row.entityId ?? "");
    const entry = page.getByRole("row").filter({ hasText: "price.base.set" }).first();
    await entry.getByText(/\d+ 项变更/).click();
    const price = entry.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^price \(/ }) });
    await expect.poll(() => price.locator("td").allTextContents()).toEqual([`¥${(variant.basePrice / 100).toFixed(2)}`, "→", "¥43.21"]);

    // A product edit: only the changed fields by default, every field on request.
    const product = await h.env.db.product.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { name: "desc" } });
    await owner.ok(`mutation($id: ID!) { updateProduct(id: $id, input: { name: "改名后的商品" }) { id } }`, { id: product.id });
    await page.getByLabel("对象 ID").fill(product.id);
    const edit = page.getByRole("row").filter({ hasText: "product.update" }).first();
    await edit.getByText(/\d+ 项变更/).click();
    const header = (name: string) => ({ name: new RegExp(`^${name} \\(`) });
    const field = (name: string) => edit.getByRole("rowheader", header(name));
    await field("name").waitFor();
    expect(
      await edit
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", header("name")) })
        .locator("td")
        .allTextContents(),
    ).toEqual([product.name, "→", "改名后的商品"]);
    expect(await field("status").count()).toBe(0);
    await h.screenshot(page, "admin-audit-diff");
    await edit.getByLabel("显示所有字段").check();
    await field("status").waitFor();
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });
});
