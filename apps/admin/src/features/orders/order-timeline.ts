import type { AdminEntityAuditQuery, AdminOrderQuery } from "@o2o/schema";

export type TimelineEvent = {
  at: string;
  kind: "order" | "payment" | "fulfilment" | "return" | "audit";
  key: string;
  vars: Record<string, string | number>;
};

type Order = AdminOrderQuery["order"];
type Returns = AdminOrderQuery["orderReturns"];
type Audit = AdminEntityAuditQuery["auditLogs"]["edges"][number]["node"][];

/** Everything that happened to an order, oldest first: placed, paid, fulfilment steps, returns and audit entries. */
export function orderTimeline(order: Order, returns: Returns, audit: Audit): TimelineEvent[] {
  const events: TimelineEvent[] = [{ at: order.placedAt, kind: "order", key: "timeline.placed", vars: { number: order.number } }];
  for (const p of order.payments) {
    events.push({
      at: p.paidAt ?? p.createdAt,
      kind: "payment",
      key: p.status === "SUCCEEDED" ? "timeline.paid" : "timeline.payment",
      vars: { tender: p.tender, amount: p.amount, status: p.status },
    });
  }
  for (const f of order.fulfilments) {
    if (f.shippedAt)
      events.push({
        at: f.shippedAt,
        kind: "fulfilment",
        key: "timeline.shipped",
        vars: { carrier: f.carrier ?? "", tracking: f.trackingNumber ?? "" },
      });
    if (f.deliveredAt) events.push({ at: f.deliveredAt, kind: "fulfilment", key: "timeline.delivered", vars: {} });
    if (f.readyAt) events.push({ at: f.readyAt, kind: "fulfilment", key: "timeline.ready", vars: {} });
    if (f.collectedAt) events.push({ at: f.collectedAt, kind: "fulfilment", key: "timeline.collected", vars: {} });
    for (const e of f.events)
      events.push({
        at: e.occurredAt,
        kind: "fulfilment",
        key: "timeline.tracking",
        vars: { status: e.status, description: e.description },
      });
  }
  for (const r of returns) {
    events.push({
      at: r.createdAt,
      kind: "return",
      key: "timeline.return",
      vars: { number: r.number, amount: r.refundTotal, status: r.status },
    });
  }
  if (order.cancelledAt) events.push({ at: order.cancelledAt, kind: "order", key: "timeline.cancelled", vars: {} });
  for (const a of audit)
    events.push({ at: a.createdAt, kind: "audit", key: "timeline.audit", vars: { action: a.action, actor: a.actorName ?? a.actorType } });
  return events.sort((x, y) => x.at.localeCompare(y.at));
}
