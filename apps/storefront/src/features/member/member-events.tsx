"use client";

import { EmptyState, ErrorState, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopCancelEventSignupDocument, ShopMemberEventsDocument, ShopSignUpForEventDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { formatTime } from "../orders/order-view";

export function MemberEvents() {
  const t = useT();
  const locale = useLocale();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopMemberEventsDocument });
  const [, signUp] = useMutation(ShopSignUpForEventDocument);
  const [, cancel] = useMutation(ShopCancelEventSignupDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const events = data?.memberEvents.edges.map((e) => e.node) ?? [];
  if (events.length === 0) return <EmptyState title={t("events.none")} />;

  async function join(id: string) {
    setBusy(id);
    const result = await signUp({ eventId: id });
    const outcome = result.data?.signUpForEvent;
    setMessage(
      outcome?.__typename === "EventSignup" ? t("events.joined") : outcome && "message" in outcome ? outcome.message : t("error.generic"),
    );
    setBusy(null);
    refetch({ requestPolicy: "network-only" });
  }
  async function leave(id: string) {
    setBusy(id);
    await cancel({ eventId: id });
    setConfirming(null);
    setBusy(null);
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <div className="stack">
      {message ? (
        <p className="alert alert-info" role="status">
          {message}
        </p>
      ) : null}
      <ul className="card-list">
        {events.map((e) => (
          <li key={e.id} className="panel event-card">
            <h2 className="section-title">{e.title}</h2>
            <p className="muted small">
              {formatTime(e.startsAt, locale)} – {formatTime(e.endsAt, locale)}
              {e.store ? ` · ${e.store.name}` : ""}
            </p>
            {e.description ? <p>{e.description}</p> : null}
            {e.seatsLeft != null ? <p className="small">{t("events.seatsLeft", { n: e.seatsLeft })}</p> : null}
            {e.signedUp ? (
              confirming === e.id ? (
                <div className="confirm-row">
                  <span>{t("events.cancelConfirm")}</span>
                  <button type="button" className="btn btn-small btn-danger" disabled={busy === e.id} onClick={() => leave(e.id)}>
                    {t("events.cancel")}
                  </button>
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setConfirming(null)}>
                    {t("order.cancelNo")}
                  </button>
                </div>
              ) : (
                <div className="action-row">
                  <span className="status-pill ok">{t("events.signedUp")}</span>
                  <button type="button" className="link-button" onClick={() => setConfirming(e.id)}>
                    {t("events.cancel")}
                  </button>
                </div>
              )
            ) : (
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={busy === e.id || e.seatsLeft === 0}
                onClick={() => join(e.id)}
              >
                {e.seatsLeft === 0 ? t("events.full") : t("events.join")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
