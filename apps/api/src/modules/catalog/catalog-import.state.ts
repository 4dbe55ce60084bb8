import type { RawSql } from "../../db/sql-client.ts";
import type { ProductStatus } from "../../generated/prisma/enums.ts";
import { productOptions } from "./product-input-checks.ts";

export type OptionAxis = { name: string; values: string[] };

export type ExistingVariant = {
  id: string;
  productId: string;
  sku: string;
  name: string;
  optionValues: Record<string, unknown>;
  basePrice: number;
  costPrice: number | null;
  /** Primary first. */
  barcodes: { code: string; isPrimary: boolean }[];
};

export type ExistingProduct = {
  id: string;
  name: string;
  categoryId: string | null;
  brandId: string | null;
  status: ProductStatus;
  tags: string[];
  description: string | null;
  options: OptionAxis[];
  nameI18n: unknown;
  variants: { id: string; sku: string; optionValues: Record<string, unknown> }[];
};

/** What the import needs to know of the merchant's catalogue, read in one go (a handful of statements). */
export type CatalogState = {
  variantsBySku: Map<string, ExistingVariant>;
  /** Owners of the file's barcodes that are already taken. */
  barcodeOwners: Map<string, { variantId: string; sku: string }>;
  products: Map<string, ExistingProduct>;
  categoryIdByPath: Map<string, string>;
  categoryNameById: Map<string, string>;
  categoryPathById: Map<string, string>;
  brandIdByName: Map<string, string>;
  brandNameById: Map<string, string>;
};

export const pathKey = (segments: readonly string[]) => segments.join("/");

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : typeof v === "string" ? asObject(JSON.parse(v)) : {};

/**
 * Reads the variants with the file's SKUs, their products (with every variant's option values), the owners of the
 * file's barcodes, and the category tree and brands. With `lock`, the variants and products read are locked for the
 * rest of the transaction, in id order (so two imports of overlapping files queue instead of deadlocking), and price
 * writers wait for the import.
 */
export async function loadCatalogState(
  db: RawSql,
  merchantId: string,
  skus: string[],
  codes: string[],
  lock: boolean,
): Promise<CatalogState> {
  const forUpdate = lock ? " FOR UPDATE" : "";
  // One statement at a time: a transaction holds one connection.
  const variantRows = await db.$queryRawUnsafe<
    { id: string; productId: string; sku: string; name: string; optionValues: unknown; basePrice: number; costPrice: number | null }[]
  >(
    `SELECT id, "productId", sku, name, "optionValues", "basePrice"::int AS "basePrice", "costPrice"::int AS "costPrice"
       FROM "Variant" WHERE "merchantId" = $1 AND sku = ANY($2::text[]) ORDER BY id${forUpdate}`,
    merchantId,
    skus,
  );
  const productIds = [...new Set(variantRows.map((v) => v.productId))].sort();
  const productRows = productIds.length
    ? await db.$queryRawUnsafe<
        {
          id: string;
          name: string;
          categoryId: string | null;
          brandId: string | null;
          status: ProductStatus;
          tags: string[] | null;
          description: string | null;
          options: unknown;
          nameI18n: unknown;
        }[]
      >(
        `SELECT id, name, "categoryId", "brandId", status::text AS status, tags, description, options, "nameI18n"
           FROM "Product" WHERE "merchantId" = $1 AND id = ANY($2::text[]) ORDER BY id${forUpdate}`,
        merchantId,
        productIds,
      )
    : [];
  const siblings = productIds.length
    ? await db.$queryRawUnsafe<{ id: string; sku: string; productId: string; optionValues: unknown }[]>(
        `SELECT id, sku, "productId", "optionValues" FROM "Variant" WHERE "productId" = ANY($1::text[]) ORDER BY "createdAt", sku`,
        productIds,
      )
    : [];
  const variantIds = variantRows.map((v) => v.id);
  const ownBarcodes = variantIds.length
    ? await db.$queryRawUnsafe<{ variantId: string; code: string; isPrimary: boolean }[]>(
        `SELECT "variantId", code, "isPrimary" FROM "Barcode" WHERE "variantId" = ANY($1::text[]) ORDER BY "isPrimary" DESC, "createdAt", code`,
        variantIds,
      )
    : [];
  const owners = codes.length
    ? await db.$queryRawUnsafe<{ code: string; variantId: string; sku: string }[]>(
        `SELECT b.code, b."variantId", v.sku FROM "Barcode" b JOIN "Variant" v ON v.id = b."variantId"
          WHERE b."merchantId" = $1 AND b.code = ANY($2::text[])`,
        merchantId,
        codes,
      )
    : [];
  const categories = await db.$queryRawUnsafe<{ id: string; parentId: string | null; name: string }[]>(
    `SELECT id, "parentId", name FROM "Category" WHERE "merchantId" = $1 ORDER BY "sortOrder", name, id`,
    merchantId,
  );
  const brands = await db.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "Brand" WHERE "merchantId" = $1 ORDER BY name, id`,
    merchantId,
  );

  const barcodesByVariant = new Map<string, { code: string; isPrimary: boolean }[]>();
  for (const b of ownBarcodes) {
    const list = barcodesByVariant.get(b.variantId) ?? [];
    list.push({ code: b.code, isPrimary: Boolean(b.isPrimary) });
    barcodesByVariant.set(b.variantId, list);
  }
  const variantsByProduct = new Map<string, ExistingProduct["variants"]>();
  for (const s of siblings) {
    const list = variantsByProduct.get(s.productId) ?? [];
    list.push({ id: s.id, sku: s.sku, optionValues: asObject(s.optionValues) });
    variantsByProduct.set(s.productId, list);
  }
  return {
    variantsBySku: new Map(
      variantRows.map((v) => [
        v.sku,
        {
          ...v,
          basePrice: Number(v.basePrice),
          costPrice: v.costPrice === null ? null : Number(v.costPrice),
          optionValues: asObject(v.optionValues),
          barcodes: barcodesByVariant.get(v.id) ?? [],
        },
      ]),
    ),
    barcodeOwners: new Map(owners.map((o) => [o.code, { variantId: o.variantId, sku: o.sku }])),
    products: new Map(
      productRows.map((p) => [
        p.id,
        {
          ...p,
          tags: p.tags ?? [],
          options: productOptions(typeof p.options === "string" ? JSON.parse(p.options) : p.options),
          variants: variantsByProduct.get(p.id) ?? [],
        },
      ]),
    ),
    ...categoryPaths(categories),
    brandIdByName: new Map(brands.map((b) => [b.name, b.id])),
    brandNameById: new Map(brands.map((b) => [b.id, b.name])),
  };
}

/** Each category's path of names from the root ("服装/T恤"); where two siblings share a name the first in sort order wins. */
export function categoryPaths(rows: { id: string; parentId: string | null; name: string }[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = new Map<string, string>();
  const resolve = (id: string, depth = 0): string => {
    const known = pathOf.get(id);
    if (known !== undefined) return known;
    const row = byId.get(id);
    if (!row) return "";
    const parent = row.parentId && depth < 50 ? resolve(row.parentId, depth + 1) : "";
    const path = parent ? `${parent}/${row.name}` : row.name;
    pathOf.set(id, path);
    return path;
  };
  const categoryIdByPath = new Map<string, string>();
  for (const r of rows) {
    const path = resolve(r.id);
    if (!categoryIdByPath.has(path)) categoryIdByPath.set(path, r.id);
  }
  return { categoryIdByPath, categoryNameById: new Map(rows.map((r) => [r.id, r.name])), categoryPathById: pathOf };
}
