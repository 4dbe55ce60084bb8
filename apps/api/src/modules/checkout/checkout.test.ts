import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) {
  __typename
  ... on PosSale { orderId replayed change }
  ... on ErrorResult { code message }
  ... on CouponError { couponCode missing }
  ... on TenderError { missing }
  ... on UnknownItemError { reference }
} }`;

let env: TestEnv;
let cashier: TestClient;
let storeId: string;
let registerId: string;
type Item = { variantId: string; barcode: string; price: number };
let items: Item[];

/** Active single-price items with plenty of stock in the Shanghai shop and no promotion that targets them. */
async function pickItems(count: number, skip = 0): Promise<Item[]> {
  const levels = await env.db.stockLevel.findMany({
    where: {
      locationId: storeId,
      onHand: { gte: 50 },
      variant: {
        status: "ACTIVE",
        basePrice: { gte: 300, lt: 5000 },
        product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
        priceOverrides: { none: {} },
        tierPrices: { none: {} },
      },
    },
    select: { variant: { select: { id: true, basePrice: true, barcodes: { where: { isPrimary: true }, select: { code: true } } } } },
    orderBy: { variantId: "asc" },
    skip,
    take: count,
  });
  return levels.map((l) => ({ variantId: l.variant.id, barcode: l.variant.barcodes[0]?.code ?? "", price: l.variant.basePrice }));
}

const onHand = async (variantId: string) =>
  (await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId: storeId } } })).onHand;

function sale(overrides: Record<string, unknown> = {}) {
  return { clientSaleId: randomUUID(), storeId, registerId, lines: [], tenders: [], ...overrides };
}

beforeAll(async () => {
  env = await createTestEnv();
  cashier = await env.as("cashier.sh");
  storeId = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } })).id;
  items = await pickItems(3);
  expect(items).toHaveLength(3);
});
afterAll(async () => {
  await env?.close();
});

describe("POS sale", () => {
  it("records a cash sale scanned by barcode: change, stock, ledger, payment and audit", async () => {
    const [a, b] = items as [Item, Item];
    const total = a.price * 2 + b.price;
    const [beforeA, beforeB] = [await onHand(a.variantId), await onHand(b.variantId)];
    const res = await cashier.ok(SALE, {
      i: sale({
        lines: [
          { barcode: a.barcode, quantity: 2 },
          { barcode: b.barcode, quantity: 1 },
        ],
        tenders: [{ tender: "CASH", amount: total + 1000 }],
      }),
    });
    expect(res.createPosSale).toMatchObject({ __typename: "PosSale", replayed: false, change: 1000 });
    const order = await env.db.order.findUniqueOrThrow({
      where: { id: res.createPosSale.orderId },
      include: { lines: true, payments: true },
    });
    expect(order).toMatchObject({ status: "COMPLETED", type: "POS_SALE", total, paidTotal: total, storeId });
    expect(order.lines.reduce((s, l) => s + l.total, 0)).toBe(total);
    expect(order.payments).toEqual([
      expect.objectContaining({ tender: "CASH", status: "SUCCEEDED", amount: total, cashTendered: total + 1000, changeGiven: 1000 }),
    ]);
    expect(await onHand(a.variantId)).toBe(beforeA - 2);
    expect(await onHand(b.variantId)).toBe(beforeB - 1);
    const movements = await env.db.stockMovement.findMany({ where: { referenceId: order.id } });
    expect(movements.map((m) => m.delta).sort((x, y) => x - y)).toEqual([-2, -1]);
    expect(await env.db.auditLog.count({ where: { entityId: order.id, action: "sale.create" } })).toBe(1);
  });

  it("returns the first result for a retried sale id and never decrements twice", async () => {
    const [a] = items as [Item];
    const input = sale({
      lines: [{ variantId: a.variantId, quantity: 1 }],
      tenders: [{ tender: "CARD", amount: a.price, reference: "T-1" }],
    });
    const before = await onHand(a.variantId);
    const first = await cashier.ok(SALE, { i: input });
    const second = await cashier.ok(SALE, { i: input });
    expect(second.createPosSale).toMatchObject({ orderId: first.createPosSale.orderId, replayed: true });
    expect(await onHand(a.variantId)).toBe(before - 1);
  });

  it("100 concurrent retries of one sale create one order, one stock decrement and one points grant", async () => {
    const [, , c] = items as [Item, Item, Item];
    const member = await env.db.member.findFirstOrThrow({ where: { phone: "13800000002" } });
    const input = sale({
      memberId: member.id,
      lines: [{ variantId: c.variantId, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: c.price }],
    });
    const before = await onHand(c.variantId);
    const results = await Promise.all(Array.from({ length: 100 }, () => cashier.gql(SALE, { i: input })));
    const ids = new Set(results.map((r) => r.data?.createPosSale?.orderId));
    expect(results.every((r) => r.data?.createPosSale?.__typename === "PosSale")).toBe(true);
    expect(ids.size).toBe(1);
    expect(await env.db.order.count({ where: { clientSaleId: input.clientSaleId } })).toBe(1);
    expect(await onHand(c.variantId)).toBe(before - 1);
    const [orderId] = [...ids];
    expect(await env.db.pointsEntry.count({ where: { orderId, reason: "EARN" } })).toBe(1);
    const after = await env.db.member.findUniqueOrThrow({ where: { id: member.id } });
    const order = await env.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(after.pointsBalance).toBe(member.pointsBalance + order.pointsEarned);
  });

  it("rejects an unknown barcode with a typed error, logs it, and changes nothing", async () => {
    const ordersBefore = await env.db.order.count();
    const res = await cashier.ok(SALE, {
      i: sale({ lines: [{ barcode: "6900000000000", quantity: 1 }], tenders: [{ tender: "CASH", amount: 100 }] }),
    });
    expect(res.createPosSale).toMatchObject({ __typename: "UnknownItemError", code: "UNKNOWN_ITEM", reference: "6900000000000" });
    expect(await env.db.order.count()).toBe(ordersBefore);
    expect(await env.db.exceptionLog.count({ where: { kind: "UNKNOWN_BARCODE", storeId } })).toBeGreaterThan(0);
  });

  it("rejects tenders that do not cover the total", async () => {
    const [a] = items as [Item];
    const before = await onHand(a.variantId);
    const res = await cashier.ok(SALE, {
      i: sale({ lines: [{ variantId: a.variantId, quantity: 1 }], tenders: [{ tender: "CASH", amount: a.price - 1 }] }),
    });
    expect(res.createPosSale).toMatchObject({ __typename: "TenderError", code: "TENDER_SHORT", missing: 1 });
    expect(await onHand(a.variantId)).toBe(before);
  });

  it("refuses zero and negative quantities and a non-UUID sale id as bad input", async () => {
    const [a] = items as [Item];
    const zero = await cashier.gql(SALE, {
      i: sale({ lines: [{ variantId: a.variantId, quantity: 0 }], tenders: [{ tender: "CASH", amount: 100 }] }),
    });
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await cashier.gql(SALE, {
      i: sale({ lines: [{ variantId: a.variantId, quantity: -3 }], tenders: [{ tender: "CASH", amount: 100 }] }),
    });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badId = await cashier.gql(SALE, {
      i: sale({ clientSaleId: "1", lines: [{ variantId: a.variantId, quantity: 1 }], tenders: [{ tender: "CASH", amount: 100 }] }),
    });
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("applies the 满减 promotion server-side, whatever the client thinks the price is", async () => {
    const [a] = items as [Item];
    const qty = Math.ceil(20000 / a.price);
    const subtotal = a.price * qty;
    const res = await cashier.ok(SALE, {
      i: sale({ lines: [{ variantId: a.variantId, quantity: qty }], tenders: [{ tender: "CASH", amount: subtotal }] }),
    });
    expect(res.createPosSale.__typename).toBe("PosSale");
    const order = await env.db.order.findUniqueOrThrow({
      where: { id: res.createPosSale.orderId },
      include: { lines: { include: { discounts: true } } },
    });
    expect(order.subtotal).toBe(subtotal);
    expect(order.discountTotal).toBeGreaterThanOrEqual(2000);
    const lineDiscounts = order.lines.flatMap((l) => l.discounts).reduce((s, d) => s + d.amount, 0);
    expect(lineDiscounts).toBe(order.discountTotal);
    expect(res.createPosSale.change).toBe(order.discountTotal);
  });

  it("redeems an issued coupon once; a second use is a CouponError", async () => {
    const coupon = await env.db.coupon.findUniqueOrThrow({ where: { code: "DEMO-COUPON-20" }, include: { template: true } });
    const [a] = items as [Item];
    const qty = Math.max(1, Math.ceil((coupon.template.threshold + 1) / a.price));
    const input = (id: string) =>
      sale({
        clientSaleId: id,
        couponCodes: ["demo-coupon-20"],
        lines: [{ variantId: a.variantId, quantity: qty }],
        tenders: [{ tender: "CASH", amount: a.price * qty }],
      });
    const first = await cashier.ok(SALE, { i: input(randomUUID()) });
    expect(first.createPosSale.__typename).toBe("PosSale");
    expect((await env.db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).status).toBe("REDEEMED");
    const second = await cashier.ok(SALE, { i: input(randomUUID()) });
    expect(second.createPosSale).toMatchObject({ __typename: "CouponError", couponCode: "DEMO-COUPON-20" });
  });

  it("needs a manager's PIN for a price override, and logs the approval", async () => {
    const [a] = items as [Item];
    const line = { variantId: a.variantId, quantity: 1, manual: { kind: "PRICE_OVERRIDE", value: 100 } };
    const noApproval = await cashier.ok(SALE, { i: sale({ lines: [line], tenders: [{ tender: "CASH", amount: 100 }] }) });
    expect(noApproval.createPosSale).toMatchObject({ __typename: "ApprovalError", code: "APPROVAL_REQUIRED" });
    const wrongPin = await cashier.ok(SALE, {
      i: sale({ lines: [line], tenders: [{ tender: "CASH", amount: 100 }], approval: { username: "manager.sh", pin: "9999" } }),
    });
    expect(wrongPin.createPosSale).toMatchObject({ __typename: "ApprovalError", code: "APPROVAL_REJECTED" });
    const ok = await cashier.ok(SALE, {
      i: sale({ lines: [line], tenders: [{ tender: "CASH", amount: 100 }], approval: { username: "manager.sh", pin: "1234" } }),
    });
    expect(ok.createPosSale.__typename).toBe("PosSale");
    const log = await env.db.exceptionLog.findFirstOrThrow({ where: { kind: "PRICE_OVERRIDE" }, orderBy: { createdAt: "desc" } });
    const manager = await env.db.staffUser.findUniqueOrThrow({ where: { username: "manager.sh" } });
    expect(log.approvedById).toBe(manager.id);
  });

  it("takes a split payment: cash plus a WeChat payment code; a declined code records nothing", async () => {
    const [a] = items as [Item];
    const half = Math.floor(a.price / 2);
    const res = await cashier.ok(SALE, {
      i: sale({
        lines: [{ variantId: a.variantId, quantity: 1 }],
        tenders: [
          { tender: "CASH", amount: a.price - half },
          { tender: "WECHAT_PAY", amount: half, authCode: "134567890123456789" },
        ],
      }),
    });
    expect(res.createPosSale.__typename).toBe("PosSale");
    const payments = await env.db.payment.findMany({ where: { orderId: res.createPosSale.orderId } });
    expect(payments.map((p) => p.tender).sort()).toEqual(["CASH", "WECHAT_PAY"]);
    expect(payments.find((p) => p.tender === "WECHAT_PAY")?.providerReference).toMatch(/^wx/);
    const declined = await cashier.ok(SALE, {
      i: sale({
        lines: [{ variantId: a.variantId, quantity: 1 }],
        tenders: [{ tender: "WECHAT_PAY", amount: a.price, authCode: "134567890123450000" }],
      }),
    });
    expect(declined.createPosSale).toMatchObject({ __typename: "PaymentError", code: "PAYMENT_DECLINED" });
  });

  it("forbids selling in a store where the cashier has no role", async () => {
    const [a] = items as [Item];
    const bjRegister = await env.db.register.findFirstOrThrow({ where: { storeId: env.demo.storeIds.beijing } });
    const res = await cashier.gql(SALE, {
      i: sale({
        storeId: env.demo.storeIds.beijing,
        registerId: bjRegister.id,
        lines: [{ variantId: a.variantId, quantity: 1 }],
        tenders: [{ tender: "CASH", amount: a.price }],
      }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("POS sale prices from memory, never from stale memory", () => {
  const revision = async () => Number((await env.db.catalogRevision.findUniqueOrThrow({ where: { id: 1 } })).rev);
  const sellOne = (item: Item, cash: number) =>
    cashier.ok(SALE, { i: sale({ lines: [{ barcode: item.barcode, quantity: 1 }], tenders: [{ tender: "CASH", amount: cash }] }) });
  const totalOf = async (orderId: string) => (await env.db.order.findUniqueOrThrow({ where: { id: orderId } })).total;

  it("charges a price changed through the API at the very next sale", async () => {
    const [item] = await pickItems(1, 5);
    if (!item) throw new Error("no item");
    const first = await sellOne(item, item.price); // the till's variants are now cached
    expect(await totalOf(first.createPosSale.orderId)).toBe(item.price);

    const before = await revision();
    const owner = await env.as("owner");
    await owner.ok(`mutation($v: ID!, $p: Int!) { setBasePrice(variantId: $v, price: $p) { id } }`, {
      v: item.variantId,
      p: item.price + 100,
    });
    expect(await revision()).toBe(before + 1); // one committed change, one step

    const short = await sellOne(item, item.price);
    expect(short.createPosSale).toMatchObject({ __typename: "TenderError", code: "TENDER_SHORT", missing: 100 });
    const paid = await sellOne(item, item.price + 100);
    expect(await totalOf(paid.createPosSale.orderId)).toBe(item.price + 100);
  });

  it("charges a price written by another API instance (straight to the database) at the very next sale", async () => {
    const [item] = await pickItems(1, 6);
    if (!item) throw new Error("no item");
    await sellOne(item, item.price);
    await env.db.$executeRaw`UPDATE "Variant" SET "basePrice" = ${item.price + 200} WHERE id = ${item.variantId}`;
    const res = await sellOne(item, item.price + 200);
    expect(res.createPosSale.__typename).toBe("PosSale");
    expect(await totalOf(res.createPosSale.orderId)).toBe(item.price + 200);
    const archived = await env.db.variant.update({ where: { id: item.variantId }, data: { status: "ARCHIVED" } });
    expect(archived.status).toBe("ARCHIVED");
    const refused = await sellOne(item, item.price + 200);
    expect(refused.createPosSale).toMatchObject({ code: "ITEM_NOT_SELLABLE" });
    // Back on sale, written by another instance: the memory still says archived, the sale must not.
    await env.db.$executeRaw`UPDATE "Variant" SET status = 'ACTIVE' WHERE id = ${item.variantId}`;
    const again = await sellOne(item, item.price + 200);
    expect(again.createPosSale.__typename).toBe("PosSale");
  });

  it("moves the revision once per committed transaction, never for a rolled-back one", async () => {
    const [item] = await pickItems(1, 7);
    if (!item) throw new Error("no item");
    const before = await revision();
    await env.db.$transaction([
      env.db.variant.update({ where: { id: item.variantId }, data: { name: "改名 1" } }),
      env.db.variant.update({ where: { id: item.variantId }, data: { name: "改名 2" } }),
    ]);
    expect(await revision()).toBe(before + 1);
    await expect(
      env.db.$transaction(async (tx) => {
        await tx.variant.update({ where: { id: item.variantId }, data: { basePrice: 1 } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await revision()).toBe(before + 1);
  });
});

describe("POS sale events", () => {
  const STOCK = `subscription($loc: ID, $ids: [ID!]) { stockChanged(locationId: $loc, variantIds: $ids) { variantId locationId onHand reason } }`;
  const ORDERS = `subscription($s: ID) { orderUpdated(storeId: $s) { orderId status total } }`;
  const LOW = `subscription($loc: ID) { lowStockAlert(locationId: $loc) { variantId available threshold } }`;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("publishes the order, every line's stock and a low-stock alert once the sale commits; nothing for a refused or retried sale", async () => {
    const [a, b] = (await pickItems(2, 10)) as [Item, Item];
    await env.db.stockLevel.update({
      where: { variantId_locationId: { variantId: b.variantId, locationId: storeId } },
      data: { onHand: 7, reserved: 0, lowStockThreshold: 5 },
    });
    const manager = await env.as("manager.sh");
    const stock = manager.subscribe(STOCK, { loc: storeId, ids: [a.variantId, b.variantId] });
    const orders = manager.subscribe(ORDERS, { s: storeId });
    const low = manager.subscribe(LOW, { loc: storeId });
    try {
      await sleep(300); // let the subscriptions reach the server
      const lines = [
        { barcode: a.barcode, quantity: 1 },
        { barcode: b.barcode, quantity: 2 },
      ];
      const short = await cashier.ok(SALE, { i: sale({ lines, tenders: [{ tender: "CASH", amount: 1 }] }) });
      expect(short.createPosSale.__typename).toBe("TenderError");
      const input = sale({ lines, tenders: [{ tender: "CASH", amount: a.price + b.price * 2 }] });
      const done = await cashier.ok(SALE, { i: input });
      expect(done.createPosSale.__typename).toBe("PosSale");
      expect((await cashier.ok(SALE, { i: input })).createPosSale.replayed).toBe(true);

      await Promise.all([stock.next(), orders.next(), low.next()]);
      await sleep(500); // anything else in flight would arrive now
      expect([stock.errors, orders.errors, low.errors]).toEqual([[], [], []]);
      expect(orders.events.map((e) => e.orderUpdated)).toEqual([
        { orderId: done.createPosSale.orderId, status: "COMPLETED", total: a.price + b.price * 2 },
      ]);
      const changes = stock.events.map((e) => e.stockChanged).sort((x, y) => (x.variantId < y.variantId ? -1 : 1));
      const expected = [
        { variantId: a.variantId, locationId: storeId, onHand: await onHand(a.variantId), reason: "SALE" },
        { variantId: b.variantId, locationId: storeId, onHand: 5, reason: "SALE" },
      ].sort((x, y) => (x.variantId < y.variantId ? -1 : 1));
      expect(changes).toEqual(expected);
      expect(low.events.map((e) => e.lowStockAlert)).toEqual([{ variantId: b.variantId, available: 5, threshold: 5 }]);
    } finally {
      await Promise.all([stock.close(), orders.close(), low.close()]);
    }
  });
});
