"use client";

import { AdminStoreListDocument, type AdminStoreListQuery } from "@o2o/schema";
import { useRefreshableQuery } from "./use-refreshable-query";

export type StoreOption = AdminStoreListQuery["stores"][number];

/** Every active store and warehouse (a short list, cached for the session). */
export function useStores() {
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminStoreListDocument, requestPolicy: "cache-first" });
  return { stores: data?.stores ?? [], error, fetching, retry: refresh };
}
