import { describe, expect, it } from "vitest";
import {
  maxRedeemablePoints,
  type PointsRedemptionConfig,
  planPointsRedemption,
  pointsForValue,
  pointsValue,
} from "./points-redemption.ts";

/** 100 points = ¥1, points pay at most half, at least 100 points at a time. */
const config: PointsRedemptionConfig = { ratePoints: 100, rateValue: 100, maxShareBps: 5000, minPoints: 100 };
/** 1000 points = ¥1: one point is worth 0.1分. */
const fine: PointsRedemptionConfig = { ratePoints: 1000, rateValue: 100, maxShareBps: 10000, minPoints: 0 };

describe("points value", () => {
  it.each([
    [config, 0, 0],
    [config, 150, 150],
    [fine, 1005, 100],
    [fine, 9, 0],
  ])("pointsValue(%j, %i) = %i", (cfg, points, value) => {
    expect(pointsValue(points, cfg)).toBe(value);
  });

  it.each([
    [fine, 100, 1000],
    [fine, 1, 10],
    [{ ...fine, ratePoints: 3, rateValue: 2 }, 5, 8],
  ])("pointsForValue(%j, %i) = %i", (cfg, value, points) => {
    expect(pointsForValue(value, cfg)).toBe(points);
  });
});

describe("maxRedeemablePoints", () => {
  it.each([
    ["limited by share", 100_000, 10_001, { points: 5000, value: 5000 }],
    ["limited by balance", 300, 10_000, { points: 300, value: 300 }],
    ["below the minimum", 99, 10_000, { points: 0, value: 0 }],
    ["exactly the minimum", 100, 10_000, { points: 100, value: 100 }],
    ["share under the minimum", 10_000, 150, { points: 0, value: 0 }],
    ["empty order", 10_000, 0, { points: 0, value: 0 }],
  ])("%s", (_name, balance, orderTotal, expected) => {
    expect(maxRedeemablePoints({ balance, orderTotal, config })).toEqual(expected);
  });

  it("only burns the points the value needs", () => {
    expect(maxRedeemablePoints({ balance: 1005, orderTotal: 10_000, config: fine })).toEqual({
      points: 1000,
      value: 100,
    });
  });
});

describe("planPointsRedemption", () => {
  it.each<[string, number, number, PointsRedemptionConfig, object]>([
    ["fits", 500, 10_000, config, { ok: true, points: 500, value: 500 }],
    ["more than the balance", 2001, 10_000, config, { ok: false, code: "POINTS_INSUFFICIENT" }],
    ["exactly the balance", 2000, 10_000, { ...config, maxShareBps: 10_000 }, { ok: true, points: 2000, value: 2000 }],
    ["1 under the minimum", 99, 10_000, config, { ok: false, code: "POINTS_BELOW_MINIMUM" }],
    ["exactly the minimum", 100, 10_000, config, { ok: true, points: 100 }],
    ["rounds down to whole 分 and keeps the spare points", 1005, 10_000, fine, { ok: true, points: 1000, value: 100 }],
    ["worth less than 1分", 9, 10_000, fine, { ok: false, code: "POINTS_BELOW_MINIMUM" }],
  ])("%s", (_name, requestedPoints, orderTotal, cfg, expected) => {
    expect(planPointsRedemption({ balance: 2000, requestedPoints, orderTotal, config: cfg })).toMatchObject(expected);
  });

  it.each([
    [5000, true],
    [5001, false],
  ])("share limit: %i points on a ¥100 order, half payable -> ok %j", (requestedPoints, ok) => {
    const result = planPointsRedemption({ balance: 100_000, requestedPoints, orderTotal: 10_000, config });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.code).toBe("POINTS_EXCEED_LIMIT");
  });
});
