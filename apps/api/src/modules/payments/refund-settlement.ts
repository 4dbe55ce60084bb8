import type { Db } from "../../db/client.ts";
import type { PaymentProviders } from "./payment-providers.ts";

export type SettledRefund = { refundId: string; status: "SUCCEEDED" | "FAILED" | "PENDING" };

/**
 * Sends refunds that were recorded PENDING (in the transaction that decided them) to the provider that took the
 * money, after that transaction committed, and records the answer: SUCCEEDED with the provider's refund id, or FAILED
 * with a PAYMENT_FAILED exception for staff to follow up (retry). The refund id is the provider's refund number
 * (WeChat out_refund_no / Alipay out_request_no), so a retry of the same refund is deduplicated by the provider.
 */
export class RefundSettlement {
  constructor(
    private readonly db: Db,
    private readonly providers: PaymentProviders,
  ) {}

  async settle(refundIds: readonly string[], staffId: string | null): Promise<SettledRefund[]> {
    if (refundIds.length === 0) return [];
    const refunds = await this.db.refund.findMany({
      where: { id: { in: [...refundIds] }, status: "PENDING" },
      include: { payment: true, order: { select: { merchantId: true, storeId: true } } },
    });
    const results: SettledRefund[] = [];
    for (const refund of refunds) {
      const payment = refund.payment;
      const provider = payment ? (this.providers.byName(payment.provider) ?? this.providers.for(refund.tender)) : null;
      let outcome: { ok: true; providerReference: string } | { ok: false; reason: string };
      if (!payment || !provider || !payment.providerReference) {
        outcome = { ok: false, reason: "The payment has no provider reference to refund against." };
      } else {
        outcome = await provider
          .refund({ providerReference: payment.providerReference, amount: refund.amount, refundNo: refund.id })
          .catch((error: unknown) => ({
            ok: false as const,
            reason: `Provider unreachable: ${(error as Error).message ?? "unknown error"}`,
          }));
      }
      const status = outcome.ok ? "SUCCEEDED" : "FAILED";
      const marked = await this.db.refund.updateMany({
        where: { id: refund.id, status: "PENDING" },
        data: { status, providerReference: outcome.ok ? outcome.providerReference : null },
      });
      if (marked.count === 0) {
        results.push({ refundId: refund.id, status: "PENDING" }); // settled meanwhile by a concurrent retry
        continue;
      }
      if (!outcome.ok) {
        await this.db.exceptionLog.create({
          data: {
            merchantId: refund.order.merchantId,
            storeId: refund.order.storeId,
            kind: "PAYMENT_FAILED",
            message: `Refund of ${refund.amount} 分 to ${refund.tender} failed: ${outcome.reason}`,
            details: {
              refundId: refund.id,
              orderId: refund.orderId,
              returnId: refund.returnId,
              paymentId: refund.paymentId,
              tender: refund.tender,
              amount: refund.amount,
            },
            staffId,
          },
        });
      }
      results.push({ refundId: refund.id, status });
    }
    return results;
  }

  /** Puts a FAILED refund back to PENDING and sends it again; false when it was not FAILED. */
  async retry(refundId: string, staffId: string | null): Promise<boolean> {
    const reopened = await this.db.refund.updateMany({ where: { id: refundId, status: "FAILED" }, data: { status: "PENDING" } });
    if (reopened.count === 0) return false;
    await this.settle([refundId], staffId);
    return true;
  }
}
