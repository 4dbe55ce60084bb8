import type { CouponInput, CouponResult } from "../coupons/coupon-types.ts";
import type { Money } from "../money/money.ts";
import type { Promotion, PromotionType } from "../promotions/promotion-types.ts";
import type { ManualDiscountInput, ManualDiscountResult } from "./manual-discounts.ts";

export type SalesChannel = "POS" | "ONLINE" | "KIOSK" | "SOCIAL";

export interface CartLineInput {
  readonly lineId: string;
  readonly variantId: string;
  readonly productId: string;
  /** the line's categories with all their ancestors */
  readonly categoryIds: readonly string[];
  readonly brandId?: string | null;
  readonly quantity: number;
  /** already resolved list or member price, per unit */
  readonly unitPrice: Money;
}

export interface CartContext {
  readonly storeId: string;
  readonly channelId: SalesChannel;
  readonly memberId?: string | null;
  readonly tierId?: string | null;
  readonly at: Date;
  /** store local time offset from UTC for schedules; defaults to China Standard Time (+480) */
  readonly timezoneOffsetMinutes?: number;
}

export type DiscountSource = "PROMOTION" | "COUPON" | "MANUAL";

export interface LineDiscount {
  readonly source: DiscountSource;
  readonly sourceId: string;
  readonly label: string;
  readonly amount: Money;
}

export interface PriceCartInput {
  readonly lines: readonly CartLineInput[];
  readonly context: CartContext;
  /** active promotions; eligibility (dates, schedule, store, channel, member, tier) is re-checked here */
  readonly promotions?: readonly Promotion[];
  readonly coupons?: readonly CouponInput[];
  readonly manualDiscounts?: readonly ManualDiscountInput[];
}

export interface PricedCartLine {
  readonly lineId: string;
  readonly variantId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly lineSubtotal: Money;
  readonly discounts: readonly LineDiscount[];
  readonly lineDiscount: Money;
  readonly lineTotal: Money;
}

export interface AppliedPromotion {
  readonly promotionId: string;
  readonly name: string;
  readonly type: PromotionType;
  readonly amount: Money;
  readonly lineIds: readonly string[];
}

/** "add ¥30 more to save ¥20": `missing` more of qualifying spend would make this promotion save `discount`. */
export interface PromotionHint {
  readonly promotionId: string;
  readonly label: string;
  readonly missing: Money;
  readonly discount: Money;
}

export interface PricedCart {
  /** in input order */
  readonly lines: readonly PricedCartLine[];
  readonly subtotal: Money;
  readonly discountTotal: Money;
  readonly total: Money;
  readonly discountBreakdown: { readonly promotion: Money; readonly coupon: Money; readonly manual: Money };
  /** in the order they were applied */
  readonly appliedPromotions: readonly AppliedPromotion[];
  /** one per coupon, in input order */
  readonly couponResults: readonly CouponResult[];
  /** one per manual discount, in input order */
  readonly manualResults: readonly ManualDiscountResult[];
  readonly hints: readonly PromotionHint[];
}
