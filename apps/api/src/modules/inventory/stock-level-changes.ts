import { randomUUID } from "node:crypto";
import type { RawSql } from "../../db/sql-client.ts";

/** A stock level as a multi-row change returns it. */
export type ChangedLevel = {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  incoming: number;
  lowStockThreshold: number | null;
};

/**
 * How a multi-row upsert changes each level by its quantity q (rows missing at the location are created):
 * ON_HAND           on hand += q (a receipt, or a stocktake variance of either sign)
 * INCOMING          incoming += q (a transfer shipped here, now in transit)
 * RECEIVE_INCOMING  on hand += q, incoming -= q (a transfer received here)
 * WRITE_OFF_INCOMING incoming -= q (a transfer closed with units that never arrived)
 * None of them is conditional: they only add, or take from `incoming`, which never goes below zero.
 */
export type LevelUpsert = "ON_HAND" | "INCOMING" | "RECEIVE_INCOMING" | "WRITE_OFF_INCOMING";

const INSERTED: Record<LevelUpsert, { onHand: string; incoming: string }> = {
  ON_HAND: { onHand: "x.qty", incoming: "0" },
  INCOMING: { onHand: "0", incoming: "x.qty" },
  RECEIVE_INCOMING: { onHand: "x.qty", incoming: "0" },
  WRITE_OFF_INCOMING: { onHand: "0", incoming: "0" },
};
const UPDATED: Record<LevelUpsert, string> = {
  ON_HAND: `"onHand" = "StockLevel"."onHand" + EXCLUDED."onHand"`,
  INCOMING: `"incoming" = "StockLevel"."incoming" + EXCLUDED."incoming"`,
  RECEIVE_INCOMING: `"onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "incoming" = GREATEST("StockLevel"."incoming" - EXCLUDED."onHand", 0)`,
  WRITE_OFF_INCOMING: `"incoming" = GREATEST(s."incoming" - x.qty, 0)`,
};

const RETURNING = `"variantId", "locationId", "onHand", "reserved", "incoming", "lowStockThreshold"`;
const RETURNING_S = `s."variantId", s."locationId", s."onHand", s."reserved", s."incoming", s."lowStockThreshold"`;

/**
 * One statement for all of a document's variants at one location (quantities summed per variant with the till's
 * `quantitiesByVariant`). Rows are inserted, and so locked, in variant order like the other multi-row stock statements,
 * so documents touching the same rows queue instead of deadlocking.
 */
export async function upsertLevels(
  tx: RawSql,
  change: LevelUpsert,
  locationId: string,
  quantities: Map<string, number>,
  at: Date,
): Promise<ChangedLevel[]> {
  const variantIds = [...quantities.keys()].sort();
  if (variantIds.length === 0) return [];
  const inserted = INSERTED[change];
  if (change === "WRITE_OFF_INCOMING") {
    return tx.$queryRawUnsafe<ChangedLevel[]>(
      `UPDATE "StockLevel" s SET ${UPDATED[change]}, "updatedAt" = $4::timestamptz
         FROM unnest($2::text[], $3::int[]) AS x(variant, qty)
        WHERE s."locationId" = $1 AND s."variantId" = x.variant
       RETURNING ${RETURNING_S}`,
      locationId,
      variantIds,
      variantIds.map((id) => quantities.get(id) ?? 0),
      at,
    );
  }
  return tx.$queryRawUnsafe<ChangedLevel[]>(
    `INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "incoming", "updatedAt")
     SELECT x.id, x.variant, $1, ${inserted.onHand}, ${inserted.incoming}, $5::timestamptz
       FROM unnest($2::text[], $3::text[], $4::int[]) AS x(id, variant, qty) ORDER BY x.variant
     ON CONFLICT ("variantId", "locationId") DO UPDATE SET ${UPDATED[change]}, "updatedAt" = EXCLUDED."updatedAt"
     RETURNING ${RETURNING}`,
    locationId,
    variantIds.map(() => randomUUID()),
    variantIds,
    variantIds.map((id) => quantities.get(id) ?? 0),
    at,
  );
}

/**
 * Takes units off at a source in one conditional statement: rows are locked in variant order, and only rows with enough
 * available to sell (on hand minus reserved, so shipping never takes units promised to online orders) are decremented.
 * The caller compares the returned rows with what it asked for and rolls back when any is missing.
 */
export async function takeAvailable(tx: RawSql, locationId: string, quantities: Map<string, number>, at: Date): Promise<ChangedLevel[]> {
  const variantIds = [...quantities.keys()].sort();
  if (variantIds.length === 0) return [];
  return tx.$queryRawUnsafe<ChangedLevel[]>(
    `WITH x AS (SELECT * FROM unnest($2::text[], $3::int[]) AS t(variant, qty)),
          locked AS (SELECT s.id FROM "StockLevel" s JOIN x ON x.variant = s."variantId"
                      WHERE s."locationId" = $1 ORDER BY s."variantId" FOR UPDATE OF s)
     UPDATE "StockLevel" s SET "onHand" = s."onHand" - x.qty, "updatedAt" = $4::timestamptz
       FROM x
      WHERE s."locationId" = $1 AND s."variantId" = x.variant AND s.id IN (SELECT id FROM locked)
        AND s."onHand" - s."reserved" >= x.qty
     RETURNING ${RETURNING_S}`,
    locationId,
    variantIds,
    variantIds.map((id) => quantities.get(id) ?? 0),
    at,
  );
}
