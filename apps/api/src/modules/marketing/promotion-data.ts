import { parsePromotionRule, type Promotion as DomainPromotion, type PromotionSchedule as DomainSchedule } from "@o2o/domain";
import type { Db, Tx } from "../../db/client.ts";
import { badInput, invalidField } from "../../errors/api-errors.ts";
import { Prisma, type Promotion as PromotionRow } from "../../generated/prisma/client.ts";
import { checkScopeIds, scopeJson, scopeOf } from "./discount-scope.ts";
import type { CreatePromotionInput, Promotion, PromotionSchedule, PromotionScheduleInput } from "./promotion.types.ts";

/** The rule's params as the domain normalised them; invalid → BAD_USER_INPUT on `field` with the domain's message. */
export function promotionParams(type: string, params: unknown, field = "params"): Prisma.InputJsonObject {
  const parsed = parsePromotionRule(type, params);
  if (!parsed.ok) throw badInput(parsed.message, [{ field, message: parsed.message }]);
  return parsed.rule.params as unknown as Prisma.InputJsonObject;
}

export function scheduleJson(input: PromotionScheduleInput | null | undefined): DomainSchedule | null {
  if (!input) return null;
  const days = [...new Set(input.daysOfWeek ?? [])].sort((a, b) => a - b);
  return {
    ...(days.length ? { daysOfWeek: days } : {}),
    ...(input.startMinute != null ? { startMinute: input.startMinute } : {}),
    ...(input.endMinute != null ? { endMinute: input.endMinute } : {}),
  };
}

export function checkWindow(startsAt: Date | null | undefined, endsAt: Date | null | undefined, field = "endsAt"): void {
  if (startsAt && endsAt && startsAt >= endsAt) throw invalidField(field, "The end must be after the start.");
}

/** Tier ids and scope ids must all be the merchant's. */
export async function checkPromotionRefs(
  db: Db | Tx,
  merchantId: string,
  refs: { scope?: unknown; tierIds?: string[] | null },
  prefix = "",
): Promise<void> {
  if (refs.scope) await checkScopeIds(db, merchantId, refs.scope as DomainPromotion["scope"], `${prefix}scope`);
  const tierIds = [...new Set(refs.tierIds ?? [])];
  if (tierIds.length) {
    const found = await db.memberTier.count({ where: { merchantId, id: { in: tierIds } } });
    if (found !== tierIds.length) throw invalidField(`${prefix}tierIds`, "Unknown member tier.");
  }
}

/** A nullable JSON column's value: SQL NULL for null. */
export function nullableJson(value: object | null): Prisma.InputJsonObject | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonObject);
}

/** The columns of a new promotion from a validated input. */
export function newPromotionData(input: CreatePromotionInput, prefix = "") {
  checkWindow(input.startsAt, input.endsAt, `${prefix}endsAt`);
  return {
    name: input.name,
    nameI18n: input.nameI18n ?? {},
    type: input.type,
    params: promotionParams(input.type, input.params, `${prefix}params`),
    scope: scopeJson(input.scope) as Prisma.InputJsonObject,
    memberOnly: input.memberOnly,
    tierIds: [...new Set(input.tierIds)],
    priority: input.priority,
    exclusive: input.exclusive,
    stackableWithCoupons: input.stackableWithCoupons,
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    schedule: nullableJson(scheduleJson(input.schedule)),
  };
}

function scheduleOf(json: unknown): PromotionSchedule | null {
  if (!json || typeof json !== "object") return null;
  const s = json as DomainSchedule;
  return { daysOfWeek: [...(s.daysOfWeek ?? [])], startMinute: s.startMinute ?? null, endMinute: s.endMinute ?? null };
}

/** A stored promotion as GraphQL returns it. */
export function promotionOf(row: PromotionRow): Promotion {
  return {
    ...row,
    nameI18n: (row.nameI18n ?? {}) as object,
    params: (row.params ?? {}) as object,
    scope: scopeOf(row.scope),
    schedule: scheduleOf(row.schedule),
  };
}

type PromotionColumns = Pick<
  PromotionRow,
  "id" | "name" | "type" | "memberOnly" | "tierIds" | "priority" | "exclusive" | "stackableWithCoupons" | "startsAt" | "endsAt"
> & { params: unknown; scope: unknown; schedule: unknown };

/** A promotion's columns as the pricing engine takes it (the same mapping the pricing reference applies to active rows). */
export function domainPromotion(row: PromotionColumns): DomainPromotion {
  const rule = parsePromotionRule(row.type, row.params);
  if (!rule.ok) throw badInput(rule.message, [{ field: "params", message: rule.message }]);
  return {
    ...rule.rule,
    id: row.id,
    name: row.name,
    scope: (row.scope ?? {}) as DomainPromotion["scope"],
    memberOnly: row.memberOnly,
    tierIds: row.tierIds,
    priority: row.priority,
    exclusive: row.exclusive,
    stackableWithCoupons: row.stackableWithCoupons,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    schedule: (row.schedule ?? null) as DomainSchedule | null,
  } as DomainPromotion;
}
