import type { Tx } from "../../db/client.ts";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { OutboxMessage } from "../../outbox/outbox.ts";

/**
 * Stock for online orders. Every change is one conditional statement over all of an order's variants (sorted, so
 * concurrent orders lock rows in the same order and cannot deadlock), plus its ledger rows and STOCK_CHANGED events.
 *
 * RESERVE  reserved += q, only where on hand - reserved >= q (online never oversells; the caller checks every row came back)
 * RELEASE  reserved -= q (an unpaid order cancelled or expired)
 * COMMIT   on hand -= q and reserved -= q (the order is paid: the units are sold)
 * RESTOCK  on hand += q (a paid order cancelled before it left the store)
 */
export type StockChange = "RESERVE" | "RELEASE" | "COMMIT" | "RESTOCK";

export type ChangedStockRow = { variantId: string; onHand: number; reserved: number; lowStockThreshold: number | null };

const SET: Record<StockChange, string> = {
  RESERVE: `reserved = s.reserved + x.qty`,
  RELEASE: `reserved = GREATEST(s.reserved - x.qty, 0)`,
  COMMIT: `"onHand" = s."onHand" - x.qty, reserved = GREATEST(s.reserved - x.qty, 0)`,
  RESTOCK: `"onHand" = s."onHand" + x.qty`,
};
const MOVEMENT: Record<StockChange, { reason: string; onHand: number; reserved: number }> = {
  RESERVE: { reason: "RESERVE", onHand: 0, reserved: 1 },
  RELEASE: { reason: "RELEASE", onHand: 0, reserved: -1 },
  COMMIT: { reason: "SALE", onHand: -1, reserved: -1 },
  RESTOCK: { reason: "RETURN", onHand: 1, reserved: 0 },
};

const MOVEMENT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "variantId", type: "text" },
  { name: "locationId", type: "text" },
  { name: "reason", type: "text", cast: '"MovementReason"' },
  { name: "delta", type: "int" },
  { name: "reservedDelta", type: "int" },
  { name: "onHandAfter", type: "int" },
  { name: "referenceType", type: "text" },
  { name: "referenceId", type: "text" },
  { name: "actorId", type: "text" },
  { name: "note", type: "text" },
  { name: "createdAt", type: "timestamptz" },
];

/** Sums quantities per variant: one statement may touch each stock row once. */
export function quantitiesOf(lines: { variantId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.variantId, (totals.get(l.variantId) ?? 0) + l.quantity);
  return totals;
}

/** Applies one change to the order's stock rows at one location and returns the rows it changed. */
export async function changeStock(
  tx: Tx,
  change: StockChange,
  locationId: string,
  quantities: Map<string, number>,
): Promise<ChangedStockRow[]> {
  const variantIds = [...quantities.keys()].sort();
  if (variantIds.length === 0) return [];
  const guard = change === "RESERVE" ? `AND s."onHand" - s.reserved >= x.qty` : "";
  return tx.$queryRawUnsafe<ChangedStockRow[]>(
    `WITH x AS (SELECT * FROM unnest($2::text[], $3::int[]) AS t(variant, qty)),
          locked AS (SELECT s.id FROM "StockLevel" s JOIN x ON x.variant = s."variantId"
                      WHERE s."locationId" = $1 ORDER BY s."variantId" FOR UPDATE OF s)
     UPDATE "StockLevel" s SET ${SET[change]}, "updatedAt" = now()
       FROM x
      WHERE s."locationId" = $1 AND s."variantId" = x.variant AND s.id IN (SELECT id FROM locked) ${guard}
     RETURNING s."variantId", s."onHand", s.reserved, s."lowStockThreshold"`,
    locationId,
    variantIds,
    variantIds.map((id) => quantities.get(id) ?? 0),
  );
}

/** Writes the ledger rows for changed stock and returns the STOCK_CHANGED (and LOW_STOCK_ALERT) events to emit. */
export async function recordStockChange(
  tx: Tx,
  r: {
    change: StockChange;
    merchantId: string;
    locationId: string;
    quantities: Map<string, number>;
    rows: ChangedStockRow[];
    orderId: string;
    actorId: string | null;
    note?: string | null;
    at: Date;
  },
): Promise<OutboxMessage[]> {
  const m = MOVEMENT[r.change];
  await bulkInsert(
    tx,
    "StockMovement",
    MOVEMENT_COLUMNS,
    r.rows.map((row) => {
      const q = r.quantities.get(row.variantId) ?? 0;
      return [
        newId(),
        row.variantId,
        r.locationId,
        m.reason,
        m.onHand * q,
        m.reserved * q,
        row.onHand,
        "Order",
        r.orderId,
        r.actorId,
        r.note ?? null,
        r.at,
      ];
    }),
  );
  const iso = r.at.toISOString();
  const events: OutboxMessage[] = [];
  for (const row of r.rows) {
    const available = Math.max(0, row.onHand - row.reserved);
    events.push({
      topic: "STOCK_CHANGED",
      payload: {
        merchantId: r.merchantId,
        variantId: row.variantId,
        locationId: r.locationId,
        onHand: row.onHand,
        reserved: row.reserved,
        available,
        reason: m.reason,
        at: iso,
      },
    });
    if ((r.change === "RESERVE" || r.change === "COMMIT") && row.lowStockThreshold !== null && available <= row.lowStockThreshold) {
      events.push({
        topic: "LOW_STOCK_ALERT",
        payload: {
          merchantId: r.merchantId,
          variantId: row.variantId,
          locationId: r.locationId,
          available,
          threshold: row.lowStockThreshold,
          at: iso,
        },
      });
    }
  }
  return events;
}

/** Quantities of an order's lines by variant, read inside the transaction. */
export async function orderQuantities(tx: Tx, orderId: string): Promise<Map<string, number>> {
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true } });
  return quantitiesOf(lines);
}
