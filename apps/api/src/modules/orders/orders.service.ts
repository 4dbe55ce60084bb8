import { authz, type MemberViewer, type Scope } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import type { Order as OrderRow, Prisma } from "../../generated/prisma/client.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import { SortDirection } from "../../graphql/sorting.ts";
import { phoneFragment } from "../members/phone-search.ts";
import { type OrderFilter, type OrderSort, OrderSortField } from "./orders.inputs.ts";

const SORT_COLUMN = { [OrderSortField.PLACED_AT]: "placedAt", [OrderSortField.TOTAL]: "total" } as const;
const DEFAULT_SORT: OrderSort = { field: OrderSortField.PLACED_AT, direction: SortDirection.DESC };
const NEWEST_FIRST: Prisma.OrderOrderByWithRelationInput[] = [{ placedAt: "desc" }, { id: "desc" }];

/**
 * Order reads. Staff see the orders of the stores where they hold order:read (online orders without a store only with
 * merchant-wide scope); members see their own orders.
 */
export class OrdersService {
  constructor(private readonly db: Db) {}

  list(merchantId: string, scope: Scope, filter: OrderFilter | null | undefined, sort: OrderSort | null | undefined, page: PageArgs) {
    const where = this.where(merchantId, scope, filter ?? {});
    const { field, direction } = sort ?? DEFAULT_SORT;
    const dir = direction === SortDirection.ASC ? "asc" : "desc";
    const orderBy: Prisma.OrderOrderByWithRelationInput[] = [{ [SORT_COLUMN[field]]: dir }, { id: dir }];
    return paginate(
      page,
      (p) => this.db.order.findMany({ where, orderBy, ...p }),
      () => this.db.order.count({ where }),
    );
  }

  /** A member's own orders, newest first (training sales are never a shopper's). */
  ofMember(viewer: Pick<MemberViewer, "merchantId" | "memberId">, page: PageArgs) {
    const where: Prisma.OrderWhereInput = { merchantId: viewer.merchantId, memberId: viewer.memberId, training: false };
    return paginate(
      page,
      (p) => this.db.order.findMany({ where, orderBy: NEWEST_FIRST, ...p }),
      () => this.db.order.count({ where }),
    );
  }

  /** NOT_FOUND when the merchant has no such order, FORBIDDEN when it belongs to a store outside the scope. */
  async forStaff(merchantId: string, scope: Scope, id: string): Promise<OrderRow> {
    const order = await this.db.order.findFirst({ where: { id, merchantId } });
    if (!order) throw notFound("Order", id);
    if (!authz.canSeeStore(scope, order.storeId)) throw forbidden("This order belongs to a store outside your order:read scope.");
    return order;
  }

  /** Null when there is no order with this number; FORBIDDEN when it belongs to a store outside the scope. */
  async byNumber(merchantId: string, scope: Scope, number: string): Promise<OrderRow | null> {
    const order = await this.db.order.findFirst({ where: { merchantId, number: number.trim().toUpperCase() } });
    if (order && !authz.canSeeStore(scope, order.storeId)) throw forbidden("This order belongs to a store outside your order:read scope.");
    return order;
  }

  /** A member's own order; other orders are NOT_FOUND to them (a member learns nothing about other shoppers). */
  async forMember(viewer: MemberViewer, id: string): Promise<OrderRow> {
    const order = await this.db.order.findFirst({
      where: { id, merchantId: viewer.merchantId, memberId: viewer.memberId, training: false },
    });
    if (!order) throw notFound("Order", id);
    return order;
  }

  private where(merchantId: string, scope: Scope, filter: OrderFilter): Prisma.OrderWhereInput {
    const and: Prisma.OrderWhereInput[] = [{ merchantId }];
    if (filter.storeId) {
      if (!authz.canSeeStore(scope, filter.storeId)) throw forbidden("Missing permission order:read in this store.");
      and.push({ storeId: filter.storeId });
    } else {
      const inScope = authz.storeFilter(scope);
      if (inScope) and.push({ storeId: inScope });
    }
    if (!filter.includeTraining) and.push({ training: false });
    if (filter.channelType) and.push({ channel: { type: filter.channelType } });
    if (filter.status) and.push({ status: filter.status });
    if (filter.type) and.push({ type: filter.type });
    if (filter.memberId) and.push({ memberId: filter.memberId });
    if (filter.from) and.push({ placedAt: { gte: filter.from } });
    if (filter.to) and.push({ placedAt: { lt: filter.to } });
    const search = filter.search?.trim();
    if (search) {
      const digits = phoneFragment(search);
      and.push({
        OR: [
          { number: { contains: likeLiteral(search), mode: "insensitive" } },
          ...(digits ? [{ member: { phone: { contains: digits } } }] : []),
        ],
      });
    }
    return { AND: and };
  }
}
