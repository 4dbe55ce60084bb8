import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const SUMMARY = `query($r: SalesRange, $s: ID) { salesSummary(range: $r, storeId: $s) {
  from to sales refunded orders averageBasket
  byStore { key label sales orders } byChannel { key sales orders }
  overTime { label sales orders } topProducts { productId name quantity sales }
  categoryMix { key label sales } members { newMembers returningMembers guestOrders }
} }`;
const TICKS = `subscription { salesUpdated { orderId storeId status total } }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

async function sellOne(): Promise<{ orderId: string; total: number }> {
  const storeId = env.demo.storeIds.shanghai;
  const register = await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } });
  const level = await env.db.stockLevel.findFirstOrThrow({
    where: { locationId: storeId, onHand: { gte: 20 }, variant: { status: "ACTIVE", product: { status: "ACTIVE" } } },
    select: { variant: { select: { id: true, basePrice: true } } },
    orderBy: { variantId: "asc" },
  });
  const cashier = await env.as("cashier.sh");
  const res = await cashier.ok(SALE, {
    i: {
      clientSaleId: randomUUID(),
      storeId,
      registerId: register.id,
      lines: [{ variantId: level.variant.id, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: level.variant.basePrice * 2 }],
    },
  });
  expect(res.createPosSale.__typename).toBe("PosSale");
  const order = await env.db.order.findUniqueOrThrow({ where: { id: res.createPosSale.orderId } });
  return { orderId: order.id, total: order.total };
}

describe("sales dashboard", () => {
  it("counts a till sale in today's figures and ticks the manager's live feed", async () => {
    const manager = await env.as("manager.sh");
    const before = (await manager.ok(SUMMARY, { r: "TODAY" })).salesSummary;
    expect(before.overTime.length).toBeGreaterThan(0);
    // A store manager reports on their own shop only.
    for (const bucket of before.byStore) expect(bucket.key).toBe(env.demo.storeIds.shanghai);

    const feed = manager.subscribe(TICKS);
    const other = (await env.as("manager.bj")).subscribe(TICKS);
    await new Promise((r) => setTimeout(r, 300));
    const sale = await sellOne();
    await feed.next();
    expect(feed.errors).toEqual([]);
    expect(feed.events.map((e) => e.salesUpdated)).toContainEqual(
      expect.objectContaining({ orderId: sale.orderId, storeId: env.demo.storeIds.shanghai, status: "COMPLETED", total: sale.total }),
    );
    await other.next(500);
    expect(other.events.map((e) => e.salesUpdated.orderId)).not.toContain(sale.orderId);
    await Promise.all([feed.close(), other.close()]);

    const after = (await manager.ok(SUMMARY, { r: "TODAY" })).salesSummary;
    expect(after.orders).toBe(before.orders + 1);
    expect(after.sales).toBe(before.sales + sale.total);
    expect(after.averageBasket).toBe(Math.round(after.sales / after.orders));
    expect(after.byChannel.find((c: { key: string }) => c.key === "POS").orders).toBeGreaterThanOrEqual(1);
    expect(after.overTime.reduce((s: number, p: { sales: number }) => s + p.sales, 0)).toBe(after.sales);
    expect(after.topProducts.length).toBeGreaterThan(0);
  });

  it("reports 30 days across every store for the owner, with the category and member mix", async () => {
    const owner = await env.as("owner");
    const s = (await owner.ok(SUMMARY, { r: "LAST_30_DAYS" })).salesSummary;
    expect(s.overTime).toHaveLength(30);
    expect(s.byStore.reduce((n: number, b: { orders: number }) => n + b.orders, 0)).toBe(s.orders);
    expect(s.categoryMix.reduce((n: number, b: { sales: number }) => n + b.sales, 0)).toBeGreaterThan(0);
    const m = s.members;
    expect(m.newMembers + m.returningMembers + m.guestOrders).toBeGreaterThan(0);
  });

  it("refuses another store's figures to a store manager", async () => {
    const manager = await env.as("manager.sh");
    expect(TestClient.code(await manager.gql(SUMMARY, { s: env.demo.storeIds.beijing }))).toBe("FORBIDDEN");
  });
});

describe("a cashier in the admin API", () => {
  it("cannot call the back-office operations the role does not grant", async () => {
    const cashier = await env.as("cashier.sh");
    const variant = await env.db.variant.findFirstOrThrow({ select: { id: true } });
    const storeId = env.demo.storeIds.shanghai;
    const calls: [string, Record<string, unknown>][] = [
      [SUMMARY, {}],
      [
        `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
        { i: { name: "测试", variants: [{ sku: "X-1", name: "默认", basePrice: 100 }] } },
      ],
      [`mutation($v: ID!, $s: ID) { setPriceOverride(variantId: $v, storeId: $s, price: 100) { id } }`, { v: variant.id, s: storeId }],
      [
        `mutation { createPromotion(input: { name: "x", type: SPEND_SAVE, params: { tiers: [{ threshold: 10000, off: 1000 }] } }) { id } }`,
        {},
      ],
      [`query { auditLogs(first: 5) { totalCount } }`, {}],
      [`query { staffUsers { id } }`, {}],
      [
        `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { __typename } }`,
        { i: { variantId: variant.id, locationId: storeId, delta: 5, reason: "ADJUSTMENT" } },
      ],
    ];
    for (const [query, variables] of calls) {
      const res = await cashier.gql(query, variables);
      expect([query, TestClient.code(res)]).toEqual([query, "FORBIDDEN"]);
    }
    const ticks = cashier.subscribe(TICKS);
    await ticks.next();
    expect(JSON.stringify(ticks.errors)).toContain("FORBIDDEN");
    await ticks.close();
  });
});
