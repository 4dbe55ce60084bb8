import { availableToSell } from "@o2o/domain";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { RawSql } from "../../db/sql-client.ts";
import type { OutboxMessage } from "../../outbox/outbox.ts";
import type { ChangedLevel } from "./stock-level-changes.ts";

/** The ledger reasons written by documents (receipts, transfers, stocktakes); sales and returns write their own. */
export type DocumentReason = "RECEIPT" | "TRANSFER_OUT" | "TRANSFER_IN" | "STOCKTAKE";

/** The document a batch of movements belongs to, and who moved the stock. */
export type LedgerSource = {
  merchantId: string;
  reason: DocumentReason;
  referenceType: "GoodsReceipt" | "Transfer" | "Stocktake";
  referenceId: string;
  actorId: string;
  note: string | null;
  at: Date;
};

/** One changed level and the change to its on hand (0 when only `incoming` moved). */
export type LedgerEntry = { level: ChangedLevel; delta: number };

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

/** Pairs the rows a statement returned with the quantities asked for, signed (negative for stock taken off). */
export function entriesOf(rows: readonly ChangedLevel[], quantities: ReadonlyMap<string, number>, sign: 1 | -1 | 0): LedgerEntry[] {
  return rows.map((level) => ({ level, delta: sign * (quantities.get(level.variantId) ?? 0) }));
}

/** The ledger: one movement per entry that changed on hand, in one statement. */
export async function writeMovements(tx: RawSql, source: LedgerSource, entries: readonly LedgerEntry[]): Promise<void> {
  await bulkInsert(
    tx,
    "StockMovement",
    MOVEMENT_COLUMNS,
    entries
      .filter((e) => e.delta !== 0)
      .map((e) => [
        newId(),
        e.level.variantId,
        e.level.locationId,
        source.reason,
        e.delta,
        e.level.onHand,
        source.referenceType,
        source.referenceId,
        source.actorId,
        source.note,
        source.at,
      ]),
  );
}

/**
 * STOCK_CHANGED for every changed level (incoming-only changes too, so screens showing stock in transit refresh), and
 * LOW_STOCK_ALERT when a decrease leaves a level at or below its threshold (not when a receipt still leaves it low).
 */
export function stockEvents(source: Pick<LedgerSource, "merchantId" | "reason" | "at">, entries: readonly LedgerEntry[]): OutboxMessage[] {
  const at = source.at.toISOString();
  const events: OutboxMessage[] = [];
  for (const { level, delta } of entries) {
    const available = availableToSell(level.onHand, level.reserved);
    const { merchantId } = source;
    const { variantId, locationId } = level;
    events.push({
      topic: "STOCK_CHANGED",
      payload: { merchantId, variantId, locationId, onHand: level.onHand, reserved: level.reserved, available, reason: source.reason, at },
    });
    if (delta < 0 && level.lowStockThreshold !== null && available <= level.lowStockThreshold) {
      events.push({
        topic: "LOW_STOCK_ALERT",
        payload: { merchantId, variantId, locationId, available, threshold: level.lowStockThreshold, at },
      });
    }
  }
  return events;
}
