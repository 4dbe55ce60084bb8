import { describe, expect, it } from "vitest";
import { auditDiff, flatten, isMoneyField } from "./audit-diff";

describe("flatten", () => {
  it("turns nested objects and arrays of objects into dotted paths, keeping plain arrays whole", () => {
    const value = { name: "T恤", tags: ["热销", "新品"], options: [{ name: "颜色", values: ["红"] }], brand: { id: "b1" }, empty: {} };
    expect([...flatten(value)]).toEqual([
      ["name", "T恤"],
      ["tags", ["热销", "新品"]],
      ["options.0.name", "颜色"],
      ["options.0.values", ["红"]],
      ["brand.id", "b1"],
      ["empty", {}],
    ]);
  });

  it("keeps a non-object snapshot as one value", () => {
    expect([...flatten("x")]).toEqual([["", "x"]]);
  });
});

describe("isMoneyField", () => {
  it.each([
    ["basePrice", true],
    ["variants.3.costPrice", true],
    ["total", true],
    ["refundedTotal", true],
    ["lifetimeSpend", true],
    ["params.tiers.0.discount", true],
    ["amount", true],
    ["discountBps", false],
    ["pointsBalance", false],
    ["lowStockThreshold", false],
    ["priceSource", false],
    ["quantity", false],
    ["tiers.0", false],
  ])("%s → %s", (path, money) => {
    expect(isMoneyField(path)).toBe(money);
  });
});

describe("auditDiff", () => {
  const before = { name: "纯棉T恤", basePrice: 5900, status: "ACTIVE", tags: ["热销"], brand: { id: "b1", name: "A" }, note: "x" };
  const after = { name: "纯棉T恤", basePrice: 6900, status: "ACTIVE", tags: ["热销", "新品"], brand: { id: "b2", name: "A" }, sku: "S1" };

  it("lists changed, added and removed fields only, in order, with money marked", () => {
    expect(auditDiff(before, after)).toEqual([
      { path: "basePrice", before: 5900, after: 6900, change: "changed", money: true },
      { path: "tags", before: ["热销"], after: ["热销", "新品"], change: "changed", money: false },
      { path: "brand.id", before: "b1", after: "b2", change: "changed", money: false },
      { path: "note", before: "x", after: undefined, change: "removed", money: false },
      { path: "sku", before: undefined, after: "S1", change: "added", money: false },
    ]);
  });

  it("lists unchanged fields too when asked", () => {
    const rows = auditDiff(before, after, { all: true });
    expect(rows.map((r) => [r.path, r.change])).toEqual([
      ["name", "same"],
      ["basePrice", "changed"],
      ["status", "same"],
      ["tags", "changed"],
      ["brand.id", "changed"],
      ["brand.name", "same"],
      ["note", "removed"],
      ["sku", "added"],
    ]);
  });

  it("shows a creation as all added and a deletion as all removed", () => {
    expect(auditDiff(null, { price: 990, scope: "STORE" })).toEqual([
      { path: "price", before: undefined, after: 990, change: "added", money: true },
      { path: "scope", before: undefined, after: "STORE", change: "added", money: false },
    ]);
    expect(auditDiff({ id: "p1" }, undefined).map((r) => r.change)).toEqual(["removed"]);
  });

  it("compares a null field with a value as a change, and no field at all with null as none", () => {
    expect(auditDiff({ categoryId: null }, { categoryId: "c1" })[0]).toMatchObject({ change: "changed", before: null });
    expect(auditDiff({}, {})).toEqual([]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("does not call a money-named field money when it is not a whole number", () => {
    expect(auditDiff({ total: "n/a" }, { total: 100 })[0]?.money).toBe(false);
  });
});
