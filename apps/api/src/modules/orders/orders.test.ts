import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../generated/prisma/client.ts";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const ORDERS = `query($filter: OrderFilter, $sort: OrderSort, $first: Int, $after: String) {
  orders(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id number type status total placedAt store { id code } channel { type } memberId } }
  }
}`;
const MY_ORDERS = `query($first: Int, $after: String) { myOrders(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id memberId member { id phone } } } } }`;
const ORDER_DETAIL = `query($id: ID!) { order(id: $id) {
  id number type status currency subtotal discountTotal shippingTotal roundingAdjustment total paidTotal refundedTotal
  pointsEarned pointsRedeemed training placedAt paidAt cancelledAt staffName memberId
  channel { type name } store { id code } member { id phone name tier { code } }
  lines { id variantId sku name quantity unitPrice listPrice subtotal discountTotal total returnedQuantity
    discounts { source sourceId label amount } }
  payments { id tender amount status provider providerReference cashTendered changeGiven createdAt paidAt }
  fulfilments { id type status carrier trackingNumber pickupCode address pickupStore { id code }
    events { status description location occurredAt } }
  adjustments { kind label amount }
} }`;
const BY_NUMBER = `query($n: String!) { orderByNumber(number: $n) { id number store { code } } }`;

type OrderNode = {
  id: string;
  number: string;
  type: string;
  status: string;
  total: number;
  placedAt: string;
  store: { id: string; code: string } | null;
  channel: { type: string };
  memberId: string | null;
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { node: OrderNode }[];
};

let env: TestEnv;
let owner: TestClient;
let manager: TestClient;
let merchantId: string;
let sh: string;
let bj: string;

async function allPages(
  client: TestClient,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ nodes: OrderNode[]; pages: Page[] }> {
  const nodes: OrderNode[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Page = (await client.ok<{ orders: Page }>(ORDERS, { ...variables, first, after })).orders;
    pages.push(page);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, pages };
}

const count = (where: Prisma.OrderWhereInput) => env.db.order.count({ where: { merchantId, training: false, ...where } });

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  manager = await env.as("manager.sh");
  merchantId = env.demo.merchantId;
  sh = env.demo.storeIds.shanghai;
  bj = env.demo.storeIds.beijing;
});
afterAll(async () => {
  await env?.close();
});

describe("order lists for staff", () => {
  it("pages through every order newest first with a stable order and totalCount", async () => {
    const total = await count({});
    expect(total).toBeGreaterThanOrEqual(100);
    const { nodes, pages } = await allPages(owner, {}, 25);
    expect(pages).toHaveLength(Math.ceil(total / 25));
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    const expected = await env.db.order.findMany({
      where: { merchantId, training: false },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(nodes.map((n) => n.id)).toEqual(expected.map((o) => o.id));
  });

  it("sorts by total in both directions", async () => {
    const { nodes } = await allPages(owner, { sort: { field: "TOTAL", direction: "ASC" } }, 40);
    const expected = await env.db.order.findMany({
      where: { merchantId, training: false },
      orderBy: [{ total: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(nodes.map((n) => n.id)).toEqual(expected.map((o) => o.id));
    const desc = (await owner.ok<{ orders: Page }>(ORDERS, { sort: { field: "TOTAL", direction: "DESC" }, first: 20 })).orders;
    const totals = desc.edges.map((e) => e.node.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("filters by store, channel, status, type, member and time, matching the database", async () => {
    const member = await env.db.order.groupBy({
      by: ["memberId"],
      where: { merchantId, memberId: { not: null } },
      _count: true,
      orderBy: { _count: { memberId: "desc" } },
      take: 1,
    });
    const memberId = member[0]?.memberId as string;
    const middle = await env.db.order.findMany({
      where: { merchantId },
      orderBy: [{ placedAt: "asc" }],
      skip: 40,
      take: 40,
      select: { placedAt: true },
    });
    const from = middle[0]?.placedAt as Date;
    const to = middle.at(-1)?.placedAt as Date;
    const cases: [Record<string, unknown>, Prisma.OrderWhereInput][] = [
      [{ storeId: sh }, { storeId: sh }],
      [{ channelType: "ONLINE" }, { channel: { type: "ONLINE" } }],
      [
        { channelType: "POS", storeId: bj },
        { channel: { type: "POS" }, storeId: bj },
      ],
      [{ status: "COMPLETED" }, { status: "COMPLETED" }],
      [{ type: "PICKUP" }, { type: "PICKUP" }],
      [{ memberId }, { memberId }],
      [{ from: from.toISOString(), to: to.toISOString() }, { placedAt: { gte: from, lt: to } }],
    ];
    for (const [filter, where] of cases) {
      const expected = await count(where);
      expect(expected, JSON.stringify(filter)).toBeGreaterThan(0);
      const page = (await owner.ok<{ orders: Page }>(ORDERS, { filter, first: 100 })).orders;
      expect(page.totalCount, JSON.stringify(filter)).toBe(expected);
      expect(page.edges.length).toBe(Math.min(expected, 100));
    }
    const pickups = (await owner.ok<{ orders: Page }>(ORDERS, { filter: { type: "PICKUP" }, first: 100 })).orders;
    expect(pickups.edges.every((e) => e.node.type === "PICKUP" && e.node.channel.type === "ONLINE")).toBe(true);
  });

  it("searches by order number and by the member's phone", async () => {
    const order = await env.db.order.findFirstOrThrow({ where: { merchantId, memberId: { not: null } }, include: { member: true } });
    const byNumber = (await owner.ok<{ orders: Page }>(ORDERS, { filter: { search: order.number.toLowerCase() }, first: 10 })).orders;
    expect(byNumber.edges.map((e) => e.node.id)).toEqual([order.id]);
    const phone = order.member?.phone as string;
    const byPhone = (await owner.ok<{ orders: Page }>(ORDERS, { filter: { search: `+86 ${phone}` }, first: 100 })).orders;
    expect(byPhone.totalCount).toBe(await count({ member: { phone } }));
    expect(byPhone.edges.every((e) => e.node.memberId === order.memberId)).toBe(true);
  });

  it("rejects wrong variable types and unknown enum values as BAD_USER_INPUT", async () => {
    expect(TestClient.code(await owner.gql(ORDERS, { first: "ten" }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(ORDERS, { filter: { status: "LOST" }, first: 5 }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(ORDERS, { filter: { from: "yesterday" }, first: 5 }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await owner.gql(ORDERS, { filter: { search: "x".repeat(41) }, first: 5 }))).toBe("BAD_USER_INPUT");
  });
});

describe("store scope", () => {
  it("shows a Shanghai manager Shanghai orders only, in lists and searches", async () => {
    const { nodes, pages } = await allPages(manager, {}, 50);
    expect(pages[0]?.totalCount).toBe(await count({ storeId: sh }));
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.store?.id === sh)).toBe(true);
    const bjOrder = await env.db.order.findFirstOrThrow({ where: { merchantId, storeId: bj } });
    const search = (await manager.ok<{ orders: Page }>(ORDERS, { filter: { search: bjOrder.number }, first: 5 })).orders;
    expect(search.totalCount).toBe(0);
    expect(TestClient.code(await manager.gql(ORDERS, { filter: { storeId: bj }, first: 5 }))).toBe("FORBIDDEN");
  });

  it("answers FORBIDDEN for another store's order and NOT_FOUND for an unknown id", async () => {
    const shOrder = await env.db.order.findFirstOrThrow({ where: { merchantId, storeId: sh } });
    const bjOrder = await env.db.order.findFirstOrThrow({ where: { merchantId, storeId: bj } });
    const mine = await manager.ok<{ order: { id: string; store: { id: string } } }>(ORDER_DETAIL, { id: shOrder.id });
    expect(mine.order.store.id).toBe(sh);
    const other = await manager.gql(ORDER_DETAIL, { id: bjOrder.id });
    expect(TestClient.code(other)).toBe("FORBIDDEN");
    expect(other.data?.order ?? null).toBeNull();
    expect(TestClient.code(await manager.gql(ORDER_DETAIL, { id: "no-such-order" }))).toBe("NOT_FOUND");

    expect((await manager.ok<{ orderByNumber: { id: string } }>(BY_NUMBER, { n: shOrder.number })).orderByNumber.id).toBe(shOrder.id);
    expect(TestClient.code(await manager.gql(BY_NUMBER, { n: bjOrder.number }))).toBe("FORBIDDEN");
    expect((await manager.ok<{ orderByNumber: unknown }>(BY_NUMBER, { n: "SO00000000000" })).orderByNumber).toBeNull();
  });

  it("shows online orders without a store to merchant-wide staff only", async () => {
    const online = await env.db.salesChannel.findFirstOrThrow({ where: { merchantId, type: "ONLINE" } });
    const storeless = await env.db.order.create({
      data: {
        merchantId,
        number: "SO20991231TEST1",
        type: "DELIVERY",
        status: "PAID",
        channelId: online.id,
        subtotal: 1000,
        total: 1000,
        paidTotal: 1000,
      },
    });
    const ownerSees = (await owner.ok<{ orders: Page }>(ORDERS, { filter: { search: storeless.number }, first: 5 })).orders;
    expect(ownerSees.edges.map((e) => e.node.id)).toEqual([storeless.id]);
    expect(ownerSees.edges[0]?.node.store).toBeNull();
    expect((await owner.ok<{ order: { id: string } }>(ORDER_DETAIL, { id: storeless.id })).order.id).toBe(storeless.id);

    const managerSees = (await manager.ok<{ orders: Page }>(ORDERS, { filter: { search: storeless.number }, first: 5 })).orders;
    expect(managerSees.totalCount).toBe(0);
    expect(TestClient.code(await manager.gql(ORDER_DETAIL, { id: storeless.id }))).toBe("FORBIDDEN");
  });

  it("needs order:read", async () => {
    expect(TestClient.code(await env.anon.gql(ORDERS, { first: 5 }))).toBe("UNAUTHENTICATED");
    const marketing = await env.as("marketing");
    expect(TestClient.code(await marketing.gql(ORDERS, { first: 5 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await marketing.gql(BY_NUMBER, { n: "SO1" }))).toBe("FORBIDDEN");
  });
});

describe("order details", () => {
  it("returns lines with discounts, payments, fulfilment with tracking, and figures that add up", async () => {
    const row = await env.db.order.findFirstOrThrow({
      where: {
        merchantId,
        type: "DELIVERY",
        memberId: { not: null },
        fulfilments: { some: { events: { some: {} } } },
        lines: { some: { discounts: { some: {} } } },
      },
    });
    type Detail = {
      subtotal: number;
      discountTotal: number;
      total: number;
      paidTotal: number;
      channel: { type: string };
      member: { id: string; phone: string } | null;
      lines: {
        subtotal: number;
        discountTotal: number;
        total: number;
        quantity: number;
        unitPrice: number;
        discounts: { amount: number; source: string }[];
      }[];
      payments: { amount: number; status: string; tender: string }[];
      fulfilments: { type: string; address: { recipient?: string } | null; events: { occurredAt: string }[] }[];
      adjustments: unknown[];
    };
    const { order } = await owner.ok<{ order: Detail }>(ORDER_DETAIL, { id: row.id });
    expect(order.channel.type).toBe("ONLINE");
    expect(order.member?.id).toBe(row.memberId);
    expect(order.lines.length).toBe(await env.db.orderLine.count({ where: { orderId: row.id } }));
    expect(order.lines.reduce((s, l) => s + l.subtotal, 0)).toBe(order.subtotal);
    expect(order.lines.reduce((s, l) => s + l.discountTotal, 0)).toBe(order.discountTotal);
    for (const line of order.lines) {
      expect(line.subtotal).toBe(line.unitPrice * line.quantity);
      expect(line.discounts.reduce((s, d) => s + d.amount, 0)).toBe(line.discountTotal);
      expect(line.total).toBe(line.subtotal - line.discountTotal);
    }
    expect(order.lines.some((l) => l.discounts.some((d) => d.source === "PROMOTION"))).toBe(true);
    expect(order.payments.reduce((s, p) => s + p.amount, 0)).toBe(order.paidTotal);
    const [fulfilment] = order.fulfilments;
    expect(fulfilment?.type).toBe("DELIVERY");
    expect(fulfilment?.address).toBeTypeOf("object");
    const times = fulfilment?.events.map((e) => Date.parse(e.occurredAt)) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("names the cashier of a till sale and the pickup store of a click-and-collect order", async () => {
    const sale = await env.db.order.findFirstOrThrow({ where: { merchantId, type: "POS_SALE", staffId: { not: null }, storeId: sh } });
    const staff = await env.db.staffUser.findUniqueOrThrow({ where: { id: sale.staffId as string } });
    const { order } = await owner.ok<{ order: { staffName: string; channel: { type: string }; store: { code: string } } }>(ORDER_DETAIL, {
      id: sale.id,
    });
    expect(order).toMatchObject({ staffName: staff.displayName, channel: { type: "POS" }, store: { code: "SH01" } });

    const pickup = await env.db.fulfilment.findFirstOrThrow({ where: { type: "PICKUP", order: { merchantId } } });
    const detail = (
      await owner.ok<{ order: { fulfilments: { pickupStore: { id: string }; pickupCode: string | null }[] } }>(ORDER_DETAIL, {
        id: pickup.orderId,
      })
    ).order;
    expect(detail.fulfilments[0]?.pickupStore.id).toBe(pickup.pickupStoreId);
    expect(detail.fulfilments[0]?.pickupCode).toBe(pickup.pickupCode);
  });

  it("hides the member from staff who may not read members", async () => {
    const row = await env.db.order.findFirstOrThrow({ where: { merchantId, storeId: sh, memberId: { not: null } } });
    const clerk = await env.as("clerk.wh");
    const { order } = await clerk.ok<{ order: { memberId: string; member: unknown } }>(ORDER_DETAIL, { id: row.id });
    expect(order.memberId).toBe(row.memberId);
    expect(order.member).toBeNull();
  });
});

describe("a member's orders", () => {
  it("shows a member their own orders only, newest first", async () => {
    const top = await env.db.order.groupBy({
      by: ["memberId"],
      where: { merchantId, memberId: { not: null } },
      _count: true,
      orderBy: { _count: { memberId: "desc" } },
      take: 1,
    });
    const memberRow = await env.db.member.findUniqueOrThrow({ where: { id: top[0]?.memberId as string } });
    const client = await env.asMember(memberRow.phone);
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      type MyPage = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; memberId: string; member: { id: string; phone: string } } }[];
      };
      const page: MyPage = (await client.ok<{ myOrders: MyPage }>(MY_ORDERS, { first: 2, after })).myOrders;
      expect(page.edges.every((e) => e.node.memberId === memberRow.id && e.node.member.phone === memberRow.phone)).toBe(true);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const own = await env.db.order.findMany({
      where: { memberId: memberRow.id, training: false },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    });
    expect(own.length).toBeGreaterThan(1);
    expect(ids).toEqual(own.map((o) => o.id));

    expect((await client.ok<{ order: { id: string } }>(ORDER_DETAIL, { id: own[0]?.id })).order.id).toBe(own[0]?.id);
    const someoneElses = await env.db.order.findFirstOrThrow({ where: { merchantId, NOT: { memberId: memberRow.id } } });
    expect(TestClient.code(await client.gql(ORDER_DETAIL, { id: someoneElses.id }))).toBe("NOT_FOUND");
    expect(TestClient.code(await client.gql(ORDERS, { first: 5 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await client.gql(BY_NUMBER, { n: own[0]?.number }))).toBe("FORBIDDEN");
  });

  it("gives a new member an empty list, and staff and anonymous callers no myOrders", async () => {
    const fresh = await env.asMember("13800005501");
    const page = (await fresh.ok<{ myOrders: { totalCount: number; edges: unknown[] } }>(MY_ORDERS, { first: 10 })).myOrders;
    expect(page).toMatchObject({ totalCount: 0, edges: [] });
    expect(TestClient.code(await owner.gql(MY_ORDERS, { first: 5 }))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(MY_ORDERS, { first: 5 }))).toBe("UNAUTHENTICATED");
  });
});
