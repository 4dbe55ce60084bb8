import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { Db } from "../../db/client.ts";
import { emitAll } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { paymentUpdatedMessage } from "../online-checkout/order-events.ts";
import type { PaymentProviders } from "./payment-providers.ts";

export type WalletRefundOutcome = { refunded: number; failed: boolean };

/**
 * Gives a succeeded wallet payment back through its provider, in three recorded steps so a failure can be settled by
 * hand: claim (a PENDING Refund row, under a lock on the payment, so two callers never refund twice), call the provider
 * (refundNo = the payment id, which real providers treat as idempotent), then record the result.
 */
export class WalletRefunds {
  constructor(
    private readonly db: Db,
    private readonly payments: PaymentProviders,
    private readonly audit: AuditWriter,
    private readonly relay: OutboxRelay,
  ) {}

  async refundPayment(paymentId: string, reason: string): Promise<WalletRefundOutcome> {
    const claim = await this.db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<
        {
          id: string;
          orderId: string;
          tender: string;
          amount: number;
          refundedAmount: number;
          status: string;
          provider: string;
          providerReference: string | null;
        }[]
      >(
        `SELECT id, "orderId", tender::text AS tender, amount, "refundedAmount", status::text AS status, provider, "providerReference"
           FROM "Payment" WHERE id = $1 FOR UPDATE`,
        paymentId,
      );
      const p = rows[0];
      if (p?.status !== "SUCCEEDED" || !p.providerReference) return null;
      const open = await tx.refund.count({ where: { paymentId, status: { in: ["PENDING", "SUCCEEDED"] } } });
      if (open > 0) return null;
      const amount = p.amount - p.refundedAmount;
      if (amount <= 0) return null;
      const refund = await tx.refund.create({
        data: { orderId: p.orderId, paymentId, tender: p.tender as "WECHAT_PAY", amount, status: "PENDING" },
      });
      return { payment: p, providerReference: p.providerReference, amount, refundId: refund.id };
    });
    if (!claim) return { refunded: 0, failed: false };

    const provider = this.payments.byName(claim.payment.provider);
    const result = provider
      ? await provider
          .refund({ providerReference: claim.providerReference, amount: claim.amount, refundNo: paymentId })
          .catch((e: Error) => ({ ok: false as const, reason: e.message }))
      : { ok: false as const, reason: `unknown provider ${claim.payment.provider}` };

    const at = new Date();
    await this.db.$transaction(async (tx) => {
      const order = await tx.order.findUniqueOrThrow({ where: { id: claim.payment.orderId } });
      if (!result.ok) {
        await tx.refund.update({ where: { id: claim.refundId }, data: { status: "FAILED" } });
        await tx.exceptionLog.create({
          data: {
            merchantId: order.merchantId,
            storeId: order.storeId,
            kind: "PAYMENT_FAILED",
            message: `Refund of ${claim.amount}分 on order ${order.number} failed: ${result.reason}. Refund it by hand.`,
            details: { orderId: order.id, paymentId, amount: claim.amount, reason },
          },
        });
        return;
      }
      await tx.refund.update({ where: { id: claim.refundId }, data: { status: "SUCCEEDED", providerReference: result.providerReference } });
      const full = claim.payment.refundedAmount + claim.amount >= claim.payment.amount;
      await tx.payment.update({
        where: { id: paymentId },
        data: { status: full ? "REFUNDED" : "PARTIALLY_REFUNDED", refundedAmount: { increment: claim.amount } },
      });
      await tx.order.update({ where: { id: order.id }, data: { refundedTotal: { increment: claim.amount } } });
      await emitAll(tx, [
        paymentUpdatedMessage(
          { id: paymentId, status: full ? "REFUNDED" : "PARTIALLY_REFUNDED", tender: claim.payment.tender, amount: claim.payment.amount },
          order,
          at,
        ),
      ]);
      await this.audit.write(tx, {
        merchantId: order.merchantId,
        actor: { type: "SYSTEM", id: null },
        action: "payment.refund",
        entityType: "Payment",
        entityId: paymentId,
        storeId: order.storeId,
        after: { amount: claim.amount, reason, providerReference: result.providerReference },
      });
    });
    void this.relay.kick();
    return { refunded: result.ok ? claim.amount : 0, failed: !result.ok };
  }
}
