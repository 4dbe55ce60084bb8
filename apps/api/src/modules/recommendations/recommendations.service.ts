import type { Db } from "../../db/client.ts";

// Orders that count as "bought": paid or further along, not cancelled, not training sales.
const BOUGHT = `o.status NOT IN ('PENDING_PAYMENT', 'CANCELLED') AND o.training = false`;

/**
 * "Often bought together": products that share the most orders with this one, then best sellers of its category to
 * fill the row. Read from order history at request time (the merchant's order lines are indexed by variant).
 */
export class RecommendationsService {
  constructor(private readonly db: Db) {}

  async boughtTogether(merchantId: string, productId: string, first: number): Promise<string[]> {
    const together = await this.db.$queryRawUnsafe<{ productId: string; orders: bigint | number }[]>(
      `SELECT v2."productId", count(DISTINCT ol2."orderId") AS orders
       FROM "Variant" v1
       JOIN "OrderLine" ol1 ON ol1."variantId" = v1.id
       JOIN "Order" o ON o.id = ol1."orderId" AND o."merchantId" = $1 AND ${BOUGHT}
       JOIN "OrderLine" ol2 ON ol2."orderId" = ol1."orderId"
       JOIN "Variant" v2 ON v2.id = ol2."variantId" AND v2."productId" <> $2
       JOIN "Product" p ON p.id = v2."productId" AND p.status = 'ACTIVE'
       WHERE v1."productId" = $2
       GROUP BY v2."productId"
       ORDER BY orders DESC, v2."productId"
       LIMIT $3`,
      merchantId,
      productId,
      first,
    );
    const ids = together.map((r) => r.productId);
    if (ids.length >= first) return ids;
    // Fill: best sellers of the same category (driven by order lines, which are few), then its newest products.
    const fill = await this.db.$queryRawUnsafe<{ productId: string }[]>(
      `(SELECT v."productId"
        FROM "OrderLine" ol
        JOIN "Variant" v ON v.id = ol."variantId"
        JOIN "Product" p ON p.id = v."productId" AND p.status = 'ACTIVE' AND p.id <> $2
        JOIN "Product" self ON self.id = $2 AND self."merchantId" = $1 AND p."categoryId" = self."categoryId"
        GROUP BY v."productId"
        ORDER BY sum(ol.quantity) DESC, v."productId"
        LIMIT $3)
       UNION ALL
       (SELECT p.id
        FROM "Product" p
        JOIN "Product" self ON self.id = $2 AND self."merchantId" = $1
        WHERE p."categoryId" = self."categoryId" AND p.status = 'ACTIVE' AND p.id <> $2
        ORDER BY p."createdAt" DESC, p.id
        LIMIT $3)`,
      merchantId,
      productId,
      first,
    );
    for (const row of fill) {
      if (ids.length >= first) break;
      if (!ids.includes(row.productId)) ids.push(row.productId);
    }
    return ids;
  }
}
