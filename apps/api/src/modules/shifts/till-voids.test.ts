import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const OPEN = `mutation($i: OpenShiftInput!) { openShift(input: $i) { id } }`;
const VOID = `mutation($i: TillVoidInput!) { recordTillVoid(input: $i) }`;
const REPORT = `query($id: ID!) { shiftReport(shiftId: $id) { voidsCount voidsTotal } }`;
const CLOSE = `mutation($i: CloseShiftInput!) { closeShift(input: $i) { report { voidsCount voidsTotal } } }`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe("till voids", () => {
  it("counts voided lines and sales on the X and Z reports, audited, and refuses them on a closed shift", async () => {
    const storeId = env.demo.storeIds.shanghai;
    const register = await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } });
    const cashier = await env.as("cashier.sh");
    const shiftId = (await cashier.ok(OPEN, { i: { registerId: register.id, openingFloat: 0 } })).openShift.id;
    await cashier.ok(VOID, { i: { shiftId, scope: "LINE", items: 1, amount: 5900 } });
    await cashier.ok(VOID, { i: { shiftId, scope: "SALE", items: 3, amount: 12000 } });
    expect((await cashier.ok(REPORT, { id: shiftId })).shiftReport).toEqual({ voidsCount: 2, voidsTotal: 17900 });
    expect(await env.db.auditLog.count({ where: { action: "till.void", entityId: shiftId } })).toBe(2);

    const z = (await cashier.ok(CLOSE, { i: { shiftId, countedCash: 0 } })).closeShift.report;
    expect(z).toEqual({ voidsCount: 2, voidsTotal: 17900 });
    expect(TestClient.code(await cashier.gql(VOID, { i: { shiftId, scope: "LINE", items: 1, amount: 1 } }))).toBe("CONFLICT");
    expect(TestClient.code(await cashier.gql(VOID, { i: { shiftId, scope: "OTHER", items: 1, amount: 1 } }))).toBe("BAD_USER_INPUT");
  });

  it("needs shift:manage in the shift's store", async () => {
    const storeId = env.demo.storeIds.shanghai;
    const register = await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "desc" } });
    const shiftId = (await (await env.as("manager.sh")).ok(OPEN, { i: { registerId: register.id, openingFloat: 0 } })).openShift.id;
    const other = await env.as("cashier.bj");
    expect(TestClient.code(await other.gql(VOID, { i: { shiftId, scope: "LINE", items: 1, amount: 1 } }))).toBe("FORBIDDEN");
  });
});
