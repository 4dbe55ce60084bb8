import { authz, type Scope } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { forbidden } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import type { AuditLogFilter } from "./audit.types.ts";

/** Reads the audit trail. Store-scoped readers see the rows of their stores only; merchant-wide rows need "ALL". */
export class AuditLogService {
  constructor(private readonly db: Db) {}

  list(merchantId: string, scope: Scope, filter: AuditLogFilter | null | undefined, page: PageArgs) {
    const where = this.where(merchantId, scope, filter ?? {});
    return paginate(
      page,
      (p) => this.db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.auditLog.count({ where }),
    );
  }

  private where(merchantId: string, scope: Scope, filter: AuditLogFilter): Prisma.AuditLogWhereInput {
    const and: Prisma.AuditLogWhereInput[] = [{ merchantId }];
    if (filter.storeId) {
      if (!authz.canSeeStore(scope, filter.storeId)) throw forbidden("Missing permission audit:read in this store.");
      and.push({ storeId: filter.storeId });
    } else {
      const inScope = authz.storeFilter(scope);
      if (inScope) and.push({ storeId: inScope });
    }
    if (filter.actorId) and.push({ actorId: filter.actorId });
    if (filter.action) and.push({ action: { startsWith: likeLiteral(filter.action) } });
    if (filter.entityType) and.push({ entityType: filter.entityType });
    if (filter.entityId) and.push({ entityId: filter.entityId });
    if (filter.from) and.push({ createdAt: { gte: filter.from } });
    if (filter.to) and.push({ createdAt: { lt: filter.to } });
    return { AND: and };
  }
}
