import { randomUUID } from "node:crypto";
import type { Settlement } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import { BatchRejected, WriteBatch } from "../../db/write-batch.ts";
import { DISCOUNT_COLUMNS, LINE_COLUMNS, orderLineRows } from "./order-columns.ts";
import { type BulkColumn, newId } from "../../db/bulk-insert.ts";
import { AUDIT_COLUMNS } from "../../audit/audit-writer.ts";
import { batchEventSql } from "../../outbox/outbox.ts";
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

/** Why a batch check failed, in the words the till shows. */
const REJECTIONS: Record<string, string> = {
  COUPON_ALREADY_USED: "A coupon was used by another sale a moment ago.",
  POINTS_INSUFFICIENT: "The member's points or store credit changed; price the sale again.",
  INSUFFICIENT_STOCK: "Not enough stock for this sale.",
};

const DEADLOCK = "40P01";

/**
 * Writes a priced and paid till sale as ONE SQL statement (a write batch, see db/write-batch.ts): order with lines,
 * payments and adjustments; line discounts; coupons; the member's points and credit with a conditional update; stock
 * with its ledger; outbox events; audit. Atomic without BEGIN/COMMIT, so the sale costs one round trip to write and
 * holds the contended stock rows only while the statement runs. Returns the order id.
 */
export async function recordPosSale(sql: SqlClient, r: SaleRecord): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeSale(sql, r);
    } catch (error) {
      if (error instanceof BatchRejected) {
        throw new SaleRejected({
          code: error.code,
          message: REJECTIONS[error.code] ?? "The sale could not be recorded.",
          reference: error.detail,
        });
      }
      // Two sales locking the same stock rows in opposite orders: nothing was written, so the retry is safe.
      if ((error as { code?: string }).code === DEADLOCK && attempt < 2) continue;
      throw error;
    }
  }
}

async function writeSale(sql: SqlClient, r: SaleRecord): Promise<string> {
  const { viewer, cmd, sale, settlement, at } = r;
  const b = new WriteBatch();
  const p = b.param;
  const orderId = randomUUID();
  const lineIds = new Map(sale.lines.map((l) => [l.lineId, randomUUID()]));
  const memberId = sale.member?.id ?? null;
  const total = settlement.due;
  const training = cmd.training;
  const cashChange = settlement.change;

  const channelId = sale.reference.channelIds.get("POS");
  if (!channelId) throw new Error("the merchant has no POS sales channel");

  b.with(
    "o",
    `INSERT INTO "Order" (id, "merchantId", number, type, status, "channelId", "storeId", "registerId", "shiftId", "memberId", "staffId",
       subtotal, "discountTotal", "roundingAdjustment", total, "paidTotal", "pointsEarned", "pointsRedeemed", "clientSaleId", training, note,
       "placedAt", "paidAt", "createdAt", "updatedAt")
     VALUES (${p(orderId)}, ${p(viewer.merchantId)}, ${nextOrderNumberSql(p("P"))}, 'POS_SALE', 'COMPLETED', ${p(channelId)}, ${p(cmd.storeId)},
       ${p(cmd.registerId)}, ${p(cmd.shiftId ?? null)}, ${p(memberId)}, ${p(viewer.staffId)}, ${p(sale.cart.subtotal)}, ${p(sale.cart.discountTotal)},
       ${p(settlement.roundingAdjustment)}, ${p(total)}, ${p(total)}, ${p(r.earned)}, ${p(r.points.points)}, ${p(cmd.clientSaleId)}, ${p(training)},
       ${p(cmd.note ?? null)}, ${p(at, "timestamptz")}, ${p(at, "timestamptz")}, ${p(at, "timestamptz")}, ${p(at, "timestamptz")})
     RETURNING number`,
  );
  const number = `(SELECT number FROM "o")`;
  const rows = orderLineRows(sale, orderId, lineIds);
  b.insertRows("lines", "OrderLine", LINE_COLUMNS, rows.lines);
  b.insertRows("discounts", "LineDiscount", DISCOUNT_COLUMNS, rows.discounts);
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
    payments.push([newId(), orderId, "POINTS", r.points.value, "SUCCEEDED", "points", null, null, null, r.points.points, at, at, at]);
  }
  b.insertRows("payments", "Payment", PAYMENT_COLUMNS, payments);
  const adjustments: unknown[][] = [];
  if (settlement.roundingAdjustment !== 0)
    adjustments.push([newId(), orderId, "CASH_ROUNDING", "抹零 cash rounding", settlement.roundingAdjustment]);
  if (r.priceDifference) adjustments.push([newId(), orderId, "MANUAL", "离线价差 offline price difference", r.priceDifference]);
  b.insertRows("adjustments", "OrderAdjustment", ADJUSTMENT_COLUMNS, adjustments);

  const couponIds = sale.coupons.map((c) => c.id);
  if (couponIds.length) {
    b.with(
      "coupons",
      `UPDATE "Coupon" SET status = 'REDEEMED', "redeemedAt" = ${p(at, "timestamptz")}, "orderId" = ${p(orderId)}
        WHERE id = ANY(${p(couponIds, "text[]")}) AND status = 'ISSUED' RETURNING id`,
    ).check(`(SELECT count(*) FROM "coupons") = ${p(couponIds.length, "int")}`, "COUPON_ALREADY_USED");
  }

  if (memberId && !training) {
    const credit = cmd.tenders.filter((t) => t.tender === "STORE_CREDIT").reduce((s, t) => s + t.amount, 0);
    const member = p(memberId);
    b.with(
      "member",
      `UPDATE "Member" SET "pointsBalance" = "pointsBalance" - ${p(r.points.points, "int")} + ${p(r.earned, "int")},
         "storeCreditBalance" = "storeCreditBalance" - ${p(credit, "int")}, "lifetimeSpend" = "lifetimeSpend" + ${p(total, "int")}, "updatedAt" = now()
       WHERE id = ${member} AND "pointsBalance" >= ${p(r.points.points, "int")} AND "storeCreditBalance" >= ${p(credit, "int")}
       RETURNING "pointsBalance", "storeCreditBalance"`,
    ).check(`EXISTS (SELECT 1 FROM "member")`, "POINTS_INSUFFICIENT");
    // Ledger rows carry the balance after each: redeeming happens before earning.
    const points: { delta: number; reason: string; after: number; expiresAt: Date | null }[] = [];
    if (r.points.points > 0) points.push({ delta: -r.points.points, reason: "REDEEM", after: -r.earned, expiresAt: null });
    if (r.earned > 0) {
      const expiresAt = new Date(at.getTime() + sale.reference.settings.pointsValidityDays * 86_400_000);
      points.push({ delta: r.earned, reason: "EARN", after: 0, expiresAt });
    }
    if (points.length) {
      b.with(
        "points",
        `INSERT INTO "PointsEntry" (id, "memberId", delta, "balanceAfter", reason, "orderId", "expiresAt", "createdAt")
         SELECT gen_random_uuid()::text, ${member}, x.delta, m."pointsBalance" + x.adj, x.reason::"PointsReason", ${p(orderId)}, x.expires, ${p(at, "timestamptz")}
           FROM "member" m, unnest(${p(
             points.map((e) => e.delta),
             "int[]",
           )}, ${p(
             points.map((e) => e.after),
             "int[]",
           )},
                ${p(
                  points.map((e) => e.reason),
                  "text[]",
                )}, ${p(
                  points.map((e) => e.expiresAt?.toISOString() ?? null),
                  "timestamptz[]",
                )})
                AS x(delta, adj, reason, expires)`,
      );
    }
    if (credit > 0) {
      b.with(
        "credit",
        `INSERT INTO "StoreCreditEntry" (id, "memberId", delta, "balanceAfter", reason, "orderId")
         SELECT ${p(newId())}, ${member}, ${p(-credit, "int")}, m."storeCreditBalance", 'SALE', ${p(orderId)} FROM "member" m`,
      );
    }
  }

  const exception = (kind: string, message: string, details: string, approverId: string | null) =>
    `INSERT INTO "ExceptionLog" (id, "merchantId", "storeId", kind, message, details, "staffId", "approvedById")
     SELECT gen_random_uuid()::text, ${p(viewer.merchantId)}, ${p(cmd.storeId)}, '${kind}', ${message}, ${details}, ${p(viewer.staffId)}, ${p(approverId)}`;
  if (r.approverId) {
    b.with(
      "override_log",
      exception(
        "PRICE_OVERRIDE",
        `'Manual price change on order ' || ${number}`,
        p(JSON.stringify({ orderId, manual: sale.cart.manualResults }), "jsonb"),
        r.approverId,
      ),
    );
  }

  const events = [
    `SELECT 'ORDER_UPDATED' AS topic, ${p(
      JSON.stringify({
        merchantId: viewer.merchantId,
        orderId,
        storeId: cmd.storeId,
        memberId,
        status: "COMPLETED",
        total,
        at: at.toISOString(),
      }),
      "jsonb",
    )} || jsonb_build_object('number', o.number) AS payload FROM "o" o`,
  ];
  b.insertRows("audit", "AuditLog", AUDIT_COLUMNS, [
    r.audit.row({
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
    }),
  ]);

  if (!training) {
    events.push(
      takeStockForSale(b, {
        locationId: cmd.storeId,
        quantities: quantitiesByVariant(sale.lines),
        // Goods sold offline have left the shop: stock follows them, short stock is logged below.
        allowNegative: sale.reference.settings.allowNegativeStockAtPos || Boolean(cmd.offline),
        orderId,
        merchantId: viewer.merchantId,
        actorId: viewer.staffId,
        at,
      }),
    );
    b.with(
      "discrepancy_log",
      `${exception(
        "STOCK_DISCREPANCY",
        `'Sold ' || n.count || ' item(s) with no stock on record: count the shelf.'`,
        `jsonb_build_object('orderId', ${p(orderId)}::text, 'variants', n.variants)`,
        null,
      )} FROM (SELECT count(*) AS count, jsonb_agg(jsonb_build_object('variantId', "variantId", 'onHand', "onHand")) AS variants
                  FROM "moved" WHERE "onHand" < 0) n WHERE n.count > 0`,
    );
  }
  // Every event of the sale in one outbox row: the relay publishes them one by one.
  b.with("events", batchEventSql(events));
  await b.run(sql, `${number} AS number`);
  return orderId;
}
