// What a printed receipt says, independent of the printer: the till builds it from the merchant's receipt template
// (header and footer lines, points balance and QR shown or not, paper width), the local bridge (apps/pos/bridge)
// renders it to ESC/POS. Plain data (JSON over HTTP), amounts in 分.

import type { PaperWidth, ReceiptTemplate } from "@o2o/domain";

export type ReceiptLocale = "zh-CN" | "zh-TW" | "en";

export type ReceiptLine = {
  name: string;
  sku: string;
  quantity: number;
  /** Per unit before discounts, 分. */
  unitPrice: number;
  /** After discounts, 分 (negative on a return receipt). */
  total: number;
  discounts: { label: string; amount: number }[];
};

export type ReceiptTender = {
  tender: string;
  amount: number;
  /** Cash handed over. */
  cashTendered?: number | null;
  /** Change given back. */
  changeGiven?: number | null;
};

export type ReceiptDoc = {
  kind: "SALE" | "RETURN";
  locale: ReceiptLocale;
  /** Training-mode sale: marked on the receipt, nothing happened for real. */
  training: boolean;
  /** A copy printed again later. */
  reprint: boolean;
  /** Rung up while the till was offline: the order number comes when it syncs. */
  offline: boolean;
  /** 58 or 80 mm: 32 or 48 columns. */
  paperWidth: PaperWidth;
  /** The merchant's (or the store's own) title lines, above the store's name. */
  header: string[];
  store: { name: string; code: string | null; address: string | null; phone: string | null };
  /** The order (or return) number; for an offline sale the till's sale id. */
  number: string;
  /** Set for a return receipt: the order the goods came from. */
  originalNumber: string | null;
  /** ISO time. */
  at: string;
  cashier: string | null;
  register: string | null;
  lines: ReceiptLine[];
  subtotal: number;
  discountTotal: number;
  /** Cash rounding (抹零), zero or negative. */
  rounding: number;
  total: number;
  tenders: ReceiptTender[];
  change: number;
  member: { name: string | null; phone: string | null; pointsEarned: number; pointsRedeemed: number; pointsBalance: number | null } | null;
  /** Encoded as a QR code at the bottom (e.g. the order's page); null for none. */
  qr: string | null;
  footer: string[];
};

/** The fields of an Order (query Order / orderByNumber) a receipt needs; extra fields are ignored. */
export type ReceiptOrderSource = {
  id: string;
  number: string;
  placedAt: string;
  training?: boolean | null;
  staffName?: string | null;
  subtotal: number;
  discountTotal: number;
  roundingAdjustment?: number | null;
  total: number;
  pointsEarned?: number | null;
  pointsRedeemed?: number | null;
  lines: {
    name: string;
    sku: string;
    quantity: number;
    unitPrice: number;
    total: number;
    discounts?: { label: string; amount: number }[] | null;
  }[];
  payments: { tender: string; amount: number; cashTendered?: number | null; changeGiven?: number | null }[];
  member?: { name?: string | null; displayName?: string | null; phone?: string | null; pointsBalance?: number | null } | null;
};

export type ReceiptStore = { name: string; code?: string | null; addressLine?: string | null; phone?: string | null };

export type ReceiptOptions = {
  training?: boolean;
  reprint?: boolean;
  /** Print as a return receipt: amounts as refunds, `originalNumber` names the sale. */
  returnReceipt?: boolean;
  originalNumber?: string | null;
  offline?: boolean;
  locale?: ReceiptLocale;
  register?: string | null;
  /** The QR payload; default: the order number (none when the template hides it). */
  qr?: string | null;
  /** The receipt template; without one: 80 mm, no header or footer lines, balance and QR printed. */
  template?: ReceiptTemplate | null;
};

/** Mobile numbers print masked: 138****0001. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : phone;
}

/** The receipt of a recorded order (or of a return, with `returnReceipt`). */
export function receiptFromOrder(order: ReceiptOrderSource, store: ReceiptStore, opts: ReceiptOptions = {}): ReceiptDoc {
  const returned = opts.returnReceipt === true;
  const template = opts.template ?? null;
  const change = order.payments.reduce((s, p) => s + (p.changeGiven ?? 0), 0);
  const member = order.member
    ? {
        name: order.member.displayName ?? order.member.name ?? null,
        phone: maskPhone(order.member.phone),
        pointsEarned: order.pointsEarned ?? 0,
        pointsRedeemed: order.pointsRedeemed ?? 0,
        pointsBalance: template?.showPointsBalance === false ? null : (order.member.pointsBalance ?? null),
      }
    : null;
  return {
    kind: returned ? "RETURN" : "SALE",
    locale: opts.locale ?? "zh-CN",
    training: opts.training ?? order.training ?? false,
    reprint: opts.reprint ?? false,
    offline: opts.offline ?? false,
    paperWidth: template?.paperWidth ?? 80,
    header: template?.headerLines ?? [],
    store: { name: store.name, code: store.code ?? null, address: store.addressLine ?? null, phone: store.phone ?? null },
    number: order.number,
    originalNumber: returned ? (opts.originalNumber ?? null) : null,
    at: order.placedAt,
    cashier: order.staffName ?? null,
    register: opts.register ?? null,
    lines: order.lines.map((l) => ({
      name: l.name,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      total: l.total,
      discounts: (l.discounts ?? []).map((d) => ({ label: d.label, amount: d.amount })),
    })),
    subtotal: order.subtotal,
    discountTotal: order.discountTotal,
    rounding: order.roundingAdjustment ?? 0,
    total: order.total,
    tenders: order.payments.map((p) => ({
      tender: p.tender,
      amount: p.amount,
      cashTendered: p.cashTendered ?? null,
      changeGiven: p.changeGiven ?? null,
    })),
    change,
    member,
    qr: template?.showOrderQr === false ? null : opts.qr === undefined ? order.number : opts.qr,
    footer: template?.footerLines ?? [],
  };
}
