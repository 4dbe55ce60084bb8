import { gs1CheckDigit } from "@o2o/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const PRODUCTS = `query($filter: ProductFilter, $sort: ProductSort, $first: Int!, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name status tags createdAt updatedAt category { id } brand { id } } }
  }
}`;

const CREATE = `mutation($i: CreateProductInput!) { createProduct(input: $i) {
  id name status tags options { name values } category { id name } brand { id name }
  variants { id sku name optionValues basePrice costPrice status barcodes { code type isPrimary } }
} }`;

type ProductNode = {
  id: string;
  name: string;
  status: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  category: { id: string } | null;
  brand: { id: string } | null;
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ProductNode }[];
};

let env: TestEnv;
let owner: TestClient;
let merchantId: string;
let seq = 0;

/** A valid EAN-13 that no demo variant carries (demo codes start 20, 21 or 690). */
function freshEan13(): string {
  seq += 1;
  const payload = `48${String(Date.now() % 1e6).padStart(6, "0")}${String(seq).padStart(4, "0")}`;
  return `${payload}${gs1CheckDigit(payload)}`;
}

const uniqueSku = (label: string) => `T-${label}-${Date.now().toString(36)}-${++seq}`;

async function allPages(
  client: TestClient,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ nodes: ProductNode[]; pages: Page[] }> {
  const nodes: ProductNode[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page = (await client.ok<{ products: Page }>(PRODUCTS, { ...variables, first, after })).products;
    pages.push(page);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, pages };
}

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
});
afterAll(async () => {
  await env?.close();
});

describe("catalogue reads", () => {
  it("pages through every product with first/after, hasNextPage and totalCount, in a stable order", async () => {
    const total = await env.db.product.count({ where: { merchantId } });
    expect(total).toBeGreaterThan(150);
    const { nodes, pages } = await allPages(owner, { sort: { field: "NAME", direction: "ASC" } }, 40);
    expect(pages.length).toBe(Math.ceil(total / 40));
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
    expect(pages[1]?.pageInfo.hasPreviousPage).toBe(true);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(total);
    const expected = await env.db.product.findMany({
      where: { merchantId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(nodes.map((n) => n.id)).toEqual(expected.map((p) => p.id));
  });

  it("sorts by creation and update time in both directions", async () => {
    const desc = (await owner.ok<{ products: Page }>(PRODUCTS, { sort: { field: "CREATED_AT", direction: "DESC" }, first: 30 })).products;
    const created = desc.edges.map((e) => Date.parse(e.node.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const asc = (await owner.ok<{ products: Page }>(PRODUCTS, { sort: { field: "UPDATED_AT", direction: "ASC" }, first: 30 })).products;
    const updated = asc.edges.map((e) => Date.parse(e.node.updatedAt));
    expect(updated).toEqual([...updated].sort((a, b) => a - b));
  });

  it("shows shoppers ACTIVE products only, and staff every status with a status filter", async () => {
    const active = await env.db.product.count({ where: { merchantId, status: "ACTIVE" } });
    const drafts = await env.db.product.count({ where: { merchantId, status: "DRAFT" } });
    expect(drafts).toBeGreaterThan(0);
    const { nodes } = await allPages(env.anon, {}, 100);
    expect(nodes).toHaveLength(active);
    expect(nodes.every((n) => n.status === "ACTIVE")).toBe(true);
    const member = await env.asMember("13800138000");
    expect((await member.ok<{ products: Page }>(PRODUCTS, { first: 1 })).products.totalCount).toBe(active);
    const staffDrafts = (await owner.ok<{ products: Page }>(PRODUCTS, { filter: { status: "DRAFT" }, first: 100 })).products;
    expect(staffDrafts.totalCount).toBe(drafts);
    expect(staffDrafts.edges.every((e) => e.node.status === "DRAFT")).toBe(true);
    expect(TestClient.code(await env.anon.gql(PRODUCTS, { filter: { status: "DRAFT" }, first: 5 }))).toBe("FORBIDDEN");
    const draft = await env.db.product.findFirstOrThrow({ where: { merchantId, status: "DRAFT" } });
    const q = `query($id: ID!) { product(id: $id) { id status } }`;
    expect((await env.anon.ok(q, { id: draft.id })).product).toBeNull();
    expect((await owner.ok(q, { id: draft.id })).product).toEqual({ id: draft.id, status: "DRAFT" });
  });

  it("filters by a parent category (including its descendants), brand and tag", async () => {
    const parent = await env.db.category.findFirstOrThrow({ where: { merchantId, name: "服装" } });
    const children = await env.db.category.findMany({ where: { parentId: parent.id }, select: { id: true } });
    const inTree = new Set([parent.id, ...children.map((c) => c.id)]);
    const expected = await env.db.product.count({ where: { merchantId, categoryId: { in: [...inTree] } } });
    expect(expected).toBeGreaterThan(0);
    const { nodes } = await allPages(owner, { filter: { categoryId: parent.id } }, 100);
    expect(nodes).toHaveLength(expected);
    expect(nodes.every((n) => n.category && inTree.has(n.category.id))).toBe(true);

    const brand = await env.db.brand.findFirstOrThrow({ where: { merchantId, name: "StrideX" } });
    const byBrand = (await owner.ok<{ products: Page }>(PRODUCTS, { filter: { brandId: brand.id }, first: 100 })).products;
    expect(byBrand.totalCount).toBe(await env.db.product.count({ where: { brandId: brand.id } }));
    expect(byBrand.edges.every((e) => e.node.brand?.id === brand.id)).toBe(true);

    const byTag = (await owner.ok<{ products: Page }>(PRODUCTS, { filter: { tag: "热销" }, first: 100 })).products;
    expect(byTag.totalCount).toBe(await env.db.product.count({ where: { merchantId, tags: { has: "热销" } } }));
    expect(byTag.totalCount).toBeGreaterThan(0);
    expect(byTag.edges.every((e) => e.node.tags.includes("热销"))).toBe(true);
  });

  it("searches by a Chinese name substring, by barcode and by SKU, and treats % literally", async () => {
    const sample = await env.db.product.findFirstOrThrow({ where: { merchantId, status: "ACTIVE", name: { contains: "T恤" } } });
    const bySubstring = (await env.anon.ok<{ products: Page }>(PRODUCTS, { filter: { search: "T恤" }, first: 100 })).products;
    expect(bySubstring.edges.map((e) => e.node.id)).toContain(sample.id);
    expect(bySubstring.edges.every((e) => e.node.name.toLowerCase().includes("t恤"))).toBe(true);

    const variant = await env.db.variant.findFirstOrThrow({
      where: { merchantId, status: "ACTIVE", product: { status: "ACTIVE" } },
      include: { barcodes: true },
      orderBy: { sku: "desc" },
    });
    const code = variant.barcodes[0]?.code as string;
    const byBarcode = (await env.anon.ok<{ products: Page }>(PRODUCTS, { filter: { search: ` ${code} ` }, first: 10 })).products;
    expect(byBarcode.edges.map((e) => e.node.id)).toEqual([variant.productId]);

    const bySku = (await owner.ok<{ products: Page }>(PRODUCTS, { filter: { search: variant.sku.toLowerCase() }, first: 10 })).products;
    expect(bySku.edges.map((e) => e.node.id)).toContain(variant.productId);

    // "%" is a character to find (the demo has 100%橙汁), not a LIKE wildcard that would match everything.
    const percent = (await owner.ok<{ products: Page }>(PRODUCTS, { filter: { search: "%" }, first: 100 })).products;
    expect(percent.totalCount).toBeLessThan(10);
    expect(percent.edges.every((e) => e.node.name.includes("%"))).toBe(true);
  });

  it("finds a variant by a scanned barcode (trimmed, full-width digits) for staff only", async () => {
    const barcode = await env.db.barcode.findFirstOrThrow({ where: { merchantId }, orderBy: { code: "asc" } });
    const q = `query($code: String!) { variantByBarcode(code: $code) { id sku product { id } barcodes { code isPrimary } } }`;
    const cashier = await env.as("cashier.sh");
    expect((await cashier.ok(q, { code: `  ${barcode.code}\r\n` })).variantByBarcode.id).toBe(barcode.variantId);
    const fullWidth = barcode.code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect((await cashier.ok(q, { code: fullWidth })).variantByBarcode.id).toBe(barcode.variantId);
    expect((await cashier.ok(q, { code: "0000000000000" })).variantByBarcode).toBeNull();
    expect(TestClient.code(await env.anon.gql(q, { code: barcode.code }))).toBe("UNAUTHENTICATED");
  });

  it("shows cost prices only to staff with catalog:write", async () => {
    const variant = await env.db.variant.findFirstOrThrow({
      where: { merchantId, costPrice: { not: null }, status: "ACTIVE", product: { status: "ACTIVE" } },
    });
    const q = `query($id: ID!) { product(id: $id) { variants { id costPrice basePrice } } }`;
    const costOf = async (client: TestClient) =>
      ((await client.ok(q, { id: variant.productId })).product.variants as { id: string; costPrice: number | null }[]).find(
        (v) => v.id === variant.id,
      )?.costPrice;
    expect(await costOf(owner)).toBe(variant.costPrice);
    expect(await costOf(await env.as("manager.sh"))).toBe(variant.costPrice);
    expect(await costOf(await env.as("cashier.sh"))).toBeNull();
    expect(await costOf(await env.as("marketing"))).toBeNull();
    expect(await costOf(env.anon)).toBeNull();
  });

  it("lists categories flat with parent and children, and brands, publicly", async () => {
    const res = await env.anon.ok<{
      categories: { id: string; name: string; parent: { name: string } | null; children: { name: string }[] }[];
      brands: { name: string }[];
    }>(`{ categories { id name nameI18n parent { name } children { name } } brands { name } }`);
    const apparel = res.categories.find((c) => c.name === "服装");
    expect(apparel?.parent).toBeNull();
    expect(apparel?.children.map((c) => c.name)).toEqual(["T恤", "衬衫", "裤装", "外套"]);
    expect(res.categories.find((c) => c.name === "衬衫")?.parent?.name).toBe("服装");
    expect(res.brands.map((b) => b.name)).toContain("StrideX");
  });
});

describe("catalogue writes", () => {
  it("creates a product with option variants and barcodes, audited; shoppers see it once ACTIVE", async () => {
    const category = await env.db.category.findFirstOrThrow({ where: { merchantId, name: "T恤" } });
    const brand = await env.db.brand.findFirstOrThrow({ where: { merchantId, name: "UrbanLoom" } });
    const [ean, upcPayload] = [freshEan13(), "03600029145"];
    const upc = `${upcPayload}${gs1CheckDigit(upcPayload)}`;
    const skus = [uniqueSku("RED"), uniqueSku("BLUE")];
    const created = (
      await owner.ok(CREATE, {
        i: {
          name: "测试 圆领T恤",
          categoryId: category.id,
          brandId: brand.id,
          tags: ["测试", "新品"],
          options: [{ name: "颜色", values: ["红", "蓝"] }],
          variants: [
            { sku: skus[0], name: "测试 圆领T恤 红", optionValues: { 颜色: "红" }, basePrice: 9900, costPrice: 4000, barcodes: [ean, upc] },
            { sku: skus[1], name: "测试 圆领T恤 蓝", optionValues: { 颜色: "蓝" }, basePrice: 9900 },
          ],
        },
      })
    ).createProduct;
    expect(created).toMatchObject({
      name: "测试 圆领T恤",
      status: "DRAFT",
      options: [{ name: "颜色", values: ["红", "蓝"] }],
      category: { id: category.id },
      brand: { id: brand.id },
    });
    const red = created.variants.find((v: { sku: string }) => v.sku === skus[0]);
    expect(red).toMatchObject({ basePrice: 9900, costPrice: 4000, optionValues: { 颜色: "红" } });
    expect(red.barcodes).toEqual([
      { code: ean, type: "EAN13", isPrimary: true },
      { code: `0${upc}`, type: "UPCA", isPrimary: false },
    ]);
    const audit = await env.db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "product.create" } });
    expect(audit).toMatchObject({ entityType: "Product", actorType: "STAFF", merchantId });
    expect(JSON.stringify(audit.after)).toContain(skus[0]);

    const q = `query($id: ID!) { product(id: $id) { id name variants { sku } } }`;
    expect((await env.anon.ok(q, { id: created.id })).product).toBeNull();
    const updated = await owner.ok(
      `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id status name description } }`,
      {
        id: created.id,
        i: { status: "ACTIVE", description: "纯棉" },
      },
    );
    expect(updated.updateProduct).toMatchObject({ status: "ACTIVE", name: "测试 圆领T恤", description: "纯棉" });
    const update = await env.db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "product.update" } });
    expect(update.before).toMatchObject({ status: "DRAFT" });
    expect(update.after).toMatchObject({ status: "ACTIVE", description: "纯棉" });
    expect((await env.anon.ok(q, { id: created.id })).product.variants).toHaveLength(2);

    // A UPC-A scan finds the code stored in its EAN-13 form.
    const scan = await owner.ok(`query($c: String!) { variantByBarcode(code: $c) { sku } }`, { c: upc });
    expect(scan.variantByBarcode.sku).toBe(skus[0]);

    const archived = await owner.ok(`mutation($id: ID!) { archiveProduct(id: $id) { status } }`, { id: created.id });
    expect(archived.archiveProduct.status).toBe("ARCHIVED");
    expect(await env.db.auditLog.count({ where: { entityId: created.id, action: "product.archive" } })).toBe(1);
    expect((await env.anon.ok(q, { id: created.id })).product).toBeNull();
  });

  it("rejects a barcode with a wrong check digit with its field path, writing nothing", async () => {
    const good = freshEan13();
    const bad = `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`;
    const before = await env.db.product.count();
    const res = await owner.gql(CREATE, {
      i: { name: "坏条码", variants: [{ sku: uniqueSku("BAD"), name: "坏条码", basePrice: 100, barcodes: [good, bad] }] },
    });
    expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: "variants.0.barcodes.1" })]);
    expect(await env.db.product.count()).toBe(before);
    expect(await env.db.barcode.count({ where: { code: good } })).toBe(0);
  });

  it("answers CONFLICT for a SKU or barcode the merchant already uses, writing nothing", async () => {
    const existing = await env.db.variant.findFirstOrThrow({ where: { merchantId }, include: { barcodes: true } });
    const before = await env.db.product.count();
    const sku = await owner.gql(CREATE, { i: { name: "重复SKU", variants: [{ sku: existing.sku, name: "重复", basePrice: 100 }] } });
    expect(TestClient.code(sku)).toBe("CONFLICT");
    const code = existing.barcodes[0]?.code as string;
    const barcode = await owner.gql(CREATE, {
      i: { name: "重复条码", variants: [{ sku: uniqueSku("DUP"), name: "重复", basePrice: 100, barcodes: [code] }] },
    });
    expect(TestClient.code(barcode)).toBe("CONFLICT");
    expect(await env.db.product.count()).toBe(before);
  });

  it("rejects an oversize name and out-of-range prices with BAD_USER_INPUT, writing nothing", async () => {
    const before = await env.db.product.count();
    const auditsBefore = await env.db.auditLog.count();
    const res = await owner.gql(CREATE, {
      i: { name: "长".repeat(121), variants: [{ sku: uniqueSku("LONG"), name: "x", basePrice: 100_000_001 }] },
    });
    expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
    const fields = res.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field).sort();
    expect(fields).toEqual(["name", "variants.0.basePrice"]);
    expect(await env.db.product.count()).toBe(before);
    expect(await env.db.auditLog.count()).toBe(auditsBefore);
  });

  it("rejects a SKU or barcode given twice in one input with the later field's path", async () => {
    const sku = uniqueSku("TWICE");
    const code = freshEan13();
    const res = await owner.gql(CREATE, {
      i: {
        name: "重复输入",
        variants: [
          { sku, name: "a", basePrice: 100, barcodes: [code] },
          { sku: uniqueSku("OTHER"), name: "b", basePrice: 100, barcodes: [code] },
          { sku, name: "c", basePrice: 100 },
        ],
      },
    });
    expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field)).toEqual(["variants.2.sku"]);
    const barcodes = await owner.gql(CREATE, {
      i: { name: "重复条码输入", variants: [{ sku: uniqueSku("A"), name: "a", basePrice: 1, barcodes: [code, ` ${code}`] }] },
    });
    expect(barcodes.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field)).toEqual(["variants.0.barcodes.1"]);
  });

  it("rejects option values that do not fit the product's options", async () => {
    const res = await owner.gql(CREATE, {
      i: {
        name: "选项不符",
        options: [{ name: "尺码", values: ["M", "L"] }],
        variants: [{ sku: uniqueSku("OPT"), name: "x", basePrice: 100, optionValues: { 尺码: "XL" } }],
      },
    });
    expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe("variants.0.optionValues");
  });

  it("forbids catalogue writes to a cashier and to anonymous callers, writing nothing", async () => {
    const before = await env.db.product.count();
    const input = { i: { name: "无权限", variants: [{ sku: uniqueSku("NOPE"), name: "x", basePrice: 100 }] } };
    const cashier = await env.as("cashier.sh");
    expect(TestClient.code(await cashier.gql(CREATE, input))).toBe("FORBIDDEN");
    expect(TestClient.code(await env.anon.gql(CREATE, input))).toBe("UNAUTHENTICATED");
    expect(TestClient.code(await cashier.gql(`mutation { createBrand(input: { name: "X" }) { id } }`))).toBe("FORBIDDEN");
    expect(await env.db.product.count()).toBe(before);
  });

  it("creates categories and brands, refusing duplicates", async () => {
    const parent = await env.db.category.findFirstOrThrow({ where: { merchantId, name: "食品" } });
    const create = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id name sortOrder parent { id } } }`;
    const made = (await owner.ok(create, { i: { name: "冷冻食品", parentId: parent.id, nameI18n: { en: "Frozen" } } })).createCategory;
    expect(made).toMatchObject({ name: "冷冻食品", parent: { id: parent.id } });
    expect(made.sortOrder).toBeGreaterThan(0);
    expect(TestClient.code(await owner.gql(create, { i: { name: "冷冻食品", parentId: parent.id } }))).toBe("CONFLICT");
    const top = (await owner.ok(create, { i: { name: "数码" } })).createCategory;
    expect(top.parent).toBeNull();
    expect(TestClient.code(await owner.gql(create, { i: { name: "数码" } }))).toBe("CONFLICT");
    expect(await env.db.auditLog.count({ where: { entityId: made.id, action: "category.create" } })).toBe(1);

    const brand = `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id name } }`;
    const b = (await owner.ok(brand, { i: { name: "测试品牌" } })).createBrand;
    expect(b.name).toBe("测试品牌");
    expect(TestClient.code(await owner.gql(brand, { i: { name: "测试品牌" } }))).toBe("CONFLICT");
    expect(await env.db.auditLog.count({ where: { entityId: b.id, action: "brand.create" } })).toBe(1);
  });
});
