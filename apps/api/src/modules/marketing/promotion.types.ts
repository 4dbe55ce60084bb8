import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MarketingStatus, PromotionType } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";
import { IsStringMap } from "../../graphql/string-map.validator.ts";
import { DiscountScope, DiscountScopeInput } from "./discount-scope.ts";
import { MarketingStatusError } from "./marketing-errors.ts";

registerEnumType(PromotionType, {
  name: "PromotionType",
  description:
    "PERCENT_OFF {bps}, AMOUNT_OFF {amount, per}, SPEND_SAVE 满减 {tiers, repeat}, BUY_X_GET_Y, NTH_ITEM_DISCOUNT, BUNDLE_PRICE.",
});
registerEnumType(MarketingStatus, { name: "MarketingStatus", description: "DRAFT, ACTIVE, PAUSED or ENDED (final)." });

@ObjectType({ description: "When a recurring promotion runs, in the store's local time (e.g. every Wednesday)." })
export class PromotionSchedule {
  @Field(() => [Int], { description: "0 = Sunday … 6 = Saturday; empty = every day." }) daysOfWeek!: number[];
  @Field(() => Int, { nullable: true, description: "Minutes after local midnight, inclusive." }) startMinute!: number | null;
  @Field(() => Int, { nullable: true, description: "Minutes after local midnight, exclusive; may be before startMinute (overnight)." })
  endMinute!: number | null;
}

@InputType()
export class PromotionScheduleInput {
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  daysOfWeek?: number[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1439) startMinute?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1440) endMinute?: number | null;
}

@ObjectType({ description: "A promotion rule; active ones are applied by the pricing engine to every sale and cart." })
export class Promotion {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONObject) nameI18n!: object;
  @Field(() => PromotionType) type!: PromotionType;
  @Field(() => JSONObject, { description: "The rule's parameters, as validated by the domain for its type." }) params!: object;
  @Field(() => DiscountScope) scope!: DiscountScope;
  @Field(() => Boolean) memberOnly!: boolean;
  @Field(() => [ID]) tierIds!: string[];
  @Field(() => Int, { description: "Higher applies first." }) priority!: number;
  @Field(() => Boolean, { description: "When it applies first, nothing else applies." }) exclusive!: boolean;
  @Field(() => Boolean, { description: "False: lines it discounts take no coupon." }) stackableWithCoupons!: boolean;
  @Field(() => DateTime, { nullable: true }) startsAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => PromotionSchedule, { nullable: true }) schedule!: PromotionSchedule | null;
  @Field(() => MarketingStatus) status!: MarketingStatus;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

@ObjectType()
export class PromotionConnection extends ConnectionType(Promotion) {}

@InputType({ description: "A promotion. params are checked by the domain for the type (BAD_USER_INPUT on field params)." })
export class CreatePromotionInput {
  @Field(() => String) @Length(1, 100) name!: string;
  @Field(() => JSONObject, { nullable: true, description: 'e.g. { "en": "...", "zh-TW": "..." }' })
  @IsOptional()
  @IsStringMap({ maxKeys: 10, maxLength: 100 })
  nameI18n?: Record<string, string> | null;
  @Field(() => PromotionType) @IsIn(Object.values(PromotionType)) type!: PromotionType;
  @Field(() => JSONObject) params!: Record<string, unknown>;
  @Field(() => DiscountScopeInput, { nullable: true }) @IsOptional() @ValidateNested() scope?: DiscountScopeInput | null;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() memberOnly!: boolean;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20) @Length(1, 64, { each: true }) tierIds!: string[];
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(-1000) @Max(1000) priority!: number;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() exclusive!: boolean;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() stackableWithCoupons!: boolean;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => PromotionScheduleInput, { nullable: true }) @IsOptional() @ValidateNested() schedule?: PromotionScheduleInput | null;
  @Field(() => MarketingStatus, { defaultValue: MarketingStatus.DRAFT, description: "DRAFT (default) or ACTIVE." })
  @IsIn([MarketingStatus.DRAFT, MarketingStatus.ACTIVE])
  status!: MarketingStatus;
}

@InputType({ description: "Changes to a promotion; omitted fields stay. Give params with a new type." })
export class UpdatePromotionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) name?: string | null;
  @Field(() => JSONObject, { nullable: true }) @IsOptional() @IsStringMap({ maxKeys: 10, maxLength: 100 }) nameI18n?: Record<
    string,
    string
  > | null;
  @Field(() => PromotionType, { nullable: true }) @IsOptional() @IsIn(Object.values(PromotionType)) type?: PromotionType | null;
  @Field(() => JSONObject, { nullable: true }) @IsOptional() params?: Record<string, unknown> | null;
  @Field(() => DiscountScopeInput, { nullable: true }) @IsOptional() @ValidateNested() scope?: DiscountScopeInput | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() memberOnly?: boolean | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Length(1, 64, { each: true }) tierIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() exclusive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() stackableWithCoupons?: boolean | null;
  @Field(() => DateTime, { nullable: true, description: "Send null explicitly to clear." }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Send null explicitly to clear." }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => PromotionScheduleInput, { nullable: true, description: "Send null explicitly to clear." })
  @IsOptional()
  @ValidateNested()
  schedule?: PromotionScheduleInput | null;
}

@InputType()
export class PromotionFilter {
  @Field(() => MarketingStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(MarketingStatus)) status?: MarketingStatus | null;
  @Field(() => PromotionType, { nullable: true }) @IsOptional() @IsIn(Object.values(PromotionType)) type?: PromotionType | null;
  @Field(() => String, { nullable: true, description: "Part of the name." }) @IsOptional() @MaxLength(100) search?: string | null;
}

export const PromotionResult = createUnionType({
  name: "PromotionResult",
  description: "The promotion, or why the change was refused.",
  types: () => [Promotion, MarketingStatusError] as const,
});
