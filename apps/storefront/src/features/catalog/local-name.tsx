"use client";

import { useLocale } from "@o2o/client";

/** A catalogue name in the shopper's language when the merchant translated it (nameI18n), else as entered. */
export function LocalName({ name, i18n }: { name: string; i18n?: Record<string, unknown> | null }) {
  const locale = useLocale();
  const translated = i18n?.[locale];
  return <>{typeof translated === "string" && translated.trim() ? translated : name}</>;
}
