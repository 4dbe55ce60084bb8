"use client";

import { type Translate, useLocale, useT } from "@o2o/client";
import { AdminTransfersDocument, type TransferStatus } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";
import { DataTable } from "../../components/data-table";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { useCursorPages } from "../../components/use-cursor-pages";
import { SelectFilter } from "../../components/filter-bar";

export function transferStatusLabel(t: Translate, status: string): string {
  const key = `transfer.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

export function TransferList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [status, setStatus] = useState<TransferStatus | "">("");
  const pages = useCursorPages({
    query: AdminTransfersDocument,
    variables: { filter: { status: status || null } },
    connection: (d) => d.transfers,
    pageSize: 50,
  });
  const transfers = pages.items;
  const canCreate = me.permissions.some((g) => g.permission === "transfer:write");
  return (
    <div className="page">
      <PageHeader
        title={t("nav.inventory")}
        subtitle={t("inv.transfersSubtitle")}
        actions={
          canCreate ? (
            <Link href="/inventory/transfers/new" className="btn btn-primary">
              {t("transfer.new")}
            </Link>
          ) : null
        }
      />
      <InventoryNav />
      <section className="card card-flush">
        <div className="toolbar">
          <SelectFilter
            label={t("common.status")}
            value={status}
            onChange={setStatus}
            options={["REQUESTED", "SHIPPED", "RECEIVED", "CANCELLED"] as const}
            optionLabel={(s) => transferStatusLabel(t, s)}
          />
        </div>
        <PagedListStates pages={pages} emptyTitle={t("transfer.empty")} />
        {transfers.length > 0 ? (
          <DataTable
            columns={[
              t("transfer.number"),
              t("common.from"),
              t("common.to"),
              t("common.status"),
              { label: t("transfer.inTransit"), end: true },
              t("common.time"),
            ]}
          >
            {transfers.map((tr) => (
              <tr key={tr.id}>
                <td>
                  <Link href={`/inventory/transfers/${tr.id}`} className="mono">
                    {tr.number}
                  </Link>
                </td>
                <td>{tr.from.name}</td>
                <td>{tr.to.name}</td>
                <td>
                  <span className={`badge badge-t-${tr.status.toLowerCase()}`}>{transferStatusLabel(t, tr.status)}</span>
                </td>
                <td className="align-end num">{tr.lines.reduce((n, l) => n + l.inTransit, 0) || ""}</td>
                <td className="small">{formatDateTime(locale, tr.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
