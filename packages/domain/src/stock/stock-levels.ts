import type { DomainError, Result } from "../errors.ts";
import { assertInteger, assertNonNegativeInteger, assertPositiveInteger } from "../input-assertions.ts";

export interface StockPolicy {
  /** POS: the item is in the customer's hand, so sell it even if the books say none are left */
  readonly allowNegative: boolean;
}

export type InsufficientStockError = DomainError<"INSUFFICIENT_STOCK"> & { readonly available: number };

export type StockForSaleResult = Result<{ readonly onHandAfter: number; readonly discrepancy: boolean }, InsufficientStockError>;

// Builds the out-of-stock error value with what is available.
export function insufficientStock(available: number, quantity: number): InsufficientStockError {
  return {
    ok: false,
    code: "INSUFFICIENT_STOCK",
    message: `only ${available} available, ${quantity} requested`,
    available,
  };
}

// Rule: available to sell = on hand minus reserved, never below zero.
export function availableToSell(onHand: number, reserved: number): number {
  assertInteger(onHand, "onHand");
  assertNonNegativeInteger(reserved, "reserved");
  return Math.max(0, onHand - reserved);
}

// Rule: stock is low when what is available to sell is at or below the threshold.
export function isLowStock(onHand: number, reserved: number, threshold: number): boolean {
  return availableToSell(onHand, reserved) <= threshold;
}

/**
 * Rule: a sale takes from what is available to sell; with allowNegative (POS) it always goes through and is flagged
 * as a discrepancy when it takes more than was available, for the stock team to investigate.
 */
export function checkStockForSale(input: {
  readonly onHand: number;
  readonly reserved: number;
  readonly quantity: number;
  readonly policy: StockPolicy;
}): StockForSaleResult {
  const { onHand, reserved, quantity, policy } = input;
  assertPositiveInteger(quantity, "quantity");
  const available = availableToSell(onHand, reserved);
  const onHandAfter = onHand - quantity;
  if (quantity <= available) return { ok: true, onHandAfter, discrepancy: false };
  if (policy.allowNegative) return { ok: true, onHandAfter, discrepancy: true };
  return insufficientStock(available, quantity);
}
