import type { ReceiptDoc } from "../src/features/hardware/receipt-doc";

// The bridge listens on the till machine only, but a page could still post anything: check the receipt's shape
// before printing it.

const isInt = (v: unknown) => Number.isSafeInteger(v);
const isText = (v: unknown, max = 500) => typeof v === "string" && v.length <= max;
const isOptText = (v: unknown, max = 500) => v === null || v === undefined || isText(v, max);

export function checkReceipt(value: unknown): { ok: true; doc: ReceiptDoc } | { ok: false; problem: string } {
  const d = value as Partial<ReceiptDoc> | null;
  if (!d || typeof d !== "object") return { ok: false, problem: "receipt must be an object" };
  if (d.kind !== "SALE" && d.kind !== "RETURN") return { ok: false, problem: "kind must be SALE or RETURN" };
  if (d.locale !== "zh-CN" && d.locale !== "zh-TW" && d.locale !== "en") return { ok: false, problem: "locale must be zh-CN, zh-TW or en" };
  if (!d.store || !isText(d.store.name, 100)) return { ok: false, problem: "store.name is required" };
  if (!isText(d.number, 64) || !isText(d.at, 40)) return { ok: false, problem: "number and at are required" };
  if (!Array.isArray(d.lines) || d.lines.length > 500) return { ok: false, problem: "lines must be a list of at most 500" };
  for (const l of d.lines) {
    if (!isText(l?.name, 200) || !isText(l?.sku, 64) || !isInt(l?.quantity) || !isInt(l?.unitPrice) || !isInt(l?.total))
      return { ok: false, problem: "each line needs name, sku, quantity, unitPrice and total" };
    if (!Array.isArray(l.discounts) || l.discounts.some((x) => !isText(x?.label, 100) || !isInt(x?.amount)))
      return { ok: false, problem: "line discounts need label and amount" };
  }
  if (![d.subtotal, d.discountTotal, d.rounding, d.total, d.change].every(isInt))
    return { ok: false, problem: "amounts must be integers (分)" };
  if (!Array.isArray(d.tenders) || d.tenders.some((t) => !isText(t?.tender, 32) || !isInt(t?.amount)))
    return { ok: false, problem: "tenders need tender and amount" };
  if (!isOptText(d.qr, 1000) || !isOptText(d.cashier, 100) || !isOptText(d.register, 100))
    return { ok: false, problem: "qr, cashier or register is malformed" };
  // Older tills send neither header nor paper width: no header lines, 80 mm.
  const isLines = (v: unknown) => v === undefined || (Array.isArray(v) && v.length <= 10 && v.every((l) => isText(l, 100)));
  if (!isLines(d.header) || !isLines(d.footer)) return { ok: false, problem: "header and footer must be lists of at most 10 short lines" };
  if (d.paperWidth !== undefined && d.paperWidth !== 58 && d.paperWidth !== 80)
    return { ok: false, problem: "paperWidth must be 58 or 80" };
  return {
    ok: true,
    doc: {
      ...d,
      header: d.header ?? [],
      footer: d.footer ?? [],
      paperWidth: d.paperWidth ?? 80,
      training: Boolean(d.training),
      reprint: Boolean(d.reprint),
      offline: Boolean(d.offline),
    } as ReceiptDoc,
  };
}
