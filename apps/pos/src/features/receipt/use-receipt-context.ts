"use client";

import { useLocale } from "@o2o/client";
import { useMe } from "../auth/me-context";
import { useTillReference } from "../offline/till-settings";
import type { ReceiptContext } from "./print-receipt";

/** What every receipt of this till needs besides the till: the language, the cashier and the store's receipt settings. */
export function useReceiptContext(): Omit<ReceiptContext, "till"> {
  const locale = useLocale();
  const me = useMe();
  const reference = useTillReference();
  return { locale, cashier: me.displayName ?? null, receipt: reference?.receipt ?? null };
}
