import { describe, expect, it } from "vitest";
import { allowedTypos, chineseFallbacks, containsPattern, correctWord, editDistance, vocabularyWords } from "./search-terms.ts";

describe("editDistance", () => {
  it.each([
    ["chunmian", "chunmian", 0],
    ["chunmain", "chunmian", 1], // adjacent swap
    ["chnmian", "chunmian", 1], // missing letter
    ["chunmiann", "chunmian", 1],
    ["xunmian", "chunmian", 2],
    ["kafei", "chunmian", 3], // past max: max + 1
  ])("%s → %s = %i (max 2)", (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe("correctWord", () => {
  const vocab = ["chunmian", "duanxiu", "kafei", "niuzaiku", "tshirt", "cmdx"];
  it.each([
    ["chunmain", "chunmian"],
    ["niuzaku", "niuzaiku"],
    ["kafie", "kafei"],
    ["duanxiuu", "duanxiu"],
  ])("%s → %s", (typo, fixed) => {
    expect(correctWord(typo, vocab)).toBe(fixed);
  });
  it("leaves known and short words alone, and gives up when nothing is close", () => {
    expect(correctWord("kafei", vocab)).toBeNull();
    expect(correctWord("cmd", vocab)).toBeNull();
    expect(correctWord("zzzzzz", vocab)).toBeNull();
  });
  it("allows more typos in longer words", () => {
    expect([3, 4, 7, 8].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
});

describe("chineseFallbacks", () => {
  it("spells a Chinese term in pinyin and leaves one character open at a time", () => {
    const f = chineseFallbacks("纯绵T恤");
    expect(f.pinyin).toBe("chunmiantxu");
    expect(f.wildcards).toEqual(["%_绵T恤%", "%纯_T恤%", "%纯绵_恤%", "%纯绵T_%"]);
  });
  it("has nothing for Latin terms, no wildcards under three characters", () => {
    expect(chineseFallbacks("tshirt")).toEqual({ pinyin: null, wildcards: [] });
    expect(chineseFallbacks("咖非").wildcards).toEqual([]);
  });
});

describe("patterns and vocabulary", () => {
  it("escapes LIKE wildcards", () => {
    expect(containsPattern("50%_off")).toBe("%50\\%\\_off%");
  });
  it("keeps Latin words of three or more letters", () => {
    expect(vocabularyWords("纯棉短袖 chunmianduanxiu cmdx T恤 tee a1")).toEqual(["chunmianduanxiu", "cmdx", "tee"]);
  });
});
