import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { PricingReferenceCache } from "../checkout/pricing-reference.ts";
import { tillReceiptOf } from "../settings/till-receipt.ts";

export type SnapshotQuery = { after?: string | null; first: number; changedSince?: Date | null; ids?: string[] | null };
export type SnapshotPage = { rows: Record<string, unknown>[]; endCursor: string | null; hasNextPage: boolean; serverTime: Date };

// One statement per page, keyset-paged by id, JSON built in the database: a 50,000-SKU store loads in a few pages.
// $1 merchant, $2 store, $3 after, $4 limit, $5 changed since, $6 ids.
// The page's rows first, then their barcodes, store prices and tier prices aggregated for the page at once (hash
// joins; per-row subqueries were 2-3 times slower at 5,000 rows).
const VARIANTS = `
  WITH page AS (
    SELECT v.id, v."productId", v.sku, v.name, p.name AS "productName",
           (v.status = 'ACTIVE' AND p.status = 'ACTIVE') AS sellable, v."basePrice", p."categoryId",
           c.name AS "categoryName", c.icon AS "categoryIcon", p."brandId", p."searchText",
           COALESCE(sl."onHand" - sl.reserved, 0) AS available,
           GREATEST(v."updatedAt", p."updatedAt") AS "updatedAt"
      FROM "Variant" v
      JOIN "Product" p ON p.id = v."productId"
      LEFT JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "StockLevel" sl ON sl."variantId" = v.id AND sl."locationId" = $2
     WHERE v."merchantId" = $1 AND ($3::text IS NULL OR v.id > $3)
       AND ($6::text[] IS NULL OR v.id = ANY($6::text[]))
       AND ($5::timestamptz IS NULL OR v."updatedAt" > $5 OR p."updatedAt" > $5 OR c."updatedAt" > $5
            OR EXISTS (SELECT 1 FROM "PriceOverride" o WHERE o."variantId" = v.id AND o."updatedAt" > $5)
            OR EXISTS (SELECT 1 FROM "TierPrice" t WHERE t."variantId" = v.id AND t."createdAt" > $5)
            OR EXISTS (SELECT 1 FROM "Barcode" b WHERE b."variantId" = v.id AND b."createdAt" > $5))
     ORDER BY v.id
     LIMIT $4),
  bc AS (SELECT b."variantId", json_agg(b.code ORDER BY b.code) AS list FROM "Barcode" b JOIN page ON page.id = b."variantId" GROUP BY 1),
  ov AS (SELECT o."variantId", json_agg(json_build_object('channelId', o."channelId", 'storeId', o."storeId", 'price', o.price,
                  'startsAt', o."startsAt", 'endsAt', o."endsAt")) AS list
           FROM "PriceOverride" o JOIN page ON page.id = o."variantId"
          WHERE (o."storeId" IS NULL OR o."storeId" = $2) AND (o."endsAt" IS NULL OR o."endsAt" > now())
          GROUP BY 1),
  tp AS (SELECT t."variantId", json_agg(json_build_object('tierId', t."tierId", 'price', t.price)) AS list
           FROM "TierPrice" t JOIN page ON page.id = t."variantId" GROUP BY 1)
  SELECT page.*, COALESCE(bc.list, '[]'::json) AS barcodes, COALESCE(ov.list, '[]'::json) AS overrides,
         COALESCE(tp.list, '[]'::json) AS "tierPrices"
    FROM page
    LEFT JOIN bc ON bc."variantId" = page.id
    LEFT JOIN ov ON ov."variantId" = page.id
    LEFT JOIN tp ON tp."variantId" = page.id
   ORDER BY page.id`;

const MEMBERS = `
  SELECT m.id, m.phone, m.name, m."tierId", t.name AS "tierName", COALESCE(t."pointsMultiplierBps", 10000) AS "tierMultiplierBps",
         m."pointsBalance", m."storeCreditBalance", (m.status = 'ACTIVE') AS active, m."updatedAt"
    FROM "Member" m LEFT JOIN "MemberTier" t ON t.id = m."tierId"
   WHERE m."merchantId" = $1 AND ($3::text IS NULL OR m.id > $3)
     AND ($6::text[] IS NULL OR m.id = ANY($6::text[]))
     AND ($5::timestamptz IS NULL OR m."updatedAt" > $5)
     AND $2::text IS NOT NULL
   ORDER BY m.id
   LIMIT $4`;

/** The till's offline snapshot: catalogue with the store's prices, members, and the pricing reference. */
export class PosSnapshotService {
  constructor(
    private readonly db: Db,
    private readonly references: PricingReferenceCache,
  ) {}

  variants(merchantId: string, storeId: string, q: SnapshotQuery): Promise<SnapshotPage> {
    return this.page(VARIANTS, merchantId, storeId, q);
  }

  members(merchantId: string, storeId: string, q: SnapshotQuery): Promise<SnapshotPage> {
    return this.page(MEMBERS, merchantId, storeId, q);
  }

  async reference(merchantId: string, storeId: string) {
    const serverTime = new Date();
    const [store, ref, promotions] = await Promise.all([
      this.db.store.findFirst({
        where: { id: storeId, merchantId },
        select: { id: true, name: true, city: true, district: true, addressLine: true, phone: true, settings: true },
      }),
      this.references.get(merchantId),
      this.db.promotion.findMany({ where: { merchantId, status: "ACTIVE" } }),
    ]);
    if (!store) throw notFound("Store", storeId);
    return {
      storeId,
      posChannelId: ref.channelIds.get("POS") ?? "",
      settings: ref.settings as unknown as Record<string, unknown>,
      receipt: tillReceiptOf(ref.settings.receipt, store),
      tillTenders: ref.settings.payments.tillTenders,
      languages: ref.settings.languages,
      categoryPaths: Object.fromEntries(ref.categoryPath),
      promotions: promotions.map((p) => ({ ...p }) as Record<string, unknown>),
      serverTime,
    };
  }

  private async page(sql: string, merchantId: string, storeId: string, q: SnapshotQuery): Promise<SnapshotPage> {
    // Read the clock first: a row changed while this page is read is picked up again by the next delta.
    const serverTime = new Date();
    const rows = await this.db.$queryRawUnsafe<Record<string, unknown>[]>(
      sql,
      merchantId,
      storeId,
      q.after ?? null,
      q.first + 1,
      q.changedSince ?? null,
      q.ids ?? null,
    );
    const hasNextPage = rows.length > q.first;
    const page = hasNextPage ? rows.slice(0, q.first) : rows;
    const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
    for (const row of page) {
      for (const key of ["barcodes", "overrides", "tierPrices"]) if (key in row) row[key] = parse(row[key]);
      for (const key of ["basePrice", "available", "pointsBalance", "storeCreditBalance", "tierMultiplierBps"]) {
        if (key in row) row[key] = Number(row[key]);
      }
      if (row.updatedAt instanceof Date) row.updatedAt = row.updatedAt.toISOString();
    }
    const last = page.at(-1);
    return { rows: page, endCursor: last ? String(last.id) : (q.after ?? null), hasNextPage, serverTime };
  }
}
