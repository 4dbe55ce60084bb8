"use client";

import type { PosOrderFragment } from "@o2o/schema";
import { type HardwareResult, printReceipt } from "../hardware/bridge-client";
import { type ReceiptDoc, type ReceiptLocale, type ReceiptOrderSource, type ReceiptStore, receiptFromOrder } from "../hardware/receipt-doc";
import type { TillReceiptSettings } from "../offline/snapshot-types";
import type { SaleDraft } from "../sale/sale-draft";
import type { SalePreview } from "../sale/use-sale-preview";
import type { TenderEntry } from "../payment/tender-math";
import type { TillSelection } from "../till/till-selection";

export type ReceiptContext = {
  till: TillSelection;
  locale: string;
  cashier: string | null;
  /** The store's receipt settings from the till's snapshot; null before the first snapshot (plain 80 mm receipt). */
  receipt: TillReceiptSettings | null;
};

function receiptLocale(locale: string): ReceiptLocale {
  return locale === "en" || locale === "zh-TW" ? locale : "zh-CN";
}

/** The store as the receipt prints it: its name, address and phone from the snapshot, else the till's store name. */
function receiptStore(ctx: ReceiptContext, name?: string | null): ReceiptStore {
  const r = ctx.receipt;
  return { name: r?.storeName ?? name ?? ctx.till.storeName, addressLine: r?.storeAddress ?? null, phone: r?.storePhone ?? null };
}

/** The receipt of a recorded sale. */
export function saleReceipt(order: PosOrderFragment, ctx: ReceiptContext, opts: { reprint?: boolean } = {}): ReceiptDoc {
  return receiptFromOrder(order, receiptStore(ctx, order.store?.name), {
    locale: receiptLocale(ctx.locale),
    register: ctx.till.registerName,
    reprint: opts.reprint ?? false,
    template: ctx.receipt,
  });
}

/**
 * The receipt of a sale that has no server order (yet), built from its priced preview: a training sale (marked
 * TRAINING, nothing recorded) or an offline sale waiting in the queue (marked offline, numbered with the till's sale id).
 */
export function previewReceipt(
  draft: SaleDraft,
  preview: SalePreview,
  tenders: TenderEntry[],
  change: number,
  id: string,
  ctx: ReceiptContext,
  kind: "training" | "offline",
): ReceiptDoc {
  const training = kind === "training";
  // Change comes out of the cash: the last cash tender gives it.
  const lastCash = tenders.map((t) => t.tender).lastIndexOf("CASH");
  const source: ReceiptOrderSource = {
    id,
    number: training ? `TRAINING-${id.slice(0, 8).toUpperCase()}` : id,
    placedAt: new Date().toISOString(),
    training,
    staffName: ctx.cashier,
    subtotal: preview.cart.subtotal,
    discountTotal: preview.cart.discountTotal,
    total: preview.cart.total,
    pointsRedeemed: preview.pointsUsed,
    lines: preview.cart.lines.map((l) => ({
      name: l.name,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      total: l.lineTotal,
      discounts: l.discounts,
    })),
    payments: [
      ...tenders.map((t, i) => ({
        tender: t.tender,
        amount: t.amount - (i === lastCash ? change : 0),
        cashTendered: t.tender === "CASH" ? t.amount : null,
        changeGiven: i === lastCash ? change : null,
      })),
      ...(preview.pointsValue > 0 ? [{ tender: "POINTS", amount: preview.pointsValue }] : []),
    ],
    member: draft.member ? { name: draft.member.name, phone: null, pointsBalance: draft.member.pointsBalance } : null,
  };
  return receiptFromOrder(source, receiptStore(ctx), {
    training,
    offline: !training,
    locale: receiptLocale(ctx.locale),
    register: ctx.till.registerName,
    qr: null,
    template: ctx.receipt,
  });
}

/** A return receipt: the returned lines as refunds, naming the original order. */
export function returnReceipt(
  order: PosOrderFragment,
  ret: {
    number: string;
    createdAt: string;
    refundTotal: number;
    lines: { orderLineId: string; name: string; sku: string; quantity: number; amount: number }[];
    refunds: { tender: string; amount: number }[];
  },
  ctx: ReceiptContext,
): ReceiptDoc {
  const source: ReceiptOrderSource = {
    id: order.id,
    number: ret.number,
    placedAt: ret.createdAt,
    staffName: ctx.cashier,
    subtotal: -ret.refundTotal,
    discountTotal: 0,
    total: -ret.refundTotal,
    lines: ret.lines.map((l) => {
      const sold = order.lines.find((o) => o.id === l.orderLineId);
      return { name: l.name, sku: l.sku, quantity: l.quantity, unitPrice: sold?.unitPrice ?? 0, total: -l.amount, discounts: [] };
    }),
    payments: ret.refunds.map((r) => ({ tender: r.tender, amount: -r.amount })),
    member: null,
  };
  return receiptFromOrder(source, receiptStore(ctx, order.store?.name), {
    returnReceipt: true,
    originalNumber: order.number,
    locale: receiptLocale(ctx.locale),
    register: ctx.till.registerName,
    qr: order.number,
    template: ctx.receipt,
  });
}

export async function print(receipt: ReceiptDoc, openDrawer = false): Promise<HardwareResult> {
  return printReceipt(receipt, { openDrawer });
}
