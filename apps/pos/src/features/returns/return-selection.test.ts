import { describe, expect, it } from "vitest";
import { estimatedRefund, pick, returnable, returnLines } from "./return-selection";

const a = { id: "a", quantity: 3, returnedQuantity: 1, total: 2997 };
const b = { id: "b", quantity: 1, returnedQuantity: 0, total: 5000 };

describe("return selection", () => {
  it("never returns more than was sold and not yet returned", () => {
    expect(returnable(a)).toBe(2);
    expect(pick({}, a, 5)).toEqual({ a: { quantity: 2, restock: true } });
    expect(pick(pick({}, a, 2), a, 0)).toEqual({});
  });

  it("keeps the restock choice and lists the lines for createReturn", () => {
    const picks = pick(pick({}, a, 1, false), b, 1);
    expect(returnLines(picks)).toEqual([
      { orderLineId: "a", quantity: 1, restock: false },
      { orderLineId: "b", quantity: 1, restock: true },
    ]);
  });

  it("estimates the refund from the lines' totals after discounts", () => {
    expect(estimatedRefund([a, b], pick(pick({}, a, 2), b, 1))).toBe(1998 + 5000);
  });
});
