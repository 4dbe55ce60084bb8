"use client";

import { ErrorState, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopReplyToTicketDocument, ShopTicketDocument, ShopTicketMessagesDocument } from "@o2o/schema";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { formatTime } from "../orders/order-view";

type Message = { id: string; author: string; body: string; staffName: string | null; createdAt: string };

/** One service conversation; staff replies arrive live over the ticket's subscription. */
export function TicketChat({ ticketId }: { ticketId: string }) {
  const t = useT();
  const locale = useLocale();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopTicketDocument, variables: { id: ticketId } });
  const [{ data: live }] = useSubscription({ query: ShopTicketMessagesDocument, variables: { ticketId } });
  const [arrived, setArrived] = useState<Message[]>([]);
  const [reply, setReply] = useState("");
  const [state, send] = useMutation(ShopReplyToTicketDocument);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const message = live?.ticketMessages;
    if (message) setArrived((list) => (list.some((m) => m.id === message.id) ? list : [...list, message]));
  }, [live]);

  const messages = useMemo(() => {
    const loaded: Message[] = data?.ticket.messages.edges.map((e) => e.node) ?? [];
    const all = [...loaded, ...arrived.filter((m) => !loaded.some((l) => l.id === m.id))];
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, [data, arrived]);

  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const ticket = data?.ticket;
  if (!ticket) return <LoadingState />;

  async function onSend(event: FormEvent) {
    event.preventDefault();
    const body = reply.trim();
    if (!body) return;
    const result = await send({ ticketId, body });
    const outcome = result.data?.replyToTicket;
    if (outcome?.__typename === "ServiceTicket") {
      setReply("");
      setProblem(null);
      refetch({ requestPolicy: "network-only" });
    } else setProblem(outcome && "message" in outcome ? outcome.message : t("error.generic"));
  }

  return (
    <div className="chat">
      <header className="panel chat-head">
        <h2 className="section-title">{ticket.subject}</h2>
        <p className="muted small">
          {t(`ticketCategory.${ticket.category}` as const)} · {t(`ticketStatus.${ticket.status}` as const)}
          {ticket.store ? ` · ${ticket.store.name}` : ""}
        </p>
      </header>
      <ol className="chat-log" aria-live="polite" aria-label={t("service.conversation")}>
        {messages.map((m) => (
          <li key={m.id} className={m.author === "MEMBER" ? "mine" : "theirs"}>
            <span className="chat-meta">
              {m.author === "MEMBER" ? t("service.you") : (m.staffName ?? t("service.staff"))} · {formatTime(m.createdAt, locale)}
            </span>
            <p>{m.body}</p>
          </li>
        ))}
      </ol>
      {ticket.status === "CLOSED" ? (
        <p className="muted center">{t("service.closed")}</p>
      ) : (
        <form className="chat-form" onSubmit={onSend}>
          <label htmlFor="reply" className="visually-hidden">
            {t("service.reply")}
          </label>
          <input
            id="reply"
            className="text-input"
            value={reply}
            maxLength={2000}
            placeholder={t("service.reply")}
            onChange={(e) => setReply(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={state.fetching || !reply.trim()}>
            {t("service.send")}
          </button>
        </form>
      )}
      {problem ? (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
