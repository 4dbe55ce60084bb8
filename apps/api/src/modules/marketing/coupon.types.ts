import { IsDate, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CouponKind, CouponSource, CouponStacking, CouponStatus, MarketingStatus } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { MAX_PRICE } from "../../graphql/input-limits.ts";
import { DiscountScope, DiscountScopeInput } from "./discount-scope.ts";
import { CouponIssueError } from "./marketing-errors.ts";

registerEnumType(CouponKind, {
  name: "CouponKind",
  description: "AMOUNT (分 off), PERCENT (bps off), FREE_ITEM (units of freeVariantId free).",
});
registerEnumType(CouponStacking, {
  name: "CouponStacking",
  description: "EXCLUSIVE: not on promoted lines, one per order; WITH_PROMOTIONS.",
});
registerEnumType(CouponStatus, { name: "CouponStatus" });
registerEnumType(CouponSource, { name: "CouponSource", description: "How a coupon was issued." });

const CLAIM_CODE = /^[A-Za-z0-9_-]{3,32}$/;

@ObjectType({ description: "A kind of coupon; coupons are issued from it to members (or claimed with its claim code)." })
export class CouponTemplate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CouponKind) kind!: CouponKind;
  @Field(() => Int, { description: "AMOUNT: 分 off; PERCENT: bps off (1000 = 10% off); FREE_ITEM: free units." }) value!: number;
  @Field(() => Int, { nullable: true, description: "Cap of a PERCENT coupon, 分." }) maxDiscount!: number | null;
  @Field(() => Int, { description: "Minimum spend on eligible lines after promotions, 分." }) threshold!: number;
  @Field(() => ID, { nullable: true }) freeVariantId!: string | null;
  @Field(() => DiscountScope) scope!: DiscountScope;
  @Field(() => CouponStacking) stacking!: CouponStacking;
  @Field(() => Int) priority!: number;
  @Field(() => DateTime, { nullable: true }) validFrom!: Date | null;
  @Field(() => DateTime, { nullable: true }) validTo!: Date | null;
  @Field(() => Int, { nullable: true, description: "Days an issued coupon stays valid (within validTo)." }) validDays!: number | null;
  @Field(() => Int, { description: "Coupons of this template one member may hold." }) perMemberLimit!: number;
  @Field(() => Int, { nullable: true, description: "Coupons that may ever be issued; null = unlimited." }) totalLimit!: number | null;
  @Field(() => Int, { nullable: true, description: "Staff with marketing:read only." }) issuedCount!: number | null;
  @Field(() => String, { nullable: true, description: "Staff with marketing:read only." }) claimCode!: string | null;
  @Field(() => MarketingStatus) status!: MarketingStatus;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class CouponTemplateConnection extends ConnectionType(CouponTemplate) {}

@ObjectType({ description: "An issued coupon." })
export class Coupon {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "What the member shows or types at checkout." }) code!: string;
  @Field(() => CouponStatus) status!: CouponStatus;
  @Field(() => CouponSource) source!: CouponSource;
  @Field(() => DateTime, { nullable: true }) validFrom!: Date | null;
  @Field(() => DateTime, { nullable: true }) validTo!: Date | null;
  @Field(() => DateTime) issuedAt!: Date;
  @Field(() => DateTime, { nullable: true }) redeemedAt!: Date | null;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => ID, { nullable: true, description: "The order the coupon was redeemed on." }) orderId!: string | null;
  @Field(() => String, { nullable: true, description: "The receipt number of the order the coupon was redeemed on." })
  orderNumber?: string | null;
  @Field(() => CouponTemplate) template?: CouponTemplate;
  templateId!: string;
}

@ObjectType()
export class CouponConnection extends ConnectionType(Coupon) {}

@ObjectType({ description: "How a coupon template performs." })
export class CouponStats {
  @Field(() => ID) templateId!: string;
  @Field(() => Int) issued!: number;
  @Field(() => Int) redeemed!: number;
  @Field(() => Int, { description: "Expired unused (status EXPIRED, or ISSUED past validTo)." }) expired!: number;
  @Field(() => Int) voided!: number;
  @Field(() => Float, { description: "redeemed / issued, 0 when none issued." }) redemptionRate!: number;
  @Field(() => Int, { description: "Sum of the COUPON line discounts of this template's coupons, 分." }) discountGiven!: number;
}

@ObjectType({ description: "The result of issuing to a segment." })
export class SegmentIssueSummary {
  @Field(() => Int, { description: "Members in the segment." }) matched!: number;
  @Field(() => Int, { description: "Coupons issued now." }) issued!: number;
  @Field(() => Int, { description: "Members skipped: they already hold perMemberLimit coupons of the template." })
  skippedMemberLimit!: number;
  @Field(() => Int, { description: "Members skipped: the template's totalLimit was reached." }) skippedTotalLimit!: number;
}

@ObjectType({ description: "A birthday coupon run." })
export class BirthdayCouponRun {
  @Field(() => String, { description: "The local date, YYYY-MM-DD." }) date!: string;
  @Field(() => Int) issued!: number;
}

export const CouponIssueResult = createUnionType({
  name: "CouponIssueResult",
  description: "The coupon issued or claimed, or why not.",
  types: () => [Coupon, CouponIssueError] as const,
});

export const SegmentIssueResult = createUnionType({
  name: "SegmentIssueResult",
  types: () => [SegmentIssueSummary, CouponIssueError] as const,
});

@InputType()
export class CreateCouponTemplateInput {
  @Field(() => String) @Length(1, 100) name!: string;
  @Field(() => CouponKind) @IsIn(Object.values(CouponKind)) kind!: CouponKind;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_PRICE) value!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PRICE) maxDiscount?: number | null;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(MAX_PRICE) threshold!: number;
  @Field(() => ID, { nullable: true, description: "FREE_ITEM only." }) @IsOptional() @Length(1, 64) freeVariantId?: string | null;
  @Field(() => DiscountScopeInput, { nullable: true }) @IsOptional() @ValidateNested() scope?: DiscountScopeInput | null;
  @Field(() => CouponStacking, { defaultValue: CouponStacking.WITH_PROMOTIONS })
  @IsIn(Object.values(CouponStacking))
  stacking!: CouponStacking;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(-1000) @Max(1000) priority!: number;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() validFrom?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() validTo?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) validDays?: number | null;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(100) perMemberLimit!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10_000_000) totalLimit?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Public code members type to claim; 3–32 of A–Z 0–9 _ - (stored upper-case), unique.",
  })
  @IsOptional()
  @Matches(CLAIM_CODE, { message: "claimCode must be 3–32 of A–Z, 0–9, _ or -" })
  claimCode?: string | null;
  @Field(() => MarketingStatus, { defaultValue: MarketingStatus.ACTIVE }) @IsIn(Object.values(MarketingStatus)) status!: MarketingStatus;
}

@InputType({ description: "Changes to a template; omitted fields stay. Issued coupons keep their own validity." })
export class UpdateCouponTemplateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) name?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PRICE) value?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PRICE) maxDiscount?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_PRICE) threshold?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) freeVariantId?: string | null;
  @Field(() => DiscountScopeInput, { nullable: true }) @IsOptional() @ValidateNested() scope?: DiscountScopeInput | null;
  @Field(() => CouponStacking, { nullable: true }) @IsOptional() @IsIn(Object.values(CouponStacking)) stacking?: CouponStacking | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() validFrom?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() validTo?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) validDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) perMemberLimit?: number | null;
  @Field(() => Int, { nullable: true, description: "Not below the number already issued." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  totalLimit?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLAIM_CODE, { message: "claimCode must be 3–32 of A–Z, 0–9, _ or -" })
  claimCode?: string | null;
  @Field(() => MarketingStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(MarketingStatus)) status?: MarketingStatus | null;
}

@InputType()
export class CouponTemplateFilter {
  @Field(() => MarketingStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(MarketingStatus)) status?: MarketingStatus | null;
  @Field(() => CouponKind, { nullable: true }) @IsOptional() @IsIn(Object.values(CouponKind)) kind?: CouponKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) search?: string | null;
}
