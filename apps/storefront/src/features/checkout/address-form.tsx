"use client";

import { useT } from "@o2o/client";
import { useId } from "react";
import type { Address, AddressErrors } from "./delivery-address";

const FIELDS = [
  { key: "recipient", auto: "name", wide: false },
  { key: "phone", auto: "tel-national", wide: false },
  { key: "province", auto: "address-level1", wide: false },
  { key: "city", auto: "address-level2", wide: false },
  { key: "district", auto: "address-level3", wide: false },
  { key: "postalCode", auto: "postal-code", wide: false },
  { key: "line", auto: "street-address", wide: true },
] as const;

export function AddressForm({ value, errors, onChange }: { value: Address; errors: AddressErrors; onChange: (a: Address) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="address-grid">
      {FIELDS.map((f) => {
        const error = errors[f.key];
        return (
          <div key={f.key} className={`field${f.wide ? " wide" : ""}`}>
            <label htmlFor={`${id}-${f.key}`}>{t(`address.${f.key}` as const)}</label>
            <input
              id={`${id}-${f.key}`}
              className="text-input"
              autoComplete={f.auto}
              inputMode={f.key === "phone" || f.key === "postalCode" ? "numeric" : undefined}
              value={value[f.key]}
              maxLength={f.key === "line" ? 200 : 50}
              onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-${f.key}-error` : undefined}
            />
            {error ? (
              <p className="field-error" id={`${id}-${f.key}-error`}>
                {t(`address.error.${error}` as const)}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
