import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { OrdersList } from "../../../features/member/orders-list";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "我的订单" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.orders" />
      <MemberGate next="/account/orders">
        <OrdersList />
      </MemberGate>
    </div>
  );
}
