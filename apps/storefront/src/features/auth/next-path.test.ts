import { describe, expect, it } from "vitest";
import { nextPath } from "./next-path";

describe("nextPath", () => {
  it.each([
    ["?next=/cart", "/cart"],
    ["?next=%2Fcheckout%3Fx%3D1", "/checkout?x=1"],
    ["?next=//evil.example", "/account"],
    ["?next=https://evil.example", "/account"],
    ["?next=/\\evil", "/account"],
    ["", "/account"],
  ])("%s → %s", (search, path) => {
    expect(nextPath(search, "/account")).toBe(path);
  });
});
