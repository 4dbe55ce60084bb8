// ReceiptDoc → ESC/POS bytes for a 58 or 80 mm printer: the merchant's header lines, store details, lines with
// discounts, totals, tenders and change, member points, a QR code to the order, the footer lines, TRAINING / REPRINT /
// RETURN markings; optionally a drawer pulse first.

import { PAPER_COLUMNS, twoColumns, wrap } from "@o2o/domain";
import type { ReceiptDoc } from "../receipt-doc";
import { EscPosBuilder } from "./escpos-encoder";
import { RECEIPT_LABELS, tenderLabel } from "./receipt-labels";

/** 分 → "12.30" (negative "-2.00"). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The receipt time in China time, as the shop's clock shows it. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
}

export function renderReceipt(doc: ReceiptDoc, options: { openDrawer?: boolean } = {}): Buffer {
  const L = RECEIPT_LABELS[doc.locale] ?? RECEIPT_LABELS["zh-CN"];
  const W = PAPER_COLUMNS[doc.paperWidth] ?? PAPER_COLUMNS[80];
  const columns = (left: string, right: string) => twoColumns(left, right, W);
  const rule = "-".repeat(W);
  const refund = doc.kind === "RETURN";
  // Return receipts print money going back as negative, whichever sign the document carries.
  const amount = (fen: number) => (refund ? -Math.abs(fen) : fen);
  const off = (fen: number) => (refund ? Math.abs(fen) : -Math.abs(fen));
  const p = new EscPosBuilder().init();
  if (options.openDrawer) p.kickDrawer();

  p.align("center");
  if (doc.header.length) {
    p.bold(true);
    for (const h of doc.header) for (const part of wrap(h, W)) p.line(part);
    p.bold(false);
  }
  p.bold(true).size(2, 2);
  for (const part of wrap(doc.store.name, W / 2)) p.line(part);
  p.size(1, 1).bold(false);
  if (doc.store.address) for (const part of wrap(doc.store.address, W)) p.line(part);
  if (doc.store.phone) p.line(`${L.tel}: ${doc.store.phone}`);
  if (doc.training) p.feed(1).reverse(true).bold(true).line(L.training).reverse(false).bold(false);
  if (doc.kind === "RETURN") p.feed(1).bold(true).size(2, 2).line(L.returnTitle).size(1, 1).bold(false);
  if (doc.reprint) p.bold(true).line(L.reprint).bold(false);
  p.align("left").line(rule);

  p.line(`${L.number}: ${doc.number}`);
  if (doc.originalNumber) p.line(`${L.original}: ${doc.originalNumber}`);
  p.line(`${L.time}: ${when(doc.at)}`);
  const who = [doc.cashier ? `${L.cashier}: ${doc.cashier}` : "", doc.register ? `${L.register}: ${doc.register}` : ""].filter(Boolean);
  if (who.length) for (const part of wrap(who.join("  "), W)) p.line(part);
  p.line(rule);
  p.line(columns(L.item, L.amount));

  for (const line of doc.lines) {
    for (const part of wrap(line.name, W)) p.line(part);
    p.line(columns(`  ${line.sku}  ${line.quantity} x ${yuan(line.unitPrice)}`, yuan(amount(line.total))));
    for (const d of line.discounts) p.line(columns(`  ${d.label}`, yuan(off(d.amount))));
  }
  p.line(rule);
  p.line(columns(L.subtotal, yuan(amount(doc.subtotal))));
  if (doc.discountTotal) p.line(columns(L.discount, yuan(off(doc.discountTotal))));
  if (doc.rounding) p.line(columns(L.rounding, yuan(refund ? Math.abs(doc.rounding) : doc.rounding)));
  p.bold(true)
    .size(1, 2)
    .line(columns(doc.kind === "RETURN" ? L.refundTotal : L.total, yuan(amount(doc.total))))
    .size(1, 1)
    .bold(false);
  for (const t of doc.tenders) {
    p.line(columns(tenderLabel(doc.locale, t.tender), yuan(amount(t.cashTendered ?? t.amount))));
  }
  if (doc.change > 0) p.line(columns(L.change, yuan(doc.change)));

  if (doc.member) {
    p.line(rule);
    for (const part of wrap(`${L.member}: ${[doc.member.name, doc.member.phone].filter(Boolean).join(" ")}`, W)) p.line(part);
    if (doc.member.pointsEarned)
      p.line(columns(L.pointsEarned, refund ? String(-Math.abs(doc.member.pointsEarned)) : `+${doc.member.pointsEarned}`));
    if (doc.member.pointsRedeemed) p.line(columns(L.pointsRedeemed, String(doc.member.pointsRedeemed)));
    if (doc.member.pointsBalance !== null) p.line(columns(L.pointsBalance, String(doc.member.pointsBalance)));
  }
  p.line(rule);
  p.align("center");
  if (doc.offline) p.line(L.offline);
  if (doc.qr) {
    p.qr(doc.qr);
    p.line();
    p.line(L.scan);
  }
  for (const f of doc.footer) for (const part of wrap(f, W)) p.line(part);
  p.line(L.thanks);
  if (doc.training) p.bold(true).line(L.training).bold(false);
  return p.feed(4).cut().build();
}

/** Only the drawer pulse (the "open drawer" key, no sale). */
export function drawerKickBytes(): Buffer {
  return new EscPosBuilder().init().kickDrawer().build();
}
