import { describe, expect, it } from "vitest";
import { mayRequestReturn, orderProgress, shopperMayCancel } from "./order-progress";

describe("orderProgress", () => {
  it.each([
    ["PICKUP", "PENDING_PAYMENT", "PENDING", 0],
    ["PICKUP", "PAID", "PENDING", 1],
    ["PICKUP", "PAID", "PICKING", 2],
    ["PICKUP", "READY_FOR_PICKUP", "READY_FOR_PICKUP", 3],
    ["PICKUP", "COMPLETED", "COLLECTED", 4],
    ["DELIVERY", "SHIPPED", "SHIPPED", 3],
    ["DELIVERY", "DELIVERED", "DELIVERED", 4],
  ] as const)("%s %s/%s reaches step %i", (type, order, fulfilment, reached) => {
    expect(orderProgress(type, order, fulfilment).reached).toBe(reached);
  });
  it("marks cancelled orders", () => {
    expect(orderProgress("PICKUP", "CANCELLED", "CANCELLED")).toMatchObject({ cancelled: true, reached: -1 });
    expect(orderProgress("DELIVERY", "PAID", null).steps.at(-1)).toBe("delivered");
  });
  it("allows cancelling before work starts and returns after handover", () => {
    expect(shopperMayCancel("PENDING_PAYMENT", "PENDING")).toBe(true);
    expect(shopperMayCancel("PAID", "PICKING")).toBe(false);
    expect(mayRequestReturn("COMPLETED")).toBe(true);
    expect(mayRequestReturn("PAID")).toBe(false);
  });
});
