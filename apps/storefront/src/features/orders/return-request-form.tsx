"use client";

import { formatFen, useT } from "@o2o/client";
import { type ShopOrderFieldsFragment, ShopOrderReturnsDocument, ShopRequestReturnDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { lineName } from "./line-name";

/** Asks for some units of an order back; staff approve and refund to the original payment. */
export function ReturnRequestForm({ order, onDone, onClose }: { order: ShopOrderFieldsFragment; onDone: () => void; onClose: () => void }) {
  const t = useT();
  const [{ data: returns }] = useQuery({ query: ShopOrderReturnsDocument, variables: { orderId: order.id } });
  const [state, request] = useMutation(ShopRequestReturnDocument);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState("");
  const [clientReturnId] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const returnable = order.lines.filter((l) => l.quantity - l.returnedQuantity > 0);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const lines = Object.entries(quantities)
      .filter(([, q]) => q > 0)
      .map(([orderLineId, quantity]) => ({ orderLineId, quantity }));
    if (lines.length === 0) {
      setMessage({ ok: false, text: t("return.pickItems") });
      return;
    }
    const result = await request({ input: { orderId: order.id, clientReturnId, lines, reason: reason.trim() || null } });
    const outcome = result.data?.requestReturn;
    if (outcome?.__typename === "ReturnReceipt") {
      setMessage({ ok: true, text: t("return.sent", { number: outcome.return.number }) });
      onDone();
    } else setMessage({ ok: false, text: outcome && "message" in outcome ? outcome.message : t("error.generic") });
  }

  return (
    <form className="return-form" onSubmit={onSubmit}>
      <h3>{t("return.title")}</h3>
      {(returns?.orderReturns ?? []).map((r) => (
        <p key={r.id} className="muted small">
          {t("return.existing", { number: r.number, status: t(`returnStatus.${r.status}` as const), amount: formatFen(r.refundTotal) })}
        </p>
      ))}
      {returnable.map((l) => (
        <label key={l.id} className="return-line">
          <span>{lineName(l.name)}</span>
          <select value={quantities[l.id] ?? 0} onChange={(e) => setQuantities({ ...quantities, [l.id]: Number(e.target.value) })}>
            {Array.from({ length: l.quantity - l.returnedQuantity + 1 }, (_, n) => n).map((n) => (
              <option key={`q${n}`} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="field">
        <label htmlFor="return-reason">{t("return.reason")}</label>
        <input id="return-reason" className="text-input" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {message ? (
        <p className={`alert ${message.ok ? "alert-success" : "alert-error"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <div className="action-row">
        <button type="submit" className="btn btn-primary" disabled={state.fetching}>
          {t("return.submit")}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
