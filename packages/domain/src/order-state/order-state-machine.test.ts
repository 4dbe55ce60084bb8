import { describe, expect, it } from "vitest";
import {
  allowedOrderEvents,
  isTerminalOrderStatus,
  ORDER_EVENTS,
  ORDER_STATUSES,
  ORDER_TYPES,
  type OrderEvent,
  type OrderStatus,
  type OrderType,
  transition,
} from "./order-state-machine.ts";
import { allowedFulfilmentEvents, transitionFulfilment } from "./fulfilment-state-machine.ts";

// The full expected table: every allowed move per order type. Anything not listed must be refused.
const ALLOWED: Record<OrderType, [OrderStatus, OrderEvent, OrderStatus][]> = {
  POS_SALE: [
    ["PENDING_PAYMENT", "PAY", "COMPLETED"],
    ["PENDING_PAYMENT", "CANCEL", "CANCELLED"],
    ["COMPLETED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["COMPLETED", "RETURN_FULL", "RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_FULL", "RETURNED"],
  ],
  DELIVERY: [
    ["PENDING_PAYMENT", "PAY", "PAID"],
    ["PENDING_PAYMENT", "CANCEL", "CANCELLED"],
    ["PAID", "START_PROCESSING", "PROCESSING"],
    ["PAID", "CANCEL", "CANCELLED"],
    ["PROCESSING", "SHIP", "SHIPPED"],
    ["PROCESSING", "CANCEL", "CANCELLED"],
    ["SHIPPED", "DELIVER", "DELIVERED"],
    ["DELIVERED", "COMPLETE", "COMPLETED"],
    ["DELIVERED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["DELIVERED", "RETURN_FULL", "RETURNED"],
    ["COMPLETED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["COMPLETED", "RETURN_FULL", "RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_FULL", "RETURNED"],
  ],
  PICKUP: [
    ["PENDING_PAYMENT", "PAY", "PAID"],
    ["PENDING_PAYMENT", "CANCEL", "CANCELLED"],
    ["PAID", "START_PROCESSING", "PROCESSING"],
    ["PAID", "MARK_READY", "READY_FOR_PICKUP"],
    ["PAID", "CANCEL", "CANCELLED"],
    ["PROCESSING", "MARK_READY", "READY_FOR_PICKUP"],
    ["PROCESSING", "CANCEL", "CANCELLED"],
    ["READY_FOR_PICKUP", "COLLECT", "COMPLETED"],
    ["READY_FOR_PICKUP", "CANCEL", "CANCELLED"],
    ["COMPLETED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["COMPLETED", "RETURN_FULL", "RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_PARTIAL", "PARTIALLY_RETURNED"],
    ["PARTIALLY_RETURNED", "RETURN_FULL", "RETURNED"],
  ],
};

const SPECIFIC_REFUSALS: [OrderType, OrderStatus, OrderEvent, string][] = [
  ["DELIVERY", "SHIPPED", "CANCEL", "ORDER_ALREADY_SHIPPED"],
  ["DELIVERY", "DELIVERED", "CANCEL", "ORDER_ALREADY_SHIPPED"],
  ...ORDER_TYPES.flatMap((type) =>
    (["COMPLETED", "PARTIALLY_RETURNED", "RETURNED"] as const).map((status): [OrderType, OrderStatus, OrderEvent, string] => [
      type,
      status,
      "CANCEL",
      "ORDER_ALREADY_COMPLETED",
    ]),
  ),
];

const everyMove = ORDER_TYPES.flatMap((type) =>
  ORDER_STATUSES.flatMap((status) => ORDER_EVENTS.map((event) => [type, status, event] as const)),
);

describe("order transitions", () => {
  it.each(everyMove)("%s: %s + %s", (type, status, event) => {
    const allowed = ALLOWED[type].find(([from, on]) => from === status && on === event);
    const refusal = SPECIFIC_REFUSALS.find(([t, from, on]) => t === type && from === status && on === event);
    const result = transition({ type, status }, event);
    if (allowed !== undefined) expect(result).toEqual({ ok: true, status: allowed[2] });
    else expect(result).toMatchObject({ ok: false, code: refusal?.[3] ?? "INVALID_TRANSITION" });
  });

  it.each<[OrderType, OrderStatus, boolean]>([
    ["POS_SALE", "RETURNED", true],
    ["POS_SALE", "CANCELLED", true],
    ["DELIVERY", "SHIPPED", false],
    ["PICKUP", "COMPLETED", false],
  ])("%s %s terminal: %j", (type, status, terminal) => {
    expect(isTerminalOrderStatus(type, status)).toBe(terminal);
  });

  it("lists the events a status accepts", () => {
    expect(allowedOrderEvents("PICKUP", "PAID")).toEqual(["START_PROCESSING", "MARK_READY", "CANCEL"]);
  });
});

describe("order guards", () => {
  const at = new Date("2025-06-11T00:00:00Z");
  it.each<[string, Parameters<typeof transition>[0], OrderEvent, object]>([
    [
      "paid in full",
      { type: "POS_SALE", status: "PENDING_PAYMENT", paidAmount: 1000, totalAmount: 1000 },
      "PAY",
      { ok: true, status: "COMPLETED" },
    ],
    [
      "1分 short",
      { type: "POS_SALE", status: "PENDING_PAYMENT", paidAmount: 999, totalAmount: 1000 },
      "PAY",
      { ok: false, code: "ORDER_NOT_FULLY_PAID" },
    ],
    [
      "return window open",
      { type: "POS_SALE", status: "COMPLETED", returnWindowEndsAt: new Date(at.getTime() + 1), at },
      "RETURN_FULL",
      { ok: true },
    ],
    [
      "return window closes exactly now",
      { type: "POS_SALE", status: "COMPLETED", returnWindowEndsAt: at, at },
      "RETURN_PARTIAL",
      { ok: false, code: "RETURN_WINDOW_CLOSED" },
    ],
    [
      "invalid move beats the guard",
      { type: "POS_SALE", status: "CANCELLED", paidAmount: 0, totalAmount: 1 },
      "PAY",
      { ok: false, code: "INVALID_TRANSITION" },
    ],
  ])("%s", (_name, state, event, expected) => {
    expect(transition(state, event)).toMatchObject(expected);
  });
});

describe("fulfilment transitions", () => {
  it.each([
    ["DELIVERY", "PENDING", "START_PICKING", { ok: true, status: "PICKING" }],
    ["DELIVERY", "PACKED", "DISPATCH", { ok: true, status: "OUT_FOR_DELIVERY" }],
    ["DELIVERY", "OUT_FOR_DELIVERY", "FAIL_DELIVERY", { ok: true, status: "DELIVERY_FAILED" }],
    ["DELIVERY", "DELIVERY_FAILED", "RETRY_DELIVERY", { ok: true, status: "OUT_FOR_DELIVERY" }],
    ["DELIVERY", "OUT_FOR_DELIVERY", "CANCEL", { ok: false, code: "ORDER_ALREADY_SHIPPED" }],
    ["DELIVERY", "PACKED", "MARK_READY", { ok: false, code: "INVALID_TRANSITION" }],
    ["PICKUP", "PACKED", "MARK_READY", { ok: true, status: "READY_FOR_PICKUP" }],
    ["PICKUP", "READY_FOR_PICKUP", "COLLECT", { ok: true, status: "COLLECTED" }],
    ["PICKUP", "COLLECTED", "CANCEL", { ok: false, code: "INVALID_TRANSITION" }],
  ] as const)("%s: %s + %s", (type, status, event, expected) => {
    expect(transitionFulfilment(type, status, event)).toMatchObject(expected);
  });

  it("lists the events a fulfilment status accepts", () => {
    expect(allowedFulfilmentEvents("DELIVERY", "PENDING")).toEqual(["START_PICKING", "CANCEL"]);
  });
});
