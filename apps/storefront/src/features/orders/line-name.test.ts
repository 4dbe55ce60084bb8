import { describe, expect, it } from "vitest";
import { lineName } from "./line-name";

describe("lineName", () => {
  it.each([
    ["纯棉圆领短袖T恤 纯棉圆领短袖T恤 米白/L", "纯棉圆领短袖T恤 米白/L"],
    ["挂耳咖啡", "挂耳咖啡"],
    ["牛仔裤 31", "牛仔裤 31"],
  ])("%s → %s", (raw, shown) => {
    expect(lineName(raw)).toBe(shown);
  });
});
