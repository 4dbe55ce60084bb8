import { randomUUID } from "node:crypto";
import type { WriteBatch } from "../../db/write-batch.ts";

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

/**
 * Adds to a sale's write batch: the sold goods taken off the shelf ("moved": the changed stock rows), their ledger lines
 * and returns a query of their STOCK_CHANGED / LOW_STOCK_ALERT events (`topic`, `payload`) for the sale's outbox row.
 * Without `allowNegative` only rows with enough available stock change, and the batch fails with INSUFFICIENT_STOCK
 * (detail: the first variant short) unless every variant moved. Variants go in id order, so concurrent sales lock
 * shared stock rows in the same order.
 */
export function takeStockForSale(b: WriteBatch, take: StockTake): string {
  const variantIds = [...take.quantities.keys()].sort();
  const location = b.param(take.locationId, "text");
  const variants = b.param(variantIds, "text[]");
  const quantities = b.param(
    variantIds.map((id) => take.quantities.get(id) ?? 0),
    "int[]",
  );
  const at = b.param(take.at, "timestamptz");
  const merchant = b.param(take.merchantId, "text");
  const moved = take.allowNegative
    ? `INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "updatedAt")
       SELECT x.id, x.variant, ${location}, -x.qty, now() FROM unnest(${b.param(
         variantIds.map(() => randomUUID()),
         "text[]",
       )}, ${variants}, ${quantities}) WITH ORDINALITY AS x(id, variant, qty, n) ORDER BY x.n
       ON CONFLICT ("variantId", "locationId") DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()
       RETURNING "variantId", "onHand", "reserved", "lowStockThreshold"`
    : `UPDATE "StockLevel" s SET "onHand" = s."onHand" - x.qty, "updatedAt" = now()
       FROM (SELECT * FROM unnest(${variants}, ${quantities}) AS u(variant, qty) ORDER BY u.variant) AS x
       WHERE s."locationId" = ${location} AND s."variantId" = x.variant AND s."onHand" - s."reserved" >= x.qty
       RETURNING s."variantId", s."onHand", s."reserved", s."lowStockThreshold"`;
  b.with("moved", moved)
    .with(
      "sold",
      `SELECT m.*, q.qty, GREATEST(m."onHand" - m."reserved", 0) AS available
         FROM "moved" m JOIN unnest(${variants}, ${quantities}) AS q(variant, qty) ON q.variant = m."variantId"`,
    )
    .with(
      "stock_ledger",
      `INSERT INTO "StockMovement" ("id", "variantId", "locationId", "reason", "delta", "onHandAfter", "referenceType", "referenceId", "actorId", "createdAt")
       SELECT gen_random_uuid()::text, s."variantId", ${location}, 'SALE', -s.qty, s."onHand", 'Order', ${b.param(take.orderId, "text")},
              ${b.param(take.actorId, "text")}, ${at} FROM "sold" s`,
    )
    .check(
      `(SELECT count(*) FROM "moved") = ${b.param(variantIds.length, "int")}`,
      "INSUFFICIENT_STOCK",
      `(SELECT v FROM unnest(${variants}) AS v WHERE v NOT IN (SELECT "variantId" FROM "moved") LIMIT 1)`,
    );
  return `SELECT 'STOCK_CHANGED' AS topic, jsonb_build_object('merchantId', ${merchant}, 'variantId', s."variantId", 'locationId', ${location},
              'onHand', s."onHand", 'reserved', s."reserved", 'available', s.available, 'reason', 'SALE', 'at', ${at}) AS payload
       FROM "sold" s
     UNION ALL
     SELECT 'LOW_STOCK_ALERT', jsonb_build_object('merchantId', ${merchant}, 'variantId', s."variantId", 'locationId', ${location},
              'available', s.available, 'threshold', s."lowStockThreshold", 'at', ${at})
       FROM "sold" s WHERE s."lowStockThreshold" IS NOT NULL AND s.available <= s."lowStockThreshold"`;
}
