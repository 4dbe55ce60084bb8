import type { BulkColumn } from "../../db/bulk-insert.ts";

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
