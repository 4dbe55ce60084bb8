"use client";

import { EmptyState, ErrorState, LoadingState, type Translate, useLocale, useT } from "@o2o/client";
import { AdminTransfersDocument, type TransferStatus } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";

export function transferStatusLabel(t: Translate, status: string): string {
  const key = `transfer.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

export function TransferList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [status, setStatus] = useState<TransferStatus | "">("");
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminTransfersDocument,
    variables: { first: 50, filter: { status: status || null } },
    requestPolicy: "cache-and-network",
  });
  const transfers = data?.transfers.edges.map((e) => e.node) ?? [];
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
          <label className="inline-field">
            <span>{t("common.status")}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as TransferStatus | "")}>
              <option value="">{t("common.all")}</option>
              {(["REQUESTED", "SHIPPED", "RECEIVED", "CANCELLED"] as const).map((s) => (
                <option key={s} value={s}>
                  {transferStatusLabel(t, s)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data && transfers.length === 0 ? <EmptyState title={t("transfer.empty")} /> : null}
        {transfers.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("transfer.number")}</th>
                  <th scope="col">{t("common.from")}</th>
                  <th scope="col">{t("common.to")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col" className="align-end">
                    {t("transfer.inTransit")}
                  </th>
                  <th scope="col">{t("common.time")}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
