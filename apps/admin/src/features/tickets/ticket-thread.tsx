"use client";

import { ErrorState, LoadingState, type Translate, useLocale, useT } from "@o2o/client";
import {
  AdminReplyToTicketDocument,
  AdminSetTicketStatusDocument,
  AdminTicketDocument,
  AdminTicketMessagesDocument,
  type AdminTicketMessagesSubscription,
  type TicketStatus,
} from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useSubscription } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { FieldAlert } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

type LiveMessage = AdminTicketMessagesSubscription["ticketMessages"];

export function ticketStatusLabel(t: Translate, status: string): string {
  const key = `ticket.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/** One ticket's conversation, with new messages arriving live, a reply box and status changes. */
export function TicketThread({ ticketId, onChanged }: { ticketId: string; onChanged: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminTicketDocument,
    variables: { id: ticketId },
    requestPolicy: "network-only",
  });
  const [live, setLive] = useState<LiveMessage[]>([]);
  useSubscription({ query: AdminTicketMessagesDocument, variables: { ticketId } }, (_prev, event) => {
    setLive((list) => (list.some((m) => m.id === event.ticketMessages.id) ? list : [...list, event.ticketMessages]));
    return event;
  });
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: sending }, reply] = useMutation(AdminReplyToTicketDocument);
  const [, setStatus] = useMutation(AdminSetTicketStatusDocument);

  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const ticket = data.ticket;
  const loaded = ticket.messages.edges.map((e) => e.node);
  const messages = [...loaded, ...live.filter((m) => !loaded.some((x) => x.id === m.id))];

  async function onSend(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    const res = await reply({ ticketId, body: body.trim() });
    const r = res.data?.staffReplyToTicket;
    if (r?.__typename === "ServiceTicket") {
      setBody("");
      setProblem(null);
      onChanged();
    } else setProblem(r && "message" in r ? r.message : t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }

  const change = async (status: TicketStatus) => {
    await setStatus({ ticketId, status });
    refresh();
    onChanged();
  };

  return (
    <section className="card ticket-thread" aria-label={ticket.subject}>
      <header className="ticket-head">
        <div>
          <h3 className="card-title">{ticket.subject}</h3>
          <p className="muted small">
            {ticket.member.name ?? ticket.member.maskedPhone} · {ticket.store?.name ?? "—"} · {ticketStatusLabel(t, ticket.status)}
          </p>
        </div>
        <div className="row-actions">
          {ticket.status !== "RESOLVED" && ticket.status !== "CLOSED" ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => change("RESOLVED")}>
              {t("ticket.resolve")}
            </button>
          ) : null}
          {ticket.status !== "CLOSED" ? (
            <ConfirmButton
              label={t("ticket.close")}
              className="btn btn-ghost btn-sm"
              message={t("ticket.closeConfirm")}
              danger
              onConfirm={() => change("CLOSED")}
            />
          ) : null}
        </div>
      </header>
      <ol className="messages" aria-live="polite" aria-label={t("ticket.messages")}>
        {messages.map((m) => (
          <li key={m.id} className={m.author === "STAFF" ? "message message-staff" : "message"}>
            <span className="muted small">
              {m.author === "STAFF" ? (m.staffName ?? t("actor.STAFF")) : t("actor.MEMBER")} · {formatDateTime(locale, m.createdAt)}
            </span>
            <p>{m.body}</p>
          </li>
        ))}
      </ol>
      {ticket.status !== "CLOSED" ? (
        <form className="reply-form" onSubmit={onSend}>
          <label className="field">
            <span>{t("ticket.reply")}</span>
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={2000} />
          </label>
          <FieldAlert message={problem} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={sending || !body.trim()}>
              {t("ticket.send")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
