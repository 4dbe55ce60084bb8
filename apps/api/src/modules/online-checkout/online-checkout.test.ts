import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import {
  ADD,
  CANCEL,
  CART,
  CHECKOUT,
  checkedOut,
  deliveryInput,
  type Item,
  memberClient,
  ORDER_UPDATED,
  PAYMENT_UPDATED,
  pickItems,
  postNotification,
  SET_COUPONS,
  SET_POINTS,
  setStock,
  SIMULATE,
  stockOf,
  waitFor,
} from "./online-test-fixtures.ts";

let env: TestEnv;
let warehouse: string;
let items: Item[];

const paymentOf = (orderId: string) => env.db.payment.findFirstOrThrow({ where: { orderId, tender: { in: ["WECHAT_PAY", "ALIPAY"] } } });

beforeAll(async () => {
  env = await createTestEnv();
  warehouse = env.demo.storeIds.warehouse;
  items = await pickItems(env, warehouse, 6, { minPrice: 3000 });
  for (const i of items) await setStock(env, i.variantId, warehouse, 100);
});
afterAll(async () => {
  await env?.close();
});

describe("online checkout", () => {
  it("asks guests to sign in first", async () => {
    const [a] = items as [Item];
    const guest = (await env.anon.ok(ADD, { v: a.variantId, q: 1 })).addToCart;
    const res = await env.anon.gql(CHECKOUT, { i: deliveryInput({ guestToken: guest.guestToken }) });
    expect(TestClient.code(res)).toBe("UNAUTHENTICATED");
    expect(await stockOf(env, a.variantId, warehouse)).toMatchObject({ reserved: 0 });
  });

  it("reserves stock, opens a QR payment, and replays a retry without reserving twice", async () => {
    const [a, b] = items as [Item, Item];
    const member = await memberClient(env, "13922220001");
    await member.ok(ADD, { v: a.variantId, q: 2 });
    await member.ok(ADD, { v: b.variantId, q: 1 });
    const input = deliveryInput();
    const first = (await member.ok(CHECKOUT, { i: input })).checkout;
    expect(first).toMatchObject({
      __typename: "OnlineCheckout",
      orderStatus: "PENDING_PAYMENT",
      total: a.price * 2 + b.price,
      replayed: false,
    });
    expect(first.orderNumber).toMatch(/^W\d{13}$/);
    expect(first.order).toEqual({ id: first.orderId, status: "PENDING_PAYMENT", total: first.total });
    expect(first.payment).toMatchObject({ tender: "WECHAT_PAY", amount: first.total, status: "PENDING" });
    expect(first.payment.qrPayload).toBe(`weixin://wxpay/bizpayurl?pr=${first.payment.providerReference}`);
    expect(new Date(first.reservationExpiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await stockOf(env, a.variantId, warehouse)).toEqual({ onHand: 100, reserved: 2, available: 98 });

    const order = await env.db.order.findUniqueOrThrow({ where: { id: first.orderId }, include: { fulfilments: true, lines: true } });
    expect(order).toMatchObject({ type: "DELIVERY", status: "PENDING_PAYMENT", storeId: warehouse, paidTotal: 0 });
    expect(order.fulfilments[0]).toMatchObject({
      type: "DELIVERY",
      status: "PENDING",
      pickupCode: null,
      address: expect.objectContaining({ phone: "13800009999", recipient: "张三" }),
    });
    const moves = await env.db.stockMovement.findMany({ where: { referenceId: order.id } });
    expect(moves.map((m) => [m.reason, m.delta, m.reservedDelta]).sort()).toEqual([
      ["RESERVE", 0, 1],
      ["RESERVE", 0, 2],
    ]);
    expect((await member.ok(CART, {})).cart.itemCount).toBe(0);

    const again = (await member.ok(CHECKOUT, { i: input })).checkout;
    expect(again).toMatchObject({
      orderId: first.orderId,
      replayed: true,
      payment: { id: first.payment.id, qrPayload: first.payment.qrPayload },
    });
    expect(await stockOf(env, a.variantId, warehouse)).toMatchObject({ reserved: 2 });
    const changed = await member.gql(CHECKOUT, { i: { ...input, paymentMethod: "ALIPAY" } });
    expect(TestClient.code(changed)).toBe("CONFLICT");
  });

  it("settles a paid order from the signed webhook: stock committed, points earned, subscribers told", async () => {
    const [, , c] = items as [Item, Item, Item];
    const { member, checkout } = await checkedOut(env, "13922220002", [{ variantId: c.variantId, quantity: 3 }]);
    const before = await env.db.member.findFirstOrThrow({ where: { phone: "13922220002" } });
    const sub = member.subscribe(PAYMENT_UPDATED, { o: checkout.orderId });
    await new Promise((r) => setTimeout(r, 200));

    const paid = (await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" })).simulateWalletPayment;
    expect(paid).toMatchObject({ httpStatus: 200, outcome: "PAID" });
    const order = await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } });
    expect(order).toMatchObject({ status: "PAID", paidTotal: order.total });
    expect(order.pointsEarned).toBe(Math.floor(order.total / 100));
    expect(await stockOf(env, c.variantId, warehouse)).toEqual({ onHand: 97, reserved: 0, available: 97 });
    const sale = await env.db.stockMovement.findFirstOrThrow({ where: { referenceId: order.id, reason: "SALE" } });
    expect(sale).toMatchObject({ delta: -3, reservedDelta: -3, onHandAfter: 97 });
    const after = await env.db.member.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.pointsBalance).toBe(before.pointsBalance + order.pointsEarned);
    expect(after.lifetimeSpend).toBe(before.lifetimeSpend + order.total);
    expect((await paymentOf(order.id)).status).toBe("SUCCEEDED");

    await waitFor(() => sub.events.some((e) => e.paymentUpdated.status === "SUCCEEDED"));
    expect(sub.errors).toEqual([]);
    expect(sub.events.map((e) => e.paymentUpdated.status)).toContain("SUCCEEDED");
    await sub.close();

    const stranger = await memberClient(env, "13922220099");
    expect(TestClient.code(await stranger.gql(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" }))).toBe("NOT_FOUND");
    const peek = stranger.subscribe(PAYMENT_UPDATED, { o: checkout.orderId });
    await peek.next();
    expect(peek.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })]);
    await peek.close();
  });

  it("answers a forged notification with 401 and changes nothing", async () => {
    const [d] = items.slice(3) as [Item];
    const { checkout } = await checkedOut(env, "13922220003", [{ variantId: d.variantId, quantity: 1 }]);
    const payment = await paymentOf(checkout.orderId);
    const ref = { provider: payment.provider, providerReference: payment.providerReference ?? "", amount: payment.amount };
    const forged = await postNotification(env, ref, "SUCCEEDED", { signature: "0".repeat(64) });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const unsigned = await fetch(`${env.api.url.replace(/\/graphql$/, "")}/webhooks/payments/${payment.provider}`, {
      method: "POST",
      body: "{}",
    });
    expect(unsigned.status).toBe(401);
    expect((await paymentOf(checkout.orderId)).status).toBe("PENDING");
    expect((await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).status).toBe("PENDING_PAYMENT");
    expect(await env.db.paymentNotification.count({ where: { providerReference: ref.providerReference } })).toBe(0);
  });

  it("pays once and grants points once when the same notification arrives twice at the same time; a later FAILED is ignored", async () => {
    const [, , , , e] = items as [Item, Item, Item, Item, Item];
    const { checkout } = await checkedOut(env, "13922220004", [{ variantId: e.variantId, quantity: 1 }]);
    const payment = await paymentOf(checkout.orderId);
    const ref = { provider: payment.provider, providerReference: payment.providerReference ?? "", amount: payment.amount };
    const eventId = randomUUID();
    const both = await Promise.all([
      postNotification(env, ref, "SUCCEEDED", { eventId }),
      postNotification(env, ref, "SUCCEEDED", { eventId }),
    ]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.body.outcome).sort()).toEqual(["DUPLICATE", "PAID"]);
    expect(await env.db.pointsEntry.count({ where: { orderId: checkout.orderId, reason: "EARN" } })).toBe(1);
    expect((await env.db.stockMovement.findMany({ where: { referenceId: checkout.orderId, reason: "SALE" } })).length).toBe(1);

    const late = await postNotification(env, ref, "FAILED");
    expect(late.body.outcome).toBe("IGNORED");
    expect((await paymentOf(checkout.orderId)).status).toBe("SUCCEEDED");
    expect((await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).status).toBe("PAID");
  });

  it("records a failed payment as an exception and keeps the order waiting", async () => {
    const [a] = items as [Item];
    const { member, checkout } = await checkedOut(env, "13922220005", [{ variantId: a.variantId, quantity: 1 }]);
    const failed = (await member.ok(SIMULATE, { p: checkout.payment.id, o: "FAILED" })).simulateWalletPayment;
    expect(failed.outcome).toBe("FAILED");
    expect((await paymentOf(checkout.orderId)).status).toBe("FAILED");
    expect(
      await env.db.exceptionLog.count({ where: { kind: "PAYMENT_FAILED", details: { path: ["orderId"], equals: checkout.orderId } } }),
    ).toBe(1);
    expect((await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).status).toBe("PENDING_PAYMENT");
  });

  it("marks a coupon used only when the order is paid", async () => {
    const [b] = items.slice(1) as [Item];
    const member = await memberClient(env, "13922220006");
    await member.ok(ADD, { v: b.variantId, q: 1 });
    await member.ok(SET_COUPONS, { c: ["DEMO-COUPON-20"] });
    const checkout = (await member.ok(CHECKOUT, { i: deliveryInput() })).checkout;
    expect(checkout.total).toBe(b.price - 2000);
    const coupon = () => env.db.coupon.findUniqueOrThrow({ where: { code: "DEMO-COUPON-20" } });
    expect((await coupon()).status).toBe("ISSUED");
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });
    expect(await coupon()).toMatchObject({ status: "REDEEMED", orderId: checkout.orderId });
  });

  it("deducts redeemed points at checkout and gives them back when the member cancels", async () => {
    const [c] = items.slice(2) as [Item];
    const phone = "13800000004";
    const member = await memberClient(env, phone);
    const balance = (await env.db.member.findFirstOrThrow({ where: { phone } })).pointsBalance;
    await member.ok(ADD, { v: c.variantId, q: 1 });
    await member.ok(SET_POINTS, { p: 200 });
    const checkout = (await member.ok(CHECKOUT, { i: deliveryInput() })).checkout;
    // This member's tier gets 10% off: the server's price, not the list price, is what points pay part of.
    expect(checkout).toMatchObject({ pointsRedeemed: 200, payment: { amount: checkout.total - 200 } });
    expect(checkout.total).toBeLessThan(c.price);
    expect((await env.db.member.findFirstOrThrow({ where: { phone } })).pointsBalance).toBe(balance - 200);
    const reserved = (await stockOf(env, c.variantId, warehouse)).reserved;

    const cancelled = (await member.ok(CANCEL, { o: checkout.orderId, r: "changed my mind" })).cancelOrder;
    expect(cancelled).toMatchObject({ __typename: "OrderCancellation", orderStatus: "CANCELLED", pointsReturned: 200, refunded: 0 });
    expect((await env.db.member.findFirstOrThrow({ where: { phone } })).pointsBalance).toBe(balance);
    expect((await stockOf(env, c.variantId, warehouse)).reserved).toBe(reserved - 1);
    expect((await paymentOf(checkout.orderId)).status).toBe("CANCELLED");
    const again = (await member.ok(CANCEL, { o: checkout.orderId, r: "again" })).cancelOrder;
    expect(again).toMatchObject({ __typename: "OrderStateError", code: "INVALID_TRANSITION", currentOrderStatus: "CANCELLED" });
  });

  it("refunds a paid order the member cancels before the store starts, and puts the goods back", async () => {
    const [d] = items.slice(3) as [Item];
    const { member, checkout } = await checkedOut(env, "13922220007", [{ variantId: d.variantId, quantity: 2 }]);
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });
    const stock = await stockOf(env, d.variantId, warehouse);
    const stranger = await memberClient(env, "13922220098");
    expect(TestClient.code(await stranger.gql(CANCEL, { o: checkout.orderId, r: "x" }))).toBe("NOT_FOUND");
    const cancelled = (await member.ok(CANCEL, { o: checkout.orderId, r: "ordered twice" })).cancelOrder;
    expect(cancelled).toMatchObject({ orderStatus: "CANCELLED", refunded: checkout.payment.amount, refundFailed: false });
    expect(await stockOf(env, d.variantId, warehouse)).toMatchObject({ onHand: stock.onHand + 2, reserved: stock.reserved });
    expect(await paymentOf(checkout.orderId)).toMatchObject({ status: "REFUNDED", refundedAmount: checkout.payment.amount });
    expect(await env.db.refund.count({ where: { orderId: checkout.orderId, status: "SUCCEEDED" } })).toBe(1);
    expect(await env.db.pointsEntry.count({ where: { orderId: checkout.orderId, reason: "REVERSAL" } })).toBe(1);
  });

  it("expires unpaid reservations; a payment arriving after that is refunded", async () => {
    const [e] = items.slice(4) as [Item];
    const { checkout } = await checkedOut(env, "13922220008", [{ variantId: e.variantId, quantity: 2 }]);
    const reserved = (await stockOf(env, e.variantId, warehouse)).reserved;
    expect(await env.api.services.orderCancellation.sweepExpiredReservations(new Date())).toBe(0);
    const swept = await env.api.services.orderCancellation.sweepExpiredReservations(new Date(Date.now() + 16 * 60_000));
    expect(swept).toBeGreaterThanOrEqual(1);
    expect((await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).status).toBe("CANCELLED");
    expect((await stockOf(env, e.variantId, warehouse)).reserved).toBe(reserved - 2);
    expect(await env.db.stockMovement.count({ where: { referenceId: checkout.orderId, reason: "RELEASE", reservedDelta: -2 } })).toBe(1);
    expect((await paymentOf(checkout.orderId)).status).toBe("CANCELLED");

    const payment = await paymentOf(checkout.orderId);
    const late = await postNotification(
      env,
      { provider: payment.provider, providerReference: payment.providerReference ?? "", amount: payment.amount },
      "SUCCEEDED",
    );
    expect(late.body.outcome).toBe("REFUNDED");
    expect(await paymentOf(checkout.orderId)).toMatchObject({ status: "REFUNDED", refundedAmount: payment.amount });
    expect((await env.db.order.findUniqueOrThrow({ where: { id: checkout.orderId } })).status).toBe("CANCELLED");
    expect((await stockOf(env, e.variantId, warehouse)).reserved).toBe(reserved - 2);
  });

  it("never shows subscribers an order from a checkout that rolled back", async () => {
    const [f] = items.slice(5) as [Item];
    const member = await memberClient(env, "13922220009");
    const sub = member.subscribe(ORDER_UPDATED, {});
    await new Promise((r) => setTimeout(r, 200));
    await setStock(env, f.variantId, warehouse, 1);
    await member.ok(ADD, { v: f.variantId, q: 2 });
    const short = (await member.ok(CHECKOUT, { i: deliveryInput() })).checkout;
    expect(short).toMatchObject({ __typename: "OutOfStockError", code: "INSUFFICIENT_STOCK", variantId: f.variantId, available: 1 });
    expect(await stockOf(env, f.variantId, warehouse)).toMatchObject({ reserved: 0 });
    expect(await env.db.order.count({ where: { member: { phone: "13922220009" } } })).toBe(0);

    await setStock(env, f.variantId, warehouse, 5);
    const placed = (await member.ok(CHECKOUT, { i: deliveryInput() })).checkout;
    expect(placed.__typename).toBe("OnlineCheckout");
    await waitFor(() => sub.events.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.errors).toEqual([]);
    expect(sub.events.map((e) => e.orderUpdated.orderId)).toEqual([placed.orderId]);
    await sub.close();

    const staff = await env.as("cashier.sh");
    const denied = staff.subscribe(ORDER_UPDATED, { s: warehouse });
    await denied.next();
    expect(denied.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })]);
    await denied.close();
    const anonymous = env.anon.subscribe(ORDER_UPDATED, {});
    await anonymous.next();
    expect(anonymous.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) })]);
    await anonymous.close();
  });
});
