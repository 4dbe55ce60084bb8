import { describe, expect, it } from "vitest";
import { cartLine } from "../pricing/cart-test-builders.ts";
import { type DiscountScope, scopeCoversLine } from "./discount-scope.ts";

const milk = cartLine("milk", 1000, 1, {
  variantId: "v-milk-1l",
  productId: "p-milk",
  categoryIds: ["dairy", "food"],
  brandId: "mengniu",
});

describe("scopeCoversLine", () => {
  it.each<[string, DiscountScope, boolean]>([
    ["empty scope covers all", {}, true],
    ["empty lists cover all", { categoryIds: [], brandIds: [] }, true],
    ["ancestor category", { categoryIds: ["food"] }, true],
    ["other category", { categoryIds: ["toys"] }, false],
    ["brand", { brandIds: ["mengniu"] }, true],
    ["product", { productIds: ["p-milk"] }, true],
    ["variant", { variantIds: ["v-milk-1l"] }, true],
    ["include lists are alternatives", { categoryIds: ["toys"], brandIds: ["mengniu"] }, true],
    ["excluded variant", { categoryIds: ["food"], excludeVariantIds: ["v-milk-1l"] }, false],
    ["excluded product", { excludeProductIds: ["p-milk"] }, false],
    ["excluded ancestor category", { brandIds: ["mengniu"], excludeCategoryIds: ["food"] }, false],
    ["excluded brand", { excludeBrandIds: ["mengniu"] }, false],
    ["exclusions for others do not matter", { excludeBrandIds: ["yili"], excludeCategoryIds: ["toys"] }, true],
  ])("%s", (_name, scope, expected) => {
    expect(scopeCoversLine(scope, milk)).toBe(expected);
  });

  it("a line without a brand is not in a brand-only scope", () => {
    expect(scopeCoversLine({ brandIds: ["mengniu"] }, { ...milk, brandId: null })).toBe(false);
  });
});
