import DataLoader from "dataloader";
import type { Db } from "../db/client.ts";

/** Batches `findMany({ where: { key: { in: keys } } })` into one query per tick, grouped back by key. */
function manyBy<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

function oneBy<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Per-request loaders: every relation resolver goes through one of these, so lists cost one query per level. */
export function createLoaders(db: Db) {
  return {
    store: oneBy((ids) => db.store.findMany({ where: { id: { in: ids } } })),
    category: oneBy((ids) => db.category.findMany({ where: { id: { in: ids } } })),
    brand: oneBy((ids) => db.brand.findMany({ where: { id: { in: ids } } })),
    product: oneBy((ids) => db.product.findMany({ where: { id: { in: ids } } })),
    variant: oneBy((ids) => db.variant.findMany({ where: { id: { in: ids } } })),
    member: oneBy((ids) => db.member.findMany({ where: { id: { in: ids } } })),
    tier: oneBy((ids) => db.memberTier.findMany({ where: { id: { in: ids } } })),
    staff: oneBy((ids) => db.staffUser.findMany({ where: { id: { in: ids } } })),
    role: oneBy((ids) => db.role.findMany({ where: { id: { in: ids } } })),
    salesChannel: oneBy((ids) => db.salesChannel.findMany({ where: { id: { in: ids } } })),
    couponTemplate: oneBy((ids) => db.couponTemplate.findMany({ where: { id: { in: ids } } })),
    /** An order's receipt number and store, for links from other records (a redeemed coupon, a ticket). */
    orderRef: oneBy((ids) => db.order.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, storeId: true } })),
    categoriesByParent: manyBy(
      (ids) => db.category.findMany({ where: { parentId: { in: ids } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] }),
      (c) => c.parentId as string,
    ),
    variantsByProduct: manyBy(
      (ids) => db.variant.findMany({ where: { productId: { in: ids } }, orderBy: [{ sku: "asc" }] }),
      (v) => v.productId,
    ),
    imagesByProduct: manyBy(
      (ids) => db.productImage.findMany({ where: { productId: { in: ids } }, orderBy: [{ sortOrder: "asc" }] }),
      (i) => i.productId,
    ),
    barcodesByVariant: manyBy(
      (ids) => db.barcode.findMany({ where: { variantId: { in: ids } }, orderBy: [{ isPrimary: "desc" }, { code: "asc" }] }),
      (b) => b.variantId,
    ),
    stockByVariant: manyBy(
      (ids) => db.stockLevel.findMany({ where: { variantId: { in: ids } } }),
      (s) => s.variantId,
    ),
    overridesByVariant: manyBy(
      (ids) => db.priceOverride.findMany({ where: { variantId: { in: ids } } }),
      (o) => o.variantId,
    ),
    tierPricesByVariant: manyBy(
      (ids) => db.tierPrice.findMany({ where: { variantId: { in: ids } } }),
      (t) => t.variantId,
    ),
    couponsByMember: manyBy(
      (ids) => db.coupon.findMany({ where: { memberId: { in: ids } }, orderBy: [{ issuedAt: "desc" }, { id: "desc" }] }),
      (c) => c.memberId as string,
    ),
    ticketsByMember: manyBy(
      (ids) => db.serviceTicket.findMany({ where: { memberId: { in: ids } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
      (t) => t.memberId,
    ),
    /** The newest message of each ticket (one row per ticket). */
    lastMessageByTicket: manyBy(
      (ids) =>
        db.ticketMessage.findMany({
          where: { ticketId: { in: ids } },
          orderBy: [{ ticketId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
          distinct: ["ticketId"],
        }),
      (m) => m.ticketId,
    ),
    assignmentsByStaff: manyBy(
      (ids) => db.staffAssignment.findMany({ where: { staffId: { in: ids } } }),
      (a) => a.staffId,
    ),
    registersByStore: manyBy(
      (ids) => db.register.findMany({ where: { storeId: { in: ids } }, orderBy: [{ code: "asc" }] }),
      (r) => r.storeId,
    ),
    linesByOrder: manyBy(
      (ids) => db.orderLine.findMany({ where: { orderId: { in: ids } }, orderBy: [{ id: "asc" }] }),
      (l) => l.orderId,
    ),
    discountsByLine: manyBy(
      (ids) => db.lineDiscount.findMany({ where: { orderLineId: { in: ids } } }),
      (d) => d.orderLineId,
    ),
    adjustmentsByOrder: manyBy(
      (ids) => db.orderAdjustment.findMany({ where: { orderId: { in: ids } } }),
      (a) => a.orderId,
    ),
    paymentsByOrder: manyBy(
      (ids) => db.payment.findMany({ where: { orderId: { in: ids } }, orderBy: [{ createdAt: "asc" }] }),
      (p) => p.orderId,
    ),
    fulfilmentsByOrder: manyBy(
      (ids) => db.fulfilment.findMany({ where: { orderId: { in: ids } } }),
      (f) => f.orderId,
    ),
    trackingByFulfilment: manyBy(
      (ids) => db.trackingEvent.findMany({ where: { fulfilmentId: { in: ids } }, orderBy: [{ occurredAt: "asc" }] }),
      (t) => t.fulfilmentId,
    ),
    returnsByOrder: manyBy(
      (ids) => db.orderReturn.findMany({ where: { orderId: { in: ids } } }),
      (r) => r.orderId,
    ),
    returnLinesByReturn: manyBy(
      (ids) =>
        db.returnLine.findMany({
          where: { returnId: { in: ids } },
          include: { orderLine: { select: { variantId: true, sku: true, name: true } } },
          orderBy: [{ id: "asc" }],
        }),
      (l) => l.returnId,
    ),
    refundsByReturn: manyBy(
      (ids) => db.refund.findMany({ where: { returnId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      (r) => r.returnId as string,
    ),
    returnPointsByOrder: manyBy(
      (ids) =>
        db.pointsEntry.findMany({
          where: { orderId: { in: ids }, reason: { in: ["REFUND", "REVERSAL"] }, note: { startsWith: "return " } },
        }),
      (e) => e.orderId as string,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
