import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const PROFILE = `query($id: ID!, $status: CouponStatus, $first: Int! = 50) { member(id: $id) {
  coupons(status: $status, first: $first) { code status validTo orderId orderNumber template { name } }
  tickets { id subject status rating store { code } lastMessage { author body } }
} }`;
const CREATE_TICKET = `mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }`;
const PHONE = "13800000001";

type Profile = {
  coupons: { code: string; status: string; orderId: string | null; orderNumber: string | null; template: { name: string } }[];
  tickets: { id: string; subject: string; store: { code: string } | null; lastMessage: { author: string; body: string } | null }[];
};

let env: TestEnv;
let owner: TestClient;
let memberId: string;
let shTicket: string;
let bjTicket: string;

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  memberId = (await env.db.member.findFirstOrThrow({ where: { phone: PHONE } })).id;
  const member = await env.asMember(PHONE);
  const open = async (subject: string, storeId: string) =>
    (await member.ok(CREATE_TICKET, { i: { subject, body: `${subject}。`, category: "GENERAL", storeId } })).createTicket.id as string;
  shTicket = await open("上海店试衣间太少", env.demo.storeIds.shanghai);
  bjTicket = await open("北京店营业时间", env.demo.storeIds.beijing);
  await (await env.as("manager.sh")).ok(`mutation($t: ID!, $b: String!) { staffReplyToTicket(ticketId: $t, body: $b) { __typename } }`, {
    t: shTicket,
    b: "已反馈给店长，谢谢建议。",
  });
});
afterAll(async () => {
  await env?.close();
});

describe("a member's coupons and tickets on the staff profile", () => {
  it("staff with member:read see the member's coupons (with the order a coupon was redeemed on) and tickets", async () => {
    const order = await env.db.order.findFirstOrThrow({ where: { training: false }, orderBy: { placedAt: "desc" } });
    const held = await env.db.coupon.findMany({ where: { memberId }, orderBy: { issuedAt: "desc" } });
    expect(held.length).toBeGreaterThanOrEqual(2);
    const redeemed = held[0]!;
    await env.db.coupon.update({ where: { id: redeemed.id }, data: { status: "REDEEMED", orderId: order.id, redeemedAt: new Date() } });

    const profile = (await owner.ok<{ member: Profile }>(PROFILE, { id: memberId })).member;
    expect(profile.coupons.map((c) => c.code).sort()).toEqual(held.map((c) => c.code).sort());
    expect(profile.coupons.find((c) => c.code === redeemed.code)).toMatchObject({
      status: "REDEEMED",
      orderId: order.id,
      orderNumber: order.number,
    });
    expect(profile.tickets.map((t) => [t.id, t.store?.code])).toEqual([
      [bjTicket, "BJ01"],
      [shTicket, "SH01"],
    ]);
    expect(profile.tickets.find((t) => t.id === shTicket)?.lastMessage).toEqual({ author: "STAFF", body: "已反馈给店长，谢谢建议。" });
    expect(profile.tickets.find((t) => t.id === bjTicket)?.lastMessage).toEqual({ author: "MEMBER", body: "北京店营业时间。" });

    const onlyRedeemed = (await owner.ok<{ member: Profile }>(PROFILE, { id: memberId, status: "REDEEMED" })).member.coupons;
    expect(onlyRedeemed.map((c) => c.code)).toEqual([redeemed.code]);
  });

  it("a list of members loads every member's coupons in one go, each with their own", async () => {
    const list = await owner.ok(`{ members(first: 30) { edges { node { id coupons { code } } } } }`);
    const nodes = list.members.edges.map((e: { node: { id: string; coupons: { code: string }[] } }) => e.node);
    for (const node of nodes) {
      const codes = (await env.db.coupon.findMany({ where: { memberId: node.id }, select: { code: true } })).map((c) => c.code);
      expect(node.coupons.map((c: { code: string }) => c.code).sort()).toEqual(codes.sort());
    }
  });

  it("store-scoped staff see the tickets of their stores only; staff without member:read get nothing", async () => {
    const manager = (await (await env.as("manager.sh")).ok<{ member: Profile }>(PROFILE, { id: memberId })).member;
    expect(manager.tickets.map((t) => t.id)).toEqual([shTicket]);
    expect(manager.coupons.length).toBeGreaterThan(0);
    const cashierBj = (await (await env.as("cashier.bj")).ok<{ member: Profile }>(PROFILE, { id: memberId })).member;
    expect(cashierBj.tickets.map((t) => t.id)).toEqual([bjTicket]);
    expect(TestClient.code(await (await env.as("clerk.wh")).gql(PROFILE, { id: memberId }))).toBe("FORBIDDEN");
  });

  it("a member never reads coupons or tickets through the Member type (only through myCoupons / myTickets)", async () => {
    const member = await env.asMember(PHONE);
    const own = await member.ok(`{ myProfile { coupons { code } tickets { id } } }`);
    expect(own.myProfile).toEqual({ coupons: null, tickets: null });
    expect(TestClient.code(await member.gql(PROFILE, { id: memberId }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(PROFILE, { id: memberId }))).toBe("UNAUTHENTICATED");
  });

  it("rejects a page size out of range", async () => {
    const tooMany = await owner.gql(PROFILE, { id: memberId, first: 500 });
    expect(TestClient.code(tooMany)).toBe("BAD_USER_INPUT");
    expect(tooMany.data?.member?.coupons).toBeNull();
  });
});
