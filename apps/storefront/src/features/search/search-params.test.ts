import { describe, expect, it } from "vitest";
import { parseSearch, searchHref, searchInput, yuanToFen } from "./search-params";

describe("search parameters", () => {
  it("reads yuan as 分", () => {
    expect([yuanToFen("12"), yuanToFen("12.5"), yuanToFen("0.05"), yuanToFen(""), yuanToFen("-1"), yuanToFen("1.234")]).toEqual([
      1200,
      1250,
      5,
      null,
      null,
      null,
    ]);
  });

  it("round-trips the URL and builds the API input", () => {
    const s = parseSearch({ q: " 纯棉 ", size: "M", min: "50", sort: "PRICE_ASC", page: "3", junk: "x" });
    expect(s).toMatchObject({ q: "纯棉", size: "M", min: "50", sort: "PRICE_ASC", page: 3 });
    expect(searchInput(s)).toMatchObject({ text: "纯棉", size: "M", minPrice: 5000, maxPrice: null, offset: 48, first: 24 });
    expect(searchHref(s, { colour: "红" })).toBe("/search?q=%E7%BA%AF%E6%A3%89&size=M&colour=%E7%BA%A2&min=50&sort=PRICE_ASC");
    expect(searchHref(parseSearch({}))).toBe("/search");
    expect(parseSearch({ sort: "DROP TABLE", page: "-4" })).toMatchObject({ sort: "RELEVANCE", page: 1 });
  });
});
