import { describe, expect, it } from "vitest";
import { CatalogIndex } from "./catalog-index";
import type { SnapshotVariant } from "./snapshot-types";

const v = (id: string, over: Partial<SnapshotVariant> = {}): SnapshotVariant => ({
  id,
  productId: `p-${id}`,
  sku: `SKU-${id}`,
  name: "红色T恤 M",
  productName: "红色T恤",
  sellable: true,
  basePrice: 9900,
  barcodes: [`69${id.padStart(11, "0")}`],
  categoryId: null,
  categoryName: null,
  categoryIcon: null,
  brandId: null,
  searchText: "hongse tixu hstx",
  overrides: [],
  tierPrices: [],
  available: 5,
  updatedAt: "2026-11-24T00:00:00.000Z",
  ...over,
});

describe("catalog index", () => {
  it("finds by barcode (scanner noise and full-width digits ignored) and by SKU in any case", () => {
    const index = new CatalogIndex([v("1"), v("2", { name: "牛仔裤", productName: "牛仔裤", searchText: "niuzaiku nzk" })]);
    expect(index.lookup(" 6900000000001\n")?.id).toBe("1");
    expect(index.lookup("６９００００００００００２")?.id).toBe("2");
    expect(index.lookup("sku-2")?.id).toBe("2");
    expect(index.lookup("0000")).toBeNull();
  });

  it("searches names, pinyin initials and SKU; items not on sale are left out of search", () => {
    const index = new CatalogIndex([
      v("1"),
      v("2", { name: "牛仔裤", productName: "牛仔裤", searchText: "niuzaiku nzk" }),
      v("3", { sellable: false }),
    ]);
    expect(index.search("hstx", 10).map((x) => x.id)).toEqual(["1"]);
    expect(index.search("NZK", 10).map((x) => x.id)).toEqual(["2"]);
    expect(index.search("T恤", 10).map((x) => x.id)).toEqual(["1"]);
    expect(index.search("sku-2", 10).map((x) => x.id)).toEqual(["2"]);
    expect(index.lookup("SKU-3")?.sellable).toBe(false);
  });

  it("an update replaces a row and its barcodes", () => {
    const index = new CatalogIndex([v("1")]);
    index.upsert([v("1", { barcodes: ["6911111111111"], basePrice: 100 })]);
    expect(index.lookup("6900000000001")).toBeNull();
    expect(index.lookup("6911111111111")?.basePrice).toBe(100);
    expect(index.size).toBe(1);
  });
});
