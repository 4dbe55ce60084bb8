import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertNonNegativeInteger } from "../input-assertions.ts";

/** Points earned together, expiring together; `remaining` is what is left of them. */
export interface PointsLot {
  readonly lotId: string;
  readonly earnedAt: Date;
  /** null = never expires */
  readonly expiresAt: Date | null;
  readonly remaining: number;
}

export interface LotMovement {
  readonly lotId: string;
  readonly points: number;
}

export type ConsumePointsResult = Result<
  { readonly movements: readonly LotMovement[]; readonly lots: readonly PointsLot[] },
  DomainError<"POINTS_INSUFFICIENT">
>;

// Rule: lots are used first-expiring-first (never-expiring last), then first-earned-first, then by id.
export function compareLotsForUse(a: PointsLot, b: PointsLot): number {
  const aExpiry = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bExpiry = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (aExpiry !== bExpiry) return aExpiry < bExpiry ? -1 : 1;
  return a.earnedAt.getTime() - b.earnedAt.getTime() || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0);
}

// Rule: a balance is the sum of what is left in the lots; it is never negative.
export function pointsBalance(lots: readonly PointsLot[]): number {
  let balance = 0;
  for (const lot of lots) {
    assertNonNegativeInteger(lot.remaining, `remaining of lot ${lot.lotId}`);
    balance += lot.remaining;
  }
  return balance;
}

// Rule: spending points takes them from lots FIFO (first expiring first); more than the balance is refused.
export function consumePoints(lots: readonly PointsLot[], points: number, at: Date): ConsumePointsResult {
  assertNonNegativeInteger(points, "points");
  const usable = lots.filter((lot) => lot.expiresAt === null || lot.expiresAt.getTime() > at.getTime());
  const available = pointsBalance(usable);
  if (points > available) {
    return domainError("POINTS_INSUFFICIENT", `only ${available} points available, ${points} needed`);
  }
  const taken = new Map<string, number>();
  const movements: LotMovement[] = [];
  let left = points;
  for (const lot of [...usable].sort(compareLotsForUse)) {
    if (left === 0) break;
    const take = Math.min(left, lot.remaining);
    if (take === 0) continue;
    taken.set(lot.lotId, take);
    movements.push({ lotId: lot.lotId, points: take });
    left -= take;
  }
  return {
    ok: true,
    movements,
    lots: lots.map((lot) => {
      const take = taken.get(lot.lotId);
      return take === undefined ? lot : { ...lot, remaining: lot.remaining - take };
    }),
  };
}

// Rule: a lot expires at its expiresAt (inclusive): whatever is left in it then expires.
export function expirePoints(lots: readonly PointsLot[], at: Date): { points: number; lots: readonly LotMovement[] } {
  const expiring = [...lots]
    .filter((lot) => lot.remaining > 0 && lot.expiresAt !== null && lot.expiresAt.getTime() <= at.getTime())
    .sort(compareLotsForUse)
    .map((lot) => ({ lotId: lot.lotId, points: lot.remaining }));
  let points = 0;
  for (const movement of expiring) points += movement.points;
  return { points, lots: expiring };
}
