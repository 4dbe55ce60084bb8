import { consumePoints, type PointsLot, pointsBalance } from "@o2o/domain";

/** A PointsEntry as the lot replay needs it. */
export type LedgerEntry = { id: string; delta: number; reason: string; expiresAt: Date | null; createdAt: Date };

/** Earlier than any lot's expiry: consuming "at" this instant treats every lot as usable (first-expiring first). */
const BEFORE_ANY_EXPIRY = new Date(-8.64e15);

/**
 * The points lots still open after a member's ledger, by replaying it. The lot-accounting rule:
 *
 * 1. Entries are replayed by createdAt, negative deltas before positive ones at the same instant (a sale redeems from the
 *    balance it found, then earns), then by id.
 * 2. Every positive entry (EARN, REFUND given back, positive ADJUST such as an imported opening balance) opens a lot of
 *    its delta with its expiresAt (null = never expires).
 * 3. An EXPIRE entry closes every lot whose expiresAt is at or before the entry's createdAt, whatever is left in them
 *    (its delta is what the balance could give; the expiry job writes exactly the lots' remainder when the balance holds it).
 * 4. Every other negative entry (REDEEM, REVERSAL, negative ADJUST) is taken from the lots with the domain's FIFO rule
 *    (`consumePoints`: first-expiring first) as of its createdAt. Should the lots usable then fall short (points spent
 *    between a lot's expiry and the expiry job), the rest comes from lots past expiry but not yet closed, still
 *    first-expiring first; anything beyond that (a balance older than the ledger) is taken from no lot.
 *
 * So a lot loses to expiry exactly what was neither spent nor expired before, and an expired lot is closed once: a
 * second run finds nothing more to expire.
 */
export function openLots(entries: readonly LedgerEntry[]): PointsLot[] {
  const ordered = [...entries].sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() || Math.sign(a.delta) - Math.sign(b.delta) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let lots: PointsLot[] = [];
  for (const entry of ordered) {
    if (entry.reason === "EXPIRE") {
      const cutoff = entry.createdAt.getTime();
      lots = lots.filter((lot) => lot.expiresAt === null || lot.expiresAt.getTime() > cutoff);
    } else if (entry.delta > 0) {
      lots.push({ lotId: entry.id, earnedAt: entry.createdAt, expiresAt: entry.expiresAt, remaining: entry.delta });
    } else if (entry.delta < 0) {
      lots = spend(lots, -entry.delta, entry.createdAt).filter((lot) => lot.remaining > 0);
    }
  }
  return lots;
}

function spend(lots: PointsLot[], points: number, at: Date): PointsLot[] {
  const usableNow = pointsBalance(lots.filter((lot) => lot.expiresAt === null || lot.expiresAt.getTime() > at.getTime()));
  let next: readonly PointsLot[] = lots;
  const fromUsable = Math.min(points, usableNow);
  if (fromUsable > 0) next = consumed(next, fromUsable, at);
  const fromExpired = Math.min(points - fromUsable, pointsBalance(next));
  if (fromExpired > 0) next = consumed(next, fromExpired, BEFORE_ANY_EXPIRY);
  return [...next];
}

function consumed(lots: readonly PointsLot[], points: number, at: Date): readonly PointsLot[] {
  const result = consumePoints(lots, points, at);
  // Never happens: the amount is capped at what the lots hold at that instant.
  if (!result.ok) throw new Error(`points lots replay: ${result.message}`);
  return result.lots;
}
