// The search service's remembered answers: the same page for the same question while an index lives, never a
// remembered answer for a live-stock search, and a caller cannot spoil what was remembered.
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import type { IndexRow } from "./search-index.ts";
import { ShopSearchService } from "./shop-search.service.ts";
import type { ShopSearchInput } from "./storefront.types.ts";

const rows: IndexRow[] = ["纯棉T恤", "纯棉衬衫", "直筒牛仔裤"].map((name, i) => ({
  productId: `p${i}`,
  name,
  searchText: name,
  categoryId: null,
  createdAt: new Date(1000 + i),
  variantId: `v${i}`,
  sku: `SKU-${i}`,
  basePrice: 5000 + i,
  optionValues: {},
}));

function service() {
  const reads = { index: 0, stock: 0 };
  const db = {
    $queryRaw: async (sql: TemplateStringsArray) => {
      if (sql.join("").includes("StockLevel")) {
        reads.stock++;
        return [{ variantId: "v0" }];
      }
      reads.index++;
      return rows;
    },
  } as unknown as Db;
  return { svc: new ShopSearchService(db, {} as CatalogService), reads };
}
const input = (over: Partial<ShopSearchInput>) => ({ first: 24, offset: 0, sort: "RELEVANCE", ...over }) as ShopSearchInput;

describe("ShopSearchService answers", () => {
  it("answers a repeated search the same, and a changed parameter anew", async () => {
    const { svc } = service();
    const first = await svc.search("m", input({ text: "纯棉" }));
    first.productIds.push("spoiled");
    const again = await svc.search("m", input({ text: " 纯棉 " }));
    expect(again).toEqual({ productIds: ["p1", "p0"], totalCount: 2, hasMore: false, fuzzy: false, correctedText: null });
    expect((await svc.search("m", input({ text: "纯棉", first: 1 }))).productIds).toEqual(["p1"]);
    expect((await svc.search("m", input({ text: "纯棉", sort: "PRICE_ASC" } as Partial<ShopSearchInput>))).productIds).toEqual([
      "p0",
      "p1",
    ]);
  });

  it("reads live stock on every in-stock search", async () => {
    const { svc, reads } = service();
    for (let i = 0; i < 3; i++) expect((await svc.search("m", input({ text: "纯棉", inStockAt: "s1" }))).productIds).toEqual(["p0"]);
    expect(reads.stock).toBe(3);
    expect(reads.index).toBe(1);
  });
});
