import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const CREATE = `mutation($i: CreatePromotionInput!) { createPromotion(input: $i) { id name type status params priority scope { variantIds categoryIds } } }`;
const STATUS = `mutation($id: ID!, $s: MarketingStatus!) { setPromotionStatus(id: $id, status: $s) {
  __typename ... on Promotion { id status } ... on ErrorResult { code message } ... on MarketingStatusError { status } } }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId change } ... on ErrorResult { code message } } }`;
const PREVIEW = `query($lines: [PreviewLineInput!]!, $s: ID!, $codes: [String!], $draft: CreatePromotionInput, $replaces: ID) {
  previewPromotionCart(lines: $lines, storeId: $s, channel: POS, couponCodes: $codes, extraPromotion: $draft, replacesPromotionId: $replaces) {
    subtotal discountTotal total promotionDiscount couponDiscount unknownCouponCodes
    lines { variantId sku unitPrice lineTotal discounts { source sourceId label amount } }
    appliedPromotions { promotionId name amount }
    couponResults { couponCode ok amount errorCode missing }
    hints { promotionId missing discount }
  } }`;

let env: TestEnv;
let marketing: TestClient;
let cashier: TestClient;
let sh: string;
let registerId: string;
type Item = { variantId: string; price: number };
let items: Item[];

async function sell(variantId: string, cash: number) {
  const res = await cashier.ok(SALE, {
    i: {
      clientSaleId: randomUUID(),
      storeId: sh,
      registerId,
      lines: [{ variantId, quantity: 1 }],
      tenders: [{ tender: "CASH", amount: cash }],
    },
  });
  return res.createPosSale as { __typename: string; orderId: string; change: number };
}

beforeAll(async () => {
  env = await createTestEnv();
  marketing = await env.as("marketing");
  cashier = await env.as("cashier.sh");
  sh = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId: sh }, orderBy: { code: "asc" } })).id;
  // Single-price items no seeded promotion targets, cheap enough that one unit never reaches the seeded 满200减20.
  const variants = await env.db.variant.findMany({
    where: {
      status: "ACTIVE",
      basePrice: { gte: 1000, lt: 5000 },
      product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
      priceOverrides: { none: {} },
      tierPrices: { none: {} },
      stockLevels: { some: { locationId: sh, onHand: { gte: 20 } } },
    },
    orderBy: { id: "asc" },
    take: 3,
  });
  items = variants.map((v) => ({ variantId: v.id, price: v.basePrice }));
  expect(items).toHaveLength(3);
});
afterAll(async () => {
  await env?.close();
});

describe("promotions", () => {
  it("refuses invalid params with BAD_USER_INPUT on field params and the domain's message", async () => {
    const percent = await marketing.gql(CREATE, { i: { name: "半价", type: "PERCENT_OFF", params: { bps: 20000 } } });
    expect(TestClient.code(percent)).toBe("BAD_USER_INPUT");
    expect(percent.errors?.[0]?.message).toBe("bps must be an integer 1-10000");
    expect(percent.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: "params", message: "bps must be an integer 1-10000" }]);
    const spendSave = await marketing.gql(CREATE, {
      i: { name: "满减", type: "SPEND_SAVE", params: { tiers: [{ threshold: 1000, discount: 2000 }] } },
    });
    expect(spendSave.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "params", message: "a tier cannot save more than its threshold" },
    ]);
    const scope = await marketing.gql(CREATE, {
      i: { name: "x", type: "PERCENT_OFF", params: { bps: 100 }, scope: { categoryIds: ["no-such-category"] } },
    });
    expect(scope.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "scope.categoryIds" })]);
    expect(await env.db.promotion.count({ where: { name: { in: ["半价", "满减", "x"] } } })).toBe(0);
  });

  it("needs merchant-wide marketing:write", async () => {
    const input = { i: { name: "店长促销", type: "PERCENT_OFF", params: { bps: 100 } } };
    expect(TestClient.code(await (await env.as("manager.sh")).gql(CREATE, input))).toBe("FORBIDDEN");
    expect(TestClient.code(await cashier.gql(CREATE, input))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(`{ promotions { totalCount } }`))).toBe("UNAUTHENTICATED");
  });

  it("a new active 满减 applies to the very next till sale, and stops when paused", async () => {
    const [item] = items as [Item];
    expect(await sell(item.variantId, item.price)).toMatchObject({ __typename: "PosSale", change: 0 }); // loads the pricing cache
    const { createPromotion: promo } = await marketing.ok(CREATE, {
      i: {
        name: "单品满减",
        type: "SPEND_SAVE",
        params: { tiers: [{ threshold: item.price, discount: 100 }], ignored: true },
        scope: { variantIds: [item.variantId, item.variantId] },
        priority: 100,
        status: "ACTIVE",
      },
    });
    expect(promo).toMatchObject({
      status: "ACTIVE",
      params: { tiers: [{ threshold: item.price, discount: 100 }], repeat: false },
      scope: { variantIds: [item.variantId] },
    });
    const discounted = await sell(item.variantId, item.price);
    expect(discounted).toMatchObject({ __typename: "PosSale", change: 100 });
    const order = await env.db.order.findUniqueOrThrow({
      where: { id: discounted.orderId },
      include: { lines: { include: { discounts: true } } },
    });
    expect(order.total).toBe(item.price - 100);
    expect(order.lines[0]?.discounts).toEqual([expect.objectContaining({ source: "PROMOTION", sourceId: promo.id, amount: 100 })]);

    expect((await marketing.ok(STATUS, { id: promo.id, s: "PAUSED" })).setPromotionStatus).toEqual({
      __typename: "Promotion",
      id: promo.id,
      status: "PAUSED",
    });
    expect(await sell(item.variantId, item.price)).toMatchObject({ __typename: "PosSale", change: 0 });
    expect(await env.db.auditLog.count({ where: { entityId: promo.id, action: { in: ["promotion.create", "promotion.status"] } } })).toBe(
      2,
    );
  });

  it("ENDED is final: no reactivation and no edits", async () => {
    const { createPromotion: promo } = await marketing.ok(CREATE, { i: { name: "清仓", type: "PERCENT_OFF", params: { bps: 500 } } });
    expect(promo.status).toBe("DRAFT");
    expect((await marketing.ok(STATUS, { id: promo.id, s: "ENDED" })).setPromotionStatus.status).toBe("ENDED");
    const again = await marketing.ok(STATUS, { id: promo.id, s: "ACTIVE" });
    expect(again.setPromotionStatus).toMatchObject({
      __typename: "MarketingStatusError",
      code: "INVALID_STATUS_TRANSITION",
      status: "ENDED",
    });
    const edit = await marketing.ok(
      `mutation($id: ID!) { updatePromotion(id: $id, input: { priority: 5 }) { __typename ... on ErrorResult { code } } }`,
      { id: promo.id },
    );
    expect(edit.updatePromotion).toEqual({ __typename: "MarketingStatusError", code: "MARKETING_ENDED" });
  });

  it("updates params against the type and keeps what is not given", async () => {
    const { createPromotion: promo } = await marketing.ok(CREATE, {
      i: { name: "改价", type: "PERCENT_OFF", params: { bps: 500 }, priority: 7 },
    });
    const bad = await marketing.gql(`mutation($id: ID!) { updatePromotion(id: $id, input: { type: BUNDLE_PRICE }) { __typename } }`, {
      id: promo.id,
    });
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: "params", message: "quantity must be an integer of at least 2" }]);
    const ok = await marketing.ok(
      `mutation($id: ID!) { updatePromotion(id: $id, input: { params: { bps: 800 }, schedule: { daysOfWeek: [3, 3, 1] } }) {
        ... on Promotion { params priority schedule { daysOfWeek startMinute } } } }`,
      { id: promo.id },
    );
    expect(ok.updatePromotion).toEqual({ params: { bps: 800 }, priority: 7, schedule: { daysOfWeek: [1, 3], startMinute: null } });
  });
});

describe("promotion preview", () => {
  it("prices a cart like a till, with a draft promotion added or replacing a saved one", async () => {
    const [, b, c] = items as [Item, Item, Item];
    const lines = [
      { variantId: b.variantId, quantity: 2 },
      { variantId: c.variantId, quantity: 1 },
    ];
    const plain = (await marketing.ok(PREVIEW, { lines, s: sh, codes: ["DEMO-COUPON-20", "NO-SUCH"] })).previewPromotionCart;
    expect(plain.subtotal).toBe(b.price * 2 + c.price);
    expect(plain.promotionDiscount).toBe(0);
    expect(plain.unknownCouponCodes).toEqual(["NO-SUCH"]);
    expect(plain.couponResults).toEqual([expect.objectContaining({ couponCode: "DEMO-COUPON-20" })]);
    expect(plain.hints.length).toBeGreaterThan(0); // the seeded 满200减20 says how much is missing

    const draft = { name: "草稿半价", type: "PERCENT_OFF", params: { bps: 5000 }, scope: { variantIds: [b.variantId] }, priority: 500 };
    const withDraft = (await marketing.ok(PREVIEW, { lines, s: sh, draft })).previewPromotionCart;
    expect(withDraft.appliedPromotions).toEqual([expect.objectContaining({ promotionId: "DRAFT", name: "草稿半价", amount: b.price })]);
    expect(withDraft.total).toBe(b.price + c.price);
    expect(withDraft.lines[0].discounts).toEqual([expect.objectContaining({ source: "PROMOTION", sourceId: "DRAFT", amount: b.price })]);

    const { createPromotion: saved } = await marketing.ok(CREATE, {
      i: { ...draft, name: "已存", params: { bps: 1000 }, status: "ACTIVE" },
    });
    const replaced = (await marketing.ok(PREVIEW, { lines, s: sh, draft, replaces: saved.id })).previewPromotionCart;
    expect(replaced.appliedPromotions.map((p: { promotionId: string }) => p.promotionId)).toEqual([saved.id]);
    expect(replaced.promotionDiscount).toBe(b.price);

    const invalid = await marketing.gql(PREVIEW, { lines, s: sh, draft: { ...draft, params: { bps: 0 } } });
    expect(invalid.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "extraPromotion.params", message: "bps must be an integer 1-10000" },
    ]);
    expect(TestClient.code(await cashier.gql(PREVIEW, { lines, s: sh }))).toBe("FORBIDDEN");
  });
});

describe("campaigns", () => {
  it("the storefront lists live campaigns with their active promotions only", async () => {
    const active = await env.db.promotion.findFirstOrThrow({ where: { status: "ACTIVE" } });
    const draft = await env.db.promotion.findFirstOrThrow({ where: { status: "DRAFT" } });
    const create = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id status promotions { id } } }`;
    const live = await marketing.ok(create, {
      i: {
        name: "春节焕新",
        bannerUrl: "/images/campaigns/spring.svg",
        status: "ACTIVE",
        promotionIds: [active.id, draft.id],
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(live.createCampaign.promotions).toHaveLength(2);
    const hidden = await marketing.ok(create, { i: { name: "未发布", status: "DRAFT" } });

    const list = `query($all: Boolean) { campaigns(includeInactive: $all) { edges { node { id name bannerUrl promotions { id status } } } } }`;
    const publicView = (await env.anon.ok(list)).campaigns.edges.map((e: { node: { id: string; promotions: { id: string }[] } }) => e.node);
    const mine = publicView.find((n: { id: string }) => n.id === live.createCampaign.id);
    expect(mine).toMatchObject({
      name: "春节焕新",
      bannerUrl: "/images/campaigns/spring.svg",
      promotions: [{ id: active.id, status: "ACTIVE" }],
    });
    expect(publicView.some((n: { id: string }) => n.id === hidden.createCampaign.id)).toBe(false);

    const staffView = (await marketing.ok(list, { all: true })).campaigns.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(staffView).toContain(hidden.createCampaign.id);
    expect(TestClient.code(await env.anon.gql(list, { all: true }))).toBe("UNAUTHENTICATED");
  });
});
