import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const RECEIVE = `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) {
  receiptId reference note receivedAt totalQuantity replayed location { code }
  lines { variantId quantity unitCost onHandAfter variant { sku } }
} }`;

const THRESHOLD = `mutation($i: SetLowStockThresholdInput!) { setLowStockThreshold(input: $i) { id onHand available lowStockThreshold isLow } }`;

let env: TestEnv;
let sh: string;
let wh: string;
let variantIds: string[];

const levelOf = (variantId: string, locationId: string) =>
  env.db.stockLevel.findUnique({ where: { variantId_locationId: { variantId, locationId } } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  env = await createTestEnv();
  ({ shanghai: sh, warehouse: wh } = env.demo.storeIds);
  const variants = await env.db.variant.findMany({
    where: { merchantId: env.demo.merchantId },
    orderBy: { sku: "desc" },
    take: 8,
    select: { id: true },
  });
  variantIds = variants.map((v) => v.id);
});
afterAll(async () => {
  await env?.close();
});

describe("receiveGoods", () => {
  it("receives 3 lines once: a retry with the same receiptId is not counted twice", async () => {
    const [a, b, c] = variantIds as [string, string, string];
    await env.db.stockLevel.delete({ where: { variantId_locationId: { variantId: c, locationId: wh } } }); // c is new here
    const before = await Promise.all([a, b].map(async (id) => (await levelOf(id, wh))?.onHand ?? 0));
    const clerk = await env.as("clerk.wh");
    const input = {
      receiptId: randomUUID(),
      locationId: wh,
      reference: "DN-2026-0001",
      note: "供应商 上海日化",
      lines: [
        { variantId: a, quantity: 10, unitCost: 1250 },
        { variantId: b, quantity: 4 },
        { variantId: c, quantity: 6, unitCost: 300 },
      ],
    };
    const first = (await clerk.ok(RECEIVE, { i: input })).receiveGoods;
    expect(first).toMatchObject({
      receiptId: input.receiptId,
      reference: "DN-2026-0001",
      totalQuantity: 20,
      replayed: false,
      location: { code: "WH01" },
    });
    expect(first.lines).toEqual([
      expect.objectContaining({ variantId: a, quantity: 10, unitCost: 1250, onHandAfter: (before[0] as number) + 10 }),
      expect.objectContaining({ variantId: b, quantity: 4, unitCost: null, onHandAfter: (before[1] as number) + 4 }),
      expect.objectContaining({ variantId: c, quantity: 6, unitCost: 300, onHandAfter: 6 }),
    ]);

    const again = (await clerk.ok(RECEIVE, { i: input })).receiveGoods;
    expect(again).toMatchObject({ replayed: true, totalQuantity: 20, receivedAt: first.receivedAt });
    expect(again.lines.map((l: { onHandAfter: number }) => l.onHandAfter)).toEqual(
      first.lines.map((l: { onHandAfter: number }) => l.onHandAfter),
    );
    // Ten concurrent retries change nothing either.
    const retries = await Promise.all(Array.from({ length: 10 }, () => clerk.ok(RECEIVE, { i: input })));
    expect(retries.every((r) => r.receiveGoods.replayed)).toBe(true);

    expect((await levelOf(a, wh))?.onHand).toBe((before[0] as number) + 10);
    expect((await levelOf(b, wh))?.onHand).toBe((before[1] as number) + 4);
    expect((await levelOf(c, wh))?.onHand).toBe(6);
    const movements = await env.db.stockMovement.findMany({ where: { referenceType: "GoodsReceipt", referenceId: input.receiptId } });
    expect(movements.map((m) => [m.variantId, m.reason, m.delta, m.locationId, m.note]).sort()).toEqual(
      [
        [a, "RECEIPT", 10, wh, "DN-2026-0001 · 供应商 上海日化"],
        [b, "RECEIPT", 4, wh, "DN-2026-0001 · 供应商 上海日化"],
        [c, "RECEIPT", 6, wh, "DN-2026-0001 · 供应商 上海日化"],
      ].sort(),
    );
    expect(await env.db.auditLog.count({ where: { action: "stock.receive", entityId: input.receiptId, storeId: wh } })).toBe(1);
    expect(await env.db.idempotencyKey.count({ where: { scope: "receiveGoods", key: input.receiptId } })).toBe(1);
    const events = await env.db.outboxEvent.findMany({ where: { topic: "STOCK_CHANGED" } });
    const mine = events.filter((e) => (e.payload as { reason: string; locationId: string }).reason === "RECEIPT");
    expect(new Set(mine.map((e) => (e.payload as { variantId: string }).variantId))).toEqual(new Set([a, b, c]));
  });

  it("counts a receipt once when ten first attempts arrive at the same moment", async () => {
    const [, , , d, e] = variantIds as [string, string, string, string, string];
    const before = await Promise.all([d, e].map(async (id) => (await levelOf(id, wh))?.onHand ?? 0));
    const clerk = await env.as("clerk.wh");
    const input = {
      receiptId: randomUUID(),
      locationId: wh,
      reference: "DN-RACE",
      lines: [
        { variantId: e, quantity: 2 },
        { variantId: d, quantity: 1 },
      ],
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => clerk.ok(RECEIVE, { i: input })));
    expect(results.filter((r) => !r.receiveGoods.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.receiveGoods.receivedAt)).size).toBe(1);
    expect((await levelOf(d, wh))?.onHand).toBe((before[0] as number) + 1);
    expect((await levelOf(e, wh))?.onHand).toBe((before[1] as number) + 2);
    expect(await env.db.stockMovement.count({ where: { referenceId: input.receiptId } })).toBe(2);
  });

  it("sums a variant given on two lines and refuses a receiptId reused for a different receipt", async () => {
    const [a] = variantIds as [string];
    const before = (await levelOf(a, sh))?.onHand ?? 0;
    const manager = await env.as("manager.sh");
    const input = {
      receiptId: randomUUID(),
      locationId: sh,
      reference: "DN-7",
      lines: [
        { variantId: a, quantity: 2 },
        { variantId: a, quantity: 3 },
      ],
    };
    const res = (await manager.ok(RECEIVE, { i: input })).receiveGoods;
    expect(res.lines.map((l: { onHandAfter: number }) => l.onHandAfter)).toEqual([before + 5, before + 5]);
    expect(await env.db.stockMovement.count({ where: { referenceId: input.receiptId } })).toBe(1);
    const reused = await manager.gql(RECEIVE, { i: { ...input, lines: [{ variantId: a, quantity: 1 }] } });
    expect(TestClient.code(reused)).toBe("CONFLICT");
    expect((await levelOf(a, sh))?.onHand).toBe(before + 5);
  });

  it("needs stock:write in the location and validates the input", async () => {
    const [a] = variantIds as [string];
    const line = { variantId: a, quantity: 1 };
    const bj = await env.as("manager.bj");
    expect(TestClient.code(await bj.gql(RECEIVE, { i: { receiptId: randomUUID(), locationId: wh, reference: "X", lines: [line] } }))).toBe(
      "FORBIDDEN",
    );
    const cashier = await env.as("cashier.sh");
    expect(
      TestClient.code(await cashier.gql(RECEIVE, { i: { receiptId: randomUUID(), locationId: sh, reference: "X", lines: [line] } })),
    ).toBe("FORBIDDEN");
    const clerk = await env.as("clerk.wh");
    const bad = await clerk.gql(RECEIVE, {
      i: { receiptId: "not-a-uuid", locationId: wh, reference: "R".repeat(65), lines: [{ variantId: a, quantity: 0 }] },
    });
    expect(TestClient.code(bad)).toBe("BAD_USER_INPUT");
    const fields = bad.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(["receiptId", "reference"]));
    expect(fields.some((f) => f.startsWith("lines"))).toBe(true);
    const unknown = await clerk.gql(RECEIVE, {
      i: { receiptId: randomUUID(), locationId: wh, reference: "X", lines: [{ variantId: "nope", quantity: 1 }] },
    });
    expect(TestClient.code(unknown)).toBe("NOT_FOUND");
    const empty = await clerk.gql(RECEIVE, { i: { receiptId: randomUUID(), locationId: wh, reference: "X", lines: [] } });
    expect(TestClient.code(empty)).toBe("BAD_USER_INPUT");
  });
});

describe("setLowStockThreshold", () => {
  it("sets a threshold, alerts at once when the level is already low, and clears it", async () => {
    const variantId = variantIds[4] as string;
    await env.db.stockLevel.update({
      where: { variantId_locationId: { variantId, locationId: sh } },
      data: { onHand: 6, reserved: 0, lowStockThreshold: null },
    });
    const manager = await env.as("manager.sh");
    const sub = manager.subscribe(
      `subscription($loc: ID) { lowStockAlert(locationId: $loc) { variantId locationId available threshold } }`,
      { loc: sh },
    );
    try {
      await sleep(300);
      const high = (await manager.ok(THRESHOLD, { i: { locationId: sh, variantId, threshold: 3 } })).setLowStockThreshold;
      expect(high).toMatchObject({ onHand: 6, lowStockThreshold: 3, isLow: false });
      const low = (await manager.ok(THRESHOLD, { i: { locationId: sh, variantId, threshold: 8 } })).setLowStockThreshold;
      expect(low).toMatchObject({ lowStockThreshold: 8, isLow: true, available: 6 });
      await sub.next();
      expect(sub.events.map((e) => e.lowStockAlert)).toEqual([
        expect.objectContaining({ variantId, locationId: sh, available: 6, threshold: 8 }),
      ]);
    } finally {
      await sub.close();
    }
    const cleared = (await manager.ok(THRESHOLD, { i: { locationId: sh, variantId, threshold: null } })).setLowStockThreshold;
    expect(cleared).toMatchObject({ lowStockThreshold: null, isLow: false });
    const audits = await env.db.auditLog.findMany({ where: { action: "stock.threshold", storeId: sh }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => (a.after as { lowStockThreshold: number | null }).lowStockThreshold)).toEqual([3, 8, null]);

    expect(TestClient.code(await manager.gql(THRESHOLD, { i: { locationId: wh, variantId, threshold: 1 } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(THRESHOLD, { i: { locationId: sh, variantId, threshold: -1 } }))).toBe("BAD_USER_INPUT");
  });
});
