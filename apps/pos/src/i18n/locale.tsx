"use client";

import { useCallback, useEffect, useId, useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale, type MessageKey, messages } from "./messages";

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

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** `t(key, { n: 3 })` replaces `{n}` in the active locale's message. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback(
    (key, vars) => {
      const message: string = messages[locale][key];
      return vars ? message.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : message;
    },
    [locale],
  );
}

/** A translated string for server components, which cannot call hooks. */
export function T({ k, vars }: { k: MessageKey; vars?: Record<string, string | number> }) {
  return useT()(k, vars);
}

/** Keeps `<html lang>` in step with the chosen locale. */
export function HtmlLang() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}

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
