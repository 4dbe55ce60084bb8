"use client";

import { ErrorState, formatFen, LoadingState, useLocale, useSession, useT } from "@o2o/client";
import { ShopOrderDocument, ShopOrderUpdatedDocument } from "@o2o/schema";
import Link from "next/link";
import { useEffect } from "react";
import { useQuery, useSubscription } from "urql";
import { QrImage } from "../qr/qr-image";
import { lineName } from "./line-name";
import { OrderActions } from "./order-actions";
import { mayRequestReturn, orderProgress } from "./order-progress";

export function formatTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
}

/** One order, kept live: every committed change (paid, picking, ready, collected) re-reads it. */
export function OrderView({ orderId, justPaid }: { orderId: string; justPaid: boolean }) {
  const t = useT();
  const locale = useLocale();
  const session = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopOrderDocument, variables: { id: orderId }, pause: !session });
  const [{ data: update }] = useSubscription({ query: ShopOrderUpdatedDocument, variables: { orderId }, pause: !session });

  useEffect(() => {
    if (update) refetch({ requestPolicy: "network-only" });
  }, [update, refetch]);

  if (session === null) {
    return (
      <div className="panel center">
        <p>{t("order.signIn")}</p>
        <Link className="btn btn-primary" href={`/login?next=/orders/${orderId}`}>
          {t("account.signIn")}
        </Link>
      </div>
    );
  }
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const order = data?.order;
  if (!order) return <LoadingState />;
  const fulfilment = order.fulfilments[0] ?? null;
  const type = fulfilment?.type === "PICKUP" ? "PICKUP" : "DELIVERY";
  const progress = orderProgress(type, order.status, fulfilment?.status ?? null);
  const ready = fulfilment?.status === "READY_FOR_PICKUP";

  return (
    <div className="order-layout">
      {justPaid && order.status !== "PENDING_PAYMENT" ? (
        <p className="alert alert-success" role="status">
          {t("order.thanks")}
        </p>
      ) : null}
      <section className="panel order-head">
        <div>
          <p className="muted small">{t("order.number", { number: order.number })}</p>
          <h2 className="order-status" data-testid="order-status" aria-live="polite">
            {t(`orderStatus.${order.status}` as const)}
          </h2>
          {order.status === "PENDING_PAYMENT" ? (
            <Link className="btn btn-primary btn-small" href={`/orders/${order.id}/pay`}>
              {t("order.payNow")}
            </Link>
          ) : null}
        </div>
        <ol className={`progress${progress.cancelled ? " cancelled" : ""}`} aria-label={t("order.progress")}>
          {progress.steps.map((step, i) => (
            <li key={step} className={i <= progress.reached ? "done" : ""} aria-current={i === progress.reached ? "step" : undefined}>
              {t(`progress.${step}` as const)}
            </li>
          ))}
        </ol>
      </section>

      {fulfilment?.type === "PICKUP" && fulfilment.pickupStore ? (
        <section className={`panel pickup-card${ready ? " ready" : ""}`} aria-labelledby="pickup-title">
          <div>
            <h2 id="pickup-title" className="section-title">
              {ready
                ? t("order.readyTitle", { store: fulfilment.pickupStore.name })
                : t("order.pickupAt", { store: fulfilment.pickupStore.name })}
            </h2>
            <p className="muted">{fulfilment.pickupStore.addressLine}</p>
            {fulfilment.pickupCode ? (
              <>
                <p className="pickup-code-label">{t("order.pickupCode")}</p>
                <p className="pickup-code" data-testid="pickup-code">
                  {fulfilment.pickupCode}
                </p>
              </>
            ) : null}
            <p className="muted small">{ready ? t("order.showCode") : t("order.codeWhenReady")}</p>
          </div>
          {fulfilment.pickupCode && order.status !== "CANCELLED" ? (
            <QrImage value={fulfilment.pickupCode} label={t("order.pickupQr")} size={168} />
          ) : null}
        </section>
      ) : null}

      {fulfilment?.type === "DELIVERY" ? (
        <section className="panel">
          <h2 className="section-title">{t("order.delivery")}</h2>
          {fulfilment.trackingNumber ? (
            <p>
              {fulfilment.carrier} <span className="mono">{fulfilment.trackingNumber}</span>
            </p>
          ) : null}
          {fulfilment.address ? (
            <p className="muted">
              {[
                fulfilment.address.recipient,
                fulfilment.address.province,
                fulfilment.address.city,
                fulfilment.address.district,
                fulfilment.address.line,
              ]
                .filter((v) => typeof v === "string")
                .join(" ")}
            </p>
          ) : null}
        </section>
      ) : null}

      {fulfilment && fulfilment.events.length > 0 ? (
        <section className="panel">
          <h2 className="section-title">{t("order.tracking")}</h2>
          <ol className="timeline">
            {[...fulfilment.events].reverse().map((e) => (
              <li key={`${e.occurredAt}-${e.status}`}>
                <time dateTime={e.occurredAt}>{formatTime(e.occurredAt, locale)}</time>
                <span>
                  {e.description}
                  {e.location ? <span className="muted"> · {e.location}</span> : null}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="panel">
        <h2 className="section-title">{t("order.items")}</h2>
        <ul className="mini-lines">
          {order.lines.map((l) => (
            <li key={l.id}>
              <span>
                {lineName(l.name)} × {l.quantity}
                {l.returnedQuantity > 0 ? <span className="muted small"> {t("order.returned", { n: l.returnedQuantity })}</span> : null}
              </span>
              <span>{formatFen(l.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="summary">
          <div>
            <dt>{t("cart.subtotal")}</dt>
            <dd>{formatFen(order.subtotal)}</dd>
          </div>
          {order.discountTotal > 0 ? (
            <div className="saving">
              <dt>{t("cart.discounts")}</dt>
              <dd>−{formatFen(order.discountTotal)}</dd>
            </div>
          ) : null}
          {order.pointsRedeemed > 0 ? (
            <div>
              <dt>{t("order.pointsRedeemed")}</dt>
              <dd>{order.pointsRedeemed}</dd>
            </div>
          ) : null}
          <div className="summary-total">
            <dt>{t("order.total")}</dt>
            <dd>{formatFen(order.total)}</dd>
          </div>
          {order.pointsEarned > 0 ? (
            <div>
              <dt>{t("order.pointsEarned")}</dt>
              <dd>+{order.pointsEarned}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <OrderActions
        order={order}
        fulfilmentStatus={fulfilment?.status ?? null}
        canReturn={mayRequestReturn(order.status)}
        onChanged={() => refetch({ requestPolicy: "network-only" })}
      />
    </div>
  );
}
