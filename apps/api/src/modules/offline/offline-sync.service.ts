import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput } from "../../errors/api-errors.ts";
import type { PosSaleCommand, PosSaleOutcome, PosSaleService, SaleFailure } from "../checkout/pos-sale.service.ts";

export type OfflineSaleOutcome =
  | { ok: true; orderId: string; orderNumber: string; replayed: boolean; change: number; conflicts: string[] }
  | ({ ok: false } & SaleFailure);

/** How far the till's clock may run ahead of the server's, and how old an offline sale may be. */
const FUTURE_SLACK_MS = 10 * 60_000;
const MAX_AGE_MS = 60 * 24 * 60 * 60_000;

/**
 * Delivers a sale rung up offline: the same sale use case, priced as of when it happened, recorded at the till's total
 * (the shopper has paid and left). Whatever the server would have decided differently is logged as a SYNC_CONFLICT for
 * the manager: a price difference, stock gone below zero, or a sale it cannot record at all, which is kept in the log
 * with its full input rather than dropped. Exactly once: the clientSaleId is the idempotency key of the sale.
 */
export class OfflineSyncService {
  constructor(
    private readonly db: Db,
    private readonly sales: PosSaleService,
  ) {}

  async deliver(
    viewer: StaffViewer,
    cmd: PosSaleCommand & { offline: { soldAt: Date; expectedTotal: number } },
    audit: RequestAudit,
  ): Promise<OfflineSaleOutcome> {
    const soldAt = cmd.offline.soldAt.getTime();
    if (!(soldAt <= Date.now() + FUTURE_SLACK_MS && soldAt >= Date.now() - MAX_AGE_MS)) {
      throw badInput("soldAt is out of range.", [{ field: "soldAt", message: "in the future or older than 60 days" }]);
    }
    const outcome: PosSaleOutcome = await this.sales.sell(viewer, cmd, audit);
    if (!outcome.ok) {
      await this.logRefused(viewer, cmd, outcome);
      return outcome;
    }
    // One round trip for the receipt number and what was logged about this order (exceptions are written at or after
    // the order's time, which for an offline sale is when it was sold: the index on (merchantId, createdAt) bounds it).
    const [order] = await this.db.$queryRawUnsafe<{ number: string; short: number; conflicts: string[] }[]>(
      `SELECT o.number,
              (SELECT count(*) FROM "ExceptionLog" e WHERE e."merchantId" = $1 AND e."createdAt" >= o."createdAt"
                  AND e.kind = 'STOCK_DISCREPANCY' AND e.details->>'orderId' = o.id)::int AS short,
              COALESCE((SELECT array_agg(e.details->>'conflict') FROM "ExceptionLog" e WHERE e."merchantId" = $1
                  AND e."createdAt" >= o."createdAt" AND e.kind = 'SYNC_CONFLICT' AND e.details->>'orderId' = o.id), '{}') AS conflicts
         FROM "Order" o WHERE o.id = $2`,
      viewer.merchantId,
      outcome.orderId,
    );
    if (!order) throw new Error(`order ${outcome.orderId} vanished`);
    const conflicts: string[] = [...order.conflicts];
    if (order.short > 0) conflicts.push("STOCK_SHORT");
    if (outcome.replayed) {
      return { ok: true, orderId: outcome.orderId, orderNumber: order.number, replayed: true, change: outcome.change, conflicts };
    }
    const difference = outcome.priceDifference ?? 0;
    if (difference !== 0) {
      conflicts.unshift("PRICE_CHANGED");
      await this.db.exceptionLog.create({
        data: {
          merchantId: viewer.merchantId,
          storeId: cmd.storeId,
          kind: "SYNC_CONFLICT",
          staffId: viewer.staffId,
          message: `Offline sale ${order.number} was charged ${difference > 0 ? "more" : "less"} than today's prices (${difference} 分): recorded at the till's total.`,
          details: {
            conflict: "PRICE_CHANGED",
            orderId: outcome.orderId,
            clientSaleId: cmd.clientSaleId,
            tillTotal: cmd.offline.expectedTotal,
            serverTotal: cmd.offline.expectedTotal - difference,
            difference,
            soldAt: cmd.offline.soldAt.toISOString(),
          },
        },
      });
    }
    return { ok: true, orderId: outcome.orderId, orderNumber: order.number, replayed: false, change: outcome.change, conflicts };
  }

  /** A refused offline sale stays in the exception log with everything needed to settle it by hand (once per sale). */
  private async logRefused(
    viewer: StaffViewer,
    cmd: PosSaleCommand & { offline: { soldAt: Date; expectedTotal: number } },
    f: SaleFailure,
  ) {
    const already = await this.db.exceptionLog.count({
      where: {
        merchantId: viewer.merchantId,
        createdAt: { gte: cmd.offline.soldAt },
        kind: "SYNC_CONFLICT",
        details: { path: ["clientSaleId"], equals: cmd.clientSaleId },
      },
    });
    if (already > 0) return;
    await this.db.exceptionLog.create({
      data: {
        merchantId: viewer.merchantId,
        storeId: cmd.storeId,
        kind: "SYNC_CONFLICT",
        staffId: viewer.staffId,
        message: `An offline sale could not be recorded (${f.code}): ${f.message}`,
        details: JSON.parse(
          JSON.stringify({
            conflict: "REFUSED",
            code: f.code,
            reference: f.reference ?? null,
            clientSaleId: cmd.clientSaleId,
            soldAt: cmd.offline.soldAt.toISOString(),
            tillTotal: cmd.offline.expectedTotal,
            sale: { ...cmd, offline: undefined, approval: cmd.approval ? { username: cmd.approval.username } : null },
          }),
        ),
      },
    });
  }
}
