"use client";

import { EmptyState, useLocale, useT } from "@o2o/client";
import { AdminTicketsDocument, type TicketStatus } from "@o2o/schema";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { MembersNav } from "../members/members-nav";
import { TicketThread, ticketStatusLabel } from "./ticket-thread";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { useCursorPages } from "../../components/use-cursor-pages";
import { SelectFilter } from "../../components/filter-bar";

/** Members' feedback and service tickets: pick one (or arrive with ?ticket=<id>), read the conversation, reply. */
export function TicketInbox() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<TicketStatus | "">("");
  const [selected, setSelected] = useState<string | null>(useSearchParams().get("ticket"));
  const pages = useCursorPages({
    query: AdminTicketsDocument,
    variables: { filter: { status: status || null } },
    connection: (d) => d.tickets,
  });
  const tickets = pages.items;
  return (
    <div className="page">
      <PageHeader title={t("nav.members")} subtitle={t("ticket.subtitle")} />
      <MembersNav />
      <div className="inbox">
        <section className="card card-flush" aria-label={t("ticket.list")}>
          <div className="toolbar">
            <SelectFilter
              label={t("common.status")}
              value={status}
              onChange={setStatus}
              options={["OPEN", "PENDING", "RESOLVED", "CLOSED"] as const}
              optionLabel={(s) => ticketStatusLabel(t, s)}
            />
          </div>
          <PagedListStates pages={pages} emptyTitle={t("ticket.empty")} />
          <ul className="ticket-list">
            {tickets.map((tk) => (
              <li key={tk.id}>
                <button type="button" className="ticket-item" aria-pressed={selected === tk.id} onClick={() => setSelected(tk.id)}>
                  <strong>{tk.subject}</strong>
                  <span className="muted small">
                    {tk.member.name ?? tk.member.maskedPhone} · {ticketStatusLabel(t, tk.status)} · {formatDateTime(locale, tk.updatedAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <LoadMore pages={pages} />
        </section>
        {selected ? (
          <TicketThread key={selected} ticketId={selected} onChanged={pages.refresh} />
        ) : (
          <section className="card">
            <EmptyState title={t("ticket.pick")} />
          </section>
        )}
      </div>
    </div>
  );
}
