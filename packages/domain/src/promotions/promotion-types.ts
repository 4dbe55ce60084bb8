import type { BasisPoints, Money } from "../money/money.ts";
import type { DiscountScope } from "./discount-scope.ts";

export const PROMOTION_TYPES = ["PERCENT_OFF", "AMOUNT_OFF", "SPEND_SAVE", "BUY_X_GET_Y", "NTH_ITEM_DISCOUNT", "BUNDLE_PRICE"] as const;

export type PromotionType = (typeof PROMOTION_TYPES)[number];

/** bps is the share taken off: 2000 = 20% off (8折). */
export interface PercentOffParams {
  readonly bps: BasisPoints;
}

/** UNIT (default): amount off each qualifying unit; ORDER: amount off the qualifying lines together. */
export interface AmountOffParams {
  readonly amount: Money;
  readonly per?: "UNIT" | "ORDER";
}

export interface SpendSaveTier {
  readonly threshold: Money;
  readonly discount: Money;
}

/** 满减: best met tier only; repeat = 每满 (the tier that saves most when repeated, e.g. 每满200减20). */
export interface SpendSaveParams {
  readonly tiers: readonly SpendSaveTier[];
  readonly repeat?: boolean;
}

/** buy X get Y at getDiscountBps off (10000 = free); the cheapest qualifying units are the discounted ones. */
export interface BuyXGetYParams {
  readonly buyQty: number;
  readonly getQty: number;
  readonly getDiscountBps: BasisPoints;
  /** true: count and discount each variant on its own; false (default): mix any qualifying items */
  readonly sameItem?: boolean;
}

/** every nth unit at bps off (第二件半价 = { n: 2, bps: 5000 }); the cheapest units are the discounted ones. */
export interface NthItemDiscountParams {
  readonly n: number;
  readonly bps: BasisPoints;
  readonly sameItem?: boolean;
}

/** any `quantity` qualifying units for `price` (3件99元); the dearest units are bundled first. */
export interface BundlePriceParams {
  readonly quantity: number;
  readonly price: Money;
}

export type PromotionRule =
  | { readonly type: "PERCENT_OFF"; readonly params: PercentOffParams }
  | { readonly type: "AMOUNT_OFF"; readonly params: AmountOffParams }
  | { readonly type: "SPEND_SAVE"; readonly params: SpendSaveParams }
  | { readonly type: "BUY_X_GET_Y"; readonly params: BuyXGetYParams }
  | { readonly type: "NTH_ITEM_DISCOUNT"; readonly params: NthItemDiscountParams }
  | { readonly type: "BUNDLE_PRICE"; readonly params: BundlePriceParams };

/** Local-time recurrence: days of week (0 = Sunday) and a minute window [startMinute, endMinute) that may wrap midnight. */
export interface PromotionSchedule {
  readonly daysOfWeek?: readonly number[];
  readonly startMinute?: number;
  readonly endMinute?: number;
}

export interface PromotionBase {
  readonly id: string;
  readonly name: string;
  readonly scope: DiscountScope;
  readonly memberOnly: boolean;
  /** non-empty: only members of these tiers */
  readonly tierIds: readonly string[];
  /** higher applies first */
  readonly priority: number;
  /** when it applies before any other promotion has, it is the only promotion on the cart */
  readonly exclusive: boolean;
  /** false: lines it discounts take no coupon */
  readonly stackableWithCoupons: boolean;
  readonly startsAt?: Date | null;
  readonly endsAt?: Date | null;
  readonly schedule?: PromotionSchedule | null;
}

export type Promotion = PromotionBase & PromotionRule;
