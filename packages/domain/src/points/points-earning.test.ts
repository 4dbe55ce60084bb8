import { describe, expect, it } from "vitest";
import { computeEarnedPoints, type EarningLine, isDoublePointsDay, type PointsEarningRules } from "./points-earning.ts";

const wednesday = new Date("2025-06-11T04:00:00Z");
const base: PointsEarningRules = { pointsPerYuan: 1 };
const line = (lineId: string, netAmount: number, categoryIds: string[] = ["food"]): EarningLine => ({
  lineId,
  netAmount,
  categoryIds,
});

describe("computeEarnedPoints", () => {
  it.each<[string, EarningLine[], number, PointsEarningRules, number]>([
    ["1 point per ¥1, rounded down", [line("a", 12_399)], 12_399, base, 123],
    ["points-paid part earns nothing", [line("a", 10_000)], 6_000, base, 60],
    ["fees beyond the lines earn nothing", [line("a", 10_000)], 12_000, base, 100],
    ["rounded once for the order, not per line", [line("a", 150), line("b", 150)], 300, base, 3],
    ["category multiplier", [line("a", 10_000, ["food", "dairy"])], 10_000, { ...base, categoryMultipliersBps: { dairy: 20_000 } }, 200],
    [
      "highest multiplier among the line's categories",
      [line("a", 10_000, ["food", "dairy"])],
      10_000,
      { ...base, categoryMultipliersBps: { food: 15_000, dairy: 5_000 } },
      150,
    ],
    [
      "excluded category",
      [line("a", 10_000, ["tobacco"]), line("b", 10_000)],
      20_000,
      { ...base, categoryMultipliersBps: { tobacco: 0 } },
      100,
    ],
    ["tier multiplier", [line("a", 10_000)], 10_000, { ...base, tierMultiplierBps: 12_500 }, 125],
    ["double on listed weekday", [line("a", 10_000)], 10_000, { ...base, doublePointsDays: { daysOfWeek: [3] } }, 200],
    ["double on listed date", [line("a", 10_000)], 10_000, { ...base, doublePointsDays: { dates: ["06-11"] } }, 200],
    ["not a double day", [line("a", 10_000)], 10_000, { ...base, doublePointsDays: { daysOfWeek: [0], dates: ["11-11"] } }, 100],
    [
      "everything together",
      [line("a", 9_999)],
      9_999,
      { pointsPerYuan: 2, tierMultiplierBps: 15_000, doublePointsDays: { daysOfWeek: [3] } },
      599,
    ],
    ["no lines", [], 0, base, 0],
  ])("%s", (_name, lines, paid, rules, points) => {
    const earned = computeEarnedPoints({ lines, paidAmountExcludingPoints: paid, rules, at: wednesday });
    expect(earned.points).toBe(points);
    expect(earned.lines.reduce((sum, l) => sum + l.points, 0)).toBe(points);
  });

  it("spreads points over lines by their earning weight", () => {
    const earned = computeEarnedPoints({
      lines: [line("a", 10_000, ["tobacco"]), line("b", 10_000), line("c", 20_000)],
      paidAmountExcludingPoints: 40_000,
      rules: { ...base, categoryMultipliersBps: { tobacco: 0 } },
      at: wednesday,
    });
    expect(earned.lines).toEqual([
      { lineId: "a", points: 0 },
      { lineId: "b", points: 100 },
      { lineId: "c", points: 200 },
    ]);
  });
});

describe("isDoublePointsDay", () => {
  it("uses the store's local date", () => {
    const lateUtc = new Date("2025-11-10T17:00:00Z"); // 11-11 01:00 in Shanghai
    expect(isDoublePointsDay({ dates: ["11-11"] }, lateUtc)).toBe(true);
    expect(isDoublePointsDay({ dates: ["11-11"] }, lateUtc, 0)).toBe(false);
    expect(isDoublePointsDay(null, lateUtc)).toBe(false);
  });
});
