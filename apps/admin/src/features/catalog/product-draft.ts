import { isValidEan13, validateBarcode } from "@o2o/domain";
import { parseYuan } from "../../lib/money-input";

export type ProductDraftRow = { key: string; name: string; sku: string; price: string; barcode: string };
export type DraftError = "required" | "amount" | "sku" | "barcode" | "duplicate";

const SKU = /^[A-Za-z0-9._-]{1,64}$/;

/** Checks a new product's variant lines before sending them; errors by "<row key>.<field>". */
export function checkVariantRows(rows: readonly ProductDraftRow[]): Record<string, DraftError> {
  const errors: Record<string, DraftError> = {};
  const skus = new Map<string, number>();
  const codes = new Map<string, number>();
  for (const r of rows) {
    skus.set(r.sku.trim().toUpperCase(), (skus.get(r.sku.trim().toUpperCase()) ?? 0) + 1);
    if (r.barcode) codes.set(r.barcode, (codes.get(r.barcode) ?? 0) + 1);
  }
  for (const r of rows) {
    if (!r.name.trim()) errors[`${r.key}.name`] = "required";
    if (!r.sku.trim()) errors[`${r.key}.sku`] = "required";
    else if (!SKU.test(r.sku.trim())) errors[`${r.key}.sku`] = "sku";
    else if ((skus.get(r.sku.trim().toUpperCase()) ?? 0) > 1) errors[`${r.key}.sku`] = "duplicate";
    if (parseYuan(r.price) === null) errors[`${r.key}.price`] = "amount";
    if (r.barcode && !(isValidEan13(r.barcode) || validateBarcode(r.barcode).ok)) errors[`${r.key}.barcode`] = "barcode";
    else if (r.barcode && (codes.get(r.barcode) ?? 0) > 1) errors[`${r.key}.barcode`] = "duplicate";
  }
  return errors;
}

/** The variants input of createProduct. Call after checkVariantRows found nothing. */
export function variantInputs(rows: readonly ProductDraftRow[]) {
  return rows.map((r) => ({
    name: r.name.trim(),
    sku: r.sku.trim(),
    basePrice: parseYuan(r.price) ?? 0,
    barcodes: r.barcode ? [r.barcode] : [],
  }));
}
