import { type OrderStatus, transition } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { parseMerchantSettings } from "../checkout/merchant-settings.ts";
import { orderUpdatedMessage, paymentUpdatedMessage } from "../online-checkout/order-events.ts";
import { type LockedOrder, lockOrder } from "../online-checkout/order-lock.ts";
import type { WalletPaymentMetadata } from "../online-checkout/online-order.writer.ts";
import { changeStock, orderQuantities, recordStockChange } from "../online-checkout/reservation-stock.ts";
import type { VerifiedNotification } from "./payment-provider.ts";
import type { WalletRefunds } from "./wallet-refunds.ts";

/** What a notification did: PAID, FAILED, REFUNDED (paid after the order was cancelled), or nothing (DUPLICATE, IGNORED, UNKNOWN_PAYMENT). */
export type NotificationOutcome = "PAID" | "FAILED" | "REFUNDED" | "DUPLICATE" | "IGNORED" | "UNKNOWN_PAYMENT";

type PaymentRow = { id: string; orderId: string; tender: string; amount: number; status: string; metadata: unknown };

/**
 * Applies verified wallet notifications. Each one is a single transaction: the notification row first (unique per
 * provider and event id, so a duplicate, even a concurrent one, does nothing), then the order row locked, then
 * conditional updates of the payment (`WHERE status = 'PENDING'`), so out-of-order and repeated deliveries are harmless.
 */
export class PaymentNotificationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly relay: OutboxRelay,
    private readonly refunds: WalletRefunds,
  ) {}

  async handle(provider: string, n: VerifiedNotification): Promise<NotificationOutcome> {
    const at = new Date();
    const result = await this.db.$transaction(
      async (tx): Promise<{ outcome: NotificationOutcome; refundPaymentId?: string }> => {
        const recorded = await tx.$queryRawUnsafe<{ id: string }[]>(
          `INSERT INTO "PaymentNotification" (id, provider, "providerReference", "eventId", status, payload)
           VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5::jsonb) ON CONFLICT (provider, "eventId") DO NOTHING RETURNING id`,
          provider,
          n.providerReference,
          n.eventId,
          n.status,
          JSON.stringify(n),
        );
        const notificationId = recorded[0]?.id;
        if (!notificationId) return { outcome: "DUPLICATE" };
        const done = async (outcome: NotificationOutcome, refundPaymentId?: string) => {
          await tx.paymentNotification.update({ where: { id: notificationId }, data: { processedAt: new Date() } });
          return { outcome, refundPaymentId };
        };

        const found = await tx.payment.findUnique({
          where: { provider_providerReference: { provider, providerReference: n.providerReference } },
          select: { id: true, orderId: true },
        });
        if (!found) return done("UNKNOWN_PAYMENT");
        // Lock order before payment, like cancellation and the reservation sweeper, so they never deadlock.
        const order = await lockOrder(tx, found.orderId);
        const payment = (
          await tx.$queryRawUnsafe<PaymentRow[]>(
            `SELECT id, "orderId", tender::text AS tender, amount, status::text AS status, metadata FROM "Payment" WHERE id = $1 FOR UPDATE`,
            found.id,
          )
        )[0];
        if (!order || !payment) return done("UNKNOWN_PAYMENT");

        if (n.status !== "SUCCEEDED") return done(await this.failed(tx, order, payment, n, at));
        if (n.amount !== payment.amount) {
          await this.exception(
            tx,
            order,
            `Wallet notification for order ${order.number} says ${n.amount}分, the payment is ${payment.amount}分: not applied.`,
            {
              paymentId: payment.id,
              eventId: n.eventId,
            },
          );
          return done("IGNORED");
        }
        const taken = await tx.$executeRawUnsafe(
          `UPDATE "Payment" SET status = 'SUCCEEDED', "paidAt" = $2, "failureReason" = NULL, "updatedAt" = now()
            WHERE id = $1 AND status IN ('PENDING', 'FAILED', 'CANCELLED')`,
          payment.id,
          at,
        );
        if (taken === 0) return done("IGNORED"); // already succeeded (or refunded): a late duplicate under a new event id

        const paid = transition({ type: order.type, status: order.status, paidAmount: order.total, totalAmount: order.total }, "PAY");
        if (order.status !== "PENDING_PAYMENT" || !paid.ok) {
          await this.exception(tx, order, `Order ${order.number} was paid while ${order.status}: the payment is refunded.`, {
            paymentId: payment.id,
            eventId: n.eventId,
          });
          await emitAll(tx, [paymentUpdatedMessage({ ...payment, status: "SUCCEEDED" }, order, at)]);
          return done("REFUNDED", payment.id);
        }
        await this.settle(tx, order, payment, paid.status, at);
        return done("PAID");
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
    void this.relay.kick();
    if (result.refundPaymentId) await this.refunds.refundPayment(result.refundPaymentId, "paid after the order was cancelled");
    return result.outcome;
  }

  /** FAILED/CLOSED: only a pending payment fails; after a success the notification is stale and ignored. */
  private async failed(tx: Tx, order: LockedOrder, payment: PaymentRow, n: VerifiedNotification, at: Date): Promise<NotificationOutcome> {
    const changed = await tx.$executeRawUnsafe(
      `UPDATE "Payment" SET status = 'FAILED', "failureReason" = $2, "updatedAt" = now() WHERE id = $1 AND status = 'PENDING'`,
      payment.id,
      n.status === "CLOSED" ? "The payment was closed before it was paid." : "The wallet declined the payment.",
    );
    if (changed === 0) return "IGNORED";
    await tx.exceptionLog.create({
      data: {
        merchantId: order.merchantId,
        storeId: order.storeId,
        kind: "PAYMENT_FAILED",
        message: `Wallet payment for online order ${order.number} ${n.status === "CLOSED" ? "was closed" : "failed"}.`,
        details: { orderId: order.id, paymentId: payment.id, eventId: n.eventId, status: n.status },
      },
    });
    await emitAll(tx, [paymentUpdatedMessage({ ...payment, status: "FAILED" }, order, at)]);
    await this.audit.write(tx, {
      merchantId: order.merchantId,
      actor: { type: "SYSTEM", id: null },
      action: "payment.failed",
      entityType: "Payment",
      entityId: payment.id,
      storeId: order.storeId,
      after: { status: n.status, eventId: n.eventId },
    });
    return "FAILED";
  }

  /** The order is paid: reservation committed to a sale, coupons redeemed, points earned, lifetime spend counted. */
  private async settle(tx: Tx, order: LockedOrder, payment: PaymentRow, status: OrderStatus, at: Date): Promise<void> {
    const meta = (payment.metadata ?? {}) as Partial<WalletPaymentMetadata>;
    const earned = order.memberId ? Math.max(0, meta.pointsToEarn ?? 0) : 0;
    const moved = await tx.$executeRawUnsafe(
      `UPDATE "Order" SET status = $2::"OrderStatus", "paidTotal" = total, "paidAt" = $3, "pointsEarned" = $4, "updatedAt" = now()
        WHERE id = $1 AND status = 'PENDING_PAYMENT'`,
      order.id,
      status,
      at,
      earned,
    );
    if (moved !== 1) throw new Error(`order ${order.id} changed under its lock`);
    const events: OutboxMessage[] = [];

    if (order.storeId) {
      const quantities = await orderQuantities(tx, order.id);
      const rows = await changeStock(tx, "COMMIT", order.storeId, quantities);
      events.push(
        ...(await recordStockChange(tx, {
          change: "COMMIT",
          merchantId: order.merchantId,
          locationId: order.storeId,
          quantities,
          rows,
          orderId: order.id,
          actorId: null,
          at,
        })),
      );
    }

    const couponIds = meta.couponIds ?? [];
    if (couponIds.length) {
      const used = await tx.coupon.updateMany({
        where: { id: { in: couponIds }, status: "ISSUED" },
        data: { status: "REDEEMED", redeemedAt: at, orderId: order.id },
      });
      if (used.count !== couponIds.length) {
        await this.exception(tx, order, `A coupon on online order ${order.number} was used elsewhere before the order was paid.`, {
          couponIds,
        });
      }
    }

    if (order.memberId) {
      const member = await tx.$queryRawUnsafe<{ pointsBalance: number; merchantSettings: unknown }[]>(
        `UPDATE "Member" m SET "pointsBalance" = m."pointsBalance" + $2, "lifetimeSpend" = m."lifetimeSpend" + $3, "updatedAt" = now()
           FROM "Merchant" mc WHERE m.id = $1 AND mc.id = m."merchantId"
         RETURNING m."pointsBalance", mc.settings AS "merchantSettings"`,
        order.memberId,
        earned,
        order.total,
      );
      const row = member[0];
      if (row && earned > 0) {
        const validityDays = parseMerchantSettings(row.merchantSettings).pointsValidityDays;
        await tx.pointsEntry.create({
          data: {
            memberId: order.memberId,
            delta: earned,
            balanceAfter: row.pointsBalance,
            reason: "EARN",
            orderId: order.id,
            expiresAt: new Date(at.getTime() + validityDays * 86_400_000),
            createdAt: at,
          },
        });
      }
    }

    events.push(orderUpdatedMessage({ ...order, status }, at), paymentUpdatedMessage({ ...payment, status: "SUCCEEDED" }, order, at));
    await emitAll(tx, events);
    await this.audit.write(tx, {
      merchantId: order.merchantId,
      actor: { type: "SYSTEM", id: null },
      action: "order.paid",
      entityType: "Order",
      entityId: order.id,
      storeId: order.storeId,
      before: { status: order.status },
      after: { status, paymentId: payment.id, amount: payment.amount, pointsEarned: earned, couponIds },
    });
  }

  private async exception(tx: Tx, order: LockedOrder, message: string, details: object): Promise<void> {
    await tx.exceptionLog.create({
      data: {
        merchantId: order.merchantId,
        storeId: order.storeId,
        kind: "PAYMENT_FAILED",
        message,
        details: { orderId: order.id, ...details },
      },
    });
  }
}
