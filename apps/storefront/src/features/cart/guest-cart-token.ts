"use client";

import { useSyncExternalStore } from "react";

// A guest's cart is known by the token the first addToCart returns; kept per browser until the cart is merged at login.
const STORAGE_KEY = "o2o.guestCart";
const listeners = new Set<() => void>();
let cached: string | null | undefined;

function read(): string | null {
  if (typeof window === "undefined") return null;
  if (cached === undefined) {
    try {
      cached = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      cached = null;
    }
  }
  return cached;
}

export function guestCartToken(): string | null {
  return read();
}

export function setGuestCartToken(token: string | null): void {
  if (token === read()) return;
  cached = token;
  try {
    if (token) window.localStorage.setItem(STORAGE_KEY, token);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not persisted: the cart still works in this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGuestCartToken(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
