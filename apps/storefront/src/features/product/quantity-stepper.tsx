"use client";

import { useT } from "@o2o/client";

export function QuantityStepper({
  value,
  max,
  onChange,
  label,
}: {
  value: number;
  max: number;
  onChange: (n: number) => void;
  label: string;
}) {
  const t = useT();
  const clamp = (n: number) => Math.max(1, Math.min(Math.max(1, max), n));
  return (
    <fieldset className="stepper" aria-label={label}>
      <button type="button" onClick={() => onChange(clamp(value - 1))} disabled={value <= 1} aria-label={t("qty.less")}>
        −
      </button>
      <output aria-live="polite">{value}</output>
      <button type="button" onClick={() => onChange(clamp(value + 1))} disabled={value >= max} aria-label={t("qty.more")}>
        +
      </button>
    </fieldset>
  );
}
