// Builders shared by the pricing, promotion and coupon specs (test support only; not exported from the package).
import type { CouponInput, CouponTemplate } from "../coupons/coupon-types.ts";
import type { Promotion, PromotionBase, PromotionRule } from "../promotions/promotion-types.ts";
import type { CartContext, CartLineInput } from "./cart-types.ts";

/** Wednesday 2025-06-11 12:00 in Shanghai. */
export const NOON_WEDNESDAY = new Date("2025-06-11T04:00:00Z");

export function cartLine(lineId: string, unitPrice: number, quantity = 1, extra: Partial<CartLineInput> = {}): CartLineInput {
  return {
    lineId,
    variantId: `v-${lineId}`,
    productId: `p-${lineId}`,
    categoryIds: ["root"],
    brandId: null,
    quantity,
    unitPrice,
    ...extra,
  };
}

export function cartContext(extra: Partial<CartContext> = {}): CartContext {
  return { storeId: "store-1", channelId: "POS", memberId: null, tierId: null, at: NOON_WEDNESDAY, ...extra };
}

export function promotion(id: string, rule: PromotionRule, extra: Partial<PromotionBase> = {}): Promotion {
  return {
    id,
    name: id,
    scope: {},
    memberOnly: false,
    tierIds: [],
    priority: 0,
    exclusive: false,
    stackableWithCoupons: true,
    ...extra,
    ...rule,
  };
}

export function couponTemplate(id: string, extra: Partial<CouponTemplate> = {}): CouponTemplate {
  return {
    id,
    name: id,
    kind: "AMOUNT",
    value: 1000,
    threshold: 0,
    stacking: "WITH_PROMOTIONS",
    priority: 0,
    scope: {},
    ...extra,
  };
}

export function coupon(id: string, template: CouponTemplate, extra: Partial<CouponInput> = {}): CouponInput {
  return { id, template, status: "ISSUED", ...extra };
}
