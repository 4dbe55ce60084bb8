import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clawBackPoints } from "./points-reversal.ts";
import { consumePoints, expirePoints, type PointsLot, pointsBalance } from "./points-lots.ts";

const d = (iso: string): Date => new Date(iso);
const lots: PointsLot[] = [
  { lotId: "late", earnedAt: d("2025-03-01"), expiresAt: d("2026-03-01"), remaining: 300 },
  { lotId: "early", earnedAt: d("2025-01-01"), expiresAt: d("2026-01-01"), remaining: 100 },
  { lotId: "forever", earnedAt: d("2024-01-01"), expiresAt: null, remaining: 50 },
  { lotId: "gone", earnedAt: d("2024-01-01"), expiresAt: d("2025-01-01"), remaining: 70 },
];
const now = d("2025-06-01");

describe("consumePoints", () => {
  it.each<[number, object]>([
    [0, { ok: true, movements: [] }],
    [80, { ok: true, movements: [{ lotId: "early", points: 80 }] }],
    [
      150,
      {
        ok: true,
        movements: [
          { lotId: "early", points: 100 },
          { lotId: "late", points: 50 },
        ],
      },
    ],
    [
      450,
      {
        ok: true,
        movements: [
          { lotId: "early", points: 100 },
          { lotId: "late", points: 300 },
          { lotId: "forever", points: 50 },
        ],
      },
    ],
    [451, { ok: false, code: "POINTS_INSUFFICIENT" }],
  ])("consuming %i takes first-expiring lots first and never expired ones", (points, expected) => {
    expect(consumePoints(lots, points, now)).toMatchObject(expected);
  });

  it("returns the lots with what is left", () => {
    const result = consumePoints(lots, 150, now);
    if (!result.ok) throw new Error(result.message);
    expect(result.lots.map((lot) => [lot.lotId, lot.remaining])).toEqual([
      ["late", 250],
      ["early", 0],
      ["forever", 50],
      ["gone", 70],
    ]);
  });
});

describe("expirePoints", () => {
  it.each([
    ["2025-06-01", 70, ["gone"]],
    ["2026-01-01", 170, ["gone", "early"]],
    ["2025-12-31T23:59:59.999Z", 70, ["gone"]],
    ["2030-01-01", 470, ["gone", "early", "late"]],
  ])("at %s expires %i", (at, points, lotIds) => {
    const expired = expirePoints(lots, d(at));
    expect(expired.points).toBe(points);
    expect(expired.lots.map((lot) => lot.lotId)).toEqual(lotIds);
  });
});

type Operation =
  | { kind: "earn"; points: number; days: number | null }
  | { kind: "spend"; points: number }
  | { kind: "expire" }
  | { kind: "clawBack"; points: number }
  | { kind: "wait"; days: number };

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant("earn" as const),
    points: fc.nat({ max: 1000 }),
    days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant("spend" as const), points: fc.nat({ max: 1500 }) }),
  fc.record({ kind: fc.constant("expire" as const) }),
  fc.record({ kind: fc.constant("clawBack" as const), points: fc.nat({ max: 1500 }) }),
  fc.record({ kind: fc.constant("wait" as const), days: fc.integer({ min: 1, max: 200 }) }),
);

describe("points ledger properties", () => {
  it("a balance never goes negative through any sequence of earning, spending, expiry and claw-backs", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 40 }), (operations) => {
        let at = d("2025-01-01").getTime();
        let ledger: PointsLot[] = [];
        operations.forEach((operation, i) => {
          const when = new Date(at);
          const before = pointsBalance(ledger);
          if (operation.kind === "earn") {
            const expiresAt = operation.days === null ? null : new Date(at + operation.days * 86_400_000);
            ledger = [...ledger, { lotId: `lot${i}`, earnedAt: when, expiresAt, remaining: operation.points }];
          } else if (operation.kind === "spend" || operation.kind === "clawBack") {
            const live = expirePoints(ledger, when);
            const available = before - live.points;
            const points = operation.kind === "spend" ? operation.points : clawBackPoints(available, operation.points).fromBalance;
            const result = consumePoints(ledger, points, when);
            if (points > available) expect(result.ok).toBe(false);
            if (result.ok) {
              ledger = [...result.lots];
              expect(pointsBalance(ledger)).toBe(before - points);
            }
          } else if (operation.kind === "expire") {
            const expired = new Map(expirePoints(ledger, when).lots.map((lot) => [lot.lotId, lot.points]));
            ledger = ledger.map((lot) => ({ ...lot, remaining: lot.remaining - (expired.get(lot.lotId) ?? 0) }));
          } else {
            at += operation.days * 86_400_000;
          }
          for (const lot of ledger) expect(lot.remaining).toBeGreaterThanOrEqual(0);
          expect(pointsBalance(ledger)).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
