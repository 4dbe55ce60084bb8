import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../../features/member/member-gate";
import { TicketChat } from "../../../../features/member/ticket-chat";

export const metadata: Metadata = { title: "客服会话" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="container page narrow-page">
      <BackLink />
      <MemberGate next={`/account/service/${id}`}>
        <TicketChat ticketId={id} />
      </MemberGate>
    </div>
  );
}
