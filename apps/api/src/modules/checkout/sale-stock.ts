import { randomUUID } from "node:crypto";
import type { RawSql } from "../../db/sql-client.ts";

export type StockRow = { variantId: string; onHand: number; reserved: number; lowStockThreshold: number | null };

/** Sums quantities per variant: one statement may touch each stock row once. */
export function quantitiesByVariant(lines: { variantId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.variantId, (totals.get(l.variantId) ?? 0) + l.quantity);
  return totals;
}

export type StockTake = {
  locationId: string;
  quantities: Map<string, number>;
  /** Goods physically in the shopper's hand: on hand may go below zero and missing rows are created. */
  allowNegative: boolean;
  orderId: string;
  merchantId: string;
  actorId: string;
  at: Date;
};

// $1 location, $2 row ids, $3 variants, $4 quantities, $5 order, $6 actor, $7 time, $8 merchant.
const MOVED_ALLOWING_NEGATIVE = `
  INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "updatedAt")
  SELECT x.id, x.variant, $1, -x.qty, now() FROM unnest($2::text[], $3::text[], $4::int[]) AS x(id, variant, qty)
  ON CONFLICT ("variantId", "locationId") DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()
  RETURNING "variantId", "onHand", "reserved", "lowStockThreshold"`;
const MOVED_WITHIN_AVAILABLE = `
  UPDATE "StockLevel" s SET "onHand" = s."onHand" - x.qty, "updatedAt" = now()
  FROM unnest($2::text[], $3::text[], $4::int[]) AS x(id, variant, qty)
  WHERE s."locationId" = $1 AND s."variantId" = x.variant AND s."onHand" - s."reserved" >= x.qty
  RETURNING s."variantId", s."onHand", s."reserved", s."lowStockThreshold"`;

/**
 * Takes sold goods off the shelf, writes their ledger lines and their STOCK_CHANGED / LOW_STOCK_ALERT outbox events, all
 * in ONE statement. Stock rows are the hot rows every till contends for, so the sale runs this last, right before
 * COMMIT: the row locks are held for one round trip. Without `allowNegative` only rows with enough available stock
 * change; the caller compares the returned rows with what it asked for (and rolls back).
 */
export async function takeStockForSale(tx: RawSql, take: StockTake): Promise<StockRow[]> {
  const variantIds = [...take.quantities.keys()];
  return tx.$queryRawUnsafe<StockRow[]>(
    `WITH moved AS (${take.allowNegative ? MOVED_ALLOWING_NEGATIVE : MOVED_WITHIN_AVAILABLE}),
     sold AS (SELECT m.*, q.qty, GREATEST(m."onHand" - m."reserved", 0) AS available
                FROM moved m JOIN unnest($3::text[], $4::int[]) AS q(variant, qty) ON q.variant = m."variantId"),
     ledger AS (
       INSERT INTO "StockMovement" ("id", "variantId", "locationId", "reason", "delta", "onHandAfter", "referenceType", "referenceId", "actorId", "createdAt")
       SELECT gen_random_uuid()::text, s."variantId", $1, 'SALE', -s.qty, s."onHand", 'Order', $5, $6, $7 FROM sold s),
     events AS (
       INSERT INTO "OutboxEvent" ("topic", "payload")
       SELECT 'STOCK_CHANGED', jsonb_build_object('merchantId', $8::text, 'variantId', s."variantId", 'locationId', $1::text, 'onHand', s."onHand",
                'reserved', s."reserved", 'available', s.available, 'reason', 'SALE', 'at', $7::timestamptz)
         FROM sold s
       UNION ALL
       SELECT 'LOW_STOCK_ALERT', jsonb_build_object('merchantId', $8::text, 'variantId', s."variantId", 'locationId', $1::text,
                'available', s.available, 'threshold', s."lowStockThreshold", 'at', $7::timestamptz)
         FROM sold s WHERE s."lowStockThreshold" IS NOT NULL AND s.available <= s."lowStockThreshold")
     SELECT "variantId", "onHand", "reserved", "lowStockThreshold" FROM moved`,
    take.locationId,
    variantIds.map(() => randomUUID()),
    variantIds,
    variantIds.map((id) => take.quantities.get(id) ?? 0),
    take.orderId,
    take.actorId,
    take.at,
    take.merchantId,
  );
}
