"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useLocale, useT } from "@o2o/client";
import { AdminOrdersDocument, type ChannelType, type OrderStatus } from "@o2o/schema";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { PAGE_MAX, PAGE_STEP, ShowMore } from "../../components/show-more";
import { StoreSelect } from "../../components/store-select";
import { SubNav } from "../../components/sub-nav";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { channelLabel } from "../catalog/variant-prices";
import { orderStatusLabel, orderTypeLabel } from "./order-labels";

const STATUSES: OrderStatus[] = [
  "PAID",
  "PROCESSING",
  "SHIPPED",
  "DELIVERED",
  "READY_FOR_PICKUP",
  "COMPLETED",
  "PARTIALLY_RETURNED",
  "RETURNED",
  "CANCELLED",
  "PENDING_PAYMENT",
];

export function OrdersNav() {
  const t = useT();
  return (
    <SubNav
      label={t("nav.orders")}
      items={[
        { href: "/orders", label: t("orders.all"), exact: true },
        { href: "/orders/returns", label: t("returns.tab") },
        { href: "/orders/exceptions", label: t("orders.exceptions") },
      ]}
    />
  );
}

/** Orders of every channel the viewer may read, with filters. */
export function OrderList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [storeId, setStoreId] = useState("");
  const [channel, setChannel] = useState<ChannelType | "">("");
  const [status, setStatus] = useState<OrderStatus | "">("");
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const [limit, setLimit] = useState(PAGE_STEP);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminOrdersDocument,
    variables: {
      first: limit,
      after: null,
      filter: { storeId: storeId || null, channelType: channel || null, status: status || null, search: search || null },
    },
    requestPolicy: "cache-and-network",
  });
  const orders = data?.orders.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <PageHeader title={t("nav.orders")} subtitle={t("section.orders")} />
      <OrdersNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <label className="inline-field">
            <span>{t("common.search")}</span>
            <input
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t("orders.searchPlaceholder")}
              maxLength={40}
            />
          </label>
          <StoreSelect
            label={t("common.store")}
            value={storeId}
            onChange={setStoreId}
            allowAll
            only={(id) => canInStore(me, "order:read", id)}
          />
          <label className="inline-field">
            <span>{t("common.channel")}</span>
            <select value={channel} onChange={(e) => setChannel(e.target.value as ChannelType | "")}>
              <option value="">{t("common.all")}</option>
              {(["POS", "ONLINE", "SOCIAL", "KIOSK"] as const).map((c) => (
                <option key={c} value={c}>
                  {channelLabel(t, c)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>{t("common.status")}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | "")}>
              <option value="">{t("common.all")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {orderStatusLabel(t, s)}
                </option>
              ))}
            </select>
          </label>
          {data ? <span className="badge badge-neutral">{t("common.total", { n: data.orders.totalCount })}</span> : null}
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data && orders.length === 0 ? <EmptyState title={t("orders.empty")} /> : null}
        {orders.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("orders.number")}</th>
                  <th scope="col">{t("common.time")}</th>
                  <th scope="col">{t("common.channel")}</th>
                  <th scope="col">{t("common.store")}</th>
                  <th scope="col">{t("common.member")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col" className="align-end">
                    {t("orders.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link href={`/orders/${o.id}`} className="mono">
                        {o.number}
                      </Link>
                      <div className="muted small">{orderTypeLabel(t, o.type)}</div>
                    </td>
                    <td className="small">{formatDateTime(locale, o.placedAt)}</td>
                    <td>{channelLabel(t, o.channel.type)}</td>
                    <td>{o.store?.name ?? "—"}</td>
                    <td>{o.member ? (o.member.name ?? o.member.maskedPhone) : <span className="muted">{t("common.guest")}</span>}</td>
                    <td>
                      <span className={`badge badge-o-${o.status.toLowerCase()}`}>{orderStatusLabel(t, o.status)}</span>
                    </td>
                    <td className="align-end num">
                      {formatFen(o.total)}
                      {o.refundedTotal > 0 ? <div className="muted small">-{formatFen(o.refundedTotal)}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <ShowMore
          shown={orders.length}
          total={data?.orders.totalCount ?? 0}
          limit={limit}
          busy={fetching}
          onMore={() => setLimit((l) => Math.min(PAGE_MAX, l + PAGE_STEP))}
        />
      </section>
    </div>
  );
}
