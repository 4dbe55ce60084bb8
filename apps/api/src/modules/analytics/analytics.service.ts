import type { Scope } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { MemberMix, SalesBucket, SalesPoint, SalesSummary, TopProduct } from "./analytics.types.ts";
import { fillSeries, type SalesRange, salesWindow, utcOffsetMinutes } from "./sales-window.ts";

/** Orders that count as sales: paid in some way, not cancelled, not training. */
const COUNTED = Prisma.sql`o."status" NOT IN ('PENDING_PAYMENT', 'CANCELLED') AND o."training" = false`;
const TOP_PRODUCTS = 8;

type Num = number | bigint | string | null;
const num = (v: Num): number => (v === null ? 0 : Math.round(Number(v)));

/** Aggregates for the admin dashboard, straight from the orders (indexed by merchant and placedAt). */
export class AnalyticsService {
  constructor(private readonly db: Db) {}

  async summary(merchantId: string, scope: Scope, range: SalesRange, storeId: string | null, now = new Date()): Promise<SalesSummary> {
    const store = await this.db.store.findFirst({ where: { merchantId }, orderBy: { createdAt: "asc" }, select: { timezone: true } });
    const timeZone = store?.timezone ?? "Asia/Shanghai";
    const window = salesWindow(range, now, timeZone);
    const offset = utcOffsetMinutes(timeZone, now);
    const stores = storeId ? [storeId] : scope === "ALL" ? null : [...scope];
    const where = Prisma.sql`o."merchantId" = ${merchantId} AND o."placedAt" >= ${window.from} AND o."placedAt" < ${window.to} AND ${COUNTED}
      ${stores ? Prisma.sql`AND o."storeId" IN (${Prisma.join(stores.length ? stores : [""])})` : Prisma.empty}`;

    const [totals, byStore, byChannel, overTime, topProducts, categoryMix, members] = await Promise.all([
      this.db.$queryRaw<{ sales: Num; refunded: Num; orders: Num }[]>`
        SELECT COALESCE(SUM(o."total"), 0)::float8 AS sales, COALESCE(SUM(o."refundedTotal"), 0)::float8 AS refunded, COUNT(*)::float8 AS orders
        FROM "Order" o WHERE ${where}`,
      this.db.$queryRaw<{ key: string | null; label: string | null; sales: Num; orders: Num }[]>`
        SELECT o."storeId" AS key, MAX(s."name") AS label, SUM(o."total")::float8 AS sales, COUNT(*)::float8 AS orders
        FROM "Order" o LEFT JOIN "Store" s ON s."id" = o."storeId" WHERE ${where}
        GROUP BY o."storeId" ORDER BY sales DESC`,
      this.db.$queryRaw<{ key: string; sales: Num; orders: Num }[]>`
        SELECT c."type"::text AS key, SUM(o."total")::float8 AS sales, COUNT(*)::float8 AS orders
        FROM "Order" o JOIN "SalesChannel" c ON c."id" = o."channelId" WHERE ${where}
        GROUP BY c."type" ORDER BY sales DESC`,
      this.db.$queryRaw<{ label: string; sales: Num; orders: Num }[]>`
        SELECT to_char(o."placedAt" + make_interval(mins => ${offset}::int), ${window.bucket === "hour" ? 'YYYY-MM-DD"T"HH24' : "YYYY-MM-DD"}) AS label,
               SUM(o."total")::float8 AS sales, COUNT(*)::float8 AS orders
        FROM "Order" o WHERE ${where} GROUP BY 1`,
      this.db.$queryRaw<{ productId: string; name: string; quantity: Num; sales: Num }[]>`
        SELECT p."id" AS "productId", MAX(p."name") AS name, SUM(l."quantity" - l."returnedQuantity")::float8 AS quantity, SUM(l."total")::float8 AS sales
        FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id" JOIN "Variant" v ON v."id" = l."variantId" JOIN "Product" p ON p."id" = v."productId"
        WHERE ${where} GROUP BY p."id" ORDER BY sales DESC, quantity DESC LIMIT ${TOP_PRODUCTS}`,
      this.db.$queryRaw<{ categoryId: string | null; sales: Num; orders: Num }[]>`
        SELECT p."categoryId" AS "categoryId", SUM(l."total")::float8 AS sales, COUNT(DISTINCT o."id")::float8 AS orders
        FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id" JOIN "Variant" v ON v."id" = l."variantId" JOIN "Product" p ON p."id" = v."productId"
        WHERE ${where} GROUP BY p."categoryId"`,
      this.db.$queryRaw<{ newMembers: Num; returningMembers: Num; guestOrders: Num }[]>`
        WITH buyers AS (SELECT DISTINCT o."memberId" AS id FROM "Order" o WHERE ${where} AND o."memberId" IS NOT NULL)
        SELECT
          (SELECT COUNT(*) FROM buyers b WHERE NOT EXISTS (
            SELECT 1 FROM "Order" o WHERE o."memberId" = b.id AND o."placedAt" < ${window.from} AND ${COUNTED}))::float8 AS "newMembers",
          (SELECT COUNT(*) FROM buyers b WHERE EXISTS (
            SELECT 1 FROM "Order" o WHERE o."memberId" = b.id AND o."placedAt" < ${window.from} AND ${COUNTED}))::float8 AS "returningMembers",
          (SELECT COUNT(*) FROM "Order" o WHERE ${where} AND o."memberId" IS NULL)::float8 AS "guestOrders"`,
    ]);

    const sales = num(totals[0]?.sales ?? 0);
    const orders = num(totals[0]?.orders ?? 0);
    const points: SalesPoint[] = overTime.map((r) => ({ label: r.label, sales: num(r.sales), orders: num(r.orders) }));
    const mix = members[0];
    return {
      from: window.from,
      to: window.to,
      sales,
      refunded: num(totals[0]?.refunded ?? 0),
      orders,
      averageBasket: orders === 0 ? 0 : Math.round(sales / orders),
      byStore: byStore.map(
        (r): SalesBucket => ({ key: r.key ?? "NONE", label: r.label ?? "", sales: num(r.sales), orders: num(r.orders) }),
      ),
      byChannel: byChannel.map((r): SalesBucket => ({ key: r.key, label: r.key, sales: num(r.sales), orders: num(r.orders) })),
      overTime: fillSeries(window.labels, points, (label) => ({ label, sales: 0, orders: 0 })),
      topProducts: topProducts.map(
        (r): TopProduct => ({ productId: r.productId, name: r.name, quantity: num(r.quantity), sales: num(r.sales) }),
      ),
      categoryMix: await this.byTopCategory(merchantId, categoryMix),
      members: {
        newMembers: num(mix?.newMembers ?? 0),
        returningMembers: num(mix?.returningMembers ?? 0),
        guestOrders: num(mix?.guestOrders ?? 0),
      } satisfies MemberMix,
    };
  }

  /** Rolls category sales up to the top-level categories (the tree is small: one read). */
  private async byTopCategory(merchantId: string, rows: { categoryId: string | null; sales: Num; orders: Num }[]): Promise<SalesBucket[]> {
    const categories = await this.db.category.findMany({ where: { merchantId }, select: { id: true, parentId: true, name: true } });
    const byId = new Map(categories.map((c) => [c.id, c]));
    const rootOf = (id: string | null) => {
      let node = id ? byId.get(id) : undefined;
      for (let depth = 0; node?.parentId && depth < 10; depth++) node = byId.get(node.parentId) ?? node;
      return node;
    };
    const totals = new Map<string, SalesBucket>();
    for (const row of rows) {
      const root = rootOf(row.categoryId);
      const key = root?.id ?? "NONE";
      const bucket = totals.get(key) ?? { key, label: root?.name ?? "", sales: 0, orders: 0 };
      bucket.sales += num(row.sales);
      bucket.orders += num(row.orders);
      totals.set(key, bucket);
    }
    return [...totals.values()].sort((a, b) => b.sales - a.sales);
  }
}
