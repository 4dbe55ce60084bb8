import { assertNonNegativeInteger } from "../input-assertions.ts";
import type { Money } from "./money.ts";

/** 抹零: NONE keeps 分, JIAO drops 分 (rounds down to 0.1 元), YUAN drops 角 and 分. */
export type CashRoundingMode = "NONE" | "JIAO" | "YUAN";

export interface CashRounding {
  readonly rounded: Money;
  /** rounded - amount: always <= 0, the customer never pays more. */
  readonly adjustment: Money;
}

const STEP: Record<CashRoundingMode, number> = { NONE: 1, JIAO: 10, YUAN: 100 };

// Rule: 抹零 rounds an amount due DOWN to the nearest 角 or 元; the adjustment is negative or zero.
export function roundCash(amount: Money, mode: CashRoundingMode): CashRounding {
  assertNonNegativeInteger(amount, "amount");
  const step = STEP[mode];
  const rounded = amount - (amount % step);
  return { rounded, adjustment: rounded - amount };
}
