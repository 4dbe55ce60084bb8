import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const STOCKTAKE = `id number status lineCount countedCount completedAt location { code }`;
const RESULT = `__typename ... on Stocktake { ${STOCKTAKE} } ... on ErrorResult { code message } ... on StocktakeError { stocktakeStatus conflictingStocktakeId }`;
const START = `mutation($i: StartStocktakeInput!) { startStocktake(input: $i) { ${RESULT} } }`;
const COUNT = `mutation($i: RecordCountsInput!) { recordCounts(input: $i) { ${RESULT} } }`;
const COMPLETE = `mutation($id: ID!) { completeStocktake(stocktakeId: $id) { ${RESULT} } }`;
const CANCEL = `mutation($id: ID!) { cancelStocktake(stocktakeId: $id) { ${RESULT} } }`;
const VARIANCE = `query($id: ID!) { stocktakeVariance(stocktakeId: $id) {
  stocktake { number status } linesCounted linesUncounted surplusQuantity shortageQuantity netQuantity
  surplusValue shortageValue netValue linesWithoutCost
  lines { variantId expected counted variance unitCost varianceValue variant { sku } }
} }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;

type Item = { id: string; basePrice: number; costPrice: number };

let env: TestEnv;
let sh: string;
let bj: string;
let registerId: string;
let items: Item[];

const onHand = async (variantId: string) =>
  (await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId: sh } } })).onHand;
const setOnHand = (variantId: string, value: number) =>
  env.db.stockLevel.update({ where: { variantId_locationId: { variantId, locationId: sh } }, data: { onHand: value, reserved: 0 } });

/** A till sale of one unit in Shanghai, paid in cash (the total is whatever the server prices it at, at most the list price). */
async function sellOne(item: Item) {
  const cashier = await env.as("cashier.sh");
  const res = await cashier.ok(SALE, {
    i: {
      clientSaleId: randomUUID(),
      storeId: sh,
      registerId,
      lines: [{ variantId: item.id, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: item.basePrice }],
    },
  });
  expect(res.createPosSale.__typename).toBe("PosSale");
}

beforeAll(async () => {
  env = await createTestEnv();
  ({ shanghai: sh, beijing: bj } = env.demo.storeIds);
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId: sh }, orderBy: { code: "asc" } })).id;
  // Active items with a cost, sold at the till with no overrides (as in the checkout tests).
  const levels = await env.db.stockLevel.findMany({
    where: {
      locationId: sh,
      variant: {
        status: "ACTIVE",
        costPrice: { not: null },
        basePrice: { gte: 300, lt: 5000 },
        product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
        priceOverrides: { none: {} },
        tierPrices: { none: {} },
      },
    },
    select: { variant: { select: { id: true, basePrice: true, costPrice: true } } },
    orderBy: { variantId: "asc" },
    take: 5,
  });
  items = levels.map((l) => ({ id: l.variant.id, basePrice: l.variant.basePrice, costPrice: l.variant.costPrice as number }));
  expect(items).toHaveLength(5);
});
afterAll(async () => {
  await env?.close();
});

describe("stocktakes", () => {
  it("counts with sales before and after the count, reports the variance at cost, and completes by deltas", async () => {
    const [a, b, c, d] = items as [Item, Item, Item, Item];
    await setOnHand(a.id, 20);
    await setOnHand(b.id, 15);
    await setOnHand(c.id, 10);
    await setOnHand(d.id, 7);
    const clerk = await env.as("clerk.wh");
    const manager = await env.as("manager.sh");

    const started = (await clerk.ok(START, { i: { locationId: sh, variantIds: [a.id, b.id, c.id, d.id], note: "月末盘点" } }))
      .startStocktake;
    expect(started).toMatchObject({ __typename: "Stocktake", status: "OPEN", lineCount: 4, countedCount: 0, location: { code: "SH01" } });
    expect(started.number).toMatch(/^ST\d{12}$/);
    const id = started.id as string;
    const overlap = (await manager.ok(START, { i: { locationId: sh, variantIds: [d.id, items[4]?.id] } })).startStocktake;
    expect(overlap).toMatchObject({ __typename: "StocktakeError", code: "STOCKTAKE_OVERLAP", conflictingStocktakeId: id });

    // a: counted 18 (2 missing), then one is sold after the count.
    await clerk.ok(COUNT, { i: { stocktakeId: id, counts: [{ variantId: a.id, counted: 18 }] } });
    await sellOne(a);
    // b: one is sold before anyone counts it; the shelf then holds 13 (1 missing besides the sale).
    await sellOne(b);
    // c: two clerks; the second count of c replaces the first. d is never counted.
    await clerk.ok(COUNT, { i: { stocktakeId: id, counts: [{ variantId: c.id, counted: 11 }] } });
    const counted = (
      await manager.ok(COUNT, {
        i: {
          stocktakeId: id,
          counts: [
            { variantId: b.id, counted: 13 },
            { variantId: c.id, counted: 12 },
          ],
        },
      })
    ).recordCounts;
    expect(counted).toMatchObject({ __typename: "Stocktake", lineCount: 4, countedCount: 3 });

    const report = (await manager.ok(VARIANCE, { id })).stocktakeVariance;
    expect(report).toMatchObject({
      linesCounted: 3,
      linesUncounted: 1,
      surplusQuantity: 2,
      shortageQuantity: 3,
      netQuantity: -1,
      linesWithoutCost: 0,
    });
    const value = (item: Item, variance: number) => variance * item.costPrice;
    expect(report.surplusValue).toBe(value(c, 2));
    expect(report.shortageValue).toBe(-(value(a, -2) + value(b, -1)));
    expect(report.netValue).toBe(value(a, -2) + value(b, -1) + value(c, 2));
    const byVariant = new Map(report.lines.map((l: { variantId: string }) => [l.variantId, l]));
    expect(byVariant.get(a.id)).toMatchObject({
      expected: 20,
      counted: 18,
      variance: -2,
      unitCost: a.costPrice,
      varianceValue: value(a, -2),
    });
    expect(byVariant.get(b.id)).toMatchObject({ expected: 14, counted: 13, variance: -1, varianceValue: value(b, -1) }); // books when counted
    expect(byVariant.get(c.id)).toMatchObject({ expected: 10, counted: 12, variance: 2, varianceValue: value(c, 2) });
    const values = report.lines.map((l: { varianceValue: number }) => l.varianceValue);
    expect(values).toEqual([...values].sort((x: number, y: number) => x - y)); // biggest loss first
    // Without catalog:write the clerk sees quantities but no cost values.
    const blind = (await clerk.ok(VARIANCE, { id })).stocktakeVariance;
    expect(blind).toMatchObject({ netQuantity: -1, netValue: null, surplusValue: null });
    expect(
      blind.lines.every((l: { unitCost: number | null; varianceValue: number | null }) => l.unitCost === null && l.varianceValue === null),
    ).toBe(true);

    const lines = await clerk.ok(
      `query($id: ID!) { stocktake(id: $id) { lines(first: 10) { totalCount edges { node { variant { id } expected counted variance } } }
        uncounted: lines(uncountedOnly: true) { totalCount edges { node { variant { id } counted variance } } } } }`,
      { id },
    );
    expect(lines.stocktake.lines.totalCount).toBe(4);
    expect(lines.stocktake.uncounted.edges).toEqual([{ node: { variant: { id: d.id }, counted: null, variance: null } }]);

    const completed = (await manager.ok(COMPLETE, { id })).completeStocktake;
    expect(completed).toMatchObject({ __typename: "Stocktake", status: "COMPLETED" });
    expect(completed.completedAt).not.toBeNull();
    // The rule: on hand += counted − expected. a: 19 − 2 = 17 (= counted 18 − 1 sold since the count);
    // b: 14 − 1 = 13 (= counted: the sale before the count is on the shelf and the books alike); c: 12; d untouched.
    expect(await onHand(a.id)).toBe(17);
    expect(await onHand(b.id)).toBe(13);
    expect(await onHand(c.id)).toBe(12);
    expect(await onHand(d.id)).toBe(7);
    const movements = await env.db.stockMovement.findMany({ where: { referenceType: "Stocktake", referenceId: id } });
    expect(movements.map((m) => [m.variantId, m.reason, m.delta, m.onHandAfter]).sort()).toEqual(
      [
        [a.id, "STOCKTAKE", -2, 17],
        [b.id, "STOCKTAKE", -1, 13],
        [c.id, "STOCKTAKE", 2, 12],
      ].sort(),
    );
    expect((await env.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "stocktake.complete" } })).after).toMatchObject({
      netQuantity: -1,
    });

    expect((await manager.ok(COMPLETE, { id })).completeStocktake).toMatchObject({
      code: "STOCKTAKE_NOT_OPEN",
      stocktakeStatus: "COMPLETED",
    });
    expect((await clerk.ok(COUNT, { i: { stocktakeId: id, counts: [{ variantId: d.id, counted: 1 }] } })).recordCounts).toMatchObject({
      code: "STOCKTAKE_NOT_OPEN",
    });
    expect(await onHand(d.id)).toBe(7);
    // The report still reads the same after completion.
    expect((await manager.ok(VARIANCE, { id })).stocktakeVariance).toMatchObject({ netQuantity: -1, stocktake: { status: "COMPLETED" } });
  });

  it("starts on everything stocked by default or on a category, adds counted variants, and cancels without touching stock", async () => {
    const owner = await env.as("owner");
    const all = (await owner.ok(START, { i: { locationId: bj } })).startStocktake;
    expect(all.lineCount).toBe(await env.db.stockLevel.count({ where: { locationId: bj } }));
    const second = (await owner.ok(START, { i: { locationId: bj } })).startStocktake;
    expect(second).toMatchObject({ __typename: "StocktakeError", code: "STOCKTAKE_OVERLAP" });
    const cancelled = (await owner.ok(CANCEL, { id: all.id })).cancelStocktake;
    expect(cancelled).toMatchObject({ __typename: "Stocktake", status: "CANCELLED" });
    expect((await owner.ok(CANCEL, { id: all.id })).cancelStocktake).toMatchObject({
      code: "STOCKTAKE_NOT_OPEN",
      stocktakeStatus: "CANCELLED",
    });

    const category = await env.db.category.findFirstOrThrow({ where: { merchantId: env.demo.merchantId, name: "个护" } });
    const byCategory = (await owner.ok(START, { i: { locationId: bj, categoryId: category.id } })).startStocktake;
    const expected = await env.db.stockLevel.count({ where: { locationId: bj, variant: { product: { categoryId: category.id } } } });
    expect(byCategory.lineCount).toBeGreaterThanOrEqual(expected); // subcategories count too
    expect(byCategory.lineCount).toBeLessThan(all.lineCount);
    // A variant found on the shelf that is not on the stocktake is added with the books as expected.
    const outside = await env.db.stockLevel.findFirstOrThrow({
      where: { locationId: bj, variant: { product: { categoryId: { not: category.id } } } },
      orderBy: { variantId: "asc" },
    });
    const added = (
      await owner.ok(COUNT, { i: { stocktakeId: byCategory.id, counts: [{ variantId: outside.variantId, counted: outside.onHand + 1 }] } })
    ).recordCounts;
    expect(added).toMatchObject({ lineCount: byCategory.lineCount + 1, countedCount: 1 });
    const movementsBefore = await env.db.stockMovement.count({ where: { locationId: bj } });
    expect((await owner.ok(CANCEL, { id: byCategory.id })).cancelStocktake).toMatchObject({ status: "CANCELLED" });
    expect(await env.db.stockMovement.count({ where: { locationId: bj } })).toBe(movementsBefore);

    const list = (
      await owner.ok(`query($f: StocktakeFilter) { stocktakes(filter: $f, first: 10) { totalCount edges { node { id status } } } }`, {
        f: { locationId: bj, status: "CANCELLED" },
      })
    ).stocktakes;
    expect(list.totalCount).toBe(2);
  });

  it("needs stocktake:write in the location and validates the input", async () => {
    const [, , , , e] = items as [Item, Item, Item, Item, Item];
    expect(TestClient.code(await (await env.as("cashier.sh")).gql(START, { i: { locationId: sh, variantIds: [e.id] } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await (await env.as("manager.bj")).gql(START, { i: { locationId: sh, variantIds: [e.id] } }))).toBe("FORBIDDEN");
    const clerk = await env.as("clerk.wh");
    const both = await clerk.gql(START, { i: { locationId: sh, variantIds: [e.id], categoryId: "x" } });
    expect(TestClient.code(both)).toBe("BAD_USER_INPUT");
    const started = (await clerk.ok(START, { i: { locationId: sh, variantIds: [e.id] } })).startStocktake;
    const negative = await clerk.gql(COUNT, { i: { stocktakeId: started.id, counts: [{ variantId: e.id, counted: -1 }] } });
    expect(TestClient.code(negative)).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await (await env.as("manager.bj")).gql(COMPLETE, { id: started.id }))).toBe("FORBIDDEN");
    expect(
      TestClient.code(await (await env.as("manager.bj")).gql(`query($id: ID!) { stocktake(id: $id) { id } }`, { id: started.id })),
    ).toBe("FORBIDDEN");
    expect(TestClient.code(await clerk.gql(COMPLETE, { id: "missing" }))).toBe("NOT_FOUND");
  });
});
