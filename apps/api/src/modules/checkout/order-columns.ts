import { type BulkColumn, newId } from "../../db/bulk-insert.ts";
import type { PricedSale } from "./sale-pricer.ts";

/** Columns of order lines and their discounts, as every order writer (till and online) inserts them in bulk. */
export const LINE_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "orderId", type: "text" },
  { name: "variantId", type: "text" },
  { name: "sku", type: "text" },
  { name: "name", type: "text" },
  { name: "quantity", type: "int" },
  { name: "unitPrice", type: "int" },
  { name: "listPrice", type: "int" },
  { name: "subtotal", type: "int" },
  { name: "discountTotal", type: "int" },
  { name: "total", type: "int" },
];

export const DISCOUNT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "orderLineId", type: "text" },
  { name: "source", type: "text", cast: '"DiscountSource"' },
  { name: "sourceId", type: "text" },
  { name: "label", type: "text" },
  { name: "amount", type: "int" },
];

/** The rows of a priced sale's lines (LINE_COLUMNS) and of their discounts (DISCOUNT_COLUMNS) for order `orderId`. */
export function orderLineRows(
  sale: PricedSale,
  orderId: string,
  lineIds: Map<string, string>,
): { lines: unknown[][]; discounts: unknown[][] } {
  const lines = sale.cart.lines.map((pl, i) => {
    const l = sale.lines[i];
    if (!l) throw new Error("priced lines out of step");
    return [
      lineIds.get(pl.lineId),
      orderId,
      l.variantId,
      l.sku,
      l.name,
      l.quantity,
      pl.unitPrice,
      l.listPrice,
      pl.lineSubtotal,
      pl.lineDiscount,
      pl.lineTotal,
    ];
  });
  const discounts = sale.cart.lines.flatMap((pl) =>
    pl.discounts.map((d) => [newId(), lineIds.get(pl.lineId), d.source, d.sourceId, d.label, d.amount]),
  );
  return { lines, discounts };
}
