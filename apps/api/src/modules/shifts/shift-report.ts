import type { Db } from "../../db/client.ts";

export type ShiftFacts = { id: string; storeId: string; openingFloat: number; openedAt: Date };

/**
 * The figures of a shift from what was recorded: its completed, non-training sales (orders carrying the shift id) and
 * the cash refunds paid out at its store while it was open. Expected cash = float + cash taken − cash refunded.
 */
export async function shiftReport(db: Db, shift: ShiftFacts, to: Date, countedCash: number | null) {
  const [sales, tenders, refunds, voids] = await Promise.all([
    db.order.aggregate({
      where: { shiftId: shift.id, training: false },
      _count: { _all: true },
      _sum: { subtotal: true, discountTotal: true, total: true },
    }),
    db.payment.groupBy({
      by: ["tender"],
      where: { order: { shiftId: shift.id, training: false }, status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED"] } },
      _count: { _all: true },
      _sum: { amount: true },
    }),
    db.refund.findMany({
      where: { status: "SUCCEEDED", createdAt: { gte: shift.openedAt, lte: to }, return: { storeId: shift.storeId } },
      select: { tender: true, amount: true },
    }),
    db.auditLog.findMany({ where: { action: "till.void", entityType: "Shift", entityId: shift.id }, select: { after: true } }),
  ]);
  const byTender = tenders
    .map((t) => ({ tender: t.tender, count: t._count._all, amount: t._sum.amount ?? 0 }))
    .sort((a, b) => a.tender.localeCompare(b.tender));
  const cashTaken = byTender.find((t) => t.tender === "CASH")?.amount ?? 0;
  const cashRefunds = refunds.filter((r) => r.tender === "CASH").reduce((s, r) => s + r.amount, 0);
  const expectedCash = shift.openingFloat + cashTaken - cashRefunds;
  return {
    salesCount: sales._count._all,
    grossSales: sales._sum.subtotal ?? 0,
    discounts: sales._sum.discountTotal ?? 0,
    netSales: sales._sum.total ?? 0,
    byTender,
    cashRefunds,
    refundsCount: refunds.length,
    refundsTotal: refunds.reduce((s, r) => s + r.amount, 0),
    voidsCount: voids.length,
    voidsTotal: voids.reduce((s, v) => s + voidAmount(v.after), 0),
    openingFloat: shift.openingFloat,
    expectedCash,
    countedCash,
    overShort: countedCash === null ? null : countedCash - expectedCash,
    from: shift.openedAt,
    to,
  };
}

function voidAmount(after: unknown): number {
  const amount = after && typeof after === "object" ? (after as { amount?: unknown }).amount : 0;
  return typeof amount === "number" && Number.isInteger(amount) ? amount : 0;
}
