import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { Variant } from "../catalog/catalog.types.ts";
import { CartLineDiscount, PromotionHintSummary } from "../marketing/promotion-preview.types.ts";
import { Store } from "../stores/stores.types.ts";
import { MAX_LINE_QUANTITY } from "./cart.service.ts";

@ObjectType({ description: "One item of a cart, priced by the server." })
export class CartLine {
  @Field(() => ID) id!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "Price per unit before discounts for this channel, location and member tier (分)." }) unitPrice!: number;
  @Field(() => Int, { description: "The catalogue base price per unit (分), to show a crossed-out price." }) listPrice!: number;
  @Field(() => [CartLineDiscount]) discounts!: CartLineDiscount[];
  @Field(() => Int) lineSubtotal!: number;
  @Field(() => Int) discountTotal!: number;
  @Field(() => Int) lineTotal!: number;
  @Field(() => Boolean, { description: "False when the item is no longer on sale: it is not priced and blocks checkout." })
  sellable!: boolean;
  @Field(() => Int, { description: "Units available to sell at the fulfilling location (on hand minus reserved)." }) available!: number;
  @Field(() => Boolean, { description: "The fulfilling location has enough for this line's quantity." }) inStock!: boolean;
  variantId!: string;
}

@ObjectType({ description: "What a coupon code does to this cart." })
export class CartCouponResult {
  @Field(() => String) code!: string;
  @Field(() => Boolean) applied!: boolean;
  @Field(() => Int, { description: "分 saved when applied." }) amount!: number;
  @Field(() => String, { nullable: true, description: "Why not: COUPON_NOT_FOUND, COUPON_THRESHOLD_NOT_MET, COUPON_EXPIRED, ..." })
  errorCode!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Int, { nullable: true, description: "For COUPON_THRESHOLD_NOT_MET: 分 still to spend." }) missing!: number | null;
}

@ObjectType({ description: "A member's points against this cart." })
export class CartPoints {
  @Field(() => Int) balance!: number;
  @Field(() => Int, { description: "Points the member asked to redeem (setCartPoints)." }) requested!: number;
  @Field(() => Int, { description: "Points that will be redeemed (0 when the request is not valid)." }) applied!: number;
  @Field(() => Int, { description: "What the applied points pay, 分." }) value!: number;
  @Field(() => Int, { description: "The most points this cart can take." }) maxRedeemable!: number;
  @Field(() => Int) maxRedeemableValue!: number;
  @Field(() => String, { nullable: true, description: "Why the request is not valid: POINTS_INSUFFICIENT, POINTS_EXCEED_LIMIT, ..." })
  errorCode!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
}

@ObjectType({ description: "A shopper's cart, priced by the server exactly as checkout will price it." })
export class Cart {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "A guest cart's token: keep it and send it with every cart call. Null for members." })
  guestToken!: string | null;
  @Field(() => Store, { nullable: true, description: "The chosen pickup store; null = delivery." }) pickupStore?: Store | null;
  @Field(() => Store, { description: "Where the order would be fulfilled and stock is checked: the pickup store or the online warehouse." })
  fulfilmentLocation?: Store;
  @Field(() => [CartLine]) lines!: CartLine[];
  @Field(() => Int) subtotal!: number;
  @Field(() => Int) discountTotal!: number;
  @Field(() => Int, { description: "After promotions and coupons, before points." }) total!: number;
  @Field(() => [CartCouponResult]) couponResults!: CartCouponResult[];
  @Field(() => [PromotionHintSummary], { description: '"Add ¥30 more to save ¥20" for spend-and-save promotions.' })
  promotionHints!: PromotionHintSummary[];
  @Field(() => CartPoints, { nullable: true, description: "Null for guests and empty carts." }) points!: CartPoints | null;
  @Field(() => Int, { description: "What the wallet payment will be: total minus the points' value." }) amountDue!: number;
  @Field(() => Int) itemCount!: number;
  pickupStoreId!: string | null;
  locationId!: string;
}

@ArgsType()
export class GuestTokenArgs {
  @Field(() => String, { nullable: true, description: "A guest's cart token (from the first addToCart). Members leave it out." })
  @IsOptional()
  @Length(16, 64)
  guestToken?: string | null;
}

@ArgsType()
export class AddToCartArgs extends GuestTokenArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
}

@ArgsType()
export class UpdateCartItemArgs extends GuestTokenArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
}

@ArgsType()
export class RemoveCartItemArgs extends GuestTokenArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
}

@ArgsType()
export class SetCartCouponsArgs extends GuestTokenArgs {
  @Field(() => [String]) @ArrayMaxSize(10) @MaxLength(40, { each: true }) codes!: string[];
}

@ArgsType()
export class SetCartPointsArgs {
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000_000) points!: number;
}

@ArgsType()
export class SetCartPickupStoreArgs extends GuestTokenArgs {
  @Field(() => ID, { nullable: true, description: "A shop offering pickup, or null for delivery." }) @IsOptional() @Length(1, 64) storeId?:
    | string
    | null;
}

@ArgsType()
export class MergeGuestCartArgs {
  @Field(() => String) @Length(16, 64) guestToken!: string;
}
