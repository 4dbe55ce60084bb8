import type { PosSaleInput } from "@o2o/schema";
import { describe, expect, it } from "vitest";
import { applyAttempt, offlineTenderProblem, pendingInOrder, type QueuedSale } from "./queued-sale";

const input = (tender: "CASH" | "WECHAT_PAY" = "CASH"): PosSaleInput => ({
  clientSaleId: "c1",
  storeId: "s",
  registerId: "r",
  lines: [{ variantId: "v", quantity: 1 }],
  tenders: [{ tender, amount: 100 }],
  couponCodes: [],
  pointsToRedeem: 0,
  training: false,
});

const sale = (id: string, queuedAt: number, status: QueuedSale["status"] = "pending"): QueuedSale => ({
  clientSaleId: id,
  input: { ...input(), clientSaleId: id },
  soldAt: new Date(queuedAt).toISOString(),
  expectedTotal: 100,
  queuedAt,
  attempts: 0,
  status,
  lastError: null,
  rejection: null,
});

describe("sync queue rules", () => {
  it("recorded and replayed sales leave the queue", () => {
    expect(applyAttempt(sale("a", 1), { kind: "recorded", orderId: "o", replayed: false, conflicts: [] })).toEqual({ action: "remove" });
    expect(applyAttempt(sale("a", 1), { kind: "recorded", orderId: "o", replayed: true, conflicts: ["PRICE_CHANGED"] })).toEqual({
      action: "remove",
    });
  });

  it("a refused sale becomes a conflict that is kept, and the round goes on", () => {
    const step = applyAttempt(sale("a", 1), { kind: "rejected", rejection: { code: "POINTS_INSUFFICIENT", message: "no" } });
    expect(step).toMatchObject({ action: "keep", next: { status: "conflict", attempts: 1, rejection: { code: "POINTS_INSUFFICIENT" } } });
  });

  it("an unreachable API stops the round without counting an attempt; other failures keep the sale pending", () => {
    expect(applyAttempt(sale("a", 1), { kind: "unreachable", message: "down" })).toMatchObject({
      action: "stop",
      next: { status: "pending", attempts: 0, lastError: "down" },
    });
    expect(applyAttempt(sale("a", 1), { kind: "failed", message: "FORBIDDEN" })).toMatchObject({
      action: "keep",
      next: { status: "pending", attempts: 1 },
    });
  });

  it("sends pending sales oldest first and leaves conflicts to a person", () => {
    const order = pendingInOrder([sale("c", 3), sale("a", 1), sale("x", 0, "conflict"), sale("b", 1)]).map((s) => s.clientSaleId);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("wallet payment codes cannot be taken offline", () => {
    expect(offlineTenderProblem(input("CASH"))).toBeNull();
    expect(offlineTenderProblem(input("WECHAT_PAY"))).toBe("WECHAT_PAY");
  });
});
