import { randomUUID } from "node:crypto";
import { type BulkColumn, bulkInsert } from "../../db/bulk-insert.ts";
import type { RawSql } from "../../db/sql-client.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import type { BrandRef, CategoryRef, ImportPlan, PlannedProduct, PlannedVariant } from "./catalog-import.plan.ts";
import { categoryPaths, pathKey } from "./catalog-import.state.ts";

/** Rows per statement: large enough that 10,000 rows are a few dozen statements, small enough for any driver. */
const CHUNK = 1000;

const PRODUCT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "categoryId", type: "text" },
  { name: "brandId", type: "text" },
  { name: "name", type: "text" },
  { name: "searchText", type: "text" },
  { name: "description", type: "text" },
  { name: "status", type: "text", cast: '"ProductStatus"' },
  { name: "tags", type: "text", cast: "text[]" },
  { name: "options", type: "jsonb" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];
const VARIANT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "productId", type: "text" },
  { name: "sku", type: "text" },
  { name: "name", type: "text" },
  { name: "optionValues", type: "jsonb" },
  { name: "basePrice", type: "int" },
  { name: "costPrice", type: "int" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];
const BARCODE_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "variantId", type: "text" },
  { name: "code", type: "text" },
  { name: "type", type: "text", cast: '"BarcodeType"' },
  { name: "isPrimary", type: "bool" },
];
const CATEGORY_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "parentId", type: "text" },
  { name: "name", type: "text" },
  { name: "sortOrder", type: "int" },
  { name: "updatedAt", type: "timestamptz" },
];
const PRICE_CHANGE_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "variantId", type: "text" },
  { name: "scope", type: "text", cast: '"PriceScope"' },
  { name: "oldPrice", type: "int" },
  { name: "newPrice", type: "int" },
  { name: "effectiveAt", type: "timestamptz" },
  { name: "appliedAt", type: "timestamptz" },
  { name: "status", type: "text", cast: '"PriceChangeStatus"' },
  { name: "actorId", type: "text" },
];

export type ImportWriteResult = { createdCategories: number; createdBrands: number };

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

async function insertChunked(tx: RawSql, table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void> {
  for (const chunk of chunks(rows)) await bulkInsert(tx, table, columns, chunk);
}

/** A PostgreSQL array literal of text, for a text column cast to text[] ({"a","b \"c\""}). */
function textArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/**
 * Writes a planned import in the caller's transaction with set-based statements, a few per thousand rows whatever
 * the size: brands and categories the file names but the catalogue lacks, new products, variants and barcodes,
 * changes to existing ones, price history and PRICE_CHANGED events for changed base prices.
 */
export async function writeImportPlan(
  tx: RawSql,
  merchantId: string,
  actorId: string,
  plan: ImportPlan,
  at: Date,
): Promise<ImportWriteResult> {
  const brands = await createBrands(tx, merchantId, plan.newBrands);
  const categories = await createCategories(tx, merchantId, plan.newCategoryPaths, at);
  const categoryId = (ref: CategoryRef) => (ref ? ("id" in ref ? ref.id : (categories.ids.get(pathKey(ref.path)) ?? null)) : null);
  const brandId = (ref: BrandRef) => (ref ? ("id" in ref ? ref.id : (brands.ids.get(ref.name) ?? null)) : null);

  const productRow = (p: PlannedProduct) => [
    p.id,
    merchantId,
    categoryId(p.category),
    brandId(p.brand),
    p.name,
    p.searchText,
    p.description,
    p.status,
    textArrayLiteral(p.tags),
    p.options,
    at,
    at,
  ];
  await insertChunked(tx, "Product", PRODUCT_COLUMNS, plan.newProducts.map(productRow));

  const replaced = plan.variantChanges.filter((v) => v.barcodesChanged).map((v) => v.id);
  for (const ids of chunks(replaced)) {
    await tx.$executeRawUnsafe(`DELETE FROM "Barcode" WHERE "merchantId" = $1 AND "variantId" = ANY($2::text[])`, merchantId, ids);
  }

  await insertChunked(
    tx,
    "Variant",
    VARIANT_COLUMNS,
    plan.newVariants.map((v) => [v.id, merchantId, v.productId, v.sku, v.name, v.optionValues, v.basePrice, v.costPrice, at, at]),
  );

  for (const chunk of chunks(plan.variantChanges)) {
    await tx.$executeRawUnsafe(
      `UPDATE "Variant" v SET name = x.name, "optionValues" = x.ov::jsonb, "basePrice" = x.bp, "costPrice" = x.cp, "updatedAt" = $7
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) AS x(id, name, ov, bp, cp)
        WHERE v.id = x.id AND v."merchantId" = $6`,
      chunk.map((v) => v.id),
      chunk.map((v) => v.name),
      chunk.map((v) => JSON.stringify(v.optionValues)),
      chunk.map((v) => v.basePrice),
      chunk.map((v) => v.costPrice),
      merchantId,
      at,
    );
  }

  for (const chunk of chunks(plan.productChanges)) {
    await tx.$executeRawUnsafe(
      `UPDATE "Product" p SET name = x.name, "categoryId" = x.cat, "brandId" = x.brand, status = x.status::"ProductStatus",
              tags = x.tags::text[], description = x.description, options = x.options::jsonb,
              "searchText" = COALESCE(x.search, p."searchText"), "updatedAt" = $11
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS x(id, name, cat, brand, status, tags, description, options, search)
        WHERE p.id = x.id AND p."merchantId" = $10`,
      chunk.map((p) => p.id),
      chunk.map((p) => p.name),
      chunk.map((p) => categoryId(p.category)),
      chunk.map((p) => brandId(p.brand)),
      chunk.map((p) => p.status),
      chunk.map((p) => textArrayLiteral(p.tags)),
      chunk.map((p) => p.description),
      chunk.map((p) => JSON.stringify(p.options)),
      chunk.map((p) => p.searchText),
      merchantId,
      at,
    );
  }

  const barcodeRows = (variants: PlannedVariant[]) =>
    variants.flatMap((v) => v.barcodes.map((b) => [randomUUID(), merchantId, v.id, b.code, b.type, b.isPrimary]));
  await insertChunked(tx, "Barcode", BARCODE_COLUMNS, [
    ...barcodeRows(plan.newVariants),
    ...barcodeRows(plan.variantChanges.filter((v) => v.barcodesChanged)),
  ]);

  const repriced = plan.variantChanges.filter((v) => v.basePrice !== v.oldBasePrice);
  await insertChunked(
    tx,
    "PriceChange",
    PRICE_CHANGE_COLUMNS,
    repriced.map((v) => [randomUUID(), v.id, "BASE", v.oldBasePrice, v.basePrice, at, at, "APPLIED", actorId]),
  );
  const events: OutboxMessage[] = repriced.map((v) => ({
    topic: "PRICE_CHANGED",
    payload: {
      merchantId,
      variantId: v.id,
      productId: v.productId,
      scope: "BASE",
      storeId: null,
      channelId: null,
      price: v.basePrice,
      at: at.toISOString(),
    },
  }));
  for (const chunk of chunks(events)) await emitAll(tx, chunk);

  return { createdCategories: categories.created, createdBrands: brands.created };
}

async function createBrands(tx: RawSql, merchantId: string, names: string[]) {
  if (names.length === 0) return { ids: new Map<string, string>(), created: 0 };
  const created = await tx.$executeRawUnsafe(
    `INSERT INTO "Brand" (id, "merchantId", name)
       SELECT x.id, $1, x.name FROM unnest($2::text[], $3::text[]) AS x(id, name)
     ON CONFLICT ("merchantId", name) DO NOTHING`,
    merchantId,
    names.map(() => randomUUID()),
    names,
  );
  const rows = await tx.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "Brand" WHERE "merchantId" = $1 AND name = ANY($2::text[])`,
    merchantId,
    names,
  );
  return { ids: new Map(rows.map((r) => [r.name, r.id])), created };
}

/**
 * Creates the missing categories of the given paths, level by level, each after its last sibling. Takes the same
 * per-merchant lock as createCategory: the unique index does not cover top-level names (NULL parent).
 */
async function createCategories(tx: RawSql, merchantId: string, paths: string[][], at: Date) {
  if (paths.length === 0) return { ids: new Map<string, string>(), created: 0 };
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `category-root:${merchantId}`);
  const rows = await tx.$queryRawUnsafe<{ id: string; parentId: string | null; name: string; sortOrder: number }[]>(
    `SELECT id, "parentId", name, "sortOrder"::int AS "sortOrder" FROM "Category" WHERE "merchantId" = $1 ORDER BY "sortOrder", name, id`,
    merchantId,
  );
  const ids = categoryPaths(rows).categoryIdByPath;
  const lastSort = new Map<string, number>();
  for (const r of rows) lastSort.set(r.parentId ?? "", Math.max(lastSort.get(r.parentId ?? "") ?? 0, Number(r.sortOrder)));
  let created = 0;
  const depth = Math.max(...paths.map((p) => p.length));
  for (let level = 1; level <= depth; level++) {
    const inserts: unknown[][] = [];
    for (const path of paths) {
      if (path.length !== level || ids.has(pathKey(path))) continue;
      const parentId = level === 1 ? null : (ids.get(pathKey(path.slice(0, -1))) ?? null);
      const sortOrder = (lastSort.get(parentId ?? "") ?? 0) + 10;
      lastSort.set(parentId ?? "", sortOrder);
      const id = randomUUID();
      ids.set(pathKey(path), id);
      inserts.push([id, merchantId, parentId, path[level - 1], sortOrder, at]);
    }
    await insertChunked(tx, "Category", CATEGORY_COLUMNS, inserts);
    created += inserts.length;
  }
  return { ids, created };
}
