"use client";

import { hasPermission, type Translate, useLocale, useT } from "@o2o/client";
import { AdminLowStockAlertDocument, type AdminLowStockAlertSubscription, AdminRecentExceptionsDocument } from "@o2o/schema";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { useMe } from "../auth/me-context";
import type { SaleTick } from "./use-live-sales";

type Alert = AdminLowStockAlertSubscription["lowStockAlert"];
const MAX_ALERTS = 8;

export function exceptionLabel(t: Translate, kind: string): string {
  const key = `exception.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function LowStockFeed() {
  const t = useT();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useSubscription({ query: AdminLowStockAlertDocument }, (_prev, event) => {
    setAlerts((list) => [event.lowStockAlert, ...list].slice(0, MAX_ALERTS));
    return event;
  });
  if (alerts.length === 0) return <p className="muted">{t("dash.noAlerts")}</p>;
  return (
    <ul className="feed" aria-live="polite">
      {alerts.map((a) => (
        <li key={`${a.variantId}-${a.locationId}-${a.at}`} className="feed-item feed-warn">
          {t("dash.lowStock", {
            name: a.variant ? `${a.variant.product.name} ${a.variant.name}` : a.variantId,
            available: a.available,
            threshold: a.threshold,
          })}
        </li>
      ))}
    </ul>
  );
}

function ExceptionsFeed({ tick }: { tick: SaleTick | null }) {
  const t = useT();
  const locale = useLocale();
  const [{ data }, reexecute] = useQuery({ query: AdminRecentExceptionsDocument, variables: { first: 6 } });
  useEffect(() => {
    if (tick) reexecute({ requestPolicy: "network-only" });
  }, [tick, reexecute]);
  const entries = data?.exceptions.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h4 className="feed-title">
        {t("dash.exceptions")} {data ? <span className="badge badge-neutral">{data.exceptions.totalCount}</span> : null}
      </h4>
      {entries.length === 0 ? (
        <p className="muted">{t("dash.noAlerts")}</p>
      ) : (
        <ul className="feed">
          {entries.map((e) => (
            <li key={e.id} className="feed-item">
              <span className="badge badge-warn">{exceptionLabel(t, e.kind)}</span> {e.message}
              <span className="muted small"> · {formatDateTime(locale, e.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <Link href="/orders/exceptions" className="link">
        {t("dash.allExceptions")}
      </Link>
    </>
  );
}

/** Low-stock alerts pushed by the server, and the open exceptions (refreshed as orders come in). */
export function LiveAlerts({ tick }: { tick: SaleTick | null }) {
  const t = useT();
  const me = useMe();
  return (
    <section className="card span-2" aria-label={t("dash.alerts")}>
      <h3 className="card-title">{t("dash.alerts")}</h3>
      {hasPermission(me, "stock:read") ? <LowStockFeed /> : null}
      {hasPermission(me, "order:read") ? <ExceptionsFeed tick={tick} /> : null}
    </section>
  );
}
