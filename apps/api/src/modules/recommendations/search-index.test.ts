import { describe, expect, it } from "vitest";
import { buildIndex, compareOptionValues, type IndexQuery, type IndexRow, queryIndex, wildcardRegexes } from "./search-index.ts";
import { vocabularyWords } from "./search-terms.ts";

const row = (
  p: string,
  name: string,
  search: string,
  created: number,
  v: string | null,
  sku: string | null,
  price: number | null,
  opts: object = {},
): IndexRow => ({
  productId: p,
  name,
  searchText: search,
  categoryId: p === "jeans" ? "bottoms" : "tops",
  createdAt: new Date(created),
  variantId: v,
  sku,
  basePrice: price,
  optionValues: opts,
});

const index = buildIndex(
  [
    row("tee", "纯棉T恤", "纯棉t恤 chunmiantxu cmtx", 3, "tee-m", "TS-001-M", 5900, { 尺码: "M", 颜色: "白" }),
    row("tee", "纯棉T恤", "纯棉t恤 chunmiantxu cmtx", 3, "tee-xl", "TS-001-XL", 6900, { 尺码: "XL", 颜色: "黑" }),
    row("jeans", "直筒牛仔裤", "直筒牛仔裤 zhitongniuzaiku", 2, "jeans-31", "JN-031", 19900, { 尺码: "31", 颜色: "蓝" }),
    row("coffee", "挂耳咖啡", "挂耳咖啡 guaerkafei", 1, "coffee-1", "CF-1", 3900),
    row("empty", "新品预告", "新品预告 xinpinyugao", 4, null, null, null),
  ],
  vocabularyWords,
);

const q = (over: Partial<IndexQuery>): IndexQuery => ({
  needles: [],
  patterns: [],
  categoryIds: null,
  size: null,
  colour: null,
  minPrice: null,
  maxPrice: null,
  inStock: null,
  sort: "RELEVANCE",
  prefix: "",
  ...over,
});
const ids = (over: Partial<IndexQuery>) => queryIndex(index, q(over)).map((p) => p.id);

describe("search index", () => {
  it("indexes names, pinyin and SKUs with the lowest price and the option values", () => {
    expect(index.products.find((p) => p.id === "tee")).toMatchObject({ minPrice: 5900, variants: [{ size: "M" }, { size: "XL" }] });
    expect(index.sizes).toEqual(["M", "XL", "31"].sort(compareOptionValues));
    expect(index.vocabulary).toContain("chunmiantxu");
  });

  it("matches text anywhere and filters", () => {
    expect(ids({ needles: ["纯棉"] })).toEqual(["tee"]);
    expect(ids({ needles: ["kafei"] })).toEqual(["coffee"]);
    expect(ids({ needles: ["ts-001-xl"] })).toEqual(["tee"]);
    expect(ids({ size: "XL" })).toEqual(["tee"]);
    expect(ids({ size: "M", colour: "黑" })).toEqual([]);
    expect(ids({ inStock: new Set(["jeans-31"]) })).toEqual(["jeans"]);
    expect(ids({ categoryIds: new Set(["bottoms"]) })).toEqual(["jeans"]);
    expect(ids({ minPrice: 4000, maxPrice: 20000 })).toEqual(["tee", "jeans"]);
  });

  it("sorts newest first, by price, and name prefix first for relevance", () => {
    expect(ids({})).toEqual(["empty", "tee", "jeans", "coffee"]);
    expect(ids({ sort: "PRICE_ASC" })).toEqual(["coffee", "tee", "jeans", "empty"]);
    expect(ids({ sort: "PRICE_DESC" })).toEqual(["jeans", "tee", "coffee", "empty"]);
    expect(ids({ needles: ["咖啡", "纯棉"], prefix: "挂耳" })).toEqual(["coffee", "tee"]);
  });

  it("turns one-open-character LIKE patterns into regular expressions", () => {
    const [re] = wildcardRegexes(["%纯_T恤%"]);
    expect(re?.test("纯棉T恤")).toBe(true);
    expect(re?.test("纯T恤")).toBe(false);
    expect(wildcardRegexes(["%a\\_b_%"])[0]?.test("a_bx")).toBe(true);
    expect(ids({ patterns: wildcardRegexes(["%直_牛仔裤%"]) })).toEqual(["jeans"]);
  });
});
