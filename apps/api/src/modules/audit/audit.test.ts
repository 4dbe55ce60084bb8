import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const AUDIT = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLogs(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id actorType actorId actorName action entityType entityId storeId before after origin createdAt } }
  }
}`;
const UPDATE = `mutation($id: ID!, $i: UpdateMemberInput!) { updateMember(id: $id, input: $i) { id name } }`;

type Entry = {
  id: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  storeId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  origin: Record<string, unknown> | null;
  createdAt: string;
};
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] };

let env: TestEnv;
let owner: TestClient;
let merchantId: string;
let sh: string;
let bj: string;

async function allEntries(client: TestClient, filter: Record<string, unknown>, first = 50): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Page = (await client.ok<{ auditLogs: Page }>(AUDIT, { filter, first, after })).auditLogs;
    entries.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return entries;
}

/** Changes the name of a demo member whose home store is `storeId`, as `client`; returns the member id and names. */
async function renameMemberOf(client: TestClient, storeId: string, name: string) {
  const member = await env.db.member.findFirstOrThrow({ where: { merchantId, homeStoreId: storeId }, orderBy: { phone: "asc" } });
  await client.ok(UPDATE, { id: member.id, i: { name } });
  return { id: member.id, oldName: member.name };
}

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
  sh = env.demo.storeIds.shanghai;
  bj = env.demo.storeIds.beijing;
});
afterAll(async () => {
  await env?.close();
});

describe("audit log", () => {
  it("lets the owner find a member update by entity id, with before, after, actor and origin", async () => {
    const cashier = await env.as("cashier.sh");
    const { id, oldName } = await renameMemberOf(cashier, sh, "审计测试甲");
    const entries = await allEntries(owner, { entityId: id });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    const cashierRow = await env.db.staffUser.findUniqueOrThrow({ where: { username: "cashier.sh" } });
    expect(entry).toMatchObject({
      action: "member.update",
      entityType: "Member",
      entityId: id,
      storeId: sh,
      actorType: "STAFF",
      actorId: cashierRow.id,
      actorName: cashierRow.displayName,
    });
    expect(entry?.before).toMatchObject({ id, name: oldName });
    expect(entry?.after).toMatchObject({ id, name: "审计测试甲" });
    expect(entry?.before).not.toHaveProperty("passwordHash");
    expect(entry?.origin).toMatchObject({ ip: expect.any(String) });
  });

  it("names a member who changed their own profile", async () => {
    const member = await env.asMember("13800004401");
    await member.ok(`mutation { updateMyProfile(input: { name: "自助改名" }) { id } }`);
    const row = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13800004401" } } });
    const [entry] = await allEntries(owner, { entityId: row.id, action: "member.updateProfile" });
    expect(entry).toMatchObject({ actorType: "MEMBER", actorId: row.id, actorName: "自助改名" });
  });

  it("lists newest first across pages without repeats, and filters by action prefix, entity type, actor and time", async () => {
    const entries = await allEntries(owner, {}, 40);
    expect(entries.length).toBe(await env.db.auditLog.count({ where: { merchantId } }));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const memberActions = await allEntries(owner, { action: "member." });
    expect(memberActions.length).toBe(await env.db.auditLog.count({ where: { merchantId, action: { startsWith: "member." } } }));
    expect(memberActions.length).toBeGreaterThanOrEqual(2);
    expect(memberActions.every((e) => e.action.startsWith("member."))).toBe(true);
    expect((await owner.ok<{ auditLogs: Page }>(AUDIT, { filter: { action: "%" }, first: 5 })).auditLogs.totalCount).toBe(0);

    const logins = await allEntries(owner, { entityType: "StaffUser", action: "auth.staffLogin" });
    expect(logins.length).toBeGreaterThan(0);
    const ownerId = (await env.db.staffUser.findUniqueOrThrow({ where: { username: "owner" } })).id;
    const byOwner = await allEntries(owner, { actorId: ownerId });
    expect(byOwner.length).toBeGreaterThan(0);
    expect(byOwner.every((e) => e.actorId === ownerId)).toBe(true);

    const oldest = times.at(-1) as number;
    const future = (await owner.ok<{ auditLogs: Page }>(AUDIT, { filter: { from: new Date(Date.now() + 60_000).toISOString() }, first: 5 }))
      .auditLogs;
    expect(future.totalCount).toBe(0);
    const upToOldest = (await owner.ok<{ auditLogs: Page }>(AUDIT, { filter: { to: new Date(oldest + 1).toISOString() }, first: 100 }))
      .auditLogs;
    expect(upToOldest.totalCount).toBe(await env.db.auditLog.count({ where: { merchantId, createdAt: { lt: new Date(oldest + 1) } } }));
    expect(upToOldest.totalCount).toBeGreaterThan(0);
  });

  it("shows a Shanghai manager the rows of Shanghai only", async () => {
    const { id: bjMember } = await renameMemberOf(owner, bj, "审计测试北京");
    const { id: shMember } = await renameMemberOf(owner, sh, "审计测试上海");
    const manager = await env.as("manager.sh");

    const visible = await allEntries(manager, {});
    expect(visible.length).toBe(await env.db.auditLog.count({ where: { merchantId, storeId: sh } }));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((e) => e.storeId === sh)).toBe(true);
    expect(await allEntries(manager, { entityId: bjMember })).toHaveLength(0);
    expect((await allEntries(manager, { entityId: shMember })).length).toBeGreaterThan(0);
    expect(TestClient.code(await manager.gql(AUDIT, { filter: { storeId: bj }, first: 5 }))).toBe("FORBIDDEN");

    const managerBj = await env.as("manager.bj");
    expect((await allEntries(managerBj, { entityId: bjMember })).map((e) => e.after?.name)).toContain("审计测试北京");
  });

  it("needs audit:read, and rejects bad variables", async () => {
    expect(TestClient.code(await env.anon.gql(AUDIT, { first: 5 }))).toBe("UNAUTHENTICATED");
    for (const who of ["cashier.sh", "marketing", "clerk.wh"]) {
      expect(TestClient.code(await (await env.as(who)).gql(AUDIT, { first: 5 })), who).toBe("FORBIDDEN");
    }
    const member = await env.asMember("13800004401");
    expect(TestClient.code(await member.gql(AUDIT, { first: 5 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await owner.gql(AUDIT, { first: "ten" }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(AUDIT, { filter: { action: "a".repeat(101) }, first: 5 }))).toBe("BAD_USER_INPUT");
  });
});
