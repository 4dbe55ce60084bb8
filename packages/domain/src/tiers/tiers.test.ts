import { describe, expect, it } from "vitest";
import { evaluateTier, type TierDefinition } from "./evaluate-tier.ts";
import { rollingSpend, type SpendEntry } from "./rolling-spend.ts";

const tiers: TierDefinition[] = [
  { id: "gold", code: "GOLD", rank: 3, minRollingSpend: 500_000, minPoints: 50_000 },
  { id: "basic", code: "BASIC", rank: 1, minRollingSpend: 0 },
  { id: "silver", code: "SILVER", rank: 2, minRollingSpend: 100_000 },
];

describe("evaluateTier", () => {
  it.each<[string, number, number | undefined, string | null, boolean | undefined, object]>([
    [
      "new member starts at basic",
      0,
      undefined,
      null,
      undefined,
      {
        change: "UPGRADE",
        tierId: "basic",
        reason: "SPEND_THRESHOLD_MET",
        next: { tierId: "silver", missingSpend: 100_000 },
      },
    ],
    [
      "1分 below silver",
      99_999,
      undefined,
      "basic",
      undefined,
      {
        change: "UNCHANGED",
        tierId: "basic",
        reason: "REQUIREMENTS_STILL_MET",
        next: { tierId: "silver", missingSpend: 1 },
      },
    ],
    [
      "exactly silver",
      100_000,
      undefined,
      "basic",
      undefined,
      { change: "UPGRADE", tierId: "silver", previousTierId: "basic", reason: "SPEND_THRESHOLD_MET" },
    ],
    ["1分 above silver", 100_001, undefined, "basic", undefined, { change: "UPGRADE", tierId: "silver" }],
    ["straight to gold", 600_000, undefined, "basic", undefined, { change: "UPGRADE", tierId: "gold", next: null }],
    ["gold by points", 0, 50_000, "silver", undefined, { change: "UPGRADE", tierId: "gold", reason: "POINTS_THRESHOLD_MET" }],
    ["points 1 short", 0, 49_999, "basic", undefined, { change: "UNCHANGED", tierId: "basic" }],
    [
      "downgrade",
      120_000,
      undefined,
      "gold",
      undefined,
      { change: "DOWNGRADE", tierId: "silver", previousTierId: "gold", reason: "BELOW_CURRENT_TIER_REQUIREMENTS" },
    ],
    ["downgrade deferred", 120_000, undefined, "gold", false, { change: "UNCHANGED", tierId: "gold", reason: "DOWNGRADE_DEFERRED" }],
    ["unknown current tier", 120_000, undefined, "retired", undefined, { change: "UPGRADE", tierId: "silver", previousTierId: null }],
  ])("%s", (_name, spend, points, currentTierId, allowDowngrade, expected) => {
    expect(
      evaluateTier({
        tiers,
        rollingSpend: spend,
        ...(points === undefined ? {} : { points }),
        currentTierId,
        ...(allowDowngrade === undefined ? {} : { allowDowngrade }),
      }),
    ).toMatchObject(expected);
  });

  it("reports when no tier qualifies", () => {
    const paidTiers = tiers.filter((tier) => tier.id !== "basic");
    expect(evaluateTier({ tiers: paidTiers, rollingSpend: 10, currentTierId: null })).toEqual({
      change: "UNCHANGED",
      tierId: null,
      previousTierId: null,
      reason: "NO_TIER_QUALIFIES",
      next: { tierId: "silver", missingSpend: 99_990 },
    });
    expect(evaluateTier({ tiers: paidTiers, rollingSpend: 10, currentTierId: "silver" })).toMatchObject({
      change: "DOWNGRADE",
      tierId: null,
    });
  });
});

describe("rollingSpend", () => {
  const at = new Date("2025-06-15T00:00:00Z");
  const entry = (iso: string, amount: number): SpendEntry => ({ at: new Date(iso), amount });
  it.each<[string, SpendEntry[], number | undefined, number]>([
    ["inside the window", [entry("2025-01-01T00:00:00Z", 1000)], undefined, 1000],
    ["exactly 12 months ago is outside", [entry("2024-06-15T00:00:00Z", 1000)], undefined, 0],
    ["1ms after 12 months ago is inside", [entry("2024-06-15T00:00:00.001Z", 1000)], undefined, 1000],
    ["exactly now is inside", [entry("2025-06-15T00:00:00Z", 1000)], undefined, 1000],
    ["the future is outside", [entry("2025-06-15T00:00:00.001Z", 1000)], undefined, 0],
    ["refunds reduce it", [entry("2025-01-01T00:00:00Z", 1000), entry("2025-02-01T00:00:00Z", -400)], undefined, 600],
    ["never below zero", [entry("2025-02-01T00:00:00Z", -400)], undefined, 0],
    ["custom window", [entry("2025-01-01T00:00:00Z", 1000), entry("2025-05-01T00:00:00Z", 1)], 3, 1],
  ])("%s", (_name, entries, months, expected) => {
    expect(rollingSpend(entries, at, months)).toBe(expected);
  });

  it("clamps month ends (31 May - 3 months = 28 Feb)", () => {
    const endOfMay = new Date("2025-05-31T00:00:00Z");
    expect(rollingSpend([entry("2025-02-28T00:00:00Z", 5)], endOfMay, 3)).toBe(0);
    expect(rollingSpend([entry("2025-02-28T00:00:01Z", 5)], endOfMay, 3)).toBe(5);
  });
});
