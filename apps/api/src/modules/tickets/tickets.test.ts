import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const TICKET_FIELDS = `id subject category status rating orderId store { code } member { phone }
  messages(first: 50) { totalCount edges { node { author body staffName } } }`;
const CREATE = `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ${TICKET_FIELDS} } }`;
const RESULT = `__typename ... on ServiceTicket { id status rating } ... on TicketError { code message status }`;
const REPLY = `mutation($t: ID!, $b: String!) { replyToTicket(ticketId: $t, body: $b) { ${RESULT} } }`;
const STAFF_REPLY = `mutation($t: ID!, $b: String!) { staffReplyToTicket(ticketId: $t, body: $b) { ${RESULT} } }`;
const SET_STATUS = `mutation($t: ID!, $s: TicketStatus!) { setTicketStatus(ticketId: $t, status: $s) { ${RESULT} } }`;
const RATE = `mutation($t: ID!, $r: Int!) { rateTicket(ticketId: $t, rating: $r) { ${RESULT} } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`;
const TICKETS = `query($f: TicketFilter) { tickets(filter: $f, first: 100) { totalCount edges { node { id status store { code } } } } }`;
const MY_TICKETS = `{ myTickets { totalCount edges { node { id subject } } } }`;
const LIVE = `subscription($t: ID!) { ticketMessages(ticketId: $t) { id ticketId author body staffName createdAt } }`;

type Message = { id: string; ticketId: string; author: string; body: string; staffName: string | null };
type Ticket = {
  id: string;
  status: string;
  store: { code: string } | null;
  messages: { totalCount: number; edges: { node: { author: string; body: string; staffName: string | null } }[] };
};

let env: TestEnv;
let member: TestClient;
let otherMember: TestClient;
let managerSh: TestClient;
let managerBj: TestClient;
let owner: TestClient;

const settle = () => new Promise((r) => setTimeout(r, 200));
const result = (data: Record<string, Record<string, unknown>>) => Object.values(data)[0] as Record<string, unknown>;

beforeAll(async () => {
  env = await createTestEnv();
  member = await env.asMember("13740000001");
  otherMember = await env.asMember("13740000002");
  managerSh = await env.as("manager.sh");
  managerBj = await env.as("manager.bj");
  owner = await env.as("owner");
});
afterAll(async () => {
  await env?.close();
});

describe("service tickets", () => {
  let ticketId: string;

  it("member opens a ticket; a staff reply reaches them live; their reply reaches staff; other stores cannot read it", async () => {
    const created = (
      await member.ok<{ createTicket: Ticket }>(CREATE, {
        i: { subject: "衣服尺码不对", body: "买的M码太小了，能换吗？", category: "RETURN_REFUND", storeId: env.demo.storeIds.shanghai },
      })
    ).createTicket;
    ticketId = created.id;
    expect(created).toMatchObject({ status: "OPEN", store: { code: "SH01" }, member: { phone: "13740000001" } });
    expect(created.messages.edges.map((e) => e.node)).toEqual([{ author: "MEMBER", body: "买的M码太小了，能换吗？", staffName: null }]);
    // The opening message's own event is published first, so the live clients below see only what comes after.
    await env.api.services.relay.kick();

    const memberLive = member.subscribe<{ ticketMessages: Message }>(LIVE, { t: ticketId });
    const staffLive = managerSh.subscribe<{ ticketMessages: Message }>(LIVE, { t: ticketId });
    await settle();

    const staffReply = result(await managerSh.ok(STAFF_REPLY, { t: ticketId, b: "可以的，请带小票到店换货。" }));
    expect(staffReply).toMatchObject({ __typename: "ServiceTicket", status: "PENDING" });
    await memberLive.next();
    expect(memberLive.errors).toEqual([]);
    expect(memberLive.events.map((e) => e.ticketMessages)).toEqual([
      expect.objectContaining({ ticketId, author: "STAFF", body: "可以的，请带小票到店换货。", staffName: "陈静" }),
    ]);

    const memberReply = result(await member.ok(REPLY, { t: ticketId, b: "好的，谢谢！" }));
    expect(memberReply).toMatchObject({ __typename: "ServiceTicket", status: "OPEN" });
    await memberLive.next();
    for (let i = 0; i < 20 && staffLive.events.length < 2; i++) await staffLive.next(250);
    expect(staffLive.events.map((e) => [e.ticketMessages.author, e.ticketMessages.body])).toEqual([
      ["STAFF", "可以的，请带小票到店换货。"],
      ["MEMBER", "好的，谢谢！"],
    ]);
    expect(memberLive.events).toHaveLength(2);
    await memberLive.close();
    await staffLive.close();

    expect(await env.db.outboxEvent.count({ where: { topic: "TICKET_MESSAGE" } })).toBe(3);
    const full = (await managerSh.ok<{ ticket: Ticket }>(TICKET, { id: ticketId })).ticket;
    expect(full.messages.edges.map((e) => e.node.author)).toEqual(["MEMBER", "STAFF", "MEMBER"]);

    // Beijing staff: the ticket is another store's.
    expect(TestClient.code(await managerBj.gql(TICKET, { id: ticketId }))).toBe("FORBIDDEN");
    expect(TestClient.code(await managerBj.gql(STAFF_REPLY, { t: ticketId, b: "hi" }))).toBe("FORBIDDEN");
    expect(TestClient.code(await managerBj.gql(SET_STATUS, { t: ticketId, s: "CLOSED" }))).toBe("FORBIDDEN");
    const bjList = (await managerBj.ok<{ tickets: { edges: { node: { id: string } }[] } }>(TICKETS)).tickets;
    expect(bjList.edges.map((e) => e.node.id)).not.toContain(ticketId);
    expect(TestClient.code(await managerBj.gql(TICKETS, { f: { storeId: env.demo.storeIds.shanghai } }))).toBe("FORBIDDEN");
    const peek = managerBj.subscribe(LIVE, { t: ticketId });
    await peek.next();
    expect(peek.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })]);
    await peek.close();

    // Another member: not theirs.
    expect(TestClient.code(await otherMember.gql(TICKET, { id: ticketId }))).toBe("NOT_FOUND");
    expect(TestClient.code(await otherMember.gql(REPLY, { t: ticketId, b: "hi" }))).toBe("NOT_FOUND");
    const snoop = otherMember.subscribe(LIVE, { t: ticketId });
    await snoop.next();
    expect(snoop.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "NOT_FOUND" }) })]);
    await snoop.close();
    expect(TestClient.code(await member.gql(STAFF_REPLY, { t: ticketId, b: "x" }))).toBe("FORBIDDEN");
  });

  it("follows the status rules: resolve, rate once, close, no replies after closing", async () => {
    expect(result(await member.ok(RATE, { t: ticketId, r: 5 }))).toMatchObject({ __typename: "TicketError", code: "TICKET_NOT_RESOLVED" });
    expect(result(await managerSh.ok(SET_STATUS, { t: ticketId, s: "RESOLVED" }))).toMatchObject({ status: "RESOLVED" });
    expect(result(await member.ok(RATE, { t: ticketId, r: 5 }))).toMatchObject({ __typename: "ServiceTicket", rating: 5 });
    expect(result(await member.ok(RATE, { t: ticketId, r: 1 }))).toMatchObject({ code: "ALREADY_RATED", status: "RESOLVED" });
    expect(TestClient.code(await member.gql(RATE, { t: ticketId, r: 6 }))).toBe("BAD_USER_INPUT");
    expect(result(await managerSh.ok(SET_STATUS, { t: ticketId, s: "CLOSED" }))).toMatchObject({ status: "CLOSED" });
    expect(result(await member.ok(REPLY, { t: ticketId, b: "还有一个问题" }))).toMatchObject({ code: "TICKET_CLOSED", status: "CLOSED" });
    expect(result(await managerSh.ok(STAFF_REPLY, { t: ticketId, b: "?" }))).toMatchObject({ code: "TICKET_CLOSED" });
    expect(result(await managerSh.ok(SET_STATUS, { t: ticketId, s: "OPEN" }))).toMatchObject({
      __typename: "TicketError",
      code: "INVALID_STATUS_TRANSITION",
    });
    const audits = await env.db.auditLog.findMany({
      where: { entityType: "ServiceTicket", entityId: ticketId },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "ticket.create",
      "ticket.staffReply",
      "ticket.reply",
      "ticket.setStatus",
      "ticket.rate",
      "ticket.setStatus",
    ]);
  });

  it("tickets without a store are for merchant-wide staff; orders must be the member's own; bodies are limited", async () => {
    const orderOfOther = await env.db.order.findFirstOrThrow({
      where: { memberId: { not: null }, member: { phone: { not: "13740000002" } } },
    });
    const bad = await otherMember.gql(CREATE, { i: { subject: "订单问题", body: "查一下", orderId: orderOfOther.id } });
    expect(TestClient.code(bad)).toBe("BAD_USER_INPUT");
    const long = await otherMember.gql(CREATE, { i: { subject: "太长", body: "长".repeat(2001) } });
    expect(TestClient.code(long)).toBe("BAD_USER_INPUT");

    const general = (
      await otherMember.ok<{ createTicket: Ticket }>(CREATE, { i: { subject: "建议", body: "希望多开几家店", category: "SUGGESTION" } })
    ).createTicket;
    expect(general.store).toBeNull();
    const shList = (await managerSh.ok<{ tickets: { edges: { node: { id: string } }[] } }>(TICKETS)).tickets;
    expect(shList.edges.map((e) => e.node.id)).toEqual([ticketId]);
    expect(TestClient.code(await managerSh.gql(TICKET, { id: general.id }))).toBe("FORBIDDEN");
    const all = (await owner.ok<{ tickets: { totalCount: number } }>(TICKETS, { f: { status: "OPEN" } })).tickets;
    expect(all.totalCount).toBe(1);
    expect(result(await owner.ok(STAFF_REPLY, { t: general.id, b: "感谢建议" }))).toMatchObject({ status: "PENDING" });

    const mine = (await otherMember.ok<{ myTickets: { totalCount: number } }>(MY_TICKETS)).myTickets;
    expect(mine.totalCount).toBe(1);
    expect(TestClient.code(await managerSh.gql(MY_TICKETS))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(MY_TICKETS))).toBe("UNAUTHENTICATED");
  });
});
