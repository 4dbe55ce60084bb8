import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { checkWindow } from "./promotion-data.ts";
import type { CreateCampaignInput, UpdateCampaignInput } from "./engagement.types.ts";

export type CampaignRow = Prisma.CampaignGetPayload<{ include: { promotions: true } }>;

const withPromotions = { promotions: { orderBy: [{ priority: "desc" as const }, { id: "asc" as const }] } };

/** Campaigns: time windows with a banner that group promotions. The storefront home lists the live ones. */
export class CampaignService {
  constructor(private readonly db: Db) {}

  /** Live campaigns (ACTIVE, inside their window) unless `all`; the merchant's, or every merchant's for a guest. */
  list(merchantId: string | null, all: boolean, page: PageArgs): Promise<Connection<CampaignRow>> {
    const now = new Date();
    const where: Prisma.CampaignWhereInput = {
      ...(merchantId ? { merchantId } : {}),
      ...(all
        ? {}
        : {
            status: "ACTIVE",
            AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
          }),
    };
    return paginate(
      page,
      (p) => this.db.campaign.findMany({ where, include: withPromotions, orderBy: [{ startsAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.campaign.count({ where }),
    );
  }

  async create(viewer: StaffViewer, input: CreateCampaignInput, audit: RequestAudit): Promise<CampaignRow> {
    checkWindow(input.startsAt, input.endsAt);
    await this.checkPromotions(this.db, viewer.merchantId, input.promotionIds);
    return this.db.$transaction(async (tx) => {
      const row = await tx.campaign.create({
        data: {
          merchantId: viewer.merchantId,
          name: input.name,
          description: input.description ?? null,
          bannerUrl: input.bannerUrl ?? null,
          startsAt: input.startsAt ?? null,
          endsAt: input.endsAt ?? null,
          status: input.status,
          promotions: { connect: [...new Set(input.promotionIds)].map((id) => ({ id })) },
        },
        include: withPromotions,
      });
      await audit.record(tx, {
        action: "campaign.create",
        entityType: "Campaign",
        entityId: row.id,
        after: { ...row, promotions: input.promotionIds },
      });
      return row;
    });
  }

  async update(viewer: StaffViewer, id: string, input: UpdateCampaignInput, audit: RequestAudit): Promise<CampaignRow> {
    if (input.promotionIds) await this.checkPromotions(this.db, viewer.merchantId, input.promotionIds);
    return this.db.$transaction(async (tx) => {
      const before = await tx.campaign.findFirst({ where: { id, merchantId: viewer.merchantId }, include: withPromotions });
      if (!before) throw notFound("Campaign", id);
      const startsAt = input.startsAt === undefined ? before.startsAt : input.startsAt;
      const endsAt = input.endsAt === undefined ? before.endsAt : input.endsAt;
      checkWindow(startsAt, endsAt);
      const after = await tx.campaign.update({
        where: { id },
        data: {
          name: input.name ?? undefined,
          description: input.description,
          bannerUrl: input.bannerUrl,
          startsAt,
          endsAt,
          status: input.status ?? undefined,
          ...(input.promotionIds ? { promotions: { set: [...new Set(input.promotionIds)].map((p) => ({ id: p })) } } : {}),
        },
        include: withPromotions,
      });
      const ids = (row: CampaignRow) => row.promotions.map((p) => p.id);
      await audit.record(tx, {
        action: "campaign.update",
        entityType: "Campaign",
        entityId: id,
        before: { ...before, promotions: ids(before) },
        after: { ...after, promotions: ids(after) },
      });
      return after;
    });
  }

  private async checkPromotions(db: Db | Tx, merchantId: string, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found = await db.promotion.count({ where: { merchantId, id: { in: unique } } });
    if (found !== unique.length) throw invalidField("promotionIds", "Unknown promotion.");
  }
}
