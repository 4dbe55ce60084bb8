import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertNonNegativeInteger } from "../input-assertions.ts";
import { availableToSell, type InsufficientStockError, insufficientStock } from "./stock-levels.ts";

/** One variant on a store-to-store transfer. */
export interface TransferLine {
  readonly requested: number;
  readonly shipped: number;
  readonly received: number;
}

export type ShipTransferResult = Result<
  { readonly shippedAfter: number; readonly sourceOnHandAfter: number; readonly inTransitAfter: number },
  DomainError<"TRANSFER_SHIP_EXCEEDS_REQUESTED"> | InsufficientStockError
>;

export type ReceiveTransferResult = Result<
  { readonly receivedAfter: number; readonly inTransitAfter: number },
  DomainError<"TRANSFER_RECEIVE_EXCEEDS_SHIPPED">
>;

// Rule: units in transit are the shipped units not yet received; they belong to neither store's on hand.
export function inTransit(line: TransferLine): number {
  return line.shipped - line.received;
}

// Rule: a transfer ships at most what was requested, from what the source store has available to sell.
export function shipTransfer(input: {
  readonly line: TransferLine;
  readonly quantity: number;
  readonly sourceOnHand: number;
  readonly sourceReserved: number;
}): ShipTransferResult {
  const { line, quantity } = input;
  assertNonNegativeInteger(quantity, "quantity");
  if (line.shipped + quantity > line.requested) {
    return domainError("TRANSFER_SHIP_EXCEEDS_REQUESTED", `${line.requested - line.shipped} left to ship, ${quantity} requested`);
  }
  const available = availableToSell(input.sourceOnHand, input.sourceReserved);
  if (quantity > available) return insufficientStock(available, quantity);
  return {
    ok: true,
    shippedAfter: line.shipped + quantity,
    sourceOnHandAfter: input.sourceOnHand - quantity,
    inTransitAfter: inTransit(line) + quantity,
  };
}

// Rule: the destination receives at most what was shipped and not yet received; what never arrives stays in transit
// until the transfer is closed (closing writes it off as a loss).
export function receiveTransfer(input: { readonly line: TransferLine; readonly quantity: number }): ReceiveTransferResult {
  const { line, quantity } = input;
  assertNonNegativeInteger(quantity, "quantity");
  if (quantity > inTransit(line)) {
    return domainError("TRANSFER_RECEIVE_EXCEEDS_SHIPPED", `${inTransit(line)} in transit, ${quantity} received`);
  }
  return { ok: true, receivedAfter: line.received + quantity, inTransitAfter: inTransit(line) - quantity };
}

// Rule: closing a transfer writes off what is still in transit as lost and cancels what was never shipped.
export function closeTransfer(line: TransferLine): { readonly lost: number; readonly notShipped: number } {
  return { lost: inTransit(line), notShipped: line.requested - line.shipped };
}
