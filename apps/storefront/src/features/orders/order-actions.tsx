"use client";

import { useT } from "@o2o/client";
import { ShopCancelOrderDocument, type ShopOrderFieldsFragment } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useMutation } from "urql";
import { shopperMayCancel } from "./order-progress";
import { ReturnRequestForm } from "./return-request-form";

export function OrderActions({
  order,
  fulfilmentStatus,
  canReturn,
  onChanged,
}: {
  order: ShopOrderFieldsFragment;
  fulfilmentStatus: string | null;
  canReturn: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [cancelState, cancel] = useMutation(ShopCancelOrderDocument);
  const mayCancel = shopperMayCancel(order.status, fulfilmentStatus);

  async function onCancel() {
    const result = await cancel({ orderId: order.id, reason: t("order.cancelReason") });
    const outcome = result.data?.cancelOrder;
    setConfirming(false);
    if (outcome?.__typename === "OrderCancellation") onChanged();
    else setMessage(outcome && "message" in outcome ? outcome.message : t("error.generic"));
  }

  return (
    <section className="panel order-actions">
      {message ? (
        <p className="alert alert-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="action-row">
        <Link className="btn btn-outline" href={`/account/service/new?order=${order.id}`}>
          {t("order.contact")}
        </Link>
        {canReturn && !returning ? (
          <button type="button" className="btn btn-outline" onClick={() => setReturning(true)}>
            {t("order.requestReturn")}
          </button>
        ) : null}
        {mayCancel && !confirming ? (
          <button type="button" className="btn btn-ghost" onClick={() => setConfirming(true)}>
            {t("order.cancel")}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby="cancel-q">
          <p id="cancel-q">{t("order.cancelConfirm")}</p>
          <div className="action-row">
            <button type="button" className="btn btn-danger" disabled={cancelState.fetching} onClick={onCancel}>
              {t("order.cancelYes")}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
              {t("order.cancelNo")}
            </button>
          </div>
        </div>
      ) : null}
      {returning ? (
        <ReturnRequestForm
          order={order}
          onDone={() => {
            setReturning(false);
            onChanged();
          }}
          onClose={() => setReturning(false)}
        />
      ) : null}
    </section>
  );
}
