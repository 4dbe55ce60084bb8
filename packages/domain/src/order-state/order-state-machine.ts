import { domainError } from "../errors.ts";
import type { Money } from "../money/money.ts";
import { eventsFrom, lookUpTransition, type RefusalRow, type TransitionResult, type TransitionRow } from "./transition-table.ts";

export const ORDER_TYPES = ["POS_SALE", "DELIVERY", "PICKUP"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const ORDER_STATUSES = [
  "PENDING_PAYMENT",
  "PAID",
  "PROCESSING",
  "SHIPPED",
  "DELIVERED",
  "READY_FOR_PICKUP",
  "COMPLETED",
  "CANCELLED",
  "PARTIALLY_RETURNED",
  "RETURNED",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_EVENTS = [
  "PAY",
  "START_PROCESSING",
  "SHIP",
  "DELIVER",
  "MARK_READY",
  "COLLECT",
  "COMPLETE",
  "CANCEL",
  "RETURN_PARTIAL",
  "RETURN_FULL",
] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

const RETURNABLE_AFTER_COMPLETION: readonly OrderStatus[] = ["COMPLETED", "PARTIALLY_RETURNED"];

const RETURN_ROWS = (from: readonly OrderStatus[]): TransitionRow<OrderStatus, OrderEvent>[] => [
  { from, event: "RETURN_PARTIAL", to: "PARTIALLY_RETURNED" },
  { from, event: "RETURN_FULL", to: "RETURNED" },
];

/** The order lifecycle per order type. A POS sale is completed the moment it is paid. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderType, readonly TransitionRow<OrderStatus, OrderEvent>[]>> = {
  POS_SALE: [
    { from: ["PENDING_PAYMENT"], event: "PAY", to: "COMPLETED" },
    { from: ["PENDING_PAYMENT"], event: "CANCEL", to: "CANCELLED" },
    ...RETURN_ROWS(RETURNABLE_AFTER_COMPLETION),
  ],
  DELIVERY: [
    { from: ["PENDING_PAYMENT"], event: "PAY", to: "PAID" },
    { from: ["PAID"], event: "START_PROCESSING", to: "PROCESSING" },
    { from: ["PROCESSING"], event: "SHIP", to: "SHIPPED" },
    { from: ["SHIPPED"], event: "DELIVER", to: "DELIVERED" },
    { from: ["DELIVERED"], event: "COMPLETE", to: "COMPLETED" },
    { from: ["PENDING_PAYMENT", "PAID", "PROCESSING"], event: "CANCEL", to: "CANCELLED" },
    ...RETURN_ROWS(["DELIVERED", ...RETURNABLE_AFTER_COMPLETION]),
  ],
  PICKUP: [
    { from: ["PENDING_PAYMENT"], event: "PAY", to: "PAID" },
    { from: ["PAID"], event: "START_PROCESSING", to: "PROCESSING" },
    { from: ["PAID", "PROCESSING"], event: "MARK_READY", to: "READY_FOR_PICKUP" },
    { from: ["READY_FOR_PICKUP"], event: "COLLECT", to: "COMPLETED" },
    { from: ["PENDING_PAYMENT", "PAID", "PROCESSING", "READY_FOR_PICKUP"], event: "CANCEL", to: "CANCELLED" },
    ...RETURN_ROWS(RETURNABLE_AFTER_COMPLETION),
  ],
};

const CANCEL_AFTER_COMPLETION: RefusalRow<OrderStatus, OrderEvent> = {
  from: ["COMPLETED", "PARTIALLY_RETURNED", "RETURNED"],
  event: "CANCEL",
  code: "ORDER_ALREADY_COMPLETED",
  message: "a completed order cannot be cancelled; return it instead",
};

/** Moves refused with a specific reason code. */
export const ORDER_REFUSALS: Readonly<Record<OrderType, readonly RefusalRow<OrderStatus, OrderEvent>[]>> = {
  POS_SALE: [CANCEL_AFTER_COMPLETION],
  DELIVERY: [
    {
      from: ["SHIPPED", "DELIVERED"],
      event: "CANCEL",
      code: "ORDER_ALREADY_SHIPPED",
      message: "the order has shipped; return it instead of cancelling",
    },
    CANCEL_AFTER_COMPLETION,
  ],
  PICKUP: [CANCEL_AFTER_COMPLETION],
};

/** Facts the guards look at; a fact left out is not checked. */
export interface OrderGuardFacts {
  readonly paidAmount?: Money;
  readonly totalAmount?: Money;
  readonly returnWindowEndsAt?: Date | null;
  readonly at?: Date;
}

export interface OrderState extends OrderGuardFacts {
  readonly type: OrderType;
  readonly status: OrderStatus;
}

// Rule: PAY needs the order paid in full; returns need the return window (end exclusive) still open.
function guardFailure(state: OrderState, event: OrderEvent): TransitionResult<OrderStatus> | null {
  if (event === "PAY" && state.paidAmount !== undefined && state.totalAmount !== undefined) {
    if (state.paidAmount < state.totalAmount) {
      return domainError("ORDER_NOT_FULLY_PAID", "the order is not fully paid yet");
    }
  }
  if ((event === "RETURN_PARTIAL" || event === "RETURN_FULL") && state.returnWindowEndsAt != null) {
    if (state.at !== undefined && state.at.getTime() >= state.returnWindowEndsAt.getTime()) {
      return domainError("RETURN_WINDOW_CLOSED", "the return window for this order has closed");
    }
  }
  return null;
}

// Rule: an order moves only along its type's transition table, and only when the event's guard passes.
export function transition(state: OrderState, event: OrderEvent): TransitionResult<OrderStatus> {
  const result = lookUpTransition(ORDER_TRANSITIONS[state.type], ORDER_REFUSALS[state.type], state.status, event);
  if (!result.ok) return result;
  return guardFailure(state, event) ?? result;
}

// Rule: the events an order accepts in its status (before guards), for showing the right actions.
export function allowedOrderEvents(type: OrderType, status: OrderStatus): OrderEvent[] {
  return eventsFrom(ORDER_TRANSITIONS[type], status);
}

// Rule: a status with no way out is terminal for that order type.
export function isTerminalOrderStatus(type: OrderType, status: OrderStatus): boolean {
  return allowedOrderEvents(type, status).length === 0;
}
