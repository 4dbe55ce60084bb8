import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import { invalidField } from "../../errors/api-errors.ts";
import type { StockAdjustmentReason } from "./inventory.types.ts";

export type StockLevelRow = {
  id: string;
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  incoming: number;
  lowStockThreshold: number | null;
  updatedAt: Date;
};

/** Receipts add stock and damage takes it off; a plain adjustment corrects either way. */
export function checkAdjustmentSign(reason: StockAdjustmentReason, delta: number): void {
  if (reason === "RECEIPT" && delta < 0) throw invalidField("delta", "A receipt adds stock: delta must be positive.");
  if (reason === "DAMAGE" && delta > 0) throw invalidField("delta", "Damage takes stock off: delta must be negative.");
}

/**
 * Changes on hand in one statement, so concurrent adjustments never read, decide and write back: adding creates the
 * row when missing (upsert); taking off only matches a row with enough on hand. Returns null when there is not enough.
 */
export async function applyStockDelta(tx: Tx, variantId: string, locationId: string, delta: number): Promise<StockLevelRow | null> {
  const rows =
    delta > 0
      ? await tx.$queryRaw<StockLevelRow[]>`
          INSERT INTO "StockLevel" ("id", "variantId", "locationId", "onHand", "updatedAt")
          VALUES (${randomUUID()}, ${variantId}, ${locationId}, ${delta}::int, now() AT TIME ZONE 'UTC')
          ON CONFLICT ("variantId", "locationId") DO UPDATE
            SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = EXCLUDED."updatedAt"
          RETURNING "id", "variantId", "locationId", "onHand", "reserved", "incoming", "lowStockThreshold", "updatedAt"`
      : await tx.$queryRaw<StockLevelRow[]>`
          UPDATE "StockLevel" SET "onHand" = "onHand" + ${delta}::int, "updatedAt" = now() AT TIME ZONE 'UTC'
          WHERE "variantId" = ${variantId} AND "locationId" = ${locationId} AND "onHand" + ${delta}::int >= 0
          RETURNING "id", "variantId", "locationId", "onHand", "reserved", "incoming", "lowStockThreshold", "updatedAt"`;
  return rows[0] ?? null;
}
