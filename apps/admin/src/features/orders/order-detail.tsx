"use client";

import { ErrorState, formatFen, LoadingState, type Translate, useLocale, useT } from "@o2o/client";
import { AdminEntityAuditDocument, AdminOrderDocument } from "@o2o/schema";
import { PageHeader } from "../../components/page-header";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { channelLabel } from "../catalog/variant-prices";
import { FulfilmentActions } from "./fulfilment-actions";
import { fulfilmentStatusLabel, orderStatusLabel, orderTypeLabel, paymentStatusLabel, tenderLabel } from "./order-labels";
import { orderTimeline, type TimelineEvent } from "./order-timeline";
import { RefundForm } from "./refund-form";
import { DataTable } from "../../components/data-table";
import { BackLink } from "../../components/back-link";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

function eventText(t: Translate, e: TimelineEvent): string {
  const vars = { ...e.vars };
  if (typeof vars.amount === "number") vars.amount = formatFen(vars.amount);
  if (typeof vars.tender === "string") vars.tender = tenderLabel(t, vars.tender);
  return isMessageKey(e.key) ? t(e.key, vars) : e.key;
}

/** One order: lines, payments, fulfilment with its next action, returns and refunds, and its whole timeline. */
export function OrderDetail({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [{ data, error, fetching }, reexecute] = useRefreshableQuery({
    query: AdminOrderDocument,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [{ data: audit }, refreshAudit] = useRefreshableQuery({
    query: AdminEntityAuditDocument,
    variables: { entityId: id },
    pause: !me.permissions.some((g) => g.permission === "audit:read"),
  });
  const refresh = () => {
    reexecute();
    refreshAudit();
  };
  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const order = data.order;
  const storeId = order.store?.id ?? "";
  const canFulfil = canInStore(me, "order:fulfil", storeId);
  const canRefund =
    canInStore(me, "refund:create", storeId) && ["COMPLETED", "PARTIALLY_RETURNED", "DELIVERED", "PAID", "SHIPPED"].includes(order.status);
  const timeline = orderTimeline(order, data.orderReturns, audit?.auditLogs.edges.map((e) => e.node) ?? []);

  return (
    <div className="page">
      <PageHeader
        title={t("orders.title", { number: order.number })}
        subtitle={
          <>
            <span className={`badge badge-o-${order.status.toLowerCase()}`}>{orderStatusLabel(t, order.status)}</span>{" "}
            {orderTypeLabel(t, order.type)} · {channelLabel(t, order.channel.type)} · {order.store?.name ?? "—"}
          </>
        }
        actions={<BackLink href="/orders" />}
      />
      <div className="detail-grid">
        <section className="card span-2" aria-labelledby="lines-title">
          <h3 className="card-title" id="lines-title">
            {t("orders.lines")}
          </h3>
          <DataTable
            columns={[
              t("common.product"),
              { label: t("common.quantity"), end: true },
              { label: t("orders.unitPrice"), end: true },
              { label: t("orders.discount"), end: true },
              { label: t("orders.lineTotal"), end: true },
            ]}
          >
            {order.lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.name} <span className="muted small mono">{l.sku}</span>
                  {l.returnedQuantity > 0 ? (
                    <span className="badge badge-warn badge-xs">{t("orders.returnedN", { n: l.returnedQuantity })}</span>
                  ) : null}
                </td>
                <td className="align-end num">{l.quantity}</td>
                <td className="align-end num">{formatFen(l.unitPrice)}</td>
                <td className="align-end num">{l.discountTotal ? `-${formatFen(l.discountTotal)}` : ""}</td>
                <td className="align-end num">{formatFen(l.total)}</td>
              </tr>
            ))}
          </DataTable>
          <dl className="totals">
            <div>
              <dt>{t("orders.subtotal")}</dt>
              <dd className="num">{formatFen(order.subtotal)}</dd>
            </div>
            {order.discountTotal ? (
              <div>
                <dt>{t("orders.discount")}</dt>
                <dd className="num">-{formatFen(order.discountTotal)}</dd>
              </div>
            ) : null}
            {order.shippingTotal ? (
              <div>
                <dt>{t("orders.shipping")}</dt>
                <dd className="num">{formatFen(order.shippingTotal)}</dd>
              </div>
            ) : null}
            <div className="grand">
              <dt>{t("orders.total")}</dt>
              <dd className="num">{formatFen(order.total)}</dd>
            </div>
            {order.refundedTotal ? (
              <div>
                <dt>{t("orders.refunded")}</dt>
                <dd className="num" data-testid="refunded-total">
                  -{formatFen(order.refundedTotal)}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="pay-title">
          <h3 className="card-title" id="pay-title">
            {t("orders.payments")}
          </h3>
          <ul className="plain-list">
            {order.payments.map((p) => (
              <li key={p.id}>
                {tenderLabel(t, p.tender)} <strong className="num">{formatFen(p.amount)}</strong>{" "}
                <span className="muted small">{paymentStatusLabel(t, p.status)}</span>
                {p.refundedAmount ? (
                  <span className="muted small"> · {t("orders.refundedAmount", { amount: formatFen(p.refundedAmount) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="muted small">
            {t("common.member")}:{" "}
            {order.member ? (order.member.name ?? order.member.maskedPhone) : t(order.memberId ? "orders.memberHidden" : "common.guest")}
            {order.staffName ? ` · ${t("orders.cashier")}: ${order.staffName}` : ""}
          </p>
        </section>
        {order.fulfilments.length > 0 ? (
          <section className="card" aria-labelledby="fulfil-title">
            <h3 className="card-title" id="fulfil-title">
              {t("orders.fulfilment")}
            </h3>
            {order.fulfilments.map((f) =>
              canFulfil ? (
                <FulfilmentActions key={f.id} orderId={order.id} fulfilment={f} onDone={refresh} />
              ) : (
                <p key={f.id}>{fulfilmentStatusLabel(t, f.status)}</p>
              ),
            )}
          </section>
        ) : null}
        {canRefund ? (
          <section className="card" aria-labelledby="refund-title">
            <h3 className="card-title" id="refund-title">
              {t("refund.title")}
            </h3>
            <RefundForm orderId={order.id} lines={order.lines} onDone={refresh} />
          </section>
        ) : null}
        <section className="card span-2" aria-labelledby="timeline-title">
          <h3 className="card-title" id="timeline-title">
            {t("orders.timeline")}
          </h3>
          <ol className="timeline">
            {timeline.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events have no id of their own; the list is rebuilt whole.
              <li key={i} className={`timeline-item timeline-${e.kind}`}>
                <time className="muted small">{formatDateTime(locale, e.at)}</time>
                <span>{eventText(t, e)}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
