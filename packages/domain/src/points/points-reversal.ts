import { assertNonNegativeInteger } from "../input-assertions.ts";
import type { Money } from "../money/money.ts";
import { multiplyDivideRounded } from "../money/rounding.ts";

// Rule: a share of a whole that is reversed step by step is computed cumulatively (floor of the running share minus
// what was already reversed), so partial reversals add up exactly to the whole when everything is reversed.
export function cumulativeShare(whole: number, basis: number, doneBefore: number, doneNow: number): number {
  assertNonNegativeInteger(whole, "whole");
  assertNonNegativeInteger(basis, "basis");
  assertNonNegativeInteger(doneBefore, "doneBefore");
  assertNonNegativeInteger(doneNow, "doneNow");
  if (basis === 0) return 0;
  const after = Math.min(basis, doneBefore + doneNow);
  const before = Math.min(basis, doneBefore);
  return multiplyDivideRounded(whole, after, basis, "FLOOR") - multiplyDivideRounded(whole, before, basis, "FLOOR");
}

// Rule: earned points are reversed in proportion to the refunded net amount of the order (cumulatively).
export function earnedPointsToReverse(input: {
  readonly earnedPoints: number;
  readonly orderNetAmount: Money;
  readonly refundedNetBefore: Money;
  readonly refundNetAmount: Money;
}): number {
  return cumulativeShare(input.earnedPoints, input.orderNetAmount, input.refundedNetBefore, input.refundNetAmount);
}

// Rule: a claw-back takes what the balance has and reports the rest as a shortfall; a balance never goes negative.
export function clawBackPoints(balance: number, points: number): { fromBalance: number; shortfall: number } {
  assertNonNegativeInteger(balance, "balance");
  assertNonNegativeInteger(points, "points");
  const fromBalance = Math.min(balance, points);
  return { fromBalance, shortfall: points - fromBalance };
}
