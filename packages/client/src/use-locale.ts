"use client";

import { useEffect, useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

const STORAGE_KEY = "o2o.locale";
const POLICY_KEY = "o2o.localePolicy";
const listeners = new Set<() => void>();
let current: Locale | undefined;

/** The merchant's languages for an app: which may be chosen, and what a person who has not chosen sees. */
export type LocalePolicy = { defaultLocale: Locale; enabledLocales: readonly Locale[] };

// undefined: not read from storage yet; null: no policy (every locale, the built-in default).
let policy: LocalePolicy | null | undefined;

function storageGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage disabled.
  }
}

function storageSet(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not persisted; still applies in this tab.
  }
}

/** A policy from untrusted data: known locales only, at least one, the default among them. */
function normalisePolicy(value: unknown): LocalePolicy | null {
  const p = value as Partial<LocalePolicy> | null;
  const enabled = Array.isArray(p?.enabledLocales) ? LOCALES.filter((l) => p.enabledLocales?.includes(l)) : [];
  if (enabled.length === 0) return null;
  const fallback = enabled.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (enabled[0] ?? DEFAULT_LOCALE);
  const defaultLocale =
    typeof p?.defaultLocale === "string" && isLocale(p.defaultLocale) && enabled.includes(p.defaultLocale) ? p.defaultLocale : fallback;
  return { defaultLocale, enabledLocales: enabled };
}

function readPolicy(): LocalePolicy | null {
  if (policy !== undefined) return policy;
  try {
    policy = normalisePolicy(JSON.parse(storageGet(POLICY_KEY) ?? "null"));
  } catch {
    policy = null;
  }
  return policy;
}

/** The active locale outside React (what useLocale returns in the browser). */
export function readLocale(): Locale {
  if (current) return current;
  const p = readPolicy();
  const stored = storageGet(STORAGE_KEY);
  const offered = p?.enabledLocales ?? LOCALES;
  // A person's own choice wins while it is still offered; otherwise the merchant's default.
  current = stored && isLocale(stored) && offered.includes(stored) ? stored : (p?.defaultLocale ?? DEFAULT_LOCALE);
  return current;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== POLICY_KEY) return;
    current = undefined;
    if (event.key === POLICY_KEY) policy = undefined;
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function setLocale(locale: Locale): void {
  current = locale;
  storageSet(STORAGE_KEY, locale);
  notify();
}

/**
 * Applies the merchant's languages (the storefront's or the till's): the switcher offers only these, and whoever has
 * not chosen a language (or chose one no longer offered) sees the default. Kept in storage for the next visit, also
 * offline.
 */
export function applyLocalePolicy(next: LocalePolicy): void {
  const normalised = normalisePolicy(next);
  if (JSON.stringify(normalised) === JSON.stringify(readPolicy())) return;
  policy = normalised;
  storageSet(POLICY_KEY, JSON.stringify(normalised));
  current = undefined;
  notify();
}

/** The locales a person may switch to, outside React. */
export function readOffered(): readonly Locale[] {
  return readPolicy()?.enabledLocales ?? LOCALES;
}

/** The active locale: the default during server render and hydration, then the stored choice. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, readLocale, () => DEFAULT_LOCALE);
}

/** The locales a person may switch to: the merchant's when it set them, else all. */
export function useOfferedLocales(): readonly Locale[] {
  return useSyncExternalStore(subscribe, readOffered, () => LOCALES);
}

/** Keeps `<html lang>` in step with the chosen locale. */
export function HtmlLang() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
