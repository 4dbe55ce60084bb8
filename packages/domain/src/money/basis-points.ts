import { assertInteger } from "../input-assertions.ts";
import { BPS_SCALE, type BasisPoints, type Money } from "./money.ts";
import { multiplyDivideRounded, type RoundingMode } from "./rounding.ts";

// Rule: amount × bps / 10000, rounded half-up (away from zero) unless a mode is given.
export function applyBps(amount: Money, bps: BasisPoints, mode: RoundingMode = "HALF_UP"): Money {
  assertInteger(amount, "amount");
  assertInteger(bps, "bps");
  return multiplyDivideRounded(amount, bps, BPS_SCALE, mode);
}
