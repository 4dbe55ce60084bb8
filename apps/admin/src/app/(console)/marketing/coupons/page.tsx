import type { Metadata } from "next";
import { Suspense } from "react";
import { CouponList } from "../../../../features/marketing/coupon-list";

export const metadata: Metadata = { title: "优惠券" };

export default function Page() {
  return (
    <Suspense>
      <CouponList />
    </Suspense>
  );
}
