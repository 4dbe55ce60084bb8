import { randomUUID } from "node:crypto";
import type { RawSql } from "../../db/sql-client.ts";

export type StockRow = { variantId: string; onHand: number; reserved: number; lowStockThreshold: number | null };

/** Sums quantities per variant: one statement may touch each stock row once. */
export function quantitiesByVariant(lines: { variantId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.variantId, (totals.get(l.variantId) ?? 0) + l.quantity);
  return totals;
}

/**
 * Takes sold goods off the shelf in one statement. With `allowNegative` (goods physically in the shopper's hand), on hand
 * may go below zero and rows missing at this location are created; otherwise only rows with enough available stock are
 * decremented, and the caller compares the returned rows with what it asked for.
 */
export async function takeStockForSale(
  tx: RawSql,
  locationId: string,
  quantities: Map<string, number>,
  allowNegative: boolean,
): Promise<StockRow[]> {
  const variantIds = [...quantities.keys()];
  const qty = variantIds.map((id) => quantities.get(id) ?? 0);
  if (allowNegative) {
    return tx.$queryRawUnsafe<StockRow[]>(
      `INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "updatedAt")
       SELECT x.id, x.variant, $1, -x.qty, now() FROM unnest($2::text[], $3::text[], $4::int[]) AS x(id, variant, qty)
       ON CONFLICT ("variantId", "locationId") DO UPDATE
         SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()
       RETURNING "variantId", "onHand", "reserved", "lowStockThreshold"`,
      locationId,
      variantIds.map(() => randomUUID()),
      variantIds,
      qty,
    );
  }
  return tx.$queryRawUnsafe<StockRow[]>(
    `UPDATE "StockLevel" s SET "onHand" = s."onHand" - x.qty, "updatedAt" = now()
     FROM unnest($2::text[], $3::int[]) AS x(variant, qty)
     WHERE s."locationId" = $1 AND s."variantId" = x.variant AND s."onHand" - s."reserved" >= x.qty
     RETURNING s."variantId", s."onHand", s."reserved", s."lowStockThreshold"`,
    locationId,
    variantIds,
    qty,
  );
}
