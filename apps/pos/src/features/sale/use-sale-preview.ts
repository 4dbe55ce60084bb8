"use client";

import { PosSalePreviewDocument, type PosSalePreviewInput, type PosSalePreviewQuery } from "@o2o/schema";
import { useEffect, useMemo, useState } from "react";
import type { CombinedError } from "urql";
import { useClient } from "urql";
import { previewSaleOffline } from "../offline/offline-preview";
import { previewInput, type SaleDraft } from "./sale-draft";

export type SalePreview = PosSalePreviewQuery["posSalePreview"];

const DEBOUNCE_MS = 120;

/**
 * The server's pricing of the draft (member prices, promotions, coupons, manual prices, points), refreshed whenever the
 * draft changes. The last good answer stays on screen while the next one loads; `stale` says it no longer matches.
 */
export function useSalePreview(draft: SaleDraft, storeId: string) {
  const client = useClient();
  const input = useMemo(() => previewInput(draft, storeId), [draft, storeId]);
  const key = input ? JSON.stringify(input) : "";
  const [state, setState] = useState<{ key: string; preview: SalePreview | null; error: CombinedError | null }>({
    key: "",
    preview: null,
    error: null,
  });
  const [loadingKey, setLoadingKey] = useState("");

  useEffect(() => {
    const input = key ? (JSON.parse(key) as PosSalePreviewInput) : null;
    if (!input) {
      setState({ key: "", preview: null, error: null });
      return;
    }
    let active = true;
    setLoadingKey(key);
    const timer = setTimeout(async () => {
      const result = await client.query(PosSalePreviewDocument, { input }, { requestPolicy: "network-only" }).toPromise();
      // The API out of reach: price from the till's snapshot with the same engine (coupons need the server).
      if (result.error?.networkError) {
        const offline = await previewSaleOffline(input).catch(() => null);
        if (!active) return;
        if (offline?.ok) {
          setState({ key, preview: offline.preview, error: null });
          setLoadingKey("");
          return;
        }
      }
      if (!active) return;
      setState({ key, preview: result.data?.posSalePreview ?? null, error: result.error ?? null });
      setLoadingKey("");
    }, DEBOUNCE_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [key, client]);

  const current = state.key === key;
  return {
    preview: input ? state.preview : null,
    error: current ? state.error : null,
    loading: loadingKey === key && key !== "",
    /** The preview shown was priced for an earlier version of the draft. */
    stale: Boolean(input) && !current,
  };
}
