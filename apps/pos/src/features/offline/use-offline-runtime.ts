"use client";

import { PosPriceChangedDocument, PosStockChangedDocument } from "@o2o/schema";
import { useEffect, useRef } from "react";
import { useSubscription } from "urql";
import type { Connectivity } from "../status/use-connectivity";
import { applySnapshotRows, catalogIndex } from "./catalog-cache";
import { refreshVariants, syncCatalog } from "./catalog-sync";
import { syncNow } from "./offline-sync";
import { loadQueue } from "./sale-queue";
import { installTestHook } from "./test-hook";

const CATALOG_REFRESH_MS = 5 * 60_000;
const PRICE_BATCH_MS = 500;

/**
 * Keeps the till ready to sell without the server: loads the snapshot of the store (then deltas every few minutes),
 * follows live price and stock changes while online, and delivers queued sales whenever the API is reachable.
 */
export function useOfflineRuntime(storeId: string | null, connectivity: Connectivity): void {
  const online = connectivity === "online";

  useEffect(() => {
    installTestHook();
    void loadQueue();
  }, []);

  useEffect(() => {
    if (!storeId || !online) return;
    void syncNow();
    void syncCatalog(storeId).catch(() => undefined);
    const timer = setInterval(() => {
      void syncCatalog(storeId).catch(() => undefined);
      void syncNow();
    }, CATALOG_REFRESH_MS);
    return () => clearInterval(timer);
  }, [storeId, online]);

  // Price changes: re-read the changed variants (their overrides and tier prices), a few at a time.
  const pending = useRef(new Set<string>());
  const [priceEvent] = useSubscription({ query: PosPriceChangedDocument, variables: { storeId }, pause: !storeId || !online });
  useEffect(() => {
    const variantId = priceEvent.data?.priceChanged.variantId;
    if (!variantId || !storeId) return;
    pending.current.add(variantId);
    const timer = setTimeout(() => {
      const ids = [...pending.current];
      pending.current.clear();
      void refreshVariants(storeId, ids).catch(() => undefined);
    }, PRICE_BATCH_MS);
    return () => clearTimeout(timer);
  }, [priceEvent.data, storeId]);

  // Stock: the available count of the variant in memory (the next delta writes it to IndexedDB).
  const [stockEvent] = useSubscription({ query: PosStockChangedDocument, variables: { locationId: storeId }, pause: !storeId || !online });
  useEffect(() => {
    const change = stockEvent.data?.stockChanged;
    if (!change) return;
    void catalogIndex().then((index) => {
      const row = index.get(change.variantId);
      if (row && row.available !== change.available) applySnapshotRows([{ ...row, available: change.available }]);
    });
  }, [stockEvent.data]);
}
