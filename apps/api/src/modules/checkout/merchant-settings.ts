import type { CashRoundingMode, PointsEarningRules, PointsRedemptionConfig } from "@o2o/domain";

/** Merchant-wide commerce settings, parsed from Merchant.settings JSON with safe defaults. */
export type MerchantSettings = {
  redemption: PointsRedemptionConfig;
  earning: Omit<PointsEarningRules, "tierMultiplierBps">;
  cashRounding: CashRoundingMode;
  allowNegativeStockAtPos: boolean;
  /** Minutes an unpaid online order holds its stock. */
  reservationMinutes: number;
  /** Days earned points stay valid. */
  pointsValidityDays: number;
};

const int = (v: unknown, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : fallback;

export function parseMerchantSettings(json: unknown): MerchantSettings {
  const s = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const points = (s.points ?? {}) as Record<string, unknown>;
  const rounding = s.cashRounding;
  return {
    redemption: {
      // Either { centsPerPoint } (1 point = n 分) or { ratePoints, rateValue }; default 100 points = ¥1.
      ratePoints: points.centsPerPoint !== undefined ? 1 : int(points.ratePoints, 100, 1),
      rateValue: points.centsPerPoint !== undefined ? int(points.centsPerPoint, 1, 1) : int(points.rateValue, 100, 1),
      maxShareBps: int(points.maxRedeemShareBps, 5000, 0, 10000),
      minPoints: int(points.minPoints, 0),
    },
    earning: {
      pointsPerYuan: int(points.pointsPerYuan, 1),
      categoryMultipliersBps: (points.categoryMultipliersBps as Record<string, number> | undefined) ?? undefined,
      doublePointsDays: (points.doublePointsDays as PointsEarningRules["doublePointsDays"]) ?? null,
    },
    cashRounding: rounding === "JIAO" || rounding === "YUAN" ? rounding : "NONE",
    allowNegativeStockAtPos: s.allowNegativeStockAtPos !== false,
    reservationMinutes: int(s.reservationMinutes, 15, 1, 24 * 60),
    pointsValidityDays: int(points.validityDays, 365, 1, 3650),
  };
}
