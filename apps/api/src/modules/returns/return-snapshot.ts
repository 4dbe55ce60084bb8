import {
  type OrderStatus,
  type OrderType,
  type PlanReturnInput,
  type RefundDestination,
  type ReturnPayment,
  type Tender,
  transition,
} from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import { fromTransitionRefusal, type ReturnFailure, returnFailure } from "./return-failure.ts";

export type SnapshotLine = {
  id: string;
  variantId: string;
  quantity: number;
  returnedQuantity: number;
  total: number;
  /** Refunded by completed returns so far (null when no return line records it). */
  refunded: number | null;
  /** Units in returns that members requested and staff have not decided yet. */
  requested: number;
};

export type SnapshotPayment = {
  id: string;
  tender: Tender;
  amount: number;
  refundedAmount: number;
  provider: string;
  providerReference: string | null;
};

/** What a return needs to know about its order, read under the order's row lock. */
export type ReturnSnapshot = {
  id: string;
  merchantId: string;
  number: string;
  type: OrderType;
  status: OrderStatus;
  storeId: string | null;
  memberId: string | null;
  training: boolean;
  total: number;
  paidTotal: number;
  refundedTotal: number;
  pointsEarned: number;
  pointsRedeemed: number;
  lines: SnapshotLine[];
  /** Oldest first, as planReturn wants them. */
  payments: SnapshotPayment[];
  couponIds: string[];
};

// A till sale records all its tenders at one instant, so time alone cannot order them. Ties are broken by tender: points
// and vouchers open a sale (refunded last, as the domain expects), cash settles what is left, electronic tenders
// (card, wallets) count as the newest and are refunded first, which keeps the drawer whole and the refund traceable.
const TENDER_RANK: Record<Tender, number> = { POINTS: 0, VOUCHER: 1, STORE_CREDIT: 2, CASH: 3, CARD: 4, ALIPAY: 5, WECHAT_PAY: 6 };

/**
 * Locks the order row (so returns of one order run one after another and every plan sees the refunds before it) and
 * reads lines, taken payments, redeemed coupons and earlier returns. Null when the merchant has no such order.
 */
export async function loadReturnSnapshot(tx: Tx, merchantId: string, orderId: string): Promise<ReturnSnapshot | null> {
  const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "Order" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
    orderId,
    merchantId,
  );
  if (locked.length === 0) return null;
  // One query after another (no nested includes): a transaction is one connection.
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const lines = await tx.orderLine.findMany({ where: { orderId }, orderBy: { id: "asc" } });
  const payments = await tx.payment.findMany({ where: { orderId } });
  const coupons = await tx.coupon.findMany({ where: { orderId, status: "REDEEMED" }, select: { id: true } });
  const completed = await tx.returnLine.groupBy({
    by: ["orderLineId"],
    where: { return: { orderId, status: "COMPLETED" } },
    _sum: { amount: true },
  });
  const pending = await tx.returnLine.groupBy({
    by: ["orderLineId"],
    where: { return: { orderId, status: { in: ["REQUESTED", "APPROVED"] } } },
    _sum: { quantity: true },
  });
  const refunded = new Map(completed.map((g) => [g.orderLineId, g._sum.amount ?? 0]));
  const requested = new Map(pending.map((g) => [g.orderLineId, g._sum.quantity ?? 0]));
  const taken = payments
    .filter((p) => p.paidAt !== null && p.status !== "FAILED" && p.status !== "CANCELLED")
    .sort(
      (a, b) =>
        (a.paidAt as Date).getTime() - (b.paidAt as Date).getTime() ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        TENDER_RANK[a.tender] - TENDER_RANK[b.tender],
    );
  return {
    id: order.id,
    merchantId: order.merchantId,
    number: order.number,
    type: order.type,
    status: order.status,
    storeId: order.storeId,
    memberId: order.memberId,
    training: order.training,
    total: order.total,
    paidTotal: order.paidTotal,
    refundedTotal: order.refundedTotal,
    pointsEarned: order.pointsEarned,
    pointsRedeemed: order.pointsRedeemed,
    lines: lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      quantity: l.quantity,
      returnedQuantity: l.returnedQuantity,
      total: l.total,
      refunded: refunded.has(l.id) ? (refunded.get(l.id) ?? 0) : null,
      requested: requested.get(l.id) ?? 0,
    })),
    payments: taken.map((p) => ({
      id: p.id,
      tender: p.tender,
      amount: p.amount,
      refundedAmount: p.refundedAmount,
      provider: p.provider,
      providerReference: p.providerReference,
    })),
    couponIds: coupons.map((c) => c.id),
  };
}

/**
 * The domain's view of the order. `countRequested` treats units in undecided member requests as returned, so a second
 * request cannot ask for them again (approving a request plans without it).
 */
export function planInput(
  s: ReturnSnapshot,
  request: { orderLineId: string; quantity: number }[],
  refundTo: RefundDestination,
  countRequested = false,
): PlanReturnInput {
  const payments: ReturnPayment[] = s.payments.map((p) => ({
    paymentId: p.id,
    tender: p.tender,
    amount: p.amount,
    refunded: p.refundedAmount,
  }));
  return {
    orderLines: s.lines.map((l) => ({
      lineId: l.id,
      quantity: l.quantity,
      returnedQuantity: Math.min(l.quantity, l.returnedQuantity + (countRequested ? l.requested : 0)),
      lineTotal: l.total,
      ...(l.refunded !== null && !countRequested ? { refundedAmount: l.refunded } : {}),
    })),
    payments,
    request: request.map((r) => ({ lineId: r.orderLineId, quantity: r.quantity })),
    refundTo,
    pointsEarned: s.pointsEarned,
    pointsRedeemed: s.pointsRedeemed,
    couponIds: s.couponIds,
  };
}

/** Why an order cannot be returned at all, or null: training sales, and statuses the order state machine refuses. */
export function notReturnable(s: ReturnSnapshot): ReturnFailure | null {
  if (s.training) return returnFailure("ORDER_NOT_RETURNABLE", "Training sales cannot be returned.");
  const moved = transition({ type: s.type, status: s.status }, "RETURN_PARTIAL");
  if (!moved.ok) return fromTransitionRefusal({ ...moved, message: `Order ${s.number} is ${s.status}: ${moved.message}.` });
  return null;
}
