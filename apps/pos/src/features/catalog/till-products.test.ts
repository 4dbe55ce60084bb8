import { describe, expect, it } from "vitest";
import { findScanned, type TillProduct, variantOwnName } from "./till-products";

const tee: TillProduct = {
  id: "p1",
  name: "重磅长袖打底T恤",
  status: "ACTIVE",
  category: { name: "T恤", icon: "👕" },
  images: [{ url: "/media/abc.png" }],
  variants: [
    { id: "v1", sku: "TS-GRY-L", name: "重磅长袖打底T恤 灰色/L", basePrice: 8900, barcodes: [{ code: "2000000000015" }] },
    { id: "v2", sku: "TS-GRY-XL", name: "灰色/XL", basePrice: 8900, barcodes: [] },
  ],
};
const gloves: TillProduct = {
  id: "p2",
  name: "洁宝 一次性手套 100只",
  status: "ACTIVE",
  category: null,
  images: [],
  variants: [{ id: "v3", sku: "HC-0014", name: "洁宝 一次性手套 100只", basePrice: 1990, barcodes: [{ code: "2000000005966" }] }],
};
const draft: TillProduct = {
  ...gloves,
  id: "p3",
  status: "DRAFT",
  variants: [{ ...gloves.variants[0]!, id: "v4", barcodes: [{ code: "2000000009999" }] }],
};

describe("variantOwnName", () => {
  it.each([
    [tee, 0, "灰色/L"],
    [tee, 1, "灰色/XL"],
    [gloves, 0, null],
  ] as const)("%#: names what sets the variant apart", (product, index, expected) => {
    expect(variantOwnName(product, product.variants[index]!)).toBe(expected);
  });
});

describe("findScanned", () => {
  it("finds the variant by barcode or by SKU", () => {
    expect(findScanned([gloves, tee], "2000000000015")?.variant.id).toBe("v1");
    expect(findScanned([gloves, tee], "TS-GRY-XL")?.variant.id).toBe("v2");
  });

  it("never matches a product that is not on sale, nor a partial code", () => {
    expect(findScanned([draft], "2000000009999")).toBeNull();
    expect(findScanned([gloves], "200000000596")).toBeNull();
  });
});
