import type { Metadata } from "next";
import { TicketInbox } from "../../../../features/tickets/ticket-inbox";

export const metadata: Metadata = { title: "服务工单" };

export default function Page() {
  return <TicketInbox />;
}
