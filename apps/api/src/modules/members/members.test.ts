import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const MEMBERS = `query($filter: MemberFilter, $sort: MemberSort, $first: Int, $after: String) {
  members(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id phone maskedPhone name lifetimeSpend pointsBalance consentMarketing createdAt tier { code } homeStore { code } } }
  }
}`;
const MEMBER_FIELDS = `id phone maskedPhone name email birthday gender consentMarketing consentAt pointsBalance storeCreditBalance lifetimeSpend
  referralCode status createdAt tier { id code name nameI18n rank minRollingSpend pointsMultiplierBps benefits } homeStore { id code }`;
const MEMBER = `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`;
const BY_PHONE = `query($phone: String!) { memberByPhone(phone: $phone) { id phone name } }`;
const CREATE = `mutation($i: CreateMemberInput!) { createMember(input: $i) { ${MEMBER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateMemberInput!) { updateMember(id: $id, input: $i) { ${MEMBER_FIELDS} } }`;
const MY_PROFILE = `{ myProfile { ${MEMBER_FIELDS} } }`;
const UPDATE_MY_PROFILE = `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { ${MEMBER_FIELDS} } }`;

type MemberNode = {
  id: string;
  phone: string;
  maskedPhone: string;
  name: string | null;
  lifetimeSpend: number;
  pointsBalance: number;
  consentMarketing: boolean;
  createdAt: string;
  tier: { code: string } | null;
  homeStore: { code: string } | null;
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: MemberNode }[];
};
type FullMember = MemberNode & {
  email: string | null;
  birthday: string | null;
  gender: string | null;
  consentAt: string | null;
  storeCreditBalance: number;
  referralCode: string;
  status: string;
  tier: { id: string; code: string; name: string; nameI18n: Record<string, string>; rank: number } | null;
  homeStore: { id: string; code: string } | null;
};

let env: TestEnv;
let owner: TestClient;
let merchantId: string;

async function allPages(
  client: TestClient,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ nodes: MemberNode[]; pages: Page[] }> {
  const nodes: MemberNode[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Page = (await client.ok<{ members: Page }>(MEMBERS, { ...variables, first, after })).members;
    pages.push(page);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, pages };
}

const fieldsOf = (result: { errors?: { extensions?: { fieldErrors?: { field: string }[] } }[] }) =>
  (result.errors?.[0]?.extensions?.fieldErrors ?? []).map((f) => f.field);

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
});
afterAll(async () => {
  await env?.close();
});

describe("member lists", () => {
  it("pages through every member by lifetime spend with a stable order, cursors and totalCount", async () => {
    const total = await env.db.member.count({ where: { merchantId } });
    expect(total).toBeGreaterThanOrEqual(50);
    const { nodes, pages } = await allPages(owner, { sort: { field: "LIFETIME_SPEND", direction: "DESC" } }, 7);
    expect(pages).toHaveLength(Math.ceil(total / 7));
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
    expect(pages[1]?.pageInfo.hasPreviousPage).toBe(true);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    const expected = await env.db.member.findMany({
      where: { merchantId },
      orderBy: [{ lifetimeSpend: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(nodes.map((n) => n.id)).toEqual(expected.map((m) => m.id));
  });

  it("defaults to newest first and sorts by points ascending", async () => {
    const newest = (await owner.ok<{ members: Page }>(MEMBERS, { first: 20 })).members.edges.map((e) => Date.parse(e.node.createdAt));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const points = (await owner.ok<{ members: Page }>(MEMBERS, { sort: { field: "POINTS", direction: "ASC" }, first: 30 })).members;
    const balances = points.edges.map((e) => e.node.pointsBalance);
    expect(balances).toEqual([...balances].sort((a, b) => a - b));
  });

  it("pages by name without losing or repeating members who have no name", async () => {
    // Members who signed up by SMS code have no name yet: the sort must still page through them.
    for (const phone of ["13800008801", "13800008802", "13800008803"]) await owner.ok(CREATE, { i: { phone } });
    for (const direction of ["ASC", "DESC"] as const) {
      const { nodes } = await allPages(owner, { sort: { field: "NAME", direction } }, 6);
      const dir = direction === "ASC" ? "asc" : "desc";
      const expected = await env.db.member.findMany({ where: { merchantId }, orderBy: [{ name: dir }, { id: dir }], select: { id: true } });
      expect(nodes.map((n) => n.id)).toEqual(expected.map((m) => m.id));
      expect(nodes.filter((n) => n.name === null).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("filters by tier, minimum spend and marketing consent", async () => {
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { merchantId, code: "GOLD" } });
    const byTier = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { tierId: gold.id }, first: 100 })).members;
    expect(byTier.totalCount).toBe(await env.db.member.count({ where: { merchantId, tierId: gold.id } }));
    expect(byTier.totalCount).toBeGreaterThan(0);
    expect(byTier.edges.every((e) => e.node.tier?.code === "GOLD")).toBe(true);

    const rich = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { minSpend: 800000 }, first: 100 })).members;
    expect(rich.totalCount).toBe(await env.db.member.count({ where: { merchantId, lifetimeSpend: { gte: 800000 } } }));
    expect(rich.edges.every((e) => e.node.lifetimeSpend >= 800000)).toBe(true);

    const both = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { consentMarketing: true, minSpend: 200000 }, first: 100 })).members;
    const expected = await env.db.member.count({ where: { merchantId, consentMarketing: true, lifetimeSpend: { gte: 200000 } } });
    expect(both.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(both.edges.every((e) => e.node.consentMarketing && e.node.lifetimeSpend >= 200000)).toBe(true);
  });

  it("searches by a fragment of the phone number, a whole formatted number, or the name", async () => {
    const fragment = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { search: "0001" }, first: 100 })).members;
    expect(fragment.totalCount).toBe(await env.db.member.count({ where: { merchantId, phone: { contains: "0001" } } }));
    expect(fragment.edges.map((e) => e.node.phone)).toContain("13800000001");
    expect(fragment.edges.every((e) => e.node.phone.includes("0001"))).toBe(true);

    const whole = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { search: "+86 138-0000-0012" }, first: 10 })).members;
    expect(whole.edges.map((e) => e.node.phone)).toEqual(["13800000012"]);

    const first = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13800000001" } } });
    const byName = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { search: first.name }, first: 10 })).members;
    expect(byName.edges.map((e) => e.node.id)).toContain(first.id);
    expect(byName.edges.every((e) => e.node.name?.includes(first.name as string))).toBe(true);

    const wildcard = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { search: "%" }, first: 10 })).members;
    expect(wildcard.totalCount).toBe(0);
  });

  it("rejects wrong variable types and out-of-range page sizes as BAD_USER_INPUT", async () => {
    expect(TestClient.code(await owner.gql(MEMBERS, { first: "ten" }))).toBe("BAD_USER_INPUT");
    // A small selection, so the complexity limit (which multiplies by `first`) lets the request reach validation.
    expect(TestClient.code(await owner.gql(`query($first: Int) { members(first: $first) { totalCount } }`, { first: 500 }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(TestClient.code(await owner.gql(`query($first: Int) { members(first: $first) { totalCount } }`, { first: 0 }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(TestClient.code(await owner.gql(MEMBERS, { filter: { minSpend: -1 }, first: 5 }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(MEMBERS, { sort: { field: "PHONE", direction: "ASC" } }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(MEMBERS, { after: "not-a-cursor" }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(MEMBERS, { filter: { search: "1".repeat(51) }, first: 5 }))).toBe("BAD_USER_INPUT");
    // A cleared search box is no search at all.
    const cleared = (await owner.ok<{ members: Page }>(MEMBERS, { filter: { search: "  " }, first: 1 })).members;
    expect(cleared.totalCount).toBe(await env.db.member.count({ where: { merchantId } }));
  });

  it("needs member:read: anonymous callers, members and stock clerks are turned away", async () => {
    expect(TestClient.code(await env.anon.gql(MEMBERS, { first: 5 }))).toBe("UNAUTHENTICATED");
    const member = await env.asMember("13800000002");
    expect(TestClient.code(await member.gql(MEMBERS, { first: 5 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await member.gql(BY_PHONE, { phone: "13800000001" }))).toBe("FORBIDDEN");
    const clerk = await env.as("clerk.wh");
    expect(TestClient.code(await clerk.gql(MEMBERS, { first: 5 }))).toBe("FORBIDDEN");
    // Members are merchant-wide: a store-scoped cashier and merchant-wide marketing both see all of them.
    const total = await env.db.member.count({ where: { merchantId } });
    for (const who of ["cashier.sh", "marketing"]) {
      const client = await env.as(who);
      expect((await client.ok<{ members: Page }>(MEMBERS, { first: 1 })).members.totalCount).toBe(total);
    }
  });
});

describe("single member lookups", () => {
  it("finds a member by id with tier and home store, and answers NOT_FOUND for an unknown id", async () => {
    const row = await env.db.member.findFirstOrThrow({ where: { merchantId, homeStoreId: { not: null }, tierId: { not: null } } });
    const { member } = await owner.ok<{ member: FullMember }>(MEMBER, { id: row.id });
    expect(member).toMatchObject({
      id: row.id,
      phone: row.phone,
      name: row.name,
      lifetimeSpend: row.lifetimeSpend,
      referralCode: row.referralCode,
    });
    expect(member.maskedPhone).toBe(`${row.phone.slice(0, 3)}****${row.phone.slice(7)}`);
    expect(member.tier?.id).toBe(row.tierId);
    expect(member.homeStore?.id).toBe(row.homeStoreId);
    const missing = await owner.gql(MEMBER, { id: "no-such-member" });
    expect(TestClient.code(missing)).toBe("NOT_FOUND");
  });

  it("looks a member up by phone at the till, as typed; null when the number is not a member's", async () => {
    const cashier = await env.as("cashier.sh");
    const found = await cashier.ok<{ memberByPhone: { phone: string } | null }>(BY_PHONE, { phone: "+86 138 0000 0001" });
    expect(found.memberByPhone?.phone).toBe("13800000001");
    expect((await cashier.ok<{ memberByPhone: unknown }>(BY_PHONE, { phone: "13900009998" })).memberByPhone).toBeNull();
    const invalid = await cashier.gql(BY_PHONE, { phone: "12345" });
    expect(TestClient.code(invalid)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(invalid)).toEqual(["phone"]);
  });

  it("lists the tiers publicly, lowest rank first", async () => {
    const { memberTiers } = await env.anon.ok<{ memberTiers: { code: string; rank: number; nameI18n: Record<string, string> }[] }>(
      `{ memberTiers { code rank nameI18n minRollingSpend pointsMultiplierBps benefits } }`,
    );
    expect(memberTiers.map((t) => t.code)).toEqual(["NORMAL", "SILVER", "GOLD", "DIAMOND"]);
    expect(memberTiers[2]?.nameI18n.en).toBe("Gold");
  });

  it("shows the points ledger newest first, page by page", async () => {
    const row = await env.db.member.findFirstOrThrow({
      where: { merchantId, points: { some: {} } },
      orderBy: { points: { _count: "desc" } },
    });
    const q = `query($id: ID!, $after: String) { member(id: $id) { pointsBalance points(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id delta balanceAfter reason orderId note expiresAt createdAt } } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let first: { pointsBalance: number; points: { totalCount: number; edges: { node: { id: string; balanceAfter: number } }[] } } | null =
      null;
    for (let i = 0; i < 50; i++) {
      type PointsPage = {
        pointsBalance: number;
        points: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; balanceAfter: number } }[];
        };
      };
      const page: PointsPage = (await owner.ok<{ member: PointsPage }>(q, { id: row.id, after })).member;
      first ??= page;
      ids.push(...page.points.edges.map((e) => e.node.id));
      if (!page.points.pageInfo.hasNextPage) break;
      after = page.points.pageInfo.endCursor;
    }
    const expected = await env.db.pointsEntry.findMany({ where: { memberId: row.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(ids).toEqual(expected.map((e) => e.id));
    expect(first?.points.totalCount).toBe(expected.length);
    expect(first?.points.edges[0]?.node.balanceAfter).toBe(first?.pointsBalance);
  });
});

describe("creating members", () => {
  it("normalises the phone, records consent time and writes an audit row", async () => {
    const cashier = await env.as("cashier.sh");
    const { createMember } = await cashier.ok<{ createMember: FullMember }>(CREATE, {
      i: {
        phone: "+86 138-0000-9999",
        name: "  钱多多 ",
        email: "qian@example.com",
        birthday: "1990-05-01",
        gender: "F",
        consentMarketing: true,
        homeStoreId: env.demo.storeIds.shanghai,
      },
    });
    expect(createMember).toMatchObject({
      phone: "13800009999",
      maskedPhone: "138****9999",
      name: "钱多多",
      email: "qian@example.com",
      birthday: "1990-05-01",
      gender: "F",
      consentMarketing: true,
      pointsBalance: 0,
      lifetimeSpend: 0,
      status: "ACTIVE",
      tier: null,
      homeStore: { code: "SH01" },
    });
    expect(createMember.consentAt).not.toBeNull();
    expect(createMember.referralCode).toMatch(/^[A-Z2-9]{8}$/);
    const audit = await env.db.auditLog.findMany({ where: { entityType: "Member", entityId: createMember.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "member.create", actorType: "STAFF", storeId: env.demo.storeIds.shanghai });
    expect(audit[0]?.after).toMatchObject({ phone: "13800009999", name: "钱多多" });
    expect(JSON.stringify(audit[0]?.after)).not.toContain("passwordHash");
  });

  it("answers CONFLICT for a number that is already a member's, however it is written", async () => {
    for (const phone of ["13800000001", "138 0000 0001", "+8613800000001"]) {
      expect(TestClient.code(await owner.gql(CREATE, { i: { phone, name: "重复" } }))).toBe("CONFLICT");
    }
    expect(await env.db.member.count({ where: { merchantId, phone: "13800000001" } })).toBe(1);
  });

  it("rejects an invalid phone with a field error on phone", async () => {
    for (const phone of ["12345678901", "1380000", "not a phone"]) {
      const result = await owner.gql(CREATE, { i: { phone } });
      expect(TestClient.code(result)).toBe("BAD_USER_INPUT");
      expect(fieldsOf(result)).toEqual(["phone"]);
    }
  });

  it("rejects oversized and malformed fields before writing anything", async () => {
    const before = await env.db.member.count({ where: { merchantId } });
    const auditBefore = await env.db.auditLog.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: "13800007771", name: "名".repeat(51) }, "name"],
      [{ phone: "13800007772", name: "   " }, "name"],
      [{ phone: "13800007773", email: "not-an-email" }, "email"],
      [{ phone: "13800007774", gender: "X" }, "gender"],
      [{ phone: "13800007775", birthday: "2999-01-01" }, "birthday"],
      [{ phone: "1".repeat(40) }, "phone"],
    ];
    for (const [input, field] of cases) {
      const result = await owner.gql(CREATE, { i: input });
      expect(TestClient.code(result), field).toBe("BAD_USER_INPUT");
      expect(fieldsOf(result), field).toContain(field);
    }
    expect(TestClient.code(await owner.gql(CREATE, { i: { phone: "13800007776", birthday: "1990-13-45" } }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(CREATE, { i: { phone: "13800007777", homeStoreId: "no-such-store" } }))).toBe("BAD_USER_INPUT");
    expect(await env.db.member.count({ where: { merchantId } })).toBe(before);
    expect(await env.db.auditLog.count()).toBe(auditBefore);
  });

  it("needs member:write", async () => {
    const marketing = await env.as("marketing");
    expect(TestClient.code(await marketing.gql(CREATE, { i: { phone: "13800007780" } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(CREATE, { i: { phone: "13800007780" } }))).toBe("UNAUTHENTICATED");
    expect(await env.db.member.count({ where: { merchantId, phone: "13800007780" } })).toBe(0);
  });
});

describe("changing members", () => {
  it("updates given fields, clears nulls, keeps the rest, and tracks consent time", async () => {
    const row = await env.db.member.findFirstOrThrow({ where: { merchantId, consentMarketing: false, email: { not: null } } });
    const manager = await env.as("manager.sh");
    const { updateMember } = await manager.ok<{ updateMember: FullMember }>(UPDATE, {
      id: row.id,
      i: { name: "改名测试", email: null, consentMarketing: true, homeStoreId: env.demo.storeIds.beijing },
    });
    expect(updateMember).toMatchObject({ name: "改名测试", email: null, consentMarketing: true, phone: row.phone, gender: row.gender });
    expect(updateMember.homeStore?.code).toBe("BJ01");
    expect(updateMember.consentAt).not.toBeNull();
    const withdrawn = (await manager.ok<{ updateMember: FullMember }>(UPDATE, { id: row.id, i: { consentMarketing: false } })).updateMember;
    expect(withdrawn).toMatchObject({ consentMarketing: false, consentAt: null, name: "改名测试" });
    expect(TestClient.code(await manager.gql(UPDATE, { id: "no-such-member", i: { name: "x" } }))).toBe("NOT_FOUND");
  });

  it("refuses marketing (member:read only) with FORBIDDEN and changes nothing", async () => {
    const row = await env.db.member.findFirstOrThrow({ where: { merchantId, phone: "13800000005" } });
    const marketing = await env.as("marketing");
    const auditBefore = await env.db.auditLog.count({ where: { entityId: row.id } });
    const result = await marketing.gql(UPDATE, { id: row.id, i: { name: "市场改的", consentMarketing: !row.consentMarketing } });
    expect(TestClient.code(result)).toBe("FORBIDDEN");
    expect(result.data?.updateMember ?? null).toBeNull();
    const after = await env.db.member.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toEqual(row);
    expect(await env.db.auditLog.count({ where: { entityId: row.id } })).toBe(auditBefore);
  });

  it("rejects an oversized name on update and keeps the member as it was", async () => {
    const row = await env.db.member.findFirstOrThrow({ where: { merchantId, phone: "13800000006" } });
    const result = await owner.gql(UPDATE, { id: row.id, i: { name: "x".repeat(51) } });
    expect(TestClient.code(result)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(result)).toEqual(["name"]);
    expect(await env.db.member.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

describe("a member's own profile", () => {
  it("shows the member their profile, orders and points", async () => {
    const member = await env.asMember("13800000001");
    const row = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13800000001" } } });
    const q = `{ myProfile { id phone name pointsBalance tier { code } points(first: 1) { totalCount } orders(first: 100) { totalCount edges { node { id } } } } }`;
    const { myProfile } = await member.ok<{
      myProfile: {
        id: string;
        phone: string;
        pointsBalance: number;
        points: { totalCount: number };
        orders: { totalCount: number; edges: { node: { id: string } }[] };
      };
    }>(q);
    expect(myProfile).toMatchObject({ id: row.id, phone: row.phone, pointsBalance: row.pointsBalance });
    expect(myProfile.points.totalCount).toBe(await env.db.pointsEntry.count({ where: { memberId: row.id } }));
    const own = await env.db.order.findMany({
      where: { memberId: row.id, training: false },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    });
    expect(myProfile.orders.edges.map((e) => e.node.id)).toEqual(own.map((o) => o.id));
  });

  it("hides a member's orders from staff without order:read", async () => {
    const row = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13800000001" } } });
    const marketing = await env.as("marketing");
    const { member } = await marketing.ok<{ member: { orders: unknown } }>(
      `query($id: ID!) { member(id: $id) { orders(first: 5) { totalCount } } }`,
      {
        id: row.id,
      },
    );
    expect(member.orders).toBeNull();
  });

  it("lets a member change their name and consent, with an audit row by the member", async () => {
    const client = await env.asMember("13800006601");
    const before = (await client.ok<{ myProfile: FullMember }>(MY_PROFILE)).myProfile;
    expect(before).toMatchObject({ phone: "13800006601", name: null, consentMarketing: false, consentAt: null });
    const { updateMyProfile } = await client.ok<{ updateMyProfile: FullMember }>(UPDATE_MY_PROFILE, {
      i: { name: "新会员", birthday: "2000-02-29", consentMarketing: true },
    });
    expect(updateMyProfile).toMatchObject({ id: before.id, name: "新会员", birthday: "2000-02-29", consentMarketing: true });
    expect(updateMyProfile.consentAt).not.toBeNull();
    const audit = await env.db.auditLog.findFirstOrThrow({ where: { entityId: before.id, action: "member.updateProfile" } });
    expect(audit).toMatchObject({ actorType: "MEMBER", actorId: before.id });
    expect(audit.before).toMatchObject({ name: null, consentMarketing: false });
    expect(audit.after).toMatchObject({ name: "新会员", consentMarketing: true });

    const oversized = await client.gql(UPDATE_MY_PROFILE, { i: { name: "长".repeat(60) } });
    expect(TestClient.code(oversized)).toBe("BAD_USER_INPUT");
    expect((await env.db.member.findUniqueOrThrow({ where: { id: before.id } })).name).toBe("新会员");
  });

  it("keeps the member and staff operations apart", async () => {
    const client = await env.asMember("13800000002");
    const row = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13800000002" } } });
    expect(TestClient.code(await client.gql(UPDATE, { id: row.id, i: { name: "自己改" } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await client.gql(MEMBER, { id: row.id }))).toBe("FORBIDDEN");
    expect(TestClient.code(await owner.gql(MY_PROFILE))).toBe("FORBIDDEN");
    expect(TestClient.code(await owner.gql(UPDATE_MY_PROFILE, { i: { name: "x" } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(MY_PROFILE))).toBe("UNAUTHENTICATED");
  });
});
