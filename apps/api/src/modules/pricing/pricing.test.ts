import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId change } ... on ErrorResult { code message } } }`;
const OVERRIDE = `mutation($v: ID!, $s: ID, $c: ChannelType, $p: Int!) {
  setPriceOverride(variantId: $v, storeId: $s, channelType: $c, price: $p) { id scope price storeId store { code } channel { type } }
}`;
const BASE = `mutation($v: ID!, $p: Int!) { setBasePrice(variantId: $v, price: $p) { id scope oldPrice newPrice status } }`;
const HISTORY = `query($v: ID!) { priceHistory(variantId: $v, first: 10) { totalCount edges { node { id scope status oldPrice newPrice storeId effectiveAt } } } }`;
const PRICES = `query($v: ID!) { variantPrices(variantId: $v) {
  basePrice overrides { id scope price } cells { store { id code } channel { type } price source tierPrices { tierName price source } }
} }`;

let env: TestEnv;
let owner: TestClient;
let manager: TestClient;
let sh: string;
let bj: string;
type Item = { variantId: string; price: number };

/** Active variants no test has priced yet (no override, tier price or price history), priced ¥10–¥50, in categories no seeded promotion targets, stocked in SH01 and BJ01. */
async function pickItems(count: number): Promise<Item[]> {
  const variants = await env.db.variant.findMany({
    where: {
      status: "ACTIVE",
      basePrice: { gte: 1000, lt: 5000 },
      product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
      priceOverrides: { none: {} },
      tierPrices: { none: {} },
      priceChanges: { none: {} },
      AND: [
        { stockLevels: { some: { locationId: sh, onHand: { gte: 20 } } } },
        { stockLevels: { some: { locationId: bj, onHand: { gte: 20 } } } },
      ],
    },
    orderBy: { id: "desc" },
    take: count,
  });
  return variants.map((v) => ({ variantId: v.id, price: v.basePrice }));
}

async function sellOne(client: TestClient, storeId: string, variantId: string, cash: number) {
  const registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } })).id;
  const res = await client.ok(SALE, {
    i: {
      clientSaleId: randomUUID(),
      storeId,
      registerId,
      lines: [{ variantId, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: cash }],
    },
  });
  return res.createPosSale;
}

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  manager = await env.as("manager.sh");
  sh = env.demo.storeIds.shanghai;
  bj = env.demo.storeIds.beijing;
});
afterAll(async () => {
  await env?.close();
});

describe("prices", () => {
  it("a store price in SH01 is what a till there charges, while BJ01 keeps the base price", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const shPrice = item.price - 110;
    const res = await manager.ok(OVERRIDE, { v: item.variantId, s: sh, p: shPrice });
    expect(res.setPriceOverride).toMatchObject({ scope: "STORE", price: shPrice, storeId: sh, channel: null });

    const shSale = await sellOne(await env.as("cashier.sh"), sh, item.variantId, shPrice);
    expect(shSale).toMatchObject({ __typename: "PosSale", change: 0 });
    expect((await env.db.order.findUniqueOrThrow({ where: { id: shSale.orderId } })).total).toBe(shPrice);
    const bjSale = await sellOne(await env.as("cashier.bj"), bj, item.variantId, item.price);
    expect(bjSale).toMatchObject({ __typename: "PosSale", change: 0 });
    expect((await env.db.order.findUniqueOrThrow({ where: { id: bjSale.orderId } })).total).toBe(item.price);

    const { variantPrices } = await owner.ok(PRICES, { v: item.variantId });
    type Cell = { store: { id: string }; channel: { type: string }; price: number; source: string };
    const cells = variantPrices.cells as Cell[];
    expect(cells.length).toBeGreaterThanOrEqual(6);
    for (const c of cells.filter((c) => c.store.id === sh)) expect(c).toMatchObject({ price: shPrice, source: "STORE" });
    for (const c of cells.filter((c) => c.store.id === bj)) expect(c).toMatchObject({ price: item.price, source: "BASE" });

    const { priceHistory } = await owner.ok(HISTORY, { v: item.variantId });
    expect(priceHistory.edges[0].node).toMatchObject({
      scope: "STORE",
      status: "APPLIED",
      oldPrice: item.price,
      newPrice: shPrice,
      storeId: sh,
    });
    expect(await env.db.auditLog.count({ where: { action: "price.override.set", storeId: sh } })).toBeGreaterThan(0);
    const events = await env.db.outboxEvent.findMany({
      where: { topic: "PRICE_CHANGED", payload: { path: ["variantId"], equals: item.variantId } },
    });
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ scope: "STORE", storeId: sh, price: shPrice })]);
  });

  it("a store manager may set prices in their store only; merchant-wide prices need merchant-wide price:write", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const inBeijing = await manager.gql(OVERRIDE, { v: item.variantId, s: bj, p: 100 });
    expect(TestClient.code(inBeijing)).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(BASE, { v: item.variantId, p: 100 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(OVERRIDE, { v: item.variantId, c: "ONLINE", p: 100 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await (await env.as("cashier.sh")).gql(OVERRIDE, { v: item.variantId, s: sh, p: 100 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(BASE, { v: item.variantId, p: 100 }))).toBe("UNAUTHENTICATED");
    expect(await env.db.priceOverride.count({ where: { variantId: item.variantId } })).toBe(0);
  });

  it("a base price change applies everywhere without an override and is recorded with the old price", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const res = await owner.ok(BASE, { v: item.variantId, p: item.price + 500 });
    expect(res.setBasePrice).toMatchObject({ scope: "BASE", status: "APPLIED", oldPrice: item.price, newPrice: item.price + 500 });
    const { variantPrices } = await owner.ok(PRICES, { v: item.variantId });
    expect(variantPrices.basePrice).toBe(item.price + 500);
    expect(new Set(variantPrices.cells.map((c: { price: number }) => c.price))).toEqual(new Set([item.price + 500]));
  });

  it("removing an override falls back to the base price and is part of the history", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const set = await owner.ok(OVERRIDE, { v: item.variantId, c: "ONLINE", p: item.price - 200 });
    const removed = await owner.ok(`mutation($id: ID!) { removePriceOverride(id: $id) { scope oldPrice newPrice } }`, {
      id: set.setPriceOverride.id,
    });
    expect(removed.removePriceOverride).toEqual({ scope: "CHANNEL", oldPrice: item.price - 200, newPrice: item.price });
    const { priceHistory } = await owner.ok(HISTORY, { v: item.variantId });
    expect(priceHistory.totalCount).toBe(2);
  });

  it("rejects a price scope with missing or extra parts, and a schedule in the past", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const schedule = `mutation($v: ID!, $scope: PriceScope!, $s: ID, $t: ID, $at: DateTimeISO!) {
      schedulePriceChange(variantId: $v, scope: $scope, storeId: $s, tierId: $t, newPrice: 900, effectiveAt: $at) { id } }`;
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const noStore = await owner.gql(schedule, { v: item.variantId, scope: "STORE", at: later });
    expect(TestClient.code(noStore)).toBe("BAD_USER_INPUT");
    expect(noStore.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "storeId" })]);
    const tier = await env.db.memberTier.findFirstOrThrow();
    expect(TestClient.code(await owner.gql(schedule, { v: item.variantId, scope: "BASE", t: tier.id, at: later }))).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(await owner.gql(schedule, { v: item.variantId, scope: "BASE", at: new Date(Date.now() - 1000).toISOString() })),
    ).toBe("BAD_USER_INPUT");
  });
});

describe("tier prices", () => {
  const SET_TIER = `mutation($v: ID!, $t: ID!, $p: Int!) { setTierPrice(variantId: $v, tierId: $t, price: $p) { id tierId price tierName } }`;
  const REMOVE_TIER = `mutation($v: ID!, $t: ID!) { removeTierPrice(variantId: $v, tierId: $t) { scope tierId tierName oldPrice newPrice status } }`;
  const OFFER = `query($p: ID!) { productOffer(productId: $p) { variants { variantId price memberPrice memberTierName } } }`;

  it("a tier price shows in the price grid and the shop's member price; removing it falls back to the list price", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    const set = await owner.ok(SET_TIER, { v: item.variantId, t: gold.id, p: item.price - 300 });
    expect(set.setTierPrice).toMatchObject({ tierId: gold.id, price: item.price - 300, tierName: gold.name });
    const { variantPrices } = await owner.ok(PRICES, { v: item.variantId });
    expect(variantPrices.cells[0].tierPrices).toContainEqual({ tierName: gold.name, price: item.price - 300, source: "TIER" });
    const variant = await env.db.variant.findUniqueOrThrow({ where: { id: item.variantId } });
    const offer = async () =>
      (await env.anon.ok(OFFER, { p: variant.productId })).productOffer.variants.find(
        (v: { variantId: string }) => v.variantId === item.variantId,
      );
    expect(await offer()).toMatchObject({ memberPrice: item.price - 300, memberTierName: gold.name });

    const removed = await owner.ok(REMOVE_TIER, { v: item.variantId, t: gold.id });
    expect(removed.removeTierPrice).toEqual({
      scope: "TIER",
      tierId: gold.id,
      tierName: gold.name,
      oldPrice: item.price - 300,
      newPrice: item.price,
      status: "APPLIED",
    });
    expect(await env.db.tierPrice.count({ where: { variantId: item.variantId } })).toBe(0);
    expect((await offer()).memberPrice).toBeNull();
    const audit = await env.db.auditLog.findFirst({ where: { action: "price.tier.remove", entityId: set.setTierPrice.id } });
    expect(audit).not.toBeNull();
    expect(TestClient.code(await owner.gql(REMOVE_TIER, { v: item.variantId, t: gold.id }))).toBe("NOT_FOUND");
  });

  it("tier prices need merchant-wide price:write, and a bad price or tier changes nothing", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    await owner.ok(SET_TIER, { v: item.variantId, t: gold.id, p: item.price - 100 });
    expect(TestClient.code(await manager.gql(SET_TIER, { v: item.variantId, t: gold.id, p: 1 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(REMOVE_TIER, { v: item.variantId, t: gold.id }))).toBe("FORBIDDEN");
    const negative = await owner.gql(SET_TIER, { v: item.variantId, t: gold.id, p: -1 });
    expect(TestClient.code(negative)).toBe("BAD_USER_INPUT");
    expect(negative.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "price" })]);
    expect(TestClient.code(await owner.gql(SET_TIER, { v: item.variantId, t: "no-such-tier", p: 100 }))).toBe("NOT_FOUND");
    expect(TestClient.code(await owner.gql(REMOVE_TIER, { v: "no-such-variant", t: gold.id }))).toBe("NOT_FOUND");
    const rows = await env.db.tierPrice.findMany({ where: { variantId: item.variantId } });
    expect(rows.map((r) => [r.tierId, r.price])).toEqual([[gold.id, item.price - 100]]);
    expect(await env.db.priceChange.count({ where: { variantId: item.variantId } })).toBe(1);
  });
});

describe("scheduled price changes", () => {
  it("are applied once when due, even by two schedulers at once, and then show in the history", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const effectiveAt = new Date(Date.now() + 3_600_000);
    const { schedulePriceChange: change } = await owner.ok(
      `mutation($v: ID!, $at: DateTimeISO!, $p: Int!) { schedulePriceChange(variantId: $v, scope: BASE, newPrice: $p, effectiveAt: $at) { id status oldPrice } }`,
      { v: item.variantId, at: effectiveAt.toISOString(), p: item.price - 300 },
    );
    expect(change).toMatchObject({ status: "SCHEDULED", oldPrice: item.price });
    const listed = await owner.ok(`query($v: ID) { scheduledPriceChanges(variantId: $v) { edges { node { id } } } }`, {
      v: item.variantId,
    });
    expect(listed.scheduledPriceChanges.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([change.id]);

    expect(await env.api.services.pricing.applyDuePriceChanges(new Date())).toBe(0);
    const at = new Date(effectiveAt.getTime() + 60_000);
    const [a, b] = await Promise.all([
      env.api.services.pricing.applyDuePriceChanges(at),
      env.api.services.pricing.applyDuePriceChanges(at),
    ]);
    expect(a + b).toBe(1);
    expect((await env.db.variant.findUniqueOrThrow({ where: { id: item.variantId } })).basePrice).toBe(item.price - 300);
    expect(
      await env.db.outboxEvent.count({ where: { topic: "PRICE_CHANGED", payload: { path: ["variantId"], equals: item.variantId } } }),
    ).toBe(1);

    const { priceHistory } = await owner.ok(HISTORY, { v: item.variantId });
    expect(priceHistory.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ id: change.id, status: "APPLIED", scope: "BASE", oldPrice: item.price, newPrice: item.price - 300 }),
    ]);
    const cancel = await owner.ok(
      `mutation($id: ID!) { cancelPriceChange(id: $id) { __typename ... on ErrorResult { code } ... on PriceChangeNotScheduledError { status } } }`,
      { id: change.id },
    );
    expect(cancel.cancelPriceChange).toEqual({
      __typename: "PriceChangeNotScheduledError",
      code: "PRICE_CHANGE_NOT_SCHEDULED",
      status: "APPLIED",
    });
  });

  it("a cancelled change is never applied", async () => {
    const [item] = (await pickItems(1)) as [Item];
    const effectiveAt = new Date(Date.now() + 7_200_000);
    const { schedulePriceChange: change } = await manager.ok(
      `mutation($v: ID!, $s: ID!, $at: DateTimeISO!) { schedulePriceChange(variantId: $v, scope: STORE, storeId: $s, newPrice: 990, effectiveAt: $at) { id } }`,
      { v: item.variantId, s: sh, at: effectiveAt.toISOString() },
    );
    const cancel = await manager.ok(`mutation($id: ID!) { cancelPriceChange(id: $id) { __typename ... on PriceChange { status } } }`, {
      id: change.id,
    });
    expect(cancel.cancelPriceChange).toEqual({ __typename: "PriceChange", status: "CANCELLED" });
    await env.api.services.pricing.applyDuePriceChanges(new Date(effectiveAt.getTime() + 60_000));
    expect(await env.db.priceOverride.count({ where: { variantId: item.variantId } })).toBe(0);
  });
});

describe("priceChanged subscription", () => {
  it("an anonymous subscriber sees a committed change of the variants it follows", async () => {
    const [item, other] = (await pickItems(2)) as [Item, Item];
    const sub = env.anon.subscribe<{ priceChanged: { variantId: string; price: number; scope: string; channel: string | null } }>(
      `subscription($v: [ID!]) { priceChanged(variantIds: $v) { variantId productId price scope storeId channel at } }`,
      { v: [item.variantId] },
      null,
    );
    try {
      const prices: number[] = [];
      // The socket connects lazily: keep changing the price until the subscription is live and sees one.
      for (let i = 1; i <= 10 && sub.events.length === 0; i++) {
        await owner.ok(OVERRIDE, { v: other.variantId, c: "ONLINE", p: other.price - i });
        prices.push(item.price - i * 10);
        await owner.ok(OVERRIDE, { v: item.variantId, c: "ONLINE", p: item.price - i * 10 });
        await sub.next(1000);
      }
      expect(sub.errors).toEqual([]);
      expect(sub.events.length).toBeGreaterThan(0);
      for (const e of sub.events) expect(e.priceChanged.variantId).toBe(item.variantId);
      expect(sub.events[0]?.priceChanged).toMatchObject({ scope: "CHANNEL", channel: "ONLINE" });
      expect(prices).toContain(sub.events[0]?.priceChanged.price);
    } finally {
      await sub.close();
    }
  });
});
