// Which of a member's coupons to suggest at the cart: the one that saves most on this subtotal.

export type WalletCoupon = {
  code: string;
  template: { name: string; kind: string; value: number; threshold: number; maxDiscount: number | null };
};

/** Rule: what a coupon would take off a subtotal (分): 0 under its threshold; percent coupons are capped by maxDiscount. */
export function couponSaving(coupon: WalletCoupon, subtotal: number): number {
  const { kind, value, threshold, maxDiscount } = coupon.template;
  if (subtotal <= 0 || subtotal < threshold) return 0;
  let saving = 0;
  if (kind === "AMOUNT") saving = value;
  else if (kind === "PERCENT") saving = Math.floor((subtotal * value) / 10_000);
  if (maxDiscount != null && maxDiscount > 0) saving = Math.min(saving, maxDiscount);
  return Math.min(saving, subtotal);
}

/** The coupon saving most on this subtotal that is not applied yet, or null. Ties go to the first (newest) one. */
export function bestCoupon<C extends WalletCoupon>(
  coupons: C[],
  subtotal: number,
  applied: string[],
): { coupon: C; saving: number } | null {
  let best: { coupon: C; saving: number } | null = null;
  for (const coupon of coupons) {
    if (applied.includes(coupon.code)) continue;
    const saving = couponSaving(coupon, subtotal);
    if (saving > 0 && (!best || saving > best.saving)) best = { coupon, saving };
  }
  return best;
}

/** The closest coupon still out of reach: "再买¥30可用满300减50券". */
export function nearestLockedCoupon<C extends WalletCoupon>(coupons: C[], subtotal: number): { coupon: C; missing: number } | null {
  let nearest: { coupon: C; missing: number } | null = null;
  for (const coupon of coupons) {
    const missing = coupon.template.threshold - subtotal;
    if (missing > 0 && (!nearest || missing < nearest.missing)) nearest = { coupon, missing };
  }
  return nearest;
}
