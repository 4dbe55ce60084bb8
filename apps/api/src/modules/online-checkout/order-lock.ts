import type { OrderStatus, OrderType } from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import type { OrderFacts } from "./order-events.ts";

export type LockedOrder = OrderFacts & { type: OrderType; status: OrderStatus; pointsRedeemed: number };

/**
 * Locks an order row for the rest of the transaction and reads what payment, cancellation and fulfilment decide on.
 * Every writer of an online order takes this lock first (then payment, stock, member rows), so they never deadlock.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder | null> {
  const rows = await tx.$queryRawUnsafe<LockedOrder[]>(
    `SELECT id, "merchantId", number, "storeId", "memberId", status::text AS status, type::text AS type, total, "pointsRedeemed"
       FROM "Order" WHERE id = $1 FOR UPDATE`,
    orderId,
  );
  return rows[0] ?? null;
}
