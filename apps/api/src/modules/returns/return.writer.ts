import { clawBackPoints, type OrderStatus, type ReturnPlan, type Tender } from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import { ReturnRejected, returnFailure } from "./return-failure.ts";
import type { ReturnSnapshot } from "./return-snapshot.ts";
import { takeBackStock } from "./return-stock.ts";

const REFUND_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "orderId", type: "text" },
  { name: "paymentId", type: "text" },
  { name: "returnId", type: "text" },
  { name: "tender", type: "text", cast: '"Tender"' },
  { name: "amount", type: "int" },
  { name: "status", type: "text", cast: '"RefundStatus"' },
  { name: "providerReference", type: "text" },
  { name: "createdAt", type: "timestamptz" },
];

/** Tenders refunded by an outside provider after commit; every other refund is settled in the transaction. */
export const EXTERNAL_REFUND_TENDERS: ReadonlySet<Tender> = new Set<Tender>(["WECHAT_PAY", "ALIPAY"]);

export type ReturnApplication = {
  snapshot: ReturnSnapshot;
  plan: ReturnPlan;
  newStatus: OrderStatus;
  returnId: string;
  returnNumber: string;
  goods: { orderLineId: string; quantity: number; restock: boolean }[];
  locationId: string;
  actorId: string | null;
  cardReference: string | null;
  pointsValidityDays: number;
  at: Date;
};

export type AppliedReturn = {
  /** Wallet refunds recorded PENDING, to be sent to the provider after commit. */
  pendingRefundIds: string[];
  pointsRestored: number;
  pointsClawedBack: number;
  pointsShortfall: number;
  couponsRestored: number;
  refundedTotal: number;
};

/**
 * Applies a planned return inside the caller's transaction, every balance with a conditional update: returned
 * quantities, stock, refunds and payments, coupons, the member's points and store credit, the order's status and
 * refunded total; then the outbox events. Throws ReturnRejected when a condition fails (the transaction rolls back).
 */
export async function applyReturn(tx: Tx, a: ReturnApplication): Promise<AppliedReturn> {
  const { snapshot: order, plan, at } = a;
  const events: OutboxMessage[] = [];
  const iso = at.toISOString();

  // 1. Returned quantities: never more than sold, whatever runs at the same time.
  const taken = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "OrderLine" l SET "returnedQuantity" = l."returnedQuantity" + x.q
       FROM unnest($2::text[], $3::int[]) AS x(id, q)
      WHERE l.id = x.id AND l."orderId" = $1 AND l."returnedQuantity" + x.q <= l.quantity
      RETURNING l.id`,
    order.id,
    a.goods.map((g) => g.orderLineId),
    a.goods.map((g) => g.quantity),
  );
  if (taken.length !== a.goods.length) {
    const short = a.goods.find((g) => !taken.some((t) => t.id === g.orderLineId));
    throw new ReturnRejected(
      returnFailure("RETURN_QUANTITY_EXCEEDS", "More units than are left to return on this line.", short?.orderLineId ?? null),
    );
  }

  // 2. Stock at the return location.
  const variantOf = new Map(order.lines.map((l) => [l.id, l.variantId]));
  events.push(
    ...(await takeBackStock(tx, {
      merchantId: order.merchantId,
      locationId: a.locationId,
      returnId: a.returnId,
      returnNumber: a.returnNumber,
      actorId: a.actorId,
      at,
      goods: a.goods.map((g) => ({ variantId: variantOf.get(g.orderLineId) as string, quantity: g.quantity, restock: g.restock })),
    })),
  );

  // 3. Refunds, one per payment touched, and the payments' refunded amounts.
  const refundRows = plan.tenders.map((t) => {
    const id = newId();
    const external = EXTERNAL_REFUND_TENDERS.has(t.refundAs);
    const reference = t.refundAs === "CARD" ? a.cardReference : null;
    return {
      id,
      external,
      row: [id, order.id, t.paymentId, a.returnId, t.refundAs, t.amount, external ? "PENDING" : "SUCCEEDED", reference, at],
    };
  });
  await bulkInsert(
    tx,
    "Refund",
    REFUND_COLUMNS,
    refundRows.map((r) => r.row),
  );
  if (plan.tenders.length) {
    const updated = await tx.$queryRawUnsafe<{ id: string; status: string; tender: string; amount: number }[]>(
      `UPDATE "Payment" p SET "refundedAmount" = p."refundedAmount" + x.amt, "updatedAt" = now(),
              status = (CASE WHEN p."refundedAmount" + x.amt >= p.amount THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END)::"PaymentStatus"
         FROM unnest($2::text[], $3::int[]) AS x(id, amt)
        WHERE p.id = x.id AND p."orderId" = $1 AND p."refundedAmount" + x.amt <= p.amount
        RETURNING p.id, p.status::text AS status, p.tender::text AS tender, p.amount`,
      order.id,
      plan.tenders.map((t) => t.paymentId),
      plan.tenders.map((t) => t.amount),
    );
    if (updated.length !== plan.tenders.length)
      throw new ReturnRejected(returnFailure("REFUND_EXCEEDS_PAID", "A payment has less left to refund than planned."));
    for (const p of updated) {
      events.push({
        topic: "PAYMENT_UPDATED",
        payload: {
          merchantId: order.merchantId,
          paymentId: p.id,
          orderId: order.id,
          storeId: order.storeId,
          memberId: order.memberId,
          status: p.status,
          tender: p.tender,
          amount: p.amount,
          at: iso,
        },
      });
    }
  }

  // 4. Coupons come back only with the last goods of the order.
  let couponsRestored = 0;
  if (plan.couponIdsToRestore.length) {
    const restored = await tx.coupon.updateMany({
      where: { id: { in: [...plan.couponIdsToRestore] }, status: "REDEEMED", orderId: order.id },
      data: { status: "ISSUED", orderId: null, redeemedAt: null },
    });
    couponsRestored = restored.count;
  }

  // 5. The member: redeemed points back, earned points reversed (never below zero), store credit, lifetime spend.
  const credit = plan.tenders.filter((t) => t.refundAs === "STORE_CREDIT").reduce((s, t) => s + t.amount, 0);
  const points = await settleMember(tx, a, credit);

  // 6. The order: status by the state machine, refunded total never above what was paid.
  const moved = await tx.$queryRawUnsafe<{ refundedTotal: number }[]>(
    `UPDATE "Order" SET status = $2::"OrderStatus", "refundedTotal" = "refundedTotal" + $3, "updatedAt" = now()
      WHERE id = $1 AND status = $4::"OrderStatus" AND "refundedTotal" + $3 <= "paidTotal"
      RETURNING "refundedTotal"`,
    order.id,
    a.newStatus,
    plan.refundTotal,
    order.status,
  );
  const refundedTotal = moved[0]?.refundedTotal;
  if (refundedTotal === undefined)
    throw new ReturnRejected(returnFailure("REFUND_EXCEEDS_PAID", "The refund would exceed what was paid for the order."));
  events.push({
    topic: "ORDER_UPDATED",
    payload: {
      merchantId: order.merchantId,
      orderId: order.id,
      number: order.number,
      storeId: order.storeId,
      memberId: order.memberId,
      status: a.newStatus,
      total: order.total,
      at: iso,
    },
  });
  await emitAll(tx, events);

  return {
    pendingRefundIds: refundRows.filter((r) => r.external).map((r) => r.id),
    ...points,
    couponsRestored,
    refundedTotal: Number(refundedTotal),
  };
}

async function settleMember(tx: Tx, a: ReturnApplication, credit: number) {
  const { snapshot: order, plan, at } = a;
  const none = { pointsRestored: 0, pointsClawedBack: 0, pointsShortfall: 0 };
  const memberId = order.memberId;
  if (!memberId) return none;
  const restore = plan.pointsToRestore;
  const locked = await tx.$queryRawUnsafe<{ pointsBalance: number }[]>(
    `SELECT "pointsBalance" FROM "Member" WHERE id = $1 FOR UPDATE`,
    memberId,
  );
  const balance = locked[0]?.pointsBalance;
  if (balance === undefined) throw new Error(`member ${memberId} of order ${order.id} is missing`);
  // Redeemed points come back first, so a claw-back can take them if the earned ones were spent.
  const claw = clawBackPoints(balance + restore, plan.pointsToClawBack);
  const updated = await tx.$queryRawUnsafe<{ pointsBalance: number; storeCreditBalance: number }[]>(
    `UPDATE "Member" SET "pointsBalance" = "pointsBalance" + $2 - $3, "storeCreditBalance" = "storeCreditBalance" + $4,
            "lifetimeSpend" = GREATEST(0, "lifetimeSpend" - $5), "updatedAt" = now()
      WHERE id = $1 AND "pointsBalance" + $2 - $3 >= 0
      RETURNING "pointsBalance", "storeCreditBalance"`,
    memberId,
    restore,
    claw.fromBalance,
    credit,
    plan.refundTotal,
  );
  const after = updated[0];
  if (!after) throw new Error(`member ${memberId} points changed under a row lock`);
  const note = `return ${a.returnNumber}`;
  const entries: {
    memberId: string;
    delta: number;
    balanceAfter: number;
    reason: "REFUND" | "REVERSAL";
    orderId: string;
    note: string;
    expiresAt: Date | null;
    createdAt: Date;
  }[] = [];
  if (restore > 0) {
    const expiresAt = new Date(at.getTime() + a.pointsValidityDays * 86_400_000);
    entries.push({
      memberId,
      delta: restore,
      balanceAfter: balance + restore,
      reason: "REFUND",
      orderId: order.id,
      note,
      expiresAt,
      createdAt: at,
    });
  }
  // Recorded even when nothing could be taken: the entry's shortfall is reversed points minus its delta.
  if (plan.pointsToClawBack > 0) {
    entries.push({
      memberId,
      delta: -claw.fromBalance,
      balanceAfter: after.pointsBalance,
      reason: "REVERSAL",
      orderId: order.id,
      note,
      expiresAt: null,
      createdAt: at,
    });
  }
  if (entries.length) await tx.pointsEntry.createMany({ data: entries });
  if (credit > 0) {
    await tx.storeCreditEntry.create({
      data: { memberId, delta: credit, balanceAfter: after.storeCreditBalance, reason: "REFUND", orderId: order.id, createdAt: at },
    });
  }
  return { pointsRestored: restore, pointsClawedBack: claw.fromBalance, pointsShortfall: claw.shortfall };
}
