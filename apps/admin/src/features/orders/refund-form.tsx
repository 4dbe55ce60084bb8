"use client";

import { formatFen, useT } from "@o2o/client";
import { AdminCreateReturnDocument, type AdminOrderQuery } from "@o2o/schema";
import { useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { TableHead } from "../../components/data-table";
import { TextField } from "../../components/form-field";
import { DialogActions } from "../../components/dialog-actions";

type Line = AdminOrderQuery["order"]["lines"][number];

/** Returns some units of an order's lines and refunds them to the original tenders, after a confirmation. */
export function RefundForm({ orderId, lines, onDone }: { orderId: string; lines: Line[]; onDone: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [clientReturnId, setClientReturnId] = useState(() => crypto.randomUUID());
  const [{ fetching }, createReturn] = useMutation(AdminCreateReturnDocument);
  const returnable = lines.filter((l) => l.quantity - l.returnedQuantity > 0);
  const chosen = Object.entries(quantities).filter(([, q]) => q > 0);
  const estimate = chosen.reduce((sum, [id, q]) => {
    const l = lines.find((x) => x.id === id);
    return sum + (l ? Math.round((l.total * q) / l.quantity) : 0);
  }, 0);

  async function onRefund() {
    const res = await createReturn({
      input: {
        clientReturnId,
        orderId,
        reason: reason.trim() || null,
        lines: chosen.map(([orderLineId, quantity]) => ({ orderLineId, quantity, restock })),
      },
    });
    const r = res.data?.createReturn;
    dialog.current?.close();
    if (r?.__typename === "ReturnReceipt") {
      setResult({ ok: true, text: t("refund.done", { number: r.return.number, amount: formatFen(r.return.refundTotal) }) });
      setQuantities({});
      setReason("");
      setClientReturnId(crypto.randomUUID());
      onDone();
    } else
      setResult({
        ok: false,
        text: r && "message" in r ? r.message : t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }),
      });
  }

  if (returnable.length === 0) return <p className="muted">{t("refund.nothingLeft")}</p>;
  return (
    <div className="refund-form">
      <table className="table table-compact">
        <TableHead columns={[t("common.product"), { label: t("refund.returnable"), end: true }, { label: t("refund.qty"), end: true }]} />
        <tbody>
          {returnable.map((l) => (
            <tr key={l.id}>
              <td>{l.name}</td>
              <td className="align-end num">{l.quantity - l.returnedQuantity}</td>
              <td className="align-end">
                <input
                  type="number"
                  className="input-sm num"
                  min={0}
                  max={l.quantity - l.returnedQuantity}
                  value={quantities[l.id] ?? 0}
                  aria-label={t("refund.qtyOf", { name: l.name })}
                  onChange={(e) =>
                    setQuantities((q) => ({
                      ...q,
                      [l.id]: Math.max(0, Math.min(l.quantity - l.returnedQuantity, Number(e.target.value) || 0)),
                    }))
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="check">
        <input type="checkbox" checked={restock} onChange={(e) => setRestock(e.target.checked)} />
        {t("refund.restock")}
      </label>
      <TextField label={t("refund.reason")} value={reason} onChange={setReason} maxLength={200} />
      <button
        type="button"
        className="btn btn-danger"
        disabled={chosen.length === 0 || fetching}
        onClick={() => dialog.current?.showModal()}
      >
        {t("refund.submit")}
      </button>
      {result ? (
        <p className={result.ok ? "alert alert-info" : "alert alert-error"} role={result.ok ? "status" : "alert"}>
          {result.text}
        </p>
      ) : null}
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{t("common.confirmTitle")}</h3>
        <p>{t("refund.confirm", { n: chosen.reduce((s, [, q]) => s + q, 0), amount: formatFen(estimate) })}</p>
        <DialogActions
          onCancel={() => dialog.current?.close()}
          danger
          confirmLabel={t("refund.confirmButton")}
          onConfirm={onRefund}
          disabled={fetching}
        />
      </dialog>
    </div>
  );
}
