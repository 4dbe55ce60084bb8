import { randomUUID } from "node:crypto";
import type { Settlement } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { emitAll, type OutboxMessage } from "../../outbox/outbox.ts";
import { newOrderNumber } from "./order-number.ts";
import type { PosSaleCommand } from "./pos-sale.service.ts";
import { SaleRejected } from "./pos-sale.service.ts";
import { quantitiesByVariant, takeStockForSale } from "./sale-stock.ts";
import type { PricedSale } from "./sale-pricer.ts";

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
  storeCode: string;
  at: Date;
  audit: RequestAudit;
};

/**
 * Writes a priced and paid till sale in one transaction, about a dozen statements whatever the number of lines:
 * order with lines, payments and adjustments; line discounts; one stock statement; the ledger; coupons; the member's
 * points and credit with a conditional update; outbox events; audit. Returns the order id.
 */
export async function recordPosSale(db: Db, r: SaleRecord): Promise<string> {
  const { viewer, cmd, sale, settlement, at } = r;
  const orderId = randomUUID();
  const lineIds = new Map(sale.lines.map((l) => [l.lineId, randomUUID()]));
  const memberId = sale.member?.id ?? null;
  const total = settlement.due;
  const training = cmd.training;

  const channelId = sale.reference.channelIds.get("POS");
  if (!channelId) throw new Error("the merchant has no POS sales channel");
  const number = newOrderNumber("P", at);

  return db.$transaction(async (tx) => {
    const cashChange = settlement.change;
    await tx.order.create({
      data: {
        id: orderId,
        merchantId: viewer.merchantId,
        number,
        type: "POS_SALE",
        status: "COMPLETED",
        channelId,
        storeId: cmd.storeId,
        registerId: cmd.registerId,
        shiftId: cmd.shiftId ?? null,
        memberId,
        staffId: viewer.staffId,
        subtotal: sale.cart.subtotal,
        discountTotal: sale.cart.discountTotal,
        roundingAdjustment: settlement.roundingAdjustment,
        total,
        paidTotal: total,
        pointsEarned: r.earned,
        pointsRedeemed: r.points.points,
        clientSaleId: cmd.clientSaleId,
        training,
        note: cmd.note ?? null,
        placedAt: at,
        paidAt: at,
        lines: {
          createMany: {
            data: sale.cart.lines.map((pl, i) => {
              const l = sale.lines[i];
              if (!l) throw new Error("priced lines out of step");
              return {
                id: lineIds.get(pl.lineId),
                variantId: l.variantId,
                sku: l.sku,
                name: l.name,
                quantity: l.quantity,
                unitPrice: pl.unitPrice,
                listPrice: l.listPrice,
                subtotal: pl.lineSubtotal,
                discountTotal: pl.lineDiscount,
                total: pl.lineTotal,
              };
            }),
          },
        },
        payments: {
          createMany: {
            data: [
              ...cmd.tenders.map((t, i) => {
                const charge = r.charged.find((c) => c.index === i);
                const isCash = t.tender === "CASH";
                return {
                  tender: t.tender,
                  amount: isCash ? t.amount - cashChange : t.amount,
                  status: "SUCCEEDED" as const,
                  provider: charge?.provider ?? t.tender.toLowerCase(),
                  providerReference: charge?.providerReference ?? null,
                  cashTendered: isCash ? t.amount : null,
                  changeGiven: isCash ? cashChange : null,
                  paidAt: at,
                };
              }),
              ...(r.points.points > 0
                ? [{ tender: "POINTS" as const, amount: r.points.value, status: "SUCCEEDED" as const, provider: "points", pointsUsed: r.points.points, paidAt: at }]
                : []),
            ],
          },
        },
        adjustments:
          settlement.roundingAdjustment !== 0
            ? { createMany: { data: [{ kind: "CASH_ROUNDING" as const, label: "抹零 cash rounding", amount: settlement.roundingAdjustment }] } }
            : undefined,
      },
      select: { id: true },
    });

    const discounts = sale.cart.lines.flatMap((pl) =>
      pl.discounts.map((d) => ({ orderLineId: lineIds.get(pl.lineId) ?? "", source: d.source, sourceId: d.sourceId, label: d.label, amount: d.amount })),
    );
    if (discounts.length) await tx.lineDiscount.createMany({ data: discounts });

    const events: OutboxMessage[] = [];
    if (!training) {
      const quantities = quantitiesByVariant(sale.lines);
      const allowNegative = sale.reference.settings.allowNegativeStockAtPos;
      const rows = await takeStockForSale(tx, cmd.storeId, quantities, allowNegative);
      if (rows.length !== quantities.size) {
        const short = [...quantities.keys()].find((id) => !rows.some((row) => row.variantId === id));
        throw new SaleRejected({ code: "INSUFFICIENT_STOCK", message: "Not enough stock for this sale.", reference: short ?? null });
      }
      await tx.stockMovement.createMany({
        data: rows.map((row) => ({
          variantId: row.variantId,
          locationId: cmd.storeId,
          reason: "SALE" as const,
          delta: -(quantities.get(row.variantId) ?? 0),
          onHandAfter: row.onHand,
          referenceType: "Order",
          referenceId: orderId,
          actorId: viewer.staffId,
        })),
      });
      const iso = at.toISOString();
      for (const row of rows) {
        const available = row.onHand - row.reserved;
        events.push({
          topic: "STOCK_CHANGED",
          payload: { merchantId: viewer.merchantId, variantId: row.variantId, locationId: cmd.storeId, onHand: row.onHand, reserved: row.reserved, available, reason: "SALE", at: iso },
        });
        if (row.lowStockThreshold !== null && available <= row.lowStockThreshold) {
          events.push({
            topic: "LOW_STOCK_ALERT",
            payload: { merchantId: viewer.merchantId, variantId: row.variantId, locationId: cmd.storeId, available, threshold: row.lowStockThreshold, at: iso },
          });
        }
      }
      const negative = rows.filter((row) => row.onHand < 0);
      if (negative.length) {
        await tx.exceptionLog.create({
          data: {
            merchantId: viewer.merchantId,
            storeId: cmd.storeId,
            kind: "STOCK_DISCREPANCY",
            message: `Sold ${negative.length} item(s) with no stock on record: count the shelf.`,
            details: { orderId, variants: negative.map((n) => ({ variantId: n.variantId, onHand: n.onHand })) },
            staffId: viewer.staffId,
          },
        });
      }
    }

    const couponIds = sale.coupons.map((c) => c.id);
    if (couponIds.length) {
      const used = await tx.coupon.updateMany({
        where: { id: { in: couponIds }, status: "ISSUED" },
        data: { status: "REDEEMED", redeemedAt: at, orderId },
      });
      if (used.count !== couponIds.length) {
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
      if (!balance) throw new SaleRejected({ code: "POINTS_INSUFFICIENT", message: "The member's points or store credit changed; price the sale again." });
      const pointsRows = [];
      const afterRedeem = balance.pointsBalance - r.earned;
      if (r.points.points > 0) pointsRows.push({ memberId, delta: -r.points.points, balanceAfter: afterRedeem, reason: "REDEEM" as const, orderId });
      if (r.earned > 0) {
        const expiresAt = new Date(at.getTime() + sale.reference.settings.pointsValidityDays * 86_400_000);
        pointsRows.push({ memberId, delta: r.earned, balanceAfter: balance.pointsBalance, reason: "EARN" as const, orderId, expiresAt });
      }
      if (pointsRows.length) await tx.pointsEntry.createMany({ data: pointsRows });
      if (credit > 0) {
        await tx.storeCreditEntry.create({ data: { memberId, delta: -credit, balanceAfter: balance.storeCreditBalance, reason: "SALE", orderId } });
      }
    }

    if (r.approverId) {
      await tx.exceptionLog.create({
        data: {
          merchantId: viewer.merchantId,
          storeId: cmd.storeId,
          kind: "PRICE_OVERRIDE",
          message: `Manual price change on order ${orderId}`,
          details: JSON.parse(JSON.stringify({ orderId, manual: sale.cart.manualResults })),
          staffId: viewer.staffId,
          approvedById: r.approverId,
        },
      });
    }

    events.push({
      topic: "ORDER_UPDATED",
      payload: { merchantId: viewer.merchantId, orderId, number, storeId: cmd.storeId, memberId, status: "COMPLETED", total, at: at.toISOString() },
    });
    await emitAll(tx, events);
    await r.audit.record(tx, {
      action: training ? "sale.training" : "sale.create",
      entityType: "Order",
      entityId: orderId,
      storeId: cmd.storeId,
      after: { clientSaleId: cmd.clientSaleId, total, lines: sale.lines.length, tenders: cmd.tenders.map((t) => t.tender), storeCode: r.storeCode },
    });
    return orderId;
  });
}
