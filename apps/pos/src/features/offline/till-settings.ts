"use client";

import { applyLocalePolicy } from "@o2o/client";
import { TILL_TENDERS, type TillTender } from "@o2o/domain";
import { useEffect, useSyncExternalStore } from "react";
import { catalogIndex, currentReference, onCatalogChange } from "./catalog-cache";
import type { SnapshotReference } from "./snapshot-types";

// The merchant's till settings arrive with the pricing reference (posSnapshotReference) and are kept with it in
// IndexedDB, so the tenders, the receipt template and the languages hold offline too.

/** Tenders this till offers: the merchant's choice; all of them before the first snapshot (the server still refuses). */
export function enabledTenders(ref: SnapshotReference | null): readonly TillTender[] {
  return ref?.tillTenders ?? TILL_TENDERS;
}

/** The snapshot's reference, re-rendering when a sync replaces it. */
export function useTillReference(): SnapshotReference | null {
  useEffect(() => {
    void catalogIndex(); // loads the saved snapshot (and its reference) when nothing has yet
  }, []);
  return useSyncExternalStore(onCatalogChange, currentReference, () => null);
}

/** The merchant's till languages: the switcher offers only those, a cashier who has not chosen sees the till default. */
export function applyTillLanguages(ref: SnapshotReference): void {
  if (ref.languages) applyLocalePolicy({ defaultLocale: ref.languages.tillLocale, enabledLocales: ref.languages.enabledLocales });
}
