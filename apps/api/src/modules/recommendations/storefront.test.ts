import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { ADD, checkedOut, deliveryInput } from "../online-checkout/online-test-fixtures.ts";

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

const SEARCH = `query($i: ShopSearchInput!) { shopSearch(input: $i) {
  totalCount hasMore fuzzy correctedText facets { sizes colours }
  products { id name variants { sku optionValues } }
} }`;

type SearchResult = {
  totalCount: number;
  hasMore: boolean;
  fuzzy: boolean;
  correctedText: string | null;
  facets: { sizes: string[]; colours: string[] };
  products: { id: string; name: string; variants: { sku: string; optionValues: Record<string, string> }[] }[];
};

async function search(input: Record<string, unknown>): Promise<SearchResult> {
  return (await env.anon.ok(SEARCH, { i: input })).shopSearch as SearchResult;
}

/** An active apparel product with sizes, its first variant and its pinyin search words. */
async function apparel() {
  const product = await env.db.product.findFirstOrThrow({
    where: { status: "ACTIVE", variants: { some: { optionValues: { path: ["尺码"], equals: "M" } } } },
    include: { variants: { orderBy: { sku: "asc" } } },
    orderBy: { id: "asc" },
  });
  return product;
}

describe("shopSearch", () => {
  it("finds products by Chinese name, pinyin and SKU, newest first, with facets", async () => {
    const product = await apparel();
    const byName = await search({ text: product.name });
    expect(byName.fuzzy).toBe(false);
    expect(byName.products.map((p) => p.id)).toContain(product.id);
    const pinyinWord = product.searchText.split(" ").find((w) => /^[a-z]{6,}$/.test(w));
    expect(pinyinWord).toBeTruthy();
    expect((await search({ text: pinyinWord })).products.map((p) => p.id)).toContain(product.id);
    const sku = product.variants[0]?.sku ?? "";
    expect((await search({ text: sku.toLowerCase() })).products.map((p) => p.id)).toEqual([product.id]);
    expect(byName.facets.sizes).toEqual(expect.arrayContaining(["M", "L", "XL"]));
    expect(byName.facets.sizes.indexOf("M")).toBeLessThan(byName.facets.sizes.indexOf("XL"));
    expect(byName.facets.colours.length).toBeGreaterThan(1);
  });

  it("tolerates a Latin typo and says what it read, and a Chinese homophone typo", async () => {
    const product = await apparel();
    const word = product.searchText.split(" ").find((w) => /^[a-z]{6,}$/.test(w)) ?? "";
    const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`; // two letters swapped
    const res = await search({ text: typo });
    expect(res.fuzzy).toBe(true);
    expect(res.correctedText).toBeTruthy();
    expect(res.products.length).toBeGreaterThan(0);

    const tshirt = await env.db.product.findFirstOrThrow({ where: { status: "ACTIVE", name: { contains: "纯棉" } } });
    const homophone = await search({ text: tshirt.name.replace("纯棉", "纯绵") });
    expect(homophone.fuzzy).toBe(true);
    expect(homophone.products.map((p) => p.id)).toContain(tshirt.id);

    const nothing = await search({ text: "qqqqzzzzxxxx" });
    expect(nothing).toMatchObject({ totalCount: 0, fuzzy: false, correctedText: null, products: [] });
  });

  it("filters by size, colour, price and stock at a store, and pages", async () => {
    const all = await search({ first: 5 });
    expect(all.totalCount).toBeGreaterThan(100);
    expect(all.hasMore).toBe(true);
    const next = await search({ first: 5, offset: 5 });
    expect(next.products.map((p) => p.id)).not.toEqual(expect.arrayContaining(all.products.map((p) => p.id)));

    const sized = await search({ size: "XL", first: 60 });
    expect(sized.totalCount).toBeGreaterThan(0);
    for (const p of sized.products) expect(p.variants.some((v) => v.optionValues["尺码"] === "XL")).toBe(true);

    const colour = sized.facets.colours[0] ?? "";
    const coloured = await search({ colour, first: 60 });
    for (const p of coloured.products) expect(p.variants.some((v) => v.optionValues["颜色"] === colour)).toBe(true);

    const cheap = await search({ maxPrice: 1000, sort: "PRICE_DESC", first: 60 });
    const prices = await env.db.variant.groupBy({
      by: ["productId"],
      where: { productId: { in: cheap.products.map((p) => p.id) }, status: "ACTIVE" },
      _min: { basePrice: true },
    });
    for (const row of prices) expect(row._min.basePrice).toBeLessThanOrEqual(1000);

    const shanghai = env.demo.storeIds.shanghai;
    const product = await apparel();
    const variant = product.variants[0];
    if (!variant) throw new Error("no variant");
    await env.db.stockLevel.updateMany({
      where: { variantId: { in: product.variants.map((v) => v.id) }, locationId: shanghai },
      data: { onHand: 0 },
    });
    const outHere = await search({ text: variant.sku, inStockAt: shanghai });
    expect(outHere.totalCount).toBe(0);
    await env.db.stockLevel.upsert({
      where: { variantId_locationId: { variantId: variant.id, locationId: shanghai } },
      update: { onHand: 3, reserved: 0 },
      create: { variantId: variant.id, locationId: shanghai, onHand: 3 },
    });
    expect((await search({ text: variant.sku, inStockAt: shanghai })).products.map((p) => p.id)).toEqual([product.id]);
  });
});

const OFFER = `query($p: ID!, $s: ID) { productOffer(productId: $p, storeId: $s) {
  productId locationId variants { variantId listPrice price memberPrice memberTierName } promotions { id name type memberOnly }
} }`;
const AVAILABILITY = `query($p: ID!) { productAvailability(productId: $p) { store { id code } pickup totalAvailable variants { variantId available } } }`;

describe("productOffer and productAvailability", () => {
  it("explains live promotions, member prices and stock per location", async () => {
    // The seeded 满减 covers apparel; a T-shirt also gets the T-shirt promotions.
    const tshirt = await env.db.product.findFirstOrThrow({
      where: { status: "ACTIVE", name: { contains: "T恤" } },
      include: { variants: { where: { status: "ACTIVE" }, orderBy: { sku: "asc" } } },
    });
    const variant = tshirt.variants[0];
    if (!variant) throw new Error("no variant");
    const gold = await env.db.memberTier.findFirstOrThrow({ orderBy: { rank: "desc" } });
    await env.db.tierPrice.upsert({
      where: { variantId_tierId: { variantId: variant.id, tierId: gold.id } },
      update: { price: variant.basePrice - 100 },
      create: { variantId: variant.id, tierId: gold.id, price: variant.basePrice - 100 },
    });
    const { productOffer } = await env.anon.ok(OFFER, { p: tshirt.id });
    expect(productOffer.locationId).toBe(env.demo.storeIds.warehouse);
    const offered = productOffer.variants.find((v: { variantId: string }) => v.variantId === variant.id);
    expect(offered).toMatchObject({
      listPrice: variant.basePrice,
      price: variant.basePrice,
      memberPrice: variant.basePrice - 100,
      memberTierName: gold.name,
    });
    const names = productOffer.promotions.map((p: { name: string }) => p.name);
    expect(names.some((n: string) => n.includes("满200减20"))).toBe(true);
    expect(names.some((n: string) => n.includes("饮料"))).toBe(false);

    const { productAvailability } = await env.anon.ok(AVAILABILITY, { p: tshirt.id });
    expect(productAvailability[0].pickup).toBe(true);
    const codes = productAvailability.map((l: { store: { code: string } }) => l.store.code);
    expect(codes).toEqual(expect.arrayContaining(["SH01", "BJ01", "WH01"]));
    const warehouse = productAvailability.find((l: { store: { code: string } }) => l.store.code === "WH01");
    expect(warehouse.pickup).toBe(false);
    const level = await env.db.stockLevel.findUnique({
      where: { variantId_locationId: { variantId: variant.id, locationId: env.demo.storeIds.warehouse } },
    });
    const row = warehouse.variants.find((v: { variantId: string }) => v.variantId === variant.id);
    expect(row.available).toBe(Math.max(0, (level?.onHand ?? 0) - (level?.reserved ?? 0)));

    expect((await env.anon.ok(OFFER, { p: "nope" })).productOffer).toBeNull();
    expect((await env.anon.ok(AVAILABILITY, { p: "nope" })).productAvailability).toEqual([]);
  });
});

const RECOMMENDED = `query($p: ID!, $n: Int) { recommendedProducts(productId: $p, first: $n) { id name } }`;

describe("recommendedProducts", () => {
  it("ranks products bought in the same orders first, then fills from the category", async () => {
    const [a, b, c] = await env.db.product.findMany({
      where: { status: "ACTIVE", variants: { some: { status: "ACTIVE" } } },
      include: { variants: { where: { status: "ACTIVE" }, take: 1 } },
      orderBy: { id: "desc" },
      take: 3,
    });
    if (!a || !b || !c) throw new Error("fixture products");
    const order = await env.db.order.findFirstOrThrow({ where: { status: "COMPLETED" }, include: { lines: true } });
    // Two fresh orders with a and c together: c must lead a's recommendations.
    for (let i = 0; i < 2; i++) {
      const copy = await env.db.order.create({
        data: {
          merchantId: order.merchantId,
          number: `REC${i}${Date.now()}`,
          type: order.type,
          status: "COMPLETED",
          channelId: order.channelId,
          storeId: order.storeId,
          subtotal: 0,
          total: 0,
        },
      });
      for (const p of [a, c]) {
        const v = p.variants[0];
        if (!v) throw new Error("variant");
        await env.db.orderLine.create({
          data: {
            orderId: copy.id,
            variantId: v.id,
            sku: v.sku,
            name: p.name,
            quantity: 1,
            unitPrice: 0,
            listPrice: 0,
            subtotal: 0,
            total: 0,
          },
        });
      }
    }
    const { recommendedProducts } = await env.anon.ok(RECOMMENDED, { p: a.id, n: 4 });
    expect(recommendedProducts[0].id).toBe(c.id);
    expect(recommendedProducts.length).toBe(4);
    expect(recommendedProducts.map((p: { id: string }) => p.id)).not.toContain(a.id);
  });
});

describe("referral codes on online orders", () => {
  it("records another member's code from a share link, and drops a shopper's own or an unknown code", async () => {
    const variant = await env.db.variant.findFirstOrThrow({
      where: { status: "ACTIVE", stockLevels: { some: { locationId: env.demo.storeIds.warehouse, onHand: { gte: 5 } } } },
    });
    const referrer = await env.db.member.findFirstOrThrow({ where: { phone: "13800000002" } });
    const buyer = await env.db.member.findFirstOrThrow({ where: { phone: "13800000003" } });

    const shared = await checkedOut(
      env,
      "13800000003",
      [{ variantId: variant.id, quantity: 1 }],
      deliveryInput({ referralCode: referrer.referralCode.toLowerCase() }),
    );
    expect(shared.checkout.__typename).toBe("OnlineCheckout");
    const read = await shared.member.ok(`query($id: ID!) { order(id: $id) { referralCode } }`, { id: shared.checkout.orderId });
    expect(read.order.referralCode).toBe(referrer.referralCode);

    await shared.member.ok(ADD, { v: variant.id, q: 1 });
    const own = await shared.member.ok(
      `mutation($i: OnlineCheckoutInput!) { checkout(input: $i) { __typename ... on OnlineCheckout { orderId } } }`,
      { i: deliveryInput({ referralCode: buyer.referralCode }) },
    );
    const ownOrder = await env.db.order.findUniqueOrThrow({ where: { id: own.checkout.orderId } });
    expect(ownOrder.referralCode).toBeNull();
    await shared.member.ok(ADD, { v: variant.id, q: 1 });
    const bad = await shared.member.gql(`mutation($i: OnlineCheckoutInput!) { checkout(input: $i) { __typename } }`, {
      i: deliveryInput({ referralCode: "no spaces!" }),
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
