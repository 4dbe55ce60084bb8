import { describe, expect, it } from "vitest";
import { bestCoupon, couponSaving, nearestLockedCoupon, type WalletCoupon } from "./coupon-suggestion";

const coupon = (code: string, kind: string, value: number, threshold = 0, maxDiscount: number | null = null): WalletCoupon => ({
  code,
  template: { name: code, kind, value, threshold, maxDiscount },
});

describe("coupon suggestion", () => {
  it.each([
    [coupon("A", "AMOUNT", 2000, 10000), 9999, 0],
    [coupon("A", "AMOUNT", 2000, 10000), 10000, 2000],
    [coupon("P", "PERCENT", 1000, 0, 5000), 30000, 3000],
    [coupon("P", "PERCENT", 1000, 0, 5000), 90000, 5000],
    [coupon("F", "FREE_ITEM", 1), 5000, 0],
    [coupon("A", "AMOUNT", 2000), 1500, 1500],
  ])("%o on %i saves %i", (c, subtotal, saving) => {
    expect(couponSaving(c, subtotal)).toBe(saving);
  });

  it("suggests the biggest saving not yet applied", () => {
    const wallet = [coupon("TEN", "PERCENT", 1000, 0, 5000), coupon("M300", "AMOUNT", 5000, 30000), coupon("M100", "AMOUNT", 1000, 10000)];
    expect(bestCoupon(wallet, 35000, [])?.coupon.code).toBe("M300");
    expect(bestCoupon(wallet, 35000, ["M300"])?.coupon.code).toBe("TEN");
    expect(bestCoupon(wallet, 0, [])).toBeNull();
    expect(nearestLockedCoupon(wallet, 27000)).toMatchObject({ coupon: { code: "M300" }, missing: 3000 });
    expect(nearestLockedCoupon(wallet, 40000)).toBeNull();
  });
});
