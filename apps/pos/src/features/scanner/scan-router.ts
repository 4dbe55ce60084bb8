// What a scanned code is, decided before any lookup: the till's scanner reads product barcodes, member QR codes,
// coupon codes, receipts and the shopper's wallet payment codes, and each goes somewhere else.

import { walletOfPaymentCode } from "../payment/tender-math";

/** The QR a member shows (storefront member code): O2O-MEMBER:<member id>. */
export const MEMBER_QR_PREFIX = "O2O-MEMBER:";

export type ScanKind =
  | { kind: "member-id"; memberId: string }
  | { kind: "member-phone"; phone: string }
  | { kind: "payment-code"; wallet: "WECHAT_PAY" | "ALIPAY"; code: string }
  | { kind: "receipt"; orderNumber: string }
  | { kind: "coupon"; code: string }
  | { kind: "item"; code: string };

/**
 * Classifies a scan. `paying` is true while the payment dialog waits for a wallet code: an 18-digit WeChat code is
 * then a payment, never an item. Phone numbers (11 digits from 1) are members; receipt numbers (SO + digits) are
 * receipts; codes with letters that are no SKU pattern are tried as coupons by the caller when no item matches.
 */
export function classifyScan(raw: string, options: { paying?: boolean } = {}): ScanKind {
  const code = raw.trim();
  if (code.toUpperCase().startsWith(MEMBER_QR_PREFIX)) return { kind: "member-id", memberId: code.slice(MEMBER_QR_PREFIX.length) };
  const wallet = walletOfPaymentCode(code);
  if (wallet && options.paying) return { kind: "payment-code", wallet, code };
  if (/^1[3-9]\d{9}$/.test(code)) return { kind: "member-phone", phone: code };
  if (/^SO\d{8,}$/i.test(code)) return { kind: "receipt", orderNumber: code.toUpperCase() };
  if (wallet) return { kind: "payment-code", wallet, code };
  if (/[A-Za-z]/.test(code) && /^[A-Za-z0-9-]{4,40}$/.test(code) && /^(CP|DEMO-|[A-Z]+-COUPON)/i.test(code)) {
    return { kind: "coupon", code: code.toUpperCase() };
  }
  return { kind: "item", code };
}

/** A code the caller may still try as a coupon when no item carries it (letters and digits, 4–40 long). */
export function couldBeCoupon(code: string): boolean {
  return /[A-Za-z]/.test(code) && /^[A-Za-z0-9-]{4,40}$/.test(code.trim());
}
