"use client";

import { useSyncExternalStore } from "react";

/** The token pair from staffLogin / memberLogin / refreshSession, kept in localStorage (per origin, so per app). */
export type Session = {
  accessToken: string;
  refreshToken: string;
  /** ISO time the access token expires. */
  expiresAt: string;
  principalId: string;
};

const STORAGE_KEY = "o2o.session";
const listeners = new Set<() => void>();
// undefined = not read yet. Cached so useSyncExternalStore sees a stable snapshot between changes.
let cached: Session | null | undefined;

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null;
  return (
    typeof v?.accessToken === "string" &&
    typeof v.refreshToken === "string" &&
    typeof v.expiresAt === "string" &&
    typeof v.principalId === "string"
  );
}

function readStorage(): Session | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null");
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** The stored session, or null when signed out (always null on the server). */
export function readSession(): Session | null {
  if (typeof window === "undefined") return null;
  if (cached === undefined) cached = readStorage();
  return cached;
}

/** Re-reads storage, bypassing the cache: another tab may have rotated the tokens. */
export function reloadSession(): Session | null {
  cached = typeof window === "undefined" ? null : readStorage();
  return cached;
}

export function saveSession(session: Session): void {
  cached = {
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    expiresAt: session.expiresAt,
    principalId: session.principalId,
  };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // Storage full or disabled: the session still lives in memory for this tab.
  }
  emit();
}

export function clearSession(): void {
  cached = null;
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to remove.
  }
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    cached = undefined;
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * The current session: `undefined` while not known yet (server render and hydration), then the session or null.
 * Pages wait for a known value before redirecting, so a signed-in reload never flashes the login page.
 */
export function useSession(): Session | null | undefined {
  return useSyncExternalStore(subscribe, readSession, () => undefined);
}
