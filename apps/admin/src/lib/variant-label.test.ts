import { describe, expect, it } from "vitest";
import { variantLabel } from "./variant-label";

describe("variant label", () => {
  it.each([
    ["纯棉T恤", "白 M", "纯棉T恤 · 白 M"],
    ["洁宝 洗碗机洗涤块 30块", "洁宝 洗碗机洗涤块 30块", "洁宝 洗碗机洗涤块 30块"],
    ["山泉源 冰红茶 500ml", "500ml", "山泉源 冰红茶 500ml"],
    ["帽子", "", "帽子"],
  ])("%s + %s → %s", (product, variant, label) => expect(variantLabel(product, variant)).toBe(label));
});
