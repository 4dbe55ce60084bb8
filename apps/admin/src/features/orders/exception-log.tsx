"use client";

import { useLocale, useT } from "@o2o/client";
import { AdminExceptionsDocument, AdminResolveExceptionDocument, type ExceptionKind } from "@o2o/schema";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { useStores } from "../../components/use-stores";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { exceptionLabel } from "../dashboard/live-alerts";
import { OrdersNav } from "./order-list";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { ListStates } from "../../components/list-states";
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
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminExceptionsDocument,
    variables: { first: 50, after: null, filter: { kind: kind || null, unresolved: open || null } },
    requestPolicy: "cache-and-network",
  });
  const [, resolve] = useMutation(AdminResolveExceptionDocument);
  const entries = data?.exceptions.edges.map((e) => e.node) ?? [];
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
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={entries.length === 0}
          emptyTitle={t("exceptions.empty")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
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
                        reexecute({ requestPolicy: "network-only" });
                      }}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </div>
  );
}
