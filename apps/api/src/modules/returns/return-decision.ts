// What a return decides before it writes: the domain plan, the order's next status, input checks, the audit record.
import { planReturn, type ReturnPlan, transition } from "@o2o/domain";
import { badInput } from "../../errors/api-errors.ts";
import type { RefundMethod } from "../../generated/prisma/enums.ts";
import { fromTransitionRefusal, ReturnRejected, returnFailure } from "./return-failure.ts";
import { notReturnable, planInput, type ReturnSnapshot } from "./return-snapshot.ts";
import type { AppliedReturn } from "./return.writer.ts";

export type ReturnGoods = { orderLineId: string; quantity: number; restock: boolean };

/** The domain's decision for a return of these goods, or ReturnRejected with its reason. */
export function decide(
  order: ReturnSnapshot,
  goods: { orderLineId: string; quantity: number }[],
  refundTo: RefundMethod,
  countRequested = false,
) {
  const refusal = notReturnable(order);
  if (refusal) throw new ReturnRejected(refusal);
  const plan = planReturn(planInput(order, goods, refundTo, countRequested));
  if (!plan.ok) throw new ReturnRejected(returnFailure(plan.code, plan.message, offendingLine(order, goods, countRequested)));
  const moved = transition({ type: order.type, status: order.status }, plan.event);
  if (!moved.ok) throw new ReturnRejected(fromTransitionRefusal(moved));
  if (!order.memberId && plan.tenders.some((t) => t.refundAs === "STORE_CREDIT")) {
    throw new ReturnRejected(
      returnFailure("STORE_CREDIT_NEEDS_MEMBER", "Store credit can only be given to a member; refund to the original tender."),
    );
  }
  return { plan, newStatus: moved.status };
}

/** The first requested line that is not on the order or asks for more than is left, for the error's orderLineId. */
function offendingLine(order: ReturnSnapshot, goods: { orderLineId: string; quantity: number }[], countRequested: boolean): string | null {
  const lines = new Map(order.lines.map((l) => [l.id, l]));
  const bad = goods.find((g) => {
    const line = lines.get(g.orderLineId);
    return !line || g.quantity > line.quantity - line.returnedQuantity - (countRequested ? line.requested : 0);
  });
  return bad?.orderLineId ?? null;
}

export const lineRefund = (plan: ReturnPlan, orderLineId: string) => plan.lines.find((l) => l.lineId === orderLineId)?.refundAmount ?? 0;

export const notPending = (status: string) =>
  returnFailure("RETURN_NOT_PENDING", `The return is ${status}; only a REQUESTED return can be approved or rejected.`);

export function assertDistinctLines(lines: { orderLineId: string }[]): void {
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    if (seen.has(l.orderLineId))
      throw badInput("Give each order line once.", [{ field: `lines.${i}.orderLineId`, message: "duplicate order line" }]);
    seen.add(l.orderLineId);
  }
}

export function returnAudit(
  action: string,
  order: ReturnSnapshot,
  storeId: string,
  r: {
    id: string;
    number: string;
    refundTo: RefundMethod;
    goods: ReturnGoods[];
    plan: ReturnPlan;
    newStatus: string;
    applied: AppliedReturn;
  },
) {
  const returned = new Map(r.goods.map((g) => [g.orderLineId, g.quantity]));
  return {
    action,
    entityType: "OrderReturn",
    entityId: r.id,
    storeId,
    before: {
      orderId: order.id,
      status: order.status,
      refundedTotal: order.refundedTotal,
      returnedQuantities: Object.fromEntries(order.lines.filter((l) => returned.has(l.id)).map((l) => [l.id, l.returnedQuantity])),
    },
    after: {
      orderId: order.id,
      status: r.newStatus,
      refundedTotal: r.applied.refundedTotal,
      returnedQuantities: Object.fromEntries(
        order.lines.filter((l) => returned.has(l.id)).map((l) => [l.id, l.returnedQuantity + (returned.get(l.id) ?? 0)]),
      ),
      return: { number: r.number, refundTo: r.refundTo, refundTotal: r.plan.refundTotal, goods: r.goods, tenders: r.plan.tenders },
      points: {
        restored: r.applied.pointsRestored,
        reversed: r.plan.pointsToClawBack,
        clawedBack: r.applied.pointsClawedBack,
        shortfall: r.applied.pointsShortfall,
      },
      couponsRestored: r.applied.couponsRestored,
    },
  };
}
