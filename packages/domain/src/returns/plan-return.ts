import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertNonNegativeInteger } from "../input-assertions.ts";
import { formatMoney } from "../money/format-money.ts";
import type { Money } from "../money/money.ts";
import { multiplyDivideRounded } from "../money/rounding.ts";
import { cumulativeShare, earnedPointsToReverse } from "../points/points-reversal.ts";
import type { Tender } from "../tenders/settle-tenders.ts";

export interface ReturnOrderLine {
  readonly lineId: string;
  readonly quantity: number;
  readonly returnedQuantity: number;
  /** net paid for the whole line, after every discount */
  readonly lineTotal: Money;
  /** refunded on this line so far; defaults to what this rule would have refunded for returnedQuantity */
  readonly refundedAmount?: Money;
}

export interface ReturnPayment {
  readonly paymentId: string;
  readonly tender: Tender;
  /** money value taken (for POINTS: the value of the points redeemed) */
  readonly amount: Money;
  readonly refunded: Money;
}

export interface ReturnRequestLine {
  readonly lineId: string;
  readonly quantity: number;
}

export type RefundDestination = "ORIGINAL" | "STORE_CREDIT";

export interface PlanReturnInput {
  readonly orderLines: readonly ReturnOrderLine[];
  /** in the order they were taken */
  readonly payments: readonly ReturnPayment[];
  readonly request: readonly ReturnRequestLine[];
  readonly refundTo: RefundDestination;
  /** points the order earned */
  readonly pointsEarned: number;
  /** points the order was paid with (the POINTS payments' points) */
  readonly pointsRedeemed: number;
  /** coupons the order used */
  readonly couponIds: readonly string[];
}

export interface RefundLine {
  readonly lineId: string;
  readonly quantity: number;
  readonly refundAmount: Money;
}

export interface RefundTender {
  readonly paymentId: string;
  readonly tender: Tender;
  /** how the money goes back: the original tender, STORE_CREDIT, or POINTS for a points payment */
  readonly refundAs: Tender;
  readonly amount: Money;
}

export interface ReturnPlan {
  readonly lines: readonly RefundLine[];
  readonly refundTotal: Money;
  readonly tenders: readonly RefundTender[];
  /** earned points to take back */
  readonly pointsToClawBack: number;
  /** redeemed points to give back */
  readonly pointsToRestore: number;
  /** only when this return completes a full return of the order */
  readonly couponIdsToRestore: readonly string[];
  readonly fullyReturned: boolean;
  readonly event: "RETURN_PARTIAL" | "RETURN_FULL";
}

export type PlanReturnResult = Result<
  ReturnPlan,
  DomainError<"RETURN_QUANTITY_EXCEEDS" | "REFUND_EXCEEDS_PAID" | "NOTHING_TO_RETURN" | "RETURN_LINE_NOT_FOUND">
>;

// Rule: refunding n of q units refunds floor(lineTotal × n / q) cumulatively, so the last unit gets the remainder
// and a full return refunds exactly the line total.
export function refundedForQuantity(lineTotal: Money, quantity: number, returnedQuantity: number): Money {
  if (returnedQuantity >= quantity) return lineTotal;
  return multiplyDivideRounded(lineTotal, returnedQuantity, quantity, "FLOOR");
}

function requestedQuantities(request: readonly ReturnRequestLine[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const { lineId, quantity } of request) {
    assertNonNegativeInteger(quantity, `return quantity of line ${lineId}`);
    merged.set(lineId, (merged.get(lineId) ?? 0) + quantity);
  }
  return merged;
}

function allocateToTenders(payments: readonly ReturnPayment[], refund: Money, refundTo: RefundDestination): RefundTender[] {
  const tenders: RefundTender[] = [];
  let left = refund;
  // Newest payment first: a points or voucher payment usually opens the sale, so money comes back before points.
  for (let i = payments.length - 1; i >= 0 && left > 0; i--) {
    const payment = payments[i] as ReturnPayment;
    const amount = Math.min(left, payment.amount - payment.refunded);
    if (amount <= 0) continue;
    const refundAs: Tender = payment.tender === "POINTS" ? "POINTS" : refundTo === "STORE_CREDIT" ? "STORE_CREDIT" : payment.tender;
    tenders.push({ paymentId: payment.paymentId, tender: payment.tender, refundAs, amount });
    left -= amount;
  }
  return tenders;
}

/**
 * Rule: a return refunds each line in proportion to its net paid (cumulatively, last unit takes the remainder),
 * spreads the refund over the payments newest first (points payments go back as points, everything else to the
 * original tender or to store credit), reverses earned points in proportion to the net refunded, gives back
 * redeemed points in proportion to the points payment refunded, and restores coupons only on a full return.
 */
export function planReturn(input: PlanReturnInput): PlanReturnResult {
  const requested = requestedQuantities(input.request);
  const linesById = new Map(input.orderLines.map((line) => [line.lineId, line]));
  for (const lineId of requested.keys()) {
    if (!linesById.has(lineId)) return domainError("RETURN_LINE_NOT_FOUND", `no line ${lineId} on the order`);
  }
  let orderNet = 0;
  let refundedNetBefore = 0;
  let refundTotal = 0;
  let fullyReturned = true;
  let anything = false;
  const lines: RefundLine[] = [];
  for (const line of input.orderLines) {
    assertNonNegativeInteger(line.lineTotal, `lineTotal of line ${line.lineId}`);
    const refundedBefore = line.refundedAmount ?? refundedForQuantity(line.lineTotal, line.quantity, line.returnedQuantity);
    orderNet += line.lineTotal;
    refundedNetBefore += refundedBefore;
    const quantity = requested.get(line.lineId) ?? 0;
    const returnable = line.quantity - line.returnedQuantity;
    if (quantity > returnable) {
      return domainError("RETURN_QUANTITY_EXCEEDS", `line ${line.lineId}: ${quantity} requested, ${returnable} returnable`);
    }
    if (quantity < returnable) fullyReturned = false;
    if (quantity === 0) continue;
    anything = true;
    const target = refundedForQuantity(line.lineTotal, line.quantity, line.returnedQuantity + quantity);
    const refundAmount = Math.max(0, Math.min(target, line.lineTotal) - refundedBefore);
    refundTotal += refundAmount;
    lines.push({ lineId: line.lineId, quantity, refundAmount });
  }
  if (!anything) return domainError("NOTHING_TO_RETURN", "choose at least one unit to return");
  let refundable = 0;
  let pointsPaid = 0;
  let pointsRefundedBefore = 0;
  for (const payment of input.payments) {
    assertNonNegativeInteger(payment.amount, `amount of payment ${payment.paymentId}`);
    assertNonNegativeInteger(payment.refunded, `refunded of payment ${payment.paymentId}`);
    if (payment.refunded > payment.amount) throw new RangeError(`payment ${payment.paymentId} refunded more than paid`);
    refundable += payment.amount - payment.refunded;
    if (payment.tender === "POINTS") {
      pointsPaid += payment.amount;
      pointsRefundedBefore += payment.refunded;
    }
  }
  if (refundTotal > refundable) {
    return domainError("REFUND_EXCEEDS_PAID", `refund ${formatMoney(refundTotal)} exceeds the ${formatMoney(refundable)} still refundable`);
  }
  const tenders = allocateToTenders(input.payments, refundTotal, input.refundTo);
  let pointsRefundNow = 0;
  for (const tender of tenders) if (tender.tender === "POINTS") pointsRefundNow += tender.amount;
  return {
    ok: true,
    lines,
    refundTotal,
    tenders,
    pointsToClawBack: earnedPointsToReverse({
      earnedPoints: input.pointsEarned,
      orderNetAmount: orderNet,
      refundedNetBefore,
      refundNetAmount: refundTotal,
    }),
    pointsToRestore: cumulativeShare(input.pointsRedeemed, pointsPaid, pointsRefundedBefore, pointsRefundNow),
    couponIdsToRestore: fullyReturned ? input.couponIds : [],
    fullyReturned,
    event: fullyReturned ? "RETURN_FULL" : "RETURN_PARTIAL",
  };
}
