import { randomUUID } from "node:crypto";
import { availableToSell } from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { OutboxMessage } from "../../outbox/outbox.ts";

const MOVEMENT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "variantId", type: "text" },
  { name: "locationId", type: "text" },
  { name: "reason", type: "text", cast: '"MovementReason"' },
  { name: "delta", type: "int" },
  { name: "onHandAfter", type: "int" },
  { name: "referenceType", type: "text" },
  { name: "referenceId", type: "text" },
  { name: "actorId", type: "text" },
  { name: "note", type: "text" },
  { name: "createdAt", type: "timestamptz" },
];

export type ReturnedGoods = { variantId: string; quantity: number; restock: boolean };

type Row = { variantId: string; onHand: number; reserved: number };

/**
 * Takes returned goods back at a location in one statement. Restocked units go back on hand (a RETURN movement);
 * damaged units are received and written off at once (RETURN +n then DAMAGE -n, so on hand does not change and the
 * ledger still says how many units were written off, like any other DAMAGE movement). A missing stock row is created.
 * Returns the STOCK_CHANGED events of the variants whose on hand changed.
 */
export async function takeBackStock(
  tx: Tx,
  r: {
    merchantId: string;
    locationId: string;
    returnId: string;
    returnNumber: string;
    actorId: string | null;
    at: Date;
    goods: ReturnedGoods[];
  },
): Promise<OutboxMessage[]> {
  const perVariant = new Map<string, { restock: number; damaged: number }>();
  for (const g of r.goods) {
    const t = perVariant.get(g.variantId) ?? { restock: 0, damaged: 0 };
    if (g.restock) t.restock += g.quantity;
    else t.damaged += g.quantity;
    perVariant.set(g.variantId, t);
  }
  const variantIds = [...perVariant.keys()];
  if (variantIds.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "updatedAt")
     SELECT x.id, x.variant, $1, x.qty, now() FROM unnest($2::text[], $3::text[], $4::int[]) AS x(id, variant, qty)
     ON CONFLICT ("variantId", "locationId") DO UPDATE
       SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()
     RETURNING "variantId", "onHand", "reserved"`,
    r.locationId,
    variantIds.map(() => randomUUID()),
    variantIds,
    variantIds.map((id) => perVariant.get(id)?.restock ?? 0),
  );
  const movements: unknown[][] = [];
  const events: OutboxMessage[] = [];
  const iso = r.at.toISOString();
  for (const row of rows) {
    const t = perVariant.get(row.variantId);
    if (!t) continue;
    const received = t.restock + t.damaged;
    movements.push([
      newId(),
      row.variantId,
      r.locationId,
      "RETURN",
      received,
      row.onHand + t.damaged,
      "OrderReturn",
      r.returnId,
      r.actorId,
      `退货 ${r.returnNumber}`,
      r.at,
    ]);
    if (t.damaged > 0) {
      movements.push([
        newId(),
        row.variantId,
        r.locationId,
        "DAMAGE",
        -t.damaged,
        row.onHand,
        "OrderReturn",
        r.returnId,
        r.actorId,
        `退货报损 ${r.returnNumber}: returned damaged`,
        r.at,
      ]);
    }
    if (t.restock > 0) {
      events.push({
        topic: "STOCK_CHANGED",
        payload: {
          merchantId: r.merchantId,
          variantId: row.variantId,
          locationId: r.locationId,
          onHand: row.onHand,
          reserved: row.reserved,
          available: availableToSell(row.onHand, row.reserved),
          reason: "RETURN",
          at: iso,
        },
      });
    }
  }
  await bulkInsert(tx, "StockMovement", MOVEMENT_COLUMNS, movements);
  return events;
}
