import type { AdminOrderQuery } from "@o2o/schema";
import { describe, expect, it } from "vitest";
import { orderTimeline } from "./order-timeline";

const order = {
  number: "SO1",
  placedAt: "2026-11-24T01:00:00.000Z",
  cancelledAt: null,
  payments: [
    { tender: "WALLET", amount: 1000, status: "SUCCEEDED", paidAt: "2026-11-24T01:01:00.000Z", createdAt: "2026-11-24T01:00:30.000Z" },
  ],
  fulfilments: [
    {
      shippedAt: "2026-11-24T03:00:00.000Z",
      carrier: "顺丰",
      trackingNumber: "SF1",
      deliveredAt: null,
      readyAt: null,
      collectedAt: null,
      events: [],
    },
  ],
} as unknown as AdminOrderQuery["order"];

describe("order timeline", () => {
  it("puts payments, fulfilment, returns and audit entries in time order", () => {
    const returns = [
      { number: "RT1", refundTotal: 500, status: "COMPLETED", createdAt: "2026-11-24T04:00:00.000Z" },
    ] as unknown as AdminOrderQuery["orderReturns"];
    const audit = [
      { id: "a", action: "order.ship", actorName: "刘洋", actorType: "STAFF" as const, createdAt: "2026-11-24T03:00:01.000Z" },
    ];
    const events = orderTimeline(order, returns, audit);
    expect(events.map((e) => e.key)).toEqual(["timeline.placed", "timeline.paid", "timeline.shipped", "timeline.audit", "timeline.return"]);
    expect(events[2]?.vars).toEqual({ carrier: "顺丰", tracking: "SF1" });
  });
});
