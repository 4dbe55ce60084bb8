// The dashboard follows sales live: a till sale made through the API shows up in the open dashboard without a reload.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { signIn } from "./admin-helpers.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;

describe("live dashboard", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("updates today's orders and sales when a cashier sells at the till", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "manager.sh");
    const orders = page.locator('[data-kpi="orders"] .kpi-value');
    await orders.waitFor();
    await page.getByRole("status").filter({ hasText: "实时" }).waitFor();
    const before = Number(await orders.textContent());
    const reloads: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) reloads.push(frame.url());
    });

    const storeId = h.env.demo.storeIds.shanghai;
    const register = await h.env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } });
    const level = await h.env.db.stockLevel.findFirstOrThrow({
      where: { locationId: storeId, onHand: { gte: 10 }, variant: { status: "ACTIVE", product: { status: "ACTIVE" } } },
      select: { variant: { select: { id: true, basePrice: true } } },
      orderBy: { variantId: "asc" },
    });
    const cashier = await h.env.as("cashier.sh");
    const sale = await cashier.ok(SALE, {
      i: {
        clientSaleId: randomUUID(),
        storeId,
        registerId: register.id,
        lines: [{ variantId: level.variant.id, quantity: 1 }],
        tenders: [{ tender: "CASH", amount: level.variant.basePrice * 2 }],
      },
    });
    expect(sale.createPosSale.__typename).toBe("PosSale");
    const order = await h.env.db.order.findUniqueOrThrow({ where: { id: sale.createPosSale.orderId } });

    await page.getByTestId("last-sale").filter({ hasText: order.number }).waitFor();
    await page.waitForFunction(([selector, expected]) => Number(document.querySelector(selector as string)?.textContent) === expected, [
      '[data-kpi="orders"] .kpi-value',
      before + 1,
    ] as const);
    expect(reloads).toEqual([]);
    await page.getByRole("region", { name: "热销商品" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-dashboard", { fullPage: true });
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });
});
