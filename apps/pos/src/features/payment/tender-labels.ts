import type { MessageKey } from "../../i18n/messages";

/** The message key naming a tender (server tender names, upper case). */
export function tenderLabelKey(tender: string): MessageKey {
  switch (tender.toUpperCase()) {
    case "CASH":
      return "tender.CASH";
    case "CARD":
      return "tender.CARD";
    case "WECHAT_PAY":
      return "tender.WECHAT_PAY";
    case "ALIPAY":
      return "tender.ALIPAY";
    case "STORE_CREDIT":
      return "tender.STORE_CREDIT";
    case "POINTS":
      return "tender.POINTS";
    default:
      return "tender.OTHER";
  }
}
