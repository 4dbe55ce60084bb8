import { assertNonNegativeInteger } from "../input-assertions.ts";
import { allocate } from "../money/allocate.ts";
import { BPS_SCALE, type BasisPoints, type Money } from "../money/money.ts";
import { divideRoundedBig } from "../money/rounding.ts";
import { localTimeParts } from "../time/local-time.ts";

export interface DoublePointsDays {
  /** 0 = Sunday */
  readonly daysOfWeek?: readonly number[];
  /** "MM-DD", every year */
  readonly dates?: readonly string[];
}

export interface PointsEarningRules {
  /** points per ¥1 paid */
  readonly pointsPerYuan: number;
  /** by category id; a line takes the highest multiplier among its categories (ancestors included), else 10000 */
  readonly categoryMultipliersBps?: Readonly<Record<string, BasisPoints>>;
  /** the member's tier multiplier, default 10000 */
  readonly tierMultiplierBps?: BasisPoints;
  readonly doublePointsDays?: DoublePointsDays | null;
}

export interface EarningLine {
  readonly lineId: string;
  /** what the line costs after all discounts */
  readonly netAmount: Money;
  readonly categoryIds: readonly string[];
}

export interface EarnedPoints {
  readonly points: number;
  readonly doublePoints: boolean;
  /** the points split over the lines by largest remainder (for line-level reversal and reporting) */
  readonly lines: readonly { readonly lineId: string; readonly points: number }[];
}

// Rule: double points when the store-local day of week or "MM-DD" date is listed.
export function isDoublePointsDay(days: DoublePointsDays | null | undefined, at: Date, timezoneOffsetMinutes?: number): boolean {
  if (days == null) return false;
  const local = localTimeParts(at, timezoneOffsetMinutes);
  return (days.daysOfWeek?.includes(local.dayOfWeek) ?? false) || (days.dates?.includes(local.monthDay) ?? false);
}

function categoryMultiplier(rules: PointsEarningRules, categoryIds: readonly string[]): BasisPoints {
  const multipliers = rules.categoryMultipliersBps;
  if (multipliers === undefined) return BPS_SCALE;
  let best: BasisPoints | undefined;
  for (const categoryId of categoryIds) {
    const multiplier = multipliers[categoryId];
    if (multiplier !== undefined && (best === undefined || multiplier > best)) best = multiplier;
  }
  return best ?? BPS_SCALE;
}

/**
 * Rule: points are earned only on what was paid other than with points (spread over the lines by net amount; fees
 * beyond the lines earn nothing), at pointsPerYuan × category multiplier × tier multiplier × 2 on double days,
 * rounded DOWN once for the whole order.
 */
export function computeEarnedPoints(input: {
  readonly lines: readonly EarningLine[];
  readonly paidAmountExcludingPoints: Money;
  readonly rules: PointsEarningRules;
  readonly at: Date;
  readonly timezoneOffsetMinutes?: number;
}): EarnedPoints {
  const { lines, rules } = input;
  assertNonNegativeInteger(input.paidAmountExcludingPoints, "paidAmountExcludingPoints");
  assertNonNegativeInteger(rules.pointsPerYuan, "pointsPerYuan");
  const tierBps = rules.tierMultiplierBps ?? BPS_SCALE;
  assertNonNegativeInteger(tierBps, "tierMultiplierBps");
  const doublePoints = isDoublePointsDay(rules.doublePointsDays, input.at, input.timezoneOffsetMinutes);
  let netTotal = 0;
  for (const line of lines) {
    assertNonNegativeInteger(line.netAmount, `netAmount of line ${line.lineId}`);
    netTotal += line.netAmount;
  }
  if (lines.length === 0) return { points: 0, doublePoints, lines: [] };
  const bases = allocate(
    Math.min(input.paidAmountExcludingPoints, netTotal),
    lines.map((line) => line.netAmount),
  );
  const weights = lines.map((line, i) => (bases[i] as number) * categoryMultiplier(rules, line.categoryIds));
  let weighted = 0n;
  for (const weight of weights) weighted += BigInt(weight);
  const factor = BigInt(rules.pointsPerYuan) * BigInt(tierBps) * (doublePoints ? 2n : 1n);
  const points = divideRoundedBig(weighted * factor, 100n * BigInt(BPS_SCALE) * BigInt(BPS_SCALE), "FLOOR");
  const perLine = allocate(points, weights);
  return {
    points,
    doublePoints,
    lines: lines.map((line, i) => ({ lineId: line.lineId, points: perLine[i] as number })),
  };
}
