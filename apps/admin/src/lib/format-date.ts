import type { Locale } from "@o2o/client";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
      timeZone: "Asia/Shanghai",
    });
    cache.set(key, f);
  }
  return f;
}

/** An ISO instant in the merchant's time (China), e.g. "2026/11/24 14:05"; "—" when missing. */
export function formatDateTime(locale: Locale, iso: string | null | undefined, withTime = true): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : formatter(locale, withTime).format(date);
}

/** A window between two instants, e.g. "2026/11/24 10:00 – 2026/12/12 23:59". */
export function formatDateRange(locale: Locale, from: string | null | undefined, to: string | null | undefined, withTime = true): string {
  return `${formatDateTime(locale, from, withTime)} – ${formatDateTime(locale, to, withTime)}`;
}
