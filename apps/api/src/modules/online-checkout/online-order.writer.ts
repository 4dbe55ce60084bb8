import { randomInt, randomUUID } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { Db, Tx } from "../../db/client.ts";
import { DISCOUNT_COLUMNS, LINE_COLUMNS, orderLineRows } from "../checkout/order-columns.ts";
import { bulkInsert } from "../../db/bulk-insert.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import { nextOrderNumberSql } from "../checkout/order-number.ts";
import type { SaleFailure } from "../checkout/pos-sale.service.ts";
import type { PricedSale } from "../checkout/sale-pricer.ts";
import { orderUpdatedMessage, paymentUpdatedMessage } from "./order-events.ts";
import { changeStock, quantitiesOf, recordStockChange } from "./reservation-stock.ts";

/** What the wallet payment of an online order remembers until the provider's notification settles it. */
export type WalletPaymentMetadata = { qrPayload: string; couponIds: string[]; pointsToEarn: number };

export type OnlineOrderRecord = {
  merchantId: string;
  memberId: string;
  cartId: string;
  orderId: string;
  type: "DELIVERY" | "PICKUP";
  locationId: string;
  channelId: string;
  sale: PricedSale;
  points: { points: number; value: number };
  wallet: { tender: "WECHAT_PAY" | "ALIPAY"; provider: string; providerReference: string; amount: number; metadata: WalletPaymentMetadata };
  fulfilment: { address: object | null; pickupStoreId: string | null };
  reservationExpiresAt: Date;
  idempotency: { scope: string; key: string; requestHash: string };
  note: string | null;
  referralCode: string | null;
  at: Date;
  audit: RequestAudit;
};

export type WrittenOrder = { orderId: string; number: string; paymentId: string };

/** Thrown inside the transaction to roll it back: another attempt with the same idempotency key got there first. */
export class CheckoutReplay extends Error {}

/** Thrown inside the transaction to roll it back with a business failure (stock or points short at commit time). */
export class CheckoutRejected extends Error {
  constructor(readonly failure: SaleFailure) {
    super(failure.message);
  }
}

/**
 * Writes a placed online order in one transaction: the idempotency key (first, so a concurrent retry waits and then
 * replays), order, lines, discounts, payments, fulfilment, then the stock reservation (late, so the hot stock rows stay locked
 * only for the end of the transaction), points deduction and cart clearing. Any short line rolls everything back.
 */
export async function writeOnlineOrder(db: Db, r: OnlineOrderRecord): Promise<WrittenOrder> {
  const { sale, at } = r;
  const total = sale.cart.total;
  const paymentId = randomUUID();
  const lineIds = new Map(sale.lines.map((l) => [l.lineId, randomUUID()]));

  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO "IdempotencyKey" (id, scope, key, "requestHash", response, "expiresAt") VALUES ($1, $2, $3, $4, $5::jsonb, $6)
         ON CONFLICT (scope, key) DO NOTHING RETURNING id`,
        randomUUID(),
        r.idempotency.scope,
        r.idempotency.key,
        r.idempotency.requestHash,
        JSON.stringify({ orderId: r.orderId, paymentId }),
        new Date(at.getTime() + 24 * 3600_000),
      );
      if (claimed.length === 0) throw new CheckoutReplay();

      const number = await insertOrder(tx, r, total);
      const orderRows = orderLineRows(sale, r.orderId, lineIds);
      await bulkInsert(tx, "OrderLine", LINE_COLUMNS, orderRows.lines);
      await bulkInsert(tx, "LineDiscount", DISCOUNT_COLUMNS, orderRows.discounts);
      await tx.payment.create({
        data: {
          id: paymentId,
          orderId: r.orderId,
          tender: r.wallet.tender,
          amount: r.wallet.amount,
          status: "PENDING",
          provider: r.wallet.provider,
          providerReference: r.wallet.providerReference,
          metadata: r.wallet.metadata,
        },
      });
      await tx.fulfilment.create({
        data: {
          orderId: r.orderId,
          type: r.type,
          status: "PENDING",
          address: r.fulfilment.address ?? undefined,
          pickupStoreId: r.fulfilment.pickupStoreId,
          pickupCode: r.type === "PICKUP" ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null,
        },
      });

      const quantities = quantitiesOf(sale.lines);
      const rows = await changeStock(tx, "RESERVE", r.locationId, quantities);
      if (rows.length !== quantities.size) {
        const short = [...quantities.keys()].find((id) => !rows.some((row) => row.variantId === id)) ?? null;
        throw new CheckoutRejected({ code: "INSUFFICIENT_STOCK", message: "Not enough stock for this order.", reference: short });
      }
      const stockEvents = await recordStockChange(tx, {
        change: "RESERVE",
        merchantId: r.merchantId,
        locationId: r.locationId,
        quantities,
        rows,
        orderId: r.orderId,
        actorId: null,
        at,
      });

      // Points after stock, like payment settlement and cancellation: every path locks stock rows before the member row.
      if (r.points.points > 0) {
        await tx.payment.create({
          data: {
            orderId: r.orderId,
            tender: "POINTS",
            amount: r.points.value,
            status: "SUCCEEDED",
            provider: "points",
            pointsUsed: r.points.points,
            paidAt: at,
          },
        });
        const balance = await tx.$queryRawUnsafe<{ pointsBalance: number }[]>(
          `UPDATE "Member" SET "pointsBalance" = "pointsBalance" - $2, "updatedAt" = now() WHERE id = $1 AND "pointsBalance" >= $2 RETURNING "pointsBalance"`,
          r.memberId,
          r.points.points,
        );
        const after = balance[0];
        if (!after)
          throw new CheckoutRejected({ code: "POINTS_INSUFFICIENT", message: "The member's points changed; check the cart again." });
        await tx.pointsEntry.create({
          data: {
            memberId: r.memberId,
            delta: -r.points.points,
            balanceAfter: after.pointsBalance,
            reason: "REDEEM",
            orderId: r.orderId,
            createdAt: at,
          },
        });
      }
      await tx.cartItem.deleteMany({ where: { cartId: r.cartId, variantId: { in: [...quantities.keys()] } } });
      await tx.cart.update({ where: { id: r.cartId }, data: { couponCodes: [], pointsToRedeem: 0 } });

      const order = {
        id: r.orderId,
        merchantId: r.merchantId,
        number,
        storeId: r.locationId,
        memberId: r.memberId,
        status: "PENDING_PAYMENT",
        total,
      };
      const events: OutboxMessage[] = [
        orderUpdatedMessage(order, at),
        paymentUpdatedMessage({ id: paymentId, status: "PENDING", tender: r.wallet.tender, amount: r.wallet.amount }, order, at),
        ...stockEvents,
      ];
      await emitAll(tx, events);
      await r.audit.record(tx, {
        action: "order.checkout",
        entityType: "Order",
        entityId: r.orderId,
        storeId: r.locationId,
        after: { number, type: r.type, total, pointsRedeemed: r.points.points, tender: r.wallet.tender, lines: sale.lines.length },
      });
      return { orderId: r.orderId, number, paymentId };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** Inserts the order; its number comes from the database sequence ("W" + China date + 7 digits). */
async function insertOrder(tx: Tx, r: OnlineOrderRecord, total: number): Promise<string> {
  const rows = await tx.$queryRawUnsafe<{ number: string }[]>(
    `INSERT INTO "Order" (id, "merchantId", number, type, status, "channelId", "storeId", "memberId", subtotal, "discountTotal", total,
       "pointsRedeemed", note, "placedAt", "reservationExpiresAt", "createdAt", "updatedAt", "referralCode")
     VALUES ($1, $2, ${nextOrderNumberSql("$3")}, $4::"OrderType", 'PENDING_PAYMENT', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13, $13, $15)
     RETURNING number`,
    r.orderId,
    r.merchantId,
    "W",
    r.type,
    r.channelId,
    r.locationId,
    r.memberId,
    r.sale.cart.subtotal,
    r.sale.cart.discountTotal,
    total,
    r.points.points,
    r.note,
    r.at,
    r.reservationExpiresAt,
    r.referralCode,
  );
  const number = rows[0]?.number;
  if (!number) throw new Error("order insert returned no number");
  return number;
}
