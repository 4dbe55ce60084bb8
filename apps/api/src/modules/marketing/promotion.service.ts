import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { MarketingStatus, Prisma, Promotion as PromotionRow } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import type { PricingReferenceCache } from "../checkout/pricing-reference.ts";
import { scopeJson } from "./discount-scope.ts";
import { statusesLeadingTo } from "./marketing-status.ts";
import { checkPromotionRefs, checkWindow, newPromotionData, nullableJson, promotionParams, scheduleJson } from "./promotion-data.ts";
import type { CreatePromotionInput, PromotionFilter, UpdatePromotionInput } from "./promotion.types.ts";

export type PromotionOutcome =
  | { ok: true; promotion: PromotionRow }
  | { ok: false; code: "INVALID_STATUS_TRANSITION" | "MARKETING_ENDED"; message: string; status: MarketingStatus };

/**
 * Promotions (marketing:write). Every write invalidates this instance's pricing reference cache after commit, so the
 * next sale here prices with it; other instances see it within the cache's few seconds.
 */
export class PromotionService {
  constructor(
    private readonly db: Db,
    private readonly pricingReference: PricingReferenceCache,
  ) {}

  list(merchantId: string, filter: PromotionFilter | null | undefined, page: PageArgs): Promise<Connection<PromotionRow>> {
    const search = filter?.search?.trim();
    const where: Prisma.PromotionWhereInput = {
      merchantId,
      ...(filter?.status ? { status: filter.status } : {}),
      ...(filter?.type ? { type: filter.type } : {}),
      ...(search ? { name: { contains: likeLiteral(search), mode: "insensitive" } } : {}),
    };
    return paginate(
      page,
      (p) => this.db.promotion.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.promotion.count({ where }),
    );
  }

  get(merchantId: string, id: string): Promise<PromotionRow | null> {
    return this.db.promotion.findFirst({ where: { id, merchantId } });
  }

  async create(viewer: StaffViewer, input: CreatePromotionInput, audit: RequestAudit): Promise<PromotionRow> {
    const data = newPromotionData(input);
    await checkPromotionRefs(this.db, viewer.merchantId, { scope: data.scope, tierIds: data.tierIds });
    const promotion = await this.db.$transaction(async (tx) => {
      const row = await tx.promotion.create({ data: { ...data, merchantId: viewer.merchantId, status: input.status } });
      await audit.record(tx, { action: "promotion.create", entityType: "Promotion", entityId: row.id, after: row });
      return row;
    });
    this.pricingReference.invalidate(viewer.merchantId);
    return promotion;
  }

  async update(viewer: StaffViewer, id: string, input: UpdatePromotionInput, audit: RequestAudit): Promise<PromotionOutcome> {
    const outcome = await this.db.$transaction(async (tx): Promise<PromotionOutcome> => {
      const before = await this.lock(tx, viewer.merchantId, id);
      if (before.status === "ENDED")
        return { ok: false, code: "MARKETING_ENDED", message: "An ended promotion cannot be changed.", status: before.status };
      const type = input.type ?? before.type;
      const startsAt = input.startsAt === undefined ? before.startsAt : input.startsAt;
      const endsAt = input.endsAt === undefined ? before.endsAt : input.endsAt;
      checkWindow(startsAt, endsAt);
      const scope = input.scope ? scopeJson(input.scope) : undefined;
      await checkPromotionRefs(tx, viewer.merchantId, { scope, tierIds: input.tierIds });
      const after = await tx.promotion.update({
        where: { id },
        data: {
          name: input.name ?? undefined,
          nameI18n: input.nameI18n ?? undefined,
          type,
          params: input.type || input.params ? promotionParams(type, input.params ?? before.params) : undefined,
          scope: scope as Prisma.InputJsonObject | undefined,
          memberOnly: input.memberOnly ?? undefined,
          tierIds: input.tierIds ? [...new Set(input.tierIds)] : undefined,
          priority: input.priority ?? undefined,
          exclusive: input.exclusive ?? undefined,
          stackableWithCoupons: input.stackableWithCoupons ?? undefined,
          startsAt,
          endsAt,
          schedule: input.schedule === undefined ? undefined : nullableJson(scheduleJson(input.schedule)),
        },
      });
      await audit.record(tx, { action: "promotion.update", entityType: "Promotion", entityId: id, before, after });
      return { ok: true, promotion: after };
    });
    if (outcome.ok) this.pricingReference.invalidate(viewer.merchantId);
    return outcome;
  }

  /** ACTIVE, PAUSED or ENDED by the transition table, as one conditional update on the current status. */
  async setStatus(viewer: StaffViewer, id: string, status: MarketingStatus, audit: RequestAudit): Promise<PromotionOutcome> {
    const outcome = await this.db.$transaction(async (tx): Promise<PromotionOutcome> => {
      const from = statusesLeadingTo(status);
      const { count } = await tx.promotion.updateMany({
        where: { id, merchantId: viewer.merchantId, status: { in: from } },
        data: { status },
      });
      const after = await tx.promotion.findFirst({ where: { id, merchantId: viewer.merchantId } });
      if (!after) throw notFound("Promotion", id);
      if (count === 0) {
        if (after.status === status) return { ok: true, promotion: after };
        return {
          ok: false,
          code: "INVALID_STATUS_TRANSITION",
          message: `A ${after.status} promotion cannot become ${status}.`,
          status: after.status,
        };
      }
      await audit.record(tx, { action: "promotion.status", entityType: "Promotion", entityId: id, after: { status } });
      return { ok: true, promotion: after };
    });
    if (outcome.ok) this.pricingReference.invalidate(viewer.merchantId);
    return outcome;
  }

  private async lock(tx: Tx, merchantId: string, id: string): Promise<PromotionRow> {
    const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Promotion" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
      id,
      merchantId,
    );
    if (!locked.length) throw notFound("Promotion", id);
    return tx.promotion.findUniqueOrThrow({ where: { id } });
  }
}
