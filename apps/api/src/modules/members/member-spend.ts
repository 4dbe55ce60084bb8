import { addCalendarMonths, type SpendEntry } from "@o2o/domain";
import type { Db, Tx } from "../../db/client.ts";
import type { OrderStatus, Prisma } from "../../generated/prisma/client.ts";

/**
 * Orders that count as spend once paid: everything from payment on. PENDING_PAYMENT and CANCELLED (cancelled orders
 * are refunded in full) do not count; returned orders count, and their refunds are subtracted.
 */
export const SPEND_STATUSES: OrderStatus[] = [
  "PAID",
  "PROCESSING",
  "SHIPPED",
  "READY_FOR_PICKUP",
  "DELIVERED",
  "COMPLETED",
  "PARTIALLY_RETURNED",
  "RETURNED",
];

/**
 * The spend entries of members that can fall in the rolling window ending at `at`: each counting order's total when it
 * was paid (placed, when no payment time is recorded), and each refund of such an order (not failed) when it was made,
 * as a negative amount. Training sales never count. The domain's rollingSpend then applies the exact window.
 */
export async function spendEntriesOf(db: Db | Tx, memberIds: string[], at: Date, months: number): Promise<Map<string, SpendEntry[]>> {
  const since = addCalendarMonths(at, -months);
  const counting: Prisma.OrderWhereInput = { memberId: { in: memberIds }, training: false, status: { in: SPEND_STATUSES } };
  // One after the other: inside a transaction the queries share one connection.
  const orders = await db.order.findMany({
    where: { ...counting, OR: [{ paidAt: { gt: since } }, { paidAt: null, placedAt: { gt: since } }] },
    select: { memberId: true, total: true, paidAt: true, placedAt: true },
  });
  const refunds = await db.refund.findMany({
    where: { status: { not: "FAILED" }, createdAt: { gt: since }, order: counting },
    select: { amount: true, createdAt: true, order: { select: { memberId: true } } },
  });
  const entries = new Map<string, SpendEntry[]>();
  const add = (memberId: string | null, entry: SpendEntry) => {
    if (!memberId) return;
    const list = entries.get(memberId);
    if (list) list.push(entry);
    else entries.set(memberId, [entry]);
  };
  for (const o of orders) add(o.memberId, { at: o.paidAt ?? o.placedAt, amount: o.total });
  for (const r of refunds) add(r.order.memberId, { at: r.createdAt, amount: -r.amount });
  return entries;
}
