// Role × operation matrix: every principal calls every operation; those without the permission (or outside their
// store) get UNAUTHENTICATED or FORBIDDEN and change nothing, those with it get through the permission check.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../apps/api/test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../apps/api/test/test-env.ts";

type Principal = "anon" | "member" | "owner" | "manager.sh" | "manager.bj" | "cashier.sh" | "clerk.wh" | "marketing";
const PRINCIPALS: Principal[] = ["anon", "member", "owner", "manager.sh", "manager.bj", "cashier.sh", "clerk.wh", "marketing"];

type Fixtures = {
  sh: string;
  bj: string;
  wh: string;
  shRegister: string;
  variantId: string;
  memberId: string;
  orderSh: string;
  orderBj: string;
  productId: string;
  eventSh: string;
};
type Operation = { name: string; query: string; variables?: (f: Fixtures) => Record<string, unknown>; allowed: Principal[] };

const STAFF_ALL: Principal[] = ["owner", "manager.sh", "manager.bj", "cashier.sh", "clerk.wh", "marketing"];

const OPERATIONS: Operation[] = [
  { name: "roles", query: `{ roles { code } }`, allowed: ["owner", "manager.sh", "manager.bj"] },
  { name: "staffUsers", query: `{ staffUsers { username } }`, allowed: ["owner", "manager.sh", "manager.bj"] },
  { name: "salesChannels", query: `{ salesChannels { type } }`, allowed: STAFF_ALL },
  {
    name: "updateStore (Shanghai)",
    query: `mutation($id: ID!) { updateStore(id: $id, input: { phone: "021-12345678" }) { id } }`,
    variables: (f) => ({ id: f.sh }),
    allowed: ["owner"],
  },
  { name: "merchantSettings", query: `{ merchantSettings { payments { tillTenders } } }`, allowed: STAFF_ALL },
  { name: "shopSettings", query: `{ shopSettings { onlineWallets } }`, allowed: PRINCIPALS },
  {
    name: "updateReceiptTemplate",
    query: `mutation { updateReceiptTemplate(input: { headerLines: ["鲜衣坊"], footerLines: [], showPointsBalance: true, showOrderQr: true, paperWidth: 80 }) { paperWidth } }`,
    allowed: ["owner"],
  },
  {
    name: "setStoreReceiptHeader (Shanghai)",
    query: `mutation($i: StoreReceiptHeaderInput!) { setStoreReceiptHeader(input: $i) { id } }`,
    variables: (f) => ({ i: { storeId: f.sh, headerLines: ["鲜衣坊 上海"] } }),
    allowed: ["owner"],
  },
  {
    name: "updatePaymentSettings",
    query: `mutation { updatePaymentSettings(input: { tillTenders: [CASH, CARD, WECHAT_PAY, ALIPAY, POINTS, STORE_CREDIT], onlineWallets: [WECHAT_PAY, ALIPAY] }) { tillTenders } }`,
    allowed: ["owner"],
  },
  {
    name: "updateLanguageSettings",
    query: `mutation { updateLanguageSettings(input: { enabledLocales: ["zh-CN", "zh-TW", "en"], storefrontLocale: "zh-CN", tillLocale: "zh-CN" }) { tillLocale } }`,
    allowed: ["owner"],
  },
  {
    name: "createStaffUser",
    query: `mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }`,
    variables: () => ({ i: { username: `u${randomUUID().slice(0, 8)}`, displayName: "新员工", password: "long-enough-1" } }),
    allowed: ["owner", "manager.sh", "manager.bj"],
  },
  {
    name: "assignRole cashier in Beijing",
    query: `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`,
    variables: (f) => ({ i: { staffId: "placeholder", roleCode: "cashier", storeId: f.bj } }),
    allowed: ["owner", "manager.bj"],
  },
  {
    name: "upsertRole",
    query: `mutation { upsertRole(input: { code: "auditor", name: "Auditor", permissions: ["audit:read"] }) { id } }`,
    allowed: ["owner"],
  },
  {
    name: "deleteRole",
    query: `mutation { deleteRole(id: "no-such-role") { __typename } }`,
    allowed: ["owner"],
  },
  {
    name: "removeTierPrice",
    query: `mutation($v: ID!) { removeTierPrice(variantId: $v, tierId: "no-such-tier") { id } }`,
    variables: (f) => ({ v: f.variantId }),
    allowed: ["owner"],
  },
  {
    name: "memberEventSignups of a Shanghai event",
    query: `query($e: ID!) { memberEventSignups(eventId: $e) { totalCount } }`,
    variables: (f) => ({ e: f.eventSh }),
    allowed: ["owner", "manager.sh", "marketing"],
  },
  {
    name: "updateMemberEvent in Shanghai",
    query: `mutation($e: ID!) { updateMemberEvent(id: $e, input: { description: "矩阵" }) { id } }`,
    variables: (f) => ({ e: f.eventSh }),
    allowed: ["owner", "manager.sh", "marketing"],
  },
  {
    name: "createPosSale in Shanghai",
    query: `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename } }`,
    variables: (f) => ({
      i: {
        clientSaleId: randomUUID(),
        storeId: f.sh,
        registerId: f.shRegister,
        lines: [{ variantId: f.variantId, quantity: 1 }],
        tenders: [{ tender: "CASH", amount: 100000 }],
      },
    }),
    allowed: ["owner", "manager.sh", "cashier.sh"],
  },
  { name: "signOutOtherSessions", query: `mutation { signOutOtherSessions }`, allowed: STAFF_ALL },
  { name: "products (public)", query: `{ products(first: 2) { edges { node { id } } } }`, allowed: PRINCIPALS },
  {
    name: "variantByBarcode",
    query: `query($c: String!) { variantByBarcode(code: $c) { id } }`,
    variables: () => ({ c: "0000000000000" }),
    allowed: STAFF_ALL,
  },
  {
    name: "createProduct",
    query: `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
    variables: () => ({
      i: { name: "矩阵测试商品", variants: [{ sku: `MX-${randomUUID().slice(0, 8)}`, name: "默认", basePrice: 1000 }] },
    }),
    allowed: ["owner", "manager.sh", "manager.bj"],
  },
  {
    name: "setProductImages",
    query: `mutation($p: ID!) { setProductImages(productId: $p, images: []) { id } }`,
    variables: (f) => ({ p: f.productId }),
    allowed: ["owner", "manager.sh", "manager.bj"],
  },
  {
    name: "stockLevels in Beijing",
    query: `query($l: ID!) { stockLevels(first: 1, filter: { locationId: $l }) { edges { node { id } } } }`,
    variables: (f) => ({ l: f.bj }),
    allowed: ["owner", "manager.bj"],
  },
  {
    name: "adjustStock in Shanghai",
    query: `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { __typename } }`,
    variables: (f) => ({ i: { locationId: f.sh, variantId: f.variantId, delta: 1, reason: "ADJUSTMENT", note: "matrix" } }),
    allowed: ["owner", "manager.sh", "clerk.wh"],
  },
  {
    name: "members",
    query: `{ members(first: 1) { totalCount } }`,
    allowed: ["owner", "manager.sh", "manager.bj", "cashier.sh", "marketing"],
  },
  {
    name: "updateMember",
    query: `mutation($id: ID!) { updateMember(id: $id, input: { name: "矩阵" }) { id } }`,
    variables: (f) => ({ id: f.memberId }),
    allowed: ["owner", "manager.sh", "manager.bj", "cashier.sh"],
  },
  {
    name: "orders",
    query: `{ orders(first: 1) { totalCount } }`,
    allowed: ["owner", "manager.sh", "manager.bj", "cashier.sh", "clerk.wh"],
  },
  {
    name: "order of a Beijing sale",
    query: `query($id: ID!) { order(id: $id) { id } }`,
    variables: (f) => ({ id: f.orderBj }),
    allowed: ["owner", "manager.bj"],
  },
  { name: "auditLogs", query: `{ auditLogs(first: 1) { totalCount } }`, allowed: ["owner", "manager.sh", "manager.bj"] },
  {
    name: "setPriceOverride in Beijing",
    query: `mutation($v: ID!, $s: ID!) { setPriceOverride(variantId: $v, storeId: $s, price: 990) { id } }`,
    variables: (f) => ({ v: f.variantId, s: f.bj }),
    allowed: ["owner", "manager.bj"],
  },
  {
    name: "createPromotion",
    query: `mutation { createPromotion(input: { name: "矩阵满减", type: SPEND_SAVE, params: { tiers: [{ threshold: 10000, discount: 1000 }] } }) { id } }`,
    allowed: ["owner", "marketing"],
  },
  { name: "runPointsExpiry", query: `mutation { runPointsExpiry { __typename } }`, allowed: ["owner"] },
  { name: "myOrders", query: `{ myOrders(first: 1) { totalCount } }`, allowed: ["member"] },
];

let env: TestEnv;
let fixtures: Fixtures;
const clients = new Map<Principal, TestClient>();

beforeAll(async () => {
  env = await createTestEnv();
  const { shanghai: sh, beijing: bj, warehouse: wh } = env.demo.storeIds;
  const variant = await env.db.variant.findFirstOrThrow({ where: { status: "ACTIVE", product: { status: "ACTIVE" } } });
  const orderSh = await env.db.order.findFirstOrThrow({ where: { storeId: sh } });
  const orderBj = await env.db.order.findFirstOrThrow({ where: { storeId: bj } });
  const member = await env.db.member.findFirstOrThrow({ where: { phone: "13800000003" } });
  fixtures = {
    sh,
    bj,
    wh,
    shRegister: (await env.db.register.findFirstOrThrow({ where: { storeId: sh } })).id,
    variantId: variant.id,
    productId: variant.productId,
    memberId: member.id,
    orderSh: orderSh.id,
    orderBj: orderBj.id,
    eventSh: (await env.db.memberEvent.findFirstOrThrow({ where: { storeId: sh } })).id,
  };
  const staff = await env.db.staffUser.findUniqueOrThrow({ where: { username: "cashier.bj" } });
  for (const op of OPERATIONS) {
    if (op.name.startsWith("assignRole")) {
      const original = op.variables;
      op.variables = (f) => {
        const v = original?.(f) as { i: Record<string, unknown> };
        return { i: { ...v.i, staffId: staff.id } };
      };
    }
  }
  clients.set("anon", env.anon);
  clients.set("member", await env.asMember("13800000004"));
  for (const p of PRINCIPALS) if (!clients.has(p)) clients.set(p, await env.as(p));
});
afterAll(async () => {
  await env?.close();
});

describe.each(OPERATIONS)("$name", (op) => {
  it.each(PRINCIPALS)("as %s", async (principal) => {
    const client = clients.get(principal);
    if (!client) throw new Error(`no client for ${principal}`);
    const auditBefore = await env.db.auditLog.count();
    const result = await client.gql(op.query, op.variables?.(fixtures) ?? {});
    const code = TestClient.code(result);
    if (op.allowed.includes(principal)) {
      expect(["UNAUTHENTICATED", "FORBIDDEN"], JSON.stringify(result.errors)).not.toContain(code);
    } else {
      // Members are told NOT_FOUND for other people's things, so they cannot probe which ids exist.
      const denial = principal === "anon" ? ["UNAUTHENTICATED"] : principal === "member" ? ["FORBIDDEN", "NOT_FOUND"] : ["FORBIDDEN"];
      expect(denial, JSON.stringify(result)).toContain(code);
      if (op.query.trimStart().startsWith("mutation")) expect(await env.db.auditLog.count()).toBe(auditBefore);
    }
  });
});
