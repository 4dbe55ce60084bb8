"use client";

import { useSyncExternalStore } from "react";

// Training mode is a device setting (a new cashier practises on a spare till): sales are priced by the server's preview
// and never recorded, receipts say TRAINING. It survives reloads so a practice session is not left by accident.

const KEY = "o2o.pos.training";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

export function setTrainingMode(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(KEY, "1");
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode: not kept.
  }
  for (const l of listeners) l();
}

export function useTrainingMode(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    () => false,
  );
}
