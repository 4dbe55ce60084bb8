import type { TransferLine as DomainTransferLine } from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { TransferStatus } from "../../generated/prisma/enums.ts";
import { type TransferEvent, statusesAllowing, transferTransition } from "./transfer-status.ts";

export type TransferLineRow = {
  id: string;
  transferId: string;
  variantId: string;
  quantityRequested: number;
  quantityShipped: number;
  quantityReceived: number;
};

export type TransferFailure =
  | { kind: "TRANSFER"; code: string; message: string; status: TransferStatus | null; variantId: string | null }
  | {
      kind: "STOCK";
      code: "INSUFFICIENT_STOCK";
      message: string;
      shortages: { variantId: string; available: number; requested: number }[];
    };

/** Thrown inside a transfer transaction to roll it back with a business failure. */
export class TransferRejected extends Error {
  constructor(readonly failure: TransferFailure) {
    super(failure.message);
  }
}

/** Lines sorted by SKU: the order people read a picking list in. */
export const LINES = { lines: { orderBy: [{ variant: { sku: "asc" as const } }, { id: "asc" as const }] } };

/**
 * Moves a transfer by `event` with one conditional update (status in the event's allowed statuses), which also locks the
 * transfer row until the transaction ends: concurrent ships, receipts or cancellations of one transfer run one at a time,
 * and each sees the lines as the previous one left them. Throws a TransferRejected with the table's reason code when
 * the status does not allow the event.
 */
export async function claimTransfer(
  tx: Tx,
  merchantId: string,
  transferId: string,
  event: TransferEvent,
  data: Prisma.TransferUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.transfer.updateMany({ where: { id: transferId, merchantId, status: { in: statusesAllowing(event) } }, data });
  if (count === 1) return;
  const current = await tx.transfer.findFirst({ where: { id: transferId, merchantId }, select: { status: true } });
  if (!current) throw notFound("Transfer", transferId);
  const guard = transferTransition(current.status, event);
  if (guard.ok) throw new Error(`transfer ${transferId} allows ${event} from ${current.status} but was not updated`);
  throw new TransferRejected({ kind: "TRANSFER", code: guard.code, message: guard.message, status: current.status, variantId: null });
}

/** The domain's view of a line. */
export function domainLine(line: TransferLineRow): DomainTransferLine {
  return { requested: line.quantityRequested, shipped: line.quantityShipped, received: line.quantityReceived };
}

/** The transfer's line for each variant asked about; a variant that is not on the transfer is invalid input. */
export function linesFor(lines: readonly TransferLineRow[], quantities: ReadonlyMap<string, number>): Map<string, TransferLineRow> {
  const found = new Map<string, TransferLineRow>();
  for (const variantId of quantities.keys()) {
    const line = lines.find((l) => l.variantId === variantId);
    if (!line) throw invalidField("lines", `Variant ${variantId} is not on this transfer.`);
    found.set(variantId, line);
  }
  return found;
}

/**
 * Adds to the shipped or received quantity of several lines in one statement. Receiving is guarded by what is in transit
 * (the transfer row lock already serialises receipts; the guard keeps the invariant in the database too).
 */
export async function addToLines(
  tx: Tx,
  transferId: string,
  column: "SHIPPED" | "RECEIVED",
  quantities: ReadonlyMap<string, number>,
): Promise<number> {
  const variantIds = [...quantities.keys()].sort();
  const set =
    column === "SHIPPED" ? `"quantityShipped" = l."quantityShipped" + x.qty` : `"quantityReceived" = l."quantityReceived" + x.qty`;
  const guard = column === "RECEIVED" ? `AND l."quantityShipped" - l."quantityReceived" >= x.qty` : "";
  return tx.$executeRawUnsafe(
    `UPDATE "TransferLine" l SET ${set}
       FROM unnest($2::text[], $3::int[]) AS x(variant, qty)
      WHERE l."transferId" = $1 AND l."variantId" = x.variant ${guard}`,
    transferId,
    variantIds,
    variantIds.map((id) => quantities.get(id) ?? 0),
  );
}
