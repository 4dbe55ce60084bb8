"use client";

import { useId } from "react";
import { isLocale, LOCALE_NAMES, LOCALES } from "./locales";
import { useT } from "./translations";
import { setLocale, useLocale } from "./use-locale";

export function LocaleSwitcher({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useT();
  const id = useId();
  return (
    <span className={className ? `locale-switch ${className}` : "locale-switch"}>
      <label htmlFor={id} className="visually-hidden">
        {t("locale.label")}
      </label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
