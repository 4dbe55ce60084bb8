import { describe, expect, it } from "vitest";
import { normaliseReferralCode, shareLink } from "./referral";

describe("referral links", () => {
  it.each([
    ["abcd2345", "ABCD2345"],
    [" K7M2P9QX ", "K7M2P9QX"],
    ["abc", null],
    ["has space", null],
    ["x".repeat(17), null],
    [null, null],
  ])("normalises %s → %s", (raw, code) => {
    expect(normaliseReferralCode(raw)).toBe(code);
  });

  it("puts the code on the product link", () => {
    expect(shareLink("https://shop.example", "p1", "K7M2P9QX")).toBe("https://shop.example/product/p1?ref=K7M2P9QX");
    expect(shareLink("https://shop.example", "p 1", null)).toBe("https://shop.example/product/p%201");
  });
});
