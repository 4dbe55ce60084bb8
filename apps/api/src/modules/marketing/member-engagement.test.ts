import { randomUUID } from "node:crypto";
import { localTimeParts } from "@o2o/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const CREATE_TEMPLATE = `mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id name kind value totalLimit perMemberLimit issuedCount claimCode } }`;
const TO_SEGMENT = `mutation($t: ID!, $seg: SegmentTargetInput!) { issueCouponsToSegment(templateId: $t, segment: $seg) {
  __typename ... on SegmentIssueSummary { matched issued skippedMemberLimit skippedTotalLimit } ... on ErrorResult { code message } } }`;
const CLAIM = `mutation($c: String!) { claimCoupon(claimCode: $c) {
  __typename ... on Coupon { id code status source validTo template { name claimCode issuedCount } } ... on ErrorResult { code message } } }`;
const SIGN_UP = `mutation($e: ID!) { signUpForEvent(eventId: $e) {
  __typename ... on EventSignup { id event { id seatsLeft signedUp } } ... on ErrorResult { code message } } }`;

let env: TestEnv;
let marketing: TestClient;

const template = async (input: Record<string, unknown>) =>
  (await marketing.ok(CREATE_TEMPLATE, { i: { kind: "AMOUNT", value: 500, ...input } })).createCouponTemplate as {
    id: string;
    issuedCount: number;
  };

beforeAll(async () => {
  env = await createTestEnv();
  marketing = await env.as("marketing");
});
afterAll(async () => {
  await env?.close();
});

describe("issuing coupons", () => {
  it("issuing to a segment never passes totalLimit, even with 10 issuings at once", async () => {
    const t = await template({ name: "限量15张", totalLimit: 15 });
    const members = await env.db.member.count({ where: { status: "ACTIVE" } });
    expect(members).toBeGreaterThan(15);
    const results = await Promise.all(Array.from({ length: 10 }, () => marketing.ok(TO_SEGMENT, { t: t.id, seg: { rules: {} } })));
    const summaries = results.map((r) => r.issueCouponsToSegment);
    expect(summaries.every((s) => s.__typename === "SegmentIssueSummary" && s.matched === members)).toBe(true);
    expect(summaries.reduce((n, s) => n + s.issued, 0)).toBe(15);
    expect(await env.db.coupon.count({ where: { templateId: t.id } })).toBe(15);
    expect((await env.db.couponTemplate.findUniqueOrThrow({ where: { id: t.id } })).issuedCount).toBe(15);
    const perMember = await env.db.coupon.groupBy({ by: ["memberId"], where: { templateId: t.id }, _count: { _all: true } });
    expect(perMember.every((g) => g._count._all === 1)).toBe(true);
    const codes = await env.db.coupon.findMany({ where: { templateId: t.id }, select: { code: true, source: true } });
    for (const c of codes) expect(c).toMatchObject({ code: expect.stringMatching(/^CP[A-HJ-NP-Z2-9]{10}$/), source: "SEGMENT" });
  });

  it("a segment gets one coupon per member (perMemberLimit), and a saved segment can be reused", async () => {
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    const size = await marketing.ok(`query($r: MemberSegmentRulesInput!) { segmentSize(rules: $r) }`, { r: { tierIds: [gold.id] } });
    const expected = await env.db.member.count({ where: { status: "ACTIVE", tierId: gold.id } });
    expect(size.segmentSize).toBe(expected);
    const saved = await marketing.ok(
      `mutation($r: MemberSegmentRulesInput!) { saveMemberSegment(name: "金卡", rules: $r) { id name rules { tierIds minSpend consentMarketingOnly } } }`,
      { r: { tierIds: [gold.id] } },
    );
    expect(saved.saveMemberSegment.rules).toEqual({ tierIds: [gold.id], minSpend: null, consentMarketingOnly: false });
    const t = await template({ name: "金卡专享" });
    const first = await marketing.ok(TO_SEGMENT, { t: t.id, seg: { segmentId: saved.saveMemberSegment.id } });
    expect(first.issueCouponsToSegment).toMatchObject({ matched: expected, issued: expected, skippedMemberLimit: 0 });
    const second = await marketing.ok(TO_SEGMENT, { t: t.id, seg: { segmentId: saved.saveMemberSegment.id } });
    expect(second.issueCouponsToSegment).toMatchObject({ issued: 0, skippedMemberLimit: expected });
    const listed = await marketing.ok(`{ memberSegments { edges { node { id name } } } }`);
    expect(listed.memberSegments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(saved.saveMemberSegment.id);
  });

  it("a member claims a coupon by its code once; the second claim is an error result", async () => {
    const member = await env.asMember("13700000001");
    const first = await member.ok(CLAIM, { c: "welcome10" });
    expect(first.claimCoupon).toMatchObject({
      __typename: "Coupon",
      status: "ISSUED",
      source: "CLAIM",
      template: { name: "新人10元券", claimCode: null, issuedCount: null },
    });
    const second = await member.ok(CLAIM, { c: "WELCOME10" });
    expect(second.claimCoupon).toMatchObject({ __typename: "CouponIssueError", code: "COUPON_MEMBER_LIMIT_REACHED" });
    const unknown = await member.ok(CLAIM, { c: "NOPE123" });
    expect(unknown.claimCoupon).toMatchObject({ __typename: "CouponIssueError", code: "COUPON_CLAIM_CODE_UNKNOWN" });
    const wallet = await member.ok(`{ myCoupons(status: ISSUED) { totalCount edges { node { code template { name } } } } }`);
    expect(wallet.myCoupons).toMatchObject({
      totalCount: 1,
      edges: [{ node: { code: first.claimCoupon.code, template: { name: "新人10元券" } } }],
    });
    expect(TestClient.code(await marketing.gql(CLAIM, { c: "WELCOME10" }))).toBe("FORBIDDEN");
    expect(TestClient.code(await member.gql(TO_SEGMENT, { t: first.claimCoupon.id, seg: { rules: {} } }))).toBe("FORBIDDEN");
  });

  it("claim codes are unique per merchant", async () => {
    await template({ name: "春季券", claimCode: "spring26" });
    const dup = await marketing.gql(CREATE_TEMPLATE, { i: { name: "重复", kind: "AMOUNT", value: 100, claimCode: "SPRING26" } });
    expect(TestClient.code(dup)).toBe("CONFLICT");
    const percent = await marketing.gql(CREATE_TEMPLATE, { i: { name: "超折", kind: "PERCENT", value: 20000 } });
    expect(percent.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "value" })]);
  });

  it("a coupon issued to a member is redeemed at the till and counted in the template's stats", async () => {
    const t = await template({ name: "到店5元", value: 500 });
    const memberRow = await env.db.member.findFirstOrThrow({ where: { phone: "13800000003" } });
    const issued = await marketing.ok(
      `mutation($t: ID!, $m: ID!) { issueCoupon(templateId: $t, memberId: $m) { __typename ... on Coupon { code memberId } } }`,
      { t: t.id, m: memberRow.id },
    );
    expect(issued.issueCoupon).toMatchObject({ __typename: "Coupon", memberId: memberRow.id });
    const sh = env.demo.storeIds.shanghai;
    const registerId = (await env.db.register.findFirstOrThrow({ where: { storeId: sh }, orderBy: { code: "asc" } })).id;
    const level = await env.db.stockLevel.findFirstOrThrow({
      where: {
        locationId: sh,
        onHand: { gte: 10 },
        variant: {
          status: "ACTIVE",
          basePrice: { gte: 1000, lt: 5000 },
          product: { status: "ACTIVE", category: { name: "家清" } },
          priceOverrides: { none: {} },
          tierPrices: { none: {} },
        },
      },
      include: { variant: true },
    });
    const sale = await (await env.as("cashier.sh")).ok(
      `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`,
      {
        i: {
          clientSaleId: randomUUID(),
          storeId: sh,
          registerId,
          memberId: memberRow.id,
          couponCodes: [issued.issueCoupon.code],
          lines: [{ variantId: level.variantId, quantity: 1 }],
          tenders: [{ tender: "CASH", amount: level.variant.basePrice }],
        },
      },
    );
    expect(sale.createPosSale.__typename).toBe("PosSale");
    const stats = await marketing.ok(
      `query($t: ID!) { couponStats(templateId: $t) { issued redeemed expired redemptionRate discountGiven } }`,
      { t: t.id },
    );
    expect(stats.couponStats).toEqual({ issued: 1, redeemed: 1, expired: 0, redemptionRate: 1, discountGiven: 500 });
  });

  it("birthday coupons go once a year to members whose birthday is today", async () => {
    const t = await template({ name: "生日快乐", value: 1000, validDays: 30 });
    expect(
      (await marketing.ok(`mutation($t: ID) { setBirthdayCouponTemplate(templateId: $t) }`, { t: t.id })).setBirthdayCouponTemplate,
    ).toBe(true);
    expect((await marketing.ok(`{ birthdayCouponTemplate { id } }`)).birthdayCouponTemplate).toEqual({ id: t.id });
    const today = localTimeParts(new Date());
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    const member = await env.db.member.update({
      where: { merchantId_phone: { merchantId: gold.merchantId, phone: "13800000015" } },
      data: { birthday: new Date(Date.UTC(1990, today.month - 1, today.day)), tierId: gold.id },
    });
    const run = `mutation { runBirthdayCoupons { date issued } }`;
    const first = await marketing.ok(run);
    expect(first.runBirthdayCoupons.issued).toBeGreaterThanOrEqual(1);
    expect(first.runBirthdayCoupons.date).toBe(`${today.year}-${today.monthDay}`);
    expect((await marketing.ok(run)).runBirthdayCoupons.issued).toBe(0);
    const coupons = await env.db.coupon.findMany({ where: { memberId: member.id, templateId: t.id } });
    expect(coupons).toEqual([expect.objectContaining({ source: "BIRTHDAY", status: "ISSUED" })]);
  });
});

describe("member events", () => {
  it("two members racing for the last seat: exactly one gets it", async () => {
    const sh = env.demo.storeIds.shanghai;
    const created = await marketing.ok(
      `mutation($i: CreateMemberEventInput!) { createMemberEvent(input: $i) { id capacity seatsLeft store { code } } }`,
      {
        i: {
          title: "品酒会",
          storeId: sh,
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 90_000_000).toISOString(),
          capacity: 1,
        },
      },
    );
    const eventId = created.createMemberEvent.id;
    expect(created.createMemberEvent).toMatchObject({ capacity: 1, seatsLeft: 1, store: { code: "SH01" } });
    const [a, b] = await Promise.all([env.asMember("13700000011"), env.asMember("13700000012")]);
    const results = (await Promise.all([a.ok(SIGN_UP, { e: eventId }), b.ok(SIGN_UP, { e: eventId })])).map((r) => r.signUpForEvent);
    expect(results.map((r) => r.__typename).sort()).toEqual(["EventSignup", "EventSignupError"]);
    expect(results.find((r) => r.__typename === "EventSignupError")).toMatchObject({ code: "EVENT_FULL" });
    expect(await env.db.eventSignup.count({ where: { eventId } })).toBe(1);

    const [winner, loser] = results[0].__typename === "EventSignup" ? [a, b] : [b, a];
    const again = await winner.ok(SIGN_UP, { e: eventId });
    expect(again.signUpForEvent).toMatchObject({ __typename: "EventSignup", event: { seatsLeft: 0, signedUp: true } });
    const listed = await env.anon.ok(`{ memberEvents { edges { node { id seatsLeft signedUpCount signedUp } } } }`);
    expect(listed.memberEvents.edges.map((e: { node: { id: string } }) => e.node)).toContainEqual({
      id: eventId,
      seatsLeft: 0,
      signedUpCount: 1,
      signedUp: null,
    });

    expect((await winner.ok(`mutation($e: ID!) { cancelEventSignup(eventId: $e) }`, { e: eventId })).cancelEventSignup).toBe(true);
    expect((await loser.ok(SIGN_UP, { e: eventId })).signUpForEvent.__typename).toBe("EventSignup");
  });
});

describe("editing member events", () => {
  const CREATE_EVENT = `mutation($i: CreateMemberEventInput!) { createMemberEvent(input: $i) { id } }`;
  const UPDATE_EVENT = `mutation($id: ID!, $i: UpdateMemberEventInput!) { updateMemberEvent(id: $id, input: $i) {
    id title capacity seatsLeft signedUpCount tierIds status startsAt endsAt } }`;
  const SIGNUPS = `query($e: ID!) { memberEventSignups(eventId: $e) { totalCount edges { node { memberId createdAt member { phone } } } } }`;
  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  async function event(storeId: string | null, capacity: number) {
    const created = await marketing.ok(CREATE_EVENT, {
      i: { title: "新品试穿会", storeId, startsAt: hours(24), endsAt: hours(26), capacity },
    });
    return created.createMemberEvent.id as string;
  }

  it("staff see who signed up, change the event, and cancel it (ENDED closes sign-up)", async () => {
    const eventId = await event(env.demo.storeIds.shanghai, 5);
    const [a, b] = await Promise.all([env.asMember("13700000021"), env.asMember("13700000022")]);
    await a.ok(SIGN_UP, { e: eventId });
    await b.ok(SIGN_UP, { e: eventId });
    const listed = (await marketing.ok(SIGNUPS, { e: eventId })).memberEventSignups;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.map((e: { node: { member: { phone: string } } }) => e.node.member.phone)).toEqual(["13700000021", "13700000022"]);
    const managerSh = await env.as("manager.sh");
    expect((await managerSh.ok(SIGNUPS, { e: eventId })).memberEventSignups.totalCount).toBe(2);

    const gold = await env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    const updated = (
      await managerSh.ok(UPDATE_EVENT, { id: eventId, i: { title: "秋冬新品试穿会", capacity: 2, tierIds: [gold.id, gold.id] } })
    ).updateMemberEvent;
    expect(updated).toMatchObject({
      title: "秋冬新品试穿会",
      capacity: 2,
      seatsLeft: 0,
      signedUpCount: 2,
      tierIds: [gold.id],
      status: "ACTIVE",
    });
    const audit = await env.db.auditLog.findFirst({ where: { action: "member_event.update", entityId: eventId } });
    expect(audit).not.toBeNull();

    const cancelled = (await marketing.ok(UPDATE_EVENT, { id: eventId, i: { status: "ENDED", capacity: null } })).updateMemberEvent;
    expect(cancelled).toMatchObject({ status: "ENDED", capacity: null, seatsLeft: null });
    const late = await env.asMember("13700000023");
    expect((await late.ok(SIGN_UP, { e: eventId })).signUpForEvent).toMatchObject({ code: "EVENT_CLOSED" });

    const all = await marketing.ok(`{ memberEvents(includeInactive: true, first: 50) { edges { node { id title tierIds } } } }`);
    const titles = all.memberEvents.edges.map((e: { node: { title: string; tierIds: string[] } }) => [e.node.title, e.node.tierIds]);
    expect(titles).toContainEqual(["秋冬新品穿搭沙龙", []]);
  });

  it("only staff with marketing rights in the event's store change it or read its sign-ups", async () => {
    const eventId = await event(env.demo.storeIds.shanghai, 5);
    const before = await env.db.memberEvent.findUniqueOrThrow({ where: { id: eventId } });
    const managerBj = await env.as("manager.bj");
    expect(TestClient.code(await managerBj.gql(UPDATE_EVENT, { id: eventId, i: { title: "改名" } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await managerBj.gql(SIGNUPS, { e: eventId }))).toBe("FORBIDDEN");
    const cashier = await env.as("cashier.sh");
    expect(TestClient.code(await cashier.gql(UPDATE_EVENT, { id: eventId, i: { title: "改名" } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await cashier.gql(SIGNUPS, { e: eventId }))).toBe("FORBIDDEN");
    const member = await env.asMember("13700000021");
    expect(TestClient.code(await member.gql(SIGNUPS, { e: eventId }))).toBe("FORBIDDEN");
    const merchantWide = await event(null, 5);
    const managerSh = await env.as("manager.sh");
    expect(TestClient.code(await managerSh.gql(UPDATE_EVENT, { id: merchantWide, i: { title: "改名" } }))).toBe("FORBIDDEN");
    expect(await env.db.memberEvent.findUniqueOrThrow({ where: { id: eventId } })).toEqual(before);
  });

  it("a bad window, a capacity below the seats taken or an unknown tier changes nothing", async () => {
    const eventId = await event(env.demo.storeIds.shanghai, 5);
    await (await env.asMember("13700000024")).ok(SIGN_UP, { e: eventId });
    await (await env.asMember("13700000025")).ok(SIGN_UP, { e: eventId });
    const before = await env.db.memberEvent.findUniqueOrThrow({ where: { id: eventId } });
    const field = async (input: Record<string, unknown>) => {
      const res = await marketing.gql(UPDATE_EVENT, { id: eventId, i: input });
      expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
      return res.errors?.[0]?.extensions?.fieldErrors?.[0]?.field;
    };
    expect(await field({ capacity: 1, title: "改名" })).toBe("capacity");
    expect(await field({ endsAt: hours(1) })).toBe("endsAt");
    expect(await field({ startsAt: hours(20), endsAt: hours(-1) })).toBe("endsAt");
    expect(await field({ tierIds: ["no-such-tier"] })).toBe("tierIds");
    expect(await field({ title: "" })).toBe("title");
    expect(TestClient.code(await marketing.gql(UPDATE_EVENT, { id: "no-such-event", i: { title: "x" } }))).toBe("NOT_FOUND");
    expect(await env.db.memberEvent.findUniqueOrThrow({ where: { id: eventId } })).toEqual(before);
  });
});
