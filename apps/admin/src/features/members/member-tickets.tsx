"use client";

import { useLocale, useT } from "@o2o/client";
import type { AdminMemberQuery } from "@o2o/schema";
import Link from "next/link";
import { formatDateTime } from "../../lib/format-date";
import { ticketStatusLabel } from "../tickets/ticket-thread";

type Ticket = NonNullable<AdminMemberQuery["member"]["tickets"]>[number];

/** The member's feedback and service tickets (those of the viewer's stores): status, rating, the last word, a link to the inbox. */
export function MemberTickets({ tickets }: { tickets: readonly Ticket[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="member-tickets-title">
      <h3 className="card-title" id="member-tickets-title">
        {t("memberTicket.title")}
      </h3>
      {tickets.length === 0 ? <p className="muted">{t("memberTicket.empty")}</p> : null}
      <ul className="plain-list" aria-labelledby="member-tickets-title">
        {tickets.map((tk) => (
          <li key={tk.id}>
            <Link href={`/members/tickets?ticket=${encodeURIComponent(tk.id)}`}>{tk.subject}</Link>{" "}
            <span className="badge badge-xs">{ticketStatusLabel(t, tk.status)}</span>
            {tk.rating ? <span className="small"> · {t("memberTicket.rating", { n: tk.rating })}</span> : null}
            <div className="muted small">
              {tk.store?.name ?? t("memberTicket.online")} · {formatDateTime(locale, tk.updatedAt)}
            </div>
            {tk.lastMessage ? (
              <div className="small">
                <span className="muted">{t(tk.lastMessage.author === "STAFF" ? "memberTicket.lastStaff" : "memberTicket.lastMember")}</span>{" "}
                {tk.lastMessage.body.length > 80 ? `${tk.lastMessage.body.slice(0, 80)}…` : tk.lastMessage.body}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
