import { randomUUID } from "node:crypto";
import { planReturn } from "@o2o/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { ReturnRejected } from "./return-failure.ts";
import { loadReturnSnapshot, planInput } from "./return-snapshot.ts";
import { applyReturn } from "./return.writer.ts";

const RESULT = `__typename
  ... on ReturnReceipt { replayed return { id number status storeId: store { id } refundTotal pointsReversed pointsClawedBack pointsShortfall
    lines { orderLineId quantity amount restock } refunds { tender amount status providerReference } } }
  ... on ReturnError { code message orderLineId }`;
const REQUEST = `mutation($i: RequestReturnInput!) { requestReturn(input: $i) { ${RESULT} } }`;
const APPROVE = `mutation($i: ApproveReturnInput!) { approveReturn(input: $i) { ${RESULT} } }`;
const REJECT = `mutation($i: RejectReturnInput!) { rejectReturn(input: $i) { ${RESULT} } }`;
const CREATE = `mutation($i: CreateReturnInput!) { createReturn(input: $i) { ${RESULT} } }`;
const RETRY = `mutation($id: ID!) { retryRefund(refundId: $id) { id status providerReference } }`;
const ORDER_RETURNS = `query($id: ID!) { orderReturns(orderId: $id) { id number status refundTotal lines { quantity } } }`;
const RETURNS = `query($f: ReturnsFilter, $first: Int, $after: String) { returns(filter: $f, first: $first, after: $after) {
  totalCount edges { node { id status store { code } } } pageInfo { hasNextPage endCursor } } }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code } } }`;

let env: TestEnv;
let owner: TestClient;
type OnlineOrder = {
  id: string;
  memberId: string;
  phone: string;
  lines: { id: string; quantity: number; variantId: string; total: number }[];
};

/** Completed online orders of members with at least two units, not returned yet. */
async function onlineOrders(): Promise<OnlineOrder[]> {
  const orders = await env.db.order.findMany({
    where: { type: "DELIVERY", status: { in: ["COMPLETED", "DELIVERED"] }, memberId: { not: null }, refundedTotal: 0, training: false },
    include: { lines: { orderBy: { id: "asc" } }, member: { select: { phone: true } } },
    orderBy: { number: "asc" },
  });
  return orders
    .filter((o) => o.lines.reduce((s, l) => s + l.quantity, 0) >= 2)
    .map((o) => ({ id: o.id, memberId: o.memberId as string, phone: o.member?.phone as string, lines: o.lines }));
}

const request = (orderId: string, lines: { orderLineId: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  i: { clientReturnId: randomUUID(), orderId, lines, ...extra },
});

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
});
afterAll(async () => {
  await env?.close();
});

describe("a member's return request for an online order", () => {
  let order: OnlineOrder;
  let member: TestClient;
  let returnId = "";

  beforeAll(async () => {
    const orders = await onlineOrders();
    order = orders[0] as OnlineOrder;
    expect(order).toBeDefined();
    member = await env.asMember(order.phone);
  });

  it("is recorded REQUESTED at the warehouse and changes nothing else", async () => {
    const line = order.lines[0] as OnlineOrder["lines"][number];
    const before = await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, payments: true } });
    const res = await member.ok(REQUEST, request(order.id, [{ orderLineId: line.id, quantity: 1 }], { reason: "质量问题" }));
    expect(res.requestReturn).toMatchObject({
      __typename: "ReturnReceipt",
      return: { status: "REQUESTED", storeId: { id: env.demo.storeIds.warehouse } },
    });
    returnId = res.requestReturn.return.id;
    expect(await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, payments: true } })).toEqual(before);
    const seen = await member.ok(ORDER_RETURNS, { id: order.id });
    expect(seen.orderReturns).toEqual([expect.objectContaining({ id: returnId, status: "REQUESTED" })]);
  });

  it("cannot ask for more units than are left, counting undecided requests", async () => {
    const line = order.lines[0] as OnlineOrder["lines"][number];
    const res = await member.ok(REQUEST, request(order.id, [{ orderLineId: line.id, quantity: line.quantity }]));
    expect(res.requestReturn).toMatchObject({ __typename: "ReturnError", code: "RETURN_QUANTITY_EXCEEDS", orderLineId: line.id });
  });

  it("another member cannot request it or read its returns; a till sale cannot be requested", async () => {
    const other = await env.asMember("13900009999");
    const line = order.lines[0] as OnlineOrder["lines"][number];
    expect(TestClient.code(await other.gql(REQUEST, request(order.id, [{ orderLineId: line.id, quantity: 1 }])))).toBe("NOT_FOUND");
    expect(TestClient.code(await other.gql(ORDER_RETURNS, { id: order.id }))).toBe("NOT_FOUND");
    const pos = await env.db.order.findFirstOrThrow({ where: { type: "POS_SALE", status: "COMPLETED" }, include: { lines: true } });
    await env.db.order.update({ where: { id: pos.id }, data: { memberId: order.memberId } });
    const res = await member.ok(REQUEST, request(pos.id, [{ orderLineId: pos.lines[0]?.id as string, quantity: 1 }]));
    expect(res.requestReturn).toMatchObject({ __typename: "ReturnError", code: "ORDER_NOT_RETURNABLE" });
  });

  it("a cashier of a shop cannot approve it; the owner approves: wallet refund, warehouse restock, order partially returned", async () => {
    const cashier = await env.as("cashier.sh");
    expect(TestClient.code(await cashier.gql(APPROVE, { i: { returnId } }))).toBe("FORBIDDEN");
    const line = order.lines[0] as OnlineOrder["lines"][number];
    const wh = env.demo.storeIds.warehouse;
    const stock = await env.db.stockLevel.findUnique({ where: { variantId_locationId: { variantId: line.variantId, locationId: wh } } });
    const res = await owner.ok(APPROVE, { i: { returnId } });
    const r = res.approveReturn;
    expect(r).toMatchObject({
      __typename: "ReturnReceipt",
      return: { status: "COMPLETED", refundTotal: Math.floor(line.total / line.quantity) },
    });
    expect(r.return.refunds).toHaveLength(1);
    expect(r.return.refunds[0]).toMatchObject({ status: "SUCCEEDED", amount: r.return.refundTotal });
    expect(["WECHAT_PAY", "ALIPAY"]).toContain(r.return.refunds[0].tender);
    expect(
      (await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId: line.variantId, locationId: wh } } }))
        .onHand,
    ).toBe((stock?.onHand ?? 0) + 1);
    const after = await env.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "PARTIALLY_RETURNED", refundedTotal: r.return.refundTotal });
    const twice = await owner.ok(APPROVE, { i: { returnId } });
    expect(twice.approveReturn).toMatchObject({ __typename: "ReturnError", code: "RETURN_NOT_PENDING" });
  });

  it("a second request is rejected: nothing moves", async () => {
    const line = order.lines.find((l) => l.quantity > 1) ?? (order.lines[1] as OnlineOrder["lines"][number]);
    const res = await member.ok(REQUEST, request(order.id, [{ orderLineId: line.id, quantity: 1 }]));
    expect(res.requestReturn.__typename).toBe("ReturnReceipt");
    const id = res.requestReturn.return.id;
    const rejected = await owner.ok(REJECT, { i: { returnId: id, note: "超过7天无理由退货期" } });
    expect(rejected.rejectReturn).toMatchObject({ __typename: "ReturnReceipt", return: { status: "REJECTED" } });
    expect((await env.db.orderLine.findUniqueOrThrow({ where: { id: line.id } })).returnedQuantity).toBe(
      line.id === order.lines[0]?.id ? 1 : 0,
    );
    const approve = await owner.ok(APPROVE, { i: { returnId: id } });
    expect(approve.approveReturn).toMatchObject({ __typename: "ReturnError", code: "RETURN_NOT_PENDING" });
  });
});

describe("points, refunds and lists", () => {
  it("a claw-back never takes the balance below zero; the shortfall is recorded", async () => {
    const storeId = env.demo.storeIds.shanghai;
    const registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } })).id;
    const variant = await env.db.stockLevel.findFirstOrThrow({
      where: {
        locationId: storeId,
        onHand: { gte: 20 },
        variant: { status: "ACTIVE", basePrice: { gte: 2000, lt: 5000 }, priceOverrides: { none: {} }, tierPrices: { none: {} } },
      },
      include: { variant: true },
      orderBy: { variantId: "asc" },
    });
    const memberRow = await env.db.member.findFirstOrThrow({ where: { phone: "13800000011" } });
    const cashier = await env.as("cashier.sh");
    const sale = await cashier.ok(SALE, {
      i: {
        clientSaleId: randomUUID(),
        storeId,
        registerId,
        memberId: memberRow.id,
        lines: [{ variantId: variant.variantId, quantity: 1 }],
        tenders: [{ tender: "CASH", amount: variant.variant.basePrice }],
      },
    });
    const order = await env.db.order.findUniqueOrThrow({ where: { id: sale.createPosSale.orderId }, include: { lines: true } });
    expect(order.pointsEarned).toBeGreaterThan(0);
    await env.db.member.update({ where: { id: memberRow.id }, data: { pointsBalance: 5 } }); // the member spent the points meanwhile
    const res = await cashier.ok(CREATE, {
      i: { clientReturnId: randomUUID(), orderId: order.id, lines: [{ orderLineId: order.lines[0]?.id, quantity: 1 }] },
    });
    expect(res.createReturn.return).toMatchObject({
      pointsReversed: order.pointsEarned,
      pointsClawedBack: 5,
      pointsShortfall: order.pointsEarned - 5,
    });
    expect((await env.db.member.findUniqueOrThrow({ where: { id: memberRow.id } })).pointsBalance).toBe(0);
    const entry = await env.db.pointsEntry.findFirstOrThrow({ where: { orderId: order.id, reason: "REVERSAL" } });
    expect(entry).toMatchObject({ delta: -5, balanceAfter: 0 });
  });

  it("the conditional update refuses a plan made from a stale read, even without the order lock", async () => {
    const [target] = await onlineOrders();
    const t = target as OnlineOrder;
    const line = t.lines[0] as OnlineOrder["lines"][number];
    await env.db.orderLine.update({ where: { id: line.id }, data: { returnedQuantity: line.quantity } }); // someone else returned it all
    const snapshot = await env.db.$transaction((tx) => loadReturnSnapshot(tx, env.demo.merchantId, t.id));
    const stale = { ...snapshot!, lines: snapshot!.lines.map((l) => ({ ...l, returnedQuantity: 0 })) };
    const plan = planReturn(planInput(stale, [{ orderLineId: line.id, quantity: 1 }], "ORIGINAL"));
    if (!plan.ok) throw new Error(plan.message);
    const attempt = env.db.$transaction((tx) =>
      applyReturn(tx, {
        snapshot: stale,
        plan,
        newStatus: "PARTIALLY_RETURNED",
        returnId: randomUUID(),
        returnNumber: "R-TEST",
        goods: [{ orderLineId: line.id, quantity: 1, restock: true }],
        locationId: env.demo.storeIds.warehouse,
        actorId: null,
        cardReference: null,
        pointsValidityDays: 365,
        at: new Date(),
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ReturnRejected);
    await expect(attempt).rejects.toMatchObject({ failure: { code: "RETURN_QUANTITY_EXCEEDS" } });
    expect(await env.db.order.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ refundedTotal: 0 });
  });

  it("a FAILED wallet refund can be retried once it is fixed; a settled one cannot", async () => {
    const refund = await env.db.refund.findFirstOrThrow({ where: { tender: { in: ["WECHAT_PAY", "ALIPAY"] }, status: "SUCCEEDED" } });
    await env.db.refund.update({ where: { id: refund.id }, data: { status: "FAILED", providerReference: null } });
    const retried = await owner.ok(RETRY, { id: refund.id });
    expect(retried.retryRefund).toMatchObject({ id: refund.id, status: "SUCCEEDED" });
    expect(retried.retryRefund.providerReference).toContain(`-R-${refund.id}`);
    expect(TestClient.code(await owner.gql(RETRY, { id: refund.id }))).toBe("CONFLICT");
    expect(TestClient.code(await (await env.as("cashier.bj")).gql(RETRY, { id: refund.id }))).toBe("FORBIDDEN");
  });

  it("lists returns store-scoped, filtered and paged", async () => {
    const all = await owner.ok(RETURNS, { first: 100 });
    expect(all.returns.totalCount).toBeGreaterThanOrEqual(3);
    const requested = await owner.ok(RETURNS, { f: { status: "REJECTED" } });
    expect(requested.returns.edges.every((e: { node: { status: string } }) => e.node.status === "REJECTED")).toBe(true);
    const page = await owner.ok(RETURNS, { first: 1 });
    expect(page.returns.pageInfo.hasNextPage).toBe(true);
    const next = await owner.ok(RETURNS, { first: 1, after: page.returns.pageInfo.endCursor });
    expect(next.returns.edges[0].node.id).not.toBe(page.returns.edges[0].node.id);
    const bj = await (await env.as("manager.bj")).ok(RETURNS, { first: 100 });
    expect(bj.returns.totalCount).toBe(0);
    const sh = await (await env.as("manager.sh")).ok(RETURNS, { first: 100 });
    expect(sh.returns.edges.every((e: { node: { store: { code: string } } }) => e.node.store.code === "SH01")).toBe(true);
    expect(sh.returns.totalCount).toBeGreaterThan(0);
    expect(TestClient.code(await (await env.as("manager.bj")).gql(RETURNS, { f: { storeId: env.demo.storeIds.shanghai } }))).toBe(
      "FORBIDDEN",
    );
  });
});
