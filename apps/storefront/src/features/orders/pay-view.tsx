"use client";

import { ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import { ShopOrderDocument, ShopPaymentUpdatedDocument, ShopSimulatePaymentDocument } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { type PendingPayment, pendingPayment } from "../checkout/pending-payment";
import { QrImage } from "../qr/qr-image";

/**
 * The wallet payment step: the QR code to scan with WeChat Pay or Alipay, and the payment simulator that stands in for
 * the wallet app outside production. Moves on to the order when the payment notification has been processed.
 */
export function PayView({ orderId }: { orderId: string }) {
  const t = useT();
  const router = useRouter();
  const [pending, setPending] = useState<PendingPayment | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopOrderDocument, variables: { id: orderId } });
  const [{ data: event }] = useSubscription({ query: ShopPaymentUpdatedDocument, variables: { orderId } });
  const [simulation, simulate] = useMutation(ShopSimulatePaymentDocument);
  const [declined, setDeclined] = useState(false);

  useEffect(() => setPending(pendingPayment(orderId)), [orderId]);

  const order = data?.order;
  const payment = order?.payments.find((p) => p.id === pending?.paymentId) ?? order?.payments.at(-1) ?? null;
  const paid =
    event?.paymentUpdated.status === "SUCCEEDED" || (order ? order.status !== "PENDING_PAYMENT" && order.status !== "CANCELLED" : false);

  useEffect(() => {
    if (paid) router.replace(`/orders/${orderId}?paid=1`);
  }, [paid, orderId, router]);
  useEffect(() => {
    if (event?.paymentUpdated.status === "FAILED") setDeclined(true);
  }, [event]);

  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!order || !payment) return <LoadingState />;
  if (order.status === "CANCELLED") {
    return (
      <div className="panel center">
        <p>{t("pay.cancelled")}</p>
        <Link className="btn btn-primary" href="/cart">
          {t("checkout.backToCart")}
        </Link>
      </div>
    );
  }
  const wallet = t(payment.tender === "ALIPAY" ? "pay.alipay" : "pay.wechat");

  async function pay(outcome: "SUCCEEDED" | "FAILED") {
    if (!payment) return;
    setDeclined(false);
    const result = await simulate({ paymentId: payment.id, outcome });
    if (outcome === "FAILED" && result.data) setDeclined(true);
    // The notification is processed before the simulator answers: re-read in case the event was missed.
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <div className="pay-layout">
      <section className="panel pay-card">
        <p className="muted">{t("pay.order", { number: order.number })}</p>
        <p className="pay-amount">{formatFen(payment.amount)}</p>
        {pending?.qrPayload ? <QrImage value={pending.qrPayload} label={t("pay.qrLabel", { wallet })} size={216} /> : null}
        <p>{t("pay.scan", { wallet })}</p>
        <p className="muted small" role="status" aria-live="polite">
          {paid ? t("pay.done") : t("pay.waiting")}
        </p>
        {declined ? (
          <p className="alert alert-error" role="alert">
            {t("pay.declined")}
          </p>
        ) : null}
      </section>
      <section className="panel simulator" aria-labelledby="sim-title">
        <h2 id="sim-title" className="section-title">
          {t("pay.simulatorTitle", { wallet })}
        </h2>
        <p className="muted small">{t("pay.simulatorBody")}</p>
        <button type="button" className="btn btn-primary btn-block" disabled={simulation.fetching || paid} onClick={() => pay("SUCCEEDED")}>
          {t("pay.confirm", { wallet, amount: formatFen(payment.amount) })}
        </button>
        <button type="button" className="btn btn-ghost btn-block" disabled={simulation.fetching || paid} onClick={() => pay("FAILED")}>
          {t("pay.decline")}
        </button>
        {simulation.error ? <p className="field-error">{t("pay.simulatorFailed")}</p> : null}
      </section>
    </div>
  );
}
