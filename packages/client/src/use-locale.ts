"use client";

import { useEffect, useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

const STORAGE_KEY = "o2o.locale";
const listeners = new Set<() => void>();
let current: Locale | undefined;

function readLocale(): Locale {
  if (current) return current;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage disabled: fall back to the default.
  }
  current = stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = undefined;
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
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted; still switches this tab.
  }
  for (const listener of listeners) listener();
}

/** The active locale: the default during server render and hydration, then the stored choice. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, readLocale, () => DEFAULT_LOCALE);
}

/** Keeps `<html lang>` in step with the chosen locale. */
export function HtmlLang() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
