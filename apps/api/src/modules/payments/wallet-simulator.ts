import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Tender } from "@o2o/domain";
import type { ChargeResult, PaymentProvider, RefundResult, VerifiedNotification } from "./payment-provider.ts";

type SimTender = Extract<Tender, "WECHAT_PAY" | "ALIPAY">;

const PREFIX: Record<SimTender, { qr: string; authCode: RegExp }> = {
  // Real payment codes: WeChat 18 digits starting 10–15, Alipay 16–24 digits starting 25–30.
  WECHAT_PAY: { qr: "weixin://wxpay/bizpayurl?pr=", authCode: /^1[0-5]\d{16}$/ },
  ALIPAY: { qr: "https://qr.alipay.com/sim/", authCode: /^(2[5-9]|30)\d{14,22}$/ },
};

/**
 * A local stand-in for WeChat Pay and Alipay that follows their flows: payment codes are charged synchronously
 * (codes ending in 0000 are declined: "insufficient balance"), QR payments are created and settled later by a signed
 * asynchronous notification, refunds go back through the provider.
 */
export class WalletSimulator implements PaymentProvider {
  readonly name: string;

  constructor(
    readonly tender: SimTender,
    private readonly secret: string,
  ) {
    this.name = tender === "WECHAT_PAY" ? "wechat-sim" : "alipay-sim";
  }

  async chargeAuthCode(req: { outTradeNo: string; authCode: string; amount: number }): Promise<ChargeResult> {
    const code = req.authCode.replace(/\s/g, "");
    if (!PREFIX[this.tender].authCode.test(code)) return { ok: false, reason: "Not a valid payment code for this wallet." };
    if (code.endsWith("0000")) return { ok: false, reason: "Payment declined: insufficient balance." };
    return { ok: true, providerReference: this.reference() };
  }

  async createQrPayment(_req: { outTradeNo: string; amount: number; description: string }) {
    const providerReference = this.reference();
    return { providerReference, qrPayload: `${PREFIX[this.tender].qr}${providerReference}` };
  }

  async refund(req: { providerReference: string; amount: number; refundNo: string }): Promise<RefundResult> {
    if (req.amount <= 0) return { ok: false, reason: "Refund amount must be positive." };
    return { ok: true, providerReference: `${req.providerReference}-R-${req.refundNo}` };
  }

  /** What the provider would POST to our webhook, signed with the shared secret. */
  notification(n: VerifiedNotification): { body: string; signature: string } {
    const body = JSON.stringify(n);
    return { body, signature: this.sign(body) };
  }

  verifyNotification(rawBody: string, signature: string | undefined): VerifiedNotification | null {
    if (!signature) return null;
    const expected = Buffer.from(this.sign(rawBody));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const n = JSON.parse(rawBody) as VerifiedNotification;
      if (typeof n.eventId !== "string" || typeof n.providerReference !== "string" || !Number.isInteger(n.amount)) return null;
      if (!["SUCCEEDED", "FAILED", "CLOSED"].includes(n.status)) return null;
      return n;
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return createHmac("sha256", `${this.secret}:${this.name}`).update(body).digest("hex");
  }

  private reference(): string {
    return `${this.tender === "WECHAT_PAY" ? "wx" : "ali"}${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
  }
}
