import type { CartContext } from "../pricing/cart-types.ts";
import { scopeCoversContext } from "../promotions/discount-scope.ts";
import { windowPosition } from "../time/validity-window.ts";
import type { CouponInput, CouponRejected } from "./coupon-types.ts";

// Builds the per-coupon error value (the cart is still priced).
export function couponRejected(
  couponId: string,
  code: Exclude<CouponRejected["code"], "COUPON_THRESHOLD_NOT_MET">,
  message: string,
): CouponRejected {
  return { ok: false, couponId, code, message };
}

/**
 * Rule: a coupon is usable on this cart when it is issued (not redeemed or void), belongs to the member (if owned),
 * both its template's and its own validity windows contain `at`, the member is under the per-member limit (counting
 * coupons of the same template earlier in this cart), and its store/channel scope covers the cart.
 */
export function couponValidity(coupon: CouponInput, context: CartContext, usedEarlierInCart: number): CouponRejected | null {
  const { template } = coupon;
  if (coupon.status === "REDEEMED") return couponRejected(coupon.id, "COUPON_ALREADY_REDEEMED", "coupon was already used");
  if (coupon.status === "VOID") return couponRejected(coupon.id, "COUPON_VOID", "coupon was voided");
  if (coupon.ownerMemberId != null && coupon.ownerMemberId !== context.memberId) {
    return couponRejected(coupon.id, "COUPON_NOT_OWNER", "coupon belongs to another member");
  }
  const positions = [
    windowPosition({ startsAt: template.validFrom, endsAt: template.validTo }, context.at),
    windowPosition({ startsAt: coupon.validFrom, endsAt: coupon.validTo }, context.at),
  ];
  if (positions.includes("BEFORE")) return couponRejected(coupon.id, "COUPON_NOT_STARTED", "coupon is not valid yet");
  if (positions.includes("AFTER")) return couponRejected(coupon.id, "COUPON_EXPIRED", "coupon has expired");
  if (template.perMemberLimit != null && (coupon.memberUsageCount ?? 0) + usedEarlierInCart >= template.perMemberLimit) {
    return couponRejected(coupon.id, "COUPON_LIMIT_REACHED", `limit of ${template.perMemberLimit} per member reached`);
  }
  if (!scopeCoversContext(template.scope, context)) {
    return couponRejected(coupon.id, "COUPON_NOT_APPLICABLE", "coupon cannot be used in this store or channel");
  }
  return null;
}
