import { randomUUID } from "node:crypto";
import { shipTransfer } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type Scope, type StaffViewer } from "../../auth/viewer.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { emitAll } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { quantitiesByVariant } from "../checkout/sale-stock.ts";
import { insertNumbered } from "./document-number.ts";
import { entriesOf, type LedgerSource, stockEvents, writeMovements } from "./stock-ledger.ts";
import { takeAvailable, upsertLevels } from "./stock-level-changes.ts";
import { requireLocations, requireVariants } from "./stock-references.ts";
import { addToLines, claimTransfer, domainLine, LINES, linesFor, type TransferFailure, TransferRejected } from "./transfer-claims.ts";
import { closeShipped, receiveShipped } from "./transfer-receiving.ts";
import type { ReceiveTransferInput, RequestTransferInput, ShipTransferInput, TransferFilter } from "./transfers.types.ts";

export type TransferWithLines = Prisma.TransferGetPayload<{ include: typeof LINES }>;

export type TransferOutcome = { ok: true; transfer: TransferWithLines } | ({ ok: false } & TransferFailure);

/**
 * Transfers between locations (shops and the online warehouse): request → ship (source on hand down, destination
 * incoming up) → receive (destination incoming down, on hand up; short receipts stay in transit until closed).
 * Each step is one transaction that first claims the transfer with a conditional status update.
 */
export class TransfersService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
  ) {}

  /** One transfer of the merchant, or null. Callers decide visibility from its two locations. */
  get(merchantId: string, id: string): Promise<TransferWithLines | null> {
    return this.db.transfer.findFirst({ where: { id, merchantId }, include: LINES });
  }

  /** Newest first: transfers from or to `locationId` (already authorised), else from or to any location in scope. */
  list(merchantId: string, scope: Scope, filter: TransferFilter | null | undefined, page: PageArgs) {
    const and: Prisma.TransferWhereInput[] = [{ merchantId }];
    const inScope = authz.storeFilter(scope);
    if (filter?.locationId) and.push({ OR: [{ fromLocationId: filter.locationId }, { toLocationId: filter.locationId }] });
    else if (inScope) and.push({ OR: [{ fromLocationId: inScope }, { toLocationId: inScope }] });
    if (filter?.status) and.push({ status: filter.status });
    const where: Prisma.TransferWhereInput = { AND: and };
    return paginate(
      page,
      (p) => this.db.transfer.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: LINES, ...p }),
      () => this.db.transfer.count({ where }),
    );
  }

  /** Records what is asked for; no stock moves until the source ships. */
  async request(viewer: StaffViewer, input: RequestTransferInput, audit: RequestAudit): Promise<TransferWithLines> {
    if (input.fromLocationId === input.toLocationId) {
      throw invalidField("toLocationId", "A transfer goes between two different locations.");
    }
    const merchantId = viewer.merchantId;
    await requireLocations(this.db, merchantId, [input.fromLocationId, input.toLocationId]);
    const variants = await requireVariants(
      this.db,
      merchantId,
      input.lines.map((l) => l.variantId),
    );
    const quantities = quantitiesByVariant(input.lines);
    const at = new Date();
    const note = input.note?.trim() || null;
    return this.db.$transaction(async (tx) => {
      const id = randomUUID();
      const number = await insertNumbered("TR", at, async (candidate) => {
        const rows = await tx.$queryRawUnsafe<{ number: string }[]>(
          `INSERT INTO "Transfer" (id, "merchantId", number, "fromLocationId", "toLocationId", status, note, "requestedById", "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, 'REQUESTED', $6, $7, $8::timestamptz, $8::timestamptz)
           ON CONFLICT (number) DO NOTHING RETURNING number`,
          id,
          merchantId,
          candidate,
          input.fromLocationId,
          input.toLocationId,
          note,
          viewer.staffId,
          at,
        );
        return rows[0]?.number ?? null;
      });
      await bulkInsert(
        tx,
        "TransferLine",
        [
          { name: "id", type: "text" },
          { name: "transferId", type: "text" },
          { name: "variantId", type: "text" },
          { name: "quantityRequested", type: "int" },
        ],
        [...quantities].map(([variantId, quantity]) => [newId(), id, variantId, quantity]),
      );
      await audit.record(tx, {
        action: "transfer.request",
        entityType: "Transfer",
        entityId: id,
        storeId: input.fromLocationId,
        after: {
          number,
          fromLocationId: input.fromLocationId,
          toLocationId: input.toLocationId,
          lines: [...quantities].map(([variantId, quantity]) => ({ variantId, sku: variants.get(variantId)?.sku ?? null, quantity })),
          note,
        },
      });
      return tx.transfer.findUniqueOrThrow({ where: { id }, include: LINES });
    });
  }

  /**
   * Ships from the source: on hand down by a conditional update (never more than available to sell, and never more than
   * requested), TRANSFER_OUT movements, and the destination's incoming up. All lines or none.
   */
  ship(viewer: StaffViewer, input: ShipTransferInput, audit: RequestAudit): Promise<TransferOutcome> {
    const at = new Date();
    return this.run(async (tx) => {
      await claimTransfer(tx, viewer.merchantId, input.transferId, "SHIP", {
        status: "SHIPPED",
        shippedAt: at,
        shippedById: viewer.staffId,
      });
      const transfer = await tx.transfer.findUniqueOrThrow({ where: { id: input.transferId }, include: LINES });
      const quantities = quantitiesByVariant(input.lines);
      const lines = linesFor(transfer.lines, quantities);
      const from = transfer.fromLocationId;

      const levels = await tx.stockLevel.findMany({ where: { locationId: from, variantId: { in: [...quantities.keys()] } } });
      const shortages: { variantId: string; available: number; requested: number }[] = [];
      for (const [variantId, quantity] of quantities) {
        const level = levels.find((l) => l.variantId === variantId);
        const line = lines.get(variantId) as (typeof transfer.lines)[number];
        const check = shipTransfer({
          line: domainLine(line),
          quantity,
          sourceOnHand: level?.onHand ?? 0,
          sourceReserved: level?.reserved ?? 0,
        });
        if (check.ok) continue;
        if (check.code !== "INSUFFICIENT_STOCK") {
          throw new TransferRejected({ kind: "TRANSFER", code: check.code, message: check.message, status: transfer.status, variantId });
        }
        shortages.push({ variantId, available: check.available, requested: quantity });
      }
      if (shortages.length === 0) {
        // The check above read the levels; this statement is the guard (a sale may have taken the units since).
        const taken = await takeAvailable(tx, from, quantities, at);
        if (taken.length === quantities.size) {
          const incoming = await upsertLevels(tx, "INCOMING", transfer.toLocationId, quantities, at);
          await addToLines(tx, transfer.id, "SHIPPED", quantities);
          const source = this.ledgerSource(viewer, "TRANSFER_OUT", transfer, at);
          const out = entriesOf(taken, quantities, -1);
          await writeMovements(tx, source, out);
          // Both ends change: the destination's incoming too, announced with the reason of the leg that moved it.
          await emitAll(tx, stockEvents(source, [...out, ...entriesOf(incoming, quantities, 0)]));
          await audit.record(tx, {
            action: "transfer.ship",
            entityType: "Transfer",
            entityId: transfer.id,
            storeId: from,
            before: { status: transfer.status },
            after: {
              status: "SHIPPED",
              number: transfer.number,
              lines: [...quantities].map(([variantId, quantity]) => ({ variantId, quantity })),
            },
          });
          return tx.transfer.findUniqueOrThrow({ where: { id: transfer.id }, include: LINES });
        }
        const now = await tx.stockLevel.findMany({ where: { locationId: from, variantId: { in: [...quantities.keys()] } } });
        for (const [variantId, quantity] of quantities) {
          if (taken.some((t) => t.variantId === variantId)) continue;
          const level = now.find((l) => l.variantId === variantId);
          shortages.push({ variantId, available: Math.max(0, (level?.onHand ?? 0) - (level?.reserved ?? 0)), requested: quantity });
        }
      }
      throw new TransferRejected({
        kind: "STOCK",
        code: "INSUFFICIENT_STOCK",
        message: `Not enough available to ship ${shortages.length} of the lines; nothing was shipped.`,
        shortages,
      });
    });
  }

  /** Receives at the destination; closes the transfer once nothing is left in transit (or when asked to). */
  receive(viewer: StaffViewer, input: ReceiveTransferInput, audit: RequestAudit): Promise<TransferOutcome> {
    const at = new Date();
    return this.run(async (tx) => {
      await claimTransfer(tx, viewer.merchantId, input.transferId, "RECEIVE", { receivedById: viewer.staffId });
      const transfer = await tx.transfer.findUniqueOrThrow({ where: { id: input.transferId }, include: LINES });
      const source = this.ledgerSource(viewer, "TRANSFER_IN", transfer, at);
      return receiveShipped(tx, { transfer, quantities: quantitiesByVariant(input.lines), close: input.close, source, audit });
    });
  }

  /** Closes a shipped transfer: what is still in transit is written off the destination's incoming as lost. */
  close(viewer: StaffViewer, transferId: string, audit: RequestAudit): Promise<TransferOutcome> {
    const at = new Date();
    return this.run(async (tx) => {
      await claimTransfer(tx, viewer.merchantId, transferId, "CLOSE", { status: "RECEIVED", receivedAt: at, receivedById: viewer.staffId });
      const transfer = await tx.transfer.findUniqueOrThrow({ where: { id: transferId }, include: LINES });
      await closeShipped(tx, transfer, this.ledgerSource(viewer, "TRANSFER_IN", transfer, at), audit);
      return tx.transfer.findUniqueOrThrow({ where: { id: transferId }, include: LINES });
    });
  }

  /** Cancels a transfer that has not shipped; no stock has moved, so none moves back. */
  cancel(viewer: StaffViewer, transferId: string, audit: RequestAudit): Promise<TransferOutcome> {
    return this.run(async (tx) => {
      await claimTransfer(tx, viewer.merchantId, transferId, "CANCEL", { status: "CANCELLED" });
      const transfer = await tx.transfer.findUniqueOrThrow({ where: { id: transferId }, include: LINES });
      await audit.record(tx, {
        action: "transfer.cancel",
        entityType: "Transfer",
        entityId: transfer.id,
        storeId: transfer.fromLocationId,
        before: { status: "REQUESTED" },
        after: { status: "CANCELLED", number: transfer.number },
      });
      return transfer;
    });
  }

  private ledgerSource(
    viewer: StaffViewer,
    reason: "TRANSFER_OUT" | "TRANSFER_IN",
    transfer: { id: string; number: string },
    at: Date,
  ): LedgerSource {
    return {
      merchantId: viewer.merchantId,
      reason,
      referenceType: "Transfer",
      referenceId: transfer.id,
      actorId: viewer.staffId,
      note: transfer.number,
      at,
    };
  }

  /** One transaction; a TransferRejected thrown inside rolls it back and becomes the failure result. */
  private async run(work: (tx: Tx) => Promise<TransferWithLines>): Promise<TransferOutcome> {
    try {
      // Steps touching the same stock rows queue on their locks; allow them time.
      const transfer = await this.db.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
      void this.relay.kick();
      return { ok: true, transfer };
    } catch (error) {
      if (error instanceof TransferRejected) return { ok: false, ...error.failure };
      throw error;
    }
  }
}
