import { describe, expect, it } from "vitest";
import { type CartLine, cartReducer, cartTotals } from "./cart";

const tee = { variantId: "v1", productName: "纯棉T恤", variantName: "白 M", sku: "TS-W-M", unitPrice: 5900 };
const cola = { variantId: "v2", productName: "可乐", variantName: "330ml", sku: "CL-330", unitPrice: 350 };

function run(...actions: Parameters<typeof cartReducer>[1][]): CartLine[] {
  return actions.reduce<CartLine[]>((lines, action) => cartReducer(lines, action), []);
}

describe("cartReducer", () => {
  it("adds a new line with quantity 1, and raises the quantity when added again", () => {
    const lines = run({ type: "add", line: tee }, { type: "add", line: cola }, { type: "add", line: tee });
    expect(lines.map((l) => [l.variantId, l.quantity])).toEqual([
      ["v1", 2],
      ["v2", 1],
    ]);
  });

  it("removes a line when decremented from 1", () => {
    expect(run({ type: "add", line: tee }, { type: "decrement", variantId: "v1" })).toEqual([]);
  });

  it("increments, removes and clears", () => {
    const lines = run(
      { type: "add", line: tee },
      { type: "add", line: cola },
      { type: "increment", variantId: "v2" },
      { type: "remove", variantId: "v1" },
    );
    expect(lines).toEqual([{ ...cola, quantity: 2 }]);
    expect(cartReducer(lines, { type: "clear" })).toEqual([]);
  });
});

describe("cartTotals", () => {
  it("sums quantities and list prices in 分", () => {
    const lines = run({ type: "add", line: tee }, { type: "add", line: tee }, { type: "add", line: cola });
    expect(cartTotals(lines)).toEqual({ quantity: 3, subtotal: 2 * 5900 + 350 });
  });

  it("is zero for an empty cart", () => {
    expect(cartTotals([])).toEqual({ quantity: 0, subtotal: 0 });
  });
});

describe("cartReducer quantities and manual adjustments", () => {
  it("sets a quantity, capped at 999, and removes the line at 0", () => {
    const lines = run({ type: "add", line: tee }, { type: "setQuantity", variantId: "v1", quantity: 5000 });
    expect(lines[0]?.quantity).toBe(999);
    expect(cartReducer(lines, { type: "setQuantity", variantId: "v1", quantity: 0 })).toEqual([]);
  });

  it("keeps a manual discount on its line and clears it again", () => {
    const manual = { kind: "PRICE_OVERRIDE" as const, value: 4900 };
    const lines = run({ type: "add", line: tee }, { type: "add", line: cola }, { type: "setManual", variantId: "v1", manual });
    expect(lines.map((l) => l.manual ?? null)).toEqual([manual, null]);
    expect(cartReducer(lines, { type: "setManual", variantId: "v1", manual: null })[0]?.manual).toBeNull();
  });
});
