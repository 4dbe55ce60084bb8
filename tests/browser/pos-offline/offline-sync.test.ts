// Offline selling end to end: the till loses the API, rings up 20 cash sales from its local snapshot (queued in
// IndexedDB), and when the API is back every sale reaches the server exactly once with the right stock and points;
// delivering the same sales a second time changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { nextCustomer, payCash, type QueuedSaleRecord, scan, signInToTill, waitForSnapshot, wedgeScan } from "./till-driver.ts";

const CARTS = 20;
const MEMBER_PHONE = "13800000002";

describe("POS offline selling and sync", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["pos"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("sells 20 carts offline, syncs each exactly once when back, and a replay changes nothing", async () => {
    const { db } = h.env;
    const storeId = h.env.demo.storeIds.shanghai;
    const items = await db.variant.findMany({
      where: { status: "ACTIVE", product: { status: "ACTIVE" }, stockLevels: { some: { locationId: storeId, onHand: { gte: 40 } } } },
      select: { id: true, barcodes: { where: { isPrimary: true }, select: { code: true } } },
      orderBy: { sku: "asc" },
      take: 6,
    });
    expect(items).toHaveLength(6);
    const code = (i: number) => items[i % items.length]?.barcodes[0]?.code ?? "";
    const onHand = async () =>
      new Map(
        (await db.stockLevel.findMany({ where: { locationId: storeId, variantId: { in: items.map((i) => i.id) } } })).map((s) => [
          s.variantId,
          s.onHand,
        ]),
      );
    const member = await db.member.findFirstOrThrow({ where: { phone: MEMBER_PHONE } });
    const stockBefore = await onHand();
    const ordersBefore = await db.order.count({ where: { storeId } });

    const page = await h.newPage();
    await signInToTill(h.appUrl.pos, page);
    await waitForSnapshot(page, code(0));

    // The API goes away (the till's network to it is cut).
    const api = new URL(h.env.api.url);
    const toApi = (url: URL) => url.host === api.host;
    await page.route(toApi, (route) => route.abort("internetdisconnected"));

    // The first shopper is a member, found in the till's snapshot while offline.
    await wedgeScan(page, MEMBER_PHONE);
    await page
      .getByRole("region", { name: "当前订单" })
      .getByRole("button", { name: /非会员/ })
      .waitFor({ state: "detached" });

    const sold = new Map<string, number>();
    for (let cart = 0; cart < CARTS; cart++) {
      const lines = cart % 3 === 0 ? [cart, cart + 1] : [cart];
      for (const i of lines) {
        await scan(page, code(i)).catch(async (error: unknown) => {
          await page.screenshot({ path: "/tmp/pos-offline-fail.png" });
          throw new Error(`cart ${cart}: ${error instanceof Error ? error.message : error}`);
        });
        const id = items[i % items.length]?.id ?? "";
        sold.set(id, (sold.get(id) ?? 0) + 1);
      }
      const done = await payCash(page);
      expect(done.title, `cart ${cart}`).toBe("已离线记账");
      await nextCustomer(page);
    }
    await page.getByTestId("offline-queue").getByText(`${CARTS} 笔待同步`).waitFor();
    await h.screenshot(page, "pos-offline-queue");
    const queued = (await page.evaluate(() => window.__posTest?.queuedSales())) as QueuedSaleRecord[];
    expect(queued).toHaveLength(CARTS);
    expect(queued.every((q) => q.status === "pending" && q.expectedTotal > 0)).toBe(true);
    expect(queued.filter((q) => q.input.memberId === member.id)).toHaveLength(1);
    expect(await db.order.count({ where: { storeId } })).toBe(ordersBefore);

    // The API is back: the till notices on its own and delivers the queue.
    await page.unroute(toApi);
    await page
      .getByTestId("offline-queue")
      .waitFor({ state: "detached", timeout: 60_000 })
      .catch(async (error: unknown) => {
        const left = (await page.evaluate(() => window.__posTest?.queuedSales())) as (QueuedSaleRecord & { lastError?: string })[];
        throw new Error(`the queue did not drain: ${left.length} left, e.g. ${left[0]?.lastError ?? "no error"} (${error})`);
      });
    expect(await page.evaluate(() => window.__posTest?.queuedSales())).toEqual([]);

    const ids = queued.map((q) => q.clientSaleId);
    const orders = await db.order.findMany({ where: { clientSaleId: { in: ids } }, include: { lines: true } });
    expect(orders).toHaveLength(CARTS);
    expect(new Set(orders.map((o) => o.clientSaleId)).size).toBe(CARTS);
    for (const q of queued) {
      const order = orders.find((o) => o.clientSaleId === q.clientSaleId);
      expect(order?.total, `sale ${q.clientSaleId}`).toBeLessThanOrEqual(q.expectedTotal);
      expect(order?.subtotal).toBe(order?.lines.reduce((s, l) => s + l.subtotal, 0));
    }
    // Offline totals matched the server's: no price conflicts were logged.
    expect(await db.exceptionLog.count({ where: { kind: "SYNC_CONFLICT" } })).toBe(0);

    const stockAfter = await onHand();
    for (const [variantId, quantity] of sold)
      expect(stockAfter.get(variantId), variantId).toBe((stockBefore.get(variantId) ?? 0) - quantity);
    const memberOrder = orders.find((o) => o.memberId === member.id);
    expect(memberOrder?.pointsEarned).toBeGreaterThan(0);
    const memberAfter = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(memberAfter.pointsBalance).toBe(member.pointsBalance + (memberOrder?.pointsEarned ?? 0));

    // Replay: the same 20 sales delivered again are recognised and change nothing.
    for (const q of queued) await page.evaluate((sale) => window.__posTest?.enqueueSale(sale), q);
    const report = await page.evaluate(() => window.__posTest?.syncNow());
    expect(report).toMatchObject({ recorded: 0, replayed: CARTS, conflicts: 0, left: 0 });
    expect(await db.order.count({ where: { clientSaleId: { in: ids } } })).toBe(CARTS);
    expect(await db.order.count({ where: { storeId } })).toBe(ordersBefore + CARTS);
    expect(await onHand()).toEqual(stockAfter);
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).pointsBalance).toBe(memberAfter.pointsBalance);
    expect(await db.pointsEntry.count({ where: { orderId: memberOrder?.id ?? "" } })).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });
});
