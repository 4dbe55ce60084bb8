import { authz, type Scope } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { ReturnsFilter } from "./returns.inputs.ts";

export type OrderReturnRow = Prisma.OrderReturnGetPayload<object>;

/** Reads of returns: store-scoped lists for staff, one order's returns for staff or its member. */
export class ReturnReadService {
  constructor(private readonly db: Db) {}

  /** Returns whose goods came back to a store in scope, or whose order belongs to one, newest first. */
  list(merchantId: string, scope: Scope, filter: ReturnsFilter | null | undefined, page: PageArgs): Promise<Connection<OrderReturnRow>> {
    const inScope = authz.storeFilter(scope);
    const and: Prisma.OrderReturnWhereInput[] = [{ order: { merchantId } }];
    if (inScope) and.push({ OR: [{ storeId: inScope }, { order: { storeId: inScope } }] });
    if (filter?.orderId) and.push({ orderId: filter.orderId });
    if (filter?.storeId) and.push({ storeId: filter.storeId });
    if (filter?.status) and.push({ status: filter.status });
    const where: Prisma.OrderReturnWhereInput = { AND: and };
    return paginate(
      page,
      (p) => this.db.orderReturn.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.orderReturn.count({ where }),
    );
  }

  /** The order's owner and stores, to authorise reading its returns; null when the merchant has no such order. */
  async orderAccess(merchantId: string, orderId: string) {
    const order = await this.db.order.findFirst({
      where: { id: orderId, merchantId },
      select: { id: true, storeId: true, memberId: true },
    });
    if (!order) return null;
    const returnStores = await this.db.orderReturn.findMany({ where: { orderId }, select: { storeId: true }, distinct: ["storeId"] });
    return { ...order, returnStoreIds: returnStores.flatMap((r) => (r.storeId ? [r.storeId] : [])) };
  }

  byOrder(orderId: string): Promise<OrderReturnRow[]> {
    return this.db.orderReturn.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  byId(id: string): Promise<OrderReturnRow> {
    return this.db.orderReturn.findUniqueOrThrow({ where: { id } });
  }
}
