"use client";

import { formatFen, useT } from "@o2o/client";
import { type FormEvent, useId, useState } from "react";
import { Modal } from "../../components/modal";
import type { CartLine, ManualAdjust } from "../cart/cart";
import { manualOf } from "./manual-adjust";
import type { Approval } from "./sale-draft";

type Kind = ManualAdjust["kind"];
const KINDS: Kind[] = ["PERCENT_OFF", "AMOUNT_OFF", "PRICE_OVERRIDE"];

/**
 * F5: a line discount or price override. A manager approves on the spot with their username and PIN; the server checks
 * the PIN and logs the approver on the sale.
 */
export function DiscountDialog({
  line,
  onApply,
  onClear,
  onClose,
}: {
  line: CartLine;
  onApply: (manual: ManualAdjust, approval: Approval) => void;
  onClear: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const ids = { value: useId(), user: useId(), pin: useId() };
  const [kind, setKind] = useState<Kind>(line.manual?.kind ?? "PERCENT_OFF");
  const [value, setValue] = useState("");
  const [username, setUsername] = useState("");
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const manual = manualOf(kind, value);
    if (!manual) {
      setError(t("discount.valueInvalid"));
      return;
    }
    if (!username.trim() || !/^\d{4,8}$/.test(pin)) {
      setError(t("discount.approvalNeeded"));
      return;
    }
    onApply({ ...manual, label: null }, { username: username.trim(), pin });
  };

  return (
    <Modal title={t("discount.title", { name: `${line.productName} ${line.variantName}`.trim() })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="discount-form">
        <p className="muted">{t("discount.listPrice", { price: formatFen(line.unitPrice), qty: line.quantity })}</p>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("discount.kind")}</legend>
          {KINDS.map((k) => (
            <label key={k} className={kind === k ? "segment segment-on" : "segment"}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`discount.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.value}>
            {t(kind === "PERCENT_OFF" ? "discount.percent" : kind === "AMOUNT_OFF" ? "discount.amount" : "discount.newPrice")}
          </label>
          <input
            id={ids.value}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            maxLength={10}
            data-autofocus
          />
        </div>
        <fieldset className="approval">
          <legend>{t("discount.approval")}</legend>
          <div className="field">
            <label htmlFor={ids.user}>{t("discount.manager")}</label>
            <input
              id={ids.user}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="off"
              autoCapitalize="none"
              maxLength={64}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.pin}>{t("discount.pin")}</label>
            <input
              id={ids.pin}
              type="password"
              inputMode="numeric"
              value={pin}
              onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
              autoComplete="off"
              maxLength={8}
            />
          </div>
        </fieldset>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          {line.manual ? (
            <button type="button" className="pos-btn pos-btn-outline" onClick={onClear}>
              {t("discount.clear")}
            </button>
          ) : null}
          <button type="submit" className="pos-btn pos-btn-primary pos-btn-xl">
            {t("discount.apply")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
