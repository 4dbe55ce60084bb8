"use client";

import { openDrawer, printReceipt } from "../hardware/bridge-client";
import { publishDisplay } from "../hardware/customer-display";
import { receiptFromOrder } from "../hardware/receipt-doc";
import { lookupBarcode, searchCatalog } from "./catalog-cache";
import { syncCatalog } from "./catalog-sync";
import { previewSaleOffline } from "./offline-preview";
import { syncNow } from "./offline-sync";
import { newClientSaleId, queueSale, submitSale } from "./sale-submitter";
import { enqueueSale, queuedSales } from "./sale-queue";

const FLAG = "posTestHook";

declare global {
  interface Window {
    __posTest?: Record<string, unknown>;
  }
}

/**
 * Browser tests and the benchmark drive the offline engine and the bridge through the real production bundle. The
 * hook exists only when the page was opened with ?posTestHook=1 (remembered for the tab), never otherwise.
 */
export function installTestHook(): void {
  if (typeof window === "undefined" || window.__posTest) return;
  let enabled = new URLSearchParams(window.location.search).get(FLAG) === "1";
  try {
    if (enabled) window.sessionStorage.setItem(FLAG, "1");
    else enabled = window.sessionStorage.getItem(FLAG) === "1";
  } catch {
    // No storage: only the query flag counts.
  }
  if (!enabled) return;
  window.__posTest = {
    submitSale,
    queueSale,
    syncNow,
    queuedSales,
    enqueueSale,
    syncCatalog,
    lookupBarcode,
    searchCatalog,
    previewSaleOffline,
    newClientSaleId,
    printReceipt,
    openDrawer,
    receiptFromOrder,
    publishDisplay,
  };
}
