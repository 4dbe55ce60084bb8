import { clawBackPoints, type FulfilmentStatus as DomainFulfilmentStatus, transition, transitionFulfilment } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import { actorOf, type RequestAudit } from "../../audit/request-audit.ts";
import type { Db, Tx } from "../../db/client.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { fulfilmentStatusToDomain } from "../fulfilment/fulfilment-status.ts";
import { lockOrder } from "./order-lock.ts";
import type { WalletRefunds } from "../payments/wallet-refunds.ts";
import { orderUpdatedMessage, paymentUpdatedMessage } from "./order-events.ts";
import { changeStock, orderQuantities, recordStockChange } from "./reservation-stock.ts";

export type CancelledBy = "MEMBER" | "STAFF" | "SYSTEM";

export type CancelOutcome =
  | { ok: true; orderId: string; orderNumber: string; orderStatus: string; pointsReturned: number; refunded: number; refundFailed: boolean }
  | { ok: false; code: string; message: string; orderStatus: string | null; fulfilmentStatus: string | null };

const SWEEP_BATCH = 100;

/**
 * Cancels online orders: by the shopper (while unpaid, or paid and not yet started), by staff (whatever the order state
 * machine allows), and by the reservation sweeper when an unpaid order's reservation lapses. One transaction each:
 * stock released (unpaid) or put back (paid), points returned, coupons reissued, payments closed; a succeeded wallet
 * payment is then refunded through its provider.
 */
export class OrderCancellationService {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly relay: OutboxRelay,
    private readonly refunds: WalletRefunds,
  ) {}

  async cancel(
    orderId: string,
    by: CancelledBy,
    reason: string,
    audit: RequestAudit | null,
    opts: { expiredAt?: Date } = {},
  ): Promise<CancelOutcome> {
    const at = new Date();
    const result = await this.db.$transaction(
      async (tx) => {
        const order = await lockOrder(tx, orderId);
        if (!order)
          return { ok: false as const, code: "ORDER_NOT_FOUND", message: "No such order.", orderStatus: null, fulfilmentStatus: null };
        const fulfilment = await tx.fulfilment.findFirst({ where: { orderId }, orderBy: { createdAt: "asc" } });
        const refused = (code: string, message: string) => ({
          ok: false as const,
          code,
          message,
          orderStatus: order.status,
          fulfilmentStatus: fulfilment?.status ?? null,
        });

        if (order.type === "POS_SALE") return refused("INVALID_TRANSITION", "A till sale is returned, not cancelled.");
        if (opts.expiredAt) {
          const row = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { reservationExpiresAt: true } });
          // Re-checked under the lock: the payment may have landed since the sweeper listed this order.
          if (order.status !== "PENDING_PAYMENT" || !row.reservationExpiresAt || row.reservationExpiresAt > opts.expiredAt) {
            return refused("RESERVATION_NOT_EXPIRED", "The order is paid or its reservation has not lapsed.");
          }
        }
        const next = transition({ type: order.type, status: order.status }, "CANCEL");
        if (!next.ok) return refused(next.code, next.message);
        if (
          by === "MEMBER" &&
          !(order.status === "PENDING_PAYMENT" || (order.status === "PAID" && (fulfilment?.status ?? "PENDING") === "PENDING"))
        ) {
          return refused("ORDER_IN_FULFILMENT", "The store has started on this order; contact the store to cancel it.");
        }
        let fulfilmentAfter: DomainFulfilmentStatus | null = null;
        if (fulfilment) {
          const f = transitionFulfilment(fulfilment.type, fulfilmentStatusToDomain(fulfilment.status), "CANCEL");
          if (!f.ok) return refused(f.code, f.message);
          fulfilmentAfter = f.status;
        }

        const wasPaid = order.status !== "PENDING_PAYMENT";
        await tx.$executeRawUnsafe(
          `UPDATE "Order" SET status = 'CANCELLED', "cancelledAt" = $2, "updatedAt" = now() WHERE id = $1 AND status = $3::"OrderStatus"`,
          orderId,
          at,
          order.status,
        );
        if (fulfilment && fulfilmentAfter) await tx.fulfilment.update({ where: { id: fulfilment.id }, data: { status: "CANCELLED" } });

        const events: OutboxMessage[] = [];
        if (order.storeId) {
          const quantities = await orderQuantities(tx, orderId);
          const change = wasPaid ? "RESTOCK" : "RELEASE";
          const rows = await changeStock(tx, change, order.storeId, quantities);
          const note = wasPaid ? "online order cancelled before fulfilment" : null;
          events.push(
            ...(await recordStockChange(tx, {
              change,
              merchantId: order.merchantId,
              locationId: order.storeId,
              quantities,
              rows,
              orderId,
              actorId: null,
              note,
              at,
            })),
          );
        }

        const payments = await tx.payment.findMany({ where: { orderId } });
        let refundPaymentId: string | null = null;
        for (const p of payments) {
          let status: "CANCELLED" | "REFUNDED" | null = null;
          if (p.tender === "POINTS" && p.status === "SUCCEEDED") status = "REFUNDED";
          else if (p.status === "PENDING" || p.status === "FAILED") status = "CANCELLED";
          else if (p.status === "SUCCEEDED") refundPaymentId = p.id;
          if (!status) continue;
          await tx.payment.update({ where: { id: p.id }, data: { status, refundedAmount: status === "REFUNDED" ? p.amount : undefined } });
          events.push(paymentUpdatedMessage({ id: p.id, status, tender: p.tender, amount: p.amount }, order, at));
        }

        const pointsReturned = order.memberId ? await this.returnPoints(tx, order.memberId, orderId, order.pointsRedeemed, wasPaid, at) : 0;
        if (wasPaid) {
          await tx.coupon.updateMany({
            where: { orderId, status: "REDEEMED" },
            data: { status: "ISSUED", redeemedAt: null, orderId: null },
          });
          if (order.memberId)
            await tx.member.update({ where: { id: order.memberId }, data: { lifetimeSpend: { decrement: order.total } } });
        }

        events.push(orderUpdatedMessage({ ...order, status: "CANCELLED" }, at));
        await emitAll(tx, events);
        const entry = {
          action: by === "SYSTEM" ? "order.reservationExpired" : "order.cancel",
          entityType: "Order",
          entityId: orderId,
          storeId: order.storeId,
          before: { status: order.status },
          after: { status: "CANCELLED", reason, pointsReturned },
        };
        if (audit) await audit.record(tx, entry);
        else await this.audit.write(tx, { ...entry, merchantId: order.merchantId, actor: actorOf(null) });
        return { ok: true as const, orderId, orderNumber: order.number, orderStatus: "CANCELLED", pointsReturned, refundPaymentId };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
    void this.relay.kick();
    if (!result.ok) return result;
    const { refundPaymentId, ...cancelled } = result;
    const refund = refundPaymentId
      ? await this.refunds.refundPayment(refundPaymentId, `order cancelled: ${reason}`)
      : { refunded: 0, failed: false };
    return { ...cancelled, refunded: refund.refunded, refundFailed: refund.failed };
  }

  /** Cancels every unpaid online order whose reservation lapsed at or before `now`; returns how many. */
  async sweepExpiredReservations(now = new Date()): Promise<number> {
    let cancelled = 0;
    const skipped = new Set<string>();
    for (;;) {
      const due = await this.db.order.findMany({
        where: {
          status: "PENDING_PAYMENT",
          type: { in: ["DELIVERY", "PICKUP"] },
          reservationExpiresAt: { lte: now },
          id: { notIn: [...skipped] },
        },
        orderBy: [{ reservationExpiresAt: "asc" }, { id: "asc" }],
        select: { id: true },
        take: SWEEP_BATCH,
      });
      for (const o of due) {
        // One order that cannot be cancelled must not stop the others (nor be retried forever in this sweep).
        const outcome = await this.cancel(o.id, "SYSTEM", "reservation expired", null, { expiredAt: now }).catch((error: unknown) => {
          console.error(`[reservations] could not cancel order ${o.id}`, error);
          return null;
        });
        if (outcome?.ok) cancelled++;
        else skipped.add(o.id);
      }
      if (due.length < SWEEP_BATCH) return cancelled;
    }
  }

  /** Runs the sweeper every `intervalMs` (never two sweeps at once); unref'd so it never keeps the process alive. */
  startSweeper(intervalMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.sweepExpiredReservations()
        .catch((error) => {
          console.error("[reservations] sweep failed", error);
          return 0;
        })
        .finally(() => {
          this.sweeping = null;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stopSweeper(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** Gives back redeemed points and, for a paid order, takes back what it earned (never below zero: domain claw-back). */
  private async returnPoints(tx: Tx, memberId: string, orderId: string, redeemed: number, wasPaid: boolean, at: Date): Promise<number> {
    const earnedRow = wasPaid ? await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { pointsEarned: true } }) : null;
    const earned = earnedRow?.pointsEarned ?? 0;
    if (redeemed === 0 && earned === 0) return 0;
    const locked = await tx.$queryRawUnsafe<{ pointsBalance: number }[]>(
      `SELECT "pointsBalance" FROM "Member" WHERE id = $1 FOR UPDATE`,
      memberId,
    );
    const balance = Math.max(0, (locked[0]?.pointsBalance ?? 0) + redeemed);
    const claw = clawBackPoints(balance, earned);
    const after = balance - claw.fromBalance;
    await tx.member.update({ where: { id: memberId }, data: { pointsBalance: after } });
    if (redeemed > 0) {
      await tx.pointsEntry.create({
        data: { memberId, delta: redeemed, balanceAfter: balance, reason: "REFUND", orderId, note: "order cancelled", createdAt: at },
      });
    }
    if (claw.fromBalance > 0) {
      await tx.pointsEntry.create({
        data: {
          memberId,
          delta: -claw.fromBalance,
          balanceAfter: after,
          reason: "REVERSAL",
          orderId,
          note: "order cancelled",
          createdAt: at,
        },
      });
    }
    return redeemed;
  }
}
