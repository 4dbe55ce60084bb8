import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const UPSERT = `mutation($i: UpsertRoleInput!) { upsertRole(input: $i) { id code name permissions system } }`;
const DELETE = `mutation($id: ID!) { deleteRole(id: $id) {
  __typename ... on DeletedRole { id code } ... on RoleDeleteError { code message assignments } } }`;
const ASSIGN = `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id role { code } } }`;
const ROLES = `{ roles { id code system permissions } }`;

let env: TestEnv;
let owner: TestClient;

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
});
afterAll(async () => {
  await env?.close();
});

describe("custom roles", () => {
  it("the owner creates, edits and assigns a custom role; it can be deleted only once nobody holds it", async () => {
    const created = (await owner.ok(UPSERT, { i: { code: "price_editor", name: "调价员", permissions: ["catalog:read", "price:write"] } }))
      .upsertRole;
    expect(created).toMatchObject({ code: "price_editor", system: false, permissions: ["catalog:read", "price:write"] });
    const edited = (await owner.ok(UPSERT, { i: { code: "price_editor", name: "调价专员", permissions: ["catalog:read"] } })).upsertRole;
    expect(edited).toMatchObject({ id: created.id, name: "调价专员", permissions: ["catalog:read"] });
    const roles = (await owner.ok(ROLES)).roles as { code: string; system: boolean }[];
    expect(roles.filter((r) => r.system).map((r) => r.code)).toEqual(
      expect.arrayContaining(["owner", "store_manager", "cashier", "stock_clerk", "marketing"]),
    );
    expect(roles.find((r) => r.code === "price_editor")?.system).toBe(false);

    const clerk = await env.db.staffUser.findUniqueOrThrow({ where: { username: "clerk.wh" } });
    const assignment = (await owner.ok(ASSIGN, { i: { staffId: clerk.id, roleCode: "price_editor", storeId: env.demo.storeIds.shanghai } }))
      .assignRole;
    const inUse = (await owner.ok(DELETE, { id: created.id })).deleteRole;
    expect(inUse).toMatchObject({ __typename: "RoleDeleteError", code: "ROLE_IN_USE", assignments: 1 });
    expect(await env.db.role.count({ where: { id: created.id } })).toBe(1);

    await owner.ok(`mutation($id: ID!) { removeAssignment(id: $id) }`, { id: assignment.id });
    expect((await owner.ok(DELETE, { id: created.id })).deleteRole).toEqual({
      __typename: "DeletedRole",
      id: created.id,
      code: "price_editor",
    });
    expect(await env.db.role.count({ where: { id: created.id } })).toBe(0);
    const audit = await env.db.auditLog.findFirst({ where: { action: "role.delete", entityId: created.id } });
    expect(audit?.actorId).toBe((await env.db.staffUser.findUniqueOrThrow({ where: { username: "owner" } })).id);
  });

  it("system roles are never deleted or overwritten", async () => {
    const cashier = await env.db.role.findFirstOrThrow({ where: { code: "cashier" } });
    const refused = (await owner.ok(DELETE, { id: cashier.id })).deleteRole;
    expect(refused).toMatchObject({ __typename: "RoleDeleteError", code: "ROLE_SYSTEM", assignments: 0 });
    const overwrite = await owner.gql(UPSERT, { i: { code: "cashier", name: "x", permissions: [] } });
    expect(TestClient.code(overwrite)).toBe("BAD_USER_INPUT");
    expect(await env.db.role.findUniqueOrThrow({ where: { id: cashier.id } })).toEqual(cashier);
  });

  it("without merchant-wide role:write nobody creates or deletes roles, and bad input changes nothing", async () => {
    const role = (await owner.ok(UPSERT, { i: { code: "greeter", name: "迎宾", permissions: ["store:read"] } })).upsertRole;
    for (const username of ["manager.sh", "marketing", "cashier.sh"]) {
      const client = await env.as(username);
      expect(TestClient.code(await client.gql(DELETE, { id: role.id }))).toBe("FORBIDDEN");
      expect(TestClient.code(await client.gql(UPSERT, { i: { code: "greeter", name: "改名", permissions: [] } }))).toBe("FORBIDDEN");
    }
    const member = await env.asMember("13800000001");
    expect(TestClient.code(await member.gql(DELETE, { id: role.id }))).toBe("FORBIDDEN");

    const unknownPermission = await owner.gql(UPSERT, { i: { code: "greeter", name: "迎宾", permissions: ["store:read", "vault:open"] } });
    expect(TestClient.code(unknownPermission)).toBe("BAD_USER_INPUT");
    expect(unknownPermission.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "permissions" })]);
    expect(TestClient.code(await owner.gql(UPSERT, { i: { code: "Bad Code", name: "x", permissions: [] } }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(DELETE, { id: "no-such-role" }))).toBe("NOT_FOUND");
    expect(await env.db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ name: "迎宾", permissions: ["store:read"] });
    expect(await env.db.role.count({ where: { code: "Bad Code" } })).toBe(0);
  });
});
