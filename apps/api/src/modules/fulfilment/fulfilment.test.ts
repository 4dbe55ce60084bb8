import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import {
  CANCEL,
  checkedOut,
  deliveryInput,
  type Item,
  ORDER_UPDATED,
  pickItems,
  pickupInput,
  SIMULATE,
  setStock,
  stockOf,
  waitFor,
} from "../online-checkout/online-test-fixtures.ts";

const RESULT = `__typename
  ... on FulfilmentProgress { orderId orderStatus fulfilmentType fulfilmentStatus carrier trackingNumber shippedAt deliveredAt readyAt collectedAt order { id status } }
  ... on ErrorResult { code message }
  ... on OrderStateError { currentOrderStatus currentFulfilmentStatus }`;
const START = `mutation($o: ID!) { startPicking(orderId: $o) { ${RESULT} } }`;
const PACK = `mutation($o: ID!) { markPacked(orderId: $o) { ${RESULT} } }`;
const SHIP = `mutation($o: ID!, $c: String!, $t: String!) { shipOrder(orderId: $o, carrier: $c, trackingNumber: $t) { ${RESULT} } }`;
const DELIVERED = `mutation($o: ID!) { markDelivered(orderId: $o) { ${RESULT} } }`;
const TRACK = `mutation($o: ID!, $s: String!, $d: String!, $l: String) { addTrackingEvent(orderId: $o, status: $s, description: $d, location: $l) { ${RESULT} } }`;
const READY = `mutation($o: ID!) { markReadyForPickup(orderId: $o) { ${RESULT} } }`;
const COLLECT = `mutation($o: ID!, $c: String!) { collectOrder(orderId: $o, pickupCode: $c) { ${RESULT} } }`;

let env: TestEnv;
let shanghai: string;
let warehouse: string;
let shopItem: Item;
let whItem: Item;
let manager: TestClient;
let clerk: TestClient;

beforeAll(async () => {
  env = await createTestEnv();
  shanghai = env.demo.storeIds.shanghai;
  warehouse = env.demo.storeIds.warehouse;
  [shopItem] = (await pickItems(env, shanghai, 1, { minPrice: 1000 })) as [Item];
  [whItem] = (await pickItems(env, warehouse, 1, { minPrice: 1000 })) as [Item];
  await setStock(env, shopItem.variantId, shanghai, 20);
  await setStock(env, whItem.variantId, warehouse, 20);
  manager = await env.as("manager.sh");
  clerk = await env.as("clerk.wh");
});
afterAll(async () => {
  await env?.close();
});

describe("fulfilment", () => {
  it("pickup: picked, packed, ready (the shopper sees it live), then handed over against the right code only", async () => {
    const { member, checkout } = await checkedOut(
      env,
      "13944440001",
      [{ variantId: shopItem.variantId, quantity: 2 }],
      pickupInput(shanghai),
    );
    expect(checkout).toMatchObject({ __typename: "OnlineCheckout", payment: { tender: "ALIPAY" } });
    const o = checkout.orderId;
    expect(await stockOf(env, shopItem.variantId, shanghai)).toMatchObject({ reserved: 2 });
    const fulfilment = await env.db.fulfilment.findFirstOrThrow({ where: { orderId: o } });
    expect(fulfilment).toMatchObject({ type: "PICKUP", status: "PENDING", pickupStoreId: shanghai });
    expect(fulfilment.pickupCode).toMatch(/^\d{6}$/);

    const unpaid = (await manager.ok(START, { o })).startPicking;
    expect(unpaid).toMatchObject({ __typename: "OrderStateError", code: "INVALID_TRANSITION", currentOrderStatus: "PENDING_PAYMENT" });
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });

    const sub = member.subscribe(ORDER_UPDATED, { o });
    await new Promise((r) => setTimeout(r, 200));
    expect((await manager.ok(READY, { o })).markReadyForPickup).toMatchObject({
      __typename: "OrderStateError",
      code: "INVALID_TRANSITION",
      currentFulfilmentStatus: "PENDING",
    });
    expect((await manager.ok(START, { o })).startPicking).toMatchObject({ orderStatus: "PROCESSING", fulfilmentStatus: "PICKING" });
    expect((await manager.ok(PACK, { o })).markPacked).toMatchObject({ orderStatus: "PROCESSING", fulfilmentStatus: "PACKED" });
    expect((await manager.ok(SHIP, { o, c: "SF", t: "SF1" })).shipOrder).toMatchObject({
      __typename: "OrderStateError",
      code: "INVALID_TRANSITION",
    });
    const ready = (await manager.ok(READY, { o })).markReadyForPickup;
    expect(ready).toMatchObject({ orderStatus: "READY_FOR_PICKUP", fulfilmentStatus: "READY_FOR_PICKUP" });
    expect(ready.readyAt).not.toBeNull();
    await waitFor(() => sub.events.some((e) => e.orderUpdated.status === "READY_FOR_PICKUP"));
    expect(sub.errors).toEqual([]);
    const statuses = sub.events.map((e) => e.orderUpdated.status);
    expect(statuses.at(-1)).toBe("READY_FOR_PICKUP");
    expect(statuses).toContain("PROCESSING");
    await sub.close();

    const wrongCode = fulfilment.pickupCode === "000000" ? "111111" : "000000";
    const wrong = (await manager.ok(COLLECT, { o, c: wrongCode })).collectOrder;
    expect(wrong).toMatchObject({ __typename: "PickupCodeError", code: "PICKUP_CODE_INVALID" });
    expect((await env.db.order.findUniqueOrThrow({ where: { id: o } })).status).toBe("READY_FOR_PICKUP");
    const collected = (await manager.ok(COLLECT, { o, c: fulfilment.pickupCode })).collectOrder;
    expect(collected).toMatchObject({ __typename: "FulfilmentProgress", orderStatus: "COMPLETED", fulfilmentStatus: "COLLECTED" });
    expect((await manager.ok(COLLECT, { o, c: fulfilment.pickupCode })).collectOrder).toMatchObject({ __typename: "OrderStateError" });
    expect(await env.db.auditLog.count({ where: { entityId: o, action: { startsWith: "fulfilment." } } })).toBe(4);
  });

  it("delivery: shipped with tracking, delivered; the shopper can no longer cancel once it has shipped", async () => {
    const { member, checkout } = await checkedOut(env, "13944440002", [{ variantId: whItem.variantId, quantity: 1 }], deliveryInput());
    const o = checkout.orderId;
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });
    expect(TestClient.code(await manager.gql(START, { o }))).toBe("FORBIDDEN");
    await clerk.ok(START, { o });
    await clerk.ok(PACK, { o });
    const shipped = (await clerk.ok(SHIP, { o, c: "顺丰速运", t: "SF1234567890" })).shipOrder;
    expect(shipped).toMatchObject({
      orderStatus: "SHIPPED",
      fulfilmentStatus: "SHIPPED",
      carrier: "顺丰速运",
      trackingNumber: "SF1234567890",
    });
    const tracked = (await clerk.ok(TRACK, { o, s: "IN_TRANSIT", d: "到达上海转运中心", l: "上海" })).addTrackingEvent;
    expect(tracked).toMatchObject({ __typename: "FulfilmentProgress", fulfilmentStatus: "SHIPPED" });
    const noCancel = (await member.ok(CANCEL, { o, r: "too slow" })).cancelOrder;
    expect(noCancel).toMatchObject({ __typename: "OrderStateError", code: "ORDER_ALREADY_SHIPPED" });
    const delivered = (await clerk.ok(DELIVERED, { o })).markDelivered;
    expect(delivered).toMatchObject({ orderStatus: "DELIVERED", fulfilmentStatus: "DELIVERED", order: { id: o, status: "DELIVERED" } });
    const events = await env.db.trackingEvent.findMany({ where: { fulfilment: { orderId: o } }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => e.status)).toEqual(["SHIPPED", "IN_TRANSIT", "DELIVERED"]);
  });

  it("staff may cancel an order the store has started; members may not, and staff need order:fulfil in that store", async () => {
    const { member, checkout } = await checkedOut(env, "13944440003", [{ variantId: whItem.variantId, quantity: 2 }], deliveryInput());
    const o = checkout.orderId;
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });
    await clerk.ok(START, { o });
    const byMember = (await member.ok(CANCEL, { o, r: "please" })).cancelOrder;
    expect(byMember).toMatchObject({ __typename: "OrderStateError", code: "ORDER_IN_FULFILMENT" });
    const cashier = await env.as("cashier.sh");
    expect(TestClient.code(await cashier.gql(START, { o }))).toBe("FORBIDDEN");
    expect(TestClient.code(await cashier.gql(CANCEL, { o, r: "x" }))).toBe("FORBIDDEN");
    const before = await stockOf(env, whItem.variantId, warehouse);
    const byStaff = (await clerk.ok(CANCEL, { o, r: "damaged in the warehouse" })).cancelOrder;
    expect(byStaff).toMatchObject({ __typename: "OrderCancellation", orderStatus: "CANCELLED", refunded: checkout.payment.amount });
    expect(await stockOf(env, whItem.variantId, warehouse)).toMatchObject({ onHand: before.onHand + 2 });
    expect((await env.db.fulfilment.findFirstOrThrow({ where: { orderId: o } })).status).toBe("CANCELLED");
  });
});
