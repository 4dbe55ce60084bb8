import { describe, expect, it } from "vitest";
import * as domain from "./index.ts";

describe("public API", () => {
  it.each([
    "formatMoney",
    "allocate",
    "applyBps",
    "roundCash",
    "validateBarcode",
    "generateInStoreEan13",
    "normaliseMobileNumber",
    "resolveUnitPrice",
    "dueScheduledChanges",
    "priceCart",
    "parsePromotionRule",
    "maxRedeemablePoints",
    "computeEarnedPoints",
    "expirePoints",
    "evaluateTier",
    "rollingSpend",
    "transition",
    "planReturn",
    "checkStockForSale",
    "stocktakeVariance",
    "settleTenders",
  ])("exports %s", (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe("function");
  });

  it.each(["createWorkingLines", "applyPromotions", "applyCoupons", "applyManualDiscounts", "assertInteger", "buildUnitPool"])(
    "keeps %s internal",
    (name) => {
      expect((domain as Record<string, unknown>)[name]).toBeUndefined();
    },
  );
});
