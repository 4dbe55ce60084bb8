import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { TicketList } from "../../../features/member/ticket-list";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "客服与反馈" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.service" />
      <MemberGate next="/account/service">
        <TicketList />
      </MemberGate>
    </div>
  );
}
