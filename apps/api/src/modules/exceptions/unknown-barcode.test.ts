import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const REPORT = `mutation($i: UnknownBarcodeInput!) { reportUnknownBarcode(input: $i) }`;
const LIST = `query($f: ExceptionFilter) { exceptions(filter: $f) { edges { node { kind message details storeId staffId } } } }`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe("reportUnknownBarcode", () => {
  it("logs an unknown scan once per code for the store's managers to see", async () => {
    const storeId = env.demo.storeIds.shanghai;
    const cashier = await env.as("cashier.sh");
    expect((await cashier.ok(REPORT, { i: { storeId, code: "6900000009999" } })).reportUnknownBarcode).toBe(true);
    expect((await cashier.ok(REPORT, { i: { storeId, code: "6900000009999" } })).reportUnknownBarcode).toBe(false);
    expect((await cashier.ok(REPORT, { i: { storeId, code: "6900000008888" } })).reportUnknownBarcode).toBe(true);

    const manager = await env.as("manager.sh");
    const edges = (await manager.ok(LIST, { f: { storeId, kind: "UNKNOWN_BARCODE", unresolved: true } })).exceptions.edges;
    const codes = edges.map((e: { node: { details: { code: string } } }) => e.node.details.code);
    expect(codes.filter((c: string) => c === "6900000009999")).toHaveLength(1);
    expect(codes).toContain("6900000008888");
  });

  it("needs sale:create in the store", async () => {
    const other = await env.as("cashier.bj");
    const res = await other.gql(REPORT, { i: { storeId: env.demo.storeIds.shanghai, code: "123456" } });
    expect(TestClient.code(res)).toBe("FORBIDDEN");
  });
});
