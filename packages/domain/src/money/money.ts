/** An amount of money as an integer count of the currency's minor unit (分 for CNY). Never a float. */
export type Money = number;

/** Basis points: 10000 = 100%. */
export type BasisPoints = number;

export const BPS_SCALE = 10_000;

// Rule: money values are safe integers of minor units; anything else is not money.
export function isMoney(value: unknown): value is Money {
  return typeof value === "number" && Number.isSafeInteger(value);
}

// Rule: totals are plain integer sums; overflow past the safe range is a bug, not a rounding.
export function sumMoney(amounts: readonly Money[]): Money {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (!Number.isSafeInteger(total)) throw new RangeError("money sum is not a safe integer");
  return total;
}
