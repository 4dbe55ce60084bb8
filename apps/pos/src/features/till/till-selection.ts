"use client";

import { useSyncExternalStore } from "react";

/** Which register this device is. A device setting: it survives sign-out so the next cashier lands on the same till. */
export type TillSelection = { storeId: string; storeName: string; registerId: string; registerName: string };

const STORAGE_KEY = "o2o.pos.till";
const listeners = new Set<() => void>();
let cached: TillSelection | null | undefined;

function read(): TillSelection | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<TillSelection> | null;
    return value && typeof value.storeId === "string" && typeof value.registerId === "string"
      ? { storeId: value.storeId, storeName: value.storeName ?? "", registerId: value.registerId, registerName: value.registerName ?? "" }
      : null;
  } catch {
    return null;
  }
}

export function saveTillSelection(selection: TillSelection): void {
  cached = selection;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
  } catch {
    // Kept for this tab only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): TillSelection | null {
  if (cached === undefined) cached = read();
  return cached;
}

/** The chosen till: undefined until known on the client, then the selection or null. */
export function useTillSelection(): TillSelection | null | undefined {
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}
