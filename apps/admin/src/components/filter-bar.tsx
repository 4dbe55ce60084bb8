"use client";

import { useT } from "@o2o/client";
import { useEffect, useState } from "react";

/** A search box's text as typed, and the trimmed text once typing has paused (what queries should use). */
export function useDebouncedSearch(delayMs = 300) {
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [input, delayMs]);
  return { input, setInput, search };
}

/** The labelled search box of a list toolbar. */
export function SearchField({
  value,
  onChange,
  placeholder,
  maxLength = 40,
}: {
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  maxLength?: number;
}) {
  const t = useT();
  return (
    <label className="inline-field">
      <span>{t("common.search")}</span>
      <input type="search" value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} maxLength={maxLength} />
    </label>
  );
}

/** A labelled toolbar select whose first option ("all") clears the filter. */
export function SelectFilter<V extends string>({
  label,
  value,
  onChange,
  options,
  optionLabel,
}: {
  label: string;
  value: V | "";
  onChange: (v: V | "") => void;
  options: readonly V[];
  optionLabel: (v: V) => string;
}) {
  const t = useT();
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as V | "")}>
        <option value="">{t("common.all")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The "n in total" badge at the end of a toolbar. */
export function TotalBadge({ total }: { total: number }) {
  const t = useT();
  return <span className="badge badge-neutral">{t("common.total", { n: total })}</span>;
}
