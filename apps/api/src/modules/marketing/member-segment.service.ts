import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, invalidField, notFound } from "../../errors/api-errors.ts";
import type { MemberSegment as MemberSegmentRow, Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { MemberSegment, MemberSegmentRules, MemberSegmentRulesInput, SegmentTargetInput } from "./segment.types.ts";

const DAY_MS = 86_400_000;

/** Rules as stored and returned: every key present, unset ones null. */
export function segmentRules(value: MemberSegmentRulesInput | unknown): MemberSegmentRules {
  const r = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const int = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);
  return {
    tierIds: Array.isArray(r.tierIds) ? [...new Set(r.tierIds.filter((t): t is string => typeof t === "string"))] : [],
    minSpend: int(r.minSpend),
    maxSpend: int(r.maxSpend),
    lastOrderWithinDays: int(r.lastOrderWithinDays),
    noOrderForDays: int(r.noOrderForDays),
    consentMarketingOnly: r.consentMarketingOnly === true,
  };
}

/** Active members of the merchant matching every rule that is set; orders count unless training or cancelled. */
export function segmentWhere(merchantId: string, rules: MemberSegmentRules, now: Date): Prisma.MemberWhereInput {
  const ordersSince = (days: number): Prisma.OrderListRelationFilter["some"] => ({
    placedAt: { gte: new Date(now.getTime() - days * DAY_MS) },
    training: false,
    status: { not: "CANCELLED" },
  });
  const and: Prisma.MemberWhereInput[] = [{ merchantId, status: "ACTIVE" }];
  if (rules.tierIds.length) and.push({ tierId: { in: rules.tierIds } });
  if (rules.minSpend !== null) and.push({ lifetimeSpend: { gte: rules.minSpend } });
  if (rules.maxSpend !== null) and.push({ lifetimeSpend: { lte: rules.maxSpend } });
  if (rules.consentMarketingOnly) and.push({ consentMarketing: true });
  if (rules.lastOrderWithinDays !== null) and.push({ orders: { some: ordersSince(rules.lastOrderWithinDays) } });
  if (rules.noOrderForDays !== null) and.push({ orders: { none: ordersSince(rules.noOrderForDays) } });
  return { AND: and };
}

export function segmentOf(row: MemberSegmentRow): MemberSegment {
  return { id: row.id, name: row.name, rules: segmentRules(row.rules), createdAt: row.createdAt };
}

/** Saved member segments and who is in them (marketing). */
export class MemberSegmentService {
  constructor(private readonly db: Db) {}

  list(merchantId: string, page: PageArgs): Promise<Connection<MemberSegmentRow>> {
    const where = { merchantId };
    return paginate(
      page,
      (p) => this.db.memberSegment.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.memberSegment.count({ where }),
    );
  }

  size(merchantId: string, rules: MemberSegmentRules): Promise<number> {
    return this.db.member.count({ where: segmentWhere(merchantId, rules, new Date()) });
  }

  /** Member ids of a segment, in id order. */
  async memberIds(merchantId: string, rules: MemberSegmentRules): Promise<string[]> {
    const rows = await this.db.member.findMany({
      where: segmentWhere(merchantId, rules, new Date()),
      select: { id: true },
      orderBy: { id: "asc" },
    });
    return rows.map((r) => r.id);
  }

  /** A saved segment's rules, or the rules given. */
  async rulesOf(merchantId: string, target: SegmentTargetInput): Promise<MemberSegmentRules> {
    if (target.segmentId && target.rules)
      throw badInput("Give a segment or rules, not both.", [{ field: "segment", message: "both given" }]);
    if (target.segmentId) {
      const saved = await this.db.memberSegment.findFirst({ where: { id: target.segmentId, merchantId } });
      if (!saved) throw notFound("Member segment", target.segmentId);
      return segmentRules(saved.rules);
    }
    if (!target.rules) throw invalidField("segment", "Give a segment or rules.");
    return segmentRules(target.rules);
  }

  async save(
    viewer: StaffViewer,
    id: string | null,
    name: string,
    input: MemberSegmentRulesInput,
    audit: RequestAudit,
  ): Promise<MemberSegmentRow> {
    const rules = segmentRules(input);
    if (rules.minSpend !== null && rules.maxSpend !== null && rules.minSpend > rules.maxSpend)
      throw invalidField("rules.maxSpend", "maxSpend is below minSpend.");
    if (rules.tierIds.length) {
      const found = await this.db.memberTier.count({ where: { merchantId: viewer.merchantId, id: { in: rules.tierIds } } });
      if (found !== rules.tierIds.length) throw invalidField("rules.tierIds", "Unknown member tier.");
    }
    const json = rules as unknown as Prisma.InputJsonObject;
    return this.db.$transaction(async (tx) => {
      const before = id ? await tx.memberSegment.findFirst({ where: { id, merchantId: viewer.merchantId } }) : null;
      if (id && !before) throw notFound("Member segment", id);
      const after = before
        ? await tx.memberSegment.update({ where: { id: before.id }, data: { name, rules: json } })
        : await tx.memberSegment.create({ data: { merchantId: viewer.merchantId, name, rules: json } });
      await audit.record(tx, {
        action: before ? "segment.update" : "segment.create",
        entityType: "MemberSegment",
        entityId: after.id,
        before,
        after,
      });
      return after;
    });
  }
}
