import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const LIST = `query($f: ExceptionFilter) { exceptions(first: 50, filter: $f) { totalCount edges { node { id kind storeId resolvedAt } } } }`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  const cashier = await env.as("cashier.sh");
  const storeId = env.demo.storeIds.shanghai;
  const register = await env.db.register.findFirstOrThrow({ where: { storeId } });
  // An unknown barcode at the Shanghai till leaves an exception.
  await cashier.ok(`mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename } }`, {
    i: {
      clientSaleId: randomUUID(),
      storeId,
      registerId: register.id,
      lines: [{ barcode: "6912345678904", quantity: 1 }],
      tenders: [{ tender: "CASH", amount: 100 }],
    },
  });
});
afterAll(async () => {
  await env?.close();
});

describe("exception log", () => {
  it("shows a store's exceptions to its manager and resolves them; other stores' managers see none of them", async () => {
    const manager = await env.as("manager.sh");
    const list = await manager.ok(LIST, { f: { kind: "UNKNOWN_BARCODE", unresolved: true } });
    expect(list.exceptions.totalCount).toBeGreaterThan(0);
    const entry = list.exceptions.edges[0].node;
    expect(entry.storeId).toBe(env.demo.storeIds.shanghai);

    const other = await env.as("manager.bj");
    const theirs = await other.ok(LIST, { f: { kind: "UNKNOWN_BARCODE" } });
    expect(theirs.exceptions.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(entry.id);
    const denied = await other.gql(`mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { id } }`, { i: { id: entry.id } });
    expect(TestClient.code(denied)).toBe("FORBIDDEN");

    const resolved = await manager.ok(`mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { id resolvedAt } }`, {
      i: { id: entry.id, note: "条码未录入，已补录" },
    });
    expect(resolved.resolveException.resolvedAt).not.toBeNull();
    expect(await env.db.auditLog.count({ where: { entityId: entry.id, action: "exception.resolve" } })).toBe(1);
  });

  it("is not for cashiers without order:read elsewhere, nor for members", async () => {
    const member = await env.asMember("13800000005");
    expect(TestClient.code(await member.gql(LIST))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(LIST))).toBe("UNAUTHENTICATED");
  });
});
