import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type Scope, type StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { ExceptionFilter } from "./exceptions.types.ts";

/** The exception log the admin reads: store-scoped, newest first; managers mark entries resolved. */
export class ExceptionsService {
  constructor(private readonly db: Db) {}

  list(viewer: StaffViewer, scope: Scope, filter: ExceptionFilter, page: PageArgs) {
    if (filter.storeId && !authz.canSeeStore(scope, filter.storeId)) throw forbidden("You cannot see this store's exceptions.");
    const where: Prisma.ExceptionLogWhereInput = {
      merchantId: viewer.merchantId,
      ...(filter.storeId ? { storeId: filter.storeId } : scope === "ALL" ? {} : { storeId: authz.storeFilter(scope) }),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.unresolved ? { resolvedAt: null } : {}),
      ...(filter.from || filter.to
        ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
        : {}),
    };
    return paginate(
      page,
      (p) => this.db.exceptionLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.exceptionLog.count({ where }),
    );
  }

  /**
   * A till scanned a code no item carries: logged once per store and code every 10 minutes (a cashier rescanning the
   * same label is one problem, not five). Returns whether a new entry was written.
   */
  async reportUnknownBarcode(viewer: StaffViewer, input: { storeId: string; registerId?: string | null; code: string }): Promise<boolean> {
    const code = input.code.trim();
    const since = new Date(Date.now() - 10 * 60_000);
    const recent = await this.db.exceptionLog.findFirst({
      where: {
        merchantId: viewer.merchantId,
        storeId: input.storeId,
        kind: "UNKNOWN_BARCODE",
        createdAt: { gte: since },
        details: { path: ["code"], equals: code },
      },
      select: { id: true },
    });
    if (recent) return false;
    await this.db.exceptionLog.create({
      data: {
        merchantId: viewer.merchantId,
        storeId: input.storeId,
        kind: "UNKNOWN_BARCODE",
        message: `Scanned code ${code} matches no item.`,
        details: { code, registerId: input.registerId ?? null, source: "TILL_SCAN" },
        staffId: viewer.staffId,
      },
    });
    return true;
  }

  async resolve(viewer: StaffViewer, id: string, note: string | null, audit: RequestAudit) {
    const entry = await this.db.exceptionLog.findFirst({ where: { id, merchantId: viewer.merchantId } });
    if (!entry) throw notFound("Exception", id);
    if (!entry.storeId) authz.requireMerchantWide(viewer, "price:override");
    else authz.requireInStore(viewer, "price:override", entry.storeId);
    return this.db.$transaction(async (tx) => {
      const after = await tx.exceptionLog.update({
        where: { id },
        data: {
          resolvedAt: entry.resolvedAt ?? new Date(),
          details: { ...(entry.details as object), resolution: { by: viewer.staffId, note } },
        },
      });
      await audit.record(tx, {
        action: "exception.resolve",
        entityType: "ExceptionLog",
        entityId: id,
        storeId: entry.storeId,
        before: entry,
        after,
      });
      return after;
    });
  }
}
