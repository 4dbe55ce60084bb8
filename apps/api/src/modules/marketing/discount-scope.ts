import type { DiscountScope as DomainDiscountScope } from "@o2o/domain";
import { ArrayMaxSize, IsIn, IsOptional, Length } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { Db, Tx } from "../../db/client.ts";
import { badInput, type FieldError } from "../../errors/api-errors.ts";
import { ChannelType } from "../../generated/prisma/enums.ts";

const MAX_IDS = 500;

@ObjectType({
  description:
    "What a promotion or coupon covers. Empty lists mean all; a line matching any include list is in, any exclude list takes it out.",
})
export class DiscountScope {
  @Field(() => [ID]) storeIds!: string[];
  @Field(() => [ChannelType]) channels!: ChannelType[];
  @Field(() => [ID], { description: "Categories, with their descendants." }) categoryIds!: string[];
  @Field(() => [ID]) brandIds!: string[];
  @Field(() => [ID]) productIds!: string[];
  @Field(() => [ID]) variantIds!: string[];
  @Field(() => [ID]) excludeCategoryIds!: string[];
  @Field(() => [ID]) excludeBrandIds!: string[];
  @Field(() => [ID]) excludeProductIds!: string[];
  @Field(() => [ID]) excludeVariantIds!: string[];
}

@InputType({ description: "A scope; omit or leave a list empty for all." })
export class DiscountScopeInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) storeIds?: string[] | null;
  @Field(() => [ChannelType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn(Object.values(ChannelType), { each: true })
  channels?: ChannelType[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) categoryIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) brandIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) productIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) variantIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) excludeCategoryIds?:
    | string[]
    | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) excludeBrandIds?:
    | string[]
    | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) excludeProductIds?:
    | string[]
    | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @Length(1, 64, { each: true }) excludeVariantIds?:
    | string[]
    | null;
}

const ID_LISTS = [
  "storeIds",
  "categoryIds",
  "brandIds",
  "productIds",
  "variantIds",
  "excludeCategoryIds",
  "excludeBrandIds",
  "excludeProductIds",
  "excludeVariantIds",
] as const;
type IdList = (typeof ID_LISTS)[number];

/** The stored JSON (domain DiscountScope shape): only non-empty lists, without duplicates. */
export function scopeJson(input: DiscountScopeInput | null | undefined): DomainDiscountScope {
  const out: Record<string, string[]> = {};
  for (const key of [...ID_LISTS, "channels"] as const) {
    const list = [...new Set((input?.[key] ?? []) as string[])];
    if (list.length) out[key] = list;
  }
  return out as DomainDiscountScope;
}

/** The stored JSON read back for GraphQL, every list present. */
export function scopeOf(json: unknown): DiscountScope {
  const s = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(s[key]) ? (s[key] as string[]) : []);
  return {
    storeIds: list("storeIds"),
    channels: list("channels") as ChannelType[],
    categoryIds: list("categoryIds"),
    brandIds: list("brandIds"),
    productIds: list("productIds"),
    variantIds: list("variantIds"),
    excludeCategoryIds: list("excludeCategoryIds"),
    excludeBrandIds: list("excludeBrandIds"),
    excludeProductIds: list("excludeProductIds"),
    excludeVariantIds: list("excludeVariantIds"),
  };
}

/** Ids of the merchant among `ids`, per kind of list. */
function known(db: Db | Tx, merchantId: string, key: IdList, ids: string[]): Promise<{ id: string }[]> {
  const where = { id: { in: ids }, merchantId };
  const select = { id: true } as const;
  if (key === "storeIds") return db.store.findMany({ where, select });
  if (key.endsWith("ategoryIds")) return db.category.findMany({ where, select });
  if (key.endsWith("randIds")) return db.brand.findMany({ where, select });
  if (key.endsWith("roductIds")) return db.product.findMany({ where, select });
  return db.variant.findMany({ where, select });
}

/** Throws BAD_USER_INPUT naming each scope list that holds an id that is not the merchant's. */
export async function checkScopeIds(db: Db | Tx, merchantId: string, scope: DomainDiscountScope, field = "scope"): Promise<void> {
  const problems: FieldError[] = [];
  await Promise.all(
    ID_LISTS.map(async (key) => {
      const ids = (scope[key] ?? []) as string[];
      if (!ids.length) return;
      const found = new Set((await known(db, merchantId, key, ids)).map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) problems.push({ field: `${field}.${key}`, message: `unknown ids: ${missing.slice(0, 5).join(", ")}` });
    }),
  );
  if (problems.length) throw badInput(problems.map((p) => `${p.field}: ${p.message}`).join("; "), problems);
}
