import type { ReceiptTemplate } from "@o2o/domain";
import { parseStoreReceiptHeader } from "../checkout/merchant-settings.ts";

export type ReceiptStoreRow = {
  name: string;
  city: string | null;
  district: string | null;
  addressLine: string | null;
  phone: string | null;
  settings: unknown;
};

/** The receipt a till of this store prints: the merchant's template, the store's header lines when it has its own. */
export function tillReceiptOf(template: ReceiptTemplate, store: ReceiptStoreRow) {
  return {
    ...template,
    headerLines: parseStoreReceiptHeader(store.settings) ?? template.headerLines,
    storeName: store.name,
    storeAddress: [store.city, store.district, store.addressLine].filter(Boolean).join("") || null,
    storePhone: store.phone,
  };
}
