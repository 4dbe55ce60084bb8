"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopMyOrdersDocument } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useQuery } from "urql";
import { formatTime } from "../orders/order-view";

export function OrdersList() {
  const t = useT();
  const locale = useLocale();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopMyOrdersDocument, variables: { first: 20, after } });
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const orders = data?.myOrders.edges.map((e) => e.node) ?? [];
  if (orders.length === 0) {
    return (
      <EmptyState title={t("member.noOrders")}>
        <Link className="btn btn-primary" href="/">
          {t("cart.browse")}
        </Link>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="card-list">
        {orders.map((o) => (
          <li key={o.id}>
            <Link href={`/orders/${o.id}`} className="order-card">
              <span className="order-card-head">
                <span className="muted small">{formatTime(o.placedAt, locale)}</span>
                <span className="status-pill">{t(`orderStatus.${o.status}` as const)}</span>
              </span>
              <span>{o.lines.map((l) => `${l.name} × ${l.quantity}`).join("，")}</span>
              <span className="order-card-foot">
                <span className="muted small">{o.store?.name ?? ""}</span>
                <strong>{formatFen(o.total)}</strong>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {data?.myOrders.pageInfo.hasNextPage ? (
        <button type="button" className="btn btn-outline" onClick={() => setAfter(data.myOrders.pageInfo.endCursor)}>
          {t("home.next")}
        </button>
      ) : null}
    </>
  );
}
