import type { Translate } from "@o2o/client";
import { isMessageKey } from "../../i18n/messages";

function label(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

export const orderStatusLabel = (t: Translate, s: string) => label(t, "ostatus", s);
export const orderTypeLabel = (t: Translate, s: string) => label(t, "otype", s);
export const fulfilmentStatusLabel = (t: Translate, s: string) => label(t, "fstatus", s);
export const tenderLabel = (t: Translate, s: string) => label(t, "tender", s);
export const paymentStatusLabel = (t: Translate, s: string) => label(t, "pstatus", s);
