"use client";

import { EmptyState, useLocale, useT } from "@o2o/client";
import { AdminTicketsDocument, type TicketStatus } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { MembersNav } from "../members/members-nav";
import { TicketThread, ticketStatusLabel } from "./ticket-thread";
import { ListStates } from "../../components/list-states";
import { SelectFilter } from "../../components/filter-bar";

/** Members' feedback and service tickets: pick one, read the conversation, reply. */
export function TicketInbox() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<TicketStatus | "">("");
  const [selected, setSelected] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminTicketsDocument,
    variables: { first: 30, filter: { status: status || null } },
    requestPolicy: "cache-and-network",
  });
  const tickets = data?.tickets.edges.map((e) => e.node) ?? [];
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
          <ListStates
            error={error}
            loaded={Boolean(data)}
            fetching={fetching}
            empty={tickets.length === 0}
            emptyTitle={t("ticket.empty")}
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
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
        </section>
        {selected ? (
          <TicketThread key={selected} ticketId={selected} onChanged={() => reexecute({ requestPolicy: "network-only" })} />
        ) : (
          <section className="card">
            <EmptyState title={t("ticket.pick")} />
          </section>
        )}
      </div>
    </div>
  );
}
