import { eventsFrom, lookUpTransition, type RefusalRow, type TransitionResult, type TransitionRow } from "./transition-table.ts";

/** A store's work on a delivery or pickup order, tracked apart from the order's own status. */
export const FULFILMENT_STATUSES = [
  "PENDING",
  "PICKING",
  "PACKED",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "DELIVERY_FAILED",
  "READY_FOR_PICKUP",
  "COLLECTED",
  "CANCELLED",
] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

export const FULFILMENT_EVENTS = [
  "START_PICKING",
  "PACK",
  "DISPATCH",
  "DELIVER",
  "FAIL_DELIVERY",
  "RETRY_DELIVERY",
  "MARK_READY",
  "COLLECT",
  "CANCEL",
] as const;
export type FulfilmentEvent = (typeof FULFILMENT_EVENTS)[number];

export type FulfilmentType = "DELIVERY" | "PICKUP";

const PICK_AND_PACK: TransitionRow<FulfilmentStatus, FulfilmentEvent>[] = [
  { from: ["PENDING"], event: "START_PICKING", to: "PICKING" },
  { from: ["PICKING"], event: "PACK", to: "PACKED" },
];

export const FULFILMENT_TRANSITIONS: Readonly<Record<FulfilmentType, readonly TransitionRow<FulfilmentStatus, FulfilmentEvent>[]>> = {
  DELIVERY: [
    ...PICK_AND_PACK,
    { from: ["PACKED"], event: "DISPATCH", to: "OUT_FOR_DELIVERY" },
    { from: ["OUT_FOR_DELIVERY"], event: "DELIVER", to: "DELIVERED" },
    { from: ["OUT_FOR_DELIVERY"], event: "FAIL_DELIVERY", to: "DELIVERY_FAILED" },
    { from: ["DELIVERY_FAILED"], event: "RETRY_DELIVERY", to: "OUT_FOR_DELIVERY" },
    { from: ["PENDING", "PICKING", "PACKED", "DELIVERY_FAILED"], event: "CANCEL", to: "CANCELLED" },
  ],
  PICKUP: [
    ...PICK_AND_PACK,
    { from: ["PACKED"], event: "MARK_READY", to: "READY_FOR_PICKUP" },
    { from: ["READY_FOR_PICKUP"], event: "COLLECT", to: "COLLECTED" },
    { from: ["PENDING", "PICKING", "PACKED", "READY_FOR_PICKUP"], event: "CANCEL", to: "CANCELLED" },
  ],
};

const FULFILMENT_REFUSALS: Readonly<Record<FulfilmentType, readonly RefusalRow<FulfilmentStatus, FulfilmentEvent>[]>> = {
  DELIVERY: [
    {
      from: ["OUT_FOR_DELIVERY", "DELIVERED"],
      event: "CANCEL",
      code: "ORDER_ALREADY_SHIPPED",
      message: "the parcel has left the store",
    },
  ],
  PICKUP: [],
};

// Rule: a fulfilment moves only along its type's table (pick, pack, then dispatch/deliver or ready/collect).
export function transitionFulfilment(
  type: FulfilmentType,
  status: FulfilmentStatus,
  event: FulfilmentEvent,
): TransitionResult<FulfilmentStatus> {
  return lookUpTransition(FULFILMENT_TRANSITIONS[type], FULFILMENT_REFUSALS[type], status, event);
}

// Rule: the events a fulfilment accepts in its status.
export function allowedFulfilmentEvents(type: FulfilmentType, status: FulfilmentStatus): FulfilmentEvent[] {
  return eventsFrom(FULFILMENT_TRANSITIONS[type], status);
}
