import { describe, expect, it } from "vitest";
import { clawBackPoints, cumulativeShare, earnedPointsToReverse } from "./points-reversal.ts";

describe("reversal", () => {
  it.each([
    [100, 10_000, 0, 5_000, 50],
    [100, 10_000, 5_000, 5_000, 50],
    [99, 10_000, 0, 3_333, 32],
    [99, 10_000, 3_333, 6_667, 67],
    [100, 0, 0, 0, 0],
  ])("earned %i on %i, refunded %i before, refunding %i -> reverse %i", (earned, net, before, now_, expected) => {
    expect(
      earnedPointsToReverse({
        earnedPoints: earned,
        orderNetAmount: net,
        refundedNetBefore: before,
        refundNetAmount: now_,
      }),
    ).toBe(expected);
  });

  it.each([
    [500, 200, { fromBalance: 200, shortfall: 0 }],
    [150, 200, { fromBalance: 150, shortfall: 50 }],
    [0, 10, { fromBalance: 0, shortfall: 10 }],
  ])("claw back from balance %i: %i", (balance, points, expected) => {
    expect(clawBackPoints(balance, points)).toEqual(expected);
  });
});

describe("cumulativeShare", () => {
  it("adds up to the whole over any split of the basis", () => {
    const steps = [1, 2, 3, 4];
    let done = 0;
    let shared = 0;
    for (const step of steps) {
      shared += cumulativeShare(7, 10, done, step);
      done += step;
    }
    expect(shared).toBe(7);
  });
});
