import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { CHECKOUT, deliveryInput, type Item, pickItems, postNotification, setStock, stockOf } from "./online-test-fixtures.ts";

const MEMBERS = 200;
const STOCK = 50;

let env: TestEnv;
let warehouse: string;
let item: Item;
let members: TestClient[];

/** 200 members, each signed in and with one unit in the cart, made straight in the database (fast, no SMS round trips). */
async function membersWithCarts(count: number): Promise<TestClient[]> {
  const merchantId = (await env.db.merchant.findFirstOrThrow()).id;
  const rows = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), phone: `1393333${String(i).padStart(4, "0")}` }));
  await env.db.member.createMany({ data: rows.map((m) => ({ id: m.id, merchantId, phone: m.phone, referralCode: `RC${m.phone}` })) });
  const sessions = rows.map((m) => ({
    id: randomUUID(),
    kind: "MEMBER" as const,
    memberId: m.id,
    refreshTokenHash: randomUUID(),
    expiresAt: new Date(Date.now() + 3600_000),
  }));
  await env.db.session.createMany({ data: sessions });
  const carts = rows.map((m) => ({ id: randomUUID(), merchantId, memberId: m.id, couponCodes: [] }));
  await env.db.cart.createMany({ data: carts });
  await env.db.cartItem.createMany({ data: carts.map((c) => ({ cartId: c.id, variantId: item.variantId, quantity: 1 })) });
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return sessions.map((s) => {
    const token = env.api.services.auth.signer.sign({ sid: s.id, sub: s.memberId, kind: "MEMBER", mid: merchantId, exp });
    return new TestClient(env.api.url, env.api.wsUrl, token);
  });
}

beforeAll(async () => {
  env = await createTestEnv();
  warehouse = env.demo.storeIds.warehouse;
  [item] = (await pickItems(env, warehouse, 1, { minPrice: 1000 })) as [Item];
  members = await membersWithCarts(MEMBERS);
  await setStock(env, item.variantId, warehouse, STOCK, 0);
});
afterAll(async () => {
  await env?.close();
});

describe("online checkout under contention", () => {
  it(`${MEMBERS} concurrent checkouts for ${STOCK} units reserve exactly ${STOCK}, never oversell, and settle consistently`, async () => {
    const results = await Promise.all(members.map((m) => m.gql(CHECKOUT, { i: deliveryInput() })));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const placed = results.map((r) => r.data?.checkout).filter((c) => c.__typename === "OnlineCheckout");
    const short = results.map((r) => r.data?.checkout).filter((c) => c.__typename === "OutOfStockError");
    expect(placed).toHaveLength(STOCK);
    expect(short).toHaveLength(MEMBERS - STOCK);
    expect(short.every((c) => c.variantId === item.variantId && c.available === 0)).toBe(true);
    expect(await stockOf(env, item.variantId, warehouse)).toEqual({ onHand: STOCK, reserved: STOCK, available: 0 });
    const orders = await env.db.order.findMany({ where: { member: { phone: { startsWith: "1393333" } } } });
    expect(orders).toHaveLength(STOCK);
    expect(orders.every((o) => o.status === "PENDING_PAYMENT")).toBe(true);

    // Pay some (two of them twice at once), let the rest lapse.
    const toPay = placed.slice(0, 20);
    await Promise.all(
      toPay.flatMap((c, i) => {
        const ref = { provider: "wechat-sim", providerReference: c.payment.providerReference, amount: c.payment.amount };
        const eventId = `evt-${c.orderId}`;
        return i < 2
          ? [postNotification(env, ref, "SUCCEEDED", { eventId }), postNotification(env, ref, "SUCCEEDED", { eventId })]
          : [postNotification(env, ref, "SUCCEEDED", { eventId })];
      }),
    );
    const swept = await env.api.services.orderCancellation.sweepExpiredReservations(new Date(Date.now() + 60 * 60_000));
    expect(swept).toBe(STOCK - toPay.length);

    const stock = await stockOf(env, item.variantId, warehouse);
    expect(stock).toEqual({ onHand: STOCK - toPay.length, reserved: 0, available: STOCK - toPay.length });
    const moves = await env.db.stockMovement.findMany({
      where: { variantId: item.variantId, locationId: warehouse, referenceType: "Order", referenceId: { in: orders.map((o) => o.id) } },
    });
    const sum = (reason: string, key: "delta" | "reservedDelta") =>
      moves.filter((m) => m.reason === reason).reduce((s, m) => s + m[key], 0);
    expect(sum("RESERVE", "reservedDelta")).toBe(STOCK);
    expect(sum("SALE", "delta")).toBe(-toPay.length);
    expect(sum("SALE", "reservedDelta")).toBe(-toPay.length);
    expect(sum("RELEASE", "reservedDelta")).toBe(-(STOCK - toPay.length));
    expect(moves.reduce((s, m) => s + m.reservedDelta, 0)).toBe(stock.reserved);
    expect(STOCK + moves.reduce((s, m) => s + m.delta, 0)).toBe(stock.onHand);
    const byStatus = await env.db.order.groupBy({ by: ["status"], where: { id: { in: orders.map((o) => o.id) } }, _count: { _all: true } });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]))).toEqual({
      PAID: toPay.length,
      CANCELLED: STOCK - toPay.length,
    });
    expect(await env.db.pointsEntry.count({ where: { orderId: { in: orders.map((o) => o.id) }, reason: "EARN" } })).toBe(toPay.length);
  }, 240_000);
});
