import { closeTransfer, inTransit, receiveTransfer } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { Tx } from "../../db/client.ts";
import { emitAll } from "../../outbox/outbox.ts";
import { entriesOf, type LedgerSource, stockEvents, writeMovements } from "./stock-ledger.ts";
import { upsertLevels } from "./stock-level-changes.ts";
import { addToLines, domainLine, LINES, linesFor, type TransferLineRow, TransferRejected } from "./transfer-claims.ts";

type ClaimedTransfer = { id: string; number: string; status: "SHIPPED" | string; toLocationId: string; lines: TransferLineRow[] };

/**
 * The destination's receipt of a transfer it has claimed (status SHIPPED, row locked): at most what is in transit per
 * line (domain rule), incoming down and on hand up in one upsert, TRANSFER_IN movements. A short receipt leaves the
 * rest in transit, visible on the line and in the destination's `incoming`, until it arrives or the transfer is closed.
 */
export async function receiveShipped(
  tx: Tx,
  r: { transfer: ClaimedTransfer; quantities: Map<string, number>; close: boolean; source: LedgerSource; audit: RequestAudit },
) {
  const { transfer, quantities, source } = r;
  const lines = linesFor(transfer.lines, quantities);
  for (const [variantId, quantity] of quantities) {
    const check = receiveTransfer({ line: domainLine(lines.get(variantId) as TransferLineRow), quantity });
    if (!check.ok) {
      throw new TransferRejected({ kind: "TRANSFER", code: check.code, message: check.message, status: "SHIPPED", variantId });
    }
  }
  const updated = await addToLines(tx, transfer.id, "RECEIVED", quantities);
  if (updated !== quantities.size) throw new Error(`transfer ${transfer.id}: received more than in transit despite the lock`);
  const rows = await upsertLevels(tx, "RECEIVE_INCOMING", transfer.toLocationId, quantities, source.at);
  const entries = entriesOf(rows, quantities, 1);
  await writeMovements(tx, source, entries);
  await emitAll(tx, stockEvents(source, entries));
  await r.audit.record(tx, {
    action: "transfer.receive",
    entityType: "Transfer",
    entityId: transfer.id,
    storeId: transfer.toLocationId,
    after: { number: transfer.number, lines: [...quantities].map(([variantId, quantity]) => ({ variantId, quantity })) },
  });

  const after = await tx.transferLine.findMany({ where: { transferId: transfer.id } });
  const stillInTransit = after.reduce((sum, line) => sum + inTransit(domainLine(line)), 0);
  if (stillInTransit === 0 || r.close) {
    await tx.transfer.update({ where: { id: transfer.id }, data: { status: "RECEIVED", receivedAt: source.at } });
    await closeShipped(tx, { ...transfer, lines: after }, source, r.audit);
  }
  return tx.transfer.findUniqueOrThrow({ where: { id: transfer.id }, include: LINES });
}

/**
 * Closing a transfer (now RECEIVED): what was shipped and never received is written off the destination's incoming as
 * lost. No on hand changes (the source's TRANSFER_OUT already took those units off the books, and they never reached the
 * destination's shelf), so the ledger gets no movement; the loss stays on the transfer's lines and in the audit row.
 */
export async function closeShipped(tx: Tx, transfer: ClaimedTransfer, source: LedgerSource, audit: RequestAudit): Promise<void> {
  const lost = new Map<string, number>();
  const notShipped: { variantId: string; quantity: number }[] = [];
  for (const line of transfer.lines) {
    const closing = closeTransfer(domainLine(line));
    if (closing.lost > 0) lost.set(line.variantId, closing.lost);
    if (closing.notShipped > 0) notShipped.push({ variantId: line.variantId, quantity: closing.notShipped });
  }
  const rows = await upsertLevels(tx, "WRITE_OFF_INCOMING", transfer.toLocationId, lost, source.at);
  await emitAll(tx, stockEvents(source, entriesOf(rows, lost, 0)));
  await audit.record(tx, {
    action: "transfer.close",
    entityType: "Transfer",
    entityId: transfer.id,
    storeId: transfer.toLocationId,
    before: { status: "SHIPPED" },
    after: {
      status: "RECEIVED",
      number: transfer.number,
      lost: [...lost].map(([variantId, quantity]) => ({ variantId, quantity })),
      notShipped,
    },
  });
}
