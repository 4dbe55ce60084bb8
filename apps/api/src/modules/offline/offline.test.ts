import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { priceOffline } from "../../../../pos/src/features/offline/offline-pricer.ts";
import type { SnapshotMember, SnapshotReference, SnapshotVariant } from "../../../../pos/src/features/offline/snapshot-types.ts";
import type { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const SYNC = `mutation($i: OfflineSaleInput!) { syncOfflineSale(input: $i) {
  __typename
  ... on OfflineSaleSynced { orderId orderNumber replayed change conflicts }
  ... on ErrorResult { code message }
} }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;
const VARIANTS = `query($a: PosSnapshotArgs!) { posSnapshotVariants(args: $a) { rows endCursor hasNextPage serverTime } }`;
const MEMBERS = `query($a: PosSnapshotArgs!) { posSnapshotMembers(args: $a) { rows endCursor hasNextPage serverTime } }`;
const REFERENCE = `query($s: String!) { posSnapshotReference(storeId: $s) { storeId posChannelId settings categoryPaths promotions serverTime } }`;

let env: TestEnv;
let cashier: TestClient;
let storeId: string;
let registerId: string;
let variants: SnapshotVariant[];
let members: SnapshotMember[];
let reference: SnapshotReference;

async function loadAll<T>(query: string, first: number): Promise<{ rows: T[]; pages: number; serverTime: string }> {
  const rows: T[] = [];
  let after: string | null = null;
  let pages = 0;
  let serverTime = "";
  for (;;) {
    const page: { rows: T[]; endCursor: string | null; hasNextPage: boolean; serverTime: string } = Object.values(
      await cashier.ok(query, { a: { storeId, first, after } }),
    )[0] as never;
    rows.push(...page.rows);
    pages++;
    serverTime ||= page.serverTime;
    if (!page.hasNextPage) return { rows, pages, serverTime };
    after = page.endCursor;
  }
}

const onHand = async (variantId: string) =>
  (await env.db.stockLevel.findUnique({ where: { variantId_locationId: { variantId, locationId: storeId } } }))?.onHand ?? 0;

/** A deterministic pseudo-random sequence, so a failing cart can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function offlineTotal(lines: { variantId: string; quantity: number }[], member: SnapshotMember | null, at: Date): number {
  const byId = new Map(variants.map((v) => [v.id, v]));
  const priced = priceOffline({ lines, variants: (id) => byId.get(id), reference, member, at });
  if (!priced.ok) throw new Error(priced.code);
  return priced.cart.total;
}

function offlineSale(lines: { variantId: string; quantity: number }[], cash: number, extra: Record<string, unknown> = {}) {
  return { clientSaleId: randomUUID(), storeId, registerId, lines, tenders: [{ tender: "CASH", amount: cash }], ...extra };
}

beforeAll(async () => {
  env = await createTestEnv();
  cashier = await env.as("cashier.sh");
  storeId = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } })).id;
  reference = (await cashier.ok(REFERENCE, { s: storeId })).posSnapshotReference;
  variants = (await loadAll<SnapshotVariant>(VARIANTS, 150)).rows;
  members = (await loadAll<SnapshotMember>(MEMBERS, 1000)).rows;
});
afterAll(async () => {
  await env?.close();
});

describe("till snapshot", () => {
  it("pages through every variant with barcodes, prices and search words, and members", async () => {
    const count = await env.db.variant.count({ where: { merchantId: env.demo.merchantId } });
    expect(variants).toHaveLength(count);
    expect(new Set(variants.map((v) => v.id)).size).toBe(count);
    const withBarcode = variants.find((v) => v.barcodes.length > 0);
    expect(withBarcode?.searchText.length).toBeGreaterThan(0);
    expect(typeof withBarcode?.basePrice).toBe("number");
    expect(members.length).toBe(await env.db.member.count({ where: { merchantId: env.demo.merchantId } }));
    expect(reference.posChannelId).toBeTruthy();
  });

  it("a delta since the last load holds only what changed", async () => {
    const { serverTime } = await loadAll<SnapshotVariant>(VARIANTS, 5000);
    const changedSince = serverTime;
    const empty = await cashier.ok(VARIANTS, { a: { storeId, first: 100, changedSince } });
    expect(empty.posSnapshotVariants.rows).toEqual([]);
    const target = variants[3] as SnapshotVariant;
    await env.db.variant.update({ where: { id: target.id }, data: { basePrice: target.basePrice + 100 } });
    const delta = await cashier.ok(VARIANTS, { a: { storeId, first: 100, changedSince } });
    expect(delta.posSnapshotVariants.rows.map((r: SnapshotVariant) => [r.id, r.basePrice])).toEqual([[target.id, target.basePrice + 100]]);
    await env.db.variant.update({ where: { id: target.id }, data: { basePrice: target.basePrice } });
  });

  it("needs sale:create in the store", async () => {
    const other = env.demo.storeIds.beijing;
    const res = await cashier.gql(VARIANTS, { a: { storeId: other, first: 10 } });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("offline pricing parity", () => {
  it("the till's snapshot pricing gives the server's total for random carts, with and without a member", async () => {
    const next = random(7);
    const sellable = variants.filter((v) => v.sellable);
    const tiered = members.filter((m) => m.tierId && m.active);
    for (let i = 0; i < 24; i++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
        variantId: (sellable[Math.floor(next() * sellable.length)] as SnapshotVariant).id,
        quantity: 1 + Math.floor(next() * 3),
      })).filter((l, idx, all) => all.findIndex((x) => x.variantId === l.variantId) === idx);
      const member = i % 2 === 0 ? (tiered[i % tiered.length] ?? null) : null;
      const expected = offlineTotal(lines, member, new Date());
      const res = await cashier.ok(SALE, {
        i: {
          clientSaleId: randomUUID(),
          storeId,
          registerId,
          memberId: member?.id ?? null,
          lines,
          tenders: [{ tender: "CASH", amount: expected + 10_000 }],
        },
      });
      expect(res.createPosSale.__typename, JSON.stringify(res.createPosSale)).toBe("PosSale");
      const order = await env.db.order.findUniqueOrThrow({ where: { id: res.createPosSale.orderId } });
      expect(order.subtotal - order.discountTotal, `cart ${i}`).toBe(expected);
    }
  });
});

describe("offline sale delivery", () => {
  it("records once: a second delivery replays, stock and points move once", async () => {
    const member = members.find((m) => m.phone === "13800000002") as SnapshotMember;
    const item = variants.find((v) => v.sellable && v.basePrice >= 1000 && v.overrides.length === 0) as SnapshotVariant;
    const lines = [{ variantId: item.id, quantity: 2 }];
    const total = offlineTotal(lines, member, new Date());
    const [stockBefore, pointsBefore] = [
      await onHand(item.id),
      (await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).pointsBalance,
    ];
    const input = {
      sale: offlineSale(lines, total + 500, { memberId: member.id }),
      soldAt: new Date(Date.now() - 60_000).toISOString(),
      expectedTotal: total,
    };
    const first = (await cashier.ok(SYNC, { i: input })).syncOfflineSale;
    expect(first).toMatchObject({ __typename: "OfflineSaleSynced", replayed: false, conflicts: [] });
    const second = (await cashier.ok(SYNC, { i: input })).syncOfflineSale;
    expect(second).toMatchObject({ orderId: first.orderId, orderNumber: first.orderNumber, replayed: true });
    expect(await onHand(item.id)).toBe(stockBefore - 2);
    const order = await env.db.order.findUniqueOrThrow({ where: { id: first.orderId } });
    expect(order.placedAt.toISOString()).toBe(input.soldAt);
    const after = await env.db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.pointsBalance).toBe(pointsBefore + order.pointsEarned);
    expect(await env.db.order.count({ where: { clientSaleId: input.sale.clientSaleId } })).toBe(1);
  });

  it("a price changed meanwhile: recorded at the till's total, logged for the manager", async () => {
    const item = variants.find(
      (v) => v.sellable && v.basePrice >= 2000 && v.overrides.length === 0 && v.tierPrices.length === 0,
    ) as SnapshotVariant;
    const lines = [{ variantId: item.id, quantity: 1 }];
    const tillTotal = offlineTotal(lines, null, new Date());
    await env.db.variant.update({ where: { id: item.id }, data: { basePrice: item.basePrice + 300 } });
    const input = { sale: offlineSale(lines, tillTotal), soldAt: new Date().toISOString(), expectedTotal: tillTotal };
    const res = (await cashier.ok(SYNC, { i: input })).syncOfflineSale;
    expect(res).toMatchObject({ __typename: "OfflineSaleSynced", conflicts: ["PRICE_CHANGED"], change: 0 });
    const order = await env.db.order.findUniqueOrThrow({ where: { id: res.orderId }, include: { adjustments: true } });
    expect(order.total).toBe(tillTotal);
    expect(order.adjustments.find((a) => a.kind === "MANUAL")?.amount).toBe(tillTotal - (order.subtotal - order.discountTotal));
    const log = await env.db.exceptionLog.findMany({
      where: { kind: "SYNC_CONFLICT", details: { path: ["orderId"], equals: res.orderId } },
    });
    expect(log).toHaveLength(1);
    await env.db.variant.update({ where: { id: item.id }, data: { basePrice: item.basePrice } });
    // Delivered again: same order, the conflict reported again but logged once.
    const again = (await cashier.ok(SYNC, { i: input })).syncOfflineSale;
    expect(again).toMatchObject({ orderId: res.orderId, replayed: true, conflicts: ["PRICE_CHANGED"] });
    expect(await env.db.exceptionLog.count({ where: { kind: "SYNC_CONFLICT", details: { path: ["orderId"], equals: res.orderId } } })).toBe(
      1,
    );
  });

  it("stock short: the sale is recorded, stock goes below zero and the shortage is logged", async () => {
    const item = variants.find((v) => v.sellable && v.overrides.length === 0) as SnapshotVariant;
    const stock = await onHand(item.id);
    const lines = [{ variantId: item.id, quantity: stock + 3 }];
    const total = offlineTotal(lines, null, new Date());
    const res = (await cashier.ok(SYNC, { i: { sale: offlineSale(lines, total), soldAt: new Date().toISOString(), expectedTotal: total } }))
      .syncOfflineSale;
    expect(res).toMatchObject({ __typename: "OfflineSaleSynced", conflicts: ["STOCK_SHORT"] });
    expect(await onHand(item.id)).toBe(-3);
  });

  it("a sale the server cannot record is refused, kept in the exception log once with its input", async () => {
    const member = members.find((m) => m.phone === "13800000003") as SnapshotMember;
    const item = variants.find((v) => v.sellable) as SnapshotVariant;
    const lines = [{ variantId: item.id, quantity: 1 }];
    const total = offlineTotal(lines, member, new Date());
    const input = {
      sale: offlineSale(lines, total, { memberId: member.id, pointsToRedeem: member.pointsBalance + 10_000 }),
      soldAt: new Date().toISOString(),
      expectedTotal: total,
    };
    for (let i = 0; i < 2; i++) {
      const res = (await cashier.ok(SYNC, { i: input })).syncOfflineSale;
      expect(res.__typename).toBe("PointsError");
    }
    const log = await env.db.exceptionLog.findMany({
      where: { kind: "SYNC_CONFLICT", details: { path: ["clientSaleId"], equals: input.sale.clientSaleId } },
    });
    expect(log).toHaveLength(1);
    const details = log[0]?.details as { sale: { lines: unknown[] } } | undefined;
    expect(details?.sale.lines).toEqual(lines);
    expect(await env.db.order.count({ where: { clientSaleId: input.sale.clientSaleId } })).toBe(0);
  });
});
