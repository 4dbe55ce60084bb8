"use client";

import { useEffect } from "react";
import type { CompletedSale } from "../payment/sale-complete";
import type { SaleDraft } from "../sale/sale-draft";
import type { SalePreview } from "../sale/use-sale-preview";
import { type DisplayState, publishDisplay } from "./customer-display";

/**
 * What the customer display shows for the selling desk's state: the sale's outcome once paid, else the cart as the
 * server priced it (each line's total after discounts), else the lines at list price while the first price loads.
 */
export function displayStateOf(
  storeName: string,
  draft: SaleDraft,
  preview: SalePreview | null,
  completed: CompletedSale | null,
): DisplayState {
  if (completed) return { kind: "paid", storeName, total: completed.total, change: completed.change };
  if (draft.lines.length === 0) return { kind: "idle", storeName };
  const memberName = draft.member ? (draft.member.name ?? draft.member.maskedPhone) : null;
  if (preview) {
    return {
      kind: "cart",
      storeName,
      memberName,
      lines: preview.cart.lines.map((l) => ({
        name: l.name,
        detail: l.discounts.map((d) => d.label).join(" · ") || null,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
      })),
      subtotal: preview.cart.subtotal,
      discountTotal: preview.cart.discountTotal,
      total: preview.amountDue,
    };
  }
  const lines = draft.lines.map((l) => ({
    name: `${l.productName} ${l.variantName}`.trim(),
    detail: null,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    lineTotal: l.unitPrice * l.quantity,
  }));
  const subtotal = lines.reduce((s, l) => s + l.lineTotal, 0);
  return { kind: "cart", storeName, memberName, lines, subtotal, discountTotal: 0, total: subtotal };
}

/** Keeps the customer display (a second window, if open) in step with the selling desk. */
export function useCustomerDisplayFeed(storeName: string, draft: SaleDraft, preview: SalePreview | null, completed: CompletedSale | null) {
  useEffect(() => {
    publishDisplay(displayStateOf(storeName, draft, preview, completed));
  }, [storeName, draft, preview, completed]);
}
