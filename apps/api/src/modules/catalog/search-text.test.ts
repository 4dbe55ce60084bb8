import { describe, expect, it } from "vitest";
import { pinyinWords, searchTextOf } from "./product-input-checks.ts";

describe("search words", () => {
  it("adds full pinyin and initials of the Chinese name", () => {
    expect(pinyinWords("纯棉圆领T恤")).toBe("chunmianyuanlingtxu cmyltx");
    expect(pinyinWords("Adidas")).toBe("");
  });

  it("collects name, pinyin, translations, tags, brand and category in lower case without repeats", () => {
    const text = searchTextOf({
      name: "农夫山泉 550ml",
      nameI18n: { en: "Spring Water" },
      tags: ["水", "water"],
      brand: "农夫山泉",
      category: "饮料",
    });
    expect(text.split(" ")).toEqual(
      expect.arrayContaining(["农夫山泉", "550ml", "nongfushanquan550ml", "nfsq550ml", "spring", "water", "水", "饮料"]),
    );
  });
});
