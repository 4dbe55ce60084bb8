import { createHash, randomUUID } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { conflict } from "../../errors/api-errors.ts";
import { emitAll } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { quantitiesByVariant } from "../checkout/sale-stock.ts";
import { stockFigures } from "./inventory.service.ts";
import type { ReceiveGoodsInput, SetLowStockThresholdInput } from "./receiving.types.ts";
import type { StockLevelRow } from "./stock-adjustment.ts";
import { entriesOf, type LedgerSource, stockEvents, writeMovements } from "./stock-ledger.ts";
import { upsertLevels } from "./stock-level-changes.ts";
import { requireLocations, requireVariants } from "./stock-references.ts";

/** The idempotency scope of goods receipts; the key is the client's receiptId. */
export const RECEIPT_SCOPE = "receiveGoods";
/** Long enough for a receipt queued on a device that was offline over a holiday. */
const RECEIPT_KEY_DAYS = 30;

/** A goods receipt as stored with its idempotency key (and replayed from it). */
export type GoodsReceiptRecord = {
  receiptId: string;
  locationId: string;
  reference: string;
  note: string | null;
  receivedAt: string;
  totalQuantity: number;
  lines: { variantId: string; quantity: number; unitCost: number | null; onHandAfter: number }[];
};

export type ReceiptOutcome = GoodsReceiptRecord & { replayed: boolean };

/** Thrown inside the transaction to roll it back: an attempt with the same receiptId committed first. */
class ReceiptReplay extends Error {}

/** Goods in from suppliers, and low-stock thresholds: the stock:write side of a location that is not a hand adjustment. */
export class ReceivingService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Receives a supplier delivery into one location in one transaction: one upsert for all stock levels, one insert for
   * all RECEIPT movements, the audit row, STOCK_CHANGED events, and the idempotency key holding the result.
   */
  async receive(viewer: StaffViewer, input: ReceiveGoodsInput, audit: RequestAudit): Promise<ReceiptOutcome> {
    const idem = { key: input.receiptId, requestHash: receiptHash(viewer.merchantId, input) };
    const earlier = await this.replay(idem);
    if (earlier) return earlier;
    await requireLocations(this.db, viewer.merchantId, [input.locationId]);
    const variants = await requireVariants(
      this.db,
      viewer.merchantId,
      input.lines.map((l) => l.variantId),
    );

    const at = new Date();
    const quantities = quantitiesByVariant(input.lines);
    const note = input.note?.trim() || null;
    const source: LedgerSource = {
      merchantId: viewer.merchantId,
      reason: "RECEIPT",
      referenceType: "GoodsReceipt",
      referenceId: input.receiptId,
      actorId: viewer.staffId,
      note: note ? `${input.reference} · ${note}` : input.reference,
      at,
    };
    try {
      const record = await this.db.$transaction(
        async (tx) => {
          const rows = await upsertLevels(tx, "ON_HAND", input.locationId, quantities, at);
          const entries = entriesOf(rows, quantities, 1);
          await writeMovements(tx, source, entries);
          const onHandAfter = new Map(rows.map((r) => [r.variantId, r.onHand]));
          const record: GoodsReceiptRecord = {
            receiptId: input.receiptId,
            locationId: input.locationId,
            reference: input.reference,
            note,
            receivedAt: at.toISOString(),
            totalQuantity: input.lines.reduce((s, l) => s + l.quantity, 0),
            lines: input.lines.map((l) => ({
              variantId: l.variantId,
              quantity: l.quantity,
              unitCost: l.unitCost ?? null,
              onHandAfter: onHandAfter.get(l.variantId) ?? 0,
            })),
          };
          await audit.record(tx, {
            action: "stock.receive",
            entityType: "GoodsReceipt",
            entityId: input.receiptId,
            storeId: input.locationId,
            after: { ...record, lines: record.lines.map((l) => ({ ...l, sku: variants.get(l.variantId)?.sku ?? null })) },
          });
          await emitAll(tx, stockEvents(source, entries));
          // Claimed last: a concurrent retry queues on the same stock rows, then finds this key and rolls back.
          const claimed = await tx.$queryRawUnsafe<{ id: string }[]>(
            `INSERT INTO "IdempotencyKey" (id, scope, key, "requestHash", response, "expiresAt") VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz)
             ON CONFLICT (scope, key) DO NOTHING RETURNING id`,
            randomUUID(),
            RECEIPT_SCOPE,
            idem.key,
            idem.requestHash,
            JSON.stringify(record),
            new Date(at.getTime() + RECEIPT_KEY_DAYS * 86_400_000),
          );
          if (claimed.length === 0) throw new ReceiptReplay();
          return record;
        },
        // Receipts touching the same levels queue on their row locks; allow them time.
        { maxWait: 10_000, timeout: 20_000 },
      );
      void this.relay.kick();
      return { ...record, replayed: false };
    } catch (error) {
      if (error instanceof ReceiptReplay) {
        const replay = await this.replay(idem);
        if (replay) return replay;
      }
      throw error;
    }
  }

  /** The stored result of an earlier receipt with this id; CONFLICT when the id was used for a different receipt. */
  private async replay(idem: { key: string; requestHash: string }): Promise<ReceiptOutcome | null> {
    const row = await this.db.idempotencyKey.findUnique({ where: { scope_key: { scope: RECEIPT_SCOPE, key: idem.key } } });
    if (!row) return null;
    if (row.requestHash !== idem.requestHash) throw conflict("This receiptId was already used for a different receipt.");
    return { ...(row.response as GoodsReceiptRecord), replayed: true };
  }

  /**
   * Sets or clears the low-stock threshold of a level (creating the level when the location has none yet). A threshold
   * that the level is already at or below raises the alert at once, so nobody waits for the next sale to hear of it.
   */
  async setThreshold(viewer: StaffViewer, input: SetLowStockThresholdInput, audit: RequestAudit): Promise<StockLevelRow> {
    await requireLocations(this.db, viewer.merchantId, [input.locationId]);
    const variants = await requireVariants(this.db, viewer.merchantId, [input.variantId]);
    const threshold = input.threshold ?? null;
    const key = { variantId_locationId: { variantId: input.variantId, locationId: input.locationId } };
    const level = await this.db.$transaction(async (tx) => {
      const before = await tx.stockLevel.findUnique({ where: key, select: { lowStockThreshold: true } });
      const level = await tx.stockLevel.upsert({
        where: key,
        create: { variantId: input.variantId, locationId: input.locationId, lowStockThreshold: threshold },
        update: { lowStockThreshold: threshold },
      });
      await audit.record(tx, {
        action: "stock.threshold",
        entityType: "StockLevel",
        entityId: level.id,
        storeId: input.locationId,
        before: { sku: variants.get(input.variantId)?.sku, lowStockThreshold: before?.lowStockThreshold ?? null },
        after: { sku: variants.get(input.variantId)?.sku, lowStockThreshold: threshold },
      });
      const { available, isLow } = stockFigures(level);
      if (threshold !== null && isLow) {
        await emitAll(tx, [
          {
            topic: "LOW_STOCK_ALERT",
            payload: {
              merchantId: viewer.merchantId,
              variantId: input.variantId,
              locationId: input.locationId,
              available,
              threshold,
              at: new Date().toISOString(),
            },
          },
        ]);
      }
      return level;
    });
    void this.relay.kick();
    return level;
  }
}

/** What makes two receipts "the same": a retry must send the same location, delivery note and lines. */
function receiptHash(merchantId: string, input: ReceiveGoodsInput): string {
  const lines = input.lines.map((l) => [l.variantId, l.quantity, l.unitCost ?? null]);
  return createHash("sha256")
    .update(JSON.stringify([merchantId, input.locationId, input.reference, lines, input.note ?? null]))
    .digest("hex");
}
