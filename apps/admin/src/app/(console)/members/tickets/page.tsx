import type { Metadata } from "next";
import { Suspense } from "react";
import { TicketInbox } from "../../../../features/tickets/ticket-inbox";

export const metadata: Metadata = { title: "服务工单" };

export default function Page() {
  return (
    <Suspense>
      <TicketInbox />
    </Suspense>
  );
}
