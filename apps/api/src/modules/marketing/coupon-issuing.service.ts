import { CHINA_STANDARD_TIME_OFFSET_MINUTES, localTimeParts } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { MemberViewer, StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { Coupon as CouponRow, CouponSource, CouponStatus, Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { type IssueFailureCode, issueCoupons, type IssueOutcome } from "./coupon-issuer.ts";
import type { CouponStats, SegmentIssueSummary } from "./coupon.types.ts";
import type { Failure } from "./marketing-errors.ts";
import type { MemberSegmentService } from "./member-segment.service.ts";
import type { SegmentTargetInput } from "./segment.types.ts";

export type IssueFailure = Failure<IssueFailureCode | "COUPON_SOLD_OUT" | "COUPON_MEMBER_LIMIT_REACHED" | "COUPON_CLAIM_CODE_UNKNOWN"> & {
  templateId: string | null;
};
export type SingleIssue = { ok: true; coupon: CouponRow } | IssueFailure;

/** Audit for a request, or a SYSTEM row for jobs. */
type Auditor = (tx: Tx, entry: { action: string; entityType: string; entityId?: string | null; after?: unknown }) => Promise<void>;

/**
 * Issuing coupons: to one member, to a segment, by claim code, and on birthdays; plus members' wallets and template
 * statistics. Limits are enforced in coupon-issuer.ts under the template's row lock.
 */
export class CouponIssuingService {
  constructor(
    private readonly db: Db,
    private readonly segments: MemberSegmentService,
    private readonly auditWriter: AuditWriter,
  ) {}

  async issueToMember(viewer: StaffViewer, templateId: string, memberId: string, audit: RequestAudit): Promise<SingleIssue> {
    const member = await this.db.member.findFirst({
      where: { id: memberId, merchantId: viewer.merchantId, status: "ACTIVE" },
      select: { id: true },
    });
    if (!member) throw notFound("Member", memberId);
    return this.issueSingle(viewer.merchantId, templateId, memberId, "MANUAL", (tx, e) => audit.record(tx, e));
  }

  /** A member types a claim code: once per member unless the template's perMemberLimit allows more. */
  async claim(viewer: MemberViewer, claimCode: string, audit: RequestAudit): Promise<SingleIssue> {
    const code = claimCode.trim().toUpperCase();
    const template = code
      ? await this.db.couponTemplate.findFirst({ where: { merchantId: viewer.merchantId, claimCode: code }, select: { id: true } })
      : null;
    if (!template)
      return {
        ok: false,
        code: "COUPON_CLAIM_CODE_UNKNOWN",
        message: `No coupon can be claimed with ${code || "an empty code"}.`,
        templateId: null,
      };
    return this.issueSingle(viewer.merchantId, template.id, viewer.memberId, "CLAIM", (tx, e) => audit.record(tx, e));
  }

  async issueToSegment(
    viewer: StaffViewer,
    templateId: string,
    target: SegmentTargetInput,
    audit: RequestAudit,
  ): Promise<{ ok: true; summary: SegmentIssueSummary } | IssueFailure> {
    const rules = await this.segments.rulesOf(viewer.merchantId, target);
    const memberIds = await this.segments.memberIds(viewer.merchantId, rules);
    const outcome = await this.db.$transaction(async (tx) => {
      const issued = await issueCoupons(tx, { merchantId: viewer.merchantId, templateId, memberIds, source: "SEGMENT", now: new Date() });
      if (issued.ok) {
        await audit.record(tx, {
          action: "coupon.issue_segment",
          entityType: "CouponTemplate",
          entityId: templateId,
          after: { segmentId: target.segmentId ?? null, rules, matched: memberIds.length, issued: issued.couponIds.length },
        });
      }
      return issued;
    });
    if (!outcome.ok) return { ...outcome, templateId };
    return {
      ok: true,
      summary: {
        matched: memberIds.length,
        issued: outcome.couponIds.length,
        skippedMemberLimit: outcome.skippedMemberLimit,
        skippedTotalLimit: outcome.skippedTotalLimit,
      },
    };
  }

  /**
   * Birthday coupons for members whose birthday (China local date) is `today`, from each merchant's birthday template
   * (Merchant.settings.marketing.birthdayCouponTemplateId). Idempotent per member per year; members whose tier says
   * `benefits.birthdayCoupon: false` get none; 29 February birthdays are honoured on 28 February in other years.
   */
  async issueBirthdayCoupons(today: Date, merchantId?: string, audit?: RequestAudit): Promise<{ date: string; issued: number }> {
    const local = localTimeParts(today);
    const date = `${local.year}-${local.monthDay}`;
    const yearStart = new Date(Date.UTC(local.year, 0, 1) - CHINA_STANDARD_TIME_OFFSET_MINUTES * 60_000);
    const leap = new Date(Date.UTC(local.year, 1, 29)).getUTCMonth() === 1;
    const feb29Too = local.month === 2 && local.day === 28 && !leap;
    const merchants = await this.db.$queryRawUnsafe<{ id: string; templateId: string }[]>(
      `SELECT id, settings->'marketing'->>'birthdayCouponTemplateId' AS "templateId" FROM "Merchant"
        WHERE settings->'marketing'->>'birthdayCouponTemplateId' IS NOT NULL AND ($1::text IS NULL OR id = $1)`,
      merchantId ?? null,
    );
    let issued = 0;
    for (const merchant of merchants) {
      const members = await this.db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT m.id FROM "Member" m LEFT JOIN "MemberTier" t ON t.id = m."tierId"
          WHERE m."merchantId" = $1 AND m.status = 'ACTIVE' AND m.birthday IS NOT NULL
            AND COALESCE(t.benefits->>'birthdayCoupon', 'true') <> 'false'
            AND ((EXTRACT(MONTH FROM m.birthday) = $2 AND EXTRACT(DAY FROM m.birthday) = $3)
              OR ($4 AND EXTRACT(MONTH FROM m.birthday) = 2 AND EXTRACT(DAY FROM m.birthday) = 29))
          ORDER BY m.id`,
        merchant.id,
        local.month,
        local.day,
        feb29Too,
      );
      if (!members.length) continue;
      const outcome = await this.db.$transaction(async (tx) => {
        const result = await issueCoupons(tx, {
          merchantId: merchant.id,
          templateId: merchant.templateId,
          memberIds: members.map((m) => m.id),
          source: "BIRTHDAY",
          now: today,
          skipBirthdaySince: yearStart,
        });
        if (result.ok && result.couponIds.length) {
          const entry = {
            action: "coupon.issue_birthday",
            entityType: "CouponTemplate",
            entityId: merchant.templateId,
            after: { date, issued: result.couponIds.length },
          };
          if (audit) await audit.record(tx, entry);
          else await this.auditWriter.write(tx, { ...entry, merchantId: merchant.id, actor: { type: "SYSTEM", id: null } });
        }
        return result;
      });
      if (outcome.ok) issued += outcome.couponIds.length;
      else console.error(`[marketing] birthday coupons for merchant ${merchant.id}: ${outcome.code}`);
    }
    return { date, issued };
  }

  /** Sets (or clears, with null) the merchant's birthday coupon template. */
  async setBirthdayTemplate(viewer: StaffViewer, templateId: string | null, audit: RequestAudit): Promise<boolean> {
    if (
      templateId &&
      !(await this.db.couponTemplate.findFirst({ where: { id: templateId, merchantId: viewer.merchantId }, select: { id: true } }))
    ) {
      throw notFound("Coupon template", templateId);
    }
    await this.db.$transaction(async (tx) => {
      // One statement on the JSON, so settings written by others at the same time are kept.
      await tx.$executeRawUnsafe(
        `UPDATE "Merchant" SET "updatedAt" = now(), settings = CASE WHEN $2::text IS NULL
           THEN settings #- '{marketing,birthdayCouponTemplateId}'
           ELSE jsonb_set(settings || jsonb_build_object('marketing', COALESCE(settings->'marketing', '{}'::jsonb)), '{marketing,birthdayCouponTemplateId}', to_jsonb($2::text))
         END WHERE id = $1`,
        viewer.merchantId,
        templateId,
      );
      await audit.record(tx, {
        action: "coupon.birthday_template",
        entityType: "Merchant",
        entityId: viewer.merchantId,
        after: { birthdayCouponTemplateId: templateId },
      });
    });
    return true;
  }

  async birthdayTemplateId(merchantId: string): Promise<string | null> {
    const rows = await this.db.$queryRawUnsafe<{ templateId: string | null }[]>(
      `SELECT settings->'marketing'->>'birthdayCouponTemplateId' AS "templateId" FROM "Merchant" WHERE id = $1`,
      merchantId,
    );
    return rows[0]?.templateId ?? null;
  }

  /**
   * A member's coupons, newest first. ISSUED means usable (not past validTo); EXPIRED includes issued coupons past
   * validTo, as a wallet shows them.
   */
  wallet(viewer: MemberViewer, status: CouponStatus | null | undefined, page: PageArgs): Promise<Connection<CouponRow>> {
    const now = new Date();
    const byStatus: Record<CouponStatus, Prisma.CouponWhereInput> = {
      ISSUED: { status: "ISSUED", OR: [{ validTo: null }, { validTo: { gt: now } }] },
      EXPIRED: { OR: [{ status: "EXPIRED" }, { status: "ISSUED", validTo: { lte: now } }] },
      REDEEMED: { status: "REDEEMED" },
      VOID: { status: "VOID" },
    };
    const where: Prisma.CouponWhereInput = {
      memberId: viewer.memberId,
      template: { merchantId: viewer.merchantId },
      ...(status ? byStatus[status] : {}),
    };
    return paginate(
      page,
      (p) => this.db.coupon.findMany({ where, orderBy: [{ issuedAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.coupon.count({ where }),
    );
  }

  async stats(merchantId: string, templateId: string): Promise<CouponStats> {
    const template = await this.db.couponTemplate.findFirst({ where: { id: templateId, merchantId }, select: { id: true } });
    if (!template) throw notFound("Coupon template", templateId);
    const [counts, given] = await Promise.all([
      this.db.$queryRawUnsafe<{ issued: number; redeemed: number; expired: number; voided: number }[]>(
        `SELECT count(*)::int AS issued,
                count(*) FILTER (WHERE status = 'REDEEMED')::int AS redeemed,
                count(*) FILTER (WHERE status = 'EXPIRED' OR (status = 'ISSUED' AND "validTo" <= now()))::int AS expired,
                count(*) FILTER (WHERE status = 'VOID')::int AS voided
           FROM "Coupon" WHERE "templateId" = $1`,
        templateId,
      ),
      this.db.$queryRawUnsafe<{ amount: number }[]>(
        `SELECT COALESCE(SUM(d.amount), 0)::int AS amount FROM "LineDiscount" d JOIN "Coupon" c ON c.id = d."sourceId"
          WHERE d.source = 'COUPON' AND c."templateId" = $1`,
        templateId,
      ),
    ]);
    const c = counts[0] ?? { issued: 0, redeemed: 0, expired: 0, voided: 0 };
    const issued = Number(c.issued);
    const redeemed = Number(c.redeemed);
    return {
      templateId,
      issued,
      redeemed,
      expired: Number(c.expired),
      voided: Number(c.voided),
      redemptionRate: issued === 0 ? 0 : redeemed / issued,
      discountGiven: Number(given[0]?.amount ?? 0),
    };
  }

  private async issueSingle(
    merchantId: string,
    templateId: string,
    memberId: string,
    source: CouponSource,
    record: Auditor,
  ): Promise<SingleIssue> {
    return this.db.$transaction(async (tx): Promise<SingleIssue> => {
      const outcome: IssueOutcome = await issueCoupons(tx, { merchantId, templateId, memberIds: [memberId], source, now: new Date() });
      if (!outcome.ok) return { ...outcome, templateId };
      const couponId = outcome.couponIds[0];
      if (!couponId) {
        return outcome.skippedMemberLimit
          ? {
              ok: false,
              code: "COUPON_MEMBER_LIMIT_REACHED",
              message: "You already have the most coupons of this kind one member may hold.",
              templateId,
            }
          : { ok: false, code: "COUPON_SOLD_OUT", message: "All coupons of this kind have been given out.", templateId };
      }
      const coupon = await tx.coupon.findUniqueOrThrow({ where: { id: couponId } });
      await record(tx, {
        action: source === "CLAIM" ? "coupon.claim" : "coupon.issue",
        entityType: "Coupon",
        entityId: coupon.id,
        after: coupon,
      });
      return { ok: true, coupon };
    });
  }
}
