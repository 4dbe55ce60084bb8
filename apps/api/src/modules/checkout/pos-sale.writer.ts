import { randomUUID } from "node:crypto";
import type { Settlement } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import { LINE_COLUMNS, DISCOUNT_COLUMNS } from "./order-columns.ts";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import { emit } from "../../outbox/outbox.ts";
import { nextOrderNumberSql } from "./order-number.ts";
import type { PosSaleCommand } from "./pos-sale.service.ts";
import { SaleRejected } from "./pos-sale.service.ts";
import { quantitiesByVariant, takeStockForSale } from "./sale-stock.ts";
import type { PricedSale } from "./sale-pricer.ts";

const PAYMENT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "orderId", type: "text" },
  { name: "tender", type: "text", cast: '"Tender"' },
  { name: "amount", type: "int" },
  { name: "status", type: "text", cast: '"PaymentStatus"' },
  { name: "provider", type: "text" },
  { name: "providerReference", type: "text" },
  { name: "cashTendered", type: "int" },
  { name: "changeGiven", type: "int" },
  { name: "pointsUsed", type: "int" },
  { name: "paidAt", type: "timestamptz" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];
const ADJUSTMENT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "orderId", type: "text" },
  { name: "kind", type: "text", cast: '"AdjustmentKind"' },
  { name: "label", type: "text" },
  { name: "amount", type: "int" },
];
const POINTS_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "memberId", type: "text" },
  { name: "delta", type: "int" },
  { name: "balanceAfter", type: "int" },
  { name: "reason", type: "text", cast: '"PointsReason"' },
  { name: "orderId", type: "text" },
  { name: "expiresAt", type: "timestamptz" },
  { name: "createdAt", type: "timestamptz" },
];

const EXCEPTION_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "storeId", type: "text" },
  { name: "kind", type: "text", cast: '"ExceptionKind"' },
  { name: "message", type: "text" },
  { name: "details", type: "jsonb" },
  { name: "staffId", type: "text" },
  { name: "approvedById", type: "text" },
];

export type ChargedTender = { index: number; provider: string; providerReference: string | null; amount: number };

type SaleRecord = {
  viewer: StaffViewer;
  cmd: PosSaleCommand;
  sale: PricedSale;
  settlement: Settlement;
  charged: ChargedTender[];
  points: { points: number; value: number };
  earned: number;
  approverId: string | null;
  /** Offline sales: the till's total minus the server's, written as a MANUAL adjustment when not zero. */
  priceDifference?: number;
  storeCode: string;
  at: Date;
  audit: RequestAudit;
};

/**
 * Writes a priced and paid till sale in one transaction, about a dozen statements whatever the number of lines:
 * order with lines, payments and adjustments; line discounts; one stock statement; the ledger; coupons; the member's
 * points and credit with a conditional update; outbox events; audit. Returns the order id.
 */
export async function recordPosSale(sql: SqlClient, r: SaleRecord): Promise<string> {
  const { viewer, cmd, sale, settlement, at } = r;
  const orderId = randomUUID();
  const lineIds = new Map(sale.lines.map((l) => [l.lineId, randomUUID()]));
  const memberId = sale.member?.id ?? null;
  const total = settlement.due;
  const training = cmd.training;

  const channelId = sale.reference.channelIds.get("POS");
  if (!channelId) throw new Error("the merchant has no POS sales channel");

  return sql.transaction(async (tx) => {
    const cashChange = settlement.change;
    const inserted = await tx.$queryRawUnsafe<{ number: string }[]>(
      `INSERT INTO "Order" (id, "merchantId", number, type, status, "channelId", "storeId", "registerId", "shiftId", "memberId", "staffId",
         subtotal, "discountTotal", "roundingAdjustment", total, "paidTotal", "pointsEarned", "pointsRedeemed", "clientSaleId", training, note,
         "placedAt", "paidAt", "createdAt", "updatedAt")
       VALUES ($1, $2, ${nextOrderNumberSql("$3")}, 'POS_SALE', 'COMPLETED', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16, $17,
         $18, $19, $19, $19, $19)
       RETURNING number`,
      orderId,
      viewer.merchantId,
      "P",
      channelId,
      cmd.storeId,
      cmd.registerId,
      cmd.shiftId ?? null,
      memberId,
      viewer.staffId,
      sale.cart.subtotal,
      sale.cart.discountTotal,
      settlement.roundingAdjustment,
      total,
      r.earned,
      r.points.points,
      cmd.clientSaleId,
      training,
      cmd.note ?? null,
      at,
    );
    const number = inserted[0]?.number ?? "";
    await bulkInsert(
      tx,
      "OrderLine",
      LINE_COLUMNS,
      sale.cart.lines.map((pl, i) => {
        const l = sale.lines[i];
        if (!l) throw new Error("priced lines out of step");
        return [
          lineIds.get(pl.lineId),
          orderId,
          l.variantId,
          l.sku,
          l.name,
          l.quantity,
          pl.unitPrice,
          l.listPrice,
          pl.lineSubtotal,
          pl.lineDiscount,
          pl.lineTotal,
        ];
      }),
    );
    await bulkInsert(
      tx,
      "LineDiscount",
      DISCOUNT_COLUMNS,
      sale.cart.lines.flatMap((pl) => pl.discounts.map((d) => [newId(), lineIds.get(pl.lineId), d.source, d.sourceId, d.label, d.amount])),
    );
    const payments: unknown[][] = cmd.tenders.map((t, i) => {
      const charge = r.charged.find((c) => c.index === i);
      const isCash = t.tender === "CASH";
      // Points come off first, then the tenders in the order given, each stamped 1 ms apart so that "newest first"
      // (refunds go back to the last tender first) is exact.
      const stamp = new Date(at.getTime() + 1 + i);
      return [
        newId(),
        orderId,
        t.tender,
        isCash ? t.amount - cashChange : t.amount,
        "SUCCEEDED",
        charge?.provider ?? t.tender.toLowerCase(),
        charge?.providerReference ?? null,
        isCash ? t.amount : null,
        isCash ? cashChange : null,
        null,
        at,
        stamp,
        at,
      ];
    });
    if (r.points.points > 0) {
      const stamp = at;
      payments.push([newId(), orderId, "POINTS", r.points.value, "SUCCEEDED", "points", null, null, null, r.points.points, at, stamp, at]);
    }
    await bulkInsert(tx, "Payment", PAYMENT_COLUMNS, payments);
    const adjustments: unknown[][] = [];
    if (settlement.roundingAdjustment !== 0)
      adjustments.push([newId(), orderId, "CASH_ROUNDING", "抹零 cash rounding", settlement.roundingAdjustment]);
    if (r.priceDifference) adjustments.push([newId(), orderId, "MANUAL", "离线价差 offline price difference", r.priceDifference]);
    await bulkInsert(tx, "OrderAdjustment", ADJUSTMENT_COLUMNS, adjustments);

    const couponIds = sale.coupons.map((c) => c.id);
    if (couponIds.length) {
      const used = await tx.$executeRawUnsafe(
        `UPDATE "Coupon" SET status = 'REDEEMED', "redeemedAt" = $2, "orderId" = $3 WHERE id = ANY($1::text[]) AND status = 'ISSUED'`,
        couponIds,
        at,
        orderId,
      );
      if (used !== couponIds.length) {
        throw new SaleRejected({ code: "COUPON_ALREADY_USED", message: "A coupon was used by another sale a moment ago." });
      }
    }

    if (memberId && !training) {
      const credit = cmd.tenders.filter((t) => t.tender === "STORE_CREDIT").reduce((s, t) => s + t.amount, 0);
      const updated = await tx.$queryRawUnsafe<{ pointsBalance: number; storeCreditBalance: number }[]>(
        `UPDATE "Member" SET "pointsBalance" = "pointsBalance" - $2 + $3, "storeCreditBalance" = "storeCreditBalance" - $4,
           "lifetimeSpend" = "lifetimeSpend" + $5, "updatedAt" = now()
         WHERE id = $1 AND "pointsBalance" >= $2 AND "storeCreditBalance" >= $4
         RETURNING "pointsBalance", "storeCreditBalance"`,
        memberId,
        r.points.points,
        r.earned,
        credit,
        total,
      );
      const balance = updated[0];
      if (!balance)
        throw new SaleRejected({
          code: "POINTS_INSUFFICIENT",
          message: "The member's points or store credit changed; price the sale again.",
        });
      const pointsRows: unknown[][] = [];
      const afterRedeem = balance.pointsBalance - r.earned;
      if (r.points.points > 0) pointsRows.push([newId(), memberId, -r.points.points, afterRedeem, "REDEEM", orderId, null, at]);
      if (r.earned > 0) {
        const expiresAt = new Date(at.getTime() + sale.reference.settings.pointsValidityDays * 86_400_000);
        pointsRows.push([newId(), memberId, r.earned, balance.pointsBalance, "EARN", orderId, expiresAt, at]);
      }
      await bulkInsert(tx, "PointsEntry", POINTS_COLUMNS, pointsRows);
      if (credit > 0) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "StoreCreditEntry" (id, "memberId", delta, "balanceAfter", reason, "orderId") VALUES ($1, $2, $3, $4, 'SALE', $5)`,
          newId(),
          memberId,
          -credit,
          balance.storeCreditBalance,
          orderId,
        );
      }
    }

    if (r.approverId) {
      await bulkInsert(tx, "ExceptionLog", EXCEPTION_COLUMNS, [
        [
          newId(),
          viewer.merchantId,
          cmd.storeId,
          "PRICE_OVERRIDE",
          `Manual price change on order ${number}`,
          { orderId, manual: sale.cart.manualResults },
          viewer.staffId,
          r.approverId,
        ],
      ]);
    }

    await emit(tx, "ORDER_UPDATED", {
      merchantId: viewer.merchantId,
      orderId,
      number,
      storeId: cmd.storeId,
      memberId,
      status: "COMPLETED",
      total,
      at: at.toISOString(),
    });
    await r.audit.record(tx, {
      action: training ? "sale.training" : "sale.create",
      entityType: "Order",
      entityId: orderId,
      storeId: cmd.storeId,
      after: {
        clientSaleId: cmd.clientSaleId,
        total,
        lines: sale.lines.length,
        tenders: cmd.tenders.map((t) => t.tender),
        storeCode: r.storeCode,
      },
    });
    // Last, so the contended stock rows stay locked for one round trip before COMMIT.
    if (!training) {
      const quantities = quantitiesByVariant(sale.lines);
      const rows = await takeStockForSale(tx, {
        locationId: cmd.storeId,
        quantities,
        // Goods sold offline have left the shop: stock follows them, short stock is logged below.
        allowNegative: sale.reference.settings.allowNegativeStockAtPos || Boolean(cmd.offline),
        orderId,
        merchantId: viewer.merchantId,
        actorId: viewer.staffId,
        at,
      });
      if (rows.length !== quantities.size) {
        const short = [...quantities.keys()].find((id) => !rows.some((row) => row.variantId === id));
        throw new SaleRejected({ code: "INSUFFICIENT_STOCK", message: "Not enough stock for this sale.", reference: short ?? null });
      }
      const negative = rows.filter((row) => row.onHand < 0);
      if (negative.length) {
        await bulkInsert(tx, "ExceptionLog", EXCEPTION_COLUMNS, [
          [
            newId(),
            viewer.merchantId,
            cmd.storeId,
            "STOCK_DISCREPANCY",
            `Sold ${negative.length} item(s) with no stock on record: count the shelf.`,
            { orderId, variants: negative.map((n) => ({ variantId: n.variantId, onHand: n.onHand })) },
            viewer.staffId,
            null,
          ],
        ]);
      }
    }
    return orderId;
  });
}
