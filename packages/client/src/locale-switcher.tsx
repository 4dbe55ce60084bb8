"use client";

import { useId } from "react";
import { isLocale, LOCALE_NAMES } from "./locales";
import { useT } from "./translations";
import { setLocale, useLocale, useOfferedLocales } from "./use-locale";

/** Picks the interface language among those offered (nothing to pick when only one is). */
export function LocaleSwitcher({ className }: { className?: string }) {
  const locale = useLocale();
  const offered = useOfferedLocales();
  const t = useT();
  const id = useId();
  if (offered.length < 2) return null;
  return (
    <span className={className ? `locale-switch ${className}` : "locale-switch"}>
      <label htmlFor={id} className="visually-hidden">
        {t("locale.label")}
      </label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
        {offered.map((l) => (
          <option key={l} value={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
