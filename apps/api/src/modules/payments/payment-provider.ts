import type { Tender } from "@o2o/domain";

export type ChargeResult = { ok: true; providerReference: string } | { ok: false; reason: string };
export type RefundResult = { ok: true; providerReference: string } | { ok: false; reason: string };

/** A payment notification after its signature was verified. */
export type VerifiedNotification = {
  eventId: string;
  providerReference: string;
  status: "SUCCEEDED" | "FAILED" | "CLOSED";
  amount: number;
};

/**
 * One way to take money. Real WeChat Pay / Alipay adapters implement the same interface as the simulator, so callers
 * never change when they are added.
 */
export interface PaymentProvider {
  readonly name: string;
  readonly tender: Tender;
  /** The shopper shows a payment code (付款码) that the till scans: charged synchronously. */
  chargeAuthCode?(req: { outTradeNo: string; authCode: string; amount: number }): Promise<ChargeResult>;
  /** The shopper scans our QR code; the result arrives later as a signed notification. */
  createQrPayment?(req: {
    outTradeNo: string;
    amount: number;
    description: string;
  }): Promise<{ providerReference: string; qrPayload: string }>;
  /** Checks a notification's signature and parses it; null for a forged or malformed one. */
  verifyNotification?(rawBody: string, signature: string | undefined): VerifiedNotification | null;
  refund(req: { providerReference: string; amount: number; refundNo: string }): Promise<RefundResult>;
}
