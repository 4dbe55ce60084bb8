import type { PriceOverride, TierPrice } from "@o2o/domain";
import type { SqlClient } from "../../db/sql-client.ts";

export type SaleVariant = {
  id: string;
  sku: string;
  name: string;
  basePrice: number;
  status: string;
  productId: string;
  productName: string;
  productStatus: string;
  categoryId: string | null;
  brandId: string | null;
  /** the given barcodes that belong to this variant */
  codes: string[];
  overrides: PriceOverride[];
  tierPrices: TierPrice[];
};

type Row = Omit<SaleVariant, "overrides"> & {
  overrides: { channelId: string | null; storeId: string | null; price: number; startsAt: string | null; endsAt: string | null }[];
  catalogRevision: string;
};

/** Variants as of one catalog revision (see SaleVariantCache); the revision is null when none was found. */
export type SaleVariantRead = { revision: string | null; variants: SaleVariant[] };

/**
 * The variants of a sale by id or barcode, with product, price overrides and tier prices, in ONE statement (the
 * till's hot path: Prisma's include would issue five), and the catalog revision they were read at.
 */
export async function loadSaleVariants(db: SqlClient, merchantId: string, ids: string[], codes: string[]): Promise<SaleVariantRead> {
  const rows = await db.$queryPrepared<Row[]>(
    `SELECT v.id, v.sku, v.name, v."basePrice", v.status::text AS status, v."productId", p.name AS "productName",
            p.status::text AS "productStatus", p."categoryId", p."brandId",
            COALESCE((SELECT json_agg(b.code) FROM "Barcode" b WHERE b."variantId" = v.id AND b.code = ANY($3::text[])), '[]'::json) AS codes,
            COALESCE((SELECT json_agg(json_build_object('channelId', o."channelId", 'storeId', o."storeId", 'price', o.price,
                        'startsAt', o."startsAt", 'endsAt', o."endsAt")) FROM "PriceOverride" o WHERE o."variantId" = v.id), '[]'::json) AS overrides,
            COALESCE((SELECT json_agg(json_build_object('tierId', t."tierId", 'price', t.price)) FROM "TierPrice" t WHERE t."variantId" = v.id),
                     '[]'::json) AS "tierPrices",
            (SELECT r.rev::text FROM "CatalogRevision" r WHERE r.id = 1) AS "catalogRevision"
       FROM "Variant" v JOIN "Product" p ON p.id = v."productId"
      WHERE v."merchantId" = $1
        -- One IN over a UNION (not "id = ANY OR id IN (...)"): the OR made PostgreSQL scan every variant of the merchant.
        AND v.id IN (SELECT unnest($2::text[]) UNION SELECT b."variantId" FROM "Barcode" b WHERE b."merchantId" = $1 AND b.code = ANY($3::text[]))`,
    merchantId,
    ids,
    codes,
  );
  const parse = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
  const variants = rows.map(({ catalogRevision: _, ...r }) => ({
    ...r,
    basePrice: Number(r.basePrice),
    codes: parse<string[]>(r.codes),
    tierPrices: parse<TierPrice[]>(r.tierPrices),
    overrides: parse<Row["overrides"]>(r.overrides).map((o) => ({
      ...o,
      startsAt: o.startsAt ? new Date(o.startsAt) : null,
      endsAt: o.endsAt ? new Date(o.endsAt) : null,
    })),
  }));
  return { revision: rows[0]?.catalogRevision ?? null, variants };
}
