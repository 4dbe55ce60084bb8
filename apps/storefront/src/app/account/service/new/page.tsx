import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../../features/member/member-gate";
import { TicketForm } from "../../../../features/member/ticket-form";
import { PageTitle } from "../../../../features/shell/page-title";

export const metadata: Metadata = { title: "联系客服" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="service.new" />
      <MemberGate next="/account/service/new">
        <TicketForm />
      </MemberGate>
    </div>
  );
}
