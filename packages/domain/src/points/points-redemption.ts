import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertBps, assertNonNegativeInteger, assertPositiveInteger } from "../input-assertions.ts";
import { applyBps } from "../money/basis-points.ts";
import type { BasisPoints, Money } from "../money/money.ts";
import { multiplyDivideRounded } from "../money/rounding.ts";

/** `ratePoints` points are worth `rateValue` 分 (100 points = ¥1 is { ratePoints: 100, rateValue: 100 }). */
export interface PointsRedemptionConfig {
  readonly ratePoints: number;
  readonly rateValue: Money;
  /** the largest share of the order total points may pay, e.g. 5000 = half */
  readonly maxShareBps: BasisPoints;
  /** the fewest points one redemption may use */
  readonly minPoints: number;
}

export interface PointsRedemption {
  readonly points: number;
  readonly value: Money;
}

export type PointsRedemptionResult = Result<
  PointsRedemption,
  DomainError<"POINTS_INSUFFICIENT" | "POINTS_BELOW_MINIMUM" | "POINTS_EXCEED_LIMIT">
>;

function assertConfig(config: PointsRedemptionConfig): void {
  assertPositiveInteger(config.ratePoints, "ratePoints");
  assertPositiveInteger(config.rateValue, "rateValue");
  assertBps(config.maxShareBps, "maxShareBps");
  assertNonNegativeInteger(config.minPoints, "minPoints");
}

// Rule: points are worth their rate in money rounded DOWN to whole 分.
export function pointsValue(points: number, config: PointsRedemptionConfig): Money {
  assertNonNegativeInteger(points, "points");
  return multiplyDivideRounded(points, config.rateValue, config.ratePoints, "FLOOR");
}

// Rule: the fewest points worth at least `value` (rounded UP), so a redemption never burns points it does not need.
export function pointsForValue(value: Money, config: PointsRedemptionConfig): number {
  assertNonNegativeInteger(value, "value");
  return multiplyDivideRounded(value, config.ratePoints, config.rateValue, "CEIL");
}

function redemptionCap(orderTotal: Money, config: PointsRedemptionConfig): Money {
  return applyBps(orderTotal, config.maxShareBps, "FLOOR");
}

// Rule: the most points an order can take = min(balance, maxShareBps of the order total), in whole 分, or none when
// that is under the minimum redemption.
export function maxRedeemablePoints(input: {
  readonly balance: number;
  readonly orderTotal: Money;
  readonly config: PointsRedemptionConfig;
}): PointsRedemption {
  const { balance, orderTotal, config } = input;
  assertConfig(config);
  assertNonNegativeInteger(balance, "balance");
  assertNonNegativeInteger(orderTotal, "orderTotal");
  const value = Math.min(redemptionCap(orderTotal, config), pointsValue(balance, config));
  const points = pointsForValue(value, config);
  if (value === 0 || points < config.minPoints) return { points: 0, value: 0 };
  return { points, value };
}

// Rule: a requested redemption must be within the balance, at least the minimum and within the order share; it is
// worth its value rounded down to 分 and only the points that value needs are used.
export function planPointsRedemption(input: {
  readonly balance: number;
  readonly requestedPoints: number;
  readonly orderTotal: Money;
  readonly config: PointsRedemptionConfig;
}): PointsRedemptionResult {
  const { balance, requestedPoints, orderTotal, config } = input;
  assertConfig(config);
  assertNonNegativeInteger(balance, "balance");
  assertPositiveInteger(requestedPoints, "requestedPoints");
  assertNonNegativeInteger(orderTotal, "orderTotal");
  if (requestedPoints > balance) {
    return domainError("POINTS_INSUFFICIENT", `only ${balance} points available, ${requestedPoints} requested`);
  }
  const value = pointsValue(requestedPoints, config);
  const points = pointsForValue(value, config);
  if (value === 0 || points < config.minPoints) {
    return domainError("POINTS_BELOW_MINIMUM", `redeem at least ${Math.max(config.minPoints, 1)} points worth 1分 or more`);
  }
  const cap = redemptionCap(orderTotal, config);
  if (value > cap) {
    return domainError("POINTS_EXCEED_LIMIT", `points may pay at most ${pointsForValue(cap, config)} points' worth`);
  }
  return { ok: true, points, value };
}
