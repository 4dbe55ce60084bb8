"use client";

import { ErrorState, formatFen, LoadingState, useLocale, useT } from "@o2o/client";
import { AdminMemberDocument } from "@o2o/schema";
import Link from "next/link";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { orderStatusLabel } from "../orders/order-labels";
import { BackLink } from "../../components/back-link";
import { MemberCoupons } from "./member-coupons";
import { MemberTickets } from "./member-tickets";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** A member: details, recent orders, coupons, service tickets, points ledger and tier history. */
export function MemberProfile({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminMemberDocument, variables: { id } });
  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const m = data.member;
  return (
    <div className="page">
      <PageHeader title={m.name ?? m.phone} subtitle={m.tier?.name ?? ""} actions={<BackLink href="/members" />} />
      <div className="detail-grid">
        <section className="card">
          <h3 className="card-title">{t("members.profile")}</h3>
          <dl className="facts">
            <div>
              <dt>{t("members.phone")}</dt>
              <dd className="mono">{m.phone}</dd>
            </div>
            <div>
              <dt>{t("members.points")}</dt>
              <dd className="num">{m.pointsBalance}</dd>
            </div>
            <div>
              <dt>{t("members.credit")}</dt>
              <dd className="num">{formatFen(m.storeCreditBalance)}</dd>
            </div>
            <div>
              <dt>{t("members.spend")}</dt>
              <dd className="num">{formatFen(m.lifetimeSpend)}</dd>
            </div>
            <div>
              <dt>{t("members.homeStore")}</dt>
              <dd>{m.homeStore?.name ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("members.joined")}</dt>
              <dd>{formatDateTime(locale, m.createdAt, false)}</dd>
            </div>
          </dl>
        </section>
        <section className="card">
          <h3 className="card-title">{t("members.orders")}</h3>
          <ul className="plain-list">
            {(m.orders?.edges ?? []).map(({ node: o }) => (
              <li key={o.id}>
                <Link href={`/orders/${o.id}`} className="mono">
                  {o.number}
                </Link>{" "}
                {orderStatusLabel(t, o.status)} · <span className="num">{formatFen(o.total)}</span>
                <span className="muted small"> · {formatDateTime(locale, o.placedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
        <MemberCoupons coupons={m.coupons ?? []} />
        <MemberTickets tickets={m.tickets ?? []} />
        <section className="card">
          <h3 className="card-title">{t("members.pointsLedger")}</h3>
          <ul className="plain-list">
            {m.points.edges.map(({ node: p }) => (
              <li key={p.id}>
                <span className={p.delta < 0 ? "neg num" : "pos num"}>{p.delta > 0 ? `+${p.delta}` : p.delta}</span>{" "}
                {t(`points.${p.reason}`)}
                <span className="muted small">
                  {" "}
                  · {t("members.balance", { n: p.balanceAfter })} · {formatDateTime(locale, p.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h3 className="card-title">{t("members.tierHistory")}</h3>
          <ul className="plain-list">
            {data.tierHistory.edges.map(({ node: c }) => (
              <li key={c.id}>
                {c.fromTier?.name ?? "—"} → {c.toTier?.name ?? "—"}{" "}
                <span className="muted small">· {formatDateTime(locale, c.createdAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
