import { describe, expect, it } from "vitest";
import { checkVariantRows, variantInputs } from "./product-draft";

const row = (key: string, over: Partial<{ name: string; sku: string; price: string; barcode: string }> = {}) => ({
  key,
  name: "红 M",
  sku: `SKU-${key}`,
  price: "99",
  barcode: "",
  ...over,
});

describe("new product variants", () => {
  it("accepts complete rows and converts prices to 分", () => {
    const rows = [row("a", { barcode: "4006381333931" }), row("b", { price: "109.90" })];
    expect(checkVariantRows(rows)).toEqual({});
    expect(variantInputs(rows)).toEqual([
      { name: "红 M", sku: "SKU-a", basePrice: 9900, barcodes: ["4006381333931"] },
      { name: "红 M", sku: "SKU-b", basePrice: 10990, barcodes: [] },
    ]);
  });

  it("flags missing, malformed and duplicated fields", () => {
    const errors = checkVariantRows([
      row("a", { name: " ", price: "abc", barcode: "4006381333932" }),
      row("b", { sku: "sku-a" }),
      row("c", { sku: "bad sku!" }),
    ]);
    expect(errors).toEqual({
      "a.name": "required",
      "a.price": "amount",
      "a.barcode": "barcode",
      "a.sku": "duplicate",
      "b.sku": "duplicate",
      "c.sku": "sku",
    });
  });
});
