import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { CouponCenter } from "../../../features/member/coupon-center";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "优惠券" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.coupons" />
      <MemberGate next="/account/coupons">
        <CouponCenter />
      </MemberGate>
    </div>
  );
}
