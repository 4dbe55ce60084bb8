import type { DomainError, OrderStateErrorCode } from "@o2o/domain";
import { ReturnError } from "./returns.types.ts";

/** Every reason a return is refused as a value (nothing changed). */
export type ReturnFailureCode =
  | "RETURN_QUANTITY_EXCEEDS"
  | "REFUND_EXCEEDS_PAID"
  | "NOTHING_TO_RETURN"
  | "RETURN_LINE_NOT_FOUND"
  | "ORDER_NOT_RETURNABLE"
  | "RETURN_WINDOW_CLOSED"
  | "STORE_CREDIT_NEEDS_MEMBER"
  | "RETURN_NOT_PENDING";

export type ReturnFailure = { ok: false; code: ReturnFailureCode; message: string; orderLineId?: string | null };

export const returnFailure = (code: ReturnFailureCode, message: string, orderLineId: string | null = null): ReturnFailure => ({
  ok: false,
  code,
  message,
  orderLineId,
});

/** Thrown inside a return's transaction to roll it back with a business failure (a conditional update found nothing). */
export class ReturnRejected extends Error {
  constructor(readonly failure: ReturnFailure) {
    super(failure.message);
  }
}

/** The order state machine's refusal of a return event, as a return failure. */
export function fromTransitionRefusal(refusal: DomainError<OrderStateErrorCode>): ReturnFailure {
  switch (refusal.code) {
    case "RETURN_WINDOW_CLOSED":
      return returnFailure("RETURN_WINDOW_CLOSED", refusal.message);
    case "INVALID_TRANSITION":
    case "ORDER_ALREADY_SHIPPED":
    case "ORDER_ALREADY_COMPLETED":
    case "ORDER_NOT_FULLY_PAID":
      return returnFailure("ORDER_NOT_RETURNABLE", refusal.message);
    default: {
      const unhandled: never = refusal.code;
      throw new Error(`unmapped order state refusal ${String(unhandled)}`);
    }
  }
}

export function toReturnError(f: ReturnFailure): ReturnError {
  return Object.assign(new ReturnError(), { code: f.code, message: f.message, orderLineId: f.orderLineId ?? null });
}
