"use client";

import { useLocale, useT } from "@o2o/client";
import { AdminExceptionsDocument, AdminResolveExceptionDocument, type ExceptionKind } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { useStores } from "../../components/use-stores";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { exceptionLabel } from "../dashboard/live-alerts";
import { OrdersNav } from "./order-list";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { useCursorPages } from "../../components/use-cursor-pages";
import { SelectFilter } from "../../components/filter-bar";

const KINDS: ExceptionKind[] = [
  "PAYMENT_FAILED",
  "UNKNOWN_BARCODE",
  "PRICE_OVERRIDE",
  "STOCK_DISCREPANCY",
  "SYNC_CONFLICT",
  "LOW_STOCK",
  "OUT_OF_STOCK",
];

/** Failed payments, unknown barcodes, manual prices and other things a manager should look at. */
export function ExceptionLog() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const { stores } = useStores();
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const [kind, setKind] = useState<ExceptionKind | "">("");
  const [open, setOpen] = useState(true);
  const pages = useCursorPages({
    query: AdminExceptionsDocument,
    variables: { filter: { kind: kind || null, unresolved: open || null } },
    connection: (d) => d.exceptions,
    pageSize: 50,
  });
  const [, resolve] = useMutation(AdminResolveExceptionDocument);
  const entries = pages.items;
  return (
    <div className="page">
      <PageHeader title={t("nav.orders")} subtitle={t("exceptions.subtitle")} />
      <OrdersNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <SelectFilter
            label={t("exceptions.kind")}
            value={kind}
            onChange={setKind}
            options={KINDS}
            optionLabel={(k) => exceptionLabel(t, k)}
          />
          <label className="check">
            <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
            {t("exceptions.openOnly")}
          </label>
        </div>
        <PagedListStates pages={pages} emptyTitle={t("exceptions.empty")} />
        {entries.length > 0 ? (
          <DataTable
            columns={[t("common.time"), t("exceptions.kind"), t("common.store"), t("exceptions.message"), <ActionsHeading key="actions" />]}
          >
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="small">{formatDateTime(locale, e.createdAt)}</td>
                <td>
                  <span className="badge badge-warn">{exceptionLabel(t, e.kind)}</span>
                </td>
                <td>{e.storeId ? (storeName.get(e.storeId) ?? "—") : "—"}</td>
                <td>{e.message}</td>
                <td className="align-end">
                  {e.resolvedAt ? (
                    <span className="muted small">{t("exceptions.resolvedAt", { at: formatDateTime(locale, e.resolvedAt) })}</span>
                  ) : e.storeId && canInStore(me, "price:override", e.storeId) ? (
                    <ConfirmButton
                      label={t("exceptions.resolve")}
                      className="btn btn-secondary btn-sm"
                      message={t("exceptions.resolveConfirm")}
                      onConfirm={async () => {
                        await resolve({ input: { id: e.id, note: null } });
                        pages.refresh();
                      }}
                    />
                  ) : null}
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
