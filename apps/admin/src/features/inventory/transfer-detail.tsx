"use client";

import { EmptyState, ErrorState, LoadingState, useLocale, useT } from "@o2o/client";
import { AdminCancelTransferDocument, AdminReceiveTransferDocument, AdminShipTransferDocument, AdminTransferDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { transferStatusLabel } from "./transfer-list";
import { variantLabel } from "../../lib/variant-label";
import { DataTable } from "../../components/data-table";
import { BackLink } from "../../components/back-link";
import { Notice } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

type Outcome = { __typename: string; message?: string } | null | undefined;

/** One transfer: ship it from the source, receive it at the destination; what is in transit in between. */
export function TransferDetail({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminTransferDocument,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [, ship] = useMutation(AdminShipTransferDocument);
  const [, receive] = useMutation(AdminReceiveTransferDocument);
  const [, cancel] = useMutation(AdminCancelTransferDocument);
  const [message, setMessage] = useState<string | null>(null);
  const report = (outcome: Outcome, ok: string, failure?: string) => {
    setMessage(outcome?.__typename === "Transfer" ? ok : (outcome?.message ?? failure ?? t("common.failed", { message: "" })));
    refresh();
  };

  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const tr = data.transfer;
  if (!tr) return <EmptyState title={t("transfer.notFound")} />;
  const canShip = tr.status === "REQUESTED" && canInStore(me, "transfer:write", tr.from.id);
  const canReceive = tr.status === "SHIPPED" && canInStore(me, "transfer:write", tr.to.id);
  const canCancel =
    tr.status === "REQUESTED" && (canInStore(me, "transfer:write", tr.from.id) || canInStore(me, "transfer:write", tr.to.id));

  return (
    <div className="page">
      <PageHeader
        title={t("transfer.title", { number: tr.number })}
        subtitle={
          <>
            {tr.from.name} → {tr.to.name} ·{" "}
            <span className={`badge badge-t-${tr.status.toLowerCase()}`}>{transferStatusLabel(t, tr.status)}</span>
          </>
        }
        actions={
          <>
            <BackLink href="/inventory/transfers" />
            {canCancel ? (
              <ConfirmButton
                label={t("transfer.cancel")}
                message={t("transfer.cancelConfirm")}
                danger
                onConfirm={async () => report((await cancel({ transferId: tr.id })).data?.cancelTransfer, t("transfer.cancelled"))}
              />
            ) : null}
            {canShip ? (
              <ConfirmButton
                label={t("transfer.ship")}
                className="btn btn-primary"
                message={t("transfer.shipConfirm", { to: tr.to.name })}
                onConfirm={async () =>
                  report(
                    (
                      await ship({
                        input: { transferId: tr.id, lines: tr.lines.map((l) => ({ variantId: l.variant.id, quantity: l.requested })) },
                      })
                    ).data?.shipTransfer,
                    t("transfer.shipped"),
                  )
                }
              />
            ) : null}
            {canReceive ? (
              <ConfirmButton
                label={t("transfer.receive")}
                className="btn btn-primary"
                message={t("transfer.receiveConfirm", { from: tr.from.name })}
                onConfirm={async () =>
                  report(
                    (
                      await receive({
                        input: {
                          transferId: tr.id,
                          close: false,
                          lines: tr.lines.filter((l) => l.inTransit > 0).map((l) => ({ variantId: l.variant.id, quantity: l.inTransit })),
                        },
                      })
                    ).data?.receiveTransfer,
                    t("transfer.receivedMsg"),
                  )
                }
              />
            ) : null}
          </>
        }
      />
      <Notice message={message} />
      <section className="card">
        <dl className="facts facts-row">
          <div>
            <dt>{t("transfer.requestedAt")}</dt>
            <dd>{formatDateTime(locale, tr.createdAt)}</dd>
          </div>
          <div>
            <dt>{t("transfer.shippedAt")}</dt>
            <dd>{formatDateTime(locale, tr.shippedAt)}</dd>
          </div>
          <div>
            <dt>{t("transfer.receivedAt")}</dt>
            <dd>{formatDateTime(locale, tr.receivedAt)}</dd>
          </div>
          {tr.note ? (
            <div>
              <dt>{t("common.note")}</dt>
              <dd>{tr.note}</dd>
            </div>
          ) : null}
        </dl>
        <DataTable
          columns={[
            t("common.product"),
            { label: t("transfer.requested"), end: true },
            { label: t("transfer.shippedQty"), end: true },
            { label: t("transfer.inTransit"), end: true },
            { label: t("transfer.receivedQty"), end: true },
            { label: t("transfer.lost"), end: true },
          ]}
        >
          {tr.lines.map((l) => (
            <tr key={l.id}>
              <td>
                {variantLabel(l.variant.product.name, l.variant.name)} <span className="muted small mono">{l.variant.sku}</span>
              </td>
              <td className="align-end num">{l.requested}</td>
              <td className="align-end num">{l.shipped}</td>
              <td className="align-end num">{l.inTransit}</td>
              <td className="align-end num">{l.received}</td>
              <td className="align-end num">{l.lost || ""}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
