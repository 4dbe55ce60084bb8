import type { MessageKey } from "../../i18n/messages";

/** The till's own wording for the server's sale refusals (the server's English message is the fallback). */
export function rejectionKey(code: string): MessageKey | null {
  switch (code) {
    case "APPROVAL_REQUIRED":
      return "reject.APPROVAL_REQUIRED";
    case "APPROVAL_REJECTED":
      return "reject.APPROVAL_REJECTED";
    case "TENDER_SHORT":
      return "reject.TENDER_SHORT";
    case "TENDER_DISABLED":
      return "reject.TENDER_DISABLED";
    case "TENDER_OVERPAID_NON_CASH":
      return "reject.TENDER_OVERPAID_NON_CASH";
    case "PAYMENT_DECLINED":
      return "reject.PAYMENT_DECLINED";
    case "PAYMENT_CODE_REQUIRED":
      return "reject.PAYMENT_CODE_REQUIRED";
    case "STORE_CREDIT_INSUFFICIENT":
      return "reject.STORE_CREDIT_INSUFFICIENT";
    case "INSUFFICIENT_STOCK":
      return "reject.INSUFFICIENT_STOCK";
    case "COUPON_NOT_FOUND":
      return "reject.COUPON_NOT_FOUND";
    case "OFFLINE_TENDER_UNAVAILABLE":
      return "reject.OFFLINE_TENDER_UNAVAILABLE";
    default:
      return code.startsWith("POINTS_") ? "reject.POINTS" : code.startsWith("COUPON_") ? "reject.COUPON" : null;
  }
}
