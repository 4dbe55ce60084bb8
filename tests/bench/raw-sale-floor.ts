import { randomUUID } from "node:crypto";
import type pg from "pg";

export type FloorItem = { variantId: string; price: number };

/**
 * The least a database must do for a 5-line till sale, hand-written in one transaction: the order, its lines, one
 * stock statement, the ledger, the payment, the events (one outbox row, as the API writes them) and an audit row. The API's sale is compared with this.
 */
export async function rawSale(
  pool: pg.Pool,
  ctx: { merchantId: string; storeId: string; channelId: string; staffId: string },
  items: FloorItem[],
) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const orderId = randomUUID();
    const total = items.reduce((s, i) => s + i.price, 0);
    await client.query(
      `INSERT INTO "Order" (id, "merchantId", number, type, status, "channelId", "storeId", "staffId", subtotal, total, "paidTotal", "updatedAt")
       VALUES ($1, $2, $3, 'POS_SALE', 'COMPLETED', $4, $5, $6, $7, $7, $7, now())`,
      [orderId, ctx.merchantId, `F${orderId.slice(0, 18)}`, ctx.channelId, ctx.storeId, ctx.staffId, total],
    );
    await client.query(
      `INSERT INTO "OrderLine" (id, "orderId", "variantId", sku, name, quantity, "unitPrice", "listPrice", subtotal, total)
       SELECT gen_random_uuid()::text, $1, v, 'sku', 'name', 1, p, p, p, p FROM unnest($2::text[], $3::int[]) AS x(v, p)`,
      [orderId, items.map((i) => i.variantId), items.map((i) => i.price)],
    );
    const stock = await client.query(
      `UPDATE "StockLevel" s SET "onHand" = s."onHand" - 1, "updatedAt" = now() FROM unnest($2::text[]) AS x(v)
       WHERE s."locationId" = $1 AND s."variantId" = x.v RETURNING s."variantId", s."onHand"`,
      [ctx.storeId, items.map((i) => i.variantId)],
    );
    await client.query(
      `INSERT INTO "StockMovement" (id, "variantId", "locationId", reason, delta, "onHandAfter", "referenceType", "referenceId")
       SELECT gen_random_uuid()::text, v, $1, 'SALE', -1, h, 'Order', $2 FROM unnest($3::text[], $4::int[]) AS x(v, h)`,
      [ctx.storeId, orderId, stock.rows.map((r) => r.variantId), stock.rows.map((r) => r.onHand)],
    );
    await client.query(
      `INSERT INTO "Payment" (id, "orderId", tender, amount, status, provider, "updatedAt") VALUES ($1, $2, 'CASH', $3, 'SUCCEEDED', 'cash', now())`,
      [randomUUID(), orderId, total],
    );
    await client.query(
      `INSERT INTO "OutboxEvent" (topic, payload)
       SELECT 'BATCH', jsonb_agg(jsonb_build_object('topic', 'STOCK_CHANGED', 'payload', jsonb_build_object('variantId', v))) FROM unnest($1::text[]) AS x(v)`,
      [items.map((i) => i.variantId)],
    );
    await client.query(
      `INSERT INTO "AuditLog" (id, "merchantId", "actorType", "actorId", action, "entityType", "entityId") VALUES ($1, $2, 'STAFF', $3, 'sale.create', 'Order', $4)`,
      [randomUUID(), ctx.merchantId, ctx.staffId, orderId],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
