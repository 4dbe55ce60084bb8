import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;
const RETURN = `mutation($i: CreateReturnInput!) { createReturn(input: $i) {
  __typename
  ... on ReturnReceipt { replayed return { id number status orderId refundTotal refundMethod pointsReversed pointsClawedBack pointsShortfall pointsRestored
    store { code } lines { orderLineId quantity amount restock sku } refunds { paymentId tender amount status providerReference } } }
  ... on ReturnError { code message orderLineId }
} }`;

let env: TestEnv;
let cashier: TestClient;
let storeId: string;
let registerId: string;
type Item = { variantId: string; price: number };
let items: Item[];

/** Single-price items of ¥10–30 with stock in Shanghai, so a few units stay under the 满减 thresholds. */
async function pickItems(count: number): Promise<Item[]> {
  const levels = await env.db.stockLevel.findMany({
    where: {
      locationId: storeId,
      onHand: { gte: 50 },
      variant: {
        status: "ACTIVE",
        basePrice: { gte: 1000, lt: 3000 },
        product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
        priceOverrides: { none: {} },
        tierPrices: { none: {} },
      },
    },
    select: { variant: { select: { id: true, basePrice: true } } },
    orderBy: { variantId: "asc" },
    take: count,
  });
  return levels.map((l) => ({ variantId: l.variant.id, price: l.variant.basePrice }));
}

const onHand = async (variantId: string, locationId = storeId) =>
  (await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId } } })).onHand;

async function sell(input: Record<string, unknown>, client = cashier) {
  const res = await client.ok(SALE, { i: { clientSaleId: randomUUID(), storeId, registerId, tenders: [], ...input } });
  expect(res.createPosSale.__typename, JSON.stringify(res.createPosSale)).toBe("PosSale");
  return env.db.order.findUniqueOrThrow({
    where: { id: res.createPosSale.orderId },
    include: { lines: { orderBy: { id: "asc" } }, payments: true },
  });
}

function returnInput(
  orderId: string,
  lines: { orderLineId: string; quantity: number; restock?: boolean }[],
  extra: Record<string, unknown> = {},
) {
  return { i: { clientReturnId: randomUUID(), orderId, lines, ...extra } };
}

/** The domain's rule, restated: cumulative floor of the line total by units returned. */
const shareOf = (total: number, part: number, whole: number) => Math.floor((total * part) / whole);

beforeAll(async () => {
  env = await createTestEnv();
  cashier = await env.as("cashier.sh");
  storeId = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } })).id;
  items = await pickItems(6);
  expect(items).toHaveLength(6);
});
afterAll(async () => {
  await env?.close();
});

describe("a member's sale with points and a coupon, returned in two steps", () => {
  const [ia, ib] = [0, 1];
  let member: { id: string; pointsBalance: number };
  let order: Awaited<ReturnType<typeof sell>>;
  let lineA: { id: string; total: number; quantity: number; variantId: string };
  let lineB: { id: string; total: number; quantity: number; variantId: string };
  let pointsAfterSale = 0;
  let couponId = "";

  beforeAll(async () => {
    member = await env.db.member.findFirstOrThrow({ where: { status: "ACTIVE", pointsBalance: { gte: 500 } }, orderBy: { phone: "asc" } });
    const [a, b] = [items[ia], items[ib]] as [Item, Item];
    const subtotal = a.price * 3 + b.price * 2;
    order = await sell({
      memberId: member.id,
      lines: [
        { variantId: a.variantId, quantity: 3 },
        { variantId: b.variantId, quantity: 2 },
      ],
      couponCodes: ["DEMO-COUPON-20"],
      pointsToRedeem: 300,
      tenders: [{ tender: "CASH", amount: subtotal }],
    });
    expect(order.pointsRedeemed).toBe(300);
    expect(order.pointsEarned).toBeGreaterThan(0);
    expect(order.discountTotal).toBeGreaterThanOrEqual(2000);
    lineA = order.lines.find((l) => l.variantId === a.variantId) as typeof lineA;
    lineB = order.lines.find((l) => l.variantId === b.variantId) as typeof lineB;
    pointsAfterSale = (await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).pointsBalance;
    expect(pointsAfterSale).toBe(member.pointsBalance - 300 + order.pointsEarned);
    couponId = (await env.db.coupon.findUniqueOrThrow({ where: { code: "DEMO-COUPON-20" } })).id;
  });

  it("a partial return refunds the exact share, restocks, claws back points in proportion, and keeps the coupon used", async () => {
    const stockBefore = await onHand(lineA.variantId);
    const res = await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: lineA.id, quantity: 1 }], { reason: "尺码不合适" }));
    const r = res.createReturn;
    expect(r.__typename).toBe("ReturnReceipt");
    const refund = shareOf(lineA.total, 1, 3);
    const orderNet = lineA.total + lineB.total;
    const claw = shareOf(order.pointsEarned, refund, orderNet);
    expect(r.return).toMatchObject({
      status: "COMPLETED",
      refundTotal: refund,
      refundMethod: "ORIGINAL",
      pointsReversed: claw,
      pointsClawedBack: claw,
      pointsShortfall: 0,
      pointsRestored: 0,
    });
    expect(r.return.store.code).toBe("SH01");
    expect(r.return.lines).toEqual([expect.objectContaining({ orderLineId: lineA.id, quantity: 1, amount: refund, restock: true })]);
    // Newest money first: cash, never the points payment while cash covers it.
    expect(r.return.refunds).toEqual([expect.objectContaining({ tender: "CASH", amount: refund, status: "SUCCEEDED" })]);

    const after = await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, payments: true } });
    expect(after).toMatchObject({ status: "PARTIALLY_RETURNED", refundedTotal: refund });
    expect(after.lines.find((l) => l.id === lineA.id)?.returnedQuantity).toBe(1);
    expect(after.payments.find((p) => p.tender === "CASH")).toMatchObject({ refundedAmount: refund, status: "PARTIALLY_REFUNDED" });
    expect(await onHand(lineA.variantId)).toBe(stockBefore + 1);
    const movement = await env.db.stockMovement.findFirstOrThrow({ where: { referenceId: r.return.id } });
    expect(movement).toMatchObject({ reason: "RETURN", delta: 1, locationId: storeId });
    expect((await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).pointsBalance).toBe(pointsAfterSale - claw);
    expect(await env.db.pointsEntry.findFirst({ where: { orderId: order.id, reason: "REVERSAL" } })).toMatchObject({ delta: -claw });
    expect(await env.db.coupon.findUniqueOrThrow({ where: { id: couponId } })).toMatchObject({ status: "REDEEMED", orderId: order.id });
    expect(await env.db.auditLog.count({ where: { entityId: r.return.id, action: "return.create" } })).toBe(1);
  });

  it("returning more than is left is a ReturnError and changes nothing", async () => {
    const before = await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    const [returnsBefore, stockBefore] = [await env.db.orderReturn.count(), await onHand(lineA.variantId)];
    const res = await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: lineA.id, quantity: 3 }]));
    expect(res.createReturn).toMatchObject({ __typename: "ReturnError", code: "RETURN_QUANTITY_EXCEEDS", orderLineId: lineA.id });
    expect(await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } })).toEqual(before);
    expect(await env.db.orderReturn.count()).toBe(returnsBefore);
    expect(await onHand(lineA.variantId)).toBe(stockBefore);
    const unknown = await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: "no-such-line", quantity: 1 }]));
    expect(unknown.createReturn).toMatchObject({ __typename: "ReturnError", code: "RETURN_LINE_NOT_FOUND", orderLineId: "no-such-line" });
  });

  it("the full return of the rest refunds exactly what was paid, gives points and the coupon back, and writes off damaged goods", async () => {
    const [stockA, stockB] = [await onHand(lineA.variantId), await onHand(lineB.variantId)];
    const res = await cashier.ok(RETURN, {
      i: {
        clientReturnId: randomUUID(),
        orderNumber: order.number,
        lines: [
          { orderLineId: lineA.id, quantity: 2 },
          { orderLineId: lineB.id, quantity: 2, restock: false },
        ],
      },
    });
    const r = res.createReturn;
    expect(r.__typename).toBe("ReturnReceipt");
    const paid = order.payments.reduce((s, p) => s + p.amount, 0);
    expect(paid).toBe(order.total);
    const after = await env.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(after).toMatchObject({ status: "RETURNED", refundedTotal: order.total });
    expect(after.payments.every((p) => p.status === "REFUNDED" && p.refundedAmount === p.amount)).toBe(true);
    expect(r.return.refunds).toEqual(
      expect.arrayContaining([expect.objectContaining({ tender: "POINTS", amount: 300, status: "SUCCEEDED" })]),
    );
    expect(r.return.pointsRestored).toBe(300);
    expect(await env.db.coupon.findUniqueOrThrow({ where: { id: couponId } })).toMatchObject({
      status: "ISSUED",
      orderId: null,
      redeemedAt: null,
    });
    expect((await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).pointsBalance).toBe(member.pointsBalance);
    // A restocked, B received and written off: on hand unchanged, the ledger says how many.
    expect(await onHand(lineA.variantId)).toBe(stockA + 2);
    expect(await onHand(lineB.variantId)).toBe(stockB);
    const moves = await env.db.stockMovement.findMany({ where: { referenceId: r.return.id, variantId: lineB.variantId } });
    expect(moves.map((m) => [m.reason, m.delta]).sort()).toEqual([
      ["DAMAGE", -2],
      ["RETURN", 2],
    ]);
    const again = await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: lineA.id, quantity: 1 }]));
    expect(again.createReturn).toMatchObject({ __typename: "ReturnError", code: "ORDER_NOT_RETURNABLE" });
  });
});

describe("idempotency and races", () => {
  it("a retry with the same clientReturnId returns the same return, sequentially or concurrently", async () => {
    const a = items[2] as Item;
    const order = await sell({ lines: [{ variantId: a.variantId, quantity: 3 }], tenders: [{ tender: "CASH", amount: a.price * 3 }] });
    const input = returnInput(order.id, [{ orderLineId: order.lines[0]?.id as string, quantity: 1 }]);
    const results = await Promise.all(Array.from({ length: 5 }, () => cashier.ok(RETURN, input)));
    const ids = new Set(results.map((r) => r.createReturn.return?.id));
    expect(ids.size).toBe(1);
    const later = await cashier.ok(RETURN, input);
    expect(later.createReturn).toMatchObject({ __typename: "ReturnReceipt", replayed: true, return: { id: [...ids][0] } });
    expect(await env.db.orderReturn.count({ where: { orderId: order.id } })).toBe(1);
    expect((await env.db.orderLine.findUniqueOrThrow({ where: { id: order.lines[0]?.id } })).returnedQuantity).toBe(1);
    const otherOrder = await sell({ lines: [{ variantId: a.variantId, quantity: 1 }], tenders: [{ tender: "CASH", amount: a.price }] });
    const reused = await cashier.gql(RETURN, {
      i: { ...input.i, orderId: otherOrder.id, lines: [{ orderLineId: otherOrder.lines[0]?.id, quantity: 1 }] },
    });
    expect(TestClient.code(reused)).toBe("CONFLICT");
  });

  it("10 concurrent returns of the last unit of a line: exactly one succeeds", async () => {
    const [a, b] = [items[3], items[4]] as [Item, Item];
    const order = await sell({
      lines: [
        { variantId: a.variantId, quantity: 2 },
        { variantId: b.variantId, quantity: 1 },
      ],
      tenders: [{ tender: "CASH", amount: a.price * 2 + b.price }],
    });
    const lineId = order.lines.find((l) => l.variantId === a.variantId)?.id as string;
    await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: lineId, quantity: 1 }]));
    const stockBefore = await onHand(a.variantId);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: lineId, quantity: 1 }]))),
    );
    const kinds = results.map((r) => r.createReturn.__typename);
    expect(kinds.filter((k) => k === "ReturnReceipt")).toHaveLength(1);
    expect(results.filter((r) => r.createReturn.code === "RETURN_QUANTITY_EXCEEDS")).toHaveLength(9);
    const line = await env.db.orderLine.findUniqueOrThrow({ where: { id: lineId } });
    expect(line.returnedQuantity).toBe(2);
    expect(await onHand(a.variantId)).toBe(stockBefore + 1);
    expect(await env.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "PARTIALLY_RETURNED",
      refundedTotal: line.total,
    });
    expect(await env.db.orderReturn.count({ where: { orderId: order.id } })).toBe(2);
  });
});

describe("refund destinations and tenders", () => {
  it("refunds a cash + WeChat sale newest tender first, through the wallet provider", async () => {
    const a = items[4] as Item;
    const wechat = Math.floor(a.price / 2);
    const order = await sell({
      lines: [{ variantId: a.variantId, quantity: 2 }],
      tenders: [
        { tender: "CASH", amount: a.price * 2 - wechat },
        { tender: "WECHAT_PAY", amount: wechat, authCode: "134567890123456789" },
      ],
    });
    const wx = order.payments.find((p) => p.tender === "WECHAT_PAY");
    const res = await cashier.ok(RETURN, returnInput(order.id, [{ orderLineId: order.lines[0]?.id as string, quantity: 1 }]));
    const refunds = res.createReturn.return.refunds as {
      tender: string;
      amount: number;
      status: string;
      providerReference: string | null;
      paymentId: string;
    }[];
    const share = shareOf(order.lines[0]?.total as number, 1, 2);
    // The wallet (newest) is refunded in full before cash (which alone could cover the share) takes the rest.
    expect(share).toBeGreaterThan(wechat);
    expect(refunds).toHaveLength(2);
    expect(refunds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tender: "WECHAT_PAY", amount: wechat, status: "SUCCEEDED", paymentId: wx?.id }),
        expect.objectContaining({ tender: "CASH", amount: share - wechat, status: "SUCCEEDED" }),
      ]),
    );
    expect(refunds.find((r) => r.tender === "WECHAT_PAY")?.providerReference).toMatch(new RegExp(`^${wx?.providerReference}-R-`));
    expect(await env.db.payment.findUniqueOrThrow({ where: { id: wx?.id } })).toMatchObject({ status: "REFUNDED", refundedAmount: wechat });
  });

  it("an exchange is a return to store credit plus a new sale paid with it", async () => {
    const [a, b] = [items[5], items[0]] as [Item, Item];
    const member = await env.db.member.findFirstOrThrow({ where: { status: "ACTIVE", phone: "13800000007" } });
    const order = await sell({
      memberId: member.id,
      lines: [{ variantId: a.variantId, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: a.price }],
    });
    const creditBefore = (await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).storeCreditBalance;
    const res = await cashier.ok(
      RETURN,
      returnInput(order.id, [{ orderLineId: order.lines[0]?.id as string, quantity: 1 }], { refundTo: "STORE_CREDIT" }),
    );
    expect(res.createReturn.return).toMatchObject({ refundMethod: "STORE_CREDIT", refundTotal: order.total });
    expect(res.createReturn.return.refunds).toEqual([
      expect.objectContaining({ tender: "STORE_CREDIT", amount: order.total, status: "SUCCEEDED" }),
    ]);
    const credited = await env.db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(credited.storeCreditBalance).toBe(creditBefore + order.total);
    expect(await env.db.storeCreditEntry.findFirst({ where: { memberId: member.id, orderId: order.id, reason: "REFUND" } })).toMatchObject({
      delta: order.total,
    });

    // The replacement: a new sale paid with the credit, cash for the difference.
    const fromCredit = Math.min(b.price, credited.storeCreditBalance);
    const tenders = [
      { tender: "STORE_CREDIT", amount: fromCredit },
      ...(b.price > fromCredit ? [{ tender: "CASH", amount: b.price - fromCredit }] : []),
    ];
    const replacement = await sell({ memberId: member.id, lines: [{ variantId: b.variantId, quantity: 1 }], tenders });
    expect(replacement.status).toBe("COMPLETED");
    expect((await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).storeCreditBalance).toBe(
      credited.storeCreditBalance - fromCredit,
    );
  });

  it("store credit needs a member", async () => {
    const a = items[2] as Item;
    const order = await sell({ lines: [{ variantId: a.variantId, quantity: 1 }], tenders: [{ tender: "CASH", amount: a.price }] });
    const res = await cashier.ok(
      RETURN,
      returnInput(order.id, [{ orderLineId: order.lines[0]?.id as string, quantity: 1 }], { refundTo: "STORE_CREDIT" }),
    );
    expect(res.createReturn).toMatchObject({ __typename: "ReturnError", code: "STORE_CREDIT_NEEDS_MEMBER" });
  });
});

describe("who may return what", () => {
  it("a cashier of BJ01 cannot refund an SH01 sale, not even taking the goods back in Beijing", async () => {
    const a = items[2] as Item;
    const order = await sell({ lines: [{ variantId: a.variantId, quantity: 1 }], tenders: [{ tender: "CASH", amount: a.price }] });
    const bj = await env.as("cashier.bj");
    const lines = [{ orderLineId: order.lines[0]?.id as string, quantity: 1 }];
    expect(TestClient.code(await bj.gql(RETURN, returnInput(order.id, lines)))).toBe("FORBIDDEN");
    expect(TestClient.code(await bj.gql(RETURN, returnInput(order.id, lines, { storeId: env.demo.storeIds.beijing })))).toBe("FORBIDDEN");
    expect(TestClient.code(await (await env.as("clerk.wh")).gql(RETURN, returnInput(order.id, lines)))).toBe("FORBIDDEN");
    expect(await env.db.orderReturn.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("training sales and orders that are not completed cannot be returned", async () => {
    const a = items[2] as Item;
    const training = await sell({
      training: true,
      lines: [{ variantId: a.variantId, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: a.price }],
    });
    const res = await cashier.ok(RETURN, returnInput(training.id, [{ orderLineId: training.lines[0]?.id as string, quantity: 1 }]));
    expect(res.createReturn).toMatchObject({ __typename: "ReturnError", code: "ORDER_NOT_RETURNABLE" });
    const shipped = await env.db.order.findFirstOrThrow({ where: { status: "SHIPPED" }, include: { lines: true } });
    const owner = await env.as("owner");
    const refused = await owner.ok(RETURN, returnInput(shipped.id, [{ orderLineId: shipped.lines[0]?.id as string, quantity: 1 }]));
    expect(refused.createReturn).toMatchObject({ __typename: "ReturnError", code: "ORDER_NOT_RETURNABLE" });
  });

  it("validates input: a quantity of 0, a missing order reference, a long reason", async () => {
    const order = await env.db.order.findFirstOrThrow({
      where: { storeId, type: "POS_SALE", status: "COMPLETED", training: false },
      include: { lines: true },
    });
    const line = order.lines[0]?.id as string;
    expect(TestClient.code(await cashier.gql(RETURN, returnInput(order.id, [{ orderLineId: line, quantity: 0 }])))).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(await cashier.gql(RETURN, { i: { clientReturnId: randomUUID(), lines: [{ orderLineId: line, quantity: 1 }] } })),
    ).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(await cashier.gql(RETURN, returnInput(order.id, [{ orderLineId: line, quantity: 1 }], { reason: "x".repeat(201) }))),
    ).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(
        await cashier.gql(
          RETURN,
          returnInput(order.id, [
            { orderLineId: line, quantity: 1 },
            { orderLineId: line, quantity: 1 },
          ]),
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });
});
