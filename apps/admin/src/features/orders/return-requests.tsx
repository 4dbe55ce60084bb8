"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { AdminApproveReturnDocument, AdminRejectReturnDocument, AdminReturnsDocument, type ReturnStatus } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { OrdersNav } from "./order-list";
import { ActionsHeading, TableHead } from "../../components/data-table";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { useCursorPages } from "../../components/use-cursor-pages";
import { SelectFilter } from "../../components/filter-bar";
import { Notice } from "../../components/form-field";

/** Members' return requests for online orders: approve (refund and restock) or turn down. */
export function ReturnRequests() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [status, setStatus] = useState<ReturnStatus | "">("REQUESTED");
  const [notice, setNotice] = useState<string | null>(null);
  const pages = useCursorPages({
    query: AdminReturnsDocument,
    variables: { filter: { status: status || null } },
    connection: (d) => d.returns,
  });
  const [, approve] = useMutation(AdminApproveReturnDocument);
  const [, reject] = useMutation(AdminRejectReturnDocument);
  const refresh = pages.refresh;
  const returns = pages.items;
  const report = (r: { __typename: string; message?: string } | undefined, ok: string) => {
    setNotice(r?.__typename === "ReturnReceipt" ? ok : (r?.message ?? t("common.failed", { message: "" })));
    refresh();
  };
  return (
    <div className="page">
      <PageHeader title={t("nav.orders")} subtitle={t("returns.subtitle")} />
      <OrdersNav />
      <Notice message={notice} />
      <section className="card card-flush">
        <div className="toolbar">
          <SelectFilter
            label={t("common.status")}
            value={status}
            onChange={setStatus}
            options={["REQUESTED", "COMPLETED", "REJECTED"] as const}
            optionLabel={(s) => t(`returns.${s}`)}
          />
        </div>
        <PagedListStates pages={pages} emptyTitle={t("returns.empty")} />
        {returns.length > 0 ? (
          <table className="table">
            <TableHead
              columns={[
                t("returns.number"),
                t("common.product"),
                t("refund.reason"),
                { label: t("common.amount"), end: true },
                t("common.time"),
                <ActionsHeading key="actions" />,
              ]}
            />
            <tbody>
              {returns.map((r) => {
                const canDecide = r.status === "REQUESTED" && r.store && canInStore(me, "refund:create", r.store.id);
                return (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/orders/${r.orderId}`} className="mono">
                        {r.number}
                      </Link>
                      <div className="muted small">{t(`returns.${r.status}`)}</div>
                    </td>
                    <td className="small">{r.lines.map((l) => `${l.name} ×${l.quantity}`).join("，")}</td>
                    <td className="small">{r.reason ?? "—"}</td>
                    <td className="align-end num">{formatFen(r.refundTotal)}</td>
                    <td className="small">{formatDateTime(locale, r.createdAt)}</td>
                    <td className="align-end row-actions">
                      {canDecide ? (
                        <>
                          <ConfirmButton
                            label={t("returns.approve")}
                            className="btn btn-primary btn-sm"
                            message={t("returns.approveConfirm", { amount: formatFen(r.refundTotal) })}
                            onConfirm={async () =>
                              report(
                                (await approve({ input: { returnId: r.id, writeOffOrderLineIds: [] } })).data?.approveReturn,
                                t("returns.approved"),
                              )
                            }
                          />
                          <ConfirmButton
                            label={t("returns.reject")}
                            className="btn btn-ghost btn-sm"
                            message={t("returns.rejectConfirm")}
                            danger
                            onConfirm={async () =>
                              report((await reject({ input: { returnId: r.id, note: null } })).data?.rejectReturn, t("returns.rejected"))
                            }
                          />
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
