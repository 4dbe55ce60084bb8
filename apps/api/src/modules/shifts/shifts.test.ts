import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const OPEN = `mutation($i: OpenShiftInput!) { openShift(input: $i) { id status openingFloat } }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId change } } }`;
const REPORT = `query($id: ID!) { shiftReport(shiftId: $id) { salesCount netSales expectedCash countedCash overShort byTender { tender count amount } } }`;
const CLOSE = `mutation($i: CloseShiftInput!) { closeShift(input: $i) { shift { status overShort } report { expectedCash overShort salesCount } } }`;

let env: TestEnv;
let storeId: string;
let registerId: string;
beforeAll(async () => {
  env = await createTestEnv();
  storeId = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "desc" } })).id;
});
afterAll(async () => {
  await env?.close();
});

describe("till shifts", () => {
  it("opens once per register, reports its sales by tender, and closes with a Z report that matches them", async () => {
    const cashier = await env.as("cashier.sh");
    const opened = (await cashier.ok(OPEN, { i: { registerId, openingFloat: 50000 } })).openShift;
    expect(opened).toMatchObject({ status: "OPEN", openingFloat: 50000 });
    expect(TestClient.code(await cashier.gql(OPEN, { i: { registerId, openingFloat: 100 } }))).toBe("CONFLICT");

    const level = await env.db.stockLevel.findFirstOrThrow({
      where: {
        locationId: storeId,
        onHand: { gte: 20 },
        variant: { basePrice: { gte: 300, lt: 3000 }, status: "ACTIVE", product: { status: "ACTIVE" } },
      },
      include: { variant: true },
    });
    const price = level.variant.basePrice;
    const sale = (tenders: unknown[]) => ({
      i: {
        clientSaleId: randomUUID(),
        storeId,
        registerId,
        shiftId: opened.id,
        lines: [{ variantId: level.variantId, quantity: 1 }],
        tenders,
      },
    });
    const totals: number[] = [];
    for (const tenders of [[{ tender: "CASH", amount: price + 500 }], [{ tender: "CARD", amount: price, reference: "T1" }]]) {
      const res = await cashier.ok(SALE, sale(tenders));
      expect(res.createPosSale.__typename).toBe("PosSale");
      totals.push((await env.db.order.findUniqueOrThrow({ where: { id: res.createPosSale.orderId } })).total);
    }
    const [cashTotal, cardTotal] = totals as [number, number];

    const x = (await cashier.ok(REPORT, { id: opened.id })).shiftReport;
    expect(x.salesCount).toBe(2);
    expect(x.netSales).toBe(cashTotal + cardTotal);
    expect(x.byTender).toEqual([
      { tender: "CARD", count: 1, amount: cardTotal },
      { tender: "CASH", count: 1, amount: cashTotal },
    ]);
    expect(x.expectedCash).toBe(50000 + cashTotal);

    const z = (await cashier.ok(CLOSE, { i: { shiftId: opened.id, countedCash: 50000 + cashTotal - 100 } })).closeShift;
    expect(z.shift).toEqual({ status: "CLOSED", overShort: -100 });
    expect(z.report).toEqual({ expectedCash: 50000 + cashTotal, overShort: -100, salesCount: 2 });
    expect(TestClient.code(await cashier.gql(CLOSE, { i: { shiftId: opened.id, countedCash: 1 } }))).toBe("CONFLICT");
    // A closed shift takes no more sales.
    const late = await cashier.gql(SALE, sale([{ tender: "CASH", amount: price }]));
    expect(TestClient.code(late)).toBe("BAD_USER_INPUT");
    expect(await env.db.auditLog.count({ where: { entityId: opened.id, action: { in: ["shift.open", "shift.close"] } } })).toBe(2);
  });

  it("is for staff of that store only", async () => {
    const other = await env.as("cashier.bj");
    expect(TestClient.code(await other.gql(OPEN, { i: { registerId, openingFloat: 0 } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(OPEN, { i: { registerId, openingFloat: 0 } }))).toBe("UNAUTHENTICATED");
  });
});
