"use client";

import { useId } from "react";
import { FieldAlert } from "../../components/form-field";

/** A textarea of receipt lines (one per line) with its rule's problem and a hint under it. */
export function LinesField({
  label,
  value,
  onChange,
  problem,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string | null;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="mono"
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
      />
      <FieldAlert message={problem ?? null} />
      {hint ? <p className="muted small">{hint}</p> : null}
    </div>
  );
}
