import { assertInteger } from "../input-assertions.ts";
import type { Money } from "./money.ts";

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

// Rule: a currency's minor unit exponent comes from ISO 4217 via Intl (CNY 2, JPY 0).
export function minorUnitDigits(currency: string): number {
  return formatterFor(currency, "en").resolvedOptions().maximumFractionDigits ?? 2;
}

// Rule: display money from integer minor units without ever going through a float (¥12.34, -¥5.00).
export function formatMoney(amount: Money, currency = "CNY", locale = "zh-CN"): string {
  assertInteger(amount, "amount");
  const digits = minorUnitDigits(currency);
  const magnitude = String(Math.abs(amount)).padStart(digits + 1, "0");
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = magnitude.slice(magnitude.length - digits);
  const decimal = `${amount < 0 ? "-" : ""}${whole}${digits > 0 ? `.${fraction}` : ""}` as `${number}`;
  return formatterFor(currency, locale).format(decimal);
}
