"use client";

import { useT } from "@o2o/client";
import {
  AdminCollectOrderDocument,
  AdminMarkDeliveredDocument,
  AdminMarkPackedDocument,
  AdminMarkReadyForPickupDocument,
  type AdminOrderQuery,
  AdminShipOrderDocument,
  AdminStartPickingDocument,
} from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { fulfilmentStatusLabel } from "./order-labels";
import { FieldAlert } from "../../components/form-field";

type Fulfilment = AdminOrderQuery["order"]["fulfilments"][number];
type Outcome = { __typename: string; message?: string } | undefined;

/** The next step of a fulfilment: pick, pack, ship with tracking or ready for pickup, then delivered or collected. */
export function FulfilmentActions({ orderId, fulfilment, onDone }: { orderId: string; fulfilment: Fulfilment; onDone: () => void }) {
  const t = useT();
  const [carrier, setCarrier] = useState("顺丰速运");
  const [tracking, setTracking] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: f1 }, startPicking] = useMutation(AdminStartPickingDocument);
  const [{ fetching: f2 }, markPacked] = useMutation(AdminMarkPackedDocument);
  const [{ fetching: f3 }, shipOrder] = useMutation(AdminShipOrderDocument);
  const [{ fetching: f4 }, markDelivered] = useMutation(AdminMarkDeliveredDocument);
  const [{ fetching: f5 }, markReady] = useMutation(AdminMarkReadyForPickupDocument);
  const [{ fetching: f6 }, collect] = useMutation(AdminCollectOrderDocument);
  const busy = f1 || f2 || f3 || f4 || f5 || f6;

  const handle = (result: { data?: Record<string, unknown> | null; error?: { graphQLErrors: { message: string }[] } }) => {
    const outcome = Object.values(result.data ?? {})[0] as Outcome;
    if (outcome?.__typename === "FulfilmentProgress") {
      setError(null);
      onDone();
    } else setError(outcome?.message ?? t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }));
  };

  const ship = async (e: FormEvent) => {
    e.preventDefault();
    if (!carrier.trim() || !tracking.trim()) return setError(t("fulfil.trackingRequired"));
    handle(await shipOrder({ orderId, carrier: carrier.trim(), trackingNumber: tracking.trim() }));
  };
  const collectIt = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setError(t("fulfil.codeInvalid"));
    handle(await collect({ orderId, pickupCode: code.trim() }));
  };

  const status = fulfilment.status;
  return (
    <div className="fulfil-actions">
      <p>
        {t("fulfil.status")}: <span className={`badge badge-f-${status.toLowerCase()}`}>{fulfilmentStatusLabel(t, status)}</span>
        {fulfilment.trackingNumber ? (
          <span className="muted small">
            {" "}
            · {fulfilment.carrier} {fulfilment.trackingNumber}
          </span>
        ) : null}
      </p>
      {status === "PENDING" ? (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={async () => handle(await startPicking({ orderId }))}>
          {t("fulfil.startPicking")}
        </button>
      ) : null}
      {status === "PICKING" ? (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={async () => handle(await markPacked({ orderId }))}>
          {t("fulfil.markPacked")}
        </button>
      ) : null}
      {status === "PACKED" && fulfilment.type === "DELIVERY" ? (
        <form className="inline-form" onSubmit={ship} aria-label={t("fulfil.ship")}>
          <label className="field field-inline">
            <span>{t("fulfil.carrier")}</span>
            <input value={carrier} onChange={(e) => setCarrier(e.target.value)} maxLength={50} />
          </label>
          <label className="field field-inline">
            <span>{t("fulfil.tracking")}</span>
            <input value={tracking} onChange={(e) => setTracking(e.target.value)} maxLength={50} className="mono" />
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t("fulfil.ship")}
          </button>
        </form>
      ) : null}
      {status === "PACKED" && fulfilment.type === "PICKUP" ? (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={async () => handle(await markReady({ orderId }))}>
          {t("fulfil.markReady")}
        </button>
      ) : null}
      {status === "SHIPPED" ? (
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={async () => handle(await markDelivered({ orderId }))}>
          {t("fulfil.markDelivered")}
        </button>
      ) : null}
      {status === "READY_FOR_PICKUP" ? (
        <form className="inline-form" onSubmit={collectIt} aria-label={t("fulfil.collect")}>
          <label className="field field-inline">
            <span>{t("fulfil.pickupCode")}</span>
            <input value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" maxLength={6} className="mono" />
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t("fulfil.collect")}
          </button>
        </form>
      ) : null}
      <FieldAlert message={error} />
    </div>
  );
}
