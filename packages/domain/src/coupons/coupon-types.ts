import type { CouponErrorCode, DomainError } from "../errors.ts";
import type { Money } from "../money/money.ts";
import type { DiscountScope } from "../promotions/discount-scope.ts";

export type CouponKind = "AMOUNT" | "PERCENT" | "FREE_ITEM";

/** EXCLUSIVE: never on a line a promotion discounted, and at most one per order. */
export type CouponStacking = "EXCLUSIVE" | "WITH_PROMOTIONS";

export type CouponStatus = "ISSUED" | "REDEEMED" | "VOID";

export interface CouponTemplate {
  readonly id: string;
  readonly name: string;
  readonly kind: CouponKind;
  /** AMOUNT: 分 off; PERCENT: bps off (1000 = 10% off); FREE_ITEM: number of free units of freeVariantId */
  readonly value: number;
  readonly maxDiscount?: Money | null;
  /** minimum spend on the coupon's eligible lines after promotions (FREE_ITEM: not counting the free item) */
  readonly threshold: Money;
  readonly freeVariantId?: string | null;
  readonly validFrom?: Date | null;
  readonly validTo?: Date | null;
  readonly stacking: CouponStacking;
  /** higher applies first */
  readonly priority: number;
  readonly scope: DiscountScope;
  /** how many times one member may redeem this template; null = unlimited */
  readonly perMemberLimit?: number | null;
}

export interface CouponInput {
  /** the issued coupon's id */
  readonly id: string;
  readonly code?: string | null;
  readonly template: CouponTemplate;
  /** set when the coupon was issued to a member: only that member can use it */
  readonly ownerMemberId?: string | null;
  /** the issued coupon's own window (e.g. 7 days from claiming), within the template's */
  readonly validFrom?: Date | null;
  readonly validTo?: Date | null;
  readonly status?: CouponStatus;
  /** how many times this member has already redeemed this template (caller counts; checked with perMemberLimit) */
  readonly memberUsageCount?: number;
}

export interface CouponApplied {
  readonly couponId: string;
  readonly ok: true;
  readonly amount: Money;
  readonly lineIds: readonly string[];
}

export type CouponRejected =
  | (DomainError<Exclude<CouponErrorCode, "COUPON_THRESHOLD_NOT_MET">> & { readonly couponId: string })
  | (DomainError<"COUPON_THRESHOLD_NOT_MET"> & { readonly couponId: string; readonly missing: Money });

export type CouponResult = CouponApplied | CouponRejected;
