import type { Tx } from "../../db/client.ts";
import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { CouponSource } from "../../generated/prisma/enums.ts";
import { newCouponCode } from "./coupon-code.ts";
import type { Failure } from "./marketing-errors.ts";

const DAY_MS = 86_400_000;

const dateOrNull = (v: Date | string | null) => (v == null ? null : new Date(v));

const COUPON_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "templateId", type: "text" },
  { name: "code", type: "text" },
  { name: "memberId", type: "text" },
  { name: "status", type: "text", cast: '"CouponStatus"' },
  { name: "source", type: "text", cast: '"CouponSource"' },
  { name: "validFrom", type: "timestamptz" },
  { name: "validTo", type: "timestamptz" },
  { name: "issuedAt", type: "timestamptz" },
];

type LockedTemplate = {
  id: string;
  status: string;
  validFrom: Date | null;
  validTo: Date | null;
  validDays: number | null;
  perMemberLimit: number;
  totalLimit: number | null;
  issuedCount: number;
};

export type IssueRequest = {
  merchantId: string;
  templateId: string;
  /** active members of the merchant, already checked */
  memberIds: string[];
  source: CouponSource;
  now: Date;
  /** Birthday runs: skip members given a BIRTHDAY coupon (of any template) since this instant. */
  skipBirthdaySince?: Date;
};

export type IssueFailureCode = "COUPON_TEMPLATE_NOT_ACTIVE" | "COUPON_TEMPLATE_EXPIRED";

export type IssueOutcome =
  | { ok: true; couponIds: string[]; skippedMemberLimit: number; skippedTotalLimit: number }
  | Failure<IssueFailureCode>;

/**
 * Issues one coupon of a template to each given member, within the template's perMemberLimit and totalLimit.
 * The template row is locked first, so every issuing of one template (single, segment, claim, birthday) is serialised:
 * the per-member counts read next cannot change before commit, and issuedCount grows by a conditional increment that
 * can never pass totalLimit. Coupons are written in one statement.
 */
export async function issueCoupons(tx: Tx, req: IssueRequest): Promise<IssueOutcome> {
  const rows = await tx.$queryRawUnsafe<LockedTemplate[]>(
    `SELECT id, status::text AS status, "validFrom", "validTo", "validDays", "perMemberLimit", "totalLimit", "issuedCount"
       FROM "CouponTemplate" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
    req.templateId,
    req.merchantId,
  );
  const row = rows[0];
  if (!row) throw notFound("Coupon template", req.templateId);
  const t = { ...row, validFrom: dateOrNull(row.validFrom), validTo: dateOrNull(row.validTo) };
  if (t.status !== "ACTIVE") return { ok: false, code: "COUPON_TEMPLATE_NOT_ACTIVE", message: "This coupon is not being issued." };
  if (t.validTo && t.validTo.getTime() <= req.now.getTime())
    return { ok: false, code: "COUPON_TEMPLATE_EXPIRED", message: "This coupon has expired." };

  const candidates = [...new Set(req.memberIds)];
  const held = new Map<string, number>();
  if (candidates.length) {
    const counts = await tx.$queryRawUnsafe<{ memberId: string; n: number }[]>(
      `SELECT "memberId", count(*)::int AS n FROM "Coupon"
        WHERE "templateId" = $1 AND "memberId" = ANY($2::text[]) AND status <> 'VOID' GROUP BY "memberId"`,
      t.id,
      candidates,
    );
    for (const c of counts) held.set(c.memberId, Number(c.n));
  }
  let eligible = candidates.filter((id) => (held.get(id) ?? 0) < Number(t.perMemberLimit));
  if (req.skipBirthdaySince && eligible.length) {
    const had = await tx.$queryRawUnsafe<{ memberId: string }[]>(
      `SELECT DISTINCT "memberId" FROM "Coupon" WHERE source = 'BIRTHDAY' AND "memberId" = ANY($1::text[]) AND "issuedAt" >= $2`,
      eligible,
      req.skipBirthdaySince,
    );
    const done = new Set(had.map((h) => h.memberId));
    eligible = eligible.filter((id) => !done.has(id));
  }
  const remaining = t.totalLimit === null ? eligible.length : Math.max(0, Number(t.totalLimit) - Number(t.issuedCount));
  const granted = eligible.slice(0, remaining);
  const skippedMemberLimit = candidates.length - eligible.length;
  const skippedTotalLimit = eligible.length - granted.length;
  if (granted.length === 0) return { ok: true, couponIds: [], skippedMemberLimit, skippedTotalLimit };

  const increased = await tx.$executeRawUnsafe(
    `UPDATE "CouponTemplate" SET "issuedCount" = "issuedCount" + $2, "updatedAt" = now()
      WHERE id = $1 AND ("totalLimit" IS NULL OR "issuedCount" + $2 <= "totalLimit")`,
    t.id,
    granted.length,
  );
  if (increased !== 1) throw new Error(`coupon template ${t.id} passed its totalLimit under its lock`);

  const validFrom = t.validFrom && t.validFrom > req.now ? t.validFrom : req.now;
  const byDays = t.validDays ? new Date(req.now.getTime() + Number(t.validDays) * DAY_MS) : null;
  const validTo = byDays && t.validTo ? new Date(Math.min(byDays.getTime(), t.validTo.getTime())) : (byDays ?? t.validTo);
  const couponIds = granted.map(() => newId());
  await bulkInsert(
    tx,
    "Coupon",
    COUPON_COLUMNS,
    granted.map((memberId, i) => [couponIds[i], t.id, newCouponCode(), memberId, "ISSUED", req.source, validFrom, validTo, req.now]),
  );
  return { ok: true, couponIds, skippedMemberLimit, skippedTotalLimit };
}
