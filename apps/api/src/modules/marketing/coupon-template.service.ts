import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { badInput, conflict, type FieldError, notFound } from "../../errors/api-errors.ts";
import type { CouponKind, CouponTemplate as CouponTemplateRow, Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import { checkScopeIds, scopeJson } from "./discount-scope.ts";
import type { CouponTemplateFilter, CreateCouponTemplateInput, UpdateCouponTemplateInput } from "./coupon.types.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

type TemplateShape = {
  kind: CouponKind;
  value: number;
  freeVariantId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
};

/** Rules of a template's fields that one field alone cannot check. */
async function checkTemplate(db: Db | Tx, merchantId: string, t: TemplateShape): Promise<void> {
  const problems: FieldError[] = [];
  if (t.kind === "PERCENT" && t.value > 10_000)
    problems.push({ field: "value", message: "a PERCENT coupon's value is basis points, at most 10000" });
  if (t.kind === "FREE_ITEM" && !t.freeVariantId) problems.push({ field: "freeVariantId", message: "required for a FREE_ITEM coupon" });
  if (t.kind === "FREE_ITEM" && t.value > 100) problems.push({ field: "value", message: "a FREE_ITEM coupon gives at most 100 units" });
  if (t.kind !== "FREE_ITEM" && t.freeVariantId) problems.push({ field: "freeVariantId", message: "only for a FREE_ITEM coupon" });
  if (t.validFrom && t.validTo && t.validFrom >= t.validTo) problems.push({ field: "validTo", message: "must be after validFrom" });
  if (t.freeVariantId && !(await db.variant.findFirst({ where: { id: t.freeVariantId, merchantId }, select: { id: true } }))) {
    problems.push({ field: "freeVariantId", message: "unknown variant" });
  }
  if (problems.length) throw badInput(problems.map((p) => `${p.field}: ${p.message}`).join("; "), problems);
}

/** Coupon templates (marketing:write). Claim codes are stored upper-case and unique per merchant. */
export class CouponTemplateService {
  constructor(private readonly db: Db) {}

  list(merchantId: string, filter: CouponTemplateFilter | null | undefined, page: PageArgs): Promise<Connection<CouponTemplateRow>> {
    const search = filter?.search?.trim();
    const where: Prisma.CouponTemplateWhereInput = {
      merchantId,
      ...(filter?.status ? { status: filter.status } : {}),
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(search ? { name: { contains: likeLiteral(search), mode: "insensitive" } } : {}),
    };
    return paginate(
      page,
      (p) => this.db.couponTemplate.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.couponTemplate.count({ where }),
    );
  }

  get(merchantId: string, id: string): Promise<CouponTemplateRow | null> {
    return this.db.couponTemplate.findFirst({ where: { id, merchantId } });
  }

  async create(viewer: StaffViewer, input: CreateCouponTemplateInput, audit: RequestAudit): Promise<CouponTemplateRow> {
    const merchantId = viewer.merchantId;
    const scope = scopeJson(input.scope);
    const shape = {
      kind: input.kind,
      value: input.value,
      freeVariantId: input.freeVariantId ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    };
    await checkTemplate(this.db, merchantId, shape);
    await checkScopeIds(this.db, merchantId, scope);
    return this.uniqueClaimCode(() =>
      this.db.$transaction(async (tx) => {
        const row = await tx.couponTemplate.create({
          data: {
            merchantId,
            name: input.name,
            ...shape,
            maxDiscount: input.maxDiscount ?? null,
            threshold: input.threshold,
            scope: scope as Prisma.InputJsonObject,
            stacking: input.stacking,
            priority: input.priority,
            validDays: input.validDays ?? null,
            perMemberLimit: input.perMemberLimit,
            totalLimit: input.totalLimit ?? null,
            claimCode: input.claimCode ? input.claimCode.toUpperCase() : null,
            status: input.status,
          },
        });
        await audit.record(tx, { action: "coupon_template.create", entityType: "CouponTemplate", entityId: row.id, after: row });
        return row;
      }),
    );
  }

  /** Explicit nulls clear nullable fields (maxDiscount, freeVariantId, validity, totalLimit, claimCode). */
  async update(viewer: StaffViewer, id: string, input: UpdateCouponTemplateInput, audit: RequestAudit): Promise<CouponTemplateRow> {
    const merchantId = viewer.merchantId;
    const scope = input.scope ? scopeJson(input.scope) : undefined;
    if (scope) await checkScopeIds(this.db, merchantId, scope);
    return this.uniqueClaimCode(() =>
      this.db.$transaction(async (tx) => {
        // Locked: issuing locks the same row, so totalLimit cannot drop below a count that is still growing.
        const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
          `SELECT id FROM "CouponTemplate" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
          id,
          merchantId,
        );
        if (!locked.length) throw notFound("Coupon template", id);
        const before = await tx.couponTemplate.findUniqueOrThrow({ where: { id } });
        const pick = <K extends keyof UpdateCouponTemplateInput & keyof CouponTemplateRow>(key: K) =>
          (input[key] === undefined ? before[key] : input[key]) as CouponTemplateRow[K];
        const shape = {
          kind: before.kind,
          value: input.value ?? before.value,
          freeVariantId: pick("freeVariantId"),
          validFrom: pick("validFrom"),
          validTo: pick("validTo"),
        };
        await checkTemplate(tx, merchantId, shape);
        const totalLimit = pick("totalLimit");
        if (totalLimit !== null && totalLimit < before.issuedCount) {
          throw badInput(`${before.issuedCount} coupons were already issued.`, [
            { field: "totalLimit", message: "below the number already issued" },
          ]);
        }
        const claimCode = pick("claimCode");
        const after = await tx.couponTemplate.update({
          where: { id },
          data: {
            ...shape,
            name: input.name ?? undefined,
            maxDiscount: pick("maxDiscount"),
            threshold: input.threshold ?? undefined,
            scope: scope as Prisma.InputJsonObject | undefined,
            stacking: input.stacking ?? undefined,
            priority: input.priority ?? undefined,
            validDays: pick("validDays"),
            perMemberLimit: input.perMemberLimit ?? undefined,
            totalLimit,
            claimCode: claimCode ? claimCode.toUpperCase() : null,
            status: input.status ?? undefined,
          },
        });
        await audit.record(tx, { action: "coupon_template.update", entityType: "CouponTemplate", entityId: id, before, after });
        return after;
      }),
    );
  }

  private async uniqueClaimCode<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("That claim code is already used by another coupon template.");
      throw error;
    }
  }
}
