"use client";

import { useT } from "@o2o/client";
import { type FormEvent, useId, useState } from "react";
import { Modal } from "../../components/modal";
import { type CartLine, MAX_LINE_QUANTITY } from "../cart/cart";

/** F4: type the quantity of the selected line. */
export function QuantityDialog({ line, onSet, onClose }: { line: CartLine; onSet: (quantity: number) => void; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(String(line.quantity));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_LINE_QUANTITY) {
      setError(t("quantity.invalid", { max: MAX_LINE_QUANTITY }));
      return;
    }
    onSet(n);
  };
  return (
    <Modal title={t("quantity.title", { name: `${line.productName} ${line.variantName}`.trim() })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t("till.quantity")}</label>
          <input
            id={id}
            inputMode="numeric"
            value={value}
            onChange={(e) => setValue(e.target.value.replace(/\D/g, ""))}
            onFocus={(e) => e.target.select()}
            maxLength={3}
            aria-invalid={Boolean(error)}
            data-autofocus
          />
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="pos-btn pos-btn-primary pos-btn-xl">
          {t("common.confirm")}
        </button>
      </form>
    </Modal>
  );
}
