"use client";

import { formatFen, useT } from "@o2o/client";
import { PosCreateReturnDocument, type PosCreateReturnMutation, type PosOrderFragment } from "@o2o/schema";
import Link from "next/link";
import { useId, useState } from "react";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/confirm-dialog";
import type { HardwareResult } from "../hardware/bridge-client";
import { tenderLabelKey } from "../payment/tender-labels";
import { print, type ReceiptContext, returnReceipt } from "../receipt/print-receipt";
import { playSound } from "../sound/tones";
import { Icon } from "../till/icons";
import { estimatedRefund, pick, type ReturnPick, returnable, returnLines } from "./return-selection";

type Done = Extract<PosCreateReturnMutation["createReturn"], { __typename: "ReturnReceipt" }>["return"];

/** One order's return: pick lines and quantities, restock or write off, refund to the original tenders or store credit. */
export function ReturnOrder({ order, ctx, onDone }: { order: PosOrderFragment; ctx: ReceiptContext; onDone: () => void }) {
  const t = useT();
  const ids = { reason: useId(), card: useId() };
  const [picks, setPicks] = useState<ReturnPick>({});
  const [refundTo, setRefundTo] = useState<"ORIGINAL" | "STORE_CREDIT">("ORIGINAL");
  const [reason, setReason] = useState("");
  const [cardReference, setCardReference] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [printed, setPrinted] = useState<HardwareResult | null>(null);
  const [clientReturnId] = useState(() => crypto.randomUUID());
  const [{ fetching }, createReturn] = useMutation(PosCreateReturnDocument);
  const paidByCard = order.payments.some((p) => p.tender === "CARD");
  const lines = returnLines(picks);
  const estimate = estimatedRefund(order.lines, picks);

  async function submit() {
    setConfirming(false);
    setError(null);
    const result = await createReturn({
      input: {
        clientReturnId,
        orderId: order.id,
        lines,
        refundTo,
        reason: reason.trim() || null,
        cardReference: paidByCard && refundTo === "ORIGINAL" ? cardReference.trim() || null : null,
        storeId: ctx.till.storeId,
      },
    });
    const answer = result.data?.createReturn;
    if (result.error || !answer) {
      playSound("error");
      setError(result.error?.graphQLErrors[0]?.message ?? t("error.network"));
      return;
    }
    if (answer.__typename === "ReturnError") {
      playSound("error");
      setError(`${answer.code}: ${answer.message}`);
      return;
    }
    playSound("success");
    setDone(answer.return);
    const cash = answer.return.refunds.some((r) => r.tender === "CASH");
    setPrinted(await print(returnReceipt(order, answer.return, ctx), cash));
  }

  if (done) {
    return (
      <section className="pos-card return-done" role="status" aria-live="polite">
        <span className="done-icon" aria-hidden="true">
          <Icon name="check" size={44} />
        </span>
        <h2>{t("returns.done", { number: done.number })}</h2>
        <p className="done-change">
          {t("returns.refunded")}{" "}
          <strong className="num" data-testid="refund-total">
            {formatFen(done.refundTotal)}
          </strong>
        </p>
        <ul className="tender-list">
          {done.refunds.map((r) => (
            <li key={r.id}>
              <span>{t(tenderLabelKey(r.tender))}</span>
              <span className="num">{formatFen(r.amount)}</span>
              <span className="muted">{r.status}</span>
            </li>
          ))}
        </ul>
        <p className="muted">
          {printed === null ? t("receipt.printing") : printed.ok ? t("receipt.printed") : t("receipt.failed", { reason: printed.message })}
        </p>
        <div className="modal-actions return-next">
          <Link href="/" className="pos-btn pos-btn-outline pos-btn-xl">
            {t("returns.exchange")}
          </Link>
          <button type="button" className="pos-btn pos-btn-primary pos-btn-xl" onClick={onDone} data-autofocus>
            {t("returns.another")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="pos-card return-order" aria-label={t("returns.order", { number: order.number })}>
      <header className="return-order-head">
        <h2 className="mono">{order.number}</h2>
        <span className="muted">
          {new Date(order.placedAt).toLocaleString()} · {order.store?.name} · {formatFen(order.total)}
          {order.member ? ` · ${order.member.maskedPhone}` : ""}
        </span>
      </header>
      <ul className="return-lines">
        {order.lines.map((line) => {
          const left = returnable(line);
          const chosen = picks[line.id]?.quantity ?? 0;
          return (
            <li key={line.id} className={left === 0 ? "return-line done-line" : "return-line"}>
              <span className="result-name">
                <strong>{line.name}</strong>
                <small className="muted">
                  <span className="mono">{line.sku}</span> · {t("returns.sold", { n: line.quantity })}
                  {line.returnedQuantity ? ` · ${t("returns.alreadyReturned", { n: line.returnedQuantity })}` : ""}
                </small>
              </span>
              <span className="num">{formatFen(line.total)}</span>
              <fieldset className="stepper" disabled={left === 0}>
                <legend className="visually-hidden">{t("returns.quantityOf", { name: line.name })}</legend>
                <button
                  type="button"
                  className="stepper-btn"
                  onClick={() => setPicks((p) => pick(p, line, chosen - 1))}
                  aria-label={t("till.decrease", { name: line.name })}
                >
                  <Icon name="minus" size={20} />
                </button>
                <output className="stepper-value">{chosen}</output>
                <button
                  type="button"
                  className="stepper-btn"
                  onClick={() => setPicks((p) => pick(p, line, chosen + 1))}
                  aria-label={t("till.increase", { name: line.name })}
                >
                  <Icon name="plus" size={20} />
                </button>
              </fieldset>
              <label className="check">
                <input
                  type="checkbox"
                  checked={picks[line.id]?.restock ?? true}
                  disabled={chosen === 0}
                  onChange={(e) => setPicks((p) => pick(p, line, chosen, e.target.checked))}
                />
                {t("returns.restock")}
              </label>
            </li>
          );
        })}
      </ul>
      <div className="return-options">
        <fieldset className="segmented">
          <legend>{t("returns.refundTo")}</legend>
          {(["ORIGINAL", "STORE_CREDIT"] as const).map((m) => (
            <label key={m} className={refundTo === m ? "segment segment-on" : "segment"}>
              <input
                type="radio"
                name="refundTo"
                checked={refundTo === m}
                onChange={() => setRefundTo(m)}
                disabled={m === "STORE_CREDIT" && !order.member}
              />
              {t(m === "ORIGINAL" ? "returns.original" : "returns.storeCredit")}
            </label>
          ))}
        </fieldset>
        {paidByCard && refundTo === "ORIGINAL" ? (
          <div className="field">
            <label htmlFor={ids.card}>{t("returns.cardReference")}</label>
            <input id={ids.card} value={cardReference} onChange={(e) => setCardReference(e.target.value)} maxLength={64} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={ids.reason}>{t("returns.reason")}</label>
          <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <footer className="return-foot">
        <span>
          {t("returns.estimate")} <strong className="num">{formatFen(estimate)}</strong>
        </span>
        <button type="button" className="pos-btn pos-btn-outline" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="pos-btn pos-btn-primary pos-btn-xl"
          disabled={lines.length === 0 || fetching}
          aria-busy={fetching}
          onClick={() => setConfirming(true)}
        >
          {t(fetching ? "returns.submitting" : "returns.submit")}
        </button>
      </footer>
      {confirming ? (
        <ConfirmDialog
          title={t("returns.confirmTitle")}
          confirmLabel={t("returns.confirm")}
          onConfirm={submit}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("returns.confirmBody", { n: lines.reduce((s, l) => s + l.quantity, 0), amount: formatFen(estimate) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
