"use client";

import type { ReactNode } from "react";

/** A fieldset of checkboxes choosing some of `options` (kept in the options' order); `locked` ones stay as they are. */
export function CheckboxGroup<T extends string>({
  legend,
  note,
  options,
  selected,
  onChange,
  labelOf,
  locked = [],
  disabled,
  children,
}: {
  legend: string;
  note: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  labelOf: (option: T) => string;
  locked?: readonly T[];
  disabled: boolean;
  children?: ReactNode;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      <p className="muted small">{note}</p>
      <div className="check-row">
        {options.map((o) => (
          <label key={o} className="check">
            <input
              type="checkbox"
              checked={selected.includes(o)}
              disabled={locked.includes(o)}
              onChange={(e) => onChange(options.filter((x) => (x === o ? e.target.checked : selected.includes(x))))}
            />
            {labelOf(o)}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
