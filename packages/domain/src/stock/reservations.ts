import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertNonNegativeInteger, assertPositiveInteger } from "../input-assertions.ts";
import { availableToSell, type InsufficientStockError, insufficientStock } from "./stock-levels.ts";

export type ReserveStockResult = Result<{ readonly reservedAfter: number }, InsufficientStockError>;

export type ReleaseReservationResult = Result<{ readonly reservedAfter: number }, DomainError<"RESERVATION_RELEASE_EXCEEDS">>;

export type CommitReservationResult = Result<
  { readonly onHandAfter: number; readonly reservedAfter: number },
  DomainError<"RESERVATION_RELEASE_EXCEEDS">
>;

// Rule: an online reservation never oversells: it must fit in what is available to sell. (Persist it with a
// conditional update so the check and the write are one step.)
export function reserveStock(input: { readonly onHand: number; readonly reserved: number; readonly quantity: number }): ReserveStockResult {
  const { onHand, reserved, quantity } = input;
  assertPositiveInteger(quantity, "quantity");
  const available = availableToSell(onHand, reserved);
  if (quantity > available) return insufficientStock(available, quantity);
  return { ok: true, reservedAfter: reserved + quantity };
}

// Rule: a released reservation (cancelled or expired order) gives its units back; never more than was reserved.
export function releaseReservation(input: { readonly reserved: number; readonly quantity: number }): ReleaseReservationResult {
  const { reserved, quantity } = input;
  assertNonNegativeInteger(reserved, "reserved");
  assertPositiveInteger(quantity, "quantity");
  if (quantity > reserved) {
    return domainError("RESERVATION_RELEASE_EXCEEDS", `only ${reserved} reserved, ${quantity} to release`);
  }
  return { ok: true, reservedAfter: reserved - quantity };
}

// Rule: shipping or handing over a reserved order takes the units off the shelf and out of the reservation together.
export function commitReservation(input: {
  readonly onHand: number;
  readonly reserved: number;
  readonly quantity: number;
}): CommitReservationResult {
  const released = releaseReservation(input);
  if (!released.ok) return released;
  return { ok: true, onHandAfter: input.onHand - input.quantity, reservedAfter: released.reservedAfter };
}

// Rule: an unpaid online reservation lapses at its expiresAt (inclusive) and must then be released.
export function expiredReservations<T extends { readonly expiresAt: Date }>(reservations: readonly T[], at: Date): T[] {
  return reservations.filter((reservation) => reservation.expiresAt.getTime() <= at.getTime());
}
