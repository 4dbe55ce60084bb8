import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const LEVELS = `query($filter: StockLevelFilter, $sort: StockLevelSort, $first: Int!, $after: String) {
  stockLevels(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id onHand reserved available isLow lowStockThreshold location { id code } variant { id sku } } }
  }
}`;

const ADJUST = `mutation($i: AdjustStockInput!) { adjustStock(input: $i) {
  __typename
  ... on StockLevel { id onHand reserved available }
  ... on ErrorResult { code message }
  ... on InsufficientStockError { available requested }
} }`;

const MOVEMENTS = `query($filter: StockMovementFilter, $first: Int!, $after: String) {
  stockMovements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id createdAt } }
  }
}`;
type MovementPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; createdAt: string } }[];
};

type LevelNode = {
  id: string;
  onHand: number;
  reserved: number;
  available: number;
  isLow: boolean;
  lowStockThreshold: number | null;
  location: { id: string; code: string };
  variant: { id: string; sku: string };
};
type LevelPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: LevelNode }[] };

let env: TestEnv;
let sh: string;
let bj: string;
let wh: string;
let variantIds: string[];

/** Puts a level in a known state (test setup, straight to the database). */
async function setLevel(variantId: string, locationId: string, onHand: number, lowStockThreshold: number | null = null) {
  await env.db.stockLevel.update({
    where: { variantId_locationId: { variantId, locationId } },
    data: { onHand, reserved: 0, lowStockThreshold },
  });
}

const levelOf = (variantId: string, locationId: string) =>
  env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId } } });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  env = await createTestEnv();
  ({ shanghai: sh, beijing: bj, warehouse: wh } = env.demo.storeIds);
  const variants = await env.db.variant.findMany({
    where: { merchantId: env.demo.merchantId },
    orderBy: { sku: "asc" },
    take: 12,
    select: { id: true },
  });
  variantIds = variants.map((v) => v.id);
});
afterAll(async () => {
  await env?.close();
});

describe("stock reads", () => {
  it("pages through a store's stock ledger newest first, past 100 rows, without repeats or gaps (same-instant rows too)", async () => {
    // Rows written in one statement share their timestamp: only the id orders them, across a page boundary too.
    const at = new Date(Date.now() - 3_600_000);
    await env.db.stockMovement.createMany({
      data: Array.from({ length: 9 }, (_, i) => ({
        variantId: variantIds[i % variantIds.length] as string,
        locationId: sh,
        reason: "ADJUSTMENT" as const,
        delta: 1,
        onHandAfter: 10 + i,
        createdAt: at,
      })),
    });
    const owner = await env.as("owner");
    const filter = { locationId: sh };
    const total = await env.db.stockMovement.count({ where: { locationId: sh } });
    expect(total).toBeGreaterThan(100);
    const pages: MovementPage[] = [];
    let after: string | null = null;
    do {
      const page: MovementPage = (await owner.ok<{ stockMovements: MovementPage }>(MOVEMENTS, { filter, first: 7, after })).stockMovements;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 1000);
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(pages).toHaveLength(Math.ceil(total / 7));
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
    expect(new Set(ids).size).toBe(total);
    const expected = await env.db.stockMovement.findMany({
      where: { locationId: sh },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((m) => m.id));
    // A cursor from another page of the same list picks up exactly after its row.
    const cursor = pages[3]?.edges[2]?.cursor as string;
    const resumed = (await owner.ok<{ stockMovements: MovementPage }>(MOVEMENTS, { filter, first: 5, after: cursor })).stockMovements;
    expect(resumed.edges.map((e) => e.node.id)).toEqual(ids.slice(3 * 7 + 3, 3 * 7 + 8));
    expect(TestClient.code(await owner.gql(MOVEMENTS, { filter, first: 5, after: "not-a-cursor" }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(MOVEMENTS, { filter, first: 101 }))).toBe("BAD_USER_INPUT");
  });

  it("limits an unfiltered list to the viewer's stores and pages through it", async () => {
    const manager = await env.as("manager.sh");
    const first = (await manager.ok<{ stockLevels: LevelPage }>(LEVELS, { first: 100 })).stockLevels;
    expect(first.totalCount).toBe(await env.db.stockLevel.count({ where: { locationId: sh } }));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await manager.ok<{ stockLevels: LevelPage }>(LEVELS, { first: 100, after: first.pageInfo.endCursor })).stockLevels;
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...first.edges, ...second.edges].every((e) => e.node.location.id === sh)).toBe(true);

    const clerk = await env.as("clerk.wh");
    const clerkLevels = (await clerk.ok<{ stockLevels: LevelPage }>(LEVELS, { first: 100, sort: { field: "ON_HAND", direction: "ASC" } }))
      .stockLevels;
    expect(clerkLevels.totalCount).toBe(await env.db.stockLevel.count({ where: { locationId: { in: [sh, wh] } } }));
    expect(new Set(clerkLevels.edges.map((e) => e.node.location.code))).toEqual(new Set(["SH01", "WH01"]));
    const onHands = clerkLevels.edges.map((e) => e.node.onHand);
    expect(onHands).toEqual([...onHands].sort((a, b) => a - b));
    expect(TestClient.code(await env.anon.gql(LEVELS, { first: 5 }))).toBe("UNAUTHENTICATED");
    expect(TestClient.code(await (await env.as("marketing")).gql(LEVELS, { first: 5 }))).toBe("FORBIDDEN");
  });

  it("filters by variant, product, search and low stock", async () => {
    const owner = await env.as("owner");
    const variant = await env.db.variant.findUniqueOrThrow({ where: { id: variantIds[0] as string } });
    const byVariant = (await owner.ok<{ stockLevels: LevelPage }>(LEVELS, { filter: { variantId: variant.id }, first: 10 })).stockLevels;
    expect(byVariant.totalCount).toBe(3);
    const byProduct = (
      await owner.ok<{ stockLevels: LevelPage }>(LEVELS, { filter: { productId: variant.productId, locationId: sh }, first: 100 })
    ).stockLevels;
    expect(byProduct.totalCount).toBe(await env.db.variant.count({ where: { productId: variant.productId } }));
    const bySku = (await owner.ok<{ stockLevels: LevelPage }>(LEVELS, { filter: { search: variant.sku, locationId: wh }, first: 10 }))
      .stockLevels;
    expect(bySku.edges.map((e) => e.node.variant.sku)).toContain(variant.sku);

    const low = (await owner.ok<{ stockLevels: LevelPage }>(LEVELS, { filter: { lowOnly: true, locationId: sh }, first: 100 })).stockLevels;
    const all = await env.db.stockLevel.findMany({ where: { locationId: sh, lowStockThreshold: { not: null } } });
    const expected = all.filter((l) => Math.max(0, l.onHand - l.reserved) <= (l.lowStockThreshold as number));
    expect(expected.length).toBeGreaterThan(0);
    expect(low.totalCount).toBe(expected.length);
    expect(low.edges.every((e) => e.node.isLow && e.node.available <= (e.node.lowStockThreshold as number))).toBe(true);
  });

  it("lets a Shanghai manager neither read nor adjust Beijing stock", async () => {
    const manager = await env.as("manager.sh");
    const variantId = variantIds[1] as string;
    expect(TestClient.code(await manager.gql(LEVELS, { filter: { locationId: bj }, first: 5 }))).toBe("FORBIDDEN");
    expect(
      TestClient.code(
        await manager.gql(`query($f: StockMovementFilter) { stockMovements(filter: $f) { totalCount } }`, { f: { locationId: bj } }),
      ),
    ).toBe("FORBIDDEN");
    const before = await levelOf(variantId, bj);
    const res = await manager.gql(ADJUST, { i: { locationId: bj, variantId, delta: 3, reason: "RECEIPT" } });
    expect(TestClient.code(res)).toBe("FORBIDDEN");
    expect((await levelOf(variantId, bj)).onHand).toBe(before.onHand);
    const stock = await manager.ok(
      `query($id: ID!, $bj: ID!, $sh: ID!) { variant(id: $id) { bj: stock(locationId: $bj) { onHand } sh: stock(locationId: $sh) { onHand } mine: stock { onHand } } }`,
      {
        id: variantId,
        bj,
        sh,
      },
    );
    expect(stock.variant.bj).toBeNull();
    expect(stock.variant.sh.onHand).toBe((await levelOf(variantId, sh)).onHand);
    expect(stock.variant.mine).toEqual(stock.variant.sh);
  });
});

describe("adjustStock", () => {
  it("adds stock with a ledger entry, an audit row and an outbox event", async () => {
    const clerk = await env.as("clerk.wh");
    const variantId = variantIds[2] as string;
    const before = await levelOf(variantId, sh);
    const res = await clerk.ok(ADJUST, { i: { locationId: sh, variantId, delta: 7, reason: "RECEIPT", note: "到货 PO-1" } });
    expect(res.adjustStock).toMatchObject({ __typename: "StockLevel", id: before.id, onHand: before.onHand + 7 });
    expect((await levelOf(variantId, sh)).onHand).toBe(before.onHand + 7);
    const movement = await env.db.stockMovement.findFirstOrThrow({
      where: { variantId, locationId: sh, reason: "RECEIPT", note: "到货 PO-1" },
    });
    expect(movement).toMatchObject({ delta: 7, onHandAfter: before.onHand + 7 });
    const audit = await env.db.auditLog.findFirstOrThrow({ where: { entityId: before.id, action: "stock.adjust" } });
    expect(audit).toMatchObject({ storeId: sh, entityType: "StockLevel" });
    expect(audit.before).toMatchObject({ onHand: before.onHand });
    expect(audit.after).toMatchObject({ onHand: before.onHand + 7, delta: 7 });
    const events = await env.db.outboxEvent.findMany({ where: { topic: "STOCK_CHANGED" } });
    expect(events.some((e) => (e.payload as { variantId: string }).variantId === variantId)).toBe(true);

    const ledger = await clerk.ok(
      `query($f: StockMovementFilter) { stockMovements(filter: $f, first: 5) { totalCount edges { node { reason delta onHandAfter note createdAt } } } }`,
      {
        f: { locationId: sh, variantId },
      },
    );
    expect(ledger.stockMovements.edges[0].node).toMatchObject({ reason: "RECEIPT", delta: 7, note: "到货 PO-1" });
    const times = ledger.stockMovements.edges.map((e: { node: { createdAt: string } }) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("creates the level when a location has none yet", async () => {
    const variantId = variantIds[3] as string;
    await env.db.stockLevel.delete({ where: { variantId_locationId: { variantId, locationId: wh } } });
    const clerk = await env.as("clerk.wh");
    const res = await clerk.ok(ADJUST, { i: { locationId: wh, variantId, delta: 4, reason: "RECEIPT" } });
    expect(res.adjustStock).toMatchObject({ __typename: "StockLevel", onHand: 4, reserved: 0, available: 4 });
    expect((await levelOf(variantId, wh)).onHand).toBe(4);
  });

  it("returns InsufficientStockError for taking off more than is on hand and changes nothing", async () => {
    const variantId = variantIds[4] as string;
    await setLevel(variantId, sh, 3);
    const movementsBefore = await env.db.stockMovement.count({ where: { variantId, locationId: sh } });
    const manager = await env.as("manager.sh");
    const res = await manager.ok(ADJUST, { i: { locationId: sh, variantId, delta: -5, reason: "DAMAGE" } });
    expect(res.adjustStock).toMatchObject({ __typename: "InsufficientStockError", code: "INSUFFICIENT_STOCK", available: 3, requested: 5 });
    expect((await levelOf(variantId, sh)).onHand).toBe(3);
    expect(await env.db.stockMovement.count({ where: { variantId, locationId: sh } })).toBe(movementsBefore);
  });

  it("validates delta and reason at the edge", async () => {
    const manager = await env.as("manager.sh");
    const variantId = variantIds[4] as string;
    const zero = await manager.gql(ADJUST, { i: { locationId: sh, variantId, delta: 0, reason: "ADJUSTMENT" } });
    expect(TestClient.code(zero)).toBe("BAD_USER_INPUT");
    const huge = await manager.gql(ADJUST, { i: { locationId: sh, variantId, delta: 100_001, reason: "RECEIPT" } });
    expect(huge.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field)).toEqual(["delta"]);
    const wrongSign = await manager.gql(ADJUST, { i: { locationId: sh, variantId, delta: -1, reason: "RECEIPT" } });
    expect(TestClient.code(wrongSign)).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(await (await env.as("cashier.sh")).gql(ADJUST, { i: { locationId: sh, variantId, delta: 1, reason: "RECEIPT" } })),
    ).toBe("FORBIDDEN");
  });

  it("lets exactly 10 of 20 concurrent -1 adjustments through on a level of 10", async () => {
    const variantId = variantIds[5] as string;
    await setLevel(variantId, sh, 10);
    const movementsBefore = await env.db.stockMovement.count({ where: { variantId, locationId: sh } });
    const clerk = await env.as("clerk.wh");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => clerk.ok(ADJUST, { i: { locationId: sh, variantId, delta: -1, reason: "ADJUSTMENT" } })),
    );
    const kinds = results.map((r) => r.adjustStock.__typename);
    expect(kinds.filter((k) => k === "StockLevel")).toHaveLength(10);
    expect(kinds.filter((k) => k === "InsufficientStockError")).toHaveLength(10);
    expect((await levelOf(variantId, sh)).onHand).toBe(0);
    const movements = await env.db.stockMovement.findMany({
      where: { variantId, locationId: sh },
      orderBy: { createdAt: "asc" },
      skip: movementsBefore,
    });
    expect(movements).toHaveLength(10);
    expect(movements.map((m) => m.onHandAfter).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("stock subscriptions", () => {
  const STOCK_CHANGED = `subscription($loc: ID, $ids: [ID!]) { stockChanged(locationId: $loc, variantIds: $ids) { variantId locationId onHand reserved available reason at } }`;

  it("delivers a committed adjustment to staff (with on hand) and to shoppers (available only)", async () => {
    const variantId = variantIds[6] as string;
    const other = variantIds[7] as string;
    await setLevel(variantId, sh, 20);
    const manager = await env.as("manager.sh");
    const staffSub = manager.subscribe(STOCK_CHANGED, { loc: sh, ids: [variantId] });
    const shopperSub = env.anon.subscribe(STOCK_CHANGED, { ids: [variantId] });
    try {
      await sleep(300); // let both subscriptions reach the server
      await manager.ok(ADJUST, { i: { locationId: sh, variantId: other, delta: 1, reason: "RECEIPT" } }); // filtered out
      await manager.ok(ADJUST, { i: { locationId: sh, variantId, delta: -2, reason: "DAMAGE" } });
      await Promise.all([staffSub.next(), shopperSub.next()]);
      expect(staffSub.errors).toEqual([]);
      expect(staffSub.events.map((e) => e.stockChanged)).toEqual([
        expect.objectContaining({ variantId, locationId: sh, onHand: 18, reserved: 0, available: 18, reason: "DAMAGE" }),
      ]);
      expect(shopperSub.events.map((e) => e.stockChanged)).toEqual([
        expect.objectContaining({ variantId, locationId: sh, onHand: null, reserved: null, available: 18 }),
      ]);
    } finally {
      await staffSub.close();
      await shopperSub.close();
    }
  });

  it("alerts staff with stock:read when stock falls to its threshold, and refuses others with an error", async () => {
    const LOW = `subscription($loc: ID) { lowStockAlert(locationId: $loc) { variantId locationId available threshold variant { sku } } }`;
    const variantId = variantIds[8] as string;
    await setLevel(variantId, sh, 8, 5);
    const manager = await env.as("manager.sh");
    const sub = manager.subscribe(LOW, { loc: sh });
    const outsider = (await env.as("cashier.bj")).subscribe(LOW, { loc: sh });
    const anon = env.anon.subscribe(LOW, {});
    const marketing = (await env.as("marketing")).subscribe(LOW, {});
    try {
      await Promise.all([outsider.next(), anon.next(), marketing.next()]);
      const codeOf = (errors: unknown[]) => (errors[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
      expect(codeOf(outsider.errors)).toBe("FORBIDDEN");
      expect(codeOf(anon.errors)).toBe("UNAUTHENTICATED");
      expect(codeOf(marketing.errors)).toBe("FORBIDDEN");

      await sleep(300);
      await manager.ok(ADJUST, { i: { locationId: sh, variantId, delta: -3, reason: "DAMAGE" } });
      await sub.next();
      expect(sub.errors).toEqual([]);
      expect(sub.events.map((e) => e.lowStockAlert)).toEqual([
        expect.objectContaining({ variantId, locationId: sh, available: 5, threshold: 5 }),
      ]);
    } finally {
      await Promise.all([sub.close(), outsider.close(), anon.close(), marketing.close()]);
    }
  });
});
