"use client";

import { AdminMerchantSettingsDocument, type AdminMerchantSettingsQuery } from "@o2o/schema";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

export type MerchantSettingsData = AdminMerchantSettingsQuery["merchantSettings"];

/** The merchant's receipt, payment and language settings, and whether the viewer may change them. */
export function useMerchantSettings() {
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminMerchantSettingsDocument });
  return {
    settings: data?.merchantSettings ?? null,
    error,
    fetching,
    retry: refresh,
    canEdit: canMerchantWide(me, "store:write"),
  };
}
