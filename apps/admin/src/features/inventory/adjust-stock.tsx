"use client";

import { useT } from "@o2o/client";
import { AdminAdjustStockDocument, type StockAdjustmentReason } from "@o2o/schema";
import { useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { parseWhole } from "../../lib/money-input";
import { FieldAlert, TextField } from "../../components/form-field";
import { DialogActions } from "../../components/dialog-actions";

/** Adds or takes off stock by hand with a reason, after a confirmation in a dialog. */
export function AdjustStock({
  variantId,
  locationId,
  label,
  onDone,
}: {
  variantId: string;
  locationId: string;
  label: string;
  onDone: () => void;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [delta, setDelta] = useState("");
  const [reason, setReason] = useState<StockAdjustmentReason>("ADJUSTMENT");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, adjust] = useMutation(AdminAdjustStockDocument);

  async function onSave() {
    const n = parseWhole(delta, -100000, 100000);
    if (!n) return setError(t("inv.deltaInvalid"));
    const res = await adjust({ input: { variantId, locationId, delta: n, reason, note: note.trim() || null } });
    const r = res.data?.adjustStock;
    if (r?.__typename === "StockLevel") {
      dialog.current?.close();
      setDelta("");
      setNote("");
      onDone();
    } else setError(r && "message" in r ? r.message : t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }

  return (
    <>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => dialog.current?.showModal()}>
        {t("inv.adjust")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{t("inv.adjustTitle", { name: label })}</h3>
        <label className="field">
          <span>{t("inv.delta")}</span>
          <input value={delta} onChange={(e) => setDelta(e.target.value)} inputMode="numeric" placeholder="+5 / -2" />
        </label>
        <label className="field">
          <span>{t("inv.reason")}</span>
          <select value={reason} onChange={(e) => setReason(e.target.value as StockAdjustmentReason)}>
            <option value="ADJUSTMENT">{t("reason.ADJUSTMENT")}</option>
            <option value="DAMAGE">{t("reason.DAMAGE")}</option>
            <option value="RECEIPT">{t("reason.RECEIPT")}</option>
          </select>
        </label>
        <TextField label={t("common.note")} value={note} onChange={setNote} maxLength={200} />
        <FieldAlert message={error} />
        <DialogActions
          onCancel={() => dialog.current?.close()}
          confirmLabel={t("inv.adjustConfirm")}
          onConfirm={onSave}
          disabled={fetching}
        />
      </dialog>
    </>
  );
}
