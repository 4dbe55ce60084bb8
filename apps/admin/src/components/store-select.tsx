"use client";

import { useT } from "@o2o/client";
import { useId } from "react";
import { useStores } from "./use-stores";

/** A labelled store picker; `only` limits it to the stores the viewer may act in. */
export function StoreSelect({
  label,
  value,
  onChange,
  allowAll = false,
  only,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (storeId: string) => void;
  allowAll?: boolean;
  only?: (storeId: string) => boolean;
  required?: boolean;
}) {
  const t = useT();
  const id = useId();
  const { stores } = useStores();
  const options = only ? stores.filter((s) => only(s.id)) : stores;
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
        {allowAll ? <option value="">{t("common.allStores")}</option> : <option value="">—</option>}
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
