"use client";

import { EmptyState, ErrorState, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopTicketsDocument } from "@o2o/schema";
import Link from "next/link";
import { useQuery } from "urql";
import { formatTime } from "../orders/order-view";

export function TicketList() {
  const t = useT();
  const locale = useLocale();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopTicketsDocument, requestPolicy: "cache-and-network" });
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const tickets = data?.myTickets.edges.map((e) => e.node) ?? [];
  return (
    <div className="stack">
      <Link className="btn btn-primary" href="/account/service/new">
        {t("service.new")}
      </Link>
      {tickets.length === 0 ? <EmptyState title={t("service.none")} /> : null}
      <ul className="card-list">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link href={`/account/service/${ticket.id}`} className="order-card">
              <span className="order-card-head">
                <strong>{ticket.subject}</strong>
                <span className="status-pill">{t(`ticketStatus.${ticket.status}` as const)}</span>
              </span>
              <span className="muted small">
                {t(`ticketCategory.${ticket.category}` as const)} · {formatTime(ticket.updatedAt, locale)}
                {ticket.store ? ` · ${ticket.store.name}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
