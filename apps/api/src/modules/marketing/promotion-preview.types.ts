import { ArrayMaxSize, ArrayMinSize, IsDate, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ChannelType, PriceScope, PromotionType } from "../../generated/prisma/enums.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { CreatePromotionInput } from "./promotion.types.ts";

@InputType()
export class PreviewLineInput {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(9999) quantity!: number;
}

@ArgsType()
export class PreviewPromotionCartArgs {
  @Field(() => [PreviewLineInput]) @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) lines!: PreviewLineInput[];
  @Field(() => ID) @Length(1, 64) storeId!: string;
  @Field(() => ChannelType, { defaultValue: ChannelType.POS }) @IsIn(Object.values(ChannelType)) channel!: ChannelType;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) memberId?: string | null;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(10) @MaxLength(40, { each: true }) couponCodes!: string[];
  @Field(() => CreatePromotionInput, { nullable: true, description: "A draft promotion priced as if active, on top of the active ones." })
  @IsOptional()
  @ValidateNested()
  extraPromotion?: CreatePromotionInput | null;
  @Field(() => ID, { nullable: true, description: "The saved promotion the draft is an edit of: it is left out in favour of the draft." })
  @IsOptional()
  @Length(1, 64)
  replacesPromotionId?: string | null;
  @Field(() => DateTime, { nullable: true, description: "Price as of this instant (default now): schedules and windows are checked then." })
  @IsOptional()
  @IsDate()
  at?: Date | null;
}

@ObjectType({ description: "One discount on one line." })
export class CartLineDiscount {
  @Field(() => String, { description: "PROMOTION, COUPON or MANUAL." }) source!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) amount!: number;
}

@ObjectType()
export class CartPreviewLine {
  @Field(() => String) lineId!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "Unit price before promotions (member price when it applies)." }) unitPrice!: number;
  @Field(() => Int) listPrice!: number;
  @Field(() => PriceScope) priceSource!: PriceScope;
  @Field(() => Int) lineSubtotal!: number;
  @Field(() => [CartLineDiscount]) discounts!: CartLineDiscount[];
  @Field(() => Int) lineDiscount!: number;
  @Field(() => Int) lineTotal!: number;
}

@ObjectType()
export class AppliedPromotionSummary {
  @Field(() => ID) promotionId!: string;
  @Field(() => String) name!: string;
  @Field(() => PromotionType) type!: PromotionType;
  @Field(() => Int) amount!: number;
  @Field(() => [String]) lineIds!: string[];
}

@ObjectType({ description: "Whether a coupon applies to the cart and what it saves, or why not." })
export class CouponCheck {
  @Field(() => ID) couponId!: string;
  @Field(() => String, { nullable: true }) couponCode!: string | null;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) amount!: number;
  @Field(() => String, { nullable: true, description: "e.g. COUPON_THRESHOLD_NOT_MET." }) errorCode!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Int, { nullable: true }) missing!: number | null;
}

@ObjectType({ description: '"Add ¥30 more to save ¥20".' })
export class PromotionHintSummary {
  @Field(() => ID) promotionId!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) missing!: number;
  @Field(() => Int) discount!: number;
}

@ObjectType({ description: "A cart priced by the server's engine, as a till or the storefront would be charged." })
export class CartPreview {
  @Field(() => [CartPreviewLine]) lines!: CartPreviewLine[];
  @Field(() => Int) subtotal!: number;
  @Field(() => Int) discountTotal!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) promotionDiscount!: number;
  @Field(() => Int) couponDiscount!: number;
  @Field(() => [AppliedPromotionSummary]) appliedPromotions!: AppliedPromotionSummary[];
  @Field(() => [CouponCheck]) couponResults!: CouponCheck[];
  @Field(() => [PromotionHintSummary]) hints!: PromotionHintSummary[];
  @Field(() => [String], { description: "Coupon codes that match no issued coupon." }) unknownCouponCodes!: string[];
}
