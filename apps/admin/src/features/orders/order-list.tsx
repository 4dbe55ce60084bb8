"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { AdminOrdersDocument, type ChannelType, type OrderStatus } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { DataTable } from "../../components/data-table";
import { SearchField, SelectFilter, TotalBadge, useDebouncedSearch } from "../../components/filter-bar";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { useCursorPages } from "../../components/use-cursor-pages";
import { StoreSelect } from "../../components/store-select";
import { SubNav } from "../../components/sub-nav";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { channelLabel } from "../catalog/variant-prices";
import { orderStatusLabel, orderTypeLabel } from "./order-labels";

const CHANNELS: ChannelType[] = ["POS", "ONLINE", "SOCIAL", "KIOSK"];

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
  const { input, setInput, search } = useDebouncedSearch();
  const pages = useCursorPages({
    query: AdminOrdersDocument,
    variables: { filter: { storeId: storeId || null, channelType: channel || null, status: status || null, search: search || null } },
    connection: (d) => d.orders,
  });
  const orders = pages.items;
  return (
    <div className="page">
      <PageHeader title={t("nav.orders")} subtitle={t("section.orders")} />
      <OrdersNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <SearchField value={input} onChange={setInput} placeholder={t("orders.searchPlaceholder")} />
          <StoreSelect
            label={t("common.store")}
            value={storeId}
            onChange={setStoreId}
            allowAll
            only={(id) => canInStore(me, "order:read", id)}
          />
          <SelectFilter
            label={t("common.channel")}
            value={channel}
            onChange={setChannel}
            options={CHANNELS}
            optionLabel={(c) => channelLabel(t, c)}
          />
          <SelectFilter
            label={t("common.status")}
            value={status}
            onChange={setStatus}
            options={STATUSES}
            optionLabel={(s) => orderStatusLabel(t, s)}
          />
          {pages.loaded ? <TotalBadge total={pages.totalCount ?? 0} /> : null}
        </div>
        <PagedListStates pages={pages} emptyTitle={t("orders.empty")} />
        {orders.length > 0 ? (
          <DataTable
            columns={[
              t("orders.number"),
              t("common.time"),
              t("common.channel"),
              t("common.store"),
              t("common.member"),
              t("common.status"),
              { label: t("orders.total"), end: true },
            ]}
          >
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
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
